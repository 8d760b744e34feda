#include "engine/core/calendar_days.hpp"

#include <bit>

namespace vest {

namespace {

// The rule's date in month (y, m): the policy's day, clamped to the month's end.
Date day_in(const DayOfMonthPolicy& p, int y, unsigned m) {
  const Date first{date::year{y} / date::month{m} / 1};
  return add_months(first, 0, p);
}

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

}  // namespace

CalendarDays CalendarDays::of_months(std::initializer_list<unsigned> ms, DayOfMonthPolicy day) {
  CalendarDays c;
  for (unsigned m : ms)
    if (m >= 1 && m <= 12) c.months |= static_cast<std::uint16_t>(1u << (m - 1));
  c.day = day;
  return c;
}

CalendarDays CalendarDays::of_period(int every, unsigned phase, DayOfMonthPolicy day) {
  CalendarDays c;
  c.day = day;
  if (every < 1 || every > 12 || 12 % every != 0 || phase < 1 || phase > 12) return c;
  for (unsigned m = (phase - 1) % static_cast<unsigned>(every); m < 12; m += static_cast<unsigned>(every))
    c.months |= static_cast<std::uint16_t>(1u << m);
  return c;
}

bool CalendarDays::ok() const {
  using K = DayOfMonthPolicy::Kind;
  const bool day_ok = day.kind == K::first_day_of_month || day.kind == K::last_day_of_month ||
                      (day.kind == K::fixed_day && day.day >= 1 && day.day <= 31);
  return (months & 0xFFF) != 0 && day_ok;
}

int CalendarDays::per_year() const { return std::popcount(static_cast<unsigned>(months & 0xFFF)); }

bool CalendarDays::contains(Date d) const {
  const date::year_month_day ymd{d};
  const unsigned m = unsigned(ymd.month());
  return ((months >> (m - 1)) & 1u) && day_in(day, static_cast<int>(ymd.year()), m) == d;
}

Date CalendarDays::nth_after(Date start, int k, bool inclusive) const {
  if (!ok() || k < 1) return start;
  const date::year_month_day ymd{start};
  const int y0 = static_cast<int>(ymd.year());
  const unsigned m0 = unsigned(ymd.month());
  // Position (as a count of rule months since January of y0) of the first rule date after start.
  std::vector<unsigned> list;
  for (unsigned m = 1; m <= 12; ++m)
    if ((months >> (m - 1)) & 1u) list.push_back(m);
  const int n = static_cast<int>(list.size());
  int first = n;  // index into the infinite sequence list[i % n] of year y0 + i / n
  for (int i = 0; i < n; ++i) {
    const unsigned m = list[static_cast<std::size_t>(i)];
    if (m < m0) continue;
    const Date d = day_in(day, y0, m);
    if (d > start || (inclusive && d == start)) { first = i; break; }
  }
  const int idx = first + k - 1;
  return day_in(day, y0 + idx / n, list[static_cast<std::size_t>(idx % n)]);
}

std::vector<Date> CalendarDays::dates_after(Date start, int count, bool inclusive) const {
  std::vector<Date> out;
  out.reserve(count > 0 ? static_cast<std::size_t>(count) : 0);
  for (int k = 1; k <= count; ++k) out.push_back(nth_after(start, k, inclusive));
  return out;
}

std::optional<int> CalendarDays::period_months() const {
  const int n = per_year();
  if (n == 0 || 12 % n != 0) return std::nullopt;
  const int every = 12 / n;
  unsigned first = 0;
  while (!((months >> first) & 1u)) ++first;
  return of_period(every, first + 1, day).months == months ? std::optional<int>(every) : std::nullopt;
}

std::string to_string(const CalendarDays& c) {
  std::string days;
  using K = DayOfMonthPolicy::Kind;
  days = c.day.kind == K::last_day_of_month ? "last day of " : c.day.kind == K::first_day_of_month ? "first day of " : "day " + std::to_string(c.day.day) + " of ";
  std::string ms;
  for (unsigned m = 1; m <= 12; ++m)
    if ((c.months >> (m - 1)) & 1u) ms += (ms.empty() ? "" : ", ") + std::string(kMonthNames[m - 1]);
  return days + ms;
}

}  // namespace vest
