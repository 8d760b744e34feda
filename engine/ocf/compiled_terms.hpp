// OCF vesting terms compiled once, evaluated for many grants.
//
// evaluate_terms (evaluate.hpp) walks the condition graph and builds a core
// Schedule for every grant: right for one grant, wasteful for a hundred
// thousand on the same terms. When the path through the graph cannot depend on
// the grant (one root, at most one next condition each, only start and
// relative triggers, portions of the grant adding up to 100%: the common
// "4 years monthly, 1 year cliff" shape), `CompiledTerms` records it once as
// steps — total months and days from the vesting start, day-of-month rule,
// numerator over one common denominator — and a grant is then dates from the
// anchor plus one integer allocation, in one pass, into the caller's buffer. Other terms (events,
// remainders, quantities, branches) take the evaluator, so every terms object
// is accepted and the table is always exactly evaluate_terms' (tests check it).
//
// Example:
//   CompiledTerms plan(four_year_cliff);
//   std::vector<TrancheRow> rows;
//   plan.tranches({2021-01-30, {}, Amount(4800), {}}, rows);   // 37 rows, 1200 then 100 each
#pragma once

#include "engine/ocf/evaluate.hpp"

#include <cstdint>
#include <vector>

namespace vest::ocf {

struct TrancheRow {
  Date date;      // scheduled date
  Date vests_on;  // the grant date for tranches scheduled before it
  Amount shares;
  friend bool operator==(const TrancheRow&, const TrancheRow&) = default;
};

// The tranche rows of a built schedule (contingent portions are not rows).
void tranche_rows(const Schedule& s, std::vector<TrancheRow>& out);

// The dates add_months(anchor, m, policy) gives for m = 0, 1, 2, ... in
// increasing order, each from the month before by that month's length instead
// of from the calendar fields: a few additions per date on the grant-per-
// microsecond path. compiled_terms_test checks it against add_months for every
// policy, month-end and leap-day anchors.
class MonthWalker {
 public:
  MonthWalker(Date anchor, DayOfMonthPolicy policy);
  Date at(int months);  // months >= 0 and >= the previous call's

 private:
  int year_ = 0, month_ = 1;  // the month `months_` months after the anchor's
  int months_ = 0;
  int first_ = 0;  // day number of that month's 1st
  int length_ = 0; // that month's days
  int day_ = 0;    // the policy's day (0: last day of the month)
  int shift_ = 0;  // -1 for vesting_start_day_minus_one
};

class CompiledTerms {
 public:
  explicit CompiledTerms(VestingTerms terms);

  const VestingTerms& terms() const { return terms_; }
  bool fast() const { return fast_; }  // whether grants skip the evaluator

  // Replaces `out` with the grant's dated tranches (contingent portions, which
  // only the evaluator's terms have, are not rows: use evaluate_terms for
  // them). A grant the terms cannot vest (bad dates, a bad event) gets the
  // evaluator's error diagnostics and an empty `out`.
  Diagnostics tranches(const OcfGrant& grant, std::vector<TrancheRow>& out) const;

 private:
  // The monotone steps' table for whole-share grants; false when it cannot (then the general loop runs).
  bool monotone_rows(const OcfGrant& grant, std::int64_t shares, std::vector<TrancheRow>& out) const;
  struct Step {
    int months = 0, days = 0;
    DayOfMonthPolicy policy;
    std::int64_t numerator = 0;  // over denominator_
  };
  void compile();

  VestingTerms terms_;
  bool fast_ = false;
  std::vector<Step> steps_;
  std::int64_t denominator_ = 1;
  std::int64_t max_numerator_ = 1;
  bool one_policy_ = true;  // every step has the same day-of-month rule (one Stepper)
  bool walkable_ = false;   // one policy, no day offsets, months never decreasing: a MonthWalker
  bool monotone_ = false;   // walkable and months strictly increasing: one tranche per step, in order
};

}  // namespace vest::ocf
