// Day-number arithmetic for the portfolio hot paths.
//
// The engine's `vest::add_months` (civil_date.hpp) is the definition of a
// month step; these are the same calendar rules written over plain integers so
// that a query can evaluate millions of tranche dates without leaving
// registers. Days are `sys_days` counts (days since 1970-01-01). Hinnant's
// days_from_civil / civil_from_days algorithms. tests/portfolio checks
// `add_months_days` against `vest::add_months` for every policy.
#pragma once

#include "engine/core/civil_date.hpp"

#include <cstdint>

namespace vest::portfolio {

struct Civil {
  int y;
  unsigned m;  // 1..12
  unsigned d;  // 1..31
};

[[gnu::always_inline]] constexpr std::int32_t days_from_civil(int y, unsigned m, unsigned d) noexcept {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

[[gnu::always_inline]] constexpr Civil civil_from_days(std::int32_t z) noexcept {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

[[gnu::always_inline]] constexpr unsigned last_day_of_month(int y, unsigned m) noexcept {
  constexpr unsigned char k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m != 2) return k[m - 1];
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return leap ? 29 : 28;
}

// Month index (y*12 + m-1) of a civil date; floor division back.
constexpr int month_index(const Civil& c) noexcept { return c.y * 12 + static_cast<int>(c.m) - 1; }

// vest::add_months over day numbers, with the anchor already split into fields.
constexpr std::int32_t add_months_days(const Civil& a, int months, DayOfMonthPolicy policy) noexcept {
  const int mi = month_index(a) + months;
  const int y = (mi >= 0 ? mi : mi - 11) / 12;
  const unsigned m = static_cast<unsigned>(mi - y * 12) + 1;
  const unsigned last = last_day_of_month(y, m);
  using K = DayOfMonthPolicy::Kind;
  switch (policy.kind) {
    case K::vesting_start_day: return days_from_civil(y, m, a.d < last ? a.d : last);
    case K::last_day_of_month: return days_from_civil(y, m, last);
    case K::first_day_of_month: return days_from_civil(y, m, 1);
    case K::vesting_start_day_minus_one: return days_from_civil(y, m, a.d < last ? a.d : last) - 1;
    case K::fixed_day: return days_from_civil(y, m, policy.day < last ? policy.day : last);
  }
  return days_from_civil(a.y, a.m, a.d);
}

inline std::int32_t to_days(Date d) noexcept { return static_cast<std::int32_t>(d.time_since_epoch().count()); }
inline Date from_days(std::int32_t d) noexcept { return Date{date::days{d}}; }

}  // namespace vest::portfolio
