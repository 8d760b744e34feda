#include "engine/chart/grant_chart.hpp"

#include "engine/core/projection.hpp"
#include "tests/chart/svg_reader.hpp"
#include "tests/core/test_support.hpp"

#include <cmath>

namespace vest::chart {
namespace {

using testing::A;
using testing::D;

Schedule built(const ScheduleSpec& spec) {
  auto s = build_schedule(spec);
  EXPECT_TRUE(s) << testing::describe(s.diagnostics());
  return *s;
}

std::string seed_option_chart(std::optional<Date> as_of = D("2015-06-30")) {
  GrantChartOptions o;
  o.as_of = as_of;
  return grant_chart(built(testing::seed_option_spec()), o);
}

bool has_point(const std::vector<std::pair<double, double>>& points, double x, double y) {
  for (const auto& [px, py] : points)
    if (std::abs(px - x) <= 0.06 && std::abs(py - y) <= 0.06) return true;
  return false;
}

TEST(GrantChart, CurveStepsUpToEachCumulativeAmountOnItsVestingDay) {
  testing::ParsedSvg svg(seed_option_chart());
  const testing::PlotFrame frame(svg.one("plot-area"));
  EXPECT_EQ(frame.max_shares, 200000);
  const auto points = testing::polyline_points(svg.one("vested-curve"));
  // A start, two points per tranche (before and after the step), an end.
  ASSERT_EQ(points.size(), 2 + 2 * 37u);
  // The expected levels come from the tranche amounts the spec implies:
  // 50,000 on 2014-12-16, then 150,000 / 36 per month, rounded down cumulatively.
  double cumulative = 0;
  const auto s = built(testing::seed_option_spec());
  for (std::size_t k = 0; k < 37; ++k) {
    const double expected = k == 0 ? 50000 : 50000 + std::floor(150000.0 * static_cast<double>(k) / 36);
    cumulative += std::stod(s.tranches()[k].shares.to_string());
    ASSERT_EQ(cumulative, expected) << "tranche " << k;
    const Date day = s.tranches()[k].vests_on;
    EXPECT_TRUE(has_point(points, frame.x_of(day), frame.y_of(cumulative)))
        << "tranche " << k << " (" << to_iso(day) << "): no point at cumulative " << cumulative;
  }
  EXPECT_NEAR(points.front().second, frame.y_of(0), 0.06);
  EXPECT_NEAR(points.back().second, frame.y_of(200000), 0.06);
}

TEST(GrantChart, OneMarkerPerTrancheCarryingTheExactFigures) {
  testing::ParsedSvg svg(seed_option_chart());
  const auto markers = svg.by_class("tranche");
  ASSERT_EQ(markers.size(), 37u);
  EXPECT_STREQ(markers[0].attribute("data-date").value(), "2014-12-16");
  EXPECT_STREQ(markers[0].attribute("data-shares").value(), "50000");
  EXPECT_STREQ(markers[1].attribute("data-shares").value(), "4166");
  EXPECT_STREQ(markers[2].attribute("data-shares").value(), "4167");
  EXPECT_STREQ(markers[36].attribute("data-cumulative").value(), "200000");
  EXPECT_STREQ(markers[1].child("title").text().get(), "2015-01-16: 4,166 shares, cumulative 54,166");
  const testing::PlotFrame frame(svg.one("plot-area"));
  const auto circle = markers[0].child("circle");
  EXPECT_NEAR(circle.attribute("cx").as_double(), frame.x_of(D("2014-12-16")), 0.06);
  EXPECT_NEAR(circle.attribute("cy").as_double(), frame.y_of(50000), 0.06);
}

TEST(GrantChart, AsOfLineAtTheDateWithTheProjectedFigures) {
  testing::ParsedSvg svg(seed_option_chart());
  const testing::PlotFrame frame(svg.one("plot-area"));
  const auto line = svg.one("as-of");
  EXPECT_NEAR(line.attribute("x1").as_double(), frame.x_of(D("2015-06-30")), 0.06);
  EXPECT_EQ(line.attribute("x1").as_double(), line.attribute("x2").as_double());
  EXPECT_STREQ(line.attribute("data-vested").value(), "75000");
  EXPECT_STREQ(line.attribute("data-unvested").value(), "125000");
  EXPECT_STREQ(line.attribute("data-exercisable").value(), "75000");
  EXPECT_STREQ(svg.one("as-of-label").text().get(), "as of 2015-06-30");
  EXPECT_STREQ(svg.one("as-of-figures").text().get(), "vested 75,000 · unvested 125,000 · exercisable 75,000");
}

TEST(GrantChart, NoAsOfLineWithoutADate) {
  testing::ParsedSvg svg(seed_option_chart(std::nullopt));
  EXPECT_TRUE(svg.by_class("as-of").empty());
}

TEST(GrantChart, OptionShowsExpirationAndTheExercisableCurveDropsAfterIt) {
  testing::ParsedSvg svg(seed_option_chart());
  const testing::PlotFrame frame(svg.one("plot-area"));
  const auto expiration = svg.one("expiration");
  EXPECT_STREQ(expiration.attribute("data-date").value(), "2023-12-16");
  EXPECT_NEAR(expiration.attribute("x1").as_double(), frame.x_of(D("2023-12-16")), 0.06);
  const auto exercisable = testing::polyline_points(svg.one("exercisable-curve"));
  ASSERT_FALSE(exercisable.empty());
  // Exercisable through the expiration day itself; zero from the day after.
  EXPECT_TRUE(has_point(exercisable, frame.x_of(D("2023-12-17")), frame.y_of(200000)));
  EXPECT_TRUE(has_point(exercisable, frame.x_of(D("2023-12-17")), frame.y_of(0)));
  EXPECT_NEAR(exercisable.back().second, frame.y_of(0), 0.06);
}

TEST(GrantChart, StockHasNoExercisableCurve) {
  testing::ParsedSvg svg(grant_chart(built(testing::seed_58824_spec()), {}));
  EXPECT_TRUE(svg.by_class("exercisable-curve").empty());
  EXPECT_TRUE(svg.by_class("expiration").empty());
  EXPECT_STREQ(svg.one("grant-date").attribute("data-date").value(), "2013-02-15");
}

TEST(GrantChart, ContingentSharesAreABandLabelledNotDated) {
  ScheduleSpec spec;
  spec.total_shares = A("10,000");
  spec.grant_date = D("2020-03-01");
  spec.segments = {testing::lump(D("2021-03-01"), Portion::of_grant(Fraction(1, 2))),
                   {ContingentSegment{"revenue target"}, Portion::remainder(), {}}};
  GrantChartOptions o;
  o.as_of = D("2022-01-01");
  testing::ParsedSvg svg(grant_chart(built(spec), o));
  const testing::PlotFrame frame(svg.one("plot-area"));
  const auto band = svg.one("contingent-band");
  EXPECT_STREQ(band.attribute("data-shares").value(), "5000");
  const auto rect = band.child("rect");
  EXPECT_NEAR(rect.attribute("y").as_double(), frame.y_of(10000), 0.06);
  EXPECT_NEAR(rect.attribute("y").as_double() + rect.attribute("height").as_double(), frame.y_of(5000), 0.1);
  EXPECT_STREQ(band.child("text").text().get(), "5,000 contingent shares, not dated: revenue target");
  EXPECT_STREQ(svg.one("as-of").attribute("data-contingent").value(), "5000");
}

TEST(GrantChart, FractionalAmountsStayExactInLabels) {
  ScheduleSpec spec;
  spec.total_shares = A("10");
  spec.grant_date = D("2020-01-01");
  spec.policy = AllocationPolicy::fractional;
  spec.segments = {testing::installments(D("2020-01-01"), Period::years(1), 3)};
  testing::ParsedSvg svg(grant_chart(built(spec), {}));
  const auto markers = svg.by_class("tranche");
  ASSERT_EQ(markers.size(), 3u);
  EXPECT_STREQ(markers[0].attribute("data-shares").value(), "10/3");
  EXPECT_STREQ(markers[1].attribute("data-cumulative").value(), "20/3");
  EXPECT_STREQ(markers[2].attribute("data-cumulative").value(), "10");
}

TEST(GrantChart, TitleAndDescriptionForScreenReaders) {
  GrantChartOptions o;
  o.as_of = D("2015-06-30");
  o.title = "Seed <option>";
  testing::ParsedSvg svg(grant_chart(built(testing::seed_option_spec()), o));
  const auto root = svg.doc.document_element();
  EXPECT_STREQ(root.child("title").text().get(), "Seed <option>");
  EXPECT_STREQ(root.child("desc").text().get(),
               "Step curve of cumulative vested shares: 37 tranche(s) from 2014-12-16 to 2017-12-16, 200,000 shares in "
               "total; as of 2015-06-30 75,000 vested, 125,000 unvested, 75,000 exercisable.");
  EXPECT_STREQ(root.attribute("width").value(), "800");
  EXPECT_TRUE(svg.doc.select_nodes("//script").empty());
  // Text stays text: tick labels carry thousands separators.
  bool found = false;
  for (const auto& t : svg.by_class("tick-label")) found |= std::string(t.text().get()) == "150,000";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace vest::chart
