// Portfolio rows whose schedule is OCF vesting terms (engine/portfolio/load.hpp: ocf_terms, ocf_events).
#include "engine/ocf/evaluate.hpp"
#include "engine/portfolio/load.hpp"
#include "engine/portfolio/portfolio.hpp"
#include "tests/ocf/test_terms.hpp"

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
