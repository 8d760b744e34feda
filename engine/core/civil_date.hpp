// Civil dates for vesting schedules.
//
// A vesting date is a calendar day with no time zone: "the first anniversary of
// December 16, 2013" is 2014-12-16 wherever the reader sits. vest stores dates as
// `date::sys_days` (a day count: cheap to store, compare and subtract) and steps
// months and years through `date::year_month_day` fields, exactly as Howard
// Hinnant's date library intends. `date::months`/`date::years` are average-length
// durations and are never added to a `sys_days` here.
//
// The one hard question is what "one month after Jan 31" means. abseil's case
// study lists three defensible answers (Feb 28/29, Mar 2/3, or "last day of
// month"); vesting agreements answer it with a *day-of-month policy*, so every
// month step in vest goes through `add_months` with a named `DayOfMonthPolicy`:
//
//   add_months(2024-01-31, 1, vesting_start_day)           == 2024-02-29  (clamped)
//   add_months(2024-01-31, 2, vesting_start_day)           == 2024-03-31  (anchor day again)
//   add_months(2025-01-31, 1, vesting_start_day_minus_one) == 2025-02-27  (clamp, then -1 day)
//   add_months(2024-01-15, 1, last_day_of_month)           == 2024-02-29
//   add_months(2024-01-15, 1, fixed_day(25))               == 2024-02-25
//
// Installment k of a schedule is always anchor + k·period (QuantLib's rule): it
// is computed from the anchor, never from installment k-1, so a monthly series
// from Jan 31 returns to the 31st after February instead of drifting to the 29th.
#pragma once

#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vest {

using Date = date::sys_days;

// Builds a date from fields; std::nullopt for impossible dates (2023-02-30):
// an invalid input date is rejected, never rolled over.
std::optional<Date> make_date(int year, unsigned month, unsigned day);

// Parses strict ISO "YYYY-MM-DD"; std::nullopt for anything else or an impossible date.
std::optional<Date> parse_iso_date(std::string_view text);

// "2014-12-16".
std::string to_iso(Date d);

enum class PeriodUnit : std::uint8_t { days, weeks, months, quarters, years };

// A calendar period such as "3 months" or "1 year". Quarters and years are
// month steps (3 and 12 months) and so obey the day-of-month policy.
struct Period {
  PeriodUnit unit = PeriodUnit::months;
  int count = 1;

  static constexpr Period days(int n) { return {PeriodUnit::days, n}; }
  static constexpr Period weeks(int n) { return {PeriodUnit::weeks, n}; }
  static constexpr Period months(int n) { return {PeriodUnit::months, n}; }
  static constexpr Period quarters(int n) { return {PeriodUnit::quarters, n}; }
  static constexpr Period years(int n) { return {PeriodUnit::years, n}; }

  // Length in months for month-based units; std::nullopt for days and weeks.
  std::optional<int> in_months() const;
  friend bool operator==(const Period&, const Period&) = default;
};

std::string to_string(const Period& p);  // "3 months", "1 year"

// Which day of the target month a month step lands on.
struct DayOfMonthPolicy {
  enum class Kind : std::uint8_t {
    vesting_start_day,            // the anchor's day, clamped to the month's end (default)
    last_day_of_month,            // always the month's last day
    first_day_of_month,           // always the 1st
    vesting_start_day_minus_one,  // the anchor's day clamped, then one day earlier
    fixed_day,                    // a stated day D ("the 25th day of each month"), clamped
  };
  Kind kind = Kind::vesting_start_day;
  unsigned day = 0;  // only for fixed_day, 1..31

  static constexpr DayOfMonthPolicy vesting_start_day() { return {Kind::vesting_start_day, 0}; }
  static constexpr DayOfMonthPolicy last_day_of_month() { return {Kind::last_day_of_month, 0}; }
  static constexpr DayOfMonthPolicy first_day_of_month() { return {Kind::first_day_of_month, 0}; }
  static constexpr DayOfMonthPolicy vesting_start_day_minus_one() {
    return {Kind::vesting_start_day_minus_one, 0};
  }
  static constexpr DayOfMonthPolicy fixed_day(unsigned d) { return {Kind::fixed_day, d}; }
  friend bool operator==(const DayOfMonthPolicy&, const DayOfMonthPolicy&) = default;
};

std::string to_string(const DayOfMonthPolicy& p);

// Parses the names used on the command line and in JSON: "vesting_start_day",
// "last_day_of_month", "first_day_of_month", "vesting_start_day_minus_one", "day:25".
std::optional<DayOfMonthPolicy> parse_day_of_month_policy(std::string_view text);

// The one month step of vest. `months` may be negative.
// Example: add_months(2024-02-29, 12) == 2025-02-28; add_months(2024-02-29, 48) == 2028-02-29.
Date add_months(Date anchor, int months, DayOfMonthPolicy policy = DayOfMonthPolicy::vesting_start_day());

// anchor + k·period. Day and week periods ignore the policy.
// Example: step(2013-12-16, Period::months(1), 13) == 2015-01-16.
Date step(Date anchor, Period period, int k, DayOfMonthPolicy policy = DayOfMonthPolicy::vesting_start_day());

// step() for many k from one anchor: the anchor's fields are read once
// instead of once per date. step() itself is Stepper(anchor, period, policy)(k),
// so the two cannot disagree.
// Example: Stepper s(2013-12-16, Period::months(1)); s(13) == 2015-01-16.
class Stepper {
 public:
  Stepper(Date anchor, Period period, DayOfMonthPolicy policy = DayOfMonthPolicy::vesting_start_day());
  Date operator()(int k) const;

 private:
  Date anchor_;
  bool by_days_ = false;  // day and week periods ignore the policy
  int days_ = 0;          // days per step, for day and week periods
  int months_ = 0;        // months per step, for month-based periods
  int year_ = 0;          // the anchor's fields, for month-based periods
  unsigned month_ = 1, day_ = 1;
  DayOfMonthPolicy policy_;
};

// Last day of d's month.
Date end_of_month(Date d);

}  // namespace vest
