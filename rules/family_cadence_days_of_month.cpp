// Cadence rules: the day of each month installments fall on ("on the 15th of each month", "on the last
// day of every month", "on the first business day of each quarter").
#include "rules/family_cadence_parts.hpp"

namespace vest::rules::cadence_rules {

std::vector<ItemRule> day_of_month_rules() {
  return {
      // "on the 1st of each month", "on the 15th of every month".
      {"on the <ordinal> of each month", 5,
       {opt(w({"on"})), opt(w({"the"})), k(NK::ordinal), w({"of"}), w({"each", "every"}), opt(w({"calendar"})), w({"month"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& o = m.node(2);
         if (o.num < 1 || o.num > 31) return std::nullopt;
         const DayOfMonthPolicy day =
             o.num == 1 ? DayOfMonthPolicy::first_day_of_month() : DayOfMonthPolicy::fixed_day(static_cast<unsigned>(o.num));
         return calendar_item(CalendarDays::of_period(1, 1, day));
       }},
      {"on the last day of every month", 5,
       {opt(w({"on"})), opt(w({"the"})), w({"last"}), w({"day"}), w({"of"}), opt(w({"each", "every", "the"})),
        opt(w({"successive", "subsequent", "succeeding", "following"})), opt(w({"calendar"})), w({"month", "quarter"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t quarter = intern("quarter");
         Item it = make(IT::day_policy);
         it.policy = DayOfMonthPolicy::last_day_of_month();
         it.has_policy = true;
         // ("the last day of the successive month" says nothing clear.)
         if (m.has(6) && !(m.has(5) && m.node(5).wid != intern("the"))) return std::nullopt;
         if (m.has(5) && m.node(5).wid != intern("the")) {
           it.period = m.node(8).wid == quarter ? Period::months(3) : Period::months(1);
           it.has_period = true;
           if (m.node(8).wid != quarter) it.calendar = CalendarDays::of_period(1, 1, it.policy);  // each month's last day
         }
         return it;
       }},
      {"on the first business day of each quarter", 5,
       {opt(w({"on"})), opt(w({"the"})), first_or_next(), w({"business", "trading"}), w({"day"}), w({"of"}),
        opt(w({"each", "every", "the"})), opt(w({"calendar"})), w({"month", "quarter"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t quarter = intern("quarter");
         Item it = make(IT::day_policy);
         it.policy = DayOfMonthPolicy::first_day_of_month();
         it.has_policy = true;
         const bool q = m.node(8).wid == quarter;
         it.period = q ? Period::months(3) : Period::months(1);
         it.has_period = m.has(6) && m.node(6).wid != intern("the");
         it.assumption = std::string("assumed \"first business day\" is the 1st calendar day of the ") + (q ? "quarter" : "month") +
                   " (business-day calendars are not modelled)";
         return it;
       }},
      {"on the <ordinal> day of each month", 5,
       {opt(w({"on"})), opt(w({"the"})), k(NK::ordinal), w({"day"}), w({"of"}), opt(w({"each", "every", "the"})),
        opt(w({"calendar"})), w({"month"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& o = m.node(2);
         if (o.num < 1 || o.num > 31) return std::nullopt;
         Item it = make(IT::day_policy);
         it.policy = o.num == 1 ? DayOfMonthPolicy::first_day_of_month() : DayOfMonthPolicy::fixed_day(static_cast<unsigned>(o.num));
         it.has_policy = true;
         if (m.has(5) && m.node(5).wid != intern("the")) {
           it.period = Period::months(1);
           it.has_period = true;
           it.calendar = CalendarDays::of_period(1, 1, it.policy);  // "each month": a day of the calendar
         }
         return it;
       }},
  };
}

std::vector<Example> day_of_month_examples() {
  return {
      // "the first business day of each calendar quarter" begins a quarter (January, April, July, October), and a series
      // that begins on a stated start does not vest before it: a start on another day is refused, not moved back.
      {"The RSUs vest in equal quarterly installments on the first business day of each calendar quarter over one year, "
       "commencing April 1, 2025.",
       "2025-03-01", "4", "time_based", "2025-04-01=1 2025-07-01=1 2025-10-01=1 2026-01-01=1", "", false},
      {"The RSUs vest in equal quarterly installments on the first business day of each calendar quarter over one year, "
       "commencing April 15, 2025.",
       "2025-03-01", "4", "unrecognized", "", "before the series' stated start", false},
      {"The RSUs vest in equal quarterly installments on the first business day of each calendar quarter over one year, "
       "commencing May 20, 2025.",
       "2025-03-01", "4", "unrecognized", "", "does not begin a calendar quarter", false},
      // The day rule's period against the cadence (assemble_installments.cpp): a quarter's last day is not monthly.
      {"The shares vest in 12 equal monthly installments on the last day of each quarter, commencing on January 31, 2025.",
       "2025-01-01", "12", "unrecognized", "", "falls every", false},
      {"The shares vest in 4 equal quarterly installments on the last day of each quarter, commencing on March 31, 2025.",
       "2025-01-01", "4", "time_based", "2025-03-31=1 2025-06-30=1 2025-09-30=1 2025-12-31=1", "", false},
      // Days of each month are days of the calendar too: the first after the cliff.
      {"1/6 of the units vest on January 4, 2020, with the remainder vesting in five successive equal monthly installments "
       "on the 1st of each month thereafter.",
       "2019-07-07", "6", "time_based", "2020-01-04=1 2020-02-01=1 2020-03-01=1 2020-04-01=1 2020-05-01=1 2020-06-01=1", "", false},
      {"25% of the units vest on January 4, 2020, and the remainder vest in three equal monthly installments on the 15th day "
       "of each month thereafter.",
       "2019-07-07", "4", "time_based", "2020-01-04=1 2020-01-15=1 2020-02-15=1 2020-03-15=1", "", false},
      {"25% of the units vest on January 15, 2020, and the remainder vest in three equal monthly installments on the last "
       "day of each month thereafter.",
       "2019-07-07", "4", "time_based", "2020-01-15=1 2020-01-31=1 2020-02-29=1 2020-03-31=1", "", false},
  };
}

}  // namespace vest::rules::cadence_rules
