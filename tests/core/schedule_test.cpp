// engine/core/schedule.hpp: the validating factory and the seed schedules.
#include "engine/core/schedule.hpp"

#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

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

const AllocationPolicy kAllPolicies[] = {
    AllocationPolicy::cumulative_round_down,          AllocationPolicy::cumulative_rounding,
    AllocationPolicy::front_loaded,                   AllocationPolicy::back_loaded,
    AllocationPolicy::front_loaded_to_single_tranche, AllocationPolicy::back_loaded_to_single_tranche,
    AllocationPolicy::fractional,
};

// The first error's message, for checking that it quotes the values.
std::string first_error(const ScheduleSpec& spec, std::string_view code) {
  const auto r = build_schedule(spec);
  EXPECT_FALSE(r.ok()) << "expected error " << code;
  EXPECT_TRUE(has_code(r.diagnostics(), code)) << "expected code " << code << ", found:\n"
                                               << testing::describe(r.diagnostics());
  for (const auto& d : r.diagnostics())
    if (d.code == code) {
      EXPECT_EQ(d.severity, Severity::error);
      return d.message;
    }
  return {};
}

ScheduleSpec simple(Amount total, std::vector<Segment> segments) {
  ScheduleSpec spec;
  spec.total_shares = std::move(total);
  spec.segments = std::move(segments);
  return spec;
}

// ---- Seed schedules (golden) -------------------------------------------------

TEST(SeedSchedule, Grant58824VestsHalfOn20130815AndHalfOn20140215) {
  const Schedule s = must(build_schedule(testing::seed_58824_spec()));
  EXPECT_TRUE(TranchesAre(s, {{"2013-08-15", "29,412"}, {"2014-02-15", "29,412"}}));
  EXPECT_EQ(s.total(), A("58,824"));
  EXPECT_EQ(s.grant_date(), D("2013-02-15"));
  EXPECT_TRUE(check_invariants(s).empty());
}

TEST(SeedSchedule, Grant150000Vests37500ThenSixSemiannual18750) {
  const Schedule s = must(build_schedule(testing::seed_150000_spec()));
  EXPECT_TRUE(TranchesAre(s, {{"2014-02-15", "37,500"},
                              {"2014-08-15", "18,750"},
                              {"2015-02-15", "18,750"},
                              {"2015-08-15", "18,750"},
                              {"2016-02-15", "18,750"},
                              {"2016-08-15", "18,750"},
                              {"2017-02-15", "18,750"}}));
}

TEST(SeedSchedule, Option200000Vests50000Then36MonthlyRoundedDown) {
  const Schedule s = must(build_schedule(testing::seed_option_spec()));
  EXPECT_TRUE(TranchesAre(s, {{"2014-12-16", "50000"}, {"2015-01-16", "4166"}, {"2015-02-16", "4167"},
                              {"2015-03-16", "4167"},  {"2015-04-16", "4166"}, {"2015-05-16", "4167"},
                              {"2015-06-16", "4167"},  {"2015-07-16", "4166"}, {"2015-08-16", "4167"},
                              {"2015-09-16", "4167"},  {"2015-10-16", "4166"}, {"2015-11-16", "4167"},
                              {"2015-12-16", "4167"},  {"2016-01-16", "4166"}, {"2016-02-16", "4167"},
                              {"2016-03-16", "4167"},  {"2016-04-16", "4166"}, {"2016-05-16", "4167"},
                              {"2016-06-16", "4167"},  {"2016-07-16", "4166"}, {"2016-08-16", "4167"},
                              {"2016-09-16", "4167"},  {"2016-10-16", "4166"}, {"2016-11-16", "4167"},
                              {"2016-12-16", "4167"},  {"2017-01-16", "4166"}, {"2017-02-16", "4167"},
                              {"2017-03-16", "4167"},  {"2017-04-16", "4166"}, {"2017-05-16", "4167"},
                              {"2017-06-16", "4167"},  {"2017-07-16", "4166"}, {"2017-08-16", "4167"},
                              {"2017-09-16", "4167"},  {"2017-10-16", "4166"}, {"2017-11-16", "4167"},
                              {"2017-12-16", "4167"}}));
  Amount monthly;
  for (const auto& t : s.tranches().subspan(1)) monthly += t.shares;
  EXPECT_EQ(monthly, A("150,000"));
  ASSERT_TRUE(s.option());
  EXPECT_EQ(s.option()->exercise_price, A("2.91"));
  EXPECT_EQ(s.option()->expiration, D("2023-12-16"));
}

// ---- Segment shapes ----------------------------------------------------------

TEST(BuildSchedule, CliffPaysInstallmentsOneToKTogetherAtK) {
  // 4,800 shares monthly over 48 months with a one-year cliff.
  const Schedule s = must(build_schedule(
      simple(Amount(4800), {installments(D("2024-01-31"), Period::months(1), 48, Portion::all(), 12)})));
  ASSERT_EQ(s.tranches().size(), 37u);
  EXPECT_EQ(to_iso(s.tranches()[0].date), "2025-01-31");
  EXPECT_EQ(s.tranches()[0].shares, Amount(1200)) << "installments 1..12 paid together";
  EXPECT_EQ(to_iso(s.tranches()[1].date), "2025-02-28");
  EXPECT_EQ(s.tranches()[1].shares, Amount(100));
  EXPECT_EQ(to_iso(s.tranches()[2].date), "2025-03-31") << "back to the anchor day after February";
  EXPECT_EQ(to_iso(s.tranches().back().date), "2028-01-31");
}

TEST(BuildSchedule, CliffEqualToCountIsOneLump) {
  const Schedule s = must(build_schedule(
      simple(Amount(1000), {installments(D("2024-01-01"), Period::years(1), 4, Portion::all(), 4)})));
  EXPECT_TRUE(TranchesAre(s, {{"2028-01-01", "1000"}}));
}

TEST(BuildSchedule, FirstStepZeroBeginsOnTheAnchor) {
  const Schedule s = must(build_schedule(
      simple(Amount(300), {installments(D("2024-01-15"), Period::months(1), 3, Portion::all(), 0, 0)})));
  EXPECT_TRUE(TranchesAre(s, {{"2024-01-15", "100"}, {"2024-02-15", "100"}, {"2024-03-15", "100"}}));
}

TEST(BuildSchedule, DayPolicyAppliesToInstallments) {
  const Schedule s = must(build_schedule(simple(
      Amount(300), {installments(D("2025-01-31"), Period::months(1), 3, Portion::all(), 0, 1,
                                 DayOfMonthPolicy::vesting_start_day_minus_one())})));
  EXPECT_TRUE(TranchesAre(s, {{"2025-02-27", "100"}, {"2025-03-30", "100"}, {"2025-04-29", "100"}}));
}

TEST(BuildSchedule, DateListSplitsEquallyAndSortsDates) {
  const Schedule s = must(build_schedule(
      simple(Amount(90), {Segment{DateListSegment{{D("2026-01-15"), D("2024-01-15"), D("2025-01-15")}}, Portion::all(), {}}})));
  EXPECT_TRUE(TranchesAre(s, {{"2024-01-15", "30"}, {"2025-01-15", "30"}, {"2026-01-15", "30"}}));
}

TEST(BuildSchedule, DateListWithARepeatedDateVestsBothPortionsThatDay) {
  const Schedule s = must(build_schedule(
      simple(Amount(90), {Segment{DateListSegment{{D("2024-01-15"), D("2025-01-15"), D("2024-01-15")}}, Portion::all(), {}}})));
  EXPECT_TRUE(TranchesAre(s, {{"2024-01-15", "60"}, {"2025-01-15", "30"}}));
}

TEST(BuildSchedule, RemainderAndFixedSharePortions) {
  // 1,000 shares on 2024-03-01; the remainder of 10,000 in four annual installments.
  const Schedule s = must(build_schedule(simple(
      Amount(10000), {lump(D("2024-03-01"), Portion::fixed_shares(Amount(1000))),
                      installments(D("2024-03-01"), Period::years(1), 4, Portion::remainder())})));
  EXPECT_TRUE(TranchesAre(s, {{"2024-03-01", "1000"},
                              {"2025-03-01", "2250"},
                              {"2026-03-01", "2250"},
                              {"2027-03-01", "2250"},
                              {"2028-03-01", "2250"}}));
}

TEST(BuildSchedule, SameDayPiecesOfTwoSegmentsMergeAndKeepBothSources) {
  ScheduleSpec spec = simple(Amount(100), {lump(D("2024-06-01"), Portion::of_grant(Fraction(1, 2))),
                                           lump(D("2024-06-01"), Portion::remainder())});
  spec.segments[0].provenance.rule = "first";
  spec.segments[1].provenance.rule = "second";
  const Schedule s = must(build_schedule(spec));
  ASSERT_TRUE(TranchesAre(s, {{"2024-06-01", "100"}}));
  EXPECT_EQ(s.tranches()[0].sources, (SourceList{0, 1}));
  ASSERT_EQ(s.provenance().size(), 2u);
  EXPECT_EQ(s.provenance()[1].rule, "second");
}

TEST(SourceList, KeepsOrderInlineAndOnTheHeap) {
  SourceList l;
  EXPECT_TRUE(l.empty());
  for (std::size_t i = 0; i < 5; ++i) {
    l.push_back(10 + i);
    ASSERT_EQ(l.size(), i + 1);
    for (std::size_t j = 0; j <= i; ++j) ASSERT_EQ(l[j], 10 + j) << "index " << j << " after " << i + 1 << " sources";
    const SourceList copy = l;
    ASSERT_EQ(copy, l);
    ASSERT_EQ(std::vector<std::size_t>(copy.begin(), copy.end()), std::vector<std::size_t>(l.begin(), l.end()));
  }
  EXPECT_EQ(l, (SourceList{10, 11, 12, 13, 14}));
  EXPECT_FALSE(l == (SourceList{10, 11, 12, 13}));
  EXPECT_FALSE((SourceList{1}) == (SourceList{2}));
}

TEST(BuildSchedule, EighteenSharesOverFourQuartersUnderEachPolicy) {
  const std::vector<std::pair<AllocationPolicy, std::vector<std::string>>> cases{
      {AllocationPolicy::cumulative_round_down, {"4", "5", "4", "5"}},
      {AllocationPolicy::cumulative_rounding, {"5", "4", "5", "4"}},
      {AllocationPolicy::front_loaded, {"5", "5", "4", "4"}},
      {AllocationPolicy::back_loaded, {"4", "4", "5", "5"}},
      {AllocationPolicy::front_loaded_to_single_tranche, {"6", "4", "4", "4"}},
      {AllocationPolicy::back_loaded_to_single_tranche, {"4", "4", "4", "6"}},
      {AllocationPolicy::fractional, {"4.5", "4.5", "4.5", "4.5"}},
  };
  for (const auto& [policy, amounts] : cases) {
    ScheduleSpec spec = simple(Amount(18), {installments(D("2024-01-01"), Period::quarters(1), 4)});
    spec.policy = policy;
    const Schedule s = must(build_schedule(spec));
    EXPECT_EQ(s.policy(), policy);
    EXPECT_TRUE(TranchesAre(s, {{"2024-04-01", amounts[0]},
                                {"2024-07-01", amounts[1]},
                                {"2024-10-01", amounts[2]},
                                {"2025-01-01", amounts[3]}}))
        << to_string(policy);
  }
}

TEST(BuildSchedule, FractionalGrantKeepsItsFractionInTheLastTranche) {
  const Schedule s = must(build_schedule(simple(A("47.5"), {installments(D("2024-01-01"), Period::years(1), 4)})));
  EXPECT_TRUE(TranchesAre(s, {{"2025-01-01", "11"}, {"2026-01-01", "12"}, {"2027-01-01", "12"}, {"2028-01-01", "12.5"}}));
}

TEST(BuildSchedule, TranchesThatRoundToZeroAreDroppedAndTheirSharesSurfaceLater) {
  const Schedule s = must(build_schedule(simple(Amount(2), {installments(D("2024-01-01"), Period::quarters(1), 4)})));
  EXPECT_TRUE(TranchesAre(s, {{"2024-07-01", "1"}, {"2025-01-01", "1"}}));
}

// ---- Contingent portions -----------------------------------------------------

TEST(BuildSchedule, ContingentPortionHasNoDateAndTheDatedPartSumsExactly) {
  // 18 shares: half in four quarterly installments, half on a milestone.
  const std::vector<std::pair<AllocationPolicy, std::vector<std::string>>> cases{
      {AllocationPolicy::cumulative_round_down, {"2", "2", "2", "3"}},
      {AllocationPolicy::cumulative_rounding, {"2", "3", "2", "2"}},
      {AllocationPolicy::front_loaded, {"3", "2", "2", "2"}},
      {AllocationPolicy::back_loaded, {"2", "2", "2", "3"}},
      {AllocationPolicy::front_loaded_to_single_tranche, {"3", "2", "2", "2"}},
      {AllocationPolicy::back_loaded_to_single_tranche, {"2", "2", "2", "3"}},
      {AllocationPolicy::fractional, {"2.25", "2.25", "2.25", "2.25"}},
  };
  for (const auto& [policy, amounts] : cases) {
    ScheduleSpec spec = simple(Amount(18), {installments(D("2024-01-01"), Period::quarters(1), 4,
                                                         Portion::of_grant(Fraction(1, 2))),
                                            contingent("achievement of the milestone", Portion::remainder())});
    spec.policy = policy;
    const Schedule s = must(build_schedule(spec));
    EXPECT_TRUE(TranchesAre(s, {{"2024-04-01", amounts[0]},
                                {"2024-07-01", amounts[1]},
                                {"2024-10-01", amounts[2]},
                                {"2025-01-01", amounts[3]}}))
        << to_string(policy);
    EXPECT_EQ(s.dated_total(), Amount(9)) << to_string(policy) << ": expected the dated half, found "
                                          << s.dated_total().to_string();
    ASSERT_EQ(s.contingent().size(), 1u);
    EXPECT_EQ(s.contingent()[0].shares, Amount(9)) << to_string(policy);
    EXPECT_EQ(s.contingent()[0].condition, "achievement of the milestone");
    EXPECT_EQ(s.contingent()[0].source, 1u);
    EXPECT_FALSE(s.contingent()[0].forfeited_on);
  }
}

TEST(BuildSchedule, SeveralContingentPortionsDoNotShiftSharesIntoTheDatedPart) {
  // 10 shares: half over two dates, two contingent quarters (2.5 each).
  for (auto policy : kAllPolicies) {
    ScheduleSpec spec = simple(Amount(10), {installments(D("2024-01-01"), Period::years(1), 2, Portion::of_grant(Fraction(1, 2))),
                                            contingent("revenue target", Portion::of_grant(Fraction(1, 4))),
                                            contingent("stock price hurdle", Portion::of_grant(Fraction(1, 4)))});
    spec.policy = policy;
    const Schedule s = must(build_schedule(spec));
    EXPECT_EQ(s.dated_total(), Amount(5)) << to_string(policy);
    EXPECT_EQ(s.contingent_total(), Amount(5)) << to_string(policy);
    EXPECT_TRUE(check_invariants(s).empty()) << to_string(policy);
  }
}

TEST(BuildSchedule, CumulativeTranchesBesideAContingentPortionFollowTheWholeGrantFormula) {
  // 29 shares: a fifth (5.8) over ten monthly installments, the rest contingent.
  // Tranche k is floor(29·k/50) − floor(29·(k−1)/50): 0 1 0 1 0 1 1 0 1 0; the
  // zeros are dropped and the dated part is 5 (5.8 rounded down).
  ScheduleSpec spec = simple(Amount(29), {installments(D("2024-01-15"), Period::months(1), 10, Portion::of_grant(Fraction(1, 5))),
                                          contingent("IPO", Portion::remainder())});
  const Schedule s = must(build_schedule(spec));
  EXPECT_TRUE(TranchesAre(s, {{"2024-03-15", "1"}, {"2024-05-15", "1"}, {"2024-07-15", "1"}, {"2024-08-15", "1"},
                              {"2024-10-15", "1"}}));
  EXPECT_EQ(s.contingent_total(), Amount(24));
}

TEST(BuildSchedule, DatedPartThatIsNotWholeRoundsDownAndTheContingentPartTakesTheRest) {
  ScheduleSpec spec = simple(Amount(10), {lump(D("2024-01-01"), Portion::of_grant(Fraction(1, 3))),
                                          contingent("IPO", Portion::remainder())});
  const Schedule s = must(build_schedule(spec));
  EXPECT_TRUE(TranchesAre(s, {{"2024-01-01", "3"}}));
  EXPECT_EQ(s.contingent()[0].shares, Amount(7));
  spec.policy = AllocationPolicy::fractional;
  const Schedule f = must(build_schedule(spec));
  EXPECT_EQ(f.tranches()[0].shares.to_string(), "10/3");
  EXPECT_EQ(f.contingent()[0].shares.to_string(), "20/3");
}

TEST(BuildSchedule, AllContingentScheduleHasNoTranches) {
  const Schedule s = must(build_schedule(simple(Amount(500), {contingent("FDA approval", Portion::all())})));
  EXPECT_TRUE(s.tranches().empty());
  EXPECT_EQ(s.contingent_total(), Amount(500));
}

// ---- Vesting commencement before the grant date ------------------------------

TEST(BuildSchedule, InstallmentsBeforeTheGrantDateCatchUpOnTheGrantDateAndKeepTheirDates) {
  ScheduleSpec spec = simple(Amount(1200), {installments(D("2023-01-01"), Period::months(1), 12)});
  spec.grant_date = D("2023-06-15");
  spec.vesting_commencement = D("2023-01-01");
  spec.catch_up_before_grant = true;
  const Schedule s = must(build_schedule(spec));
  EXPECT_TRUE(TranchesAre(s, {{"2023-02-01", "100", "2023-06-15"},
                              {"2023-03-01", "100", "2023-06-15"},
                              {"2023-04-01", "100", "2023-06-15"},
                              {"2023-05-01", "100", "2023-06-15"},
                              {"2023-06-01", "100", "2023-06-15"},
                              {"2023-07-01", "100"},
                              {"2023-08-01", "100"},
                              {"2023-09-01", "100"},
                              {"2023-10-01", "100"},
                              {"2023-11-01", "100"},
                              {"2023-12-01", "100"},
                              {"2024-01-01", "100"}}));
}

TEST(BuildSchedule, WithoutCatchUpEarlyTranchesVestOnTheirOwnDates) {
  ScheduleSpec spec = simple(Amount(1200), {installments(D("2023-01-01"), Period::months(1), 12)});
  spec.grant_date = D("2023-06-15");
  const Schedule s = must(build_schedule(spec));
  EXPECT_EQ(s.tranches()[0].vests_on, D("2023-02-01"));
}

TEST(BuildSchedule, TrancheOnTheGrantDateIsNotCaughtUp) {
  ScheduleSpec spec = simple(Amount(100), {lump(D("2023-06-15"))});
  spec.grant_date = D("2023-06-15");
  spec.catch_up_before_grant = true;
  EXPECT_TRUE(TranchesAre(must(build_schedule(spec)), {{"2023-06-15", "100"}}));
}

// ---- Queries -----------------------------------------------------------------

TEST(Schedule, LowerBoundFindsTheFirstTrancheOnOrAfterADate) {
  const Schedule s = must(build_schedule(testing::seed_150000_spec()));
  ASSERT_NE(s.lower_bound(D("2014-02-15")), nullptr);
  EXPECT_EQ(s.lower_bound(D("2014-02-15"))->date, D("2014-02-15"));
  EXPECT_EQ(s.lower_bound(D("2014-02-16"))->date, D("2014-08-15"));
  EXPECT_EQ(s.lower_bound(D("2000-01-01"))->date, D("2014-02-15"));
  EXPECT_EQ(s.lower_bound(D("2017-02-16")), nullptr);
}

TEST(Schedule, DatedAndContingentTotals) {
  const Schedule s = must(build_schedule(simple(
      Amount(100), {lump(D("2024-01-01"), Portion::of_grant(Fraction(3, 5))), contingent("x", Portion::remainder())})));
  EXPECT_EQ(s.dated_total(), Amount(60));
  EXPECT_EQ(s.contingent_total(), Amount(40));
}

// ---- Factory errors: codes and messages that quote the values ----------------

TEST(BuildScheduleErrors, NonPositiveTotal) {
  EXPECT_NE(first_error(simple(Amount(0), {lump(D("2024-01-01"))}), "non_positive_total").find("0"), std::string::npos);
  EXPECT_NE(first_error(simple(Amount(-5), {lump(D("2024-01-01"))}), "non_positive_total").find("-5"), std::string::npos);
}

TEST(BuildScheduleErrors, NoSegments) { first_error(simple(Amount(10), {}), "no_segments"); }

TEST(BuildScheduleErrors, PortionsExceedGrant) {
  const std::string m = first_error(simple(Amount(100), {lump(D("2024-01-01"), Portion::of_grant(Fraction(3, 4))),
                                                         lump(D("2025-01-01"), Portion::of_grant(Fraction(1, 2)))}),
                                    "portions_exceed_grant");
  EXPECT_NE(m.find("5/4"), std::string::npos) << m;
  first_error(simple(Amount(100), {lump(D("2024-01-01"), Portion::fixed_shares(Amount(101)))}), "portions_exceed_grant");
}

TEST(BuildScheduleErrors, PortionsDoNotCoverGrant) {
  const std::string m = first_error(simple(Amount(100), {lump(D("2024-01-01"), Portion::of_grant(Fraction(1, 2)))}),
                                    "portions_do_not_cover_grant");
  EXPECT_NE(m.find("1/2"), std::string::npos) << m;
}

TEST(BuildScheduleErrors, InvalidPortion) {
  EXPECT_NE(first_error(simple(Amount(100), {lump(D("2024-01-01"), Portion::fixed_shares(Amount(-3)))}), "invalid_portion")
                .find("-3"),
            std::string::npos);
  first_error(simple(Amount(100), {lump(D("2024-01-01"), Portion::of_grant(Fraction(0)))}), "invalid_portion");
  first_error(simple(Amount(100), {lump(D("2024-01-01"), Portion::of_grant(Fraction(3, 2)))}), "invalid_portion");
}

TEST(BuildScheduleErrors, AmbiguousAndEmptyRemainder) {
  first_error(simple(Amount(100), {lump(D("2024-01-01"), Portion::remainder()), lump(D("2025-01-01"), Portion::remainder())}),
              "ambiguous_remainder");
  first_error(simple(Amount(100), {lump(D("2024-01-01")), lump(D("2025-01-01"), Portion::remainder())}), "empty_remainder");
}

TEST(BuildScheduleErrors, InvalidCount) {
  for (int count : {0, -1, 10001}) {
    const std::string m = first_error(simple(Amount(100), {installments(D("2024-01-01"), Period::months(1), count)}),
                                      "invalid_count");
    EXPECT_NE(m.find(std::to_string(count)), std::string::npos) << m;
  }
}

TEST(BuildScheduleErrors, InvalidPeriodCliffFirstStepAndDayPolicy) {
  first_error(simple(Amount(100), {installments(D("2024-01-01"), Period::months(0), 4)}), "invalid_period");
  EXPECT_NE(first_error(simple(Amount(100), {installments(D("2024-01-01"), Period::months(1), 4, Portion::all(), 5)}),
                        "invalid_cliff")
                .find("5"),
            std::string::npos);
  first_error(simple(Amount(100), {installments(D("2024-01-01"), Period::months(1), 4, Portion::all(), 0, -1)}),
              "invalid_first_step");
  EXPECT_NE(first_error(simple(Amount(100), {installments(D("2024-01-01"), Period::months(1), 4, Portion::all(), 0, 1,
                                                          DayOfMonthPolicy::fixed_day(0))}),
                        "invalid_day_policy")
                .find("0"),
            std::string::npos);
  first_error(simple(Amount(100), {installments(D("2024-01-01"), Period::months(1), 4, Portion::all(), 0, 1,
                                                DayOfMonthPolicy::fixed_day(32))}),
              "invalid_day_policy");
}

TEST(BuildScheduleErrors, DateOutOfRange) {
  const std::string m = first_error(simple(Amount(100), {lump(D("2250-01-01"))}), "date_out_of_range");
  EXPECT_NE(m.find("2250-01-01"), std::string::npos) << m;
  first_error(simple(Amount(100), {lump(D("1899-12-31"))}), "date_out_of_range");
  ScheduleSpec spec = simple(Amount(100), {lump(D("2024-01-01"))});
  spec.grant_date = D("1850-01-01");
  EXPECT_NE(first_error(spec, "date_out_of_range").find("1850-01-01"), std::string::npos);
  // 100 annual installments from 2150 run past 2200.
  first_error(simple(Amount(100), {installments(D("2150-01-01"), Period::years(1), 100)}), "date_out_of_range");
  // Spans that would overflow the step arithmetic are rejected, not computed.
  first_error(simple(Amount(100), {installments(D("2024-01-01"), Period::years(1'000'000'000), 3)}), "date_out_of_range");
  first_error(simple(Amount(100), {installments(D("2024-01-01"), Period::days(1'000'000'000), 3)}), "date_out_of_range");
  first_error(simple(Amount(100), {installments(D("2024-01-01"), Period::months(1), 3, Portion::all(), 0, 2'000'000'000)}),
              "date_out_of_range");
}

TEST(BuildScheduleErrors, EmptyDateList) {
  first_error(simple(Amount(100), {Segment{DateListSegment{}, Portion::all(), {}}}), "empty_date_list");
}

TEST(BuildScheduleErrors, MessagesNameTheSegmentAndItsRule) {
  ScheduleSpec spec = simple(Amount(100), {installments(D("2024-01-01"), Period::months(1), 0)});
  spec.segments[0].provenance.rule = "<n> equal monthly installments";
  const std::string m = first_error(spec, "invalid_count");
  EXPECT_NE(m.find("segment 1"), std::string::npos) << m;
  EXPECT_NE(m.find("<n> equal monthly installments"), std::string::npos) << m;
}

// ---- Property: every spec that builds satisfies the postconditions -----------

TEST(BuildScheduleProperty, RandomSpecsSumExactlyWithIncreasingPositiveTranches) {
  std::mt19937_64 rng(42);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
  int built = 0;
  for (int iter = 0; iter < 4000; ++iter) {
    ScheduleSpec spec;
    spec.total_shares = pick(4) == 0 ? Amount(pick(1000000) + 1, 10000) : Amount(pick(100000) + 1);
    spec.policy = kAllPolicies[pick(7)];
    const Date base = D("2000-01-01") + date::days{pick(9000)};
    const int segments = pick(3) + 1;
    Fraction used;
    for (int i = 0; i < segments; ++i) {
      const bool last = i + 1 == segments;
      Portion portion = last ? Portion::remainder() : Portion::of_grant(Fraction(1, pick(4) + 2) * (Fraction(1) - used));
      if (!last) used += portion.fraction;
      switch (pick(4)) {
        case 0: spec.segments.push_back(lump(base + date::days{pick(2000)}, portion)); break;
        case 1: {
          const Period periods[] = {Period::days(pick(90) + 1), Period::weeks(pick(4) + 1), Period::months(pick(6) + 1),
                                    Period::quarters(1), Period::years(1)};
          const int count = pick(48) + 1;
          spec.segments.push_back(installments(base, periods[pick(5)], count, portion, pick(3) == 0 ? pick(count + 1) : 0,
                                               pick(2), DayOfMonthPolicy::fixed_day(static_cast<unsigned>(pick(31) + 1))));
          break;
        }
        case 2: spec.segments.push_back(Segment{DateListSegment{{base + date::days{pick(999)}, base + date::days{1000 + pick(999)}}}, portion, {}}); break;
        default: spec.segments.push_back(contingent("condition " + std::to_string(i), portion)); break;
      }
    }
    const auto r = build_schedule(spec);
    ASSERT_TRUE(r.ok()) << "iteration " << iter << ":\n" << testing::describe(r.diagnostics());
    ++built;
    const Schedule& s = *r;
    ASSERT_TRUE(check_invariants(s).empty()) << "iteration " << iter;
    ASSERT_EQ(s.dated_total() + s.contingent_total(), spec.total_shares) << "iteration " << iter;
    for (std::size_t k = 1; k < s.tranches().size(); ++k)
      ASSERT_LT(s.tranches()[k - 1].date, s.tranches()[k].date) << "iteration " << iter << " index " << k;
    for (const auto& t : s.tranches()) ASSERT_GT(t.shares, Amount(0)) << "iteration " << iter;
  }
  EXPECT_EQ(built, 4000);
}

}  // namespace
}  // namespace vest
