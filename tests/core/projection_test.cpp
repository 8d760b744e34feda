// engine/core/projection.hpp: what a schedule means on a given day.
#include "engine/core/projection.hpp"

#include "engine/core/events.hpp"

#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

namespace vest {
namespace {

using testing::A;
using testing::D;
using testing::installments;
using testing::lump;
using testing::must;

Schedule seed_option() { return must(build_schedule(testing::seed_option_spec())); }

// vested + unvested + contingent + forfeited == total, on any day.
void ExpectBalanced(const Projection& p) {
  EXPECT_EQ(p.vested + p.unvested + p.contingent + p.forfeited, p.total)
      << "as of " << to_iso(p.as_of) << ": vested " << p.vested.to_string() << " + unvested " << p.unvested.to_string()
      << " + contingent " << p.contingent.to_string() << " + forfeited " << p.forfeited.to_string() << " != total "
      << p.total.to_string();
}

TEST(SeedProjection, Grant58824FullyVestedAsOf20150630) {
  const Projection p = project(must(build_schedule(testing::seed_58824_spec())), D("2015-06-30"));
  EXPECT_EQ(p.vested, A("58,824"));
  EXPECT_EQ(p.unvested, Amount(0));
  EXPECT_FALSE(p.is_option);
  EXPECT_EQ(p.exercisable, Amount(0));
  EXPECT_FALSE(p.next_vest_date);
  ExpectBalanced(p);
}

TEST(SeedProjection, Grant150000HalfVestedAsOf20150630) {
  const Projection p = project(must(build_schedule(testing::seed_150000_spec())), D("2015-06-30"));
  EXPECT_EQ(p.vested, A("75,000"));
  EXPECT_EQ(p.unvested, A("75,000"));
  EXPECT_EQ(p.next_vest_date, D("2015-08-15"));
  EXPECT_EQ(p.next_vest_shares, A("18,750"));
  ExpectBalanced(p);
}

TEST(SeedProjection, OptionVestedAndExercisable75000AsOf20150630) {
  const Projection p = project(seed_option(), D("2015-06-30"));
  EXPECT_TRUE(p.is_option);
  EXPECT_EQ(p.vested, A("75,000"));
  EXPECT_EQ(p.unvested, A("125,000"));
  EXPECT_EQ(p.exercisable, A("75,000"));
  EXPECT_FALSE(p.expired);
  EXPECT_EQ(p.next_vest_date, D("2015-07-16"));
  EXPECT_EQ(p.next_vest_shares, Amount(4166));
  ExpectBalanced(p);
}

TEST(SeedProjection, OptionExercisableForAllOnItsExpirationDayAndNothingAfter) {
  const Schedule s = seed_option();
  const Projection on = project(s, D("2023-12-16"));
  EXPECT_EQ(on.exercisable, A("200,000"));
  EXPECT_FALSE(on.expired);
  const Projection after = project(s, D("2023-12-17"));
  EXPECT_EQ(after.exercisable, Amount(0));
  EXPECT_TRUE(after.expired);
  EXPECT_FALSE(after.exercise_window_closed);
  EXPECT_EQ(after.vested, A("200,000")) << "expiry does not unvest";
  EXPECT_EQ(last_exercise_day(s), D("2023-12-16"));
}

TEST(Project, ATrancheCountsOnItsOwnDayNotTheDayBefore) {
  const Schedule s = seed_option();
  EXPECT_EQ(project(s, D("2014-12-15")).vested, Amount(0));
  EXPECT_EQ(project(s, D("2014-12-16")).vested, Amount(50000));
  EXPECT_EQ(project(s, D("2015-01-15")).vested, Amount(50000));
  EXPECT_EQ(project(s, D("2015-01-16")).vested, Amount(54166));
  EXPECT_EQ(project(s, D("2017-12-15")).vested, Amount(195833));
  EXPECT_EQ(project(s, D("2017-12-16")).vested, Amount(200000));
  EXPECT_EQ(project(s, D("1990-01-01")).next_vest_date, D("2014-12-16"));
  EXPECT_EQ(project(s, D("1990-01-01")).next_vest_shares, Amount(50000));
}

TEST(Project, ContingentSharesAreNeitherVestedNorUnvested) {
  ScheduleSpec spec;
  spec.total_shares = Amount(100);
  spec.segments = {lump(D("2024-01-01"), Portion::of_grant(Fraction(1, 4))),
                   testing::contingent("milestone", Portion::remainder())};
  const Projection p = project(must(build_schedule(spec)), D("2030-01-01"));
  EXPECT_EQ(p.vested, Amount(25));
  EXPECT_EQ(p.contingent, Amount(75));
  EXPECT_EQ(p.unvested, Amount(0));
  ExpectBalanced(p);
}

TEST(Project, CaughtUpTranchesVestOnTheGrantDate) {
  ScheduleSpec spec;
  spec.total_shares = Amount(1200);
  spec.grant_date = D("2023-06-15");
  spec.catch_up_before_grant = true;
  spec.segments = {installments(D("2023-01-01"), Period::months(1), 12)};
  const Schedule s = must(build_schedule(spec));
  EXPECT_EQ(project(s, D("2023-06-14")).vested, Amount(0));
  EXPECT_EQ(project(s, D("2023-06-14")).next_vest_date, D("2023-06-15"));
  EXPECT_EQ(project(s, D("2023-06-14")).next_vest_shares, Amount(500)) << "five caught-up tranches on one day";
  EXPECT_EQ(project(s, D("2023-06-15")).vested, Amount(500));
  EXPECT_EQ(project(s, D("2023-07-01")).vested, Amount(600));
}

TEST(Project, EarlyExercisableOptionIsExercisableBeforeVesting) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->early_exercisable = true;
  spec.option->exercised = Amount(1000);
  const Projection p = project(must(build_schedule(spec)), D("2013-12-16"));
  EXPECT_EQ(p.vested, Amount(0));
  EXPECT_EQ(p.exercisable, Amount(199000));
}

TEST(Project, ExercisedSharesReduceWhatIsExercisable) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->exercised = Amount(10000);
  const Schedule s = must(build_schedule(spec));
  EXPECT_EQ(project(s, D("2015-06-30")).exercisable, Amount(65000));
  EXPECT_EQ(project(s, D("2023-12-16")).exercisable, Amount(190000));
  EXPECT_EQ(project(s, D("2014-12-16")).exercisable, Amount(40000));
  EXPECT_EQ(project(s, D("2014-01-01")).exercisable, Amount(0)) << "never negative";
}

TEST(Project, OptionWithoutExpirationNeverExpires) {
  ScheduleSpec spec = testing::seed_option_spec();
  spec.option->expiration.reset();
  const Schedule s = must(build_schedule(spec));
  EXPECT_FALSE(last_exercise_day(s));
  EXPECT_EQ(project(s, D("2199-01-01")).exercisable, Amount(200000));
}

TEST(LastExerciseDay, NoneForStock) {
  EXPECT_FALSE(last_exercise_day(must(build_schedule(testing::seed_150000_spec()))));
}

TEST(TrancheTable, RunningTotalsAndPercentages) {
  const auto rows = tranche_table(must(build_schedule(testing::seed_150000_spec())));
  ASSERT_EQ(rows.size(), 7u);
  const char* cumulative[] = {"37500", "56250", "75000", "93750", "112500", "131250", "150000"};
  const char* percent[] = {"25", "37.5", "50", "62.5", "75", "87.5", "100"};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].cumulative.to_string(), cumulative[i])
        << "index " << i << ": expected " << cumulative[i] << ", found " << rows[i].cumulative.to_string();
    EXPECT_EQ(percent_string(rows[i].cumulative_fraction), percent[i]) << "index " << i;
    EXPECT_FALSE(rows[i].forfeited);
  }
  EXPECT_EQ(to_iso(rows[1].date), "2014-08-15");
  EXPECT_EQ(rows[1].vests_on, rows[1].date);
}

TEST(TrancheTable, FlagsForfeitedTranchesAndLeavesThemOutOfTheRunningTotal) {
  const Schedule s = must(apply_events(must(build_schedule(testing::seed_150000_spec())), {Termination{D("2015-03-01")}}));
  const auto rows = tranche_table(s);
  ASSERT_EQ(rows.size(), 7u);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].forfeited, i >= 3) << "index " << i << " (" << to_iso(rows[i].date) << ")";
    if (i >= 3) {
      EXPECT_EQ(rows[i].cumulative, Amount(75000)) << "index " << i;
    }
  }
  EXPECT_EQ(percent_string(rows.back().cumulative_fraction), "50");
}

TEST(PercentString, RoundsHalfUpToTheRequestedDecimals) {
  EXPECT_EQ(percent_string(Fraction(1, 3)), "33.33");
  EXPECT_EQ(percent_string(Fraction(2, 3)), "66.67");
  EXPECT_EQ(percent_string(Fraction(1, 8)), "12.5");
  EXPECT_EQ(percent_string(Fraction(1, 8), 0), "13");
  EXPECT_EQ(percent_string(Fraction(1)), "100");
  EXPECT_EQ(percent_string(Fraction(0)), "0");
  EXPECT_EQ(percent_string(Fraction(1, 48), 4), "2.0833");
}

}  // namespace
}  // namespace vest
