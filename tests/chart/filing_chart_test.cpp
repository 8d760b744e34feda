#include "engine/chart/filing_chart.hpp"

#include "engine/filings/reader.hpp"
#include "tests/chart/svg_reader.hpp"

#include <deque>

namespace vest::chart {
namespace {

TEST(FilingChart, OneSmallChartPerGrantOfTheSeeds) {
  std::deque<std::pair<filings::Filing, filings::FilingGrants>> read;
  filings::read_input(VEST_SHARED_DIR "/seeds", [&](Result<filings::Filing>&& r) {
    ASSERT_TRUE(r);
    auto grants = filings::extract_grants(r.value(), rules::interpret);
    read.emplace_back(std::move(r).value(), std::move(grants));
  });
  std::vector<FilingPanel> panels;
  for (const auto& [f, g] : read)
    for (auto& p : filing_panels(f, g, true)) panels.push_back(std::move(p));
  ASSERT_EQ(panels.size(), 3u);
  FilingChartOptions o;
  o.title = "seeds";
  o.as_of = parse_iso_date("2015-06-30");
  testing::ParsedSvg svg(filing_chart(panels, o));
  EXPECT_EQ(svg.by_class("panel").size(), 3u);
  EXPECT_EQ(svg.by_class("plot-area").size(), 3u);
  std::vector<std::string> vested;
  for (const auto& line : svg.by_class("as-of")) vested.emplace_back(line.attribute("data-vested").value());
  EXPECT_EQ(vested, (std::vector<std::string>{"58824", "75000", "75000"}));
  EXPECT_EQ(svg.by_class("tranche").size(), 2u + 7u + 37u);
}

TEST(FilingChart, AGrantWithoutAScheduleSaysWhy) {
  FilingPanel p;
  p.title = "Common Stock";
  p.why_not = "unrecognized: no schedule";
  testing::ParsedSvg svg(filing_chart(std::vector<FilingPanel>{p}, {}));
  EXPECT_STREQ(svg.one("no-schedule").text().get(), "unrecognized: no schedule");
}

}  // namespace
}  // namespace vest::chart
