// engine/core/timing.hpp: statements that start on an event, wait for one
// (double trigger), start on the earlier or later of several days, or start
// where the previous statement ended. Every table is written by hand.
#include "engine/core/timing.hpp"

#include "engine/core/projection.hpp"
#include "engine/core/schedule.hpp"
#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

namespace vest {
namespace {

using testing::A;
using testing::D;
using testing::has_code;
using testing::installments;
using testing::lump;
using testing::must;
using testing::TranchesAre;

ScheduleEvent event(std::string id, std::optional<Date> occurred = std::nullopt, std::optional<Date> deadline = std::nullopt) {
  return {id, id == "ipo" ? "initial public offering" : "", occurred, deadline};
}

// 4800 shares: 48 monthly installments from the event's day, the first 12 paid at a one-year cliff.
ScheduleSpec anchored_on_ipo(std::optional<Date> ipo) {
  ScheduleSpec spec;
  spec.total_shares = A("4800");
  Segment s = installments(D("1900-01-01"), Period::months(1), 48, Portion::all(), 12);
  s.starts = DayRule::of(DayTerm::on_event("ipo"));
  spec.segments = {s};
  spec.events = {event("ipo", ipo)};
  return spec;
}

TEST(AnchoredOnEvent, CountsFromAMonthEndEventDay) {
  const Schedule s = must(build_schedule(anchored_on_ipo(D("2022-01-31"))));
  ASSERT_EQ(s.tranches().size(), 37u);
  const auto t = s.tranches();
  EXPECT_EQ(to_iso(t[0].date), "2023-01-31");
  EXPECT_EQ(t[0].shares, A("1200"));
  EXPECT_EQ(to_iso(t[1].date), "2023-02-28");  // anchored: back to the 31st after February
  EXPECT_EQ(to_iso(t[2].date), "2023-03-31");
  EXPECT_EQ(to_iso(t[3].date), "2023-04-30");
  EXPECT_EQ(to_iso(t[36].date), "2026-01-31");
  EXPECT_EQ(t[36].shares, A("100"));
  EXPECT_TRUE(s.contingent().empty());
}

TEST(AnchoredOnEvent, IsOneContingentPortionUntilTheEventOccurs) {
  const Schedule s = must(build_schedule(anchored_on_ipo(std::nullopt)));
  EXPECT_TRUE(s.tranches().empty());
  ASSERT_EQ(s.contingent().size(), 1u);
  EXPECT_EQ(s.contingent()[0].shares, A("4800"));
  EXPECT_EQ(s.contingent()[0].condition, "initial public offering");
  EXPECT_FALSE(s.contingent()[0].forfeited_on);
  EXPECT_EQ(project(s, D("2030-01-01")).contingent, A("4800"));
}

TEST(AnchoredOnEvent, LeapDayEventYearlyInstallments) {
  ScheduleSpec spec;
  spec.total_shares = A("4000");
  Segment s = installments(D("1900-01-01"), Period::years(1), 4);
  s.starts = DayRule::of(DayTerm::on_event("hire"));
  spec.segments = {s};
  spec.events = {event("hire", D("2024-02-29"))};
  EXPECT_TRUE(TranchesAre(must(build_schedule(spec)), {{"2025-02-28", "1000"},
                                                       {"2026-02-28", "1000"},
                                                       {"2027-02-28", "1000"},
                                                       {"2028-02-29", "1000"}}));
}

TEST(AnchoredOnEvent, OffsetAfterTheEvent) {
  // "50% six months after the IPO, 50% a year after it".
  ScheduleSpec spec;
  spec.total_shares = A("1000");
  Segment a = lump(D("1900-01-01"), Portion::of_grant(Fraction(1, 2)));
  a.starts = DayRule::of(DayTerm::on_event("ipo").plus(6, 0));
  Segment b = lump(D("1900-01-01"), Portion::remainder());
  b.starts = DayRule::of(DayTerm::on_event("ipo").plus(12, 0));
  spec.segments = {a, b};
  spec.events = {event("ipo", D("2023-08-31"))};
  EXPECT_TRUE(TranchesAre(must(build_schedule(spec)), {{"2024-02-29", "500"}, {"2024-08-31", "500"}}));
}

// 4800 shares, 48 monthly installments from 2021-01-15, held until an IPO.
ScheduleSpec double_trigger(std::optional<Date> ipo, std::optional<Date> deadline = std::nullopt) {
  ScheduleSpec spec;
  spec.total_shares = A("4800");
  Segment s = installments(D("2021-01-15"), Period::months(1), 48);
  s.held_until = DayRule::of(DayTerm::on_event("ipo"));
  spec.segments = {s};
  spec.events = {event("ipo", ipo, deadline)};
  return spec;
}

TEST(DoubleTrigger, InstallmentsDueBeforeTheEventCatchUpOnIt) {
  const Schedule s = must(build_schedule(double_trigger(D("2022-06-30"))));
  // 2021-02-15 .. 2022-06-15 are installments 1..17.
  ASSERT_EQ(s.tranches().size(), 32u);
  EXPECT_EQ(to_iso(s.tranches()[0].date), "2022-06-30");
  EXPECT_EQ(s.tranches()[0].shares, A("1700"));
  EXPECT_EQ(to_iso(s.tranches()[1].date), "2022-07-15");
  EXPECT_EQ(s.tranches()[1].shares, A("100"));
  EXPECT_EQ(to_iso(s.tranches()[31].date), "2025-01-15");
  EXPECT_EQ(project(s, D("2022-06-29")).vested, A("0"));
  EXPECT_EQ(project(s, D("2022-06-30")).vested, A("1700"));
}

TEST(DoubleTrigger, AnEventBeforeTheTimeVestingChangesNothing) {
  const Schedule held = must(build_schedule(double_trigger(D("2021-01-20"))));
  ScheduleSpec plain_spec = double_trigger(std::nullopt);
  plain_spec.segments[0].held_until.reset();
  const Schedule plain = must(build_schedule(plain_spec));
  ASSERT_EQ(held.tranches().size(), 48u);
  for (std::size_t i = 0; i < 48; ++i) {
    EXPECT_EQ(held.tranches()[i].date, plain.tranches()[i].date) << i;
    EXPECT_EQ(held.tranches()[i].shares, plain.tranches()[i].shares) << i;
  }
}

TEST(DoubleTrigger, AnEventAfterTheTimeVestingVestsEverythingOnIt) {
  EXPECT_TRUE(TranchesAre(must(build_schedule(double_trigger(D("2026-03-01")))), {{"2026-03-01", "4800"}}));
}

TEST(DoubleTrigger, NoEventIsContingentAndLapsesOnItsDeadline) {
  const Schedule s = must(build_schedule(double_trigger(std::nullopt, D("2028-01-15"))));
  EXPECT_TRUE(s.tranches().empty());
  ASSERT_EQ(s.contingent().size(), 1u);
  EXPECT_EQ(s.contingent()[0].shares, A("4800"));
  EXPECT_EQ(s.contingent()[0].forfeited_on, D("2028-01-15"));
  EXPECT_EQ(project(s, D("2028-01-14")).contingent, A("4800"));
  EXPECT_EQ(project(s, D("2028-01-15")).forfeited, A("4800"));
}

TEST(DoubleTrigger, AnEventAfterItsDeadlineCountsAsNotOccurred) {
  const auto r = build_schedule(double_trigger(D("2028-02-01"), D("2028-01-15")));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has_code(r.diagnostics(), "event_after_deadline"));
  EXPECT_TRUE(r->tranches().empty());
  ASSERT_EQ(r->contingent().size(), 1u);
  EXPECT_EQ(r->contingent()[0].forfeited_on, D("2028-01-15"));
}

TEST(DoubleTrigger, RoundsCumulativelyAcrossTheHeldTranche) {
  ScheduleSpec spec;
  spec.total_shares = A("1000");
  Segment s = installments(D("2021-01-01"), Period::months(1), 3);
  s.held_until = DayRule::of(DayTerm::on(D("2021-02-15")));
  spec.segments = {s};
  EXPECT_TRUE(TranchesAre(must(build_schedule(spec)), {{"2021-02-15", "333"}, {"2021-03-01", "333"}, {"2021-04-01", "334"}}));
}

// "100% on the earlier of January 1, 2026 and a change in control".
ScheduleSpec earlier_of_cic(std::optional<Date> cic) {
  ScheduleSpec spec;
  spec.total_shares = A("900");
  Segment s = lump(D("1900-01-01"));
  s.starts = DayRule::earlier_of({DayTerm::on(D("2026-01-01")), DayTerm::on_event("cic")});
  spec.segments = {s};
  spec.events = {event("cic", cic)};
  return spec;
}

TEST(EarlierOf, AnEarlierEventWins) {
  EXPECT_TRUE(TranchesAre(must(build_schedule(earlier_of_cic(D("2025-03-10")))), {{"2025-03-10", "900"}}));
  EXPECT_TRUE(TranchesAre(must(build_schedule(earlier_of_cic(D("2026-05-01")))), {{"2026-01-01", "900"}}));
}

TEST(EarlierOf, AnEventNotOccurredLeavesTheDateAndSaysSo) {
  const Schedule s = must(build_schedule(earlier_of_cic(std::nullopt)));
  EXPECT_TRUE(TranchesAre(s, {{"2026-01-01", "900"}}));
  ASSERT_EQ(s.conditions().size(), 1u);
  EXPECT_EQ(s.conditions()[0].kind, "earlier_of_event");
}

TEST(LaterOf, WaitsForEveryTerm) {
  ScheduleSpec spec = earlier_of_cic(D("2025-03-10"));
  spec.segments[0].starts->pick = DayRule::Pick::later_of;
  EXPECT_TRUE(TranchesAre(must(build_schedule(spec)), {{"2026-01-01", "900"}}));
  spec.events[0].occurred = D("2026-05-05");
  EXPECT_TRUE(TranchesAre(must(build_schedule(spec)), {{"2026-05-05", "900"}}));
  spec.events[0].occurred.reset();
  const Schedule waiting = must(build_schedule(spec));
  EXPECT_TRUE(waiting.tranches().empty());
  ASSERT_EQ(waiting.contingent().size(), 1u);
  EXPECT_EQ(waiting.contingent()[0].condition, "cic");
}

TEST(LaterOf, InstallmentsStartOnTheLaterOfTwoDates) {
  ScheduleSpec spec;
  spec.total_shares = A("300");
  Segment s = installments(D("1900-01-01"), Period::months(1), 3);
  s.starts = DayRule::later_of({DayTerm::on(D("2024-01-31")), DayTerm::on(D("2023-12-15"))});
  spec.segments = {s};
  EXPECT_TRUE(TranchesAre(must(build_schedule(spec)), {{"2024-02-29", "100"}, {"2024-03-31", "100"}, {"2024-04-30", "100"}}));
}

// 25% a year after 2021-01-31, then 36 monthly installments from there.
ScheduleSpec chained(const std::optional<DayRule>& first_starts = std::nullopt) {
  ScheduleSpec spec;
  spec.total_shares = A("4800");
  Segment cliff = installments(D("2021-01-31"), Period::months(12), 1, Portion::of_grant(Fraction(1, 4)));
  cliff.starts = first_starts;
  Segment monthly = installments(D("1900-01-01"), Period::months(1), 36, Portion::remainder());
  monthly.starts = DayRule::of(DayTerm::end_of(0));
  spec.segments = {cliff, monthly};
  return spec;
}

TEST(Chained, EachStatementStartsWhereThePreviousEnded) {
  const Schedule s = must(build_schedule(chained()));
  ASSERT_EQ(s.tranches().size(), 37u);
  EXPECT_TRUE(TranchesAre(must(build_schedule([] {
                auto spec = chained();
                std::get<InstallmentSegment>(spec.segments[1].shape).count = 3;
                spec.total_shares = A("1500");
                return spec;
              }())),
              {{"2022-01-31", "375"}, {"2022-02-28", "375"}, {"2022-03-31", "375"}, {"2022-04-30", "375"}}));
  EXPECT_EQ(to_iso(s.tranches()[0].date), "2022-01-31");
  EXPECT_EQ(s.tranches()[0].shares, A("1200"));
  EXPECT_EQ(to_iso(s.tranches()[36].date), "2025-01-31");
}

TEST(Chained, AChainAfterAnEventNotOccurredAwaitsItWhole) {
  ScheduleSpec spec = chained(DayRule::of(DayTerm::on_event("ipo")));
  spec.events = {event("ipo")};
  const Schedule s = must(build_schedule(spec));
  EXPECT_TRUE(s.tranches().empty());
  ASSERT_EQ(s.contingent().size(), 2u);  // a fraction and "the remainder" do not add up before allocation
  EXPECT_EQ(s.contingent()[0].shares + s.contingent()[1].shares, A("4800"));
  spec.events[0].occurred = D("2021-01-31");
  EXPECT_EQ(to_iso(must(build_schedule(spec)).tranches()[1].date), "2022-02-28");
}

TEST(Timing, ErrorsNameTheProblem) {
  ScheduleSpec unknown = anchored_on_ipo(D("2022-01-31"));
  unknown.events.clear();
  EXPECT_TRUE(has_code(build_schedule(unknown).diagnostics(), "unknown_event"));
  ScheduleSpec order = chained();
  order.segments[0].starts = DayRule::of(DayTerm::end_of(1));
  EXPECT_TRUE(has_code(build_schedule(order).diagnostics(), "segment_order"));
  ScheduleSpec list;
  list.total_shares = A("10");
  Segment dl{DateListSegment{{D("2024-01-01")}}, Portion::all(), {}};
  dl.starts = DayRule::of(DayTerm::on(D("2024-01-01")));
  list.segments = {dl};
  EXPECT_TRUE(has_code(build_schedule(list).diagnostics(), "starts_not_applicable"));
  ScheduleSpec empty_rule = anchored_on_ipo(D("2022-01-31"));
  empty_rule.segments[0].starts = DayRule{DayRule::Pick::earlier_of, {}};
  EXPECT_TRUE(has_code(build_schedule(empty_rule).diagnostics(), "invalid_day_rule"));
}

TEST(Timing, AScheduleWithoutDayRulesIsUntouched) {
  EXPECT_FALSE(has_timing(testing::seed_option_spec()));
  EXPECT_TRUE(has_timing(anchored_on_ipo(std::nullopt)));
}

}  // namespace
}  // namespace vest
