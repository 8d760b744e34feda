// project() against the naive day-by-day reference projector
// (reference_projector.hpp): on the seed schedules, on hand-picked event
// scenarios, and on 100,000 random schedules (fixed seeds).
#include "tests/core/reference_projector.hpp"

#include "engine/core/events.hpp"
#include "engine/core/projection.hpp"
#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace vest {
namespace {

using reference::reference_project;
using testing::D;
using testing::must;

// Every field of project() equals the reference's; the message names the field,
// the as-of day, the expected (reference) and the found (engine) value.
::testing::AssertionResult AgreesWithReference(const Schedule& s, Date as_of) {
  const Projection p = project(s, as_of);
  const reference::RefProjection r = reference_project(s, as_of);
  std::string problems;
  auto amount = [&](const char* field, const Amount& expected, const Amount& found) {
    if (expected != found)
      problems += std::string(field) + ": expected " + expected.to_string() + ", found " + found.to_string() + "\n";
  };
  amount("vested", r.vested, p.vested);
  amount("unvested", r.unvested, p.unvested);
  amount("contingent", r.contingent, p.contingent);
  amount("forfeited", r.forfeited, p.forfeited);
  amount("exercisable", r.exercisable, p.exercisable);
  amount("total", s.total(), p.total);
  amount("vested+unvested+contingent+forfeited", s.total(), p.vested + p.unvested + p.contingent + p.forfeited);
  if (r.expired != p.expired)
    problems += "expired: expected " + std::to_string(r.expired) + ", found " + std::to_string(p.expired) + "\n";
  if (r.exercise_window_closed != p.exercise_window_closed)
    problems += "exercise_window_closed: expected " + std::to_string(r.exercise_window_closed) + ", found " +
                std::to_string(p.exercise_window_closed) + "\n";
  if (p.is_option != s.option().has_value()) problems += "is_option wrong\n";
  if (p.as_of != as_of) problems += "as_of wrong\n";
  const auto show = [](const std::optional<Date>& d) { return d ? to_iso(*d) : std::string("none"); };
  if (r.next_vest_date != p.next_vest_date)
    problems += "next_vest_date: expected " + show(r.next_vest_date) + ", found " + show(p.next_vest_date) + "\n";
  else if (r.next_vest_date)
    amount("next_vest_shares", r.next_vest_shares, p.next_vest_shares);
  if (problems.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "as of " << to_iso(as_of) << ":\n" << problems;
}

// ---- Seeds: every day from before the grant to after expiry ------------------------

TEST(ReferenceProjector, AgreesOnTheSeedSchedulesEveryDay2012To2024) {
  const Schedule seeds[] = {must(build_schedule(testing::seed_58824_spec())),
                            must(build_schedule(testing::seed_150000_spec())),
                            must(build_schedule(testing::seed_option_spec()))};
  for (const auto& s : seeds)
    for (Date d = D("2012-12-25"); d <= D("2024-01-10"); d += date::days{1}) ASSERT_TRUE(AgreesWithReference(s, d));
}

TEST(ReferenceProjector, GivesTheSeedValuesItself) {
  const auto option = reference_project(must(build_schedule(testing::seed_option_spec())), D("2015-06-30"));
  EXPECT_EQ(option.vested, Amount(75000));
  EXPECT_EQ(option.exercisable, Amount(75000));
  EXPECT_EQ(reference_project(must(build_schedule(testing::seed_option_spec())), D("2023-12-17")).exercisable, Amount(0));
  EXPECT_EQ(reference_project(must(build_schedule(testing::seed_150000_spec())), D("2015-06-30")).unvested, Amount(75000));
  EXPECT_EQ(reference_project(must(build_schedule(testing::seed_58824_spec())), D("2015-06-30")).vested, Amount(58824));
}

TEST(ReferenceProjector, AgreesOnTheSeedOptionWithEventsEveryDay) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->post_termination_window = Period::months(3);
  const Schedule base = must(build_schedule(spec));
  Acceleration half;
  half.date = D("2016-01-31");
  half.extent = Acceleration::Extent::percent_of_unvested;
  half.fraction_of_unvested = Fraction(1, 2);
  const Schedule s =
      must(apply_events(base, {half, Exercise{D("2016-02-01"), Amount(30000)}, Termination{D("2016-11-30")}}));
  for (Date d = D("2013-12-01"); d <= D("2017-12-31"); d += date::days{1}) ASSERT_TRUE(AgreesWithReference(s, d));
}

// ---- 100,000 random schedules -------------------------------------------------------

const AllocationPolicy kAllPolicies[] = {
    AllocationPolicy::cumulative_round_down,          AllocationPolicy::cumulative_rounding,
    AllocationPolicy::front_loaded,                   AllocationPolicy::back_loaded,
    AllocationPolicy::front_loaded_to_single_tranche, AllocationPolicy::back_loaded_to_single_tranche,
    AllocationPolicy::fractional,
};

class RandomSchedules {
 public:
  explicit RandomSchedules(std::uint64_t seed) : rng_(seed) {}

  int pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return pick(100) < percent; }
  Date day_between(Date a, int span_days) { return a + date::days{pick(span_days + 1)}; }

  Amount random_total() {
    switch (pick(4)) {
      case 0: return Amount(pick(20) + 1);                       // tiny: tranches that round to zero
      case 1: return Amount(pick(9999999) + 1, 10000);            // fractional, up to 4 decimals
      default: return Amount(pick(2000000) + 1);
    }
  }

  DayOfMonthPolicy random_day_policy() {
    switch (pick(6)) {
      case 0: return DayOfMonthPolicy::last_day_of_month();
      case 1: return DayOfMonthPolicy::first_day_of_month();
      case 2: return DayOfMonthPolicy::vesting_start_day_minus_one();
      case 3: return DayOfMonthPolicy::fixed_day(static_cast<unsigned>(pick(31) + 1));
      default: return DayOfMonthPolicy::vesting_start_day();
    }
  }

  Period random_period() {
    switch (pick(6)) {
      case 0: return Period::days(pick(120) + 1);
      case 1: return Period::weeks(pick(8) + 1);
      case 2: return Period::quarters(pick(2) + 1);
      case 3: return Period::years(1);
      default: return Period::months(pick(6) + 1);
    }
  }

  ScheduleSpec random_spec() {
    ScheduleSpec spec;
    spec.total_shares = random_total();
    spec.policy = kAllPolicies[pick(7)];
    const Date grant = day_between(D("1995-01-01"), 12000);
    spec.grant_date = grant;
    // Vesting may commence before the grant (catch-up) or on it.
    const Date start = chance(20) ? grant - date::days{pick(700)} : grant;
    spec.catch_up_before_grant = chance(70);
    spec.vesting_commencement = start;
    const int segments = pick(3) + 1;
    Fraction used;
    for (int i = 0; i < segments; ++i) {
      Portion portion;
      if (i + 1 == segments) {
        portion = Portion::remainder();
      } else if (chance(25) && spec.total_shares >= Amount(4)) {
        // A stated number of shares, at most a quarter of the grant.
        const Amount quarter = (spec.total_shares * Fraction(1, 4)).floor();
        portion = Portion::fixed_shares(Amount(pick(static_cast<int>(*quarter.to_fixed(0))) + 1));
      } else {
        portion = Portion::of_grant(Fraction(pick(40) + 1, 100));
      }
      // Keep room for the remainder.
      const Fraction f = portion.kind == Portion::Kind::shares ? portion.shares / spec.total_shares : portion.fraction;
      if (portion.kind != Portion::Kind::remainder && used + f >= Fraction(1)) portion = Portion::remainder(), i = segments - 1;
      if (portion.kind != Portion::Kind::remainder) used += f;
      Segment seg;
      seg.portion = portion;
      const int shape = pick(10);
      if (shape < 2) {
        seg.shape = LumpSegment{day_between(start, 1500)};
      } else if (shape < 7) {
        InstallmentSegment inst;
        inst.anchor = day_between(start, 400);
        inst.period = random_period();
        inst.count = chance(10) ? pick(48) + 1 : pick(24) + 1;
        inst.cliff = chance(30) ? pick(inst.count + 1) : 0;
        inst.first_step = chance(80) ? 1 : 0;
        inst.day_policy = random_day_policy();
        seg.shape = inst;
      } else if (shape < 8) {
        DateListSegment list;
        for (int k = pick(5) + 1; k > 0; --k) list.dates.push_back(day_between(start, 2000));
        seg.shape = list;
      } else {
        seg.shape = ContingentSegment{"condition " + std::to_string(i)};
      }
      spec.segments.push_back(std::move(seg));
      if (portion.kind == Portion::Kind::remainder) break;
    }
    if (chance(40)) {
      OptionTerms option;
      option.exercise_price = Amount(pick(10000) + 1, 100);
      if (chance(85)) option.expiration = grant + date::days{pick(3650) + 365};
      option.early_exercisable = chance(20);
      if (chance(50))
        option.post_termination_window = chance(50) ? Period::days(pick(365) + 1) : Period::months(pick(12) + 1);
      spec.option = option;
    }
    return spec;
  }

  // Events applied one at a time in date order, each only if the engine accepts
  // it (a random event may well be invalid: after termination, too many shares).
  Schedule with_random_events(Schedule s, Date from, int span_days) {
    std::vector<Date> days;
    for (int k = pick(5); k > 0; --k) days.push_back(day_between(from, span_days));
    std::sort(days.begin(), days.end());
    for (Date d : days) {
      Event e = Termination{d};
      const int kind = pick(10);
      if (kind < 4) {
        Acceleration a;
        a.date = d;
        a.order = static_cast<Acceleration::Order>(pick(3));
        switch (pick(3)) {
          case 0: a.extent = Acceleration::Extent::full; a.include_contingent = chance(50); break;
          case 1: {
            a.extent = Acceleration::Extent::shares;
            const Amount unvested = project(s, d).unvested;
            a.shares = unvested.is_zero() ? Amount(1) : Amount(pick(1000000), 1000000) * (unvested / Amount(1));
            if (chance(70)) a.shares = a.shares.floor();
            break;
          }
          default:
            a.extent = Acceleration::Extent::percent_of_unvested;
            a.fraction_of_unvested = Fraction(pick(101), 100);
            break;
        }
        e = a;
      } else if (kind < 6) {
        if (s.contingent().empty()) continue;
        const Fraction targets[] = {Fraction(1), Fraction(1, 2), Fraction(3, 2), Fraction(0), Fraction(2, 3)};
        e = Achievement{d, static_cast<std::size_t>(pick(static_cast<int>(s.contingent().size()))), targets[pick(5)]};
      } else if (kind < 8) {
        if (!s.option()) continue;
        const Amount can = project(s, d).exercisable;
        if (can.is_zero()) continue;
        Amount n = can * Fraction(pick(100) + 1, 100);
        if (chance(80)) n = n.floor();
        if (n.is_zero()) continue;
        e = Exercise{d, n};
      }
      auto r = apply_events(s, {e});
      if (r.ok()) {
        ++events_applied_;
        Diagnostics inv = check_invariants(*r);
        EXPECT_TRUE(inv.empty()) << testing::describe(inv);
        s = std::move(r).value();
      }
    }
    return s;
  }

  long events_applied_ = 0;

 private:
  std::mt19937_64 rng_;
};

// Ten shards of 10,000 schedules, so that ctest can run them in parallel.
class RandomReference : public ::testing::TestWithParam<int> {};

TEST_P(RandomReference, ProjectAgreesWithTheNaiveProjectorOnRandomSchedules) {
  constexpr int kSchedules = 10000;
  RandomSchedules gen(0x5eed0000u + static_cast<std::uint64_t>(GetParam()));
  int built = 0, compared = 0;
  for (int i = 0; i < kSchedules; ++i) {
    const ScheduleSpec spec = gen.random_spec();
    auto r = build_schedule(spec);
    ASSERT_TRUE(r.ok()) << "shard " << GetParam() << " schedule " << i << ":\n" << testing::describe(r.diagnostics());
    ++built;
    ASSERT_TRUE(check_invariants(*r).empty());
    Date first = *spec.grant_date, last = *spec.grant_date;
    for (const auto& t : r->tranches()) {
      first = std::min(first, t.vests_on);
      last = std::max(last, t.vests_on);
    }
    const int span = static_cast<int>((last - first).count());
    const Schedule s = gen.with_random_events(std::move(r).value(), first - date::days{30}, span + 60);
    // A random as-of day around the schedule, plus days where an off-by-one
    // would show: a vesting day or the day before, and the termination day or
    // the last exercise day or the day after.
    std::vector<Date> as_of{gen.day_between(first - date::days{60}, span + 500)};
    if (!s.tranches().empty()) {
      const auto& t = s.tranches()[static_cast<std::size_t>(gen.pick(static_cast<int>(s.tranches().size())))];
      as_of.push_back(t.vests_on - date::days{gen.pick(2)});
    }
    std::vector<Date> edges;
    if (s.termination()) edges.push_back(*s.termination());
    if (const auto last_day = last_exercise_day(s)) edges.push_back(*last_day + date::days{gen.pick(2)});
    if (!edges.empty()) as_of.push_back(edges[static_cast<std::size_t>(gen.pick(static_cast<int>(edges.size())))]);
    for (Date d : as_of) {
      ASSERT_TRUE(AgreesWithReference(s, d)) << "shard " << GetParam() << " schedule " << i;
      ++compared;
    }
  }
  EXPECT_EQ(built, kSchedules);
  EXPECT_GT(gen.events_applied_, kSchedules / 2) << "the generator should exercise events";
  RecordProperty("compared", compared);
}

INSTANTIATE_TEST_SUITE_P(Shards, RandomReference, ::testing::Range(0, 10));

}  // namespace
}  // namespace vest
