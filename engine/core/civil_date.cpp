#include "engine/core/civil_date.hpp"

#include <charconv>
#include <cstdio>

namespace vest {

std::optional<Date> make_date(int year, unsigned month, unsigned day) {
  // date::year/month/day keep only a short / a byte: check before constructing
  // so that month 257 or year 67560 is rejected instead of wrapping to a real date.
  if (year < static_cast<int>(date::year::min()) || year > static_cast<int>(date::year::max()) || month < 1 ||
      month > 12 || day < 1 || day > 31)
    return std::nullopt;
  const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return Date{ymd};
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto field = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
    int value = 0;
    const char* first = text.data() + pos;
    const char* last = first + len;
    for (const char* p = first; p != last; ++p)
      if (*p < '0' || *p > '9') return std::nullopt;
    std::from_chars(first, last, value);
    return value;
  };
  const auto y = field(0, 4), m = field(5, 2), d = field(8, 2);
  if (!y || !m || !d) return std::nullopt;
  return make_date(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
}

std::string to_iso(Date d) {
  const date::year_month_day ymd{d};
  char buf[16];
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned day = static_cast<unsigned>(ymd.day());
  // Years outside 0..9999 are not vesting dates; format them plainly anyway.
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, day);
  return buf;
}

std::optional<int> Period::in_months() const {
  switch (unit) {
    case PeriodUnit::months: return count;
    case PeriodUnit::quarters: return 3 * count;
    case PeriodUnit::years: return 12 * count;
    case PeriodUnit::days:
    case PeriodUnit::weeks: return std::nullopt;
  }
  return std::nullopt;
}

std::string to_string(const Period& p) {
  const char* name = "month";
  switch (p.unit) {
    case PeriodUnit::days: name = "day"; break;
    case PeriodUnit::weeks: name = "week"; break;
    case PeriodUnit::months: name = "month"; break;
    case PeriodUnit::quarters: name = "quarter"; break;
    case PeriodUnit::years: name = "year"; break;
  }
  return std::to_string(p.count) + " " + name + (p.count == 1 ? "" : "s");
}

std::string to_string(const DayOfMonthPolicy& p) {
  using K = DayOfMonthPolicy::Kind;
  switch (p.kind) {
    case K::vesting_start_day: return "vesting_start_day";
    case K::last_day_of_month: return "last_day_of_month";
    case K::first_day_of_month: return "first_day_of_month";
    case K::vesting_start_day_minus_one: return "vesting_start_day_minus_one";
    case K::fixed_day: return "day:" + std::to_string(p.day);
  }
  return "?";
}

std::optional<DayOfMonthPolicy> parse_day_of_month_policy(std::string_view text) {
  if (text == "vesting_start_day") return DayOfMonthPolicy::vesting_start_day();
  if (text == "last_day_of_month") return DayOfMonthPolicy::last_day_of_month();
  if (text == "first_day_of_month") return DayOfMonthPolicy::first_day_of_month();
  if (text == "vesting_start_day_minus_one") return DayOfMonthPolicy::vesting_start_day_minus_one();
  if (text.starts_with("day:")) {
    unsigned d = 0;
    const auto rest = text.substr(4);
    const auto [p, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), d);
    if (ec == std::errc{} && p == rest.data() + rest.size() && d >= 1 && d <= 31)
      return DayOfMonthPolicy::fixed_day(d);
  }
  return std::nullopt;
}

namespace {
// The month step on plain integers: the calendar arithmetic of date.h's
// year_month + months, year_month_day_last and sys_days conversions, written
// out because a schedule steps one anchor dozens of times and the field
// types cost several times as much (civil_date_test checks every day
// 1900-2200, and the far ends of the year range, against the date.h expressions).

// Howard Hinnant's days_from_civil, as date.h converts fields to sys_days.
constexpr int days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);                 // [0, 399]
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
  return era * 146097 + static_cast<int>(doe) - 719468;
}

constexpr bool is_leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// Vesting dates fall in 1900-2200: there January 1 and leap years come from a
// table, a few loads instead of the divisions above.
constexpr int kTableFirstYear = 1900, kTableLastYear = 2200;

struct YearTable {
  int january_1[kTableLastYear - kTableFirstYear + 1] = {};  // days since 1970-01-01
  bool leap[kTableLastYear - kTableFirstYear + 1] = {};
};

constexpr YearTable make_year_table() {
  YearTable t;
  for (int y = kTableFirstYear; y <= kTableLastYear; ++y) {
    t.january_1[y - kTableFirstYear] = days_from_civil(y, 1, 1);
    t.leap[y - kTableFirstYear] = is_leap(y);
  }
  return t;
}

constexpr YearTable kYears = make_year_table();
constexpr unsigned short kDaysBefore[2][12] = {{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334},
                                               {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335}};
constexpr unsigned char kMonthDays[2][12] = {{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
                                             {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}};

// `months` after the month of (year, month), on the anchor's `day` under the
// policy. Clamps into 1..last day of the month: a fixed_day of 0 (invalid
// input that build_schedule reports) must still not build a day-0 date.
Date add_months(int year, unsigned month, unsigned day, int months, DayOfMonthPolicy policy) {
  // Step year/month as fields (exact), never as an average-length duration.
  const int dmi = static_cast<int>(month) - 1 + months;
  const int dy = (dmi >= 0 ? dmi : dmi - 11) / 12;
  const auto m = static_cast<unsigned>(dmi - dy * 12 + 1);
  const int y = static_cast<short>(year + dy);  // date::year holds 16 bits
  const bool tabled = y >= kTableFirstYear && y <= kTableLastYear;
  const bool leap = tabled ? kYears.leap[y - kTableFirstYear] : is_leap(y);
  const unsigned last = kMonthDays[leap][m - 1];
  unsigned d = day;
  using K = DayOfMonthPolicy::Kind;
  switch (policy.kind) {
    case K::vesting_start_day:
    case K::vesting_start_day_minus_one: break;
    case K::last_day_of_month: d = last; break;
    case K::first_day_of_month: d = 1; break;
    case K::fixed_day: d = policy.day; break;
    default: return Date{date::days{days_from_civil(year, month, day)}};  // no policy: the anchor, as ever
  }
  d = d < 1 ? 1 : (d < last ? d : last);
  const int days = tabled ? kYears.january_1[y - kTableFirstYear] + kDaysBefore[leap][m - 1] + static_cast<int>(d) - 1
                          : days_from_civil(y, m, d);
  return Date{date::days{policy.kind == K::vesting_start_day_minus_one ? days - 1 : days}};
}
}  // namespace

Date add_months(Date anchor, int months, DayOfMonthPolicy policy) {
  const date::year_month_day a{anchor};
  return add_months(static_cast<int>(a.year()), static_cast<unsigned>(a.month()), static_cast<unsigned>(a.day()),
                    months, policy);
}

Stepper::Stepper(Date anchor, Period period, DayOfMonthPolicy policy) : anchor_(anchor), policy_(policy) {
  by_days_ = period.unit == PeriodUnit::days || period.unit == PeriodUnit::weeks;
  if (by_days_) {
    days_ = period.unit == PeriodUnit::weeks ? 7 * period.count : period.count;
  } else {
    months_ = *period.in_months();
    const date::year_month_day a{anchor};
    year_ = static_cast<int>(a.year());
    month_ = static_cast<unsigned>(a.month());
    day_ = static_cast<unsigned>(a.day());
  }
}

Date Stepper::operator()(int k) const {
  if (by_days_) return anchor_ + date::days{days_ * k};
  return add_months(year_, month_, day_, months_ * k, policy_);
}

Date step(Date anchor, Period period, int k, DayOfMonthPolicy policy) { return Stepper(anchor, period, policy)(k); }

Date end_of_month(Date d) {
  const date::year_month_day ymd{d};
  return Date{ymd.year() / ymd.month() / date::last};
}

}  // namespace vest
