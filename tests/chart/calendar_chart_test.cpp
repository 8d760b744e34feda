#include "engine/chart/calendar_chart.hpp"
#include "engine/portfolio/load.hpp"

#include "tests/chart/svg_reader.hpp"
#include "tests/core/test_support.hpp"

namespace vest::chart {
namespace {

using testing::A;
using testing::D;

CalendarData two_issuers() {
  CalendarData d;
  d.unit = portfolio::CalendarUnit::quarter;
  d.buckets = {{D("2025-01-01"), D("2025-03-31")}, {D("2025-04-01"), D("2025-06-30")}, {D("2025-07-01"), D("2025-09-30")}};
  d.series = {{"Acme <Corp>", {A("1000"), A("0"), A("2500.5")}}, {"Globex", {A("3000"), A("1500"), A("0")}}};
  return d;
}

TEST(CalendarChart, BarsStackToTheBucketTotalsWithExactLabels) {
  testing::ParsedSvg svg(calendar_chart(two_issuers(), {}));
  const auto area = svg.one("plot-area");
  const double bottom = area.attribute("y").as_double() + area.attribute("height").as_double();
  const double height = area.attribute("height").as_double();
  const double max = area.attribute("data-max-shares").as_double();
  EXPECT_EQ(max, 4000);
  const auto segments = svg.by_class("bar-segment");
  ASSERT_EQ(segments.size(), 4u);  // zero segments are not drawn
  EXPECT_STREQ(segments[0].attribute("data-series").value(), "Acme <Corp>");
  EXPECT_STREQ(segments[0].attribute("data-shares").value(), "1000");
  EXPECT_STREQ(segments[3].attribute("data-shares").value(), "2500.5");
  EXPECT_STREQ(segments[3].child("title").text().get(), "2025 Q3: Acme <Corp> 2,500.5 shares");
  // The first bucket's stack: Acme from 0 to 1,000, Globex from 1,000 to 4,000.
  const auto acme = segments[0].child("rect"), globex = segments[1].child("rect");
  EXPECT_NEAR(acme.attribute("y").as_double() + acme.attribute("height").as_double(), bottom, 0.1);
  EXPECT_NEAR(acme.attribute("y").as_double(), bottom - height * 1000 / max, 0.1);
  EXPECT_NEAR(globex.attribute("y").as_double(), bottom - height, 0.1);
}

TEST(CalendarChart, LegendNamesEverySeriesAsText) {
  testing::ParsedSvg svg(calendar_chart(two_issuers(), {}));
  std::vector<std::string> names;
  for (const auto& t : svg.one("legend").children("text")) names.emplace_back(t.text().get());
  EXPECT_EQ(names, (std::vector<std::string>{"Acme <Corp>", "Globex"}));
}

TEST(BucketLabel, ReadsAsTheUnit) {
  EXPECT_EQ(bucket_label(D("2025-03-01"), portfolio::CalendarUnit::month), "2025-03");
  EXPECT_EQ(bucket_label(D("2025-07-01"), portfolio::CalendarUnit::quarter), "2025 Q3");
  EXPECT_EQ(bucket_label(D("2025-01-01"), portfolio::CalendarUnit::year), "2025");
}

TEST(CalendarData, FromAPortfolioCalendarKeepsExactSharesAndGroupsSmallIssuers) {
  portfolio::Loader loader;
  const std::string csv =
      "id,issuer,grant_date,shares,schedule\n"
      "a,A,2025-01-01,1000,all every 1m x4\n"
      "b,B,2025-01-01,47.5,all at +1m\n"
      "c,C,2025-01-01,10,all at +2m\n";
  ASSERT_TRUE(loader.load(csv, "book.csv", portfolio::InputFormat::csv));
  const portfolio::Portfolio p = std::move(loader).take();
  const auto cal = portfolio::vesting_calendar(p, portfolio::CalendarUnit::month, D("2025-01-01"), D("2025-06-30"), true, 1);
  const auto d = calendar_data(cal, p, portfolio::CalendarUnit::month, true, 2);
  ASSERT_EQ(d.series.size(), 2u);
  EXPECT_EQ(d.series[0].name, "A");
  EXPECT_EQ(d.series[1].name, "2 other issuers");
  EXPECT_EQ(d.series[1].shares[1].to_string(), "47.5");  // February: B's 47.5
  EXPECT_EQ(d.series[1].shares[2].to_string(), "10");
  EXPECT_EQ(d.series[0].shares[1].to_string(), "250");
}

}  // namespace
}  // namespace vest::chart
