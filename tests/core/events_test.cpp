// engine/core/events.hpp: termination, acceleration, achievement, exercise.
#include "engine/core/events.hpp"

#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

namespace vest {
namespace {

using testing::A;
using testing::contingent;
using testing::D;
using testing::has_code;
using testing::installments;
using testing::lump;
using testing::must;
using testing::TranchesAre;

Schedule seed_option() { return must(build_schedule(testing::seed_option_spec())); }

// 18 shares in four quarterly installments (4-5-4-5) from 2024-01-01.
Schedule eighteen() {
  ScheduleSpec spec;
  spec.total_shares = Amount(18);
  spec.segments = {installments(D("2024-01-01"), Period::quarters(1), 4)};
  return must(build_schedule(spec));
}

// 18 shares: half over four quarters (2-2-2-3), half (9) on a milestone.
Schedule half_contingent() {
  ScheduleSpec spec;
  spec.total_shares = Amount(18);
  spec.segments = {installments(D("2024-01-01"), Period::quarters(1), 4, Portion::of_grant(Fraction(1, 2))),
                   contingent("milestone", Portion::remainder())};
  return must(build_schedule(spec));
}

Schedule two_contingent() {
  ScheduleSpec spec;
  spec.total_shares = Amount(100);
  spec.segments = {lump(D("2024-01-01"), Portion::of_grant(Fraction(1, 2))),
                   contingent("revenue target", Portion::of_grant(Fraction(1, 4))),
                   contingent("stock price hurdle", Portion::remainder())};
  return must(build_schedule(spec));
}

Acceleration full(Date d) {
  Acceleration a;
  a.date = d;
  return a;
}

Acceleration shares(Date d, Amount n, Acceleration::Order order = Acceleration::Order::pro_rata) {
  Acceleration a;
  a.date = d;
  a.extent = Acceleration::Extent::shares;
  a.shares = std::move(n);
  a.order = order;
  return a;
}

Acceleration percent(Date d, Fraction f) {
  Acceleration a;
  a.date = d;
  a.extent = Acceleration::Extent::percent_of_unvested;
  a.fraction_of_unvested = std::move(f);
  return a;
}

Diagnostics errors_of(const Schedule& s, std::vector<Event> events) {
  const auto r = apply_events(s, std::move(events));
  EXPECT_FALSE(r.ok());
  return r.diagnostics();
}

// ---- Termination ---------------------------------------------------------------

TEST(Termination, TrancheOnTheTerminationDayVestsAndLaterOnesAreForfeited) {
  const Schedule s = must(apply_events(seed_option(), {Termination{D("2015-06-16")}}));
  EXPECT_EQ(s.termination(), D("2015-06-16"));
  for (const auto& t : s.tranches()) {
    if (t.vests_on <= D("2015-06-16"))
      EXPECT_FALSE(t.forfeited_on) << to_iso(t.date) << " vests on or before the termination day";
    else
      EXPECT_EQ(t.forfeited_on, D("2015-06-16")) << to_iso(t.date);
  }
  const Projection on = project(s, D("2015-06-16"));
  EXPECT_EQ(on.vested, Amount(75000));
  EXPECT_EQ(on.forfeited, Amount(125000));
  EXPECT_EQ(on.unvested, Amount(0));
  EXPECT_FALSE(on.next_vest_date);
  const Projection before = project(s, D("2015-06-15"));
  EXPECT_EQ(before.vested, Amount(70833));
  EXPECT_EQ(before.unvested, Amount(129167)) << "not forfeited until the termination day";
  EXPECT_EQ(before.forfeited, Amount(0));
}

TEST(Termination, ForfeitsOpenContingentPortions) {
  const Schedule s = must(apply_events(half_contingent(), {Termination{D("2024-08-01")}}));
  ASSERT_EQ(s.contingent().size(), 1u);
  EXPECT_EQ(s.contingent()[0].forfeited_on, D("2024-08-01"));
  const Projection p = project(s, D("2024-08-01"));
  EXPECT_EQ(p.vested, Amount(4)) << "2 + 2 by 2024-07-01";
  EXPECT_EQ(p.contingent, Amount(0));
  EXPECT_EQ(p.forfeited, Amount(14));
  EXPECT_EQ(project(s, D("2024-07-31")).contingent, Amount(9));
}

TEST(Termination, ASecondTerminationIsAnError) {
  EXPECT_TRUE(has_code(errors_of(eighteen(), {Termination{D("2024-05-01")}, Termination{D("2024-06-01")}}),
                       "already_terminated"));
}

TEST(Termination, EventsAfterTerminationAreErrors) {
  const auto ds = errors_of(eighteen(), {Termination{D("2024-05-01")},
                                         full(D("2024-06-01"))});
  ASSERT_TRUE(has_code(ds, "event_after_termination"));
  EXPECT_NE(ds[0].message.find("2024-06-01"), std::string::npos) << ds[0].message;
  EXPECT_NE(ds[0].message.find("2024-05-01"), std::string::npos) << ds[0].message;
}

// ---- Post-termination exercise window --------------------------------------------

TEST(PostTerminationWindow, NinetyDaysAfterTermination) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->post_termination_window = Period::days(90);
  const Schedule s = must(apply_events(must(build_schedule(spec)), {Termination{D("2015-06-16")}}));
  EXPECT_EQ(last_exercise_day(s), D("2015-09-14"));
  const Projection last = project(s, D("2015-09-14"));
  EXPECT_EQ(last.exercisable, Amount(75000));
  EXPECT_FALSE(last.exercise_window_closed);
  const Projection closed = project(s, D("2015-09-15"));
  EXPECT_EQ(closed.exercisable, Amount(0));
  EXPECT_TRUE(closed.exercise_window_closed);
  EXPECT_FALSE(closed.expired);
  EXPECT_EQ(closed.vested, Amount(75000));
}

TEST(PostTerminationWindow, CalendarMonthsClampToMonthEnd) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->post_termination_window = Period::months(3);
  const Schedule s = must(apply_events(must(build_schedule(spec)), {Termination{D("2015-11-30")}}));
  EXPECT_EQ(last_exercise_day(s), D("2016-02-29"));
  EXPECT_GT(project(s, D("2016-02-29")).exercisable, Amount(0));
  EXPECT_EQ(project(s, D("2016-03-01")).exercisable, Amount(0));
}

TEST(PostTerminationWindow, ExpirationStillWinsWhenEarlier) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->post_termination_window = Period::months(12);
  const Schedule s = must(apply_events(must(build_schedule(spec)), {Termination{D("2023-06-30")}}));
  EXPECT_EQ(last_exercise_day(s), D("2023-12-16"));
  const Projection p = project(s, D("2023-12-17"));
  EXPECT_TRUE(p.expired);
  EXPECT_EQ(p.exercisable, Amount(0));
}

TEST(PostTerminationWindow, WithoutTerminationTheWindowDoesNotApply) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->post_termination_window = Period::days(90);
  const Schedule s = must(build_schedule(spec));
  EXPECT_EQ(last_exercise_day(s), D("2023-12-16"));
  EXPECT_EQ(project(s, D("2023-12-16")).exercisable, Amount(200000));
}

// ---- Acceleration ------------------------------------------------------------------

TEST(Acceleration, FullVestsEverythingUnvestedOnTheDate) {
  const Schedule s = must(apply_events(must(build_schedule(testing::seed_150000_spec())),
                                       {full(D("2015-05-01"))}));
  EXPECT_TRUE(TranchesAre(s, {{"2014-02-15", "37500"},
                              {"2014-08-15", "18750"},
                              {"2015-02-15", "18750"},
                              {"2015-05-01", "75000"}}));
  EXPECT_EQ(project(s, D("2015-04-30")).vested, Amount(75000));
  EXPECT_EQ(project(s, D("2015-05-01")).vested, Amount(150000));
  EXPECT_EQ(s.provenance().back().rule, "acceleration on 2015-05-01");
  EXPECT_EQ(s.tranches().back().sources, (SourceList{s.provenance().size() - 1}));
}

TEST(Acceleration, OnAScheduledDateMergesWithThatTranche) {
  const Schedule s = must(apply_events(eighteen(), {full(D("2024-07-01"))}));
  EXPECT_TRUE(TranchesAre(s, {{"2024-04-01", "4"}, {"2024-07-01", "14"}}));
}

TEST(Acceleration, SharesAscendingTakeFromTheEarliestTranches) {
  const Acceleration a = shares(D("2024-02-01"), Amount(6), Acceleration::Order::ascending);
  EXPECT_TRUE(TranchesAre(must(apply_events(eighteen(), {a})),
                          {{"2024-02-01", "6"}, {"2024-07-01", "3"}, {"2024-10-01", "4"}, {"2025-01-01", "5"}}));
}

TEST(Acceleration, SharesDescendingTakeFromTheLatestTranches) {
  const Acceleration a = shares(D("2024-02-01"), Amount(6), Acceleration::Order::descending);
  EXPECT_TRUE(TranchesAre(must(apply_events(eighteen(), {a})),
                          {{"2024-02-01", "6"}, {"2024-04-01", "4"}, {"2024-07-01", "5"}, {"2024-10-01", "3"}}));
}

TEST(Acceleration, SharesProRataTakeFromEveryUnvestedTranche) {
  // 6 of 4-5-4-5, cumulative round-down over the weights: 1-2-1-2.
  const Acceleration a = shares(D("2024-02-01"), Amount(6));
  EXPECT_TRUE(TranchesAre(must(apply_events(eighteen(), {a})), {{"2024-02-01", "6"},
                                                               {"2024-04-01", "3"},
                                                               {"2024-07-01", "3"},
                                                               {"2024-10-01", "3"},
                                                               {"2025-01-01", "3"}}));
}

TEST(Acceleration, PercentOfUnvestedOnlyTouchesUnvestedTranches) {
  // On 2024-05-01 the first tranche (4) has vested; 50% of the other 14 is 7.
  const Acceleration a = percent(D("2024-05-01"), Fraction(1, 2));
  const Schedule s = must(apply_events(eighteen(), {a}));
  // Pro-rata of 7 over 5-4-5: cumulative floor(7*5/14)=2, floor(7*9/14)=4, 7 -> 2-2-3.
  EXPECT_TRUE(TranchesAre(s, {{"2024-04-01", "4"}, {"2024-05-01", "7"}, {"2024-07-01", "3"}, {"2024-10-01", "2"},
                              {"2025-01-01", "2"}}));
  EXPECT_EQ(project(s, D("2024-05-01")).vested, Amount(11));
}

TEST(Acceleration, PercentOfUnvestedRoundsDownToWholeShares) {
  const Acceleration a = percent(D("2024-02-01"), Fraction(1, 4));  // 4.5 of 18 -> 4
  const Schedule s = must(apply_events(eighteen(), {a}));
  EXPECT_EQ(s.tranches()[0].date, D("2024-02-01"));
  EXPECT_EQ(s.tranches()[0].shares, Amount(4));
  EXPECT_TRUE(check_invariants(s).empty());
}

TEST(Acceleration, ProRataOnFractionalTranchesStaysPositiveAndExact) {
  // Tranches 2.5 and 0.5 (fractional policy); accelerating 2 of the 3 shares
  // pro-rata must not take 1 from the 0.5 tranche.
  ScheduleSpec spec;
  spec.total_shares = Amount(3);
  spec.policy = AllocationPolicy::fractional;
  spec.segments = {lump(D("2024-01-01"), Portion::of_grant(Fraction(5, 6))), lump(D("2025-01-01"), Portion::remainder())};
  const Schedule before = must(build_schedule(spec));
  ASSERT_TRUE(TranchesAre(before, {{"2024-01-01", "2.5"}, {"2025-01-01", "0.5"}}));
  const auto r = apply_events(before, {shares(D("2023-06-01"), Amount(2))});
  ASSERT_TRUE(r.ok()) << testing::describe(r.diagnostics());
  EXPECT_TRUE(check_invariants(*r).empty());
  EXPECT_EQ(r->tranches()[0].date, D("2023-06-01"));
  EXPECT_EQ(r->tranches()[0].shares, Amount(2));
  Amount rest;
  for (const auto& t : r->tranches().subspan(1)) {
    EXPECT_GT(t.shares, Amount(0)) << to_iso(t.date);
    rest += t.shares;
  }
  EXPECT_EQ(rest, Amount(1));
}

TEST(Acceleration, CannotExceedTheUnvestedShares) {
  const auto ds = errors_of(eighteen(), {shares(D("2024-05-01"), Amount(15))});
  ASSERT_TRUE(has_code(ds, "acceleration_exceeds_unvested"));
  EXPECT_NE(ds[0].message.find("15"), std::string::npos);
  EXPECT_NE(ds[0].message.find("14"), std::string::npos) << ds[0].message;
  EXPECT_TRUE(has_code(errors_of(eighteen(), {percent(D("2024-05-01"), Fraction(3, 2))}), "invalid_acceleration"));
}

TEST(Acceleration, OnTheTerminationDayComesFirst) {
  // "accelerates in full upon a qualifying termination"
  const Schedule s = must(apply_events(eighteen(), {Termination{D("2024-05-01")},
                                                    full(D("2024-05-01"))}));
  const Projection p = project(s, D("2024-05-01"));
  EXPECT_EQ(p.vested, Amount(18));
  EXPECT_EQ(p.forfeited, Amount(0));
}

TEST(Acceleration, FullWithContingentVestsContingentPortionsAtTarget) {
  Acceleration a = full(D("2024-05-01"));
  a.include_contingent = true;
  const Schedule s = must(apply_events(half_contingent(), {a}));
  EXPECT_TRUE(s.contingent().empty());
  EXPECT_EQ(project(s, D("2024-05-01")).vested, Amount(18));
}

// ---- Achievement ---------------------------------------------------------------------

TEST(Achievement, AtTargetVestsTheWholePortionOnTheDate) {
  const Schedule s = must(apply_events(half_contingent(), {Achievement{D("2024-03-15"), 0}}));
  EXPECT_TRUE(s.contingent().empty());
  EXPECT_EQ(project(s, D("2024-03-14")).vested, Amount(0));
  EXPECT_EQ(project(s, D("2024-03-15")).vested, Amount(9));
  EXPECT_EQ(project(s, D("2025-01-01")).vested, Amount(18));
}

TEST(Achievement, AtAFractionOfTargetForfeitsTheRest) {
  const Schedule s = must(apply_events(half_contingent(), {Achievement{D("2024-03-15"), 0, Fraction(1, 2)}}));
  const Projection p = project(s, D("2024-03-15"));
  EXPECT_EQ(p.vested, Amount(4)) << "half of 9, rounded down";
  EXPECT_EQ(p.forfeited, Amount(5));
  EXPECT_EQ(p.contingent, Amount(0));
  // Events are recorded in hindsight: before the achievement day the earned 4
  // show as a dated unvested tranche (2024-03-15) and the unearned 5 as still
  // contingent; none of the 9 is vested or forfeited yet.
  const Projection before = project(s, D("2024-03-14"));
  EXPECT_EQ(before.contingent, Amount(5));
  EXPECT_EQ(before.vested, Amount(0));
  EXPECT_EQ(before.forfeited, Amount(0));
  EXPECT_EQ(before.next_vest_date, D("2024-03-15"));
  EXPECT_EQ(before.next_vest_shares, Amount(4));
}

TEST(Achievement, AboveTargetGrowsTheGrant) {
  const Schedule s = must(apply_events(half_contingent(), {Achievement{D("2024-03-15"), 0, Fraction(3, 2)}}));
  EXPECT_EQ(s.total(), Amount(22)) << "9 * 1.5 = 13.5 -> 13 earned";
  EXPECT_EQ(project(s, D("2025-01-01")).vested, Amount(22));
}

TEST(Achievement, OfSeveralPortionsUsesTheOriginalIndices) {
  // Index 1 names "stock price hurdle" even after portion 0 was earned and removed.
  const auto r = apply_events(two_contingent(), {Achievement{D("2024-02-01"), 0}, Achievement{D("2024-03-01"), 1}});
  ASSERT_TRUE(r.ok()) << testing::describe(r.diagnostics());
  EXPECT_TRUE(r->contingent().empty());
  EXPECT_EQ(project(*r, D("2024-02-01")).vested, Amount(75));
  EXPECT_EQ(project(*r, D("2024-03-01")).vested, Amount(100));
  // And in the other order.
  const auto q = apply_events(two_contingent(), {Achievement{D("2024-02-01"), 1}, Achievement{D("2024-03-01"), 0}});
  ASSERT_TRUE(q.ok()) << testing::describe(q.diagnostics());
  EXPECT_EQ(project(*q, D("2024-02-01")).vested, Amount(75));
}

TEST(Achievement, TwiceOfTheSamePortionIsAnError) {
  EXPECT_TRUE(has_code(errors_of(two_contingent(), {Achievement{D("2024-02-01"), 0}, Achievement{D("2024-03-01"), 0}}),
                       "contingent_portion_closed"));
}

TEST(Achievement, ErrorsNameTheProblem) {
  EXPECT_TRUE(has_code(errors_of(half_contingent(), {Achievement{D("2024-03-15"), 1}}), "no_such_contingent_portion"));
  EXPECT_TRUE(has_code(errors_of(half_contingent(), {Achievement{D("2024-03-15"), 0, Fraction(-1)}}),
                       "invalid_achievement"));
  EXPECT_TRUE(has_code(errors_of(half_contingent(), {Termination{D("2024-03-01")}, Achievement{D("2024-03-15"), 0}}),
                       "event_after_termination"));
}

// ---- Exercise ----------------------------------------------------------------------------

TEST(Exercise, ReducesWhatIsExercisable) {
  const Schedule s = must(apply_events(seed_option(), {Exercise{D("2015-06-30"), Amount(10000)}}));
  EXPECT_EQ(s.option()->exercised, Amount(10000));
  EXPECT_EQ(project(s, D("2015-06-30")).exercisable, Amount(65000));
  EXPECT_EQ(project(s, D("2015-06-30")).vested, Amount(75000));
}

TEST(Exercise, CannotExceedWhatIsExercisable) {
  const auto ds = errors_of(seed_option(), {Exercise{D("2015-06-30"), Amount(75001)}});
  ASSERT_TRUE(has_code(ds, "exercise_exceeds_exercisable"));
  EXPECT_NE(ds[0].message.find("75000"), std::string::npos) << ds[0].message;
  EXPECT_TRUE(has_code(errors_of(seed_option(), {Exercise{D("2015-06-30"), Amount(50000)},
                                                 Exercise{D("2015-07-01"), Amount(30000)}}),
                       "exercise_exceeds_exercisable"));
}

TEST(Exercise, NotAfterExpiration) {
  EXPECT_TRUE(has_code(errors_of(seed_option(), {Exercise{D("2023-12-17"), Amount(1)}}), "exercise_exceeds_exercisable"));
  EXPECT_TRUE(apply_events(seed_option(), {Exercise{D("2023-12-16"), Amount(200000)}}).ok());
}

TEST(Exercise, NotAfterThePostTerminationWindowCloses) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->post_termination_window = Period::days(90);
  const Schedule s = must(build_schedule(spec));
  EXPECT_TRUE(apply_events(s, {Termination{D("2015-06-16")}, Exercise{D("2015-09-14"), Amount(75000)}}).ok());
  EXPECT_TRUE(has_code(errors_of(s, {Termination{D("2015-06-16")}, Exercise{D("2015-09-15"), Amount(1)}}),
                       "exercise_exceeds_exercisable"));
}

TEST(Exercise, EarlyExercisableOptionsBeforeVesting) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->early_exercisable = true;
  const Schedule s = must(apply_events(must(build_schedule(spec)), {Exercise{D("2014-01-10"), Amount(200000)}}));
  EXPECT_EQ(project(s, D("2014-01-10")).exercisable, Amount(0));
  EXPECT_EQ(project(s, D("2014-01-10")).vested, Amount(0));
}

TEST(Exercise, EarlyExercisableAfterTerminationExcludesForfeitedShares) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->early_exercisable = true;
  const Schedule s = must(build_schedule(spec));
  EXPECT_EQ(project(must(apply_events(s, {Termination{D("2015-06-16")}})), D("2015-06-16")).exercisable,
            Amount(75000));
  EXPECT_TRUE(has_code(errors_of(s, {Termination{D("2015-06-16")}, Exercise{D("2015-06-17"), Amount(75001)}}),
                       "exercise_exceeds_exercisable"));
}

TEST(Exercise, OnlyForOptions) {
  EXPECT_TRUE(has_code(errors_of(eighteen(), {Exercise{D("2024-05-01"), Amount(1)}}), "not_an_option"));
  EXPECT_TRUE(has_code(errors_of(seed_option(), {Exercise{D("2015-06-30"), Amount(0)}}), "invalid_exercise"));
}

// ---- Ordering ------------------------------------------------------------------------------

TEST(ApplyEvents, AppliesEventsInDateOrderWhateverTheInputOrder) {
  const Schedule s = must(apply_events(
      eighteen(), {Termination{D("2024-08-01")}, shares(D("2024-05-01"), Amount(5), Acceleration::Order::ascending)}));
  const Projection p = project(s, D("2024-12-31"));
  EXPECT_EQ(p.vested, Amount(4 + 5)) << "2024-04-01 tranche, then the 2024-07-01 tranche accelerated to 2024-05-01";
  EXPECT_EQ(p.forfeited, Amount(4 + 5)) << "2024-10-01 and 2025-01-01";
}

TEST(ApplyEvents, SharesAcceleratedOnADayCanBeExercisedThatDay) {
  // Listed exercise first: a change in control accelerates the option and the
  // holder exercises everything the same day.
  const auto r = apply_events(seed_option(), {Exercise{D("2015-06-30"), Amount(200000)}, full(D("2015-06-30"))});
  ASSERT_TRUE(r.ok()) << testing::describe(r.diagnostics());
  EXPECT_EQ(project(*r, D("2015-06-30")).exercisable, Amount(0));
  EXPECT_EQ(project(*r, D("2015-06-30")).vested, Amount(200000));
}

TEST(ApplyEvents, NoEventsIsTheSameSchedule) {
  const Schedule s = must(apply_events(seed_option(), {}));
  EXPECT_EQ(s.tranches().size(), 37u);
  EXPECT_FALSE(s.termination());
}

TEST(EventDate, OfEachKind) {
  EXPECT_EQ(event_date(Termination{D("2024-01-02")}), D("2024-01-02"));
  EXPECT_EQ(event_date(Exercise{D("2024-01-03"), Amount(1)}), D("2024-01-03"));
  EXPECT_EQ(event_date(Achievement{D("2024-01-04"), 0}), D("2024-01-04"));
  EXPECT_EQ(event_date(full(D("2024-01-05"))), D("2024-01-05"));
}

}  // namespace
}  // namespace vest
