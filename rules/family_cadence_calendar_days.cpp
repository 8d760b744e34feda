// Cadence rules: days of the calendar installments fall on ("the first day of each January, April,
// July and October", "the last day of each calendar quarter", "April 15 and October 15 of each year").
#include "rules/family_cadence_parts.hpp"

namespace vest::rules::cadence_rules {

namespace {

// "first", "15th", "fifteenth", "last": the day of a calendar day rule.
bool day_rule_word(const Node& n, DayOfMonthPolicy& out) {
  static const std::uint16_t last = intern("last");
  if (n.kind == NK::ordinal && n.num >= 1 && n.num <= 31) {
    out = n.num == 1 ? DayOfMonthPolicy::first_day_of_month() : DayOfMonthPolicy::fixed_day(static_cast<unsigned>(n.num));
    return true;
  }
  if (n.kind == NK::word && n.wid == last && last != 0) {
    out = DayOfMonthPolicy::last_day_of_month();
    return true;
  }
  return false;
}

// A month's full name ("january") → 1..12; 0 for any other word.
unsigned month_word(const Node& n) {
  static const std::array<std::uint16_t, 12> ids = {
      intern("january"), intern("february"), intern("march"),     intern("april"),   intern("may"),      intern("june"),
      intern("july"),    intern("august"),   intern("september"), intern("october"), intern("november"), intern("december")};
  if (n.kind != NK::word || n.wid == 0) return 0;
  for (unsigned m = 0; m < 12; ++m)
    if (ids[m] == n.wid) return m + 1;
  return 0;
}

// "of each year", "of every calendar year" at n[j]: the nodes it takes (0 when absent). Said after month names it
// only repeats that the days recur every year, so it is part of the day rule, not a second cadence.
std::size_t of_each_year(const std::vector<Node>& n, std::size_t j) {
  static const std::uint16_t of = intern("of"), each = intern("each"), every = intern("every"),
                             calendar = intern("calendar"), year = intern("year");
  if (j + 2 >= n.size() || !is_w(n[j], of) || !(is_w(n[j + 1], each) || is_w(n[j + 1], every))) return 0;
  std::size_t k = j + 2;
  if (k < n.size() && is_w(n[k], calendar)) ++k;
  return k < n.size() && is_w(n[k], year) ? k + 1 - j : 0;
}

// "January, April, July and October": month names joined by commas and "and" (two or more, increasing), or one
// month when "of each year" follows ("the first day of January of each year"); a trailing "of each year" is taken.
Elem month_names() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t and_ = intern("and");
    std::size_t last = i;
    unsigned prev = 0, first = 0;
    bool wrapped = false;  // "each September, December, March and June": once round the year, in order
    int count = 0;
    for (std::size_t j = i; j < n.size() && j < i + 30; ++j) {
      if (const unsigned m = month_word(n[j])) {
        if (m <= prev) {
          if (wrapped) return false;
          wrapped = true;
        }
        if (wrapped && m >= first) return false;
        if (!first) first = m;
        prev = m;
        ++count;
        last = j + 1;
      } else if (!((n[j].kind == NK::punct && n[j].punct == ',') || is_w(n[j], and_))) {
        break;
      }
    }
    const std::size_t tail = count >= 1 ? of_each_year(n, last) : 0;
    if (count < 2 && tail == 0) return false;
    i = last + tail;
    return true;
  });
}

// "first", "15th", "fifteenth", "last": the day of a calendar day rule.
Elem day_of_rule() {
  return hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    DayOfMonthPolicy p;
    if (i < n.size() && day_rule_word(n[i], p)) { ++i; return true; }
    return false;
  }), {"last"}, {NK::ordinal});
}

// "second", "third", "last": the month of each calendar quarter a day rule names.
Elem month_of_quarter() {
  return hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t last = intern("last");
    if (i < n.size() && ((n[i].kind == NK::ordinal && n[i].num >= 1 && n[i].num <= 3) || is_w(n[i], last))) { ++i; return true; }
    return false;
  }), {"last"}, {NK::ordinal});
}

// ", October 15", "and October 15": the month-days after the first (none is one day).
Elem more_month_days() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t and_ = intern("and");
    std::size_t last = i;
    for (std::size_t j = i; j < n.size() && j < i + 30; ++j) {
      if (n[j].kind == NK::month_day) last = j + 1;
      else if (!((n[j].kind == NK::punct && n[j].punct == ',') || is_w(n[j], and_))) break;
    }
    i = last;  // (none more: one day)
    return true;
  });
}

// "such date", "Quarterly Vesting Date": words up to "date" (at most four).
Elem words_to_date() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t date_ = intern("date");
    for (std::size_t j = i; j < n.size() && j < i + 4; ++j) {
      if (n[j].kind != NK::word) return false;
      if (n[j].wid == date_ && date_ != 0) { i = j + 1; return true; }
    }
    return false;
  });
}

// The days of the month-days listed in nodes [from, to) (helpers::MonthDayList).
std::optional<helpers::ListedDays> listed_month_days(const std::vector<Node>& n, std::size_t from, std::size_t to) {
  helpers::MonthDayList list;
  for (std::size_t j = from; j < to; ++j)
    if (n[j].kind == NK::month_day) list.add(n[j].month, n[j].day);
  return list.days();
}

}  // namespace

std::vector<ItemRule> calendar_day_rules() {
  return {
      // Calendar day rules: the days of the calendar the installments fall on, whatever the anchor.
      // (Without "each": "on the first day of April, July, October and January" names days of every year too; without
      // "day": "on the 1st of March, June, September and December" — two months or more follow, so never a date.)
      {"on the first day of each January, April, July and October", 5,
       {opt(w({"on"})), opt(w({"the"})), day_of_rule(),
        opt(w({"calendar"})), opt(w({"day"})), w({"of"}), opt(w({"each", "every"})), opt(w({"of"})), month_names()},
       [](const Match& m) -> std::optional<Item> {
         DayOfMonthPolicy day;
         day_rule_word(m.node(2), day);
         CalendarDays c;
         c.day = day;
         for (std::size_t j = m.at[8]; j < m.end; ++j)
           if (const unsigned mo = month_word((*m.nodes)[j])) c.months |= static_cast<std::uint16_t>(1u << (mo - 1));
         return calendar_item(c);
       }},
      {"on the fifteenth day of the second month of each calendar quarter", 5,
       {opt(w({"on"})), opt(w({"the"})), day_of_rule(),
        w({"day"}), w({"of"}), w({"the"}), month_of_quarter(),
        w({"month"}), w({"of"}), w({"each", "every"}), w({"calendar"}), w({"quarter"})},
       [](const Match& m) -> std::optional<Item> {
         DayOfMonthPolicy day;
         day_rule_word(m.node(2), day);
         const Node& mo = m.node(6);
         const unsigned phase = mo.kind == NK::ordinal ? static_cast<unsigned>(mo.num) : 3u;
         return calendar_item(CalendarDays::of_period(3, phase, day));
       }},
      // "on the fifteenth day of the month following the end of each calendar quarter": the first month of the next
      // quarter (January, April, July, October); a fiscal quarter is not the calendar's (not read).
      {"on the fifteenth day of the month following the end of each calendar quarter", 5,
       {opt(w({"on"})), opt(w({"the"})), day_of_rule(), w({"day"}), w({"of"}), w({"the"}), w({"month"}),
        w({"following", "after"}), w({"the"}), w({"end", "close"}), w({"of"}), w({"each", "every"}), w({"calendar"}),
        w({"quarter"})},
       [](const Match& m) -> std::optional<Item> {
         DayOfMonthPolicy day;
         day_rule_word(m.node(2), day);
         return calendar_item(CalendarDays::of_period(3, 1, day));
       }},
      // "on the last day of each calendar quarter", "on the first day of each calendar quarter", "... calendar year":
      // only with "calendar" (a "quarter" alone may count from the grant).
      {"on the last day of each calendar quarter", 5,
       {opt(w({"on"})), opt(w({"the"})), day_of_rule(),
        w({"day"}), w({"of"}), w({"each", "every"}), opt(w({"subsequent", "succeeding", "following"})), w({"calendar"}),
        w({"quarter", "year"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t quarter = intern("quarter");
         DayOfMonthPolicy day;
         day_rule_word(m.node(2), day);
         const bool last = day.kind == DayOfMonthPolicy::Kind::last_day_of_month;
         if (m.node(8).wid == quarter) return calendar_item(CalendarDays::of_period(3, last ? 3u : 1u, day));
         return calendar_item(CalendarDays::of_months({last ? 12u : 1u}, day));
       }},
      // "on December 31 of each year", "on April 15 and October 15 of each year", "on June 30 and December 31 of
      // each calendar year": one day rule when the days are the same (or all month ends).
      {"on April 15 and October 15 of each year", 5,
       {opt(w({"on"})), k(NK::month_day), more_month_days(),
        w({"of"}), w({"each", "every"}), opt(w({"calendar"})), w({"year"})},
       [](const Match& m) -> std::optional<Item> {
         const auto listed = listed_month_days(*m.nodes, m.at[1], m.at[3]);
         if (!listed) return std::nullopt;
         return calendar_item(listed->days);
       }},
      // "beginning with the first such date after the grant date", "beginning with the first Quarterly Vesting
      // Date following X", "beginning on the first such date to occur after X": the first of the series' days after X.
      {"beginning with the first such date following <when>", 5,
       {w({"beginning", "commencing", "starting"}), w({"with", "on"}), opt(w({"the"})), first_or_next(),
        words_to_date(),
        opt(w({"to"})), opt(w({"occur", "occurring"})), w({"following", "after"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(8).when;
         it.first_step = 1;
         it.tag = Tag::first_rule_date;  // only beside a day rule the series was read with (place_anchor)
         return it;
       }},
      // "at the end of each calendar quarter", "at the close of each calendar month": the calendar's period ends.
      {"at the end of each calendar quarter", 5,
       {opt(w({"at", "on"})), opt(w({"the"})), w({"end", "close"}), w({"of"}), w({"each", "every"}),
        opt(w({"subsequent", "succeeding", "following", "full", "successive"})), opt(w({"calendar"})), w({"quarter", "month", "year"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t quarter = intern("quarter"), month = intern("month"), full = intern("full");
         const auto id = m.node(7).wid;
         // "at the end of each month" is a calendar month's end; "each quarter" or "each year" without
         // "calendar" may count from the grant; "each full month (of continuous service)" is a month of
         // service counted from the start, not a calendar month (family_cadence_anniversaries.cpp).
         if (!m.has(6) && (id != month || (m.has(5) && m.node(5).wid == full))) return std::nullopt;
         const DayOfMonthPolicy last = DayOfMonthPolicy::last_day_of_month();
         return calendar_item(id == quarter ? CalendarDays::quarter_ends()
                              : id == month ? CalendarDays::of_period(1, 1, last)
                                            : CalendarDays::of_months({12u}, last));
       }},
  };
}

// Month names with "of each year": the days recur yearly, one day rule (not a second, annual cadence).
std::vector<Example> month_names_of_each_year_examples() {
  return {
      {"The award vests in sixteen equal quarterly installments on the 15th day of February, May, August and November of "
       "each year, commencing on May 15, 2024.",
       "2024-03-08", "16", "time_based",
       "2024-05-15=1 2024-08-15=1 2024-11-15=1 2025-02-15=1 2025-05-15=1 2025-08-15=1 2025-11-15=1 2026-02-15=1 "
       "2026-05-15=1 2026-08-15=1 2026-11-15=1 2027-02-15=1 2027-05-15=1 2027-08-15=1 2027-11-15=1 2028-02-15=1", "", false},
      {"The award vests in four equal semi-annual installments on the first day of January and July of each calendar year, "
       "commencing on January 1, 2025.",
       "2024-03-08", "4", "time_based", "2025-01-01=1 2025-07-01=1 2026-01-01=1 2026-07-01=1", "", false},
      {"The RSUs vest in three equal annual installments on the first day of January of each year, beginning January 1, "
       "2025.",
       "2024-03-08", "3", "time_based", "2025-01-01=1 2026-01-01=1 2027-01-01=1", "", false},
      {"The RSUs vest in sixteen equal monthly installments on the 15th day of February, May, August and November of each "
       "year.",
       "2024-03-08", "16", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in three equal annual installments on the first day of January of each year, beginning March 1, 2025.",
       "2024-03-08", "3", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in full on the first day of January of the year following the year of grant.",
       "2024-03-08", "3", "unrecognized", "", "not understood", false},
  };
}

std::vector<Example> calendar_day_examples() {
  return {
      // A name of dates defined after its use with '"X Dates" are' (read_definitions.cpp; the quotes required).
      {"One-twelfth of the units vest on the first Quarterly Vesting Date following the vesting commencement date and on "
       "each Quarterly Vesting Date thereafter. The vesting commencement date is January 20, 2025, and the \"Quarterly "
       "Vesting Dates\" are February 15, May 15, August 15 and November 15.",
       "2025-02-04", "12", "time_based",
       "2025-02-15=1 2025-05-15=1 2025-08-15=1 2025-11-15=1 2026-02-15=1 2026-05-15=1 2026-08-15=1 2026-11-15=1 "
       "2027-02-15=1 2027-05-15=1 2027-08-15=1 2027-11-15=1", "", false},
      {"One-fourth of the units vest on the first Quarterly Vesting Date following the grant date and on each Quarterly "
       "Vesting Date thereafter; the quarterly vesting dates are February 15, May 15, August 15 and November 15.",
       "2025-02-04", "4", "unrecognized", "", "the number of installments is not stated", false},
      // "the fifteenth day of the month following the end of each calendar quarter": January, April, July, October 15.
      {"25% of the RSUs vest on the first anniversary of the grant date, and the remainder vest in three equal "
       "installments on the fifteenth day of the month following the end of each calendar quarter thereafter.",
       "2025-02-03", "4", "time_based", "2026-02-03=1 2026-04-15=1 2026-07-15=1 2026-10-15=1", "", false},
      {"The RSUs vest in four equal installments on the fifteenth day of the month following the end of each fiscal "
       "quarter thereafter.",
       "2025-02-03", "4", "unrecognized", "", "without a period", false},
      // A span preamble counts a series on a calendar rule when the span from the grant date ends on one of the
      // rule's days (assemble_installments.cpp: size_claims); otherwise the count is not stated.
      {"The RSUs vest over three years: one-third on March 31, 2021, and the rest in equal installments on the last day "
       "of each calendar quarter thereafter.",
       "2020-03-31", "12", "time_based",
       "2021-03-31=4 2021-06-30=1 2021-09-30=1 2021-12-31=1 2022-03-31=1 2022-06-30=1 2022-09-30=1 2022-12-31=1 "
       "2023-03-31=1", "", false},
      {"The RSUs vest over three years: one-third on March 31, 2021, and the rest in equal installments on the last day "
       "of each calendar quarter thereafter.",
       "2020-03-15", "12", "unrecognized", "", "not stated", false},
      // Calendar day rules: the installments fall on days of the calendar, not on the anchor's day; after a
      // cliff the first is the rule's first day after it. "beginning <date>" must be one of the rule's days.
      {"25% of the shares vest on the first anniversary of the grant date and the remaining 75% vest in twelve equal "
       "quarterly installments on the first day of each January, April, July and October thereafter.",
       "2024-05-15", "16", "time_based",
       "2025-05-15=4 2025-07-01=1 2025-10-01=1 2026-01-01=1 2026-04-01=1 2026-07-01=1 2026-10-01=1 2027-01-01=1 "
       "2027-04-01=1 2027-07-01=1 2027-10-01=1 2028-01-01=1 2028-04-01=1", "", false},
      {"One-fourth of the shares vest on the first anniversary of the grant date and one-sixteenth of the shares vest on the "
       "last day of each calendar quarter thereafter until all of the shares have vested.",
       "2024-05-15", "16", "time_based",
       "2025-05-15=4 2025-06-30=1 2025-09-30=1 2025-12-31=1 2026-03-31=1 2026-06-30=1 2026-09-30=1 2026-12-31=1 "
       "2027-03-31=1 2027-06-30=1 2027-09-30=1 2027-12-31=1 2028-03-31=1", "", false},
      {"The RSUs vest in eight equal installments on the fifteenth day of the second month of each calendar quarter, "
       "beginning May 15, 2024.",
       "2024-03-01", "8", "time_based",
       "2024-05-15=1 2024-08-15=1 2024-11-15=1 2025-02-15=1 2025-05-15=1 2025-08-15=1 2025-11-15=1 2026-02-15=1", "", false},
      {"The RSUs vest in eight equal installments on the fifteenth day of the second month of each calendar quarter, "
       "beginning June 15, 2024.",
       "2024-03-01", "8", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in eight equal quarterly installments on the 15th day of each of March, June, September and "
       "December, commencing on March 15, 2024.",
       "2024-01-05", "8", "time_based",
       "2024-03-15=1 2024-06-15=1 2024-09-15=1 2024-12-15=1 2025-03-15=1 2025-06-15=1 2025-09-15=1 2025-12-15=1", "", false},
      {"The RSUs vest in three equal annual installments on December 31 of each year, beginning December 31, 2024.",
       "2024-02-10", "3", "time_based", "2024-12-31=1 2025-12-31=1 2026-12-31=1", "", false},
      {"The units vest in four equal annual installments on March 15 of each calendar year following the grant date.",
       "2024-06-10", "4", "time_based", "2025-03-15=1 2026-03-15=1 2027-03-15=1 2028-03-15=1", "", false},
      {"50% of the RSUs vest on June 10, 2025, with an additional 12.5% vesting on each subsequent February 15, May 15, "
       "August 15 and November 15 thereafter until such time as the RSUs are 100% vested.",
       "2024-06-10", "8", "time_based", "2025-06-10=4 2025-08-15=1 2025-11-15=1 2026-02-15=1 2026-05-15=1", "", false},
      {"The RSUs vest in four equal installments on the last day of each calendar quarter over one year following the "
       "grant date.",
       "2024-02-10", "4", "time_based", "2024-03-31=1 2024-06-30=1 2024-09-30=1 2024-12-31=1", "", false},
      {"The RSUs vest in twelve equal monthly installments on the first day of each January, April, July and October "
       "thereafter.",
       "2024-02-10", "12", "unrecognized", "", "cross_check_failed", false},
      {"25% of the RSUs vest on the date that is twelve months after January 16, 2026 and the remaining 75% will vest then "
       "in twelve (12) equal quarterly installments at the end of each calendar quarter.",
       "2026-03-16", "16", "time_based",
       "2027-01-16=4 2027-03-31=1 2027-06-30=1 2027-09-30=1 2027-12-31=1 2028-03-31=1 2028-06-30=1 2028-09-30=1 "
       "2028-12-31=1 2029-03-31=1 2029-06-30=1 2029-09-30=1 2029-12-31=1", "", false},
      // One or two days of each year; "beginning with the first such date after X" (the first of them after X).
      {"The units vest in 4 equal annual installments on each December 31, starting December 31, 2018.", "2018-02-01", "4",
       "time_based", "2018-12-31=1 2019-12-31=1 2020-12-31=1 2021-12-31=1", "", false},
      {"25% of the shares vest on October 5, 2026, and the remaining 75% vest in 3 successive equal annual installments on "
       "each March 1 thereafter.",
       "2025-10-05", "4", "time_based", "2026-10-05=1 2027-03-01=1 2028-03-01=1 2029-03-01=1", "", false},
      {"One-third of the RSUs vest on September 3, 2020. Thereafter, the remaining two-thirds of the RSUs will vest in four "
       "equal six-month installments on April 15 and October 15 of each year.",
       "2019-09-03", "6", "time_based", "2020-09-03=2 2020-10-15=1 2021-04-15=1 2021-10-15=1 2022-04-15=1", "", false},
      {"The option vests in 4 equal six-month installments on June 1 and December 1 of each year, beginning with the first "
       "such date after the date of the grant.",
       "2023-01-27", "4", "time_based", "2023-06-01=1 2023-12-01=1 2024-06-01=1 2024-12-01=1", "", false},
      {"25% of the award vests on January 1, 2026 and the balance vests in six equal quarterly installments thereafter on "
       "the first day of April, July, October and January.",
       "2025-01-01", "8", "time_based", "2026-01-01=2 2026-04-01=1 2026-07-01=1 2026-10-01=1 2027-01-01=1 2027-04-01=1 2027-07-01=1",
       "", false},
      {"25% of the award vests on January 1, 2026 and the balance vests in six equal quarterly installments thereafter on "
       "the first day of April and October.",
       "2025-01-01", "8", "unrecognized", "", "cadence says", false},
      {"The RSUs will vest quarterly over three years in equal installments on the 1st of March, June, September and "
       "December, beginning June 1, 2026.",
       "2026-03-01", "12", "time_based", "2026-06-01=1 2026-09-01=1 2026-12-01=1 2027-03-01=1 2027-06-01=1 2027-09-01=1 "
       "2027-12-01=1 2028-03-01=1 2028-06-01=1 2028-09-01=1 2028-12-01=1 2029-03-01=1", "", false},
      {"The RSUs will vest quarterly over three years in equal installments on the 1st of March, June, September and "
       "December, beginning June 15, 2026.",
       "2026-03-01", "12", "unrecognized", "", "is not one of", false},
      {"The units vest in four equal installments on each of January 1, April 1, July 1 and October 1, beginning on the "
       "first such date to occur after the grant date.",
       "2025-05-14", "4", "time_based", "2025-07-01=1 2025-10-01=1 2026-01-01=1 2026-04-01=1", "", false},
      {"The option vests in twelve equal quarterly installments on each January 15, April 15, July 15 and October 15, "
       "beginning with the first such date after the grant date.",
       "2023-09-07", "12", "time_based",
       "2023-10-15=1 2024-01-15=1 2024-04-15=1 2024-07-15=1 2024-10-15=1 2025-01-15=1 2025-04-15=1 2025-07-15=1 "
       "2025-10-15=1 2026-01-15=1 2026-04-15=1 2026-07-15=1", "", false},
      {"The option vests in 4 equal quarterly installments on June 1 and December 1 of each year, beginning with the first "
       "such date after the date of the grant.",
       "2023-01-27", "4", "unrecognized", "", "cross_check_failed", false},
      {"The shares vest in 4 equal semi-annual installments on April 15 and October 31 of each year, beginning with the "
       "first such date after the date of the grant.",
       "2023-01-27", "4", "unrecognized", "", "not understood", false},
      {"The shares vest in four equal monthly installments on the 15th day of each month, beginning with the first such "
       "date following the grant date.",
       "2021-01-01", "4", "time_based", "2021-01-15=1 2021-02-15=1 2021-03-15=1 2021-04-15=1", "", false},
      {"The shares vest in four equal quarterly installments on the 15th day of each quarter, beginning with the first such "
       "date following the grant date.",
       "2021-01-01", "4", "unrecognized", "", "not understood", false},
      {"As used herein, \"Quarterly Vesting Date\" means each the first day of each January, April, July and October. The "
       "shares vest in twelve equal quarterly installments on each Quarterly Vesting Date, beginning with the first Quarterly "
       "Vesting Date following June 30, 2023.",
       "2023-07-22", "12", "time_based",
       "2023-07-01=1 2023-10-01=1 2024-01-01=1 2024-04-01=1 2024-07-01=1 2024-10-01=1 2025-01-01=1 2025-04-01=1 "
       "2025-07-01=1 2025-10-01=1 2026-01-01=1 2026-04-01=1",
       "", false},
      {"As used herein, \"Quarterly Vesting Date\" means each the 15th day of the second month of each calendar quarter. The "
       "shares vest in four equal quarterly installments on each Quarterly Vesting Date, beginning with the first Quarterly "
       "Vesting Date following June 30, 2023.",
       "2023-07-22", "4", "time_based", "2023-08-15=1 2023-11-15=1 2024-02-15=1 2024-05-15=1", "", false},
      {"\"Annual Vesting Date\" means each March 1. The shares vest in two equal annual installments on each Annual Vesting "
       "Date, beginning with the first Annual Vesting Date following June 30, 2023.",
       "2023-07-22", "2", "time_based", "2024-03-01=1 2025-03-01=1", "", false},
      // A day in words that says no day of the calendar: not a named date.
      {"\"Quarterly Vesting Date\" means each the 15th day of each calendar quarter. The shares vest in four equal quarterly "
       "installments on each Quarterly Vesting Date, beginning with the first Quarterly Vesting Date following June 30, 2023.",
       "2023-07-22", "4", "unrecognized", "", "not understood", false},
  };
}

std::vector<ItemRule> cadence_dates_in_parentheses_rules() {
  return {
      // "on the Company's quarterly vesting dates (March 5, June 5, September 5 and December 5)", "the semi-annual
      // vesting dates (June 10 and December 10)": the days named in parentheses are the cadence's own, so there must be
      // as many a year as it says, evenly spaced ("quarterly" with three days, or unevenly spaced, is not read).
      {"quarterly vesting dates (March 5, June 5, September 5 and December 5)", 5,
       // (Tried before the cadence words' own rules, which would take "quarterly" alone; "on the Company's" before it
       // is nobody's.)
       {w({"quarterly", "semi", "semiannual", "annual", "monthly"}), opt(p('-')), opt(w({"annual"})), opt(w({"vesting"})),
        w({"dates", "date"}), p('('), k(NK::month_day), more_month_days(), p(')')},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t quarterly = intern("quarterly"), semi = intern("semi"), semiannual = intern("semiannual"),
                                    monthly = intern("monthly");
         const auto lead = m.node(0).wid;
         if ((lead == semi) != (m.has(1) && m.has(2))) return std::nullopt;  // "semi-annual", never "annual-annual"
         const int per_year = lead == quarterly ? 4 : lead == monthly ? 12 : (lead == semi || lead == semiannual) ? 2 : 1;
         const auto listed = listed_month_days(*m.nodes, m.at[6], m.at[8]);
         if (!listed) return std::nullopt;
         const CalendarDays& c = listed->days;
         if (listed->count != per_year || c.per_year() != per_year) return std::nullopt;
         if (per_year > 1 && c.period_months() != std::optional<int>(12 / per_year)) return std::nullopt;
         return calendar_item(c);
       }},
  };
}

// Days named by a definition ('"Quarterly Vesting Date" means ...', "quarterly vesting dates are ..."), used before or
// after it, with the definitions that name nothing or contradict the cadence.
std::vector<Example> named_date_examples() {
  return {
      // A defined term used before it is defined.
      {"The RSUs vest in four equal quarterly installments on each Quarterly Vesting Date, beginning with the first Quarterly "
       "Vesting Date following March 1, 2024. \"Quarterly Vesting Date\" means each February 15, May 15, August 15 and "
       "November 15.",
       "2024-03-01", "4", "time_based", "2024-05-15=1 2024-08-15=1 2024-11-15=1 2025-02-15=1", "", false},
      // '"<Name> Date" is A, B, C or D': a quoted name defined with "is"; unquoted, only a cadence's own dates ("A
      // Quarterly Vesting Date is ...", "the Issuer's quarterly vesting dates are ..."), and their days must fall every
      // period of the cadence; any other unquoted name defines nothing (refused).
      {"One-fourth of the units vest on each Quarterly Vesting Date beginning on June 1, 2024. A \"Quarterly Vesting "
       "Date\" is March 1, June 1, September 1 or December 1.",
       "2024-04-10", "4", "time_based", "2024-06-01=1 2024-09-01=1 2024-12-01=1 2025-03-01=1", "", false},
      {"One-fourth of the units vest on each Quarterly Vesting Date beginning on June 1, 2024. A Quarterly Vesting Date is "
       "March 1, June 1, September 1 or December 1.",
       "2024-04-10", "4", "time_based", "2024-06-01=1 2024-09-01=1 2024-12-01=1 2025-03-01=1", "", false},
      {"The restricted stock units vest in four equal quarterly installments beginning on the first quarterly vesting date "
       "after the grant date. Quarterly vesting dates are February 15, May 15, August 15 and November 15.",
       "2023-06-20", "4", "time_based", "2023-08-15=1 2023-11-15=1 2024-02-15=1 2024-05-15=1", "", false},
      {"One-fourth of the units vest on each Vesting Date beginning on June 1, 2024. A Vesting Date is March 1, June 1, "
       "September 1 or December 1.",
       "2024-04-10", "4", "unrecognized", "", "not understood", false},
      {"The restricted stock units vest in 12 equal quarterly installments beginning on the first Quarterly Vesting Date "
       "after the grant date. \"Quarterly Vesting Dates\" are February 15, May 15 and August 15.",
       "2023-06-20", "12", "unrecognized", "", "names days of the calendar that were not understood", false},
      // The definition after ';' in the schedule's sentence is a sentence of its own (split_off_surroundings.cpp). A name
      // that says its cadence must name as many days a year, evenly spaced (read_definitions.cpp): three "Quarterly
      // Vesting Dates" define nothing (before, the three days were stepped as if quarterly: a wrong schedule).
      {"The restricted stock units vest in eight equal installments on each Quarterly Vesting Date following the grant "
       "date; Quarterly Vesting Dates are February 20, May 20, August 20 and November 20 of each year.",
       "2025-09-02", "8", "time_based",
       "2025-11-20=1 2026-02-20=1 2026-05-20=1 2026-08-20=1 2026-11-20=1 2027-02-20=1 2027-05-20=1 2027-08-20=1", "", false},
      {"The units vest in 12 equal installments on each Quarterly Vesting Date. Quarterly Vesting Dates are March 1, June 1 "
       "and December 1 of each year.",
       "2025-04-15", "12", "unrecognized", "", "installments without a period", false},
      {"The units vest in 12 equal installments on each Quarterly Vesting Date following the grant date; Quarterly Vesting "
       "Dates are March 1, June 1 and December 1 of each year.",
       "2025-04-15", "12", "unrecognized", "", "installments without a period", false},
      {"The units vest in four equal installments on each Monthly Vesting Date following the grant date; \"Monthly Vesting "
       "Date\" means the 10th day of each January, April, July and October.",
       "2025-04-15", "4", "unrecognized", "", "installments without a period", false},
      // The name's period is helpers::cadence_adj's, its days are checked by helpers::named_days_every (one day, or
      // every month's end: February 28 ends February, and so do "April 30" and "July 31" beside each other).
      {"The units vest in four equal installments on each Quarterly Vesting Date following the grant date; Quarterly Vesting "
       "Dates are February 28, May 31, August 31 and November 30 of each year.",
       "2025-04-15", "4", "time_based", "2025-05-31=1 2025-08-31=1 2025-11-30=1 2026-02-28=1", "", false},
      {"The units vest in four equal installments on each Quarterly Vesting Date following the grant date; Quarterly Vesting "
       "Dates are February 28, May 28, August 28 and November 28 of each year.",
       "2025-04-15", "4", "time_based", "2025-05-28=1 2025-08-28=1 2025-11-28=1 2026-02-28=1", "", false},
      {"The units vest in four equal installments on each Quarterly Vesting Date following the grant date; Quarterly Vesting "
       "Dates are January 31, April 30, July 31 and October 31 of each year.",
       "2025-04-15", "4", "time_based", "2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", false},
      {"The units vest in four equal installments on each Semiannual Vesting Date following the grant date; Semiannual "
       "Vesting Dates are March 31 and September 30 of each year.",
       "2025-04-15", "4", "time_based", "2025-09-30=1 2026-03-31=1 2026-09-30=1 2027-03-31=1", "", false},
      {"The units vest in four equal installments on each Quarterly Vesting Date following the grant date; Quarterly Vesting "
       "Dates are January 31, April 15, July 31 and October 31 of each year.",
       "2025-04-15", "4", "unrecognized", "", "installments without a period", false},
      {"The units vest in four equal installments on each Quarterly Vesting Date following the grant date; Quarterly Vesting "
       "Dates are February 28, May 31, August 31 and November 15 of each year.",
       "2025-04-15", "4", "unrecognized", "", "installments without a period", false},
      // ("Semi-Annual Vesting Date": the name is not its tail "Annual", and "each Semi-Annual Vesting Date" is no annual
      // cadence either: before, the two days a year were stepped yearly, a wrong schedule.)
      {"The units vest in four equal installments on each Semi-Annual Vesting Date following the grant date; \"Semi-Annual "
       "Vesting Dates\" are March 1 and September 1.",
       "2025-01-15", "1200", "unrecognized", "", "installments without a period", false},
      {"The units vest in four equal installments on each Semi-Annual Vesting Date following the grant date.",
       "2025-01-15", "1200", "unrecognized", "", "installments without a period", false},
      {"One-fourth of the units vest on each Quarterly Vesting Date beginning on June 1, 2024. A \"Quarterly Vesting "
       "Date\" is March 15, June 15, September 15 or December 15.",
       "2024-04-10", "4", "unrecognized", "", "cross_check_failed", false},
      {"One-fourth of the units vest on each Quarterly Vesting Date beginning on June 1, 2024. \"Quarterly Vesting Date\" "
       "means each March 15, June 15, September 15 and December 15.",
       "2024-04-10", "4", "unrecognized", "", "cross_check_failed", false},
  };
}

std::vector<Example> cadence_dates_in_parentheses_examples() {
  return {
      // The days of a cadence named in parentheses: as many a year as the cadence says, evenly spaced.
      {"The RSUs vest in sixteen equal quarterly installments on the Company's quarterly vesting dates (March 5, June 5, "
       "September 5 and December 5), beginning with the first such date following the grant date.",
       "2025-04-20", "16", "time_based",
       "2025-06-05=1 2025-09-05=1 2025-12-05=1 2026-03-05=1 2026-06-05=1 2026-09-05=1 2026-12-05=1 2027-03-05=1 "
       "2027-06-05=1 2027-09-05=1 2027-12-05=1 2028-03-05=1 2028-06-05=1 2028-09-05=1 2028-12-05=1 2029-03-05=1", "", false},
      {"The units vest in four equal semi-annual installments on the Company's semi-annual vesting dates (June 10 and "
       "December 10), beginning with the first such date following May 1, 2026.",
       "2026-05-01", "4", "time_based", "2026-06-10=1 2026-12-10=1 2027-06-10=1 2027-12-10=1", "", false},
      {"Twelve equal installments vest on the Issuer's quarterly vesting dates (February 28, May 31, August 31 and "
       "November 30), commencing with the first such date after the grant date.",
       "2026-01-20", "12", "time_based",
       "2026-02-28=1 2026-05-31=1 2026-08-31=1 2026-11-30=1 2027-02-28=1 2027-05-31=1 2027-08-31=1 2027-11-30=1 "
       "2028-02-29=1 2028-05-31=1 2028-08-31=1 2028-11-30=1", "", false},
      {"One-twelfth of the restricted stock units vest on each quarterly vesting date (March 10, June 10, September 10 and "
       "December 10), beginning September 10, 2021.",
       "2021-07-01", "12", "time_based",
       "2021-09-10=1 2021-12-10=1 2022-03-10=1 2022-06-10=1 2022-09-10=1 2022-12-10=1 2023-03-10=1 2023-06-10=1 "
       "2023-09-10=1 2023-12-10=1 2024-03-10=1 2024-06-10=1", "", false},
      {"One-twelfth of the restricted stock units vest on each quarterly vesting date (March 10, June 10, September 10 and "
       "December 10), beginning September 15, 2021.",
       "2021-07-01", "12", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in sixteen equal quarterly installments on the Company's quarterly vesting dates (March 5, June 5 and "
       "December 5), beginning with the first such date following the grant date.",
       "2025-04-20", "16", "unrecognized", "", "a date without a year", false},
      {"The RSUs vest in eight equal semi-annual installments on the Company's semi-annual vesting dates (March 5 and "
       "June 5), beginning with the first such date following the grant date.",
       "2025-04-20", "8", "unrecognized", "", "a date without a year", false},
      {"The RSUs vest in eight equal quarterly installments on the Company's semi-annual vesting dates (March 5 and "
       "September 5), beginning with the first such date following the grant date.",
       "2025-04-20", "8", "unrecognized", "", "the cadence says every 3 months", false},
  };
}

}  // namespace vest::rules::cadence_rules
