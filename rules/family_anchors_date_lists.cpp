// Anchor rules, level 4: lists of dates ("each of A, B and C", "each August 27, 2021, 2022 and 2023",
// "on each June 1 and December 1", "March 15 of each of 2026, 2027 and 2028").
#include "rules/family_anchors_parts.hpp"

namespace vest::rules::anchor_rules {

namespace {

// ", 2022, and 2023" or ", B and C" after a first date.
bool list_tail(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t and_ = intern("and");
  const std::size_t start = i;
  for (int count = 0; i < n.size() && count < 40; ++count) {  // capped: no quadratic rescans
    std::size_t j = i;
    bool sep = false;
    while (j < n.size() && j < i + 3 && ((n[j].kind == NK::punct && n[j].punct == ',') || is_w(n[j], and_))) {
      ++j;
      sep = true;
    }
    if (!sep || j >= n.size()) break;
    const Node& x = n[j];
    const bool year = is_year(x);
    const bool when = x.kind == NK::item && x.itype == IT::when;
    if (!year && !when) break;
    i = j + 1;
  }
  return i > start;
}

// After a month-day: "of each of 2026, 2027 and 2028", "of 2025 through 2029", "of each year from
// 2026 through 2028", "in each of 2026 and 2027". At least two years, all of them read.
bool year_span(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t of = intern("of"), in = intern("in"), each = intern("each"), the = intern("the"),
                             year = intern("year"), years = intern("years"), from = intern("from"),
                             calendar = intern("calendar"), and_ = intern("and"), through = intern("through"),
                             to = intern("to"), until = intern("until"), thru = intern("thru"),
                             including = intern("including");
  std::size_t j = i;
  for (int lead = 0; j < n.size() && lead < 6; ++lead, ++j) {
    const Node& x = n[j];
    if (!(is_w(x, of) || is_w(x, in) || is_w(x, each) || is_w(x, the) || is_w(x, year) || is_w(x, years) ||
          is_w(x, from) || is_w(x, calendar)))
      break;
  }
  if (j == i || j >= n.size() || !is_year(n[j])) return false;
  ++j;
  int count = 1;
  bool range = false;
  for (int guard = 0; j < n.size() && guard < 40; ++guard) {
    std::size_t k = j;
    bool sep = false, rng = false;
    while (k < n.size() && k < j + 3 &&
           ((n[k].kind == NK::punct && n[k].punct == ',') || is_w(n[k], and_) || is_w(n[k], through) || is_w(n[k], to) ||
            is_w(n[k], until) || is_w(n[k], thru) || is_w(n[k], including))) {
      if (!(n[k].kind == NK::punct) && !is_w(n[k], and_) && !is_w(n[k], including)) rng = true;
      ++k;
      sep = true;
    }
    if (!sep || k >= n.size() || !is_year(n[k])) break;
    if (rng && (range || count > 1)) return false;  // "2025, 2026 through 2029": not a form to guess at
    range |= rng;
    ++count;
    j = k + 1;
    if (range) break;
  }
  if (count < 2) return false;
  i = j;
  return true;
}

// After "each calendar quarter": "of 2026", "in 2027", "during 2026 and 2027", "of 2025 through 2027" (one year or
// more, in order). The years are read again by the production.
bool quarter_years(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t of = intern("of"), in = intern("in"), during = intern("during"), calendar = intern("calendar"),
                             and_ = intern("and"), through = intern("through");
  std::size_t j = i;
  if (!(j < n.size() && (is_w(n[j], of) || is_w(n[j], in) || is_w(n[j], during)))) return false;
  if (++j < n.size() && is_w(n[j], calendar)) ++j;
  if (!(j < n.size() && is_year(n[j]))) return false;
  ++j;
  for (int guard = 0; guard < 8 && j + 1 < n.size(); ++guard) {
    std::size_t k = j;
    while (k < n.size() && k < j + 2 && ((n[k].kind == NK::punct && n[k].punct == ',') || is_w(n[k], and_) || is_w(n[k], through)))
      ++k;
    if (k == j || k >= n.size() || !is_year(n[k])) break;
    j = k + 1;
  }
  i = j;
  return true;
}

}  // namespace

std::vector<ItemRule> month_day_list_rules() {
  return {
      // "on the last day of each calendar quarter of 2026", "at the end of each calendar quarter during 2026 and 2027",
      // "over each calendar quarter of 2025 through 2027": the quarter ends of the years named, a list of dates (its
      // count cross-checked like any list; a quarter that ended before the grant is refused, cross_check.cpp). The
      // first day of a quarter, or a fiscal quarter, is not read.
      {"on the last day of each calendar quarter of <years>", 4,
       // (From "last" / "end" / "over", rarer words than "on" and "the": those before it are nobody's.)
       {w({"last", "end", "close", "over", "during"}), opt(w({"day"})), opt(w({"of"})), w({"each", "every"}),
        w({"calendar"}), w({"quarter"}), custom(quarter_years)},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t last = intern("last"), over = intern("over"), during = intern("during"),
                                    through = intern("through");
         const auto lead = m.node(0).wid;
         const bool spans = lead == over || lead == during;
         // "last day of", "end of" / "close of", or "over" / "during" alone.
         if (spans ? (m.has(1) || m.has(2)) : (m.has(1) != (lead == last) || !m.has(2))) return std::nullopt;
         const auto& n = *m.nodes;
         std::vector<int> years;
         bool range = false;
         for (std::size_t j = m.at[6]; j < m.end; ++j) {
           if (is_year(n[j])) years.push_back(static_cast<int>(n[j].num));
           range |= is_w(n[j], through);
         }
         if (range) {
           if (years.size() != 2 || years[1] <= years[0] || years[1] - years[0] > 10) return std::nullopt;
           for (int y = years[0] + 1; y < years[1]; ++y) years.insert(years.end() - 1, y);
         }
         Item it = make(IT::when_list);
         it.tag = Tag::calendar_quarters;
         for (std::size_t k2 = 0; k2 < years.size(); ++k2) {
           if (k2 > 0 && years[k2] <= years[k2 - 1]) return std::nullopt;
           for (unsigned q : {3u, 6u, 9u, 12u}) {
             When w;
             w.date = Date{date::year{years[k2]} / date::month{q} / date::last};
             it.whens.push_back(w);
           }
         }
         return it;
       }},
      // "on March 15 of each of 2026, 2027, 2028 and 2029", "on each December 31 of 2025 through 2029",
      // "on June 1 of each year from 2026 through 2028": one month-day in each listed year.
      {"<month day> of each of <years>", 4,
       {opt(w({"on"})), opt(w({"each", "every"})), k(NK::month_day), custom(year_span)},
       [](const Match& m) -> std::optional<Item> {
         const auto& n = *m.nodes;
         const Node& md = m.node(2);
         std::vector<int> years;
         bool range = false;
         static const std::uint16_t through = intern("through"), to = intern("to"), until = intern("until"),
                                    thru = intern("thru");
         for (std::size_t j = m.at[3]; j < m.end; ++j) {
           if (is_year(n[j])) years.push_back(static_cast<int>(n[j].num));
           else if (is_w(n[j], through) || is_w(n[j], to) || is_w(n[j], until) || is_w(n[j], thru)) range = true;
         }
         if (range) {
           if (years.size() != 2 || years[1] <= years[0] || years[1] - years[0] > 50) return std::nullopt;
           const int from = years[0], last = years[1];
           years.clear();
           for (int y = from; y <= last; ++y) years.push_back(y);
         }
         if (years.size() < 2) return std::nullopt;
         Item it = make(IT::when_list);
         for (std::size_t k2 = 0; k2 < years.size(); ++k2) {
           if (k2 > 0 && years[k2] <= years[k2 - 1]) return std::nullopt;
           const auto d = date::year{years[k2]} / date::month{md.month} / date::day{md.day};
           if (!d.ok()) return std::nullopt;  // February 29 in a common year: not a date to guess
           When w;
           w.date = Date{d};
           it.whens.push_back(w);
         }
         return it;
       }},
      {"on each June 1 and December 1", 4,
       {opt(w({"on"})), w({"each", "every"}), opt(w({"of"})), opt(w({"subsequent", "succeeding", "following"})),
        k(NK::month_day), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t and_ = intern("and");
          std::size_t last = i, j = i;
          for (; j < n.size() && j < i + 30; ++j) {
            if (n[j].kind == NK::month_day) last = j + 1;
            else if (!((n[j].kind == NK::punct && n[j].punct == ',') || is_w(n[j], and_))) break;
          }
          // One day alone ("on each December 31,") only when no year follows ("each December 31 of 2025 through 2029").
          static const std::uint16_t of = intern("of");
          if (last == i && i < n.size() && is_w(n[i], of)) return false;
          // "each of March 31, June 30 and December 31, 2025": days of one year (date_list_rules), not of every year.
          if (j < n.size() && n[j].kind == NK::item && n[j].itype == IT::when) return false;
          i = last;
          return true;
        })},
       [](const Match& m) -> std::optional<Item> {
         // The days every installment must fall on: a redundant statement, checked against the cadence.
         Item it = make(IT::header);
         it.tag = Tag::month_days;
         const auto& n = *m.nodes;
         for (std::size_t j = m.at[4]; j < m.end; ++j)
           if (n[j].kind == NK::month_day) {
             When w;
             w.date = Date{date::year{2000} / date::month{n[j].month} / date::day{n[j].day}};
             it.whens.push_back(w);
           }
         // Days spread evenly over the year ("February 15, May 15, August 15 and November 15";
         // "March 31, June 30, September 30 and December 31") also state the period.
         const auto k = it.whens.size();
         // (One day, "on each December 31", is once a year.)
         if (k >= 1 && 12 % k == 0) {
           const int step = static_cast<int>(12 / k);
           bool even = true, same_day = true, month_ends = true;
           for (std::size_t j = 0; j < k; ++j) {
             const date::year_month_day a{it.whens[j].date}, b{it.whens[(j + 1) % k].date};
             const int gap = (static_cast<int>(unsigned(b.month())) - static_cast<int>(unsigned(a.month())) + 11) % 12 + 1;
             even &= gap == step;
             same_day &= a.day() == date::year_month_day{it.whens[0].date}.day();
             const unsigned last_day = unsigned((date::year{2001} / a.month() / date::last).day());
             month_ends &= unsigned(a.day()) == last_day;
           }
           if (even && (same_day || month_ends)) {
             it.period = Period::months(step);
             it.has_period = true;
             if (month_ends && !same_day) {
               it.policy = DayOfMonthPolicy::last_day_of_month();
               it.has_policy = true;
             }
             // The same days as a calendar day rule: a series on them need not step from its anchor's day.
             const unsigned d0 = unsigned(date::year_month_day{it.whens[0].date}.day());
             it.calendar.day = month_ends && !same_day ? DayOfMonthPolicy::last_day_of_month()
                               : d0 == 1               ? DayOfMonthPolicy::first_day_of_month()
                                                       : DayOfMonthPolicy::fixed_day(d0);
             for (const When& x : it.whens)
               it.calendar.months |= static_cast<std::uint16_t>(1u << (unsigned(date::year_month_day{x.date}.month()) - 1));
           }
         }
         return it;
       }},
  };
}

std::vector<ItemRule> date_list_rules() {
  return {
      {"on March 31, June 30, September 30 and December 31, 2025", 4,
       {opt(w({"on"})), opt(w({"each"})), opt(w({"of"})), k(NK::month_day),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          // More month-days, then one full date whose year they all share.
          static const std::uint16_t and_ = intern("and");
          for (std::size_t j = i; j < n.size() && j < i + 40; ++j) {
            const Node& x = n[j];
            if (x.kind == NK::item && x.itype == IT::when) {
              i = j + 1;
              return true;
            }
            if (!(x.kind == NK::month_day || (x.kind == NK::punct && x.punct == ',') || is_w(x, and_))) return false;
          }
          return false;
        })},
       [](const Match& m) -> std::optional<Item> {
         const auto& n = *m.nodes;
         const When& last = (*m.items)[n[m.end - 1].payload].when;
         if (last.ref != When::Ref::absolute) return std::nullopt;
         const date::year_month_day ly{last.date};
         Item it = make(IT::when_list);
         for (std::size_t j = m.at[3]; j + 1 < m.end; ++j) {
           if (n[j].kind != NK::month_day) continue;
           const auto d = ly.year() / date::month{n[j].month} / date::day{n[j].day};
           if (!d.ok()) return std::nullopt;
           When w;
           w.date = Date{d};
           it.whens.push_back(w);
         }
         it.whens.push_back(last);
         // The shared year is only unambiguous when the dates run forward within it.
         for (std::size_t j = 1; j < it.whens.size(); ++j)
           if (!(it.whens[j - 1].date < it.whens[j].date)) return std::nullopt;
         if (it.whens.size() < 2) return std::nullopt;
         return it;
       }},
      // "on the date of grant and on the first and second anniversaries of the date of grant": a date, then a list (one
      // list of all of them; the series' count and order are checked like any list's).
      {"<date> and on <dates>", 4,
       {item(IT::when), opt(p(',')), w({"and"}), opt(w({"on"})), opt(w({"each"})), opt(w({"of"})), item(IT::when_list)},
       [](const Match& m) -> std::optional<Item> {
         Item it = m.item_of(6);
         const When& first = m.item_of(0).when;
         if (!m.item_of(0).bare()) return std::nullopt;  // (a definition, a restated date: not a plain date)
         it.whens.insert(it.whens.begin(), first);
         return it;
       }},
      {"each of <date>, <date> and <date>", 4, {opt(w({"on"})), opt(w({"each"})), opt(w({"of"})), item(IT::when), custom(list_tail)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::when_list);
         const auto& n = *m.nodes;
         for (std::size_t j = m.at[3]; j < m.end; ++j) {
           const Node& x = n[j];
           if (x.kind == NK::item && x.itype == IT::when) {
             it.whens.push_back((*m.items)[x.payload].when);
           } else if (x.kind == NK::number) {
             // A bare year repeats the month and day of the date before it.
             if (it.whens.empty() || it.whens.back().ref != When::Ref::absolute) return std::nullopt;
             const date::year_month_day ymd{it.whens.back().date};
             const auto d = date::year{static_cast<int>(x.num)} / ymd.month() / ymd.day();
             if (!d.ok()) return std::nullopt;
             When w;
             w.date = Date{d};
             it.whens.push_back(w);
           }
         }
         if (it.whens.size() < 2) return std::nullopt;
         // "the third anniversary of the grant date, March 1, 2027": one date stated twice
         // (family_restated_dates.cpp), not a list of two.
         // (Either order: "on March 9, 2026, the first anniversary of the vesting commencement date".)
         auto absolute = [](const When& x) { return x.ref == When::Ref::absolute && x.months == 0 && x.days == 0; };
         auto relative = [](const When& x) { return x.months != 0 || x.days != 0; };
         if (it.whens.size() == 2 && ((relative(it.whens[0]) && absolute(it.whens[1])) ||
                                      (absolute(it.whens[0]) && relative(it.whens[1]))))
           return std::nullopt;
         return it;
       }},
  };
}

std::vector<Example> date_list_examples() {
  return {
      // A list said to come "thereafter" begins after the statement before it, or is refused.
      {"The RSUs vest as to 40% on the first anniversary of the grant date and as to 20% on each of the first three "
       "anniversaries thereafter.",
       "2023-03-10", "10", "unrecognized", "", "says thereafter", false},
      {"The RSUs vest as to 40% on June 1, 2024 and as to 20% on each of the first three anniversaries of the grant date "
       "thereafter.",
       "2023-03-10", "10", "unrecognized", "", "says thereafter", false},
      {"The RSUs vest as to 40% on the first anniversary of the grant date and as to 20% on each of the second, third and "
       "fourth anniversaries thereafter.",
       "2023-03-10", "10", "time_based", "2024-03-10=4 2025-03-10=2 2026-03-10=2 2027-03-10=2", "", false},
      // The calendar quarters of named years: their quarter ends (a count must be theirs; a quarter that ended before
      // the grant, a first day of a quarter or a fiscal quarter is refused).
      {"The RSUs vest in four equal installments on the last day of each calendar quarter of 2026.", "2025-12-10", "1000",
       "time_based", "2026-03-31=250 2026-06-30=250 2026-09-30=250 2026-12-31=250", "", false},
      {"The shares vest in eight equal installments at the end of each calendar quarter during 2026 and 2027, subject to "
       "continued service.", "2025-11-15", "8", "time_based",
       "2026-03-31=1 2026-06-30=1 2026-09-30=1 2026-12-31=1 2027-03-31=1 2027-06-30=1 2027-09-30=1 2027-12-31=1", "", false},
      {"One-fourth of the RSUs vest on the last day of each calendar quarter in 2027.", "2026-12-01", "4", "time_based",
       "2027-03-31=1 2027-06-30=1 2027-09-30=1 2027-12-31=1", "", false},
      {"The units become vested in equal quarterly installments over each calendar quarter of 2026 through 2027.",
       "2025-12-01", "8", "time_based",
       "2026-03-31=1 2026-06-30=1 2026-09-30=1 2026-12-31=1 2027-03-31=1 2027-06-30=1 2027-09-30=1 2027-12-31=1", "", false},
      {"The RSUs vest in six equal installments on the last day of each calendar quarter of 2026.", "2025-12-10", "6",
       "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in equal installments on the last day of each calendar quarter of 2026.", "2026-05-01", "4",
       "unrecognized", "", "before the grant", false},
      {"The RSUs vest in equal installments on the first day of each calendar quarter of 2026.", "2025-12-01", "4",
       "unrecognized", "", "does not say when", false},
      {"The RSUs vest in equal monthly installments on the last day of each calendar quarter of 2026.", "2025-12-01", "4",
       "unrecognized", "", "vesting clause not understood", false},
      // A sentence of dates whose sizes "differ", before the sentences that size each: a preamble, cross-checked.
      {"The options vest in different increments on each of the first three anniversaries of January 23, 2009. Fifty "
       "percent of the options vest on January 23, 2010. Thirty percent vest on January 23, 2011. The remaining twenty "
       "percent vest on January 23, 2012.",
       "", "100", "time_based", "2010-01-23=50 2011-01-23=30 2012-01-23=20", "", false},
      {"The options vest in different increments on each of the first three anniversaries of January 23, 2009. Fifty "
       "percent of the options vest on January 23, 2010. The remaining fifty percent vest on January 23, 2012.",
       "", "100", "unrecognized", "", "does not name the dates", false},
      // A span before listed dates describes them when they divide it by a cadence and the last falls in its last period.
      {"The option vests in three equal installments, on the date of grant and on the first and second anniversaries of "
       "the date of grant.", "2021-07-07", "3", "time_based", "2021-07-07=1 2022-07-07=1 2023-07-07=1", "", false},
      {"The option vests in four equal installments, on the date of grant and on the first and second anniversaries of "
       "the date of grant.", "2021-07-07", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest over three years, with 1/3 vesting on each of December 31, 2021, 2022 and 2023.", "2021-03-01", "300",
       "time_based", "2021-12-31=100 2022-12-31=100 2023-12-31=100", "", false},
      {"The RSUs vest over four years, with 1/3 vesting on each of December 31, 2021, 2022 and 2023.", "2021-03-01", "300",
       "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest over two years, with 1/3 vesting on each of December 31, 2021, 2022 and 2023.", "2021-03-01", "300",
       "unrecognized", "", "cross_check_failed", false},
      {"The Restricted Stock Units vest in three annual installments on each August 27, 2021, 2022, and 2023.", "", "300",
       "time_based", "2021-08-27=100 2022-08-27=100 2023-08-27=100", "", false},
      {"One-third of the units vests on each of 1/15/2024, 1/15/2025, and 1/15/2026.", "", "3497", "time_based",
       "2024-01-15=1165 2025-01-15=1166 2026-01-15=1166", "", false},
      // Lists: quarter ends sharing one year (only when they run forward), the succeeding N anniversaries.
      {"The RSUs vest in equal installments on March 31, June 30, September 30 and December 31, 2025.", "", "8", "time_based",
       "2025-03-31=2 2025-06-30=2 2025-09-30=2 2025-12-31=2", "", false},
      {"The RSUs vest in four equal semi-annual installments on each June 1 and December 1, commencing December 1, 2025.", "",
       "4", "time_based", "2025-12-01=1 2026-06-01=1 2026-12-01=1 2027-06-01=1", "", false},
      {"The RSUs vest in four equal semi-annual installments on each June 1 and December 1, commencing December 15, 2025.", "",
       "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in four equal quarterly installments on each June 1 and December 1, commencing December 1, 2025.", "",
       "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in equal installments on November 30 and February 28, 2025.", "", "8", "unrecognized", "", "not understood",
       false},
      // "each of" before days of every year; before days that share one stated year, the dates of that year.
      {"One-fourth of the units vest on each of June 1 and December 1, beginning on June 1, 2025.", "2025-01-10", "4",
       "time_based", "2025-06-01=1 2025-12-01=1 2026-06-01=1 2026-12-01=1", "", false},
      {"The RSUs vest in 16 equal installments on each of February 20, May 20, August 20 and November 20, beginning on "
       "May 20, 2025.", "2025-03-04", "16", "time_based",
       "2025-05-20=1 2025-08-20=1 2025-11-20=1 2026-02-20=1 2026-05-20=1 2026-08-20=1 2026-11-20=1 2027-02-20=1 "
       "2027-05-20=1 2027-08-20=1 2027-11-20=1 2028-02-20=1 2028-05-20=1 2028-08-20=1 2028-11-20=1 2029-02-20=1", "", false},
      {"The RSUs vest in four equal quarterly installments on each of June 1 and December 1, commencing December 1, 2025.",
       "", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in equal installments on each of March 31, June 30, September 30 and December 31, 2025.", "", "8",
       "time_based", "2025-03-31=2 2025-06-30=2 2025-09-30=2 2025-12-31=2", "", false},
      {"The units, granted on March 10, 2025, vest in equal annual installments over a two year period on each of the "
       "succeeding two anniversaries of the grant date.",
       "", "10", "time_based", "2026-03-10=5 2027-03-10=5", "", false},
      {"The units, granted on March 10, 2025, vest in equal annual installments over a four year period on each of the "
       "succeeding two anniversaries of the grant date.",
       "", "10", "unrecognized", "", "cross_check_failed", false},
      {"Twenty percent (20%) of the units vest on each December 31 of 2025 through 2029.", "2025-06-01", "5", "time_based", "2025-12-31=1 2026-12-31=1 2027-12-31=1 2028-12-31=1 2029-12-31=1", "", false},
      {"One-third of the RSUs vest on March 15 of each of 2026, 2027 and 2028.", "2025-03-15", "3", "time_based", "2026-03-15=1 2027-03-15=1 2028-03-15=1", "", false},
      // Days written as ordinals ("March 1st, 2025") are dates like "March 1, 2025" (rules/text.cpp).
      {"The restricted stock units shall vest in four equal installments on March 1st, 2025, March 1st, 2026, March 1st, "
       "2027 and March 1st, 2028.", "2024-03-01", "4000", "time_based",
       "2025-03-01=1000 2026-03-01=1000 2027-03-01=1000 2028-03-01=1000", "", false},
      {"The RSUs vest in equal installments on February 29 of each of 2025 and 2026.", "2024-03-01", "2", "unrecognized", "", "not understood", false},
  };
}

}  // namespace vest::rules::anchor_rules
