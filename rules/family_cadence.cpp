// Family: cadence — how installments repeat and how many there are.
// "monthly", "every three months", "at the end of each successive three-month
// period", "on a quarterly basis", "each Quarterly Date"; counts ("four
// substantially equal annual installments"); spans ("over three years", "for
// the following 36 months"); ends ("through <when>", "until <when>", "until
// fully vested"); starts ("beginning on <when>", "following <when>");
// "thereafter"; day-of-month wording ("on the last day of every month", "on
// the 25th day of each month", "on the first business day of each quarter").
#include "rules/rule_helpers.hpp"

namespace vest::rules {
using namespace helpers;

namespace {

Period unit_period(std::uint16_t wid, int n) {
  static const std::uint16_t month = intern("month"), months = intern("months"), quarter = intern("quarter"),
                             quarters = intern("quarters"), week = intern("week"), weeks = intern("weeks");
  if (wid == month || wid == months) return Period::months(n);
  if (wid == quarter || wid == quarters) return Period::months(3 * n);
  if (wid == week || wid == weeks) return Period::weeks(n);
  return Period::years(n);
}

std::optional<Item> cadence_item(Period p) {
  Item it = make(IT::cadence);
  it.period = p;
  it.has_period = true;
  return it;
}

Elem adj() {
  return hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
                  Period p;
                  return cadence_adj(n, i, p);
                }),
                {"monthly", "quarterly", "annual", "annually", "yearly", "semi", "semiannual", "semiannually"}, {});
}

Period adj_at(const Match& m, std::size_t j) {
  Period p;
  std::size_t i = m.at[j];
  cadence_adj(*m.nodes, i, p);
  return p;
}


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

// "January, April, July and October": month names joined by commas and "and" (two or more, increasing).
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
    if (count < 2) return false;
    i = last;
    return true;
  });
}

// A calendar day rule as a day_policy item: the rule, its day as the policy, its period when regular.
std::optional<Item> calendar_item(const CalendarDays& c) {
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

}  // namespace

Family cadence_family() {
  Family f;
  f.name = "cadence";
  const auto units = w({"month", "months", "quarter", "quarters", "year", "years", "week", "weeks"});
  f.item_rules = {
      {"through <when>", 5, {w({"through", "until", "thru", "till"}), opt(w({"and"})), opt(w({"including"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(3).when;
         return it;
       }},
      {"ending on <when>", 5, {w({"ending"}), opt(w({"on"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(2).when;
         return it;
       }},
      {"until fully vested", 5,
       {w({"until"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          for (std::size_t j = i; j < n.size() && j < i + 8; ++j) {
            if (n[j].kind == NK::item && n[j].itype == IT::immediate) { i = j + 1; return true; }
            if (n[j].kind != NK::word) return false;
          }
          return false;
        })},
       [](const Match&) -> std::optional<Item> { return make(IT::until_full); }},
      {"beginning on <when>", 5, {w({"beginning", "commencing", "starting"}), opt(w({"on", "with", "as", "from"})), opt(w({"of"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(3).when;
         it.first_step = 0;
         return it;
       }},
      {"beginning with the quarter ending <when>", 5,
       {w({"beginning", "commencing", "starting"}), w({"with"}), opt(w({"the"})), opt(w({"fiscal", "calendar"})),
        w({"quarter", "month"}), w({"ending", "ended"}), opt(w({"on"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(7).when;
         it.first_step = 0;
         return it;
       }},
      {"with the first installment vesting on <when>", 5,
       {opt(w({"with"})), opt(w({"the"})), first_or_next(), w({"installment", "tranche", "of"}), opt(w({"which"})),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          // "vesting on", "vested on", "becomes exercisable on", "to vest on": a few words and a vest verb.
          static const std::uint16_t vesting = intern("vesting"), on = intern("on");
          bool verb = false;
          for (std::size_t j = i; j < n.size() && j < i + 5; ++j) {
            if (is_w(n[j], on)) {
              i = j + 1;
              return verb;
            }
            if ((n[j].kind == NK::item && n[j].itype == IT::vest_verb) || is_w(n[j], vesting)) verb = true;
            else if (n[j].kind != NK::word) return false;
          }
          return false;
        }),
        item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(6).when;
         it.first_step = 0;
         it.note = "first_installment";  // says where the first installment falls, even on the grant date
         return it;
       }},
      {"such that ... fully vested on <when>", 5,
       {w({"such", "so"}), w({"that"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t fully = intern("fully"), on = intern("on"), by = intern("by");
          bool hundred = false;  // "such that 100% of the RSUs will be vested by <when>"
          for (std::size_t j = i; j < n.size() && j < i + 12; ++j) {
            std::size_t k = j;
            if (n[k].kind == NK::item && n[k].itype == IT::immediate) ++k;
            else if (is_w(n[k], fully) && k + 1 < n.size() && n[k + 1].kind == NK::item && n[k + 1].itype == IT::vest_verb) k += 2;
            else if (hundred && n[k].kind == NK::item && n[k].itype == IT::vest_verb) ++k;
            else if (n[k].kind == NK::percent && n[k].num == 100 * n[k].den) { hundred = true; continue; }
            else if (n[k].kind == NK::word) continue;
            else return false;
            // "fully vested and exercisable on <when>"
            static const std::uint16_t and_ = intern("and"), exercisable = intern("exercisable");
            if (k + 1 < n.size() && is_w(n[k], and_) &&
                (is_w(n[k + 1], exercisable) || (n[k + 1].kind == NK::item && n[k + 1].itype == IT::vest_verb)))
              k += 2;
            if (k < n.size() && (is_w(n[k], on) || is_w(n[k], by))) ++k;
            i = k;
            return true;
          }
          return false;
        }), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(3).when;
         return it;
       }},
      {"on each monthly anniversary of <when>", 5,
       {opt(w({"on"})), w({"each", "every"}), opt(adj()), w({"anniversary"}), opt(w({"date"})), opt(w({"of"})), anchor()},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         // Without "of" only "each anniversary [date of the grant]", where the anchor item holds the "of".
         if (!m.has(5)) {
           const Node& x = m.node(6);
           if (x.kind != NK::item) return std::nullopt;
           const Item& a = m.item_of(6);
           if (a.when.ref != When::Ref::grant || a.when.months != 0 || a.when.days != 0) return std::nullopt;
         }
         it.when = anchor_at(m, 6);
         it.first_step = 1;
         it.period = m.has(2) ? adj_at(m, 2) : Period::years(1);
         it.has_period = true;
         return it;
       }},
      {"measured from <when>", 5, {opt(w({"measured", "calculated", "commencing", "beginning", "starting"})), w({"from"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(2).when;
         static const std::uint16_t measured = intern("measured"), calculated = intern("calculated");
         // "measured from X": the first installment is one period after X; "beginning from X": on X.
         it.first_step = m.has(0) && m.node(0).wid != measured && m.node(0).wid != calculated ? 0 : 1;
         return it;
       }},
      {"following <when>", 5, {w({"following", "after"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(1).when;
         it.first_step = 1;
         return it;
       }},
      // "during the first two years following the grant date": a span from its anchor (the first of two rates).
      {"during the first two years following <anchor>", 5,
       {w({"during", "for", "over", "in"}), opt(w({"the"})), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t initial = intern("initial");
          if (i < n.size() && ((n[i].kind == NK::ordinal && n[i].num == 1) || is_w(n[i], initial))) { ++i; return true; }
          return false;
        }), {"initial"}, {NK::ordinal}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(3).when;
         // (An absolute anchor is a stated date: "following October 31, 2019 (the "Effective Date")".)
         if (x.ref == When::Ref::previous || x.ref == When::Ref::named_next || x.ref == When::Ref::achievement ||
             x.months <= 0 || x.days != 0 || x.fixed_day)
           return std::nullopt;
         Item it = make(IT::over);
         it.period = x.months % 12 == 0 ? Period::years(x.months / 12) : Period::months(x.months);
         it.has_period = true;
         it.when = x;
         it.when.months = 0;
         it.note = "from_anchor";
         return it;
       }},
      {"over the following <number> <unit>", 5,
       {w({"over", "for", "during"}), opt(w({"the", "a"})), opt(w({"following", "next", "subsequent", "succeeding", "ensuing", "remaining"})),
        opt(w({"period"})), opt(w({"of"})), k(NK::number), opt(p('-')), units, opt(w({"period"}))},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(5);
         if (n.den != 1 || n.num < 1 || n.num > 1200) return std::nullopt;
         Item it = make(IT::over);
         it.period = unit_period(m.node(7).wid, static_cast<int>(n.num));
         it.has_period = true;
         if (m.has(2)) it.note = "following";
         return it;
       }},
      // "in 7 equal six-month installments", "in four successive equal 3-month installments": the count and its period.
      {"<number> equal <N>-month installments", 5,
       {opt(w({"in"})), k(NK::number), opt(w({"consecutive", "successive"})), opt(w({"substantially", "approximately"})),
        opt(w({"equal"})), opt(w({"consecutive", "successive"})), k(NK::number), opt(p('-')), w({"month", "year"}),
        w({"installments", "increments", "tranches", "instalments"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month");
         const Node& n = m.node(1);
         const Node& len = m.node(6);
         if (n.den != 1 || n.num < 1 || n.num > 1200 || len.den != 1 || len.num < 1 || len.num > 120 || is_year(n)) return std::nullopt;
         Item it = make(IT::count);
         it.n = static_cast<int>(n.num);
         it.period = m.node(8).wid == month ? Period::months(static_cast<int>(len.num)) : Period::years(static_cast<int>(len.num));
         it.has_period = true;
         return it;
       }},
      {"<number> equal <cadence> installments", 5,
       {opt(w({"in"})), opt(w({"approximately", "about", "roughly"})), k(NK::number), opt(w({"consecutive", "successive"})),
        opt(w({"substantially", "approximately", "roughly", "nearly"})), opt(w({"equal"})),
        opt(w({"consecutive", "successive"})), opt(adj()), opt(p(',')),
        w({"installments", "installment", "increments", "tranches", "portions", "amounts", "parts", "instalments"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(2);
         if (n.den != 1 || n.num < 1 || n.num > 1200) return std::nullopt;
         Item it = make(IT::count);
         it.n = static_cast<int>(n.num);
         if (m.has(7)) {
           it.period = adj_at(m, 7);
           it.has_period = true;
         }
         return it;
       }},
      // "in equal thirds", "in four equal quarters" is not this (a duration): only the fraction nouns.
      {"in equal thirds", 5,
       {opt(w({"in"})), opt(w({"substantially", "approximately"})), w({"equal"}),
        w({"halves", "thirds", "fourths", "quarters", "fifths", "sixths", "eighths", "tenths"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t halves = intern("halves"), thirds = intern("thirds"), fourths = intern("fourths"),
                                    quarters = intern("quarters"), fifths = intern("fifths"), sixths = intern("sixths"),
                                    eighths = intern("eighths");
         const auto id = m.node(3).wid;
         Item it = make(IT::count);
         it.n = id == halves ? 2 : id == thirds ? 3 : (id == fourths || id == quarters) ? 4 : id == fifths ? 5
                : id == sixths ? 6 : id == eighths ? 8 : 10;
         return it;
       }},
      // "per annum", "per year", "per quarter": a cadence ("25% per annum").
      {"per annum", 5, {w({"per"}), w({"annum", "year", "quarter", "month"})},
       [](const Match& m) {
         static const std::uint16_t quarter = intern("quarter"), month = intern("month");
         const auto id = m.node(1).wid;
         return cadence_item(id == quarter ? Period::months(3) : id == month ? Period::months(1) : Period::years(1));
       }},
      // "with the first vesting date being three months after the grant date", "the initial vesting date occurring on X".
      {"with the first vesting date being <when>", 5,
       {opt(w({"with"})), opt(w({"the"})), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t initial = intern("initial");
          if (i < n.size() && ((n[i].kind == NK::ordinal && n[i].num == 1) || is_w(n[i], initial))) { ++i; return true; }
          return false;
        }), {"initial"}, {NK::ordinal}),
        w({"vesting", "exercise"}), w({"date"}), opt(w({"being", "occurring", "to", "will", "shall", "is", "falling"})),
        opt(w({"be", "occur", "fall"})), opt(w({"on"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(8).when;
         it.first_step = 0;
         it.note = "first_installment";
         return it;
       }},
      // "until all of the units have vested", "until the award is fully vested".
      {"until all units have vested", 5,
       {w({"until"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t all = intern("all"), the = intern("the"), of = intern("of"), have = intern("have"),
                                     has = intern("has"), are = intern("are"), is = intern("is"), become = intern("become"),
                                     been = intern("been");
          static const std::uint16_t such = intern("such"), time = intern("time"), as = intern("as");
          std::size_t j = i;
          // "until such time as the RSUs are 100% vested"
          if (j + 2 < n.size() && is_w(n[j], such) && is_w(n[j + 1], time) && is_w(n[j + 2], as)) {
            j += 3;
            if (j < n.size() && is_w(n[j], the)) ++j;
            const std::size_t from = j;
            while (j < n.size() && j < from + 4 && n[j].kind == NK::word && !is_w(n[j], are) && !is_w(n[j], is) &&
                   !is_w(n[j], have) && !is_w(n[j], has))
              ++j;
            if (j == from || j >= n.size()) return false;
            ++j;
            if (j < n.size() && is_w(n[j], been)) ++j;
            if (j < n.size() && n[j].kind == NK::item && n[j].itype == IT::immediate) { i = j + 1; return true; }
            if (j + 1 < n.size() && n[j].kind == NK::percent && n[j].num == 100 * n[j].den && n[j + 1].kind == NK::item &&
                n[j + 1].itype == IT::vest_verb) {
              i = j + 2;
              return true;
            }
            return false;
          }
          if (j < n.size() && is_w(n[j], all)) ++j;
          else return false;
          if (j < n.size() && is_w(n[j], of)) ++j;
          if (j < n.size() && is_w(n[j], the)) ++j;
          // The holding noun(s), then "have (become) vested".
          const std::size_t nouns = j;
          while (j < n.size() && j < nouns + 4 && n[j].kind == NK::word && !is_w(n[j], have) && !is_w(n[j], has) &&
                 !is_w(n[j], are) && !is_w(n[j], is))
            ++j;
          if (j == nouns || j >= n.size()) return false;
          ++j;  // have / has / are / is
          if (j < n.size() && (is_w(n[j], become) || is_w(n[j], been))) ++j;
          if (j < n.size() && n[j].kind == NK::item && n[j].itype == IT::vest_verb) { i = j + 1; return true; }
          if (j < n.size() && n[j].kind == NK::item && n[j].itype == IT::immediate) { i = j + 1; return true; }
          return false;
        })},
       [](const Match&) -> std::optional<Item> { return make(IT::until_full); }},
      // "on the corresponding day of each quarter thereafter": the anchor's day, clamped (the default policy).
      {"on the corresponding day of each quarter", 5,
       {opt(w({"on"})), opt(w({"the"})), w({"corresponding", "same"}), opt(w({"calendar"})), w({"day"}), w({"of"}),
        w({"each", "every"}), opt(w({"succeeding", "subsequent", "following", "calendar"})), w({"month", "quarter", "year"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t quarter = intern("quarter"), month = intern("month");
         const auto id = m.node(8).wid;
         return cadence_item(id == quarter ? Period::months(3) : id == month ? Period::months(1) : Period::years(1));
       }},
      {"on a <cadence> basis", 5, {w({"on"}), w({"a", "an"}), adj(), w({"basis"})},
       [](const Match& m) { return cadence_item(adj_at(m, 2)); }},
      {"in equal <cadence> installments", 5,
       {opt(w({"in"})), opt(w({"substantially", "approximately"})), opt(w({"equal"})), adj(),
        opt(w({"installments", "installment", "increments", "tranches", "portions", "amounts"}))},
       [](const Match& m) { return cadence_item(adj_at(m, 3)); }},
      {"each <Name> Date", 5, {opt(w({"on"})), w({"each", "every"}), opt(w({"applicable", "subsequent"})), any_word(), opt(w({"vesting"})), w({"date"})},
       [](const Match& m) -> std::optional<Item> {
         if (!m.context->named(m.node(3).wid)) return std::nullopt;
         Item it = make(IT::cadence);
         it.named = m.node(3).wid;
         return it;
       }},
      // Calendar day rules: the days of the calendar the installments fall on, whatever the anchor.
      {"on the first day of each January, April, July and October", 5,
       {opt(w({"on"})), opt(w({"the"})), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          DayOfMonthPolicy p;
          if (i < n.size() && day_rule_word(n[i], p)) { ++i; return true; }
          return false;
        }), {"last"}, {NK::ordinal}),
        opt(w({"calendar"})), w({"day"}), w({"of"}), w({"each", "every"}), month_names()},
       [](const Match& m) -> std::optional<Item> {
         DayOfMonthPolicy day;
         day_rule_word(m.node(2), day);
         CalendarDays c;
         c.day = day;
         for (std::size_t j = m.at[7]; j < m.end; ++j)
           if (const unsigned mo = month_word((*m.nodes)[j])) c.months |= static_cast<std::uint16_t>(1u << (mo - 1));
         return calendar_item(c);
       }},
      {"on the fifteenth day of the second month of each calendar quarter", 5,
       {opt(w({"on"})), opt(w({"the"})), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          DayOfMonthPolicy p;
          if (i < n.size() && day_rule_word(n[i], p)) { ++i; return true; }
          return false;
        }), {"last"}, {NK::ordinal}),
        w({"day"}), w({"of"}), w({"the"}), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t last = intern("last");
          if (i < n.size() && ((n[i].kind == NK::ordinal && n[i].num >= 1 && n[i].num <= 3) || is_w(n[i], last))) { ++i; return true; }
          return false;
        }), {"last"}, {NK::ordinal}),
        w({"month"}), w({"of"}), w({"each", "every"}), w({"calendar"}), w({"quarter"})},
       [](const Match& m) -> std::optional<Item> {
         DayOfMonthPolicy day;
         day_rule_word(m.node(2), day);
         const Node& mo = m.node(6);
         const unsigned phase = mo.kind == NK::ordinal ? static_cast<unsigned>(mo.num) : 3u;
         return calendar_item(CalendarDays::of_period(3, phase, day));
       }},
      // "on the last day of each calendar quarter", "on the first day of each calendar quarter", "... calendar year":
      // only with "calendar" (a "quarter" alone may count from the grant).
      {"on the last day of each calendar quarter", 5,
       {opt(w({"on"})), opt(w({"the"})), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          DayOfMonthPolicy p;
          if (i < n.size() && day_rule_word(n[i], p)) { ++i; return true; }
          return false;
        }), {"last"}, {NK::ordinal}),
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
       {opt(w({"on"})), k(NK::month_day), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t and_ = intern("and");
          std::size_t last = i;
          for (std::size_t j = i; j < n.size() && j < i + 30; ++j) {
            if (n[j].kind == NK::month_day) last = j + 1;
            else if (!((n[j].kind == NK::punct && n[j].punct == ',') || is_w(n[j], and_))) break;
          }
          i = last;  // (none more: one day)
          return true;
        }),
        w({"of"}), w({"each", "every"}), opt(w({"calendar"})), w({"year"})},
       [](const Match& m) -> std::optional<Item> {
         CalendarDays c;
         bool same_day = true, month_ends = true;
         const Node& first = m.node(1);
         for (std::size_t j = m.at[1]; j < m.at[3]; ++j) {
           const Node& md = (*m.nodes)[j];
           if (md.kind != NK::month_day) continue;
           const unsigned last_day = unsigned((date::year{2001} / date::month{md.month} / date::last).day());
           same_day &= md.day == first.day;
           month_ends &= md.day >= last_day;
           c.months |= static_cast<std::uint16_t>(1u << (md.month - 1));
         }
         if (!same_day && !month_ends) return std::nullopt;
         const bool feb_only = c.months == (1u << 1);
         c.day = first.day == 1                    ? DayOfMonthPolicy::first_day_of_month()
                 : month_ends && (!same_day || !feb_only) ? DayOfMonthPolicy::last_day_of_month()
                                                           : DayOfMonthPolicy::fixed_day(first.day);
         return calendar_item(c);
       }},
      // "beginning with the first such date after the grant date", "beginning with the first Quarterly Vesting
      // Date following X": the first of the series' days after X.
      {"beginning with the first such date following <when>", 5,
       {w({"beginning", "commencing", "starting"}), w({"with", "on"}), opt(w({"the"})), first_or_next(),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t date_ = intern("date");
          for (std::size_t j = i; j < n.size() && j < i + 4; ++j) {
            if (n[j].kind != NK::word) return false;
            if (n[j].wid == date_ && date_ != 0) { i = j + 1; return true; }
          }
          return false;
        }),
        w({"following", "after"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(6).when;
         it.first_step = 1;
         it.note = "first_rule_date";  // only beside a day rule the series was read with (place_anchor)
         return it;
       }},
      // "at the end of each calendar quarter", "at the close of each calendar month": the calendar's period ends.
      {"at the end of each calendar quarter", 5,
       {opt(w({"at", "on"})), opt(w({"the"})), w({"end", "close"}), w({"of"}), w({"each", "every"}),
        opt(w({"subsequent", "succeeding", "following", "full", "successive"})), opt(w({"calendar"})), w({"quarter", "month", "year"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t quarter = intern("quarter"), month = intern("month");
         const auto id = m.node(7).wid;
         // "at the end of each month" is a calendar month's end; "each quarter" or "each year" without
         // "calendar" may count from the grant.
         if (!m.has(6) && id != month) return std::nullopt;
         const DayOfMonthPolicy last = DayOfMonthPolicy::last_day_of_month();
         return calendar_item(id == quarter ? CalendarDays::quarter_ends()
                              : id == month ? CalendarDays::of_period(1, 1, last)
                                            : CalendarDays::of_months({12u}, last));
       }},
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
         it.note = std::string("assumed \"first business day\" is the 1st calendar day of the ") + (q ? "quarter" : "month") +
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
      // "and each one-month anniversary thereafter", "on each three-month anniversary thereafter".
      {"each one-month anniversary", 5,
       {opt(w({"on"})), w({"each", "every"}), k(NK::number), opt(p('-')), w({"month", "year"}), opt(p('-')), w({"anniversary"}),
        opt(w({"thereof"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month");
         const Node& x = m.node(2);
         if (x.den != 1 || x.num < 1 || x.num > 120) return std::nullopt;
         const int k2 = static_cast<int>(x.num);
         return cadence_item(m.node(4).wid == month ? Period::months(k2) : Period::years(k2));
       }},
      {"at the end of each successive three-month period", 5,
       {opt(w({"at"})), opt(w({"the"})), opt(w({"end"})), opt(w({"of"})), w({"each", "every"}),
        opt(w({"successive", "subsequent", "full", "consecutive", "calendar", "additional"})), opt(k(NK::number)), opt(p('-')),
        units, opt(w({"period", "periods", "thereafter"}))},
       [](const Match& m) -> std::optional<Item> {
         int n = 1;
         if (m.has(6)) {
           const Node& x = m.node(6);
           if (x.den != 1 || x.num < 1 || x.num > 120) return std::nullopt;
           n = static_cast<int>(x.num);
         }
         return cadence_item(unit_period(m.node(8).wid, n));
       }},
      // "in equal increments on the anniversary dates for the following five years".
      {"on the anniversary dates", 5, {opt(w({"on"})), w({"the"}), w({"anniversary"}), w({"dates"})},
       [](const Match&) { return cadence_item(Period::years(1)); }},
      // "in three equal annual installments on the anniversary of the grant date": each anniversary, but
      // only beside a count ("vests on the anniversary of the grant date" alone is not read).
      {"on the anniversary of <when> (with a count)", 5,
       {opt(w({"on"})), w({"the"}), w({"anniversary"}), opt(w({"date"})), w({"of"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = anchor_at(m, 5);
         it.first_step = 1;
         it.period = Period::years(1);
         it.has_period = true;
         it.note = "needs_count";
         return it;
       }},
      // "on the anniversary date of the grant" (the grant date read first as an item): each anniversary, but
      // only beside a number of annual installments or an annual size ("20% annually").
      {"on the anniversary <date of grant> (with a count)", 5,
       {opt(w({"on"})), w({"the"}), w({"anniversary"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(3).when;
         if ((x.ref != When::Ref::grant && x.ref != When::Ref::vcd) || x.months != 0 || x.days != 0 || x.fixed_day)
           return std::nullopt;
         Item it = make(IT::start);
         it.when = x;
         it.first_step = 1;
         it.period = Period::years(1);
         it.has_period = true;
         it.note = "needs_count";
         return it;
       }},
      // "and are fully vested after five years": the span of the series (a count claim).
      {"and are fully vested after <number> years", 5,
       {opt(w({"and"})), opt(w({"are", "is", "will", "shall"})), opt(w({"be", "become"})), item(IT::immediate), w({"after"}),
        k(NK::number), w({"years", "months"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t months = intern("months");
         const Node& n = m.node(5);
         if (n.den != 1 || n.num < 1 || n.num > 100 || is_year(n)) return std::nullopt;
         Item it = make(IT::over);
         it.period = m.node(6).wid == months ? Period::months(static_cast<int>(n.num)) : Period::years(static_cast<int>(n.num));
         it.has_period = true;
         return it;
       }},
      {"on each (monthly) anniversary", 5,
       {opt(w({"on"})), w({"each", "every"}), opt(adj()), w({"anniversary"}), opt(w({"date"})), opt(w({"thereof"}))},
       [](const Match& m) { return cadence_item(m.has(2) ? adj_at(m, 2) : Period::years(1)); }},
      {"<cadence>", 5, {adj()}, [](const Match& m) { return cadence_item(adj_at(m, 0)); }},
      {"thereafter", 5, {w({"thereafter", "then"})}, [](const Match&) -> std::optional<Item> { return make(IT::thereafter); }},
  };
  f.examples = {
      {"The shares subject to the option are immediately exercisable and vest in 48 equal monthly installments beginning on "
       "August 19, 2019, subject to Reporting Person's continuous service through each such vesting date.",
       "2022-12-13", "48", "time_based",
       "2019-08-19=1 2019-09-19=1 2019-10-19=1 2019-11-19=1 2019-12-19=1 2020-01-19=1 2020-02-19=1 2020-03-19=1 2020-04-19=1 "
       "2020-05-19=1 2020-06-19=1 2020-07-19=1 2020-08-19=1 2020-09-19=1 2020-10-19=1 2020-11-19=1 2020-12-19=1 2021-01-19=1 "
       "2021-02-19=1 2021-03-19=1 2021-04-19=1 2021-05-19=1 2021-06-19=1 2021-07-19=1 2021-08-19=1 2021-09-19=1 2021-10-19=1 "
       "2021-11-19=1 2021-12-19=1 2022-01-19=1 2022-02-19=1 2022-03-19=1 2022-04-19=1 2022-05-19=1 2022-06-19=1 2022-07-19=1 "
       "2022-08-19=1 2022-09-19=1 2022-10-19=1 2022-11-19=1 2022-12-19=1 2023-01-19=1 2023-02-19=1 2023-03-19=1 2023-04-19=1 "
       "2023-05-19=1 2023-06-19=1 2023-07-19=1",
       "", true},
      {"These SARs become exercisable in four substantially equal annual installments, commencing on February 9, 2023.",
       "2022-02-09", "100", "time_based", "2023-02-09=25 2024-02-09=25 2025-02-09=25 2026-02-09=25", "", false},
      {"The employee stock options vest in three (3) equal annual installments beginning March 1, 2024.", "2023-03-01", "90",
       "time_based", "2024-03-01=30 2025-03-01=30 2026-03-01=30", "", false},
      {"The RSUs vest quarterly over two years beginning on January 15, 2024.", "", "80", "time_based",
       "2024-01-15=10 2024-04-15=10 2024-07-15=10 2024-10-15=10 2025-01-15=10 2025-04-15=10 2025-07-15=10 2025-10-15=10", "",
       false},
      {"The RSUs vest in four equal quarterly installments beginning on January 31, 2024 through October 31, 2024.", "", "8",
       "time_based", "2024-01-31=2 2024-04-30=2 2024-07-31=2 2024-10-31=2", "", false},
      {"The RSUs vest in four equal quarterly installments beginning on January 31, 2024 through December 31, 2024.", "", "8",
       "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in equal installments on the last day of each month over 3 months beginning on January 31, 2024.", "",
       "3", "time_based", "2024-01-31=1 2024-02-29=1 2024-03-31=1", "", false},
      {"25% of the RSUs vest on March 10, 2024 and the remainder vest in 3 equal monthly installments on the 10th day of each month thereafter.",
       "", "4", "time_based", "2024-03-10=1 2024-04-10=1 2024-05-10=1 2024-06-10=1", "", false},
      {"The RSUs vest in equal installments on the first business day of each quarter over one year beginning on January 1, 2025.",
       "", "4", "time_based", "2025-01-01=1 2025-04-01=1 2025-07-01=1 2025-10-01=1", "", false},
      // Series step from the original anchor (Jan 31 → Feb 29 → Mar 31), also after a cliff.
      {"The option vests in 4 equal monthly installments commencing on the one-month anniversary of the grant date.",
       "2024-01-31", "4", "time_based", "2024-02-29=1 2024-03-31=1 2024-04-30=1 2024-05-31=1", "", false},
      {"25% of the shares vest on the first anniversary of the grant date and 1/48th of the shares vest monthly thereafter.",
       "2024-01-31", "48", "time_based",
       "2025-01-31=12 2025-02-28=1 2025-03-31=1 2025-04-30=1 2025-05-31=1 2025-06-30=1 2025-07-31=1 2025-08-31=1 2025-"
       "09-30=1 2025-10-31=1 2025-11-30=1 2025-12-31=1 2026-01-31=1 2026-02-28=1 2026-03-31=1 2026-04-30=1 2026-05-31="
       "1 2026-06-30=1 2026-07-31=1 2026-08-31=1 2026-09-30=1 2026-10-31=1 2026-11-30=1 2026-12-31=1 2027-01-31=1 2027"
       "-02-28=1 2027-03-31=1 2027-04-30=1 2027-05-31=1 2027-06-30=1 2027-07-31=1 2027-08-31=1 2027-09-30=1 2027-10-31"
       "=1 2027-11-30=1 2027-12-31=1 2028-01-31=1",
       "", false},
      // "over N years/months" with no start: from the grant date (one period after it).
      {"The RSUs vest in equal annual installments over three years.", "2024-02-29", "3", "time_based",
       "2025-02-28=1 2026-02-28=1 2027-02-28=1", "", false},
      {"The option vests in equal monthly installments over 3 months from the grant date.", "2024-01-31", "3", "time_based",
       "2024-02-29=1 2024-03-31=1 2024-04-30=1", "", false},
      {"The option vests in 4 equal quarterly installments over one year measured from the grant date.", "2024-08-31", "4",
       "time_based", "2024-11-30=1 2025-02-28=1 2025-05-31=1 2025-08-31=1", "", false},
      {"The option vests in 5 equal quarterly installments over one year measured from the grant date.", "2024-08-31", "5",
       "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in equal annual installments over two years.", "", "4", "time_based", "", "needs grant_date", false},
      // "on each (monthly) anniversary of X", "ratably over N years, with 1/N on each anniversary".
      {"1/3 of the shares vest on each monthly anniversary of the vesting commencement date (January 31, 2024).", "2024-03-01",
       "3", "time_based", "2024-02-29=1 2024-03-31=1 2024-04-30=1", "", false},
      {"The RSUs vest ratably over two years, with one-half vesting on each anniversary of the grant date.", "2024-02-29", "10",
       "time_based", "2025-02-28=5 2026-02-28=5", "", false},
      {"The RSUs vest ratably over three years, with one-half vesting on each anniversary of the grant date.", "2024-02-29",
       "10", "unrecognized", "", "cross_check_failed", false},
      // The first installment stated on its own.
      {"This option becomes exercisable in 3 equal monthly installments, the first of which becomes exercisable on July 31, 2023.",
       "2023-06-30", "3", "time_based", "2023-07-31=1 2023-08-31=1 2023-09-30=1", "", false},
      {"The RSUs vest in three equal annual installments; the first installment vested on February 1, 2023.", "2024-02-10", "3",
       "time_based", "2023-02-01=1 2024-02-01=1 2025-02-01=1", "", false},
      {"The RSUs vest quarterly over one year in equal installments, with the first installment vesting on the three-month "
       "anniversary of the grant date.",
       "2023-11-30", "4", "time_based", "2024-02-29=1 2024-05-30=1 2024-08-30=1 2024-11-30=1", "", false},
      // Quarter ends; a cliff, then quarterly thereafter "such that" fully vested on a date (checked).
      {"The RSUs vest on the last day of each calendar quarter in equal installments over one year, beginning with the quarter "
       "ending March 31, 2025.",
       "2025-01-15", "4", "time_based", "2025-03-31=1 2025-06-30=1 2025-09-30=1 2025-12-31=1", "", false},
      {"The RSUs vest as follows: 50% on the first anniversary of the grant date and 12.5% on each quarterly anniversary "
       "thereafter, such that the RSUs will be fully vested on the second anniversary of the grant date.",
       "2024-05-31", "8", "time_based", "2025-05-31=4 2025-08-31=1 2025-11-30=1 2026-02-28=1 2026-05-31=1", "", false},
      {"The RSUs vest as follows: 50% on the first anniversary of the grant date and 12.5% on each quarterly anniversary "
       "thereafter, such that the RSUs will be fully vested on the third anniversary of the grant date.",
       "2024-05-31", "8", "unrecognized", "", "cross_check_failed", false},
      // A preamble "over N years" is checked against the whole schedule.
      {"The option vests over two years, with 50% vesting on the first anniversary of the grant date and the remainder vesting "
       "in equal quarterly installments over the following 12 months.",
       "2024-01-31", "8", "time_based", "2025-01-31=4 2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", false},
      {"The option vests over three years, with 50% vesting on the first anniversary of the grant date and the remainder "
       "vesting in equal quarterly installments over the following 12 months.",
       "2024-01-31", "8", "unrecognized", "", "cross_check_failed", false},
      {"25% of the shares subject to the Stock Option vest on August 15, 2008, and the remaining shares vest in equal annual "
       "installments over the following three years.",
       "2007-08-15", "4", "time_based", "2008-08-15=1 2009-08-15=1 2010-08-15=1 2011-08-15=1", "", false},
      // 2026-12-01 families: "per annum", "at the rate of", "in equal thirds", "the first vesting date being",
      // "successive equal", "such that 100% ... by", "the corresponding day of each quarter", month-days spread over
      // the year, "until all units have vested", a recurrence with its first date, "over a period of N years
      // from", a count with no anchor (from the grant date, never after another portion or beside withholding).
      {"This option will vest and become exercisable at the rate of 25% per annum, commencing on the first anniversary of the date of grant.", "2024-02-29", "8", "time_based", "2025-02-28=2 2026-02-28=2 2027-02-28=2 2028-02-29=2", "", false},
      {"Options vest in equal thirds per annum beginning one year after grant.", "2025-06-30", "900", "time_based", "2026-06-30=300 2027-06-30=300 2028-06-30=300", "", false},
      {"The stock units vest at a rate of 1/8 every six months, with the first vesting date occurring on the six-month anniversary of the grant date.", "2024-08-31", "8", "time_based", "2025-02-28=1 2025-08-31=1 2026-02-28=1 2026-08-31=1 2027-02-28=1 2027-08-31=1 2028-02-29=1 2028-08-31=1", "", false},
      {"Vesting shall occur on a quarterly basis over a one-year period, with the first vesting date being three months after the grant date.", "2024-11-30", "4", "time_based", "2025-02-28=1 2025-05-30=1 2025-08-30=1 2025-11-30=1", "", false},
      {"The option will vest as to one-quarter of the shares on January 31, 2026, with the remaining three-quarters vesting in 3 successive equal monthly installments thereafter.", "2025-01-31", "4", "time_based", "2026-01-31=1 2026-02-28=1 2026-03-31=1 2026-04-30=1", "", false},
      {"1/8 of the restricted stock units will vest on August 20, 2024 and quarterly thereafter, such that 100% of the restricted stock units will be vested by May 20, 2026.", "2024-05-28", "8", "time_based", "2024-08-20=1 2024-11-20=1 2025-02-20=1 2025-05-20=1 2025-08-20=1 2025-11-20=1 2026-02-20=1 2026-05-20=1", "", false},
      {"1/8 of the restricted stock units will vest on August 20, 2024 and quarterly thereafter, such that 100% of the restricted stock units will be vested by May 20, 2027.", "2024-05-28", "8", "unrecognized", "", "cross_check_failed", false},
      {"One-fourth of the shares will vest on July 17, 2025. An additional one-sixteenth of the shares will vest on the corresponding day of each quarter thereafter (or if there is no such corresponding day, on the last day of such month).", "2024-07-17", "16", "time_based", "2025-07-17=4 2025-10-17=1 2026-01-17=1 2026-04-17=1 2026-07-17=1 2026-10-17=1 2027-01-17=1 2027-04-17=1 2027-07-17=1 2027-10-17=1 2028-01-17=1 2028-04-17=1 2028-07-17=1", "", false},
      {"25% of the shares vest on November 15, 2022, with an additional 6.25% vesting on each subsequent February 15, May 15, August 15, and November 15 thereafter until such time as the RSUs are 100% vested.", "2021-11-16", "16", "time_based", "2022-11-15=4 2023-02-15=1 2023-05-15=1 2023-08-15=1 2023-11-15=1 2024-02-15=1 2024-05-15=1 2024-08-15=1 2024-11-15=1 2025-02-15=1 2025-05-15=1 2025-08-15=1 2025-11-15=1", "", false},
      {"On each six-month anniversary of the grant date, one-fourth of the units vest until all of the units have vested.", "2024-01-31", "4", "time_based", "2024-07-31=1 2025-01-31=1 2025-07-31=1 2026-01-31=1", "", false},
      {"Vesting shall occur in two equal annual installments on each anniversary of March 1, 2024, commencing March 1, 2025.", "2024-03-10", "2", "time_based", "2025-03-01=1 2026-03-01=1", "", false},
      {"Vesting shall occur in two equal annual installments on each anniversary of March 1, 2024, commencing March 1, 2026.", "2024-03-10", "2", "unrecognized", "", "cross_check_failed", false},
      {"The shares vest in equal annual installments over a period of two years from the grant date.", "2024-02-29", "2", "time_based", "2025-02-28=1 2026-02-28=1", "", false},
      {"The RSUs vest in three equal annual installments.", "2024-04-08", "3", "time_based", "2025-04-08=1 2026-04-08=1 2027-04-08=1", "", false},
      {"The remaining RSUs vest in three equal annual installments.", "2024-04-08", "3", "unrecognized", "", "does not say when", false},
      {"Shares withheld for taxes upon vesting of RSUs which vest in three equal annual installments.", "2024-04-08", "3", "unrecognized", "", "does not say when", false},
      // A preamble's span ends the last series; the size of each installment stated after them; "of 20% each".
      {"The option vests over two years, with 50% vesting on the first anniversary of the grant date and the remainder "
       "vesting in equal quarterly installments thereafter.",
       "2024-01-31", "8", "time_based", "2025-01-31=4 2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", false},
      {"Restricted stock units vest on a quarterly basis over one year beginning on May 15, 2024, with 1/4 of the units vesting "
       "on each quarterly vesting date.",
       "2024-01-31", "4", "time_based", "2024-05-15=1 2024-08-15=1 2024-11-15=1 2025-02-15=1", "", false},
      {"Restricted stock units vest on a quarterly basis over one year beginning on May 15, 2024, with 1/8 of the units vesting "
       "on each quarterly vesting date.",
       "2024-01-31", "8", "unrecognized", "", "cross_check_failed", false},
      {"The option vests in four annual installments of 25% each, beginning on the first anniversary of the grant date.",
       "2024-01-31", "4", "time_based", "2025-01-31=1 2026-01-31=1 2027-01-31=1 2028-01-31=1", "", false},
      {"Vesting of the RSUs is as follows: 40% on March 1, 2025 and 60% on March 1, 2026.", "2024-01-31", "10", "time_based",
       "2025-03-01=4 2026-03-01=6", "", false},
      // A series "commencing on the date of grant" may have its first installment then or one period
      // later: not guessed (nor when the start stated is the grant date itself); "so that ... fully vested on".
      {"The shares vest quarterly in equal installments over a one year period commencing on the date of grant.",
       "2024-01-31", "4", "unrecognized", "", "one period later", false},
      {"The shares vest in four equal installments every six months beginning on the grant date.", "2024-01-31", "4",
       "unrecognized", "", "one period later", false},
      {"The RSUs vest 25% per year over four years beginning May 27, 2021.", "2021-05-27", "4", "unrecognized", "",
       "one period later", false},
      {"The RSUs vest 25% per year over four years beginning May 27, 2022.", "2021-05-27", "4", "time_based",
       "2022-05-27=1 2023-05-27=1 2024-05-27=1 2025-05-27=1", "", false},
      {"The RSUs vest in four equal annual installments commencing in January 2024.", "2023-01-02", "4", "unrecognized", "",
       "not understood", false},
      {"These RSUs vest as to one-half of the shares on each anniversary of the date of grant, so that the RSUs will be fully "
       "vested on the second anniversary of the date of grant.",
       "2024-01-31", "2", "time_based", "2025-01-31=1 2026-01-31=1", "", false},
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
      // A span that describes the whole schedule: the first date vests the part of the span it stands for
      // (checked: the last date, and the start near the grant date); "over the N-year period ending D" after
      // an earlier date counts that date too.
      {"This award was granted on September 26, 2021. 12.5% of the award vested on April 15, 2022 and the remaining "
       "restricted stock units vest 12.5% in semi-annual installments over the four-year period ending October 15, 2025.",
       "2025-10-15", "8", "time_based",
       "2022-04-15=1 2022-10-15=1 2023-04-15=1 2023-10-15=1 2024-04-15=1 2024-10-15=1 2025-04-15=1 2025-10-15=1", "", false},
      {"This award was granted on September 26, 2021. 12.5% of the award vested on April 15, 2022 and the remaining "
       "restricted stock units vest 12.5% in semi-annual installments over the three-year period ending October 15, 2025.",
       "2025-10-15", "8", "unrecognized", "", "cross_check_failed", false},
      {"The option vests over a four-year period at the rate of 25% on January 2, 2026, and then in 36 equal monthly "
       "installments thereafter.",
       "2025-01-06", "48", "time_based",
       "2026-01-02=12 2026-02-02=1 2026-03-02=1 2026-04-02=1 2026-05-02=1 2026-06-02=1 2026-07-02=1 2026-08-02=1 "
       "2026-09-02=1 2026-10-02=1 2026-11-02=1 2026-12-02=1 2027-01-02=1 2027-02-02=1 2027-03-02=1 2027-04-02=1 "
       "2027-05-02=1 2027-06-02=1 2027-07-02=1 2027-08-02=1 2027-09-02=1 2027-10-02=1 2027-11-02=1 2027-12-02=1 "
       "2028-01-02=1 2028-02-02=1 2028-03-02=1 2028-04-02=1 2028-05-02=1 2028-06-02=1 2028-07-02=1 2028-08-02=1 "
       "2028-09-02=1 2028-10-02=1 2028-11-02=1 2028-12-02=1 2029-01-02=1", "", false},
      {"The option vests over a four-year period at the rate of 25% on January 2, 2026, and then in 36 equal monthly "
       "installments thereafter.",
       "2024-06-06", "48", "unrecognized", "", "cross_check_failed", false},
      {"The option vests over a five-year period at the rate of 25% on January 2, 2026, and then in 36 equal monthly "
       "installments thereafter.",
       "2025-01-06", "48", "unrecognized", "", "cross_check_failed", false},
      {"25% of the RSUs vest on the date that is twelve months after January 16, 2026 and the remaining 75% will vest then "
       "in twelve (12) equal quarterly installments at the end of each calendar quarter.",
       "2026-03-16", "16", "time_based",
       "2027-01-16=4 2027-03-31=1 2027-06-30=1 2027-09-30=1 2027-12-31=1 2028-03-31=1 2028-06-30=1 2028-09-30=1 "
       "2028-12-31=1 2029-03-31=1 2029-06-30=1 2029-09-30=1 2029-12-31=1", "", false},
      // A recurrence on an anchor after a cliff: its dates after the cliff ("thereafter"), never from the anchor again.
      {"The restricted shares shall vest as to 20% of the units upon the one-year anniversary of the Vesting Commencement "
       "Date and the remaining 80% of the units are scheduled to vest in four equal quarterly installments on each "
       "three-month anniversary of the Vesting Commencement Date thereafter. The vesting commencement date of the award "
       "is March 31, 2020.",
       "2020-04-01", "5", "time_based", "2021-03-31=1 2021-06-30=1 2021-09-30=1 2021-12-31=1 2022-03-31=1", "", false},
      {"One-fifth of the units vest two years from July 15, 2018 (the \"Vesting Commencement Date\"), and the remainder "
       "vests in 4 equal monthly installments on each monthly anniversary of the Vesting Commencement Date thereafter.",
       "2018-08-12", "5", "time_based", "2020-07-15=1 2020-08-15=1 2020-09-15=1 2020-10-15=1 2020-11-15=1", "", false},
      {"20% of the units vest on the first anniversary of the grant date and the remaining 80% vest in four equal quarterly "
       "installments on each three-month anniversary of the grant date.",
       "2020-03-31", "5", "unrecognized", "", "not understood", false},
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
      // Two rates: the first over a span from its anchor, the second after it until what is left has vested.
      {"The RSUs vest at a rate of 5% of the total award per quarter during the first two years following the grant date "
       "and 7.5% per quarter thereafter.",
       "2024-01-31", "40", "time_based",
       "2024-04-30=2 2024-07-31=2 2024-10-31=2 2025-01-31=2 2025-04-30=2 2025-07-31=2 2025-10-31=2 2026-01-31=2 "
       "2026-04-30=3 2026-07-31=3 2026-10-31=3 2027-01-31=3 2027-04-30=3 2027-07-31=3 2027-10-31=3 2028-01-31=3", "", false},
      {"The option vests at a rate of 1/48 of the total award per month during the first two years following the date of "
       "the grant and 1/24th per month thereafter.",
       "2024-01-31", "48", "time_based",
       "2024-02-29=1 2024-03-31=1 2024-04-30=1 2024-05-31=1 2024-06-30=1 2024-07-31=1 2024-08-31=1 2024-09-30=1 "
       "2024-10-31=1 2024-11-30=1 2024-12-31=1 2025-01-31=1 2025-02-28=1 2025-03-31=1 2025-04-30=1 2025-05-31=1 "
       "2025-06-30=1 2025-07-31=1 2025-08-31=1 2025-09-30=1 2025-10-31=1 2025-11-30=1 2025-12-31=1 2026-01-31=1 "
       "2026-02-28=2 2026-03-31=2 2026-04-30=2 2026-05-31=2 2026-06-30=2 2026-07-31=2 2026-08-31=2 2026-09-30=2 "
       "2026-10-31=2 2026-11-30=2 2026-12-31=2 2027-01-31=2", "", false},
      {"The RSUs vest at a rate of 5% of the total award per quarter during the first two years following the grant date "
       "and 7% per quarter thereafter.",
       "2024-01-31", "40", "unrecognized", "", "cross_check_failed", false},
      // A defined term used before it is defined.
      {"The RSUs vest in four equal quarterly installments on each Quarterly Vesting Date, beginning with the first Quarterly "
       "Vesting Date following March 1, 2024. \"Quarterly Vesting Date\" means each February 15, May 15, August 15 and "
       "November 15.",
       "2024-03-01", "4", "time_based", "2024-05-15=1 2024-08-15=1 2024-11-15=1 2025-02-15=1", "", false},
      // "20% annually on the anniversary date of the grant": each anniversary, the size giving the count.
      {"Options vest 20% annually on the anniversary date of the grant and are fully vested after five years.", "2023-11-01",
       "5", "time_based", "2024-11-01=1 2025-11-01=1 2026-11-01=1 2027-11-01=1 2028-11-01=1", "", false},
      {"The restricted stock vests 1/3 annually on the anniversary date of the grant.", "2021-11-01", "3", "time_based",
       "2022-11-01=1 2023-11-01=1 2024-11-01=1", "", false},
      {"Options vest 20% annually on the anniversary date of the grant and are fully vested after four years.", "2023-11-01",
       "5", "unrecognized", "", "cross_check_failed", false},
      {"Options vest monthly on the anniversary date of the grant.", "2023-11-01", "5", "unrecognized", "", "cross_check_failed", false},
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
      // A count and a span with no cadence: the span divided by the count (a whole number of months).
      {"The restricted stock units vest in three equal installments over a three-year period commencing on the first "
       "anniversary of the grant date.",
       "2024-03-01", "3", "time_based", "2025-03-01=1 2026-03-01=1 2027-03-01=1", "", false},
      {"The RSUs will vest in four equal installments over a four year period.", "2023-03-01", "387", "time_based",
       "2024-03-01=96 2025-03-01=97 2026-03-01=97 2027-03-01=97", "", false},
      {"The option vests in eight equal installments over a two-year period measured from the grant date.", "2024-01-31",
       "8", "time_based", "2024-04-30=1 2024-07-31=1 2024-10-31=1 2025-01-31=1 2025-04-30=1 2025-07-31=1 2025-10-31=1 "
       "2026-01-31=1", "", false},
      {"The RSUs vest in five equal installments over a two year period.", "2023-03-01", "5", "unrecognized", "",
       "without a period", false},
      // "and each one-month anniversary thereafter".
      {"1/8th of the shares subject to the option vest on July 15, 2021 and each three-month anniversary thereafter.",
       "2021-06-15", "8", "time_based",
       "2021-07-15=1 2021-10-15=1 2022-01-15=1 2022-04-15=1 2022-07-15=1 2022-10-15=1 2023-01-15=1 2023-04-15=1", "", false},
      {"25% of the shares vest on the first anniversary of the grant date and each one-month anniversary thereafter.",
       "2021-06-15", "4", "unrecognized", "", "not stated", false},
      // "each anniversary (date) of the grant (on <date>)"; a date after "the grant date" is not its definition.
      {"Options vest in equal 25% installments on each anniversary of the grant on March 7, 2016.", "2016-03-10", "12",
       "time_based", "2017-03-07=3 2018-03-07=3 2019-03-07=3 2020-03-07=3", "", false},
      {"The RSUs vest 1/3 on each anniversary date of the grant date.", "2016-03-10", "12", "time_based",
       "2017-03-10=4 2018-03-10=4 2019-03-10=4", "", false},
      {"25% of the option vested on the one-year anniversary of January 17, 2022, and 1/48th of the shares vest on the 17th "
       "day of each month thereafter, so that the option will be fully vested and exercisable on January 17, 2026.",
       "2022-03-01", "48",
       "time_based",
       "2023-01-17=12 2023-02-17=1 2023-03-17=1 2023-04-17=1 2023-05-17=1 2023-06-17=1 2023-07-17=1 2023-08-17=1 2023-09-17=1 "
       "2023-10-17=1 2023-11-17=1 2023-12-17=1 2024-01-17=1 2024-02-17=1 2024-03-17=1 2024-04-17=1 2024-05-17=1 2024-06-17=1 "
       "2024-07-17=1 2024-08-17=1 2024-09-17=1 2024-10-17=1 2024-11-17=1 2024-12-17=1 2025-01-17=1 2025-02-17=1 2025-03-17=1 "
       "2025-04-17=1 2025-05-17=1 2025-06-17=1 2025-07-17=1 2025-08-17=1 2025-09-17=1 2025-10-17=1 2025-11-17=1 2025-12-17=1 "
       "2026-01-17=1",
       "", false},
      {"The restricted stock units vest 3 years from the grant date on February 4, 2018.", "2016-03-10", "12", "unrecognized",
       "", "cross_check_failed", false},
      // "on the anniversary of X" is each anniversary only beside a number of annual installments.
      {"The award will vest in three equal annual installments on the anniversary of the grant date.", "2024-01-31", "3",
       "time_based", "2025-01-31=1 2026-01-31=1 2027-01-31=1", "", false},
      {"The award will vest in twelve equal quarterly installments on the anniversary of the grant date.", "2024-01-31", "12",
       "unrecognized", "", "not understood", false},
      // "the first of which vested on the date of grant" says where the first installment falls.
      {"The option vests in three equal annual installments, the first of which vested on the date of grant.", "2008-01-31",
       "3", "time_based", "2008-01-31=1 2009-01-31=1 2010-01-31=1", "", false},
      {"One forty-eighth of the shares subject to the option vest on July 15, 2021 and each one-month anniversary thereafter.",
       "2021-06-15", "48", "time_based",
       "2021-07-15=1 2021-08-15=1 2021-09-15=1 2021-10-15=1 2021-11-15=1 2021-12-15=1 2022-01-15=1 2022-02-15=1 2022-03-15=1 "
       "2022-04-15=1 2022-05-15=1 2022-06-15=1 2022-07-15=1 2022-08-15=1 2022-09-15=1 2022-10-15=1 2022-11-15=1 2022-12-15=1 "
       "2023-01-15=1 2023-02-15=1 2023-03-15=1 2023-04-15=1 2023-05-15=1 2023-06-15=1 2023-07-15=1 2023-08-15=1 2023-09-15=1 "
       "2023-10-15=1 2023-11-15=1 2023-12-15=1 2024-01-15=1 2024-02-15=1 2024-03-15=1 2024-04-15=1 2024-05-15=1 2024-06-15=1 "
       "2024-07-15=1 2024-08-15=1 2024-09-15=1 2024-10-15=1 2024-11-15=1 2024-12-15=1 2025-01-15=1 2025-02-15=1 2025-03-15=1 "
       "2025-04-15=1 2025-05-15=1 2025-06-15=1",
       "", false},
  };
  return f;
}

}  // namespace vest::rules
