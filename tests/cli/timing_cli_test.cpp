// `vest schedule` statements that wait for events or for each other:
// --anchor-event, --double-trigger, --earlier-of / --later-of, --then,
// --event, --event-deadline and day expressions in --start / --lump.
#include "run_command.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using vest::testing::run_vest;

namespace {

nlohmann::json schedule_json(const std::string& args) {
  const auto r = run_vest("schedule " + args + " --format json");
  EXPECT_EQ(r.status, 0) << r.err;
  return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
}

TEST(VestScheduleTiming, ThenChainsStatements) {
  const auto j = schedule_json("--grant-date 2021-01-31 --shares 4800 --then 1x12m:25% --then 36x1m:rest");
  const auto& t = j["tranches"];
  ASSERT_EQ(t.size(), 37u);
  EXPECT_EQ(t[0]["date"], "2022-01-31");
  EXPECT_EQ(t[0]["shares"], 1200);
  EXPECT_EQ(t[1]["date"], "2022-02-28");
  EXPECT_EQ(t[2]["date"], "2022-03-31");
  EXPECT_EQ(t[36]["date"], "2025-01-31");
}

TEST(VestScheduleTiming, AnchorEventCountsFromTheEventOrIsContingent) {
  const std::string base = "--grant-date 2021-01-31 --shares 4800 --anchor-event ipo --installments 48 --cliff 12";
  const auto occurred = schedule_json(base + " --event ipo:2022-01-31 --as-of 2023-06-30");
  ASSERT_EQ(occurred["tranches"].size(), 37u);
  EXPECT_EQ(occurred["tranches"][0]["date"], "2023-01-31");
  EXPECT_EQ(occurred["tranches"][0]["shares"], 1200);
  EXPECT_EQ(occurred["as_of"]["vested"], 1700);  // the cliff and 2023-02-28 .. 2023-06-30
  const auto pending = schedule_json(base);
  EXPECT_TRUE(pending["tranches"].empty());
  ASSERT_EQ(pending["contingent"].size(), 1u);
  EXPECT_EQ(pending["contingent"][0]["shares"], 4800);
  EXPECT_EQ(pending["contingent"][0]["condition"].get<std::string>(), "ipo");
}

TEST(VestScheduleTiming, DoubleTriggerHoldsTimeVestingUntilTheEvent) {
  const std::string base = "--grant-date 2021-01-15 --shares 4800 --installments 48 --double-trigger ipo";
  const auto held = schedule_json(base + " --event ipo:2022-06-30");
  ASSERT_EQ(held["tranches"].size(), 32u);
  EXPECT_EQ(held["tranches"][0]["date"], "2022-06-30");
  EXPECT_EQ(held["tranches"][0]["shares"], 1700);
  EXPECT_EQ(held["tranches"][1]["date"], "2022-07-15");
  const auto lapsed = schedule_json(base + " --event-deadline ipo:2028-01-15 --as-of 2028-01-15");
  EXPECT_TRUE(lapsed["tranches"].empty());
  EXPECT_EQ(lapsed["as_of"]["forfeited"], 4800);
}

TEST(VestScheduleTiming, EarlierOfAndLaterOf) {
  const auto earlier = schedule_json("--grant-date 2022-01-01 --shares 900 --lump 'earlier-of(2026-01-01,cic)' --event cic:2025-03-10");
  ASSERT_EQ(earlier["tranches"].size(), 1u);
  EXPECT_EQ(earlier["tranches"][0]["date"], "2025-03-10");
  const auto later = schedule_json("--grant-date 2022-01-01 --shares 900 --lump 'later-of(2026-01-01,cic)' --event cic:2025-03-10");
  EXPECT_EQ(later["tranches"][0]["date"], "2026-01-01");
  const auto start = schedule_json("--grant-date 2022-01-01 --shares 300 --later-of 2024-01-31,2023-12-15 --installments 3");
  ASSERT_EQ(start["tranches"].size(), 3u);
  EXPECT_EQ(start["tranches"][0]["date"], "2024-02-29");
  const auto offset = schedule_json("--grant-date 2022-01-01 --shares 10 --lump ipo+6m --event ipo:2023-08-31");
  EXPECT_EQ(offset["tranches"][0]["date"], "2024-02-29");
}

TEST(VestScheduleTiming, BadTimingOptionsAreUsageErrorsNamingTheOption) {
  auto r = run_vest("schedule --grant-date 2022-01-01 --shares 10 --lump ipo --event cic:2023-01-01");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--event: no statement waits for event \"cic\""), std::string::npos) << r.err;
  r = run_vest("schedule --grant-date 2022-01-01 --shares 10 --then 12m");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--then"), std::string::npos) << r.err;
  r = run_vest("schedule --grant-date 2022-01-01 --shares 10 --lump 'earlier-of(2026-01-01,9x)'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("neither a YYYY-MM-DD date nor an event id"), std::string::npos) << r.err;
  r = run_vest("schedule --grant-date 2022-01-01 --shares 10 --installments 4 --anchor-event ipo --start 2022-02-01");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("give one"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(VestScheduleTiming, HelpListsTheTimingOptions) {
  const auto r = run_vest("schedule --help");
  for (const char* flag : {"--anchor-event", "--double-trigger", "--earlier-of", "--later-of", "--then", "--event-deadline"})
    EXPECT_NE(r.out.find(flag), std::string::npos) << flag;
}

}  // namespace
