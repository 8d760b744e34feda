// Small helpers shared by the core tests: literal ISO dates and amounts, the
// seed schedules built from parameters, and tranche comparisons whose failure
// messages say index, expected and found.
#pragma once

#include "engine/core/events.hpp"
#include "engine/core/projection.hpp"
#include "engine/core/schedule.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vest {

// GoogleTest prints these instead of raw bytes.
inline void PrintTo(const Amount& a, std::ostream* os) { *os << a.to_string(); }
inline void PrintTo(const Fraction& f, std::ostream* os) { *os << f.to_string(); }
inline void PrintTo(const Date& d, std::ostream* os) { *os << to_iso(d); }

}  // namespace vest

namespace vest::testing {

// A literal ISO date; aborts the test binary on a typo rather than testing the wrong day.
inline Date D(std::string_view iso) {
  const auto d = parse_iso_date(iso);
  if (!d) {
    ADD_FAILURE() << "bad literal date in test: " << iso;
    std::abort();
  }
  return *d;
}

// A literal amount ("58,824", "47.5").
inline Amount A(std::string_view text) {
  const auto a = Amount::parse(text);
  if (!a) {
    ADD_FAILURE() << "bad literal amount in test: " << text;
    std::abort();
  }
  return *a;
}

struct ExpectedTranche {
  std::string date;
  std::string shares;
  std::string vests_on = {};  // empty: same as date
};

// Compares a schedule's tranches with literal (date, shares) pairs; every
// mismatch names the index, the expected and the found value.
inline ::testing::AssertionResult TranchesAre(const Schedule& s, const std::vector<ExpectedTranche>& expected) {
  const auto ts = s.tranches();
  std::string problems;
  if (ts.size() != expected.size())
    problems += "tranche count: expected " + std::to_string(expected.size()) + ", found " + std::to_string(ts.size()) + "\n";
  for (std::size_t i = 0; i < ts.size() && i < expected.size(); ++i) {
    const auto& e = expected[i];
    const std::string found_date = to_iso(ts[i].date), found_shares = ts[i].shares.to_string();
    const std::string want_vests = e.vests_on.empty() ? e.date : e.vests_on;
    if (found_date != e.date)
      problems += "tranche " + std::to_string(i) + " date: expected " + e.date + ", found " + found_date + "\n";
    if (found_shares != A(e.shares).to_string())
      problems += "tranche " + std::to_string(i) + " (" + found_date + ") shares: expected " + e.shares +
                  ", found " + found_shares + "\n";
    if (to_iso(ts[i].vests_on) != want_vests)
      problems += "tranche " + std::to_string(i) + " (" + found_date + ") vests_on: expected " + want_vests +
                  ", found " + to_iso(ts[i].vests_on) + "\n";
  }
  if (problems.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << problems;
}

inline std::string describe(const Diagnostics& ds) {
  std::string out;
  for (const auto& d : ds) out += format(d) + "\n";
  return out;
}

// Unwraps a Result, failing the test with its diagnostics when it holds none.
template <class T>
T must(Result<T> r) {
  if (!r.ok()) {
    ADD_FAILURE() << "expected a value, got diagnostics:\n" << describe(r.diagnostics());
    std::abort();
  }
  return std::move(r).value();
}

inline bool has_code(const Diagnostics& ds, std::string_view code) {
  for (const auto& d : ds)
    if (d.code == code) return true;
  return false;
}

inline Segment lump(Date d, Portion p = Portion::all()) { return Segment{LumpSegment{d}, std::move(p), {}}; }

inline Segment installments(Date anchor, Period period, int count, Portion p = Portion::all(), int cliff = 0,
                            int first_step = 1, DayOfMonthPolicy policy = DayOfMonthPolicy::vesting_start_day()) {
  InstallmentSegment seg;
  seg.anchor = anchor;
  seg.period = period;
  seg.count = count;
  seg.cliff = cliff;
  seg.first_step = first_step;
  seg.day_policy = policy;
  return Segment{seg, std::move(p), {}};
}

inline Segment contingent(std::string condition, Portion p) {
  return Segment{ContingentSegment{std::move(condition)}, std::move(p), {}};
}

// Seed 1: granted 2013-02-15, 58,824 restricted shares, half on 2013-08-15 and
// half on 2014-02-15.
inline ScheduleSpec seed_58824_spec() {
  ScheduleSpec spec;
  spec.total_shares = A("58,824");
  spec.grant_date = D("2013-02-15");
  spec.segments = {installments(D("2013-02-15"), Period::months(6), 2)};
  return spec;
}

// Seed 2: granted 2013-02-15, 150,000 restricted shares: 25% on 2014-02-15,
// the rest in six equal semi-annual installments thereafter.
inline ScheduleSpec seed_150000_spec() {
  ScheduleSpec spec;
  spec.total_shares = A("150,000");
  spec.grant_date = D("2013-02-15");
  spec.segments = {lump(D("2014-02-15"), Portion::of_grant(Fraction(1, 4))),
                   installments(D("2014-02-15"), Period::months(6), 6, Portion::remainder())};
  return spec;
}

// Seed 3: option granted 2013-12-16, 200,000 shares at $2.91, expiring
// 2023-12-16: 25% on the first anniversary, the rest in 36 monthly installments.
inline ScheduleSpec seed_option_spec() {
  ScheduleSpec spec;
  spec.total_shares = A("200,000");
  spec.grant_date = D("2013-12-16");
  spec.segments = {lump(D("2014-12-16"), Portion::of_grant(Fraction(1, 4))),
                   installments(D("2014-12-16"), Period::months(1), 36, Portion::remainder())};
  OptionTerms option;
  option.exercise_price = A("2.91");
  option.expiration = D("2023-12-16");
  spec.option = option;
  return spec;
}

}  // namespace vest::testing
