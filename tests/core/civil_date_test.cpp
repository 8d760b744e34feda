// engine/core/civil_date.hpp: civil dates, periods and day-of-month policies.
#include "engine/core/civil_date.hpp"

#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vest {
namespace {

using testing::D;

// Installments 1..n of a series, each computed from the anchor.
std::vector<std::string> series(Date anchor, Period period, int n, DayOfMonthPolicy policy) {
  std::vector<std::string> out;
  for (int k = 1; k <= n; ++k) out.push_back(to_iso(step(anchor, period, k, policy)));
  return out;
}

// The month step written with date.h's field types, as civil_date.cpp once
// did: the reference that its integer arithmetic must match exactly.
Date naive_add_months(Date anchor, int months, DayOfMonthPolicy policy) {
  const date::year_month_day a{anchor};
  const date::year_month target = date::year_month{a.year(), a.month()} + date::months{months};
  const auto clamp = [&](unsigned wanted) {
    const unsigned last = static_cast<unsigned>((target.year() / target.month() / date::last).day());
    if (wanted < 1) wanted = 1;
    return date::day{wanted < last ? wanted : last};
  };
  using K = DayOfMonthPolicy::Kind;
  switch (policy.kind) {
    case K::vesting_start_day: return Date{target / clamp(static_cast<unsigned>(a.day()))};
    case K::last_day_of_month: return Date{target.year() / target.month() / date::last};
    case K::first_day_of_month: return Date{target / date::day{1}};
    case K::vesting_start_day_minus_one: return Date{target / clamp(static_cast<unsigned>(a.day()))} - date::days{1};
    case K::fixed_day: return Date{target / clamp(policy.day)};
  }
  return anchor;
}

const DayOfMonthPolicy kAllDayPolicies[] = {
    DayOfMonthPolicy::vesting_start_day(),           DayOfMonthPolicy::last_day_of_month(),
    DayOfMonthPolicy::first_day_of_month(),          DayOfMonthPolicy::vesting_start_day_minus_one(),
    DayOfMonthPolicy::fixed_day(30),                 DayOfMonthPolicy::fixed_day(0),
    DayOfMonthPolicy::fixed_day(1),
};

void ExpectSeries(const std::vector<std::string>& found, const std::vector<std::string>& expected) {
  ASSERT_EQ(found.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(found[i], expected[i]) << "installment " << i + 1 << ": expected " << expected[i] << ", found " << found[i];
}

// ---- make_date / parse_iso_date / to_iso ----------------------------------

TEST(MakeDate, BuildsValidDates) {
  EXPECT_EQ(to_iso(*make_date(2024, 2, 29)), "2024-02-29");
  EXPECT_EQ(to_iso(*make_date(2013, 12, 16)), "2013-12-16");
}

TEST(MakeDate, RejectsImpossibleDatesInsteadOfRollingOver) {
  EXPECT_FALSE(make_date(2023, 2, 30)) << "2023-02-30 must be rejected, not rolled to 2023-03-02";
  EXPECT_FALSE(make_date(2023, 2, 29)) << "2023 is not a leap year";
  EXPECT_FALSE(make_date(1900, 2, 29)) << "1900 is not a leap year";
  EXPECT_TRUE(make_date(2000, 2, 29)) << "2000 is a leap year";
  EXPECT_FALSE(make_date(2024, 4, 31));
  EXPECT_FALSE(make_date(2024, 0, 1));
  EXPECT_FALSE(make_date(2024, 13, 1));
  EXPECT_FALSE(make_date(2024, 1, 0));
  EXPECT_FALSE(make_date(2024, 1, 32));
}

TEST(MakeDate, RejectsFieldsThatWouldWrapAround) {
  // date::month and date::day hold one byte; 257 must not become 1.
  EXPECT_FALSE(make_date(2024, 257, 1));
  EXPECT_FALSE(make_date(2024, 1, 257));
  EXPECT_FALSE(make_date(2024, 1, 256 + 15));
  // date::year holds a short; 67560 must not become 2024.
  EXPECT_FALSE(make_date(2024 + 65536, 1, 1));
  EXPECT_FALSE(make_date(-2024 - 65536, 1, 1));
}

TEST(ParseIsoDate, AcceptsStrictIso) {
  const auto d = parse_iso_date("2014-12-16");
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, *make_date(2014, 12, 16));
}

TEST(ParseIsoDate, RejectsImpossibleDates) {
  EXPECT_FALSE(parse_iso_date("2023-02-30"));
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
  EXPECT_FALSE(parse_iso_date("2023-04-31"));
  EXPECT_FALSE(parse_iso_date("2023-00-10"));
  EXPECT_FALSE(parse_iso_date("2023-13-10"));
  EXPECT_FALSE(parse_iso_date("2023-01-00"));
}

TEST(ParseIsoDate, RejectsAnythingButYYYYMMDD) {
  for (const char* bad : {"", "2023-1-05", "2023-01-5", "23-01-05", "2023/01/05", "2023-01-05 ", " 2023-01-05",
                          "2023-01-05T00:00", "20230105", "+023-01-05", "-023-01-05", "2023-+1-05", "2023--1-05",
                          "2023-01-0x", "２０２３-01-05"})
    EXPECT_FALSE(parse_iso_date(bad)) << "accepted \"" << bad << "\"";
}

TEST(ToIso, PadsFields) {
  EXPECT_EQ(to_iso(D("1900-01-01")), "1900-01-01");
  EXPECT_EQ(to_iso(D("2200-12-31")), "2200-12-31");
}

// Every day 1900-01-01 .. 2200-12-31: ISO round trip and fields round trip.
TEST(CivilDateExhaustive, IsoAndFieldsRoundTripEveryDay1900To2200) {
  const Date first = D("1900-01-01"), last = D("2200-12-31");
  long days = 0;
  for (Date d = first; d <= last; d += date::days{1}, ++days) {
    const std::string iso = to_iso(d);
    const auto back = parse_iso_date(iso);
    ASSERT_TRUE(back) << "index " << days << ": parse_iso_date(\"" << iso << "\") rejected a real day";
    ASSERT_EQ(*back, d) << "index " << days << ": expected " << iso << ", found " << to_iso(*back);
    const date::year_month_day ymd{d};
    const auto made = make_date(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                                static_cast<unsigned>(ymd.day()));
    ASSERT_TRUE(made && *made == d) << "index " << days << ": make_date of the fields of " << iso;
    // The next ISO string is lexicographically greater: ISO order is date order.
    if (d < last) {
      ASSERT_LT(iso, to_iso(d + date::days{1}));
    }
  }
  EXPECT_EQ(days, 109938);  // 301 years, 73 of them leap years
}

// Every day 1900-2200: month steps under every policy obey their contracts.
TEST(CivilDateExhaustive, AddMonthsPropertiesEveryDay1900To2200) {
  const Date first = D("1900-01-01"), last = D("2200-12-31");
  for (Date d = first; d <= last; d += date::days{1}) {
    const date::year_month_day ymd{d};
    const unsigned day = static_cast<unsigned>(ymd.day());
    ASSERT_EQ(add_months(d, 0), d) << to_iso(d) << " + 0 months";
    for (int n : {1, 2, 11, 12, 13, 48, -1, -12}) {
      const Date s = add_months(d, n);
      const date::year_month_day t{s};
      // The month lands exactly n months away.
      const int months_apart = (static_cast<int>(t.year()) - static_cast<int>(ymd.year())) * 12 +
                               (static_cast<int>(static_cast<unsigned>(t.month())) -
                                static_cast<int>(static_cast<unsigned>(ymd.month())));
      ASSERT_EQ(months_apart, n) << to_iso(d) << " + " << n << " months = " << to_iso(s);
      // vesting_start_day: the anchor's day, clamped.
      const unsigned last_day = static_cast<unsigned>((t.year() / t.month() / date::last).day());
      ASSERT_EQ(static_cast<unsigned>(t.day()), std::min(day, last_day)) << to_iso(d) << " + " << n << " months";
      // Stepping back recovers the anchor exactly when no clamping happened.
      if (day <= 28) {
        ASSERT_EQ(add_months(s, -n), d) << to_iso(d) << " + " << n << " - " << n << " months";
      }
      // Other policies.
      ASSERT_EQ(add_months(d, n, DayOfMonthPolicy::last_day_of_month()), end_of_month(s));
      ASSERT_EQ(add_months(d, n, DayOfMonthPolicy::first_day_of_month()),
                Date{t.year() / t.month() / date::day{1}});
      ASSERT_EQ(add_months(d, n, DayOfMonthPolicy::vesting_start_day_minus_one()), s - date::days{1});
    }
  }
}

// Every day 1900-2200: add_months is the date.h field arithmetic, exactly.
TEST(CivilDateExhaustive, AddMonthsMatchesTheDateHReferenceEveryDay1900To2200) {
  const Date first = D("1900-01-01"), last = D("2200-12-31");
  for (Date d = first; d <= last; d += date::days{1})
    for (int n : {0, 1, 3, 11, 12, 25, 47, 120, -1, -13})
      for (const auto& policy : kAllDayPolicies)
        ASSERT_EQ(add_months(d, n, policy), naive_add_months(d, n, policy))
            << to_iso(d) << " + " << n << " months (" << to_string(policy) << ")";
}

// Far from vesting dates (and past the 16 bits of date::year, where it wraps)
// the arithmetic still agrees with date.h's, so no input changes meaning.
TEST(AddMonths, MatchesTheDateHReferenceAtTheEndsOfItsYearRange) {
  const date::year_month_day anchors[] = {date::year{0} / 1 / 1, date::year{1} / 3 / 1, date::year{-400} / 2 / 29,
                                          date::year{9999} / 12 / 31, date::year{-9999} / 6 / 30,
                                          date::year{32767} / 12 / 31, date::year{-32767} / 1 / 31};
  for (const auto& a : anchors)
    for (int n : {0, 1, -1, 12 * 100, -12 * 1000, 12 * 30000, -12 * 30000, 12 * 40000, 7 * 12 * 5000 + 5})
      for (const auto& policy : kAllDayPolicies) {
        const Date d{a};
        ASSERT_EQ(add_months(d, n, policy), naive_add_months(d, n, policy))
            << static_cast<int>(a.year()) << "-" << static_cast<unsigned>(a.month()) << " + " << n << " months ("
            << to_string(policy) << ")";
      }
}

// ---- add_months: the "Jan 31 + 1 month" question ----------------------------

TEST(AddMonths, ClampsJan31ToLastDayOfFebruary) {
  EXPECT_EQ(add_months(D("2024-01-31"), 1), D("2024-02-29"));
  EXPECT_EQ(add_months(D("2023-01-31"), 1), D("2023-02-28"));
}

TEST(AddMonths, MonthlyFromJan31ReturnsToTheAnchorDayAfterFebruary) {
  ExpectSeries(series(D("2024-01-31"), Period::months(1), 4, DayOfMonthPolicy::vesting_start_day()),
               {"2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"});
}

TEST(AddMonths, VestingStartDayMinusOneClampsThenSubtractsADay) {
  ExpectSeries(series(D("2025-01-31"), Period::months(1), 3, DayOfMonthPolicy::vesting_start_day_minus_one()),
               {"2025-02-27", "2025-03-30", "2025-04-29"});
  EXPECT_EQ(add_months(D("2025-01-01"), 1, DayOfMonthPolicy::vesting_start_day_minus_one()), D("2025-01-31"));
}

TEST(AddMonths, LeapDayPlus12MonthsIsFeb28AndPlus48MonthsIsFeb29) {
  EXPECT_EQ(add_months(D("2024-02-29"), 12), D("2025-02-28"));
  EXPECT_EQ(add_months(D("2024-02-29"), 48), D("2028-02-29"));
  EXPECT_EQ(step(D("2024-02-29"), Period::years(1), 4), D("2028-02-29"));
  EXPECT_EQ(step(D("2024-02-29"), Period::years(1), 1), D("2025-02-28"));
}

TEST(AddMonths, NegativeMonthsCrossYears) {
  EXPECT_EQ(add_months(D("2024-03-31"), -1), D("2024-02-29"));
  EXPECT_EQ(add_months(D("2024-01-15"), -13), D("2022-12-15"));
}

TEST(AddMonths, LastDayOfMonthPolicy) {
  EXPECT_EQ(add_months(D("2024-01-15"), 1, DayOfMonthPolicy::last_day_of_month()), D("2024-02-29"));
  ExpectSeries(series(D("2023-11-30"), Period::months(1), 4, DayOfMonthPolicy::last_day_of_month()),
               {"2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"});
}

TEST(AddMonths, FirstDayOfMonthPolicy) {
  ExpectSeries(series(D("2024-01-31"), Period::months(1), 3, DayOfMonthPolicy::first_day_of_month()),
               {"2024-02-01", "2024-03-01", "2024-04-01"});
}

TEST(AddMonths, FixedDayPolicyClampsToMonthEnd) {
  EXPECT_EQ(add_months(D("2024-01-15"), 1, DayOfMonthPolicy::fixed_day(25)), D("2024-02-25"));
  ExpectSeries(series(D("2024-01-10"), Period::months(1), 4, DayOfMonthPolicy::fixed_day(31)),
               {"2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"});
  ExpectSeries(series(D("2024-01-10"), Period::quarters(1), 2, DayOfMonthPolicy::fixed_day(30)),
               {"2024-04-30", "2024-07-30"});
}

TEST(AddMonths, FixedDayOutsideOneToThirtyOneStillGivesARealDay) {
  // fixed_day(0) is invalid input; the month step must not produce a garbage date.
  const Date d = add_months(D("2024-01-15"), 1, DayOfMonthPolicy::fixed_day(0));
  const date::year_month_day ymd{d};
  EXPECT_TRUE(ymd.year() == date::year{2024} && ymd.month() == date::February) << "found " << to_iso(d);
  EXPECT_TRUE(date::year_month_day{d}.ok());
}

// ---- step: installment k from the anchor -----------------------------------

TEST(Step, InstallmentKIsComputedFromTheAnchorWithoutDrift) {
  // Chaining month steps drifts (Jan 31 -> Feb 29 -> Mar 29); step never does.
  Date chained = D("2024-01-31");
  for (int k = 1; k <= 3; ++k) chained = add_months(chained, 1);
  EXPECT_EQ(chained, D("2024-04-29")) << "chaining drifts";
  EXPECT_EQ(step(D("2024-01-31"), Period::months(1), 3), D("2024-04-30")) << "step from the anchor does not";
  EXPECT_EQ(step(D("2013-12-16"), Period::months(1), 13), D("2015-01-16"));
  for (int k = 0; k <= 120; ++k) {
    const Date d = step(D("2024-01-31"), Period::months(1), k);
    EXPECT_EQ(d, end_of_month(d)) << "installment " << k << ": expected a month end, found " << to_iso(d);
  }
}

TEST(Step, DaysAndWeeksIgnoreTheDayPolicy) {
  EXPECT_EQ(step(D("2024-02-28"), Period::days(1), 1), D("2024-02-29"));
  EXPECT_EQ(step(D("2024-02-28"), Period::days(90), 2), D("2024-08-26"));
  EXPECT_EQ(step(D("2024-01-31"), Period::days(30), 1, DayOfMonthPolicy::last_day_of_month()), D("2024-03-01"));
  EXPECT_EQ(step(D("2024-12-25"), Period::weeks(1), 1), D("2025-01-01"));
  EXPECT_EQ(step(D("2024-01-01"), Period::weeks(2), 26), D("2024-12-30"));
}

TEST(Step, QuartersAndYearsAreMonthSteps) {
  ExpectSeries(series(D("2023-11-30"), Period::quarters(1), 4, DayOfMonthPolicy::vesting_start_day()),
               {"2024-02-29", "2024-05-30", "2024-08-30", "2024-11-30"});
  ExpectSeries(series(D("2020-02-29"), Period::years(1), 4, DayOfMonthPolicy::vesting_start_day()),
               {"2021-02-28", "2022-02-28", "2023-02-28", "2024-02-29"});
  EXPECT_EQ(step(D("2014-02-15"), Period::months(6), 6), D("2017-02-15"));
  EXPECT_EQ(step(D("2024-05-31"), Period::quarters(2), 1), D("2024-11-30"));
}

TEST(Step, StepZeroIsTheAnchor) {
  EXPECT_EQ(step(D("2024-01-31"), Period::months(1), 0), D("2024-01-31"));
  EXPECT_EQ(step(D("2024-01-31"), Period::days(7), 0), D("2024-01-31"));
}

// ---- Period and policy names -----------------------------------------------

// Stepper (and so step()) is the month step from the anchor, or whole days
// for day and week periods: the same date for every k.
TEST(Stepper, AgreesWithStepForEveryPolicyAndPeriod) {
  const Period periods[] = {Period::days(1), Period::weeks(2), Period::months(1), Period::months(0),
                            Period::quarters(1), Period::years(1)};
  for (Date anchor = D("2023-01-25"); anchor <= D("2024-03-05"); anchor += date::days{3})
    for (const auto& policy : kAllDayPolicies)
      for (const auto& period : periods) {
        const Stepper at(anchor, period, policy);
        for (int k = -3; k <= 60; ++k) {
          const auto months = period.in_months();
          const Date expected = months ? naive_add_months(anchor, *months * k, policy)
                                       : anchor + date::days{(period.unit == PeriodUnit::weeks ? 7 : 1) * period.count * k};
          ASSERT_EQ(at(k), expected) << to_iso(anchor) << " + " << k << " x " << to_string(period) << " ("
                                     << to_string(policy) << ")";
        }
      }
}

TEST(Period, InMonths) {
  EXPECT_EQ(Period::months(6).in_months(), 6);
  EXPECT_EQ(Period::quarters(1).in_months(), 3);
  EXPECT_EQ(Period::years(2).in_months(), 24);
  EXPECT_FALSE(Period::days(30).in_months());
  EXPECT_FALSE(Period::weeks(2).in_months());
}

TEST(Period, ToStringPluralises) {
  EXPECT_EQ(to_string(Period::months(3)), "3 months");
  EXPECT_EQ(to_string(Period::years(1)), "1 year");
  EXPECT_EQ(to_string(Period::days(90)), "90 days");
  EXPECT_EQ(to_string(Period::weeks(1)), "1 week");
  EXPECT_EQ(to_string(Period::quarters(2)), "2 quarters");
}

TEST(DayOfMonthPolicy, NamesRoundTrip) {
  for (auto p : {DayOfMonthPolicy::vesting_start_day(), DayOfMonthPolicy::last_day_of_month(),
                 DayOfMonthPolicy::first_day_of_month(), DayOfMonthPolicy::vesting_start_day_minus_one(),
                 DayOfMonthPolicy::fixed_day(1), DayOfMonthPolicy::fixed_day(25), DayOfMonthPolicy::fixed_day(31)}) {
    const auto back = parse_day_of_month_policy(to_string(p));
    ASSERT_TRUE(back) << to_string(p);
    EXPECT_EQ(*back, p) << to_string(p);
  }
  EXPECT_EQ(to_string(DayOfMonthPolicy::fixed_day(25)), "day:25");
}

TEST(DayOfMonthPolicy, RejectsUnknownNames) {
  for (const char* bad : {"", "day:", "day:0", "day:32", "day:1x", "day:-1", "last_day", "Vesting_start_day"})
    EXPECT_FALSE(parse_day_of_month_policy(bad)) << "accepted \"" << bad << "\"";
}

TEST(EndOfMonth, HandlesLeapYears) {
  EXPECT_EQ(end_of_month(D("2024-02-10")), D("2024-02-29"));
  EXPECT_EQ(end_of_month(D("2100-02-10")), D("2100-02-28"));
  EXPECT_EQ(end_of_month(D("2000-02-01")), D("2000-02-29"));
  EXPECT_EQ(end_of_month(D("2024-12-31")), D("2024-12-31"));
}

}  // namespace
}  // namespace vest
