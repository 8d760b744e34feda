#include "engine/chart/axes.hpp"

#include "tests/core/test_support.hpp"

namespace vest::chart {
namespace {

using testing::D;

TEST(DateTicks, YearsForAFourYearScheduleWithSixTicks) {
  const auto ticks = date_ticks(D("2013-12-01"), D("2018-01-15"), 6);
  std::vector<std::string> labels, dates;
  for (const auto& t : ticks) {
    labels.push_back(t.label);
    dates.push_back(to_iso(t.date));
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"2014", "2015", "2016", "2017", "2018"}));
  EXPECT_EQ(dates.front(), "2014-01-01");
}

TEST(DateTicks, HalfYearsForAFourYearScheduleWithTenTicks) {
  const auto ticks = date_ticks(D("2013-12-01"), D("2018-01-15"), 10);
  ASSERT_EQ(ticks.size(), 9u);
  EXPECT_EQ(ticks[1].label, "2014-07");
}

TEST(DateTicks, QuartersForAYear) {
  const auto ticks = date_ticks(D("2015-01-10"), D("2016-01-10"), 6);
  ASSERT_EQ(ticks.size(), 4u);
  EXPECT_EQ(ticks[0].label, "2015-04");
  EXPECT_EQ(to_iso(ticks[3].date), "2016-01-01");
}

TEST(DateTicks, NeverMoreThanAskedOnALongSpan) {
  EXPECT_LE(date_ticks(D("1990-01-01"), D("2090-01-01"), 8).size(), 8u);
}

TEST(ShareTicks, NiceStepsUpToTheTotal) {
  EXPECT_EQ(share_ticks(Amount(200000), 6), (std::vector<std::int64_t>{0, 50000, 100000, 150000, 200000}));
  EXPECT_EQ(share_ticks(Amount(58824), 4), (std::vector<std::int64_t>{0, 20000, 40000}));
  EXPECT_EQ(share_ticks(Amount(3), 6), (std::vector<std::int64_t>{0, 1, 2, 3}));
}

TEST(Scales, MapTheEndsOfTheDomainToTheEdgesOfTheFrame) {
  const Frame f{50, 20, 700, 300};
  const DateScale x(D("2014-01-01"), D("2015-01-01"), f);
  EXPECT_DOUBLE_EQ(x(D("2014-01-01")), 50);
  EXPECT_DOUBLE_EQ(x(D("2015-01-01")), 750);
  const ShareScale y(Amount(1000), f);
  EXPECT_DOUBLE_EQ(y(0), 320);
  EXPECT_DOUBLE_EQ(y(1000), 20);
  EXPECT_DOUBLE_EQ(y(Amount(250)), 245);
}

TEST(SharesLabel, ExactWithSeparators) {
  EXPECT_EQ(shares_label(Amount(4167)), "4,167");
  EXPECT_EQ(shares_label(Amount(95, 2)), "47.5");
  EXPECT_EQ(shares_label(Amount(10, 3)), "10/3");
}

}  // namespace
}  // namespace vest::chart
