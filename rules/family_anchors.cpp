// Family: anchors — the dates a schedule hangs on. Absolute dates; the grant
// date and the vesting commencement date (stated in the footnote or given by
// the filing); anniversaries ("the first anniversary of <when>", "the
// twelve-month anniversary of the date of grant"); offsets ("12 months after
// the grant date"); a day of the month of an anchor; defined date names
// ("the first Quarterly Date following <when>"); lists ("each of A, B and C",
// "each August 27, 2021, 2022 and 2023", "each of the first, second and third
// anniversaries of <when>").
#include "rules/rule_helpers.hpp"

namespace vest::rules {
using namespace helpers;

namespace {

std::optional<Item> when_of(When w) {
  Item it = make(IT::when);
  it.when = w;
  return it;
}

bool is_anchor(const When& w) { return w.ref != When::Ref::named_next && w.ref != When::Ref::achievement; }

// `date` defines the grant date or the vesting commencement date that `name` is ("the grant date,
// which is March 1, 2025"; "the March 1, 2025 award date"): a `when` noted with which one it defines.
std::optional<Item> defined_as(const When& name, const When& date) {
  const bool anchor_itself = (name.ref == When::Ref::grant || name.ref == When::Ref::vcd) && name.months == 0 &&
                             name.days == 0 && !name.fixed_day;
  if (!anchor_itself || date.ref != When::Ref::absolute) return std::nullopt;
  Item it = make(IT::when);
  it.when = date;
  it.note = name.ref == When::Ref::grant ? "grant" : "vcd";
  return it;
}

// "first, second, third, and fourth" or "first four".
bool ordinal_list(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t and_ = intern("and");
  if (i >= n.size() || n[i].kind != NK::ordinal) return false;
  ++i;
  if (i < n.size() && n[i].kind == NK::number && n[i - 1].num == 1) {  // "the first four anniversaries"
    ++i;
    return true;
  }
  for (int count = 1; i < n.size() && count < 12; ++count) {  // capped: no quadratic rescans
    std::size_t j = i;
    bool sep = false;
    while (j < n.size() && j < i + 3 && ((n[j].kind == NK::punct && n[j].punct == ',') || is_w(n[j], and_))) {
      ++j;
      sep = true;
    }
    if (sep && j < n.size() && n[j].kind == NK::ordinal) i = j + 1;
    else break;
  }
  return true;
}

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

}  // namespace

Family anchors_family() {
  Family f;
  f.name = "anchors";
  f.item_rules = {
      // Level 1: atoms.
      {"<date>", 1, {k(NK::date)},
       [](const Match& m) -> std::optional<Item> {
         When w;
         w.date = Date{date::days{m.node(0).days}};
         return when_of(w);
       }},
      {"the grant date", 1, {opt(w({"the", "its", "this"})), w({"grant", "award"}), w({"date"})},
       [](const Match&) { When w; w.ref = When::Ref::grant; return when_of(w); }},
      {"the date of grant", 1,
       {opt(w({"the"})), w({"date"}), w({"of"}), opt(w({"the", "this", "such"})), w({"grant", "award"})},
       [](const Match&) { When w; w.ref = When::Ref::grant; return when_of(w); }},
      {"upon grant", 1, {opt(w({"immediately"})), w({"upon", "at"}), opt(w({"the", "its"})), w({"grant", "issuance"}), opt(w({"thereof"}))},
       [](const Match& m) -> std::optional<Item> {
         // "upon the grant date" is the grant-date rule's; "upon grant of the RSUs" is still the grant.
         const auto& n = *m.nodes;
         static const std::uint16_t date = intern("date");
         if (m.end < n.size() && is_w(n[m.end], date)) return std::nullopt;
         When w;
         w.ref = When::Ref::grant;
         return when_of(w);
       }},
      {"at the time of grant", 1,
       {opt(w({"at", "upon"})), w({"the"}), w({"time"}), w({"of"}), opt(w({"the", "its", "their"})), w({"grant", "issuance", "award"})},
       [](const Match&) { When w; w.ref = When::Ref::grant; return when_of(w); }},
      {"the vesting commencement date", 1,
       {opt(w({"the"})), opt(w({"vesting"})), w({"commencement", "start"}), w({"date"})},
       [](const Match&) { When w; w.ref = When::Ref::vcd; return when_of(w); }},
      {"the reporting person's start date", 1,
       {opt(w({"the", "his", "her", "its"})), opt(w({"reporting", "executive", "employee", "director", "participant"})),
        opt(w({"person", "persons", "holder"})),
        w({"hire", "hiring", "employment", "service"}), opt(w({"start", "commencement"})), w({"date"})},
       [](const Match&) { When w; w.ref = When::Ref::vcd; return when_of(w); }},
      {"the date of hire", 1, {opt(w({"the"})), w({"date"}), w({"of"}), opt(w({"the", "his", "her"})), w({"hire", "hiring"})},
       [](const Match&) { When w; w.ref = When::Ref::vcd; return when_of(w); }},
      // Level 2: dates that define the grant date or the vesting commencement date.
      {"<anchor>, which is <date>", 2,
       {item(IT::when), opt(p(',')), w({"which", "that"}), w({"is", "was"}), item(IT::when)},
       [](const Match& m) { return defined_as(m.item_of(0).when, m.item_of(4).when); }},
      {"<anchor>, <date> (appositive)", 2,
       {item(IT::when), p(','), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t and_ = intern("and");
         auto def = defined_as(m.item_of(0).when, m.item_of(2).when);
         if (!def) return std::nullopt;
         // "the third anniversary of the grant date, March 1, 2027": the date may be the anniversary's
         // (family_restated_dates.cpp reads and cross-checks it), not a definition of the grant date.
         // (A vesting commencement date is never the input's, so "the one-month anniversary of the vesting
         // commencement date, February 28, 2024" can only define it.)
         static const std::uint16_t of = intern("of");
         if (m.item_of(0).when.ref == When::Ref::grant && m.begin > 0 && is_w((*m.nodes)[m.begin - 1], of))
           return std::nullopt;
         // Not a list ("the grant date, March 1, 2025 and ..."): the date must end the phrase.
         const auto& n = *m.nodes;
         const std::size_t j = m.end;
         if (j < n.size() && !(n[j].kind == NK::punct && n[j].punct != ',')) {
           if (is_w(n[j], and_) || n[j].kind == NK::item || n[j].kind == NK::date || n[j].kind == NK::number) return std::nullopt;
         }
         if (j + 1 < n.size() && n[j].kind == NK::punct && n[j].punct == ',' &&
             (n[j + 1].kind == NK::item || n[j + 1].kind == NK::date || is_w(n[j + 1], and_)))
           return std::nullopt;
         return def;
       }},
      {"the grant date of the <award> was <date>", 2,
       {item(IT::when), w({"of", "for"}), words_until({"was", "is"}, 6), item(IT::when)},
       [](const Match& m) { return defined_as(m.item_of(0).when, m.item_of(3).when); }},
      {"<date> (the grant date)", 2, {item(IT::when), p('('), opt(w({"the"})), item(IT::when), p(')')},
       [](const Match& m) {
         // Either order: "<date> (the grant date)", "the grant date (<date>)".
         auto def = defined_as(m.item_of(3).when, m.item_of(0).when);
         return def ? def : defined_as(m.item_of(0).when, m.item_of(3).when);
       }},
      {"the grant date of <date>", 2, {item(IT::when), w({"of", "is", "was", "as", "means"}), opt(p(':')), item(IT::when)},
       [](const Match& m) { return defined_as(m.item_of(0).when, m.item_of(3).when); }},
      {"granted on <date>", 2,
       {w({"granted", "awarded"}), opt(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          // "granted to the Reporting Person on <date>"
          static const std::uint16_t to = intern("to"), on = intern("on");
          if (!(i < n.size() && is_w(n[i], to))) return false;
          for (std::size_t j = i + 1; j < n.size() && j < i + 6; ++j) {
            if (is_w(n[j], on)) { i = j; return true; }
            if (n[j].kind != NK::word) return false;
          }
          return false;
        })),
        opt(w({"on", "as"})), opt(w({"of"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& a = m.item_of(4).when;
         if (a.ref != When::Ref::absolute) return std::nullopt;
         Item it = make(IT::definition);
         it.when = a;
         it.note = "grant";
         return it;
       }},
      // "the first anniversary of the May 15, 2023 award date": the date names the grant date.
      {"the <date> grant date", 2, {opt(w({"the"})), item(IT::when), item(IT::when)},
       [](const Match& m) { return defined_as(m.item_of(2).when, m.item_of(1).when); }},
      // "On May 6, 2019, the reporting person was granted 5,600 restricted stock units, vesting ...".
      {"on <date>, the reporting person was granted", 2,
       {w({"on"}), item(IT::when), opt(p(',')), words_until({"granted", "awarded"}, 7)},
       [](const Match& m) -> std::optional<Item> {
         const When& a = m.item_of(1).when;
         if (a.ref != When::Ref::absolute) return std::nullopt;
         Item it = make(IT::definition);
         it.when = a;
         it.note = "grant";
         return it;
       }},
      // "..., with a vesting commencement date of December 5, 2018" (or a grant date of ...): a
      // definition after the schedule it anchors, not a date of it. "beginning with the vesting
      // commencement date of <date>" is a start (the cadence family's), not this.
      {"with a vesting commencement date of <date>", 3,
       {w({"with"}), opt(w({"a", "the", "an"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t beginning = intern("beginning"), commencing = intern("commencing"),
                                    starting = intern("starting");
         const Item& d = m.item_of(2);
         if (d.note != "vcd" && d.note != "grant") return std::nullopt;  // a definition, not any date
         if (m.begin > 0) {
           const Node& before = (*m.nodes)[m.begin - 1];
           if (is_w(before, beginning) || is_w(before, commencing) || is_w(before, starting)) return std::nullopt;
         }
         Item it = make(IT::definition);
         it.when = d.when;
         it.note = d.note;
         return it;
       }},
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
         if (m.has(2)) it.note = "following";
         return it;
       }},
      // "exercisable from and after January 1, 2016": on that date.
      {"from and after <when>", 3, {w({"from"}), w({"and"}), w({"after"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> { return when_of(m.item_of(3).when); }},
      // "on each three-month anniversary of the grant date": a series stepping from the anchor.
      {"each <number>-month anniversary of <when>", 3,
       {opt(w({"on"})), w({"each", "every"}), opt(w({"successive", "subsequent", "consecutive"})), k(NK::number), opt(p('-')),
        w({"month", "year"}), opt(p('-')), w({"anniversary"}), w({"of"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month");
         const Node& num = m.node(3);
         const When base = anchor_at(m, 9);
         if (!is_anchor(base) || num.den != 1 || num.num < 1 || num.num > 120) return std::nullopt;
         Item it = make(IT::start);
         it.when = base;
         it.first_step = 1;
         it.period = m.node(5).wid == month ? Period::months(static_cast<int>(num.num)) : Period::years(static_cast<int>(num.num));
         it.has_period = true;
         return it;
       }},
      // "the third anniversary thereof", or "the third anniversary" after "the second anniversary of
      // the grant date": the anchor of the nearest anniversary before it in the same footnote
      // (level 4, so that the level-3 anniversaries before it are already items).
      {"<ordinal> anniversary thereof", 4,
       {opt(w({"the"})), k(NK::ordinal), opt(p('-')), opt(w({"annual", "year"})), w({"anniversary"}), opt(w({"thereof"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t of = intern("of");
         const auto& n = *m.nodes;
         const Node& o = m.node(1);
         if (o.num < 1 || o.num > 100) return std::nullopt;
         // "anniversary of <when>" is the other rule's (it may still be read at this level).
         if (m.end < n.size() && is_w(n[m.end], of)) return std::nullopt;
         // The nearest earlier anniversary (a whole number of years after its anchor), found among
         // the items made so far by where they end: no look behind the match in the node stream.
         // (Among items ending at the same place the outer one, made later, wins; the scan is capped
         // so that a long input of such phrases stays linear.)
         const std::uint32_t here = n[m.begin].b;
         const Item* best = nullptr;
         const auto& pool = *m.items;
         for (std::size_t k = pool.size(), seen = 0; k-- > 0 && seen < 256; ++seen) {
           const Item& it = pool[k];
           if (it.type == IT::when && it.e <= here && (!best || it.e > best->e)) best = &it;
         }
         if (best) {
           const When& prev = best->when;
           if (!is_anchor(prev) || prev.months <= 0 || prev.months % 12 != 0 || prev.fixed_day || prev.days) return std::nullopt;
           When w = prev;
           w.months = static_cast<int>(12 * o.num);
           return when_of(w);
         }
         return std::nullopt;
       }},
      {"<ordinal> anniversary of <when>", 3,
       {hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t the = intern("the");
          if (i + 1 < n.size() && is_w(n[i], the)) ++i;
          if (i < n.size() && (n[i].kind == NK::ordinal || n[i].kind == NK::number)) { ++i; return true; }
          return false;
        }), {"the"}, {NK::ordinal, NK::number}),
        opt(p('-')), opt(w({"annual", "year", "yearly"})), opt(w({"month"})), opt(p('-')), w({"anniversary"}), w({"of"}),
        anchor()},
       [](const Match& m) -> std::optional<Item> {
         const Node& o = (*m.nodes)[m.at[1] - 1];
         const When base = anchor_at(m, 7);
         if (!is_anchor(base) || o.num < 1 || o.num > 100) return std::nullopt;
         static const std::uint16_t year = intern("year");
         const bool months = m.has(3);
         // "one-year anniversary" counts years; "two anniversary" or "annual anniversary" with a number says nothing clear.
         if (o.kind == NK::number && !months && !(m.has(2) && m.node(2).wid == year)) return std::nullopt;
         if (o.kind == NK::number && o.den != 1) return std::nullopt;
         When w = base;
         w.months += static_cast<int>(months ? o.num : 12 * o.num);
         return when_of(w);
       }},
      {"each of the <ordinals> anniversaries of <when>", 3,
       {opt(w({"each"})), opt(w({"of"})), opt(w({"the"})), hinted(custom(ordinal_list), {}, {NK::ordinal}), w({"anniversary", "anniversaries"}),
        opt(w({"dates"})), w({"of"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         const When base = anchor_at(m, 7);
         if (!is_anchor(base)) return std::nullopt;
         Item it = make(IT::when_list);
         const auto& n = *m.nodes;
         std::size_t b = m.at[3], e = m.at[4];
         if (e - b == 2 && n[b + 1].kind == NK::number) {  // "first four"
           for (std::int64_t k = 1; k <= n[b + 1].num && k <= 50; ++k) {
             When w = base;
             w.months += static_cast<int>(12 * k);
             it.whens.push_back(w);
           }
         } else {
           for (std::size_t j = b; j < e; ++j)
             if (n[j].kind == NK::ordinal) {
               if (n[j].num < 1 || n[j].num > 100) return std::nullopt;
               When w = base;
               w.months += static_cast<int>(12 * n[j].num);
               it.whens.push_back(w);
             }
         }
         if (it.whens.size() < 2) return std::nullopt;
         return it;
       }},
      {"each of the succeeding <number> anniversaries of <when>", 3,
       {opt(w({"on"})), opt(w({"each"})), opt(w({"of"})), opt(w({"the"})), w({"succeeding", "following", "next", "subsequent"}),
        k(NK::number), opt(w({"annual"})), w({"anniversaries"}), w({"of"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         const When base = anchor_at(m, 9);
         const Node& num = m.node(5);
         if (!is_anchor(base) || num.den != 1 || num.num < 2 || num.num > 50) return std::nullopt;
         Item it = make(IT::when_list);
         for (std::int64_t k = 1; k <= num.num; ++k) {
           When w = base;
           w.months += static_cast<int>(12 * k);
           it.whens.push_back(w);
         }
         return it;
       }},
      {"<number> months after <when>", 3,
       {k(NK::number), opt(p('-')), w({"month", "months", "year", "years"}), w({"after", "following", "from"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month"), months = intern("months");
         const When base = anchor_at(m, 4);
         const Node& num = m.node(0);
         if (!is_anchor(base) || num.den != 1 || num.num < 1 || num.num > 600) return std::nullopt;
         // "over 24 months from the grant date" is a span and a start, not a date.
         static const std::uint16_t over = intern("over"), for_ = intern("for"), during = intern("during");
         if (m.begin > 0) {
           const Node& prev = (*m.nodes)[m.begin - 1];
           if (is_w(prev, over) || is_w(prev, for_) || is_w(prev, during)) return std::nullopt;
         }
         const bool is_months = m.node(2).wid == month || m.node(2).wid == months;
         When w = base;
         w.months += static_cast<int>(is_months ? num.num : 12 * num.num);
         return when_of(w);
       }},
      // "25% of which vested 180 days after the grant date": calendar days (business days are not modelled).
      {"<number> days after <when>", 3,
       {k(NK::number), opt(p('-')), opt(w({"calendar"})), w({"day", "days"}), w({"after", "following", "from"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         const When base = anchor_at(m, 5);
         const Node& num = m.node(0);
         if (!is_anchor(base) || base.days != 0 || num.den != 1 || num.num < 1 || num.num > 3650) return std::nullopt;
         When w = base;
         w.days = static_cast<int>(num.num);
         return when_of(w);
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
      {"the first <Name> Date following <when>", 4,
       {opt(w({"on"})), opt(w({"the"})), first_or_next(), any_word(), w({"date"}), opt(item(IT::condition)),
        opt(w({"that"})), opt(w({"occurs", "occurring"})), opt(w({"on", "or"})), w({"following", "after"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const Node& name = m.node(3);
         if (!m.context->named(name.wid)) return std::nullopt;
         Item it = make(IT::when);
         it.when.ref = When::Ref::named_next;
         it.when.name = name.wid;
         it.when.base = static_cast<int>(m.node(10).payload);
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
       {opt(w({"on"})), w({"each", "every"}), opt(w({"subsequent", "succeeding", "following"})), k(NK::month_day),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t and_ = intern("and");
          std::size_t last = i;
          for (std::size_t j = i; j < n.size() && j < i + 30; ++j) {
            if (n[j].kind == NK::month_day) last = j + 1;
            else if (!((n[j].kind == NK::punct && n[j].punct == ',') || is_w(n[j], and_))) break;
          }
          // One day alone ("on each December 31,") only when no year follows ("each December 31 of 2025 through 2029").
          static const std::uint16_t of = intern("of");
          if (last == i && i < n.size() && is_w(n[i], of)) return false;
          i = last;
          return true;
        })},
       [](const Match& m) -> std::optional<Item> {
         // The days every installment must fall on: a redundant statement, checked against the cadence.
         Item it = make(IT::header);
         it.note = "month_days";
         const auto& n = *m.nodes;
         for (std::size_t j = m.at[3]; j < m.end; ++j)
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
         if (it.whens.size() == 2 && (it.whens[0].months != 0 || it.whens[0].days != 0) &&
             it.whens[1].ref == When::Ref::absolute && it.whens[1].months == 0 && it.whens[1].days == 0)
           return std::nullopt;
         return it;
       }},
  };
  f.examples = {
      {"The RSUs vest on the first anniversary of the date of grant.", "2024-03-15", "900", "time_based", "2025-03-15=900", "",
       false},
      {"These restricted stock units will vest on the third anniversary of the grant date of September 15, 2021.",
       "2023-09-13", "120000", "time_based", "2024-09-15=120000", "", false},
      {"The RSUs vest on the first anniversary of the grant date.", "", "900", "time_based", "", "needs grant_date", false},
      // A vesting commencement date stated after the installments is where they count from.
      {"The RSUs will vest in four equal quarterly installments over one year, with a vesting commencement date of "
       "December 5, 2018, subject to continued service.",
       "2019-01-10", "804", "time_based", "2019-03-05=201 2019-06-05=201 2019-09-05=201 2019-12-05=201", "", false},
      {"The vesting commencement date is December 5, 2018. The RSUs vest in four equal quarterly installments over one year.",
       "2019-01-10", "804", "time_based", "2019-03-05=201 2019-06-05=201 2019-09-05=201 2019-12-05=201", "", false},
      // A start, not a definition.
      {"The RSUs vest in four equal annual installments beginning with the vesting commencement date of March 1, 2021.",
       "2021-04-01", "400", "time_based", "2021-03-01=100 2022-03-01=100 2023-03-01=100 2024-03-01=100", "", false},
      {"The RSUs vest in four equal quarterly installments commencing with the grant date of March 1, 2021.",
       "2021-04-01", "400", "time_based", "2021-03-01=100 2021-06-01=100 2021-09-01=100 2021-12-01=100", "", false},
      // "with" before a date that defines nothing stays a date of the schedule.
      {"The RSUs vest in full on June 1, 2026, with the first anniversary of the grant date as a fallback.", "2025-06-01",
       "100", "unrecognized", "", "not understood", false},
      {"The options vest in 20% increments on each of the first, second, third, fourth and fifth anniversaries of May 27, 2008.",
       "", "1000", "time_based", "2009-05-27=200 2010-05-27=200 2011-05-27=200 2012-05-27=200 2013-05-27=200", "", false},
      {"The Restricted Stock Units vest in three annual installments on each August 27, 2021, 2022, and 2023.", "", "300",
       "time_based", "2021-08-27=100 2022-08-27=100 2023-08-27=100", "", false},
      {"One-third of the units vests on each of 1/15/2024, 1/15/2025, and 1/15/2026.", "", "3497", "time_based",
       "2024-01-15=1165 2025-01-15=1166 2026-01-15=1166", "", false},
      {"The award vests in equal installments on each of the first four anniversaries of 2020-06-01.", "", "100",
       "time_based", "2021-06-01=25 2022-06-01=25 2023-06-01=25 2024-06-01=25", "", false},
      {"The RSUs shall vest 50% on the twelve-month anniversary of the date of grant, and the remaining 50% shall vest on the "
       "eighteenth-month anniversary of the date of grant.",
       "2023-06-20", "120000", "time_based", "2024-06-20=60000 2024-12-20=60000", "", false},
      {"The RSUs were granted on January 18, 2020 and vest on the second anniversary of the grant date.", "2022-02-18", "10",
       "time_based", "2022-01-18=10", "", false},
      {"The RSUs vest on 16 December 2014.", "", "10", "time_based", "2014-12-16=10", "", false},
      {"The RSUs vest on Dec. 16, 2014.", "", "10", "time_based", "2014-12-16=10", "", false},
      // Month-end anchors: every date is the anchor + k periods, never the previous (clamped) date.
      {"The units vest in three equal annual installments beginning on the first anniversary of the date of grant.",
       "2024-02-29", "300", "time_based", "2025-02-28=100 2026-02-28=100 2027-02-28=100", "", false},
      {"The award vests on the four-year anniversary of the grant date.", "2024-02-29", "10", "time_based", "2028-02-29=10", "",
       false},
      {"The shares vest on the one-year anniversary of the grant date.", "2023-05-31", "7", "time_based", "2024-05-31=7", "", false},
      {"The RSUs vest on the 18-month anniversary of the grant date.", "2023-08-31", "7", "time_based", "2025-02-28=7", "", false},
      // A grant date stated apart from the schedule overrides the transaction date.
      {"The RSUs vest on the first anniversary of the grant date. The grant date of the award was June 3, 2023.", "2023-07-01",
       "5", "time_based", "2024-06-03=5", "", false},
      {"The shares vest in two equal annual installments beginning on the first anniversary of the vesting commencement date, "
       "which is April 1, 2024.",
       "2024-05-10", "10", "time_based", "2025-04-01=5 2026-04-01=5", "", false},
      {"The option vests in 3 equal monthly installments beginning on the one-month anniversary of the vesting commencement "
       "date, January 31, 2024.",
       "2024-03-05", "3", "time_based", "2024-02-29=1 2024-03-31=1 2024-04-30=1", "", false},
      // An anchor that is not stated is an error naming it, never the grant date.
      {"The RSUs vest in four equal annual installments beginning on the first anniversary of the vesting commencement date.",
       "2024-05-01", "4", "unrecognized", "", "needs vesting_commencement_date", false},
      {"The option vests in equal installments on each of the first two anniversaries of the Reporting Person's hire date.",
       "2024-05-01", "4", "unrecognized", "", "needs vesting_commencement_date", false},
      {"The option vests on the first anniversary of the date of hire.", "2024-05-01", "4", "unrecognized", "",
       "needs vesting_commencement_date", false},
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
      {"The units, granted on March 10, 2025, vest in equal annual installments over a two year period on each of the "
       "succeeding two anniversaries of the grant date.",
       "", "10", "time_based", "2026-03-10=5 2027-03-10=5", "", false},
      {"The units, granted on March 10, 2025, vest in equal annual installments over a four year period on each of the "
       "succeeding two anniversaries of the grant date.",
       "", "10", "unrecognized", "", "cross_check_failed", false},
      // An anniversary no rule reads is never silently the anchor itself.
      {"The RSUs vest on the anniversary of the grant date.", "2024-01-10", "10", "unrecognized", "", "not understood", false},
      // 2026-12-01 families: anniversaries of "grant", "at the time of grant", "each N-month anniversary", "the third
      // anniversary (thereof)", one month-day in each listed year, "the <date> award date", "On <date>, X was
      // granted", "from and after <date>", "anniversary dates of the grant"; and what they must not read.
      {"The RSUs vest on the first anniversary of grant.", "2024-02-29", "10", "time_based", "2025-02-28=10", "", false},
      {"The option vests in three equal annual installments beginning one year after grant.", "2023-06-30", "9", "time_based", "2024-06-30=3 2025-06-30=3 2026-06-30=3", "", false},
      {"25% of the grant vests on March 1, 2025 and the remainder on March 1, 2026.", "2024-03-01", "4", "time_based", "2025-03-01=1 2026-03-01=3", "", false},
      {"All shares underlying this option were vested at the time of grant.", "2025-07-15", "20000", "immediate", "2025-07-15=20000", "", false},
      {"On each three-month anniversary of the grant date, 1/4 of the units vest.", "2025-01-31", "4", "time_based", "2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", false},
      {"50% of the RSUs vest on the second anniversary of the grant date and the remaining 50% on the third anniversary thereof.", "2025-04-15", "10", "time_based", "2027-04-15=5 2028-04-15=5", "", false},
      {"50% of the RSUs vest on the second anniversary of the grant date and the remaining 50% on the third anniversary.", "2025-04-15", "10", "time_based", "2027-04-15=5 2028-04-15=5", "", false},
      {"The RSUs vest on the third anniversary.", "2025-04-15", "10", "unrecognized", "", "not understood", false},
      {"Twenty percent (20%) of the units vest on each December 31 of 2025 through 2029.", "2025-06-01", "5", "time_based", "2025-12-31=1 2026-12-31=1 2027-12-31=1 2028-12-31=1 2029-12-31=1", "", false},
      {"One-third of the RSUs vest on March 15 of each of 2026, 2027 and 2028.", "2025-03-15", "3", "time_based", "2026-03-15=1 2027-03-15=1 2028-03-15=1", "", false},
      {"The RSUs vest in equal installments on February 29 of each of 2025 and 2026.", "2024-03-01", "2", "unrecognized", "", "not understood", false},
      {"50% of the options vest on the first anniversary of the May 15, 2023 award date and 50% on the second anniversary of the award date.", "2023-06-01", "10", "time_based", "2024-05-15=5 2025-05-15=5", "", false},
      {"On May 6, 2019, the reporting person was granted 5,600 restricted stock units, vesting in five annual installments beginning May 6, 2020.", "2023-05-06", "5600", "time_based", "2020-05-06=1120 2021-05-06=1120 2022-05-06=1120 2023-05-06=1120 2024-05-06=1120", "", false},
      {"6,975 shares exercisable from and after January 1, 2016; and 6,975 shares exercisable from and after January 1, 2017.", "", "13950", "time_based", "2016-01-01=6975 2017-01-01=6975", "", false},
      {"The stock options vest at 33 1/3% on each of the first, second, and third anniversary dates of the grant.", "2020-01-10", "3", "time_based", "2021-01-10=1 2022-01-10=1 2023-01-10=1", "", false},
      {"The stock options vest at 33 1/3% on each of the first, second, and third anniversary dates of the grant.", "", "3", "time_based", "", "needs grant_date", false},
      // A grant stated without its vesting is not "not about vesting"; an old grant described is.
      {"On March 18, 2021, the reporting person was granted 20,991 restricted stock units.", "2021-12-01", "", "unrecognized",
       "", "not how it vests", false},
      {"The Reporting Person received 500 shares upon the vesting of restricted stock units previously granted on March 1, 2021.",
       "2024-03-01", "500", "not_vesting", "", "", false},
      // "granted to the Reporting Person on <date>".
      {"Reflects the grant of 300 restricted stock units granted to the Reporting Person on March 1, 2025, of which 100 shares will vest on March 1, 2026, 100 shares will vest on March 1, 2027, and the remaining 100 shares will vest on March 1, 2028.", "2025-03-01", "300", "time_based", "2026-03-01=100 2027-03-01=100 2028-03-01=100", "", false},
      // Calendar days after an anchor; business days are not read.
      {"25% of the RSUs vested 180 days after the grant date and the remaining 75% vest on the first anniversary of the grant "
       "date.",
       "2021-01-15", "4", "time_based", "2021-07-14=1 2022-01-15=3", "", false},
      {"The RSUs vest 30 business days after the grant date.", "2021-01-15", "4", "unrecognized", "", "not understood", false},
      {"Represents restricted stock units granted to the reporting person on October 29, 2023. Each RSU represents the right "
       "to receive one share of common stock.",
       "2023-10-29", "10", "unrecognized", "", "not how it vests", false},
  };
  return f;
}

}  // namespace vest::rules
