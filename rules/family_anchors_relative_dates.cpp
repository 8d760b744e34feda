// Anchor rules: dates relative to an anchor ("from and after <when>", "12 months after <when>", "180
// days after <when>", "the 15th day of the month <when>", "the first Quarterly Date following <when>").
#include "rules/family_anchors_parts.hpp"

namespace vest::rules::anchor_rules {

std::vector<ItemRule> span_and_from_rules() {
  return {
      // Level 3: relative to an anchor.
      // "over a period of four years from the grant date": a span (read here, before "four years
      // from the grant date" could be read as a date); the start is "from <when>".
      {"over a period of <number> years", 3,
       {w({"over", "for", "during"}), w({"a", "the"}), opt(w({"following", "next", "subsequent"})), w({"period"}), w({"of"}),
        k(NK::number), opt(p('-')), w({"month", "months", "year", "years", "quarter", "quarters"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month"), months = intern("months"), quarter = intern("quarter"),
                                    quarters = intern("quarters");
         const Node& n = m.node(5);
         if (n.den != 1 || n.num < 1 || n.num > 1200) return std::nullopt;
         const auto u = m.node(7).wid;
         const int k2 = static_cast<int>(n.num);
         Item it = make(IT::over);
         it.period = (u == month || u == months) ? Period::months(k2) : (u == quarter || u == quarters) ? Period::months(3 * k2)
                                                                                                       : Period::years(k2);
         it.has_period = true;
         if (m.has(2)) it.tag = Tag::following;
         return it;
       }},
      // "exercisable from and after January 1, 2016": on that date.
      {"from and after <when>", 3, {w({"from"}), w({"and"}), w({"after"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> { return when_of(m.item_of(3).when); }},
  };
}

std::vector<ItemRule> offset_rules() {
  return {
      // "(after) two years from the date of grant": "after" before a span counted "from" an anchor says the same
      // day ("40% after two years from the date of grant"); never before "after" ("after 12 months after X").
      {"<number> months after <when>", 3,
       {opt(w({"after"})), k(NK::number), opt(p('-')), w({"month", "months", "year", "years"}), w({"after", "following", "from"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month"), months = intern("months"), from = intern("from");
         const When base = anchor_at(m, 5);
         const Node& num = m.node(1);
         if (!is_anchor(base) || num.den != 1 || num.num < 1 || num.num > 600) return std::nullopt;
         if (m.has(0) && m.node(4).wid != from) return std::nullopt;
         // "over 24 months from the grant date" is a span and a start, not a date.
         // "every six months following the grant date" is a period and a start (series slots family).
         static const std::uint16_t over = intern("over"), for_ = intern("for"), during = intern("during"),
                                    every = intern("every"), each = intern("each");
         if (m.begin > 0) {
           const Node& prev = (*m.nodes)[m.begin - 1];
           if (is_w(prev, over) || is_w(prev, for_) || is_w(prev, during) || is_w(prev, every) || is_w(prev, each))
             return std::nullopt;
         }
         const bool is_months = m.node(3).wid == month || m.node(3).wid == months;
         When w = base;
         w.months += static_cast<int>(is_months ? num.num : 12 * num.num);
         return when_of(w);
       }},
      // "25% of which vested 180 days after the grant date": calendar days (business days are not modelled).
      {"<number> days after <when>", 3,
       {opt(w({"after"})), k(NK::number), opt(p('-')), opt(w({"calendar"})), w({"day", "days"}), w({"after", "following", "from"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         const When base = anchor_at(m, 6);
         const Node& num = m.node(1);
         if (!is_anchor(base) || base.days != 0 || num.den != 1 || num.num < 1 || num.num > 3650) return std::nullopt;
         When w = base;
         w.days = static_cast<int>(num.num);
         return when_of(w);
       }},
      // "on the first business day following March 1, 2026": the next weekday after a stated date (a weekend is never a
      // business day; holidays would need a calendar the footnote does not give, so the reading is an assumption the
      // answer states, as "the first business day of each month" is). After a relative date it is not read, and a series
      // stepping from it is refused (assemble_spec.cpp: how the business day repeats is not said).
      {"the first business day following <date>", 3,
       {opt(w({"the"})), first_or_next(), w({"business"}), w({"day"}), opt(w({"immediately"})),
        w({"following", "after"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t on = intern("on"), which = intern("which"), that = intern("that"),
                                    when = intern("when");
         const Item& stated = m.item_of(6);
         const When& x = stated.when;
         if (x.ref != When::Ref::absolute || x.months || x.days || x.fixed_day || !stated.whens.empty())
           return std::nullopt;
         // ("... following March 6, 2026 on which the Committee certifies performance": the day has a condition.)
         const auto& n = *m.nodes;
         if (m.end < n.size() && (is_w(n[m.end], on) || is_w(n[m.end], which) || is_w(n[m.end], that) ||
                                  is_w(n[m.end], when)))
           return std::nullopt;
         Date next = x.date + date::days{1};
         while (date::weekday{next} == date::Saturday || date::weekday{next} == date::Sunday) next += date::days{1};
         Item it = make(IT::when);
         it.when.date = next;
         it.assumption = "assumed \"the first business day following " + to_iso(x.date) + "\" is " + to_iso(next) +
                   ", the next weekday (holiday calendars are not modelled)";
         return it;
       }},
      // "beginning on the date six months after the grant date", "on the date that is 18 months following the grant
      // date", "... three months after November 18, 2020": "the date" names the offset date itself (only an offset;
      // "the date <event>" is not one).
      // Not before a parenthesis: the same level's rules read '<when> (the "Cliff Date")' and '<when> (<date>)' on the
      // offset itself, and an item made here would come too late for them (its words are not salient).
      {"the date (that is) <offset when>", 4,
       {w({"the"}), w({"date"}), opt(w({"that", "which"})), opt(w({"is"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(4).when;
         if (!is_anchor(x) || (!x.months && !x.days) || x.fixed_day) return std::nullopt;
         const auto& n = *m.nodes;
         if (m.end < n.size() && n[m.end].kind == NK::punct && n[m.end].punct == '(') return std::nullopt;
         return when_of(x);
       }},
      // Level 4: days of the month of an anchor; named dates; lists.
      {"the <ordinal> day of the month <when>", 4,
       {opt(w({"on"})), opt(w({"the"})), k(NK::ordinal), w({"day"}), w({"of"}), w({"the"}), w({"month"}), opt(w({"of"})),
        item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const Node& o = m.node(2);
         const When& base = m.item_of(8).when;
         if (!is_anchor(base) || o.num < 1 || o.num > 31 || base.fixed_day) return std::nullopt;
         When w = base;
         w.fixed_day = static_cast<unsigned>(o.num);
         return when_of(w);
       }},
      // "the last day of the month in which the first anniversary of the grant date occurs" (or "each of the first
      // three anniversaries ... occurs"): that month's last day, for each date named. "occurs"/"falls" is required.
      {"the last day of the month in which <when> occurs", 4,
       {opt(w({"on"})), opt(w({"the"})), w({"last", "final"}), w({"day"}), w({"of"}), w({"the"}), opt(w({"calendar"})),
        w({"month"}), w({"in"}), w({"which"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          if (i < n.size() && n[i].kind == NK::item && (n[i].itype == IT::when || n[i].itype == IT::when_list)) { ++i; return true; }
          // "in which the grant occurred": the grant itself names its date.
          static const std::uint16_t the = intern("the"), grant = intern("grant");
          if (i + 1 < n.size() && is_w(n[i], the) && is_w(n[i + 1], grant)) { i += 2; return true; }
          return false;
        }),
        w({"occurs", "occur", "occurred", "falls", "fall", "fell"})},
       [](const Match& m) -> std::optional<Item> {
         if (m.node(10).kind != NK::item) {  // "the grant"
           Item it = make(IT::when);
           it.when.ref = When::Ref::grant;
           it.when.fixed_day = 31u;
           return it;
         }
         const Item& x = m.item_of(10);
         auto month_end = [](When w) -> std::optional<When> {
           if (!is_anchor(w) && w.ref != When::Ref::absolute) return std::nullopt;
           if (w.fixed_day || w.days) return std::nullopt;
           w.fixed_day = 31u;  // clamped to the month's last day
           return w;
         };
         Item it = make(x.type);
         if (x.type == IT::when) {
           auto w = month_end(x.when);
           if (!w) return std::nullopt;
           it.when = *w;
           return it;
         }
         for (const When& y : x.whens) {
           auto w = month_end(y);
           if (!w) return std::nullopt;
           it.whens.push_back(*w);
         }
         if (it.whens.empty()) return std::nullopt;
         return it;
       }},
      {"the first <Name> Date following <when>", 4,
       {opt(w({"on"})), opt(w({"the"})), first_or_next(), any_word(), opt(w({"vesting"})), w({"date"}),
        opt(item(IT::condition)), opt(w({"that"})), opt(w({"occurs", "occurring"})), opt(w({"on", "or"})),
        w({"following", "after"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const Node& name = m.node(3);
         if (!m.context->named(name.wid)) return std::nullopt;
         Item it = make(IT::when);
         it.when.ref = When::Ref::named_next;
         it.when.name = name.wid;
         it.when.base = static_cast<int>(m.node(11).payload);
         return it;
       }},
  };
}

std::vector<Example> relative_date_examples() {
  return {
      // "the month in which the grant occurred": the past tense, and the grant naming its own date (holdout28 H28-055).
      {"The shares vest in six equal monthly installments commencing on the last day of the month in which the grant "
       "occurred.",
       "2015-04-07", "60", "time_based", "2015-04-30=10 2015-05-31=10 2015-06-30=10 2015-07-31=10 2015-08-31=10 "
       "2015-09-30=10", "", false},
      {"The shares vest in six equal monthly installments commencing on the last day of the month in which the grant "
       "date fell.",
       "2015-04-07", "60", "time_based", "2015-04-30=10 2015-05-31=10 2015-06-30=10 2015-07-31=10 2015-08-31=10 "
       "2015-09-30=10", "", false},
      {"The shares vest in six equal monthly installments commencing on the last day of the month in which the grant "
       "is approved.",
       "2015-04-07", "60", "unrecognized", "", "commencing", false},
      // The first business day after a date: a date counted from it is refused, as a series stepping from it is, and
      // a day with a condition of its own ("... on which the Committee certifies") is not read.
      {"50% of the RSUs vest on the first business day following March 6, 2026 and 50% on the first anniversary thereof.",
       "2025-06-01", "1000", "unrecognized", "", "does not say how to repeat", false},
      {"50% of the RSUs vest on the first business day following March 6, 2026 and the remaining 50% vest on each of "
       "the next two anniversaries thereof.",
       "2025-06-01", "1000", "unrecognized", "", "does not say how to repeat", false},
      {"The RSUs vest in full on the first business day following March 6, 2026 on which the Committee certifies "
       "performance.",
       "2025-06-01", "1000", "unrecognized", "", "not understood", false},
      {"50% of the RSUs vest on the first business day following March 6, 2026 and 50% on March 6, 2027.",
       "2025-06-01", "1000", "time_based", "2026-03-09=500 2027-03-06=500", "", false},
      {"The option vests in three equal annual installments beginning one year after grant.", "2023-06-30", "9", "time_based", "2024-06-30=3 2025-06-30=3 2026-06-30=3", "", false},
      {"6,975 shares exercisable from and after January 1, 2016; and 6,975 shares exercisable from and after January 1, 2017.", "", "13950", "time_based", "2016-01-01=6975 2017-01-01=6975", "", false},
      // Calendar days after an anchor; business days are not read.
      {"25% of the RSUs vested 180 days after the grant date and the remaining 75% vest on the first anniversary of the grant "
       "date.",
       "2021-01-15", "4", "time_based", "2021-07-14=1 2022-01-15=3", "", false},
      {"The RSUs vest 30 business days after the grant date.", "2021-01-15", "4", "unrecognized", "", "not understood", false},
      // "the first business day following <date>": the next weekday, stated as an assumption (warning); after a date
      // counted from an anchor, or "the first business day after" an unstated event, refused.
      {"The RSUs vest in full on the first business day following March 6, 2026.", "2025-03-01", "4", "time_based",
       "2026-03-09=4", "", false},
      {"50% of the RSUs vest on the first business day following March 31, 2026 and 50% on the first business day "
       "following October 2, 2026.",
       "2025-03-01", "4", "time_based", "2026-04-01=2 2026-10-05=2", "", false},
      {"The RSUs vest in full on the first business day following the third anniversary of the grant date.", "2025-03-01",
       "4", "unrecognized", "", "not understood", false},
      {"The RSUs vest in full on the first business day following the Reporting Person's termination of employment.",
       "2025-03-01", "4", "unrecognized", "", "not understood", false},
      {"25% of the RSUs vest on the first business day following March 6, 2026 and the remaining 75% vest in three equal "
       "annual installments thereafter.",
       "2025-03-01", "4", "unrecognized", "", "business day the footnote does not say how to repeat", false},
      {"The RSUs vest in three equal annual installments beginning on the first business day following March 6, 2026.",
       "2025-03-01", "3", "unrecognized", "", "business day the footnote does not say how to repeat", false},
      {"The RSUs vest in full on the second business day following March 6, 2026.", "2025-03-01", "4", "unrecognized", "",
       "not understood", false},
      // "the date (that is) N months after X": that date.
      {"The option becomes exercisable in four equal semi-annual installments beginning on the date six months after the "
       "grant date.",
       "2024-08-15", "8", "time_based", "2025-02-15=2 2025-08-15=2 2026-02-15=2 2026-08-15=2", "", false},
      // ... also from a stated date; a date not offset ("the date that is November 18, 2021") is not this rule's.
      {"The RSUs vest in two equal annual installments beginning on the date that is six months after March 31, 2025.",
       "2025-04-10", "2", "time_based", "2025-09-30=1 2026-09-30=1", "", false},
      {"The RSUs vest in full on the date that is 18 months following the grant date.", "2024-08-31", "6", "time_based",
       "2026-02-28=6", "", false},
      {"The RSUs vest in full on the date six months after the Reporting Person's termination of employment.", "2024-08-31",
       "6", "unrecognized", "", "not understood", false},
      // The last day of the month in which a date occurs.
      {"One-fourth of the units vest on the last day of the month in which the first anniversary of the grant date occurs, "
       "and the remaining units vest in 3 equal installments on the last day of each calendar month thereafter.",
       "2024-08-12", "8", "time_based", "2025-08-31=2 2025-09-30=2 2025-10-31=2 2025-11-30=2", "", false},
      {"One-third of the RSUs vest on the last day of the month in which each of the first three anniversaries of the grant "
       "date occurs.",
       "2025-02-09", "3", "time_based", "2026-02-28=1 2027-02-28=1 2028-02-29=1", "", false},
      // A series started, or continued "thereafter", from such a day keeps it (May 31, not May 30).
      {"The shares vest in 4 equal monthly installments commencing on the last day of the month in which the grant date "
       "occurs.",
       "2022-04-12", "4", "time_based", "2022-04-30=1 2022-05-31=1 2022-06-30=1 2022-07-31=1", "", false},
      {"25% of the units vest on the last day of the month in which the first anniversary of the grant date occurs and the "
       "remaining units vest in 3 equal monthly installments thereafter.",
       "2024-04-12", "4", "time_based", "2025-04-30=1 2025-05-31=1 2025-06-30=1 2025-07-31=1", "", false},
      {"The RSUs vest on the last day of the month in which the Reporting Person's employment terminates.", "2025-02-09", "3",
       "unrecognized", "", "not understood", false},
      // "after" before a span counted from an anchor: that day.
      {"The option becomes exercisable as to 40% after two years from the date of grant and as to the remaining 60% on the "
       "third anniversary of the date of grant.",
       "2005-09-19", "10", "time_based", "2007-09-19=4 2008-09-19=6", "", false},
      {"25% of the RSUs vested after 90 days after the grant date and the remaining 75% on the first anniversary of the grant "
       "date.",
       "2021-01-15", "4", "time_based", "2021-04-15=1 2022-01-15=3", "", false},
      {"The option becomes exercisable as to 40% after two years after the date of grant.", "2005-09-19", "10", "unrecognized",
       "", "not understood", false},
  };
}

}  // namespace vest::rules::anchor_rules
