// Portfolio rows whose schedule is OCF vesting terms (engine/portfolio/load.hpp: ocf_terms, ocf_events).
#include "engine/ocf/evaluate.hpp"
#include "engine/portfolio/load.hpp"
#include "engine/portfolio/portfolio.hpp"
#include "tests/ocf/test_terms.hpp"

#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace vest::ocf {
namespace {

std::int64_t vested_as_of(const portfolio::Portfolio& p, std::size_t i, const char* day) {
  return portfolio::AsOfQuery(p, testing::day(day)).at(i).vested / portfolio::kScale;
}

TEST(PortfolioOcf, RowsReadTermsByPathAndIdAndAgreeWithTheEvaluator) {
  const std::string csv =
      "id,grant_date,shares,ocf_terms,ocf_events\n"
      "a,2021-01-30,4800," + testing::kSamples + "VestingTerms.ocf.json#4yr-1yr-cliff-schedule,\n"
      "b,2020-01-01,1000," + testing::kSamples + "VestingTerms.ocf.json#multi-tranche-event-based,"
      "100k-sale-1:2021-03-15;double-trigger-acceleration:2023-01-01\n"
      "c,2021-01-01,500," + testing::kSamples + "VestingTerms.example1.ocf.json,qualifying-sale:2022-07-14\n"
      "d,2021-01-01,500," + testing::kSamples + "VestingTerms.ocf.json,\n"
      "e,2021-01-01,500," + testing::kSamples + "VestingTerms.ocf.json#nope,\n";
  portfolio::Loader loader;
  loader.load(csv, "book.csv", portfolio::InputFormat::csv);
  EXPECT_EQ(loader.report().loaded, 3u);
  EXPECT_EQ(loader.report().rejected, 2u);  // d: several terms, no id; e: no such id
  bool named_column = false;
  for (const auto& d : loader.report().diagnostics) named_column |= d.where.field == "ocf_terms";
  EXPECT_TRUE(named_column);
  const auto p = std::move(loader).take();
  ASSERT_EQ(p.size(), 3u);
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p.id(i) == "a") {
      EXPECT_EQ(vested_as_of(p, i, "2022-01-29"), 0);
      EXPECT_EQ(vested_as_of(p, i, "2022-02-28"), 1300);  // 1200 at the cliff, 100 on Feb 28
    } else if (p.id(i) == "b") {
      EXPECT_EQ(vested_as_of(p, i, "2022-12-31"), 200);
      EXPECT_EQ(vested_as_of(p, i, "2023-01-01"), 1000);
    } else {
      EXPECT_EQ(vested_as_of(p, i, "2022-07-13"), 0);
      EXPECT_EQ(vested_as_of(p, i, "2022-07-14"), 500);
    }
  }
}

}  // namespace
}  // namespace vest::ocf

namespace vest::ocf {
namespace {

// A double trigger whose event must occur within 84 months: while it has not,
// the whole grant awaits it and lapses on the deadline, which the portfolio's
// shapes cannot represent: refused (named), never counted as contingent forever.
// Once the event occurred the time vesting catches up and the row loads.
TEST(PortfolioOcf, DeadlinesOfStatementsAwaitingAnEventAreRefused) {
  char dir_template[] = "/tmp/vest-ocf-XXXXXX";
  const std::string dir = mkdtemp(dir_template);
  std::ofstream(dir + "/double.json") << R"({"id":"dt","object_type":"VESTING_TERMS","name":"n","description":"d",
 "allocation_type":"CUMULATIVE_ROUND_DOWN","vesting_conditions":[
 {"id":"start","quantity":"0","trigger":{"type":"VESTING_START_DATE"},"next_condition_ids":["expiry","ipo"]},
 {"id":"expiry","quantity":"0","trigger":{"type":"VESTING_SCHEDULE_RELATIVE",
  "period":{"length":84,"type":"MONTHS","occurrences":1,"day_of_month":"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"},
  "relative_to_condition_id":"start"},"next_condition_ids":[]},
 {"id":"ipo","quantity":"0","trigger":{"type":"VESTING_EVENT"},"next_condition_ids":["monthly"]},
 {"id":"monthly","portion":{"numerator":"1","denominator":"48"},"trigger":{"type":"VESTING_SCHEDULE_RELATIVE",
  "period":{"length":1,"type":"MONTHS","occurrences":48,"day_of_month":"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"},
  "relative_to_condition_id":"start"},"next_condition_ids":[]}]})";
  const std::string csv = "id,grant_date,shares,ocf_terms,ocf_events\n"
                          "waiting,2021-01-15,4800," + dir + "/double.json,\n"
                          "listed,2021-01-15,4800," + dir + "/double.json,ipo:2022-06-30\n";
  portfolio::Loader loader;
  loader.load(csv, "book.csv", portfolio::InputFormat::csv);
  EXPECT_EQ(loader.report().loaded, 1u);
  ASSERT_EQ(loader.report().rejected, 1u);
  bool named = false;
  for (const auto& d : loader.report().diagnostics) named |= d.code == "unsupported_ocf_terms";
  EXPECT_TRUE(named);
  const auto p = std::move(loader).take();
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(vested_as_of(p, 0, "2022-06-29"), 0);
  EXPECT_EQ(vested_as_of(p, 0, "2022-06-30"), 1700);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vest::ocf
