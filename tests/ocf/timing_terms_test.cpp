// OCF constructs that map onto core's statement timing (engine/core/timing.hpp):
// a schedule anchored on an event, a vesting start that is itself an event, a
// double trigger, EARLIER OF alternatives and chained relative statements.
// The terms are written by hand below; so are the expected tables.
#include "tests/ocf/test_terms.hpp"

#include "engine/core/projection.hpp"

#include <gtest/gtest.h>

namespace vest::ocf {
namespace {

using testing::day;
using testing::grant_of;
using testing::Table;
using testing::table_of;

VestingTerms terms_of(const std::string& conditions) {
  const std::string text =
      R"({"id":"t","object_type":"VESTING_TERMS","name":"n","description":"d","allocation_type":"CUMULATIVE_ROUND_DOWN",)"
      R"("vesting_conditions":)" + conditions + "}";
  auto all = read_vesting_terms_text(text, "inline");
  if (!all) {
    for (const auto& d : all.diagnostics()) ADD_FAILURE() << format(d);
    return {};
  }
  return all->front();
}

// Start -> IPO (event) -> 12-month cliff from the IPO -> 36 monthly from the cliff.
const char* kAnchoredOnIpo = R"([
 {"id":"start","quantity":"0","trigger":{"type":"VESTING_START_DATE"},"next_condition_ids":["ipo"]},
 {"id":"ipo","description":"initial public offering","quantity":"0","trigger":{"type":"VESTING_EVENT"},"next_condition_ids":["cliff"]},
 {"id":"cliff","portion":{"numerator":"12","denominator":"48"},"trigger":{"type":"VESTING_SCHEDULE_RELATIVE",
  "period":{"length":12,"type":"MONTHS","occurrences":1,"day_of_month":"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"},
  "relative_to_condition_id":"ipo"},"next_condition_ids":["monthly"]},
 {"id":"monthly","portion":{"numerator":"1","denominator":"48"},"trigger":{"type":"VESTING_SCHEDULE_RELATIVE",
  "period":{"length":1,"type":"MONTHS","occurrences":36,"day_of_month":"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"},
  "relative_to_condition_id":"cliff"},"next_condition_ids":[]}])";

TEST(OcfTiming, AScheduleAnchoredOnAnEventCountsFromItsDay) {
  const auto terms = terms_of(kAnchoredOnIpo);
  auto s = evaluate_terms(terms, grant_of("2021-01-01", 4800, {{"ipo", day("2022-01-31")}}));
  ASSERT_TRUE(s);
  ASSERT_EQ(s->tranches().size(), 37u);
  const Table t = table_of(*s);
  EXPECT_EQ(t[0], (std::pair<std::string, std::string>{"2023-01-31", "1200"}));
  EXPECT_EQ(t[1], (std::pair<std::string, std::string>{"2023-02-28", "100"}));
  EXPECT_EQ(t[2], (std::pair<std::string, std::string>{"2023-03-31", "100"}));
  EXPECT_EQ(t[36], (std::pair<std::string, std::string>{"2026-01-31", "100"}));
}

TEST(OcfTiming, BeforeTheEventTheWholeScheduleAwaitsIt) {
  const auto terms = terms_of(kAnchoredOnIpo);
  auto spec = terms_to_spec(terms, grant_of("2021-01-01", 4800));
  ASSERT_TRUE(spec);
  bool anchored = false;  // the reader wrote core day rules, not its own contingent portion
  for (const auto& seg : spec->segments) anchored |= seg.starts.has_value();
  EXPECT_TRUE(anchored);
  auto s = evaluate_terms(terms, grant_of("2021-01-01", 4800));
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->tranches().empty());
  ASSERT_EQ(s->contingent().size(), 1u);
  EXPECT_EQ(s->contingent()[0].shares, Amount(4800));
  EXPECT_EQ(s->contingent()[0].condition, "initial public offering");
}

// The 4-year / 1-year cliff sample's shape with the vesting start an event not yet occurred.
TEST(OcfTiming, AVestingStartThatHasNotOccurred) {
  const auto terms = testing::sample_terms("VestingTerms.ocf.json", "4yr-1yr-cliff-schedule");
  OcfGrant g = grant_of("2021-01-01", 4800);
  g.vesting_start_pending = true;
  auto s = evaluate_terms(terms, g);
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->tranches().empty());
  ASSERT_EQ(s->contingent().size(), 1u);
  EXPECT_EQ(s->contingent()[0].shares, Amount(4800));
  // Once it occurs (TX_VESTING_START), on a leap day:
  auto started = evaluate_terms(terms, grant_of("2023-01-01", 4800, {{"vesting-start", day("2024-02-29")}}));
  ASSERT_TRUE(started);
  EXPECT_EQ(table_of(*started)[0], (std::pair<std::string, std::string>{"2025-02-28", "1200"}));
  EXPECT_EQ(table_of(*started)[1], (std::pair<std::string, std::string>{"2025-03-29", "100"}));
}

// Double trigger: start -> [deadline 84 months, ipo]; ipo -> 48 monthly counting from the start.
const char* kDoubleTrigger = R"([
 {"id":"start","quantity":"0","trigger":{"type":"VESTING_START_DATE"},"next_condition_ids":["expiry","ipo"]},
 {"id":"expiry","quantity":"0","trigger":{"type":"VESTING_SCHEDULE_RELATIVE",
  "period":{"length":84,"type":"MONTHS","occurrences":1,"day_of_month":"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"},
  "relative_to_condition_id":"start"},"next_condition_ids":[]},
 {"id":"ipo","description":"liquidity event","quantity":"0","trigger":{"type":"VESTING_EVENT"},"next_condition_ids":["monthly"]},
 {"id":"monthly","portion":{"numerator":"1","denominator":"48"},"trigger":{"type":"VESTING_SCHEDULE_RELATIVE",
  "period":{"length":1,"type":"MONTHS","occurrences":48,"day_of_month":"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"},
  "relative_to_condition_id":"start"},"next_condition_ids":[]}])";

TEST(OcfTiming, DoubleTriggerCatchesUpOnTheEvent) {
  const auto terms = terms_of(kDoubleTrigger);
  auto s = evaluate_terms(terms, grant_of("2021-01-15", 4800, {{"ipo", day("2022-06-30")}}));
  ASSERT_TRUE(s);
  const Table t = table_of(*s);
  ASSERT_EQ(t.size(), 32u);  // 17 installments due by 2022-06-15 vest on the IPO, then 31 monthly
  EXPECT_EQ(t[0], (std::pair<std::string, std::string>{"2022-06-30", "1700"}));
  EXPECT_EQ(t[1], (std::pair<std::string, std::string>{"2022-07-15", "100"}));
  EXPECT_EQ(t[31], (std::pair<std::string, std::string>{"2025-01-15", "100"}));
}

TEST(OcfTiming, DoubleTriggerWithAnEarlyEventIsPlainTimeVesting) {
  const auto terms = terms_of(kDoubleTrigger);
  auto s = evaluate_terms(terms, grant_of("2021-01-15", 4800, {{"ipo", day("2021-01-20")}}));
  ASSERT_TRUE(s);
  ASSERT_EQ(s->tranches().size(), 48u);
  EXPECT_EQ(table_of(*s)[0], (std::pair<std::string, std::string>{"2021-02-15", "100"}));
}

TEST(OcfTiming, DoubleTriggerWithoutTheEventAwaitsItUntilTheDeadline) {
  const auto terms = terms_of(kDoubleTrigger);
  auto s = evaluate_terms(terms, grant_of("2021-01-15", 4800));
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->tranches().empty());
  ASSERT_EQ(s->contingent().size(), 1u);
  EXPECT_EQ(s->contingent()[0].shares, Amount(4800));
  EXPECT_EQ(s->contingent()[0].condition, "liquidity event");
  EXPECT_EQ(s->contingent()[0].forfeited_on, day("2028-01-15"));
  EXPECT_EQ(project(*s, day("2028-01-15")).forfeited, Amount(4800));
}

// EARLIER OF: all on 2026-01-01 or on a change in control, whichever comes first.
const char* kEarlierOf = R"([
 {"id":"start","quantity":"0","trigger":{"type":"VESTING_START_DATE"},"next_condition_ids":["date","cic"]},
 {"id":"date","portion":{"numerator":"1","denominator":"1"},"trigger":{"type":"VESTING_SCHEDULE_ABSOLUTE","date":"2026-01-01"},"next_condition_ids":[]},
 {"id":"cic","portion":{"numerator":"1","denominator":"1"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]}])";

TEST(OcfTiming, EarlierOfADateAndAnEvent) {
  const auto terms = terms_of(kEarlierOf);
  auto early = evaluate_terms(terms, grant_of("2022-01-01", 900, {{"cic", day("2025-03-10")}}));
  ASSERT_TRUE(early);
  EXPECT_EQ(table_of(*early), (Table{{"2025-03-10", "900"}}));
  auto none = evaluate_terms(terms, grant_of("2022-01-01", 900));
  ASSERT_TRUE(none);
  EXPECT_EQ(table_of(*none), (Table{{"2026-01-01", "900"}}));
  EXPECT_FALSE(none->conditions().empty());  // the change in control could still come first
}

// Chained relative statements: 25% a year after a month-end start, then 36 monthly from there.
TEST(OcfTiming, ChainedStatementsStartWhereThePreviousEnded) {
  const auto terms = terms_of(R"([
 {"id":"start","quantity":"0","trigger":{"type":"VESTING_START_DATE"},"next_condition_ids":["cliff"]},
 {"id":"cliff","portion":{"numerator":"1","denominator":"4"},"trigger":{"type":"VESTING_SCHEDULE_RELATIVE",
  "period":{"length":12,"type":"MONTHS","occurrences":1,"day_of_month":"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"},
  "relative_to_condition_id":"start"},"next_condition_ids":["monthly"]},
 {"id":"monthly","portion":{"numerator":"1","denominator":"48"},"trigger":{"type":"VESTING_SCHEDULE_RELATIVE",
  "period":{"length":1,"type":"MONTHS","occurrences":36,"day_of_month":"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"},
  "relative_to_condition_id":"cliff"},"next_condition_ids":[]}])");
  auto s = evaluate_terms(terms, grant_of("2021-01-31", 4800));
  ASSERT_TRUE(s);
  const Table t = table_of(*s);
  ASSERT_EQ(t.size(), 37u);
  EXPECT_EQ(t[0], (std::pair<std::string, std::string>{"2022-01-31", "1200"}));
  EXPECT_EQ(t[1], (std::pair<std::string, std::string>{"2022-02-28", "100"}));
  EXPECT_EQ(t[2], (std::pair<std::string, std::string>{"2022-03-31", "100"}));
  EXPECT_EQ(t[36], (std::pair<std::string, std::string>{"2025-01-31", "100"}));
}

}  // namespace
}  // namespace vest::ocf
