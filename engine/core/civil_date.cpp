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
// Clamps into 1..last day of the month: a fixed_day of 0 (invalid input that
// build_schedule reports) must still not build a day-0 date, which date.h turns
// into an arbitrary day far from the target month.
date::day clamp_day(date::year_month ym, unsigned wanted) {
  const unsigned last = static_cast<unsigned>((ym.year() / ym.month() / date::last).day());
  if (wanted < 1) wanted = 1;
  return date::day{wanted < last ? wanted : last};
}

// add_months for an anchor whose fields are already at hand.
Date add_months(const date::year_month_day& a, int months, DayOfMonthPolicy policy) {
  // Step year/month as fields (exact), never as an average-length duration.
  const date::year_month target = date::year_month{a.year(), a.month()} + date::months{months};
  using K = DayOfMonthPolicy::Kind;
  switch (policy.kind) {
    case K::vesting_start_day:
      return Date{target / clamp_day(target, static_cast<unsigned>(a.day()))};
    case K::last_day_of_month:
      return Date{target.year() / target.month() / date::last};
    case K::first_day_of_month:
      return Date{target / date::day{1}};
    case K::vesting_start_day_minus_one:
      return Date{target / clamp_day(target, static_cast<unsigned>(a.day()))} - date::days{1};
    case K::fixed_day:
      return Date{target / clamp_day(target, policy.day)};
  }
  return Date{a};
}
}  // namespace

Date add_months(Date anchor, int months, DayOfMonthPolicy policy) {
  return add_months(date::year_month_day{anchor}, months, policy);
}

Stepper::Stepper(Date anchor, Period period, DayOfMonthPolicy policy)
    : anchor_(anchor), fields_(anchor), policy_(policy) {
  by_days_ = period.unit == PeriodUnit::days || period.unit == PeriodUnit::weeks;
  if (by_days_) days_ = period.unit == PeriodUnit::weeks ? 7 * period.count : period.count;
  else months_ = *period.in_months();
}

Date Stepper::operator()(int k) const {
  if (by_days_) return anchor_ + date::days{days_ * k};
  return add_months(fields_, months_ * k, policy_);
}

Date step(Date anchor, Period period, int k, DayOfMonthPolicy policy) { return Stepper(anchor, period, policy)(k); }

Date end_of_month(Date d) {
  const date::year_month_day ymd{d};
  return Date{ymd.year() / ymd.month() / date::last};
}

}  // namespace vest
