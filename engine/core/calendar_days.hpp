// Calendar day rules: series whose dates are fixed days of the calendar.
//
// Many agreements vest on days of the calendar rather than on anchor + k·period:
// "on the last day of each calendar quarter" (Mar 31, Jun 30, Sep 30, Dec 31),
// "on the first day of each January, April, July and October", "on each
// February 15, May 15, August 15 and November 15", "on the fifteenth day of the
// second month of each calendar quarter". A `CalendarDays` is that rule: a set
// of months and one day-of-month policy (a fixed day, the 1st, or the month's
// last day). Its dates need no anchor; a series on it is "the k-th rule date
// after <start>".
//
// As with `step` (civil_date.hpp), the k-th date is computed from the rule and
// the start, never from date k-1 (QuantLib's rule), so a fixed day 31 gives
// Jan 31, Apr 30, Jul 31 instead of drifting to the 30th:
//   CalendarDays::quarter_ends().nth_after(2025-05-15, 1) == 2025-06-30
//   CalendarDays::quarter_ends().nth_after(2025-05-15, 4) == 2026-03-31
//   CalendarDays::of_months({1, 4, 7, 10}, first_day_of_month).nth_after(2025-07-01, 1) == 2025-10-01
#pragma once

#include "engine/core/civil_date.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace vest {

struct CalendarDays {
  std::uint16_t months = 0;  // bit m-1 set for month m (1..12)
  DayOfMonthPolicy day = DayOfMonthPolicy::first_day_of_month();  // fixed_day, first_day_of_month or last_day_of_month

  // The months given, the day rule given. Months outside 1..12 are ignored.
  static CalendarDays of_months(std::initializer_list<unsigned> ms, DayOfMonthPolicy day);
  // Every `every`-th month starting at month `phase` (1..12): of_period(3, 3, last) = quarter ends.
  static CalendarDays of_period(int every, unsigned phase, DayOfMonthPolicy day);
  static CalendarDays quarter_ends() { return of_period(3, 3, DayOfMonthPolicy::last_day_of_month()); }

  // A usable rule: at least one month, and a day rule that does not depend on an anchor.
  bool ok() const;
  int per_year() const;  // number of months in the rule
  bool contains(Date d) const;

  // The k-th (k >= 1) rule date strictly after `start`; the k-th on or after it when `inclusive`.
  // Example: quarter_ends().nth_after(2025-06-30, 1) == 2025-09-30; with inclusive, 2025-06-30.
  Date nth_after(Date start, int k, bool inclusive = false) const;
  // The first `count` rule dates after `start` (nth_after for k = 1..count).
  std::vector<Date> dates_after(Date start, int count, bool inclusive = false) const;

  // The months as a regular period when they are evenly spaced ("each calendar quarter": 3 months).
  std::optional<int> period_months() const;
  friend bool operator==(const CalendarDays&, const CalendarDays&) = default;
};

// "last day of March, June, September and December".
std::string to_string(const CalendarDays& c);

}  // namespace vest
