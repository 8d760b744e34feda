// engine/core/calendar_days.hpp: series on fixed days of the calendar.
#include "engine/core/calendar_days.hpp"

#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vest {
namespace {

using testing::D;

std::vector<std::string> iso(const std::vector<Date>& ds) {
  std::vector<std::string> out;
  for (Date d : ds) out.push_back(to_iso(d));
  return out;
}

// The naive reference: walk day by day and keep the days the rule contains.
std::vector<Date> naive_dates_after(const CalendarDays& c, Date start, int count, bool inclusive) {
  std::vector<Date> out;
  for (Date d = inclusive ? start : start + date::days{1}; static_cast<int>(out.size()) < count; d += date::days{1})
    if (c.contains(d)) out.push_back(d);
  return out;
}

TEST(CalendarDays, QuarterEndsAfterACliffInMidQuarter) {
  EXPECT_EQ(iso(CalendarDays::quarter_ends().dates_after(D("2025-05-15"), 5)),
            (std::vector<std::string>{"2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30"}));
}

TEST(CalendarDays, AStartOnARuleDateIsExcludedUnlessInclusive) {
  EXPECT_EQ(to_iso(CalendarDays::quarter_ends().nth_after(D("2025-06-30"), 1)), "2025-09-30");
  EXPECT_EQ(to_iso(CalendarDays::quarter_ends().nth_after(D("2025-06-30"), 1, true)), "2025-06-30");
}

TEST(CalendarDays, NamedMonthsOnTheFirstDay) {
  const auto c = CalendarDays::of_months({1, 4, 7, 10}, DayOfMonthPolicy::first_day_of_month());
  EXPECT_EQ(iso(c.dates_after(D("2025-05-15"), 4)),
            (std::vector<std::string>{"2025-07-01", "2025-10-01", "2026-01-01", "2026-04-01"}));
  EXPECT_EQ(c.period_months(), 3);
}

TEST(CalendarDays, FixedDay31IsClampedInEachMonthWithoutDrift) {
  const auto c = CalendarDays::of_period(3, 1, DayOfMonthPolicy::fixed_day(31));
  EXPECT_EQ(iso(c.dates_after(D("2024-12-31"), 4)),
            (std::vector<std::string>{"2025-01-31", "2025-04-30", "2025-07-31", "2025-10-31"}));
}

TEST(CalendarDays, IrregularMonthsHaveNoPeriod) {
  const auto c = CalendarDays::of_months({3, 12}, DayOfMonthPolicy::first_day_of_month());
  EXPECT_EQ(c.period_months(), std::nullopt);
  EXPECT_EQ(iso(c.dates_after(D("2025-03-01"), 3)), (std::vector<std::string>{"2025-12-01", "2026-03-01", "2026-12-01"}));
}

TEST(CalendarDays, SecondMonthOfEachQuarterOnThe15th) {
  const auto c = CalendarDays::of_period(3, 2, DayOfMonthPolicy::fixed_day(15));
  EXPECT_EQ(to_string(c), "day 15 of February, May, August, November");
  EXPECT_EQ(iso(c.dates_after(D("2024-03-01"), 3)), (std::vector<std::string>{"2024-05-15", "2024-08-15", "2024-11-15"}));
}

TEST(CalendarDays, EmptyOrAnchorDependentRulesAreNotOk) {
  EXPECT_FALSE(CalendarDays{}.ok());
  EXPECT_FALSE(CalendarDays::of_months({6}, DayOfMonthPolicy::vesting_start_day()).ok());
  EXPECT_FALSE(CalendarDays::of_period(5, 1, DayOfMonthPolicy::first_day_of_month()).ok());
}

// Exhaustive against the naive walk: every start in 2023-2025, several rules, inclusive or not.
TEST(CalendarDays, MatchesTheNaiveWalkForEveryStartDay) {
  const std::vector<CalendarDays> rules = {
      CalendarDays::quarter_ends(),
      CalendarDays::of_months({1, 4, 7, 10}, DayOfMonthPolicy::first_day_of_month()),
      CalendarDays::of_months({2, 5, 8, 11}, DayOfMonthPolicy::fixed_day(15)),
      CalendarDays::of_months({2, 8}, DayOfMonthPolicy::fixed_day(30)),
      CalendarDays::of_months({6}, DayOfMonthPolicy::fixed_day(31)),
      CalendarDays::of_period(1, 1, DayOfMonthPolicy::last_day_of_month()),
  };
  for (const auto& c : rules)
    for (Date s = D("2023-01-01"); s <= D("2025-12-31"); s += date::days{1})
      for (bool inclusive : {false, true}) {
        const auto got = c.dates_after(s, 6, inclusive), want = naive_dates_after(c, s, 6, inclusive);
        ASSERT_EQ(iso(got), iso(want)) << to_string(c) << " after " << to_iso(s) << (inclusive ? " (inclusive)" : "");
      }
}

}  // namespace
}  // namespace vest
