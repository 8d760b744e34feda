// Family: cadence — how installments repeat and how many there are.
// "monthly", "every three months", "at the end of each successive three-month
// period", "on a quarterly basis", "each Quarterly Date"; counts ("four
// substantially equal annual installments"); spans ("over three years", "for
// the following 36 months"); ends ("through <when>", "until <when>", "until
// fully vested"); starts ("beginning on <when>", "following <when>");
// "thereafter"; day-of-month wording ("on the last day of every month", "on
// the 25th day of each month", "on the first business day of each quarter").
// The rules are in family_cadence_*.cpp, one concept a file; here they are joined in the order the
// interpreter tries them (at a position the first rule that matches wins, so the order is meaning).
#include "rules/family_cadence_parts.hpp"

namespace vest::rules {

Family cadence_family() {
  using namespace cadence_rules;
  return join_parts("cadence",
                    {
                        through_and_ending_rules,               // family_cadence_starts_and_ends.cpp
                        beginning_and_first_installment_rules,  // family_cadence_starts_and_ends.cpp
                        fully_vested_on_rules,                  // family_cadence_starts_and_ends.cpp
                        monthly_anniversary_and_from_rules,     // family_cadence_starts_and_ends.cpp
                        cadence_dates_in_parentheses_rules,     // family_cadence_calendar_days.cpp
                        count_and_span_rules,                   // family_cadence_counts_and_spans.cpp
                        rate_rules,                             // family_cadence_periods.cpp
                        first_date_and_full_vesting_rules,      // family_cadence_starts_and_ends.cpp
                        period_phrase_rules,                    // family_cadence_periods.cpp
                        calendar_day_rules,                     // family_cadence_calendar_days.cpp
                        day_of_month_rules,                     // family_cadence_days_of_month.cpp
                        anniversary_rules,                      // family_cadence_anniversaries.cpp
                        bare_period_rules,                      // family_cadence_periods.cpp
                    },
                    {starts_and_first_installment_examples, ends_and_restated_starts_examples, count_and_span_examples,
                     period_examples, calendar_day_examples, month_names_of_each_year_examples, named_date_examples,
                     cadence_dates_in_parentheses_examples, day_of_month_examples, anniversary_examples});
}

}  // namespace vest::rules
