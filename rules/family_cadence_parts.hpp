// The cadence family's parts (family_cadence_*.cpp, one concept each) and the words they share;
// family_cadence.cpp joins the parts in the order the interpreter tries them.
#pragma once

#include "rules/rule_helpers.hpp"

namespace vest::rules::cadence_rules {
using namespace helpers;

inline Period unit_period(std::uint16_t wid, int n) {
  static const std::uint16_t month = intern("month"), months = intern("months"), quarter = intern("quarter"),
                             quarters = intern("quarters"), week = intern("week"), weeks = intern("weeks");
  if (wid == month || wid == months) return Period::months(n);
  if (wid == quarter || wid == quarters) return Period::months(3 * n);
  if (wid == week || wid == weeks) return Period::weeks(n);
  return Period::years(n);
}

inline std::optional<Item> cadence_item(Period p) {
  Item it = make(IT::cadence);
  it.period = p;
  it.has_period = true;
  return it;
}

// ("on each Quarterly Vesting Date", capitalised: a name of dates, not a cadence — the days are the definition's,
// read by "each <Name> Date" when the footnote defines them, refused when it does not; "on each quarterly vesting
// date" in lower case is the cadence's own dates.)
inline Elem adj() {
  return hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context& ctx) {
                  static const std::uint16_t vesting = intern("vesting"), date_ = intern("date"), dates = intern("dates"),
                                             each = intern("each"), every = intern("every");
                  const bool named = i > 0 && (is_w(n[i - 1], each) || is_w(n[i - 1], every)) && i < n.size() &&
                                     ctx.capitalised(n[i]);
                  // ("bi-monthly", "bi-annual", "Semi-Annual Vesting Date" after "each": the tail of a hyphenated word is
                  // not its cadence; "semi-annual" is read whole from "semi" when it is one.)
                  if (i >= 2 && n[i - 1].kind == NK::punct && n[i - 1].punct == '-' && n[i - 2].kind == NK::word &&
                      n[i - 2].e == n[i - 1].b && n[i - 1].e == n[i].b)
                    return false;
                  Period p;
                  if (!cadence_adj(n, i, p)) return false;
                  if (!named) return true;
                  std::size_t j = i;
                  if (j < n.size() && is_w(n[j], vesting)) ++j;
                  return !(j < n.size() && (is_w(n[j], date_) || is_w(n[j], dates)));
                }),
                {"monthly", "quarterly", "annual", "annually", "yearly", "semi", "semiannual", "semiannually"}, {});
}

inline Period adj_at(const Match& m, std::size_t j) {
  Period p;
  std::size_t i = m.at[j];
  cadence_adj(*m.nodes, i, p);
  return p;
}

// "month(s)", "quarter(s)", "year(s)", "week(s)": the unit of a span or a repeat.
inline Elem time_units() { return w({"month", "months", "quarter", "quarters", "year", "years", "week", "weeks"}); }

// A calendar day rule as a day_policy item: the rule, its day as the policy, its period when regular.
inline std::optional<Item> calendar_item(const CalendarDays& c) {
  if (!c.ok()) return std::nullopt;
  Item it = make(IT::day_policy);
  it.calendar = c;
  it.policy = c.day;
  it.has_policy = true;
  if (const auto pm = c.period_months()) {
    it.period = Period::months(*pm);
    it.has_period = true;
  }
  return it;
}

std::vector<ItemRule> through_and_ending_rules();     // family_cadence_starts_and_ends.cpp
std::vector<ItemRule> beginning_and_first_installment_rules();
std::vector<ItemRule> fully_vested_on_rules();
std::vector<ItemRule> monthly_anniversary_and_from_rules();
std::vector<ItemRule> first_date_and_full_vesting_rules();
std::vector<Example> starts_and_first_installment_examples();
std::vector<Example> ends_and_restated_starts_examples();
std::vector<ItemRule> count_and_span_rules();        // family_cadence_counts_and_spans.cpp
std::vector<Example> count_and_span_examples();
std::vector<ItemRule> rate_rules();                  // family_cadence_periods.cpp
std::vector<ItemRule> period_phrase_rules();
std::vector<ItemRule> bare_period_rules();
std::vector<Example> period_examples();
std::vector<ItemRule> calendar_day_rules();          // family_cadence_calendar_days.cpp
std::vector<Example> calendar_day_examples();
std::vector<Example> month_names_of_each_year_examples();
std::vector<Example> named_date_examples();  // family_cadence_calendar_days.cpp
std::vector<ItemRule> cadence_dates_in_parentheses_rules();
std::vector<Example> cadence_dates_in_parentheses_examples();
std::vector<ItemRule> day_of_month_rules();          // family_cadence_days_of_month.cpp
std::vector<Example> day_of_month_examples();
std::vector<ItemRule> anniversary_rules();           // family_cadence_anniversaries.cpp
std::vector<Example> anniversary_examples();

}  // namespace vest::rules::cadence_rules
