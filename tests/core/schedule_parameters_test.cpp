#include "engine/core/schedule_parameters.hpp"

#include "engine/core/schedule.hpp"
#include "engine/core/timing_parameters.hpp"

#include <gtest/gtest.h>

namespace vest {
namespace {

ScheduleParameters four_year_option() {
  ScheduleParameters p;
  p.grant_date = "2020-01-01";
  p.shares = "48000";
  p.installments = 48;
  p.exercise_price = "1";
  return p;
}

bool mentions(const ReadParameters& r, const std::string& text) {
  for (const auto& p : r.problems)
    if (p.find(text) != std::string::npos) return true;
  return false;
}

TEST(ParsePeriodParameter, ReadsEachUnit) {
  EXPECT_EQ(parse_period_parameter("3m").period, Period::months(3));
  EXPECT_EQ(parse_period_parameter("1q").period, Period::quarters(1));
  EXPECT_EQ(parse_period_parameter("2w").period, Period::weeks(2));
  EXPECT_EQ(parse_period_parameter("90d").period, Period::days(90));
  EXPECT_EQ(parse_period_parameter("1000y").period, Period::years(1000));
}

TEST(ParsePeriodParameter, BeyondAThousandYearsIsARangeError) {
  for (const char* text : {"2147483647d", "100000y", "12001m", "4001q", "52179w", "365244d", "99999999999999999999d"}) {
    const auto p = parse_period_parameter(text);
    EXPECT_FALSE(p.period) << text;
    EXPECT_NE(p.reason.find("out of range"), std::string::npos) << text << ": " << p.reason;
  }
}

TEST(ParsePeriodParameter, RefusesWhatIsNotACountAndAUnit) {
  for (const char* text : {"", "m", "0m", "-3m", "3x", "3 m", "1.5y", "m3"}) EXPECT_FALSE(parse_period_parameter(text).period) << text;
}

TEST(ParsePortionParameter, ReadsPercentFractionSharesAndRest) {
  EXPECT_EQ(parse_portion_parameter("25%")->fraction, Fraction(1, 4));
  EXPECT_EQ(parse_portion_parameter("1/3")->fraction, Fraction(1, 3));
  EXPECT_EQ(parse_portion_parameter("1000")->kind, Portion::Kind::shares);
  EXPECT_EQ(parse_portion_parameter("rest")->kind, Portion::Kind::remainder);
  EXPECT_FALSE(parse_portion_parameter("1/0"));
  EXPECT_FALSE(parse_portion_parameter("a quarter"));
}

TEST(ReadScheduleParameters, WindowOverflowIsAProblemNamedBySpelling) {
  auto p = four_year_option();
  p.window = "2147483647d";
  const auto cli = read_schedule_parameters(p, ParameterSpelling::command_line);
  EXPECT_TRUE(mentions(cli, "--window: \"2147483647d\" is out of range")) << cli.problems.size();
  const auto python = read_schedule_parameters(p, ParameterSpelling::python);
  EXPECT_TRUE(mentions(python, "window: \"2147483647d\" is out of range"));
  EXPECT_FALSE(mentions(python, "--window"));
}

TEST(ReadScheduleParameters, AThousandYearWindowIsKept) {
  auto p = four_year_option();
  p.window = "1000y";
  const auto r = read_schedule_parameters(p, ParameterSpelling::python);
  ASSERT_TRUE(r.problems.empty()) << r.problems.front();
  ASSERT_TRUE(r.spec.option);
  EXPECT_EQ(r.spec.option->post_termination_window, Period::years(1000));
}

TEST(ReadScheduleParameters, CountsOutsideTheirRangeAreProblems) {
  auto p = four_year_option();
  p.installments = 5'301;
  EXPECT_TRUE(mentions(read_schedule_parameters(p, ParameterSpelling::python), "installments: 5301 is more than 5300"));
  p.installments = -5;
  const auto negative = read_schedule_parameters(p, ParameterSpelling::command_line);
  EXPECT_TRUE(mentions(negative, "--installments: -5 is negative"));
  EXPECT_FALSE(mentions(negative, "no vesting given"));
  p.installments = 12;
  p.cliff = 13;
  EXPECT_TRUE(mentions(read_schedule_parameters(p, ParameterSpelling::python), "cliff: 13 is more than the 12"));
  p.cliff = 0;
  p.first_step = 2;
  EXPECT_TRUE(mentions(read_schedule_parameters(p, ParameterSpelling::python), "first_step: must be 0 or 1"));
  p.first_step = 1;
  p.period = "5300000w";
  EXPECT_TRUE(mentions(read_schedule_parameters(p, ParameterSpelling::python), "period: \"5300000w\" is out of range"));
}

TEST(ReadScheduleParameters, ExercisedAloneMakesAnOptionThatTheFactoryChecks) {
  auto p = four_year_option();
  p.exercise_price.clear();
  p.exercised = "-5";
  const auto r = read_schedule_parameters(p, ParameterSpelling::python);
  ASSERT_TRUE(r.problems.empty());
  ASSERT_TRUE(r.spec.option);
  const auto built = build_schedule(r.spec);
  ASSERT_FALSE(built);
  EXPECT_EQ(built.diagnostics().front().code, "negative_exercised");
}

TEST(ReadScheduleParameters, AWindowWithoutAnOptionIsAProblem) {
  auto p = four_year_option();
  p.exercise_price.clear();
  p.window = "90d";
  EXPECT_TRUE(mentions(read_schedule_parameters(p, ParameterSpelling::python), "window: is an option term"));
}

TEST(ReadScheduleParameters, BuildsTheSeedOption) {
  ScheduleParameters p;
  p.grant_date = "2013-12-16";
  p.shares = "200000";
  p.lumps = {"2014-12-16:25%"};
  p.start = "2014-12-16";
  p.installments = 36;
  p.exercise_price = "2.91";
  p.accelerate = {"2016-01-01:50%"};
  const auto r = read_schedule_parameters(p, ParameterSpelling::command_line);
  ASSERT_TRUE(r.problems.empty()) << r.problems.front();
  EXPECT_EQ(r.spec.segments.size(), 2u);
  EXPECT_EQ(r.events.size(), 1u);
  const auto built = build_schedule(r.spec);
  ASSERT_TRUE(built);
  EXPECT_EQ(built->total(), Amount(200000));
}

TEST(ReadScheduleParameters, NoVestingIsAProblemUnlessGivenElsewhere) {
  ScheduleParameters p;
  p.grant_date = "2020-01-01";
  p.shares = "10";
  EXPECT_TRUE(mentions(read_schedule_parameters(p, ParameterSpelling::python), "no vesting given: use lumps, installments"));
  EXPECT_TRUE(read_schedule_parameters(p, ParameterSpelling::command_line, true).problems.empty());
}

// The statement-timing parameters (timing_parameters.hpp), which `vest
// schedule`'s --then, --double-trigger ... and vest.schedule's keywords share.
TEST(ReadScheduleParameters, DoubleTriggerHoldsTheInstallmentsUntilTheEvent) {
  ScheduleParameters p;
  p.grant_date = "2021-01-15";
  p.shares = "4800";
  p.installments = 48;
  p.double_trigger = "ipo";
  p.events = {"ipo:2022-06-30"};
  const auto r = read_schedule_parameters(p, ParameterSpelling::python);
  ASSERT_TRUE(r.problems.empty()) << r.problems.front();
  const auto built = build_schedule(r.spec);
  ASSERT_TRUE(built);
  ASSERT_EQ(built->tranches().size(), 32u);
  EXPECT_EQ(built->tranches()[0].vests_on, *parse_iso_date("2022-06-30"));
  EXPECT_EQ(built->tranches()[0].shares, Amount(1700));
  p.events.clear();  // no IPO yet: one contingent portion named by the event
  const auto pending = build_schedule(read_schedule_parameters(p, ParameterSpelling::python).spec);
  ASSERT_TRUE(pending);
  EXPECT_TRUE(pending->tranches().empty());
  EXPECT_EQ(pending->contingent_total(), Amount(4800));
}

TEST(ReadScheduleParameters, ThenStatementsStartWhereThePreviousEnded) {
  ScheduleParameters p;
  p.grant_date = "2021-01-31";
  p.shares = "4800";
  p.then = {"1x12m:25%", "36x1m"};
  const auto r = read_schedule_parameters(p, ParameterSpelling::command_line);
  ASSERT_TRUE(r.problems.empty()) << r.problems.front();
  ASSERT_EQ(r.spec.segments.size(), 2u);
  const auto built = build_schedule(r.spec);
  ASSERT_TRUE(built);
  ASSERT_EQ(built->tranches().size(), 37u);
  EXPECT_EQ(built->tranches()[0].date, *parse_iso_date("2022-01-31"));
  EXPECT_EQ(built->tranches()[1].date, *parse_iso_date("2022-02-28"));
  EXPECT_EQ(built->tranches()[36].date, *parse_iso_date("2025-01-31"));
}

TEST(ReadScheduleParameters, TimingProblemsAreNamedBySpelling) {
  ScheduleParameters p;
  p.grant_date = "2022-01-01";
  p.shares = "10";
  p.lumps = {"ipo"};
  p.events = {"cic:2023-01-01"};
  p.event_deadlines = {"ipo:2030-01-01", "ipo:2031-01-01"};
  p.anchor_event = "9pm";
  const auto cli = read_schedule_parameters(p, ParameterSpelling::command_line);
  EXPECT_TRUE(mentions(cli, "--event: no statement waits for event \"cic\"")) << cli.problems.size();
  EXPECT_TRUE(mentions(cli, "--event-deadline: \"ipo\" given twice"));
  EXPECT_TRUE(mentions(cli, "--anchor-event: \"9pm\" is not an event id"));
  const auto python = read_schedule_parameters(p, ParameterSpelling::python);
  EXPECT_TRUE(mentions(python, "events: no statement waits for event \"cic\""));
  EXPECT_TRUE(mentions(python, "event_deadlines: \"ipo\" given twice"));
  EXPECT_TRUE(mentions(python, "anchor_event: \"9pm\" is not an event id"));
}

TEST(ReadScheduleParameters, WhenOffsetsAndThenCountsKeepTheLimits) {
  ScheduleParameters p;
  p.grant_date = "2022-01-01";
  p.shares = "10";
  p.lumps = {"ipo+100000y"};
  p.then = {"5301x1m"};
  const auto r = read_schedule_parameters(p, ParameterSpelling::python);
  EXPECT_TRUE(mentions(r, "lumps: \"100000y\" is out of range"));
  EXPECT_TRUE(mentions(r, "then: \"5301x1m\" needs COUNTxPERIOD[:PORTION]"));
}

TEST(ReadVestingParameters, WithoutTimingTheEventsAreLeftToTheCaller) {
  ScheduleParameters p;
  p.grant_date = "2022-01-01";
  p.shares = "10";
  p.events = {"fda-approval:2023-01-01"};  // --ocf: an OCF condition, not a statement's event
  auto r = read_vesting_parameters(p, ParameterSpelling::command_line, /*timing=*/false);
  EXPECT_TRUE(r.problems.empty());
  finish_schedule_parameters(p, ParameterSpelling::command_line, /*vesting_given_elsewhere=*/true, r);
  EXPECT_TRUE(r.problems.empty());
}

TEST(ParseEventParameter, SplitsAtTheLastColon) {
  const auto e = parse_event_parameter("a:b:2023-01-01");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->first, "a:b");
  EXPECT_EQ(e->second, *parse_iso_date("2023-01-01"));
  EXPECT_FALSE(parse_event_parameter(":2023-01-01"));
  EXPECT_FALSE(parse_event_parameter("ipo:2023-02-30"));
  EXPECT_TRUE(is_event_id("fda.approval-2"));
  EXPECT_FALSE(is_event_id("9pm"));
}

}  // namespace
}  // namespace vest
