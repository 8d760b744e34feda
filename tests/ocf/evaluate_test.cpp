// OCF terms evaluated for a grant. The conformance tables are written by hand
// from each sample's description (and docs/VestingTerms.md), not from vest.
#include "engine/ocf/evaluate.hpp"

#include "engine/core/projection.hpp"
#include "tests/ocf/test_terms.hpp"

namespace vest::ocf {
namespace {

using testing::day;
using testing::grant_of;
using testing::sample_terms;
using testing::table_of;
using testing::Table;

// "25% ... on the one-year anniversary, and an additional 1/48th ... on the
// corresponding day of each month thereafter, until ... the fourth anniversary."
// The explainer's grant: vesting start 2021-01-30, 480 shares; day 30 or the
// month's last day.
TEST(OcfSamples, FourYearOneYearCliffFollowsTheExplainer) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "4yr-1yr-cliff-schedule");
  auto s = evaluate_terms(terms, grant_of("2021-01-30", 480));
  ASSERT_TRUE(s) << format(s.diagnostics().at(0));
  Table expected{{"2022-01-30", "120"}};
  const char* months[] = {"2022-02-28", "2022-03-30", "2022-04-30", "2022-05-30", "2022-06-30", "2022-07-30",
                          "2022-08-30", "2022-09-30", "2022-10-30", "2022-11-30", "2022-12-30", "2023-01-30",
                          "2023-02-28", "2023-03-30", "2023-04-30", "2023-05-30", "2023-06-30", "2023-07-30",
                          "2023-08-30", "2023-09-30", "2023-10-30", "2023-11-30", "2023-12-30", "2024-01-30",
                          "2024-02-29", "2024-03-30", "2024-04-30", "2024-05-30", "2024-06-30", "2024-07-30",
                          "2024-08-30", "2024-09-30", "2024-10-30", "2024-11-30", "2024-12-30", "2025-01-30"};
  for (const char* m : months) expected.push_back({m, "10"});
  EXPECT_EQ(table_of(*s), expected);
  EXPECT_TRUE(s->contingent().empty());
  EXPECT_EQ(s->policy(), AllocationPolicy::cumulative_rounding);
}

// Cumulative rounding, half up: 1000 shares; after the cliff 250, then
// round(1000·(12+k)/48) cumulatively: 270.83→271, 291.67→292, 312.5→313, 333.33→333.
TEST(OcfSamples, FourYearOneYearCliffRoundsCumulativelyHalfUp) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "4yr-1yr-cliff-schedule");
  auto s = evaluate_terms(terms, grant_of("2021-01-15", 1000));
  ASSERT_TRUE(s);
  ASSERT_EQ(s->tranches().size(), 37u);
  EXPECT_EQ(s->tranches()[0].shares, Amount(250));
  EXPECT_EQ(s->tranches()[1].shares, Amount(21));
  EXPECT_EQ(s->tranches()[2].shares, Amount(21));
  EXPECT_EQ(s->tranches()[3].shares, Amount(21));
  EXPECT_EQ(s->tranches()[4].shares, Amount(20));
  EXPECT_EQ(to_iso(s->tranches()[36].date), "2025-01-15");
  EXPECT_EQ(s->dated_total(), Amount(1000));
}

// "10% ... on the 24th month; then 1.25% for 12 months; 1.67% for 12 months;
// 2.08% for 12 months; and 2.5% for 12 months" (1/80, 1/60, 1/48, 1/40), back loaded.
TEST(OcfSamples, SixYearBackLoadedOption) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "6-yr-option-back-loaded");
  auto s = evaluate_terms(terms, grant_of("2020-01-15", 2400));
  ASSERT_TRUE(s);
  Table expected{{"2022-01-15", "240"}};
  const char* each[] = {"30", "40", "50", "60"};
  for (int block = 0; block < 4; ++block)
    for (int m = 1; m <= 12; ++m) {
      const int month_index = 24 + block * 12 + m;  // months after 2020-01
      const int y = 2020 + month_index / 12, mo = month_index % 12 + 1;
      char buf[32];
      std::snprintf(buf, sizeof buf, "%04d-%02d-15", y, mo);
      expected.push_back({buf, each[block]});
    }
  EXPECT_EQ(table_of(*s), expected);
}

// 1000 shares: floors 100, 12, 16, 20, 25 leave 24 shares, given one each to
// the last 24 tranches (back loaded): the 2.08% months get 21, the 2.5% months 26.
TEST(OcfSamples, SixYearBackLoadedGivesLeftoverSharesToTheLastTranches) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "6-yr-option-back-loaded");
  auto s = evaluate_terms(terms, grant_of("2020-01-15", 1000));
  ASSERT_TRUE(s);
  ASSERT_EQ(s->tranches().size(), 49u);
  EXPECT_EQ(s->tranches()[0].shares, Amount(100));
  for (int i = 1; i <= 12; ++i) EXPECT_EQ(s->tranches()[i].shares, Amount(12)) << i;
  for (int i = 13; i <= 24; ++i) EXPECT_EQ(s->tranches()[i].shares, Amount(16)) << i;
  for (int i = 25; i <= 36; ++i) EXPECT_EQ(s->tranches()[i].shares, Amount(21)) << i;
  for (int i = 37; i <= 48; ++i) EXPECT_EQ(s->tranches()[i].shares, Amount(26)) << i;
}

// "20% of the options vest each time a sale is made ... prior to ... 4 years from vesting commencement."
TEST(OcfSamples, MultiTrancheEventsAreContingentUntilTheyOccur) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "multi-tranche-event-based");
  auto none = evaluate_terms(terms, grant_of("2020-01-01", 1000));
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->tranches().empty());
  ASSERT_EQ(none->contingent().size(), 1u);
  EXPECT_EQ(none->contingent()[0].shares, Amount(1000));
  EXPECT_EQ(none->contingent()[0].forfeited_on, day("2024-01-01"));  // 48 months after the start

  auto two = evaluate_terms(terms, grant_of("2020-01-01", 1000, {{"100k-sale-1", day("2021-03-15")},
                                                                  {"100k-sale-2", day("2022-06-01")}}));
  ASSERT_TRUE(two);
  EXPECT_EQ(table_of(*two), (Table{{"2021-03-15", "200"}, {"2022-06-01", "200"}}));
  ASSERT_EQ(two->contingent().size(), 1u);
  EXPECT_EQ(two->contingent()[0].shares, Amount(600));
  EXPECT_EQ(two->contingent()[0].forfeited_on, day("2024-01-01"));
}

TEST(OcfSamples, DoubleTriggerAccelerationVestsTheRemainder) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "multi-tranche-event-based");
  auto s = evaluate_terms(terms, grant_of("2020-01-01", 1000, {{"100k-sale-1", day("2021-03-15")},
                                                               {"double-trigger-acceleration", day("2023-01-01")}}));
  ASSERT_TRUE(s);
  EXPECT_EQ(table_of(*s), (Table{{"2021-03-15", "200"}, {"2023-01-01", "800"}}));
  EXPECT_TRUE(s->contingent().empty());
}

TEST(OcfSamples, ASaleAfterTheFourYearsVestsNothing) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "multi-tranche-event-based");
  auto s = evaluate_terms(terms, grant_of("2020-01-01", 1000, {{"100k-sale-1", day("2024-06-01")}}));
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->tranches().empty());
  ASSERT_EQ(s->contingent().size(), 1u);
  EXPECT_EQ(s->contingent()[0].forfeited_on, day("2024-01-01"));
  bool warned = false;
  for (const auto& d : s.diagnostics()) warned |= d.code == "ocf_event_not_on_path";
  EXPECT_TRUE(warned);
}

// "100% of the options vest on a security-specific date".
TEST(OcfSamples, CustomUpfrontVestsOnItsEvent) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "custom-vesting-100pct-upfront");
  auto s = evaluate_terms(terms, grant_of("2020-01-01", 750, {{"full-vesting", day("2020-02-01")}}));
  ASSERT_TRUE(s);
  EXPECT_EQ(table_of(*s), (Table{{"2020-02-01", "750"}}));
  auto pending = evaluate_terms(terms, grant_of("2020-01-01", 750));
  ASSERT_TRUE(pending);
  ASSERT_EQ(pending->contingent().size(), 1u);
  EXPECT_EQ(pending->contingent()[0].shares, Amount(750));
  EXPECT_FALSE(pending->contingent()[0].forfeited_on);
}

// "60% ... upon the FDA's acceptance ... on or before September 30, 2016 ...
// an additional 40% ... upon the closing of an Acquisition ... on or prior to March 31, 2017."
TEST(OcfSamples, PathDependentMilestones) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "path-dependent-milestone-vesting");
  auto none = evaluate_terms(terms, grant_of("2015-01-01", 1000));
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->tranches().empty());
  ASSERT_EQ(none->contingent().size(), 2u);
  EXPECT_EQ(none->contingent()[0].shares, Amount(600));
  EXPECT_EQ(none->contingent()[0].forfeited_on, day("2016-10-01"));
  EXPECT_EQ(none->contingent()[1].shares, Amount(400));
  EXPECT_EQ(none->contingent()[1].forfeited_on, day("2017-04-01"));

  auto both = evaluate_terms(terms, grant_of("2015-01-01", 1000, {{"qualified-fda-acceptance", day("2016-06-01")},
                                                                  {"qualified-acquisition", day("2017-02-01")}}));
  ASSERT_TRUE(both);
  EXPECT_EQ(table_of(*both), (Table{{"2016-06-01", "600"}, {"2017-02-01", "400"}}));

  auto late_fda = evaluate_terms(terms, grant_of("2015-01-01", 1000, {{"qualified-fda-acceptance", day("2016-11-01")}}));
  ASSERT_TRUE(late_fda);
  EXPECT_TRUE(late_fda->tranches().empty());
  EXPECT_EQ(project(*late_fda, day("2016-10-01")).forfeited, Amount(1000));

  auto late_sale = evaluate_terms(terms, grant_of("2015-01-01", 1000, {{"qualified-fda-acceptance", day("2016-06-01")},
                                                                       {"qualified-acquisition", day("2017-05-01")}}));
  ASSERT_TRUE(late_sale);
  EXPECT_EQ(table_of(*late_sale), (Table{{"2016-06-01", "600"}}));
  EXPECT_EQ(project(*late_sale, day("2017-04-01")).forfeited, Amount(400));
}

// Explainer example 1: 500 shares, the qualifying sale on 2022-07-14.
TEST(OcfSamples, AllOrNothing) {
  const auto terms = sample_terms("VestingTerms.example1.ocf.json", "all-or-nothing");
  auto s = evaluate_terms(terms, grant_of("2021-01-01", 500, {{"qualifying-sale", day("2022-07-14")}}));
  ASSERT_TRUE(s);
  EXPECT_EQ(table_of(*s), (Table{{"2022-07-14", "500"}}));
}

// Explainer example 2: three years from the start, or 2025-01-01, whichever comes first.
TEST(OcfSamples, AllOrNothingWithExpiration) {
  const auto terms = sample_terms("VestingTerms.example2.ocf.json", "all-or-nothing-with-expiration");
  auto early = evaluate_terms(terms, grant_of("2021-01-01", 500));
  ASSERT_TRUE(early);
  ASSERT_EQ(early->contingent().size(), 1u);
  EXPECT_EQ(early->contingent()[0].forfeited_on, day("2024-01-01"));
  auto late = evaluate_terms(terms, grant_of("2023-07-01", 500));
  ASSERT_TRUE(late);
  ASSERT_EQ(late->contingent().size(), 1u);
  EXPECT_EQ(late->contingent()[0].forfeited_on, day("2025-01-01"));
  auto sold = evaluate_terms(terms, grant_of("2021-01-01", 500, {{"qualifying-sale", day("2022-07-14")}}));
  ASSERT_TRUE(sold);
  EXPECT_EQ(table_of(*sold), (Table{{"2022-07-14", "500"}}));
}

TEST(OcfEvaluate, TheVestingStartCanBeGivenAsItsEvent) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "4yr-1yr-cliff-schedule");
  auto s = evaluate_terms(terms, grant_of("2021-01-01", 480, {{"vesting-start", day("2021-01-30")}}));
  ASSERT_TRUE(s);
  EXPECT_EQ(to_iso(s->tranches()[1].date), "2022-02-28");
}

TEST(OcfEvaluate, TranchesBeforeTheGrantVestOnTheGrantDate) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "4yr-1yr-cliff-schedule");
  OcfGrant g = grant_of("2022-06-01", 480);
  g.vesting_start = day("2021-01-30");
  auto s = evaluate_terms(terms, g);
  ASSERT_TRUE(s);
  EXPECT_EQ(to_iso(s->tranches()[0].date), "2022-01-30");
  EXPECT_EQ(to_iso(s->tranches()[0].vests_on), "2022-06-01");
  EXPECT_EQ(project(*s, day("2022-06-01")).vested, Amount(120 + 4 * 10));
}

TEST(OcfEvaluate, EventsMustNameAnEventCondition) {
  const auto terms = sample_terms("VestingTerms.ocf.json", "4yr-1yr-cliff-schedule");
  auto unknown = evaluate_terms(terms, grant_of("2021-01-01", 480, {{"nope", day("2022-01-01")}}));
  EXPECT_FALSE(unknown);
  auto scheduled = evaluate_terms(terms, grant_of("2021-01-01", 480, {{"cliff", day("2022-01-01")}}));
  EXPECT_FALSE(scheduled);
}

TEST(OcfEvaluate, ParsesEventArguments) {
  auto e = parse_event_argument("qualified-fda-acceptance:2016-06-01");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->first, "qualified-fda-acceptance");
  EXPECT_EQ(to_iso(e->second), "2016-06-01");
  EXPECT_FALSE(parse_event_argument("2016-06-01"));
  EXPECT_FALSE(parse_event_argument("x:2016-02-30"));
}

}  // namespace
}  // namespace vest::ocf
