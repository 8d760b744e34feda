// Anchor rules: anniversaries ("the first anniversary of <when>", "each three-month anniversary of <when>",
// "the third anniversary thereof", "each of the first, second and third anniversaries of <when>").
#include "rules/family_anchors_parts.hpp"

namespace vest::rules::anchor_rules {

// "first, second, third, and fourth", "first four" or "first through fourth".
bool ordinal_list(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t and_ = intern("and"), through = intern("through");
  if (i >= n.size() || n[i].kind != NK::ordinal) return false;
  ++i;
  if (i < n.size() && n[i].kind == NK::number && n[i - 1].num == 1) {  // "the first four anniversaries"
    ++i;
    return true;
  }
  if (i + 1 < n.size() && is_w(n[i], through) && n[i + 1].kind == NK::ordinal) {  // "the first through fourth"
    i += 2;
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

std::vector<int> ordinal_years(const std::vector<Node>& n, std::size_t b, std::size_t e) {
  constexpr std::int64_t kLast = 50;  // (no footnote counts anniversaries further)
  std::vector<int> out;
  if (e - b == 2 && n[b + 1].kind == NK::number) {  // "first four"
    const Node& count = n[b + 1];
    if (count.den != 1 || count.num < 1 || count.num > kLast) return {};
    for (std::int64_t k = 1; k <= count.num; ++k) out.push_back(static_cast<int>(k));
    return out;
  }
  static const std::uint16_t through = intern("through");
  if (e - b == 3 && is_w(n[b + 1], through) && n[b + 2].kind == NK::ordinal) {  // "first through fourth"
    if (n[b].num < 1 || n[b + 2].num > kLast || n[b].num >= n[b + 2].num) return {};
    for (std::int64_t k = n[b].num; k <= n[b + 2].num; ++k) out.push_back(static_cast<int>(k));
    return out;
  }
  for (std::size_t j = b; j < e; ++j)
    if (n[j].kind == NK::ordinal) {  // ("third and second": a slip, not read)
      if (n[j].num < 1 || n[j].num > kLast || (!out.empty() && n[j].num <= out.back())) return {};
      out.push_back(static_cast<int>(n[j].num));
    }
  return out;
}

namespace {


// "<date> and each of the first, second and third anniversaries thereof": the anniversaries that the ordinals
// (or "the next two") at nodes [b, e) name. "thereof" after a date is that date's; after an anniversary
// ("40% on the second anniversary of the hire date and 20% on each of the third, fourth and fifth anniversaries
// thereof") the ordinals count from its anchor, and "the next two" from the anniversary. Empty when they name none.

std::vector<When> anniversaries_after(const When& base, const std::vector<Node>& n, std::size_t b, std::size_t e) {
  std::vector<When> out;
  When anchor = base;
  anchor.months = 0;
  auto add = [&](const When& from, std::int64_t k) {
    When w = from;
    w.months += static_cast<int>(12 * k);
    out.push_back(w);
  };
  if (e - b == 1 && n[b].kind == NK::number) {  // "the next two"
    for (std::int64_t k = 1; k <= n[b].num && n[b].den == 1 && k <= 50; ++k) add(base, k);
  } else {
    for (int k : ordinal_years(n, b, e)) {
      if (anchor.months + 12 * k <= base.months) return {};  // "the first anniversary thereof" after the second
      add(anchor, k);
    }
  }
  return out;
}

// A date "thereof" may count from: a stated date, or a whole number of years after an anchor.
bool yearly_base(const When& w) { return is_anchor(w) && w.months >= 0 && w.months % 12 == 0 && !w.fixed_day && !w.days; }

// "<date> and on each of the first, second and third anniversaries thereof": the date, then its anniversaries
// named by the pattern's element `ordinals`.
std::optional<Item> date_and_anniversaries_thereof(const Match& m, std::size_t ordinals) {
  const When base = m.item_of(0).when;
  if (!yearly_base(base)) return std::nullopt;
  const auto& n = *m.nodes;
  const std::size_t b = m.at[ordinals] + (n[m.at[ordinals]].kind == NK::word ? 1 : 0);
  std::vector<When> later = anniversaries_after(base, n, b, m.at[ordinals + 1]);
  if (later.empty()) return std::nullopt;
  Item it = make(IT::when_list);
  it.whens.push_back(base);
  it.whens.insert(it.whens.end(), later.begin(), later.end());
  return it;
}

Elem ordinals_or_next() {
  return hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context& c) {
                  static const std::uint16_t next = intern("next"), following = intern("following"), succeeding = intern("succeeding");
                  if (i + 1 < n.size() && (is_w(n[i], next) || is_w(n[i], following) || is_w(n[i], succeeding)) &&
                      n[i + 1].kind == NK::number) {
                    i += 2;
                    return true;
                  }
                  return ordinal_list(n, i, c);
                }),
                {"next", "following", "succeeding"}, {NK::ordinal});
}
// "thereof", or "of that / such / said date": the date just named (gen30, holdout27 H27-002).
Elem thereof_words() {
  return needing(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
                   static const std::uint16_t thereof = intern("thereof"), of = intern("of"), that = intern("that"),
                                              such = intern("such"), said = intern("said"), date = intern("date");
                   if (i < n.size() && is_w(n[i], thereof)) {
                     ++i;
                     return true;
                   }
                   if (i + 2 < n.size() && is_w(n[i], of) &&
                       (is_w(n[i + 1], that) || is_w(n[i + 1], such) || is_w(n[i + 1], said)) && is_w(n[i + 2], date)) {
                     i += 3;
                     return true;
                   }
                   return false;
                 }),
                 {"thereof", "that", "such", "said"});
}

// The anchor of the nearest anniversary of an anchor beside a bare "the third anniversary": the
// nearest before it in the footnote, else the nearest after it in the same sentence ("10% on the first
// anniversary, ... and 40% on the fourth anniversary of the grant date"). Found among the items made so
// far by where they are: no look behind the match in the node stream. (Among items ending, or beginning,
// at the same place the outer one, made later, wins; the scan is capped so that a long input of such
// phrases stays linear.) Declines unless that item is a whole number of years after its anchor (or, with
// "thereof", the anchor itself before it).
std::optional<When> nearby_anniversary_anchor(const Match& m, bool thereof) {
  const auto& n = *m.nodes;
  const auto& pool = *m.items;
  const std::uint32_t here = n[m.begin].b, there = n[m.end - 1].e;
  std::uint32_t sentence_end = there;
  for (std::size_t j = m.end; j < n.size() && j < m.end + 200; ++j) {
    sentence_end = n[j].e;
    if (n[j].kind == NK::punct && (n[j].punct == '.' || n[j].punct == ';')) break;
  }
  const Item* before = nullptr;
  const Item* after = nullptr;
  for (std::size_t k = pool.size(), seen = 0; k-- > 0 && seen < 256; ++seen) {
    const Item& it = pool[k];
    if (it.type != IT::when && it.type != IT::when_list) continue;
    if (it.e <= here && (!before || it.e > before->e)) before = &it;
    if (it.b >= there && it.e <= sentence_end && (!after || it.b < after->b)) after = &it;
  }
  const Item* best = before ? before : after;
  if (!best || (best->type == IT::when_list && best->whens.empty())) return std::nullopt;
  When w = best->type == IT::when ? best->when : best->whens.front();
  // ("on the date of grant and 1/3 on each of the first two anniversaries thereof": the anchor itself; "10% on the
  // grant date, 20% on the first anniversary": a named anchor itself, never a bare date.)
  const bool named = w.ref == When::Ref::grant || w.ref == When::Ref::vcd;
  const bool anchor_itself = (thereof || named) && best == before && w.months == 0;
  if (!is_anchor(w) || (w.months <= 0 && !anchor_itself) || w.months % 12 != 0 || w.fixed_day || w.days)
    return std::nullopt;
  w.months = 0;
  return w;
}

// "six-month and twelve-month", "nine-, eighteen- and twenty-seven-month": numbers joined by ',' / "and", each
// followed by '-' (the unit after the last one is the pattern's). At least two.
bool month_number_list(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t and_ = intern("and"), month = intern("month");
  std::size_t j = i, count = 0;
  while (j < n.size() && count < 12) {
    if (n[j].kind != NK::number || n[j].den != 1) break;
    std::size_t k = j + 1;
    if (k < n.size() && n[k].kind == NK::punct && n[k].punct == '-') ++k;
    if (k < n.size() && is_w(n[k], month)) ++k;
    ++count;
    std::size_t after = k;
    while (k < n.size() && k < after + 2 && ((n[k].kind == NK::punct && n[k].punct == ',') || is_w(n[k], and_))) ++k;
    if (k == after || !(k < n.size() && n[k].kind == NK::number)) { j = after; break; }
    j = k;
  }
  if (count < 2) return false;
  i = j;
  return true;
}

}  // namespace

// "on each three-month anniversary of the grant date": a series stepping from the anchor.
std::vector<ItemRule> anniversary_series_rules() {
  return {
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
  };
}

// Anniversaries with no anchor of their own: "... thereof" (of the date before them), and bare "the third
// anniversary" / "each of the second and third anniversaries" (of a nearby anniversary's anchor or the series start).
std::vector<ItemRule> anniversaries_thereof_rules() {
  return {
      // "on June 2, 2026 and on each of the first, second and third anniversaries thereof": the date and the
      // anniversaries of it, one list.
      // (The word after the date is required, not optional: every date of every footnote is tried here, and a
      // required second element turns most of them away before the match starts.)
      {"<date> and each of the <ordinals> anniversaries thereof", 4,
       {item(IT::when), w({"and"}), opt(w({"on"})), opt(w({"each"})), opt(w({"of"})), opt(w({"the"})),
        ordinals_or_next(), w({"anniversaries"}), thereof_words()},
       [](const Match& m) { return date_and_anniversaries_thereof(m, 6); }},
      {"<date>, and each of the <ordinals> anniversaries thereof", 4,
       {item(IT::when), p(','), w({"and"}), opt(w({"on"})), opt(w({"each"})), opt(w({"of"})), opt(w({"the"})),
        ordinals_or_next(), w({"anniversaries"}), thereof_words()},
       [](const Match& m) { return date_and_anniversaries_thereof(m, 7); }},
      // "25% on each of the next two anniversaries thereof": anniversaries of the nearest date before it.
      // ("each" is required: a rule that may start at any "the" or "of" is tried at every one of them.)
      {"each of the <ordinals> anniversaries thereof", 4,
       {w({"each"}), opt(w({"of"})), opt(w({"the"})), ordinals_or_next(), w({"anniversaries"}), thereof_words()},
       [](const Match& m) -> std::optional<Item> {
         const auto& n = *m.nodes;
         const std::uint32_t here = n[m.begin].b;
         const Item* best = nullptr;
         const auto& pool = *m.items;
         for (std::size_t k = pool.size(), seen = 0; k-- > 0 && seen < 256; ++seen) {  // capped, as below
           const Item& it = pool[k];
           if (it.type == IT::when && it.e <= here && (!best || it.e > best->e)) best = &it;
         }
         if (!best || !yearly_base(best->when)) return std::nullopt;
         const std::size_t b = m.at[3] + (n[m.at[3]].kind == NK::word ? 1 : 0);
         Item it = make(IT::when_list);
         it.whens = anniversaries_after(best->when, n, b, m.at[4]);
         if (it.whens.size() < 2) return std::nullopt;
         return it;
       }},
      // "40% on the one-year anniversary of the VCD, and thereafter 15% on each of the next four six-month anniversaries
      // of the VCD": the N anniversaries of that period after the nearest date before, which must be on the same anchor
      // a whole number of such periods after it (gen30, holdout27 H27-044); otherwise not read.
      {"each of the next <n> <k>-month anniversaries of <when>", 4,
       {w({"each"}), opt(w({"of"})), opt(w({"the"})), w({"next", "following", "succeeding"}), k(NK::number), k(NK::number),
        opt(p('-')), w({"month"}), w({"anniversaries"}), w({"of"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const Node &count = m.node(4), &months = m.node(5);
         const When& anchor = m.item_of(10).when;
         if (count.den != 1 || months.den != 1 || count.num < 1 || count.num > 60 || months.num < 1 || months.num > 60 ||
             (anchor.ref != When::Ref::grant && anchor.ref != When::Ref::vcd) || anchor.months || anchor.days ||
             anchor.fixed_day)
           return std::nullopt;
         const auto& n = *m.nodes;
         const std::uint32_t here = n[m.begin].b;
         const Item* best = nullptr;
         const auto& pool = *m.items;
         for (std::size_t k = pool.size(), seen = 0; k-- > 0 && seen < 256; ++seen) {  // capped, as above
           const Item& it = pool[k];
           if (it.type == IT::when && it.e <= here && (!best || it.e > best->e)) best = &it;
         }
         // On the same anchor: named alike, or a stated date that the date's own words define as that anchor ("the
         // one-year anniversary of the VCD, which is September 1, 2024").
         auto on_anchor = [&](const Item& b) {
           if (b.when.ref == anchor.ref) return true;
           if (b.when.ref != When::Ref::absolute) return false;
           const Tag tag = anchor.ref == When::Ref::vcd ? Tag::vcd : Tag::grant;
           for (std::size_t k = pool.size(), seen = 0; k-- > 0 && seen < 256; ++seen) {
             const Item& x = pool[k];
             if (x.type == IT::when && x.tag == tag && x.b >= b.b && x.e <= b.e && x.when.ref == When::Ref::absolute &&
                 !x.when.months && !x.when.days && !x.when.fixed_day && x.when.date == b.when.date)
               return true;
           }
           return false;
         };
         const auto step = static_cast<int>(months.num);
         if (!best || !on_anchor(*best) || best->when.days || best->when.fixed_day || best->when.months < 0 ||
             best->when.months % step != 0)
           return std::nullopt;
         Item it = make(IT::when_list);
         for (int k = 1; k <= count.num; ++k) {
           When w = anchor;
           w.months = best->when.months + k * step;
           it.whens.push_back(w);
         }
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
         auto w = nearby_anniversary_anchor(m, m.has(5));
         if (!w) return std::nullopt;
         w->months = static_cast<int>(12 * o.num);
         return when_of(*w);
       }},
      // "... the first anniversary of the grant date and as to 40% on each of the second and third
      // anniversaries": a list of bare anniversaries takes the nearby anniversary's anchor, as above.
      // "over four years from the vesting commencement date of D, with 25% vesting on the first anniversary": a bare
      // anniversary of the series start before it in the sentence (level 6: the starts are items by then).
      {"<ordinal> anniversary (of the series start)", 6,
       {opt(w({"the"})), k(NK::ordinal), opt(p('-')), opt(w({"annual", "year"})), w({"anniversary"})},
       [](const Match& m) -> std::optional<Item> {
         auto w = bare_anniversary_of_series(m, 1);
         if (!w) return std::nullopt;
         return when_of(*w);
       }},
      {"each of the <ordinals> anniversaries (thereof)", 4,
       {hinted(custom(ordinal_list), {}, {NK::ordinal}), w({"anniversaries"}), opt(w({"thereof"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t of = intern("of");
         const auto& n = *m.nodes;
         if (m.end < n.size() && is_w(n[m.end], of)) return std::nullopt;
         const auto base = nearby_anniversary_anchor(m, m.has(2));
         if (!base) return std::nullopt;
         Item it = make(IT::when_list);
         for (int k : ordinal_years(n, m.at[0], m.at[1])) {
           When w = *base;
           w.months = 12 * k;
           it.whens.push_back(w);
         }
         if (it.whens.size() < 2) return std::nullopt;
         return it;
       }},
  };
}

// Anniversaries of a stated anchor: "the first (one-year, twelve-month) anniversary of <when>", "the first quarterly
// anniversary of <when>", lists ("each of the first, second and third anniversaries of <when>", "the six-month and
// twelve-month anniversaries of <when>", "each of the succeeding three anniversaries of <when>").
std::vector<ItemRule> anniversaries_of_anchor_rules() {
  return {
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
      // "the first quarterly anniversary of the grant date", "the second monthly anniversary of X": the Nth step of
      // the adjective's period (an annual anniversary is the rule above's).
      {"<ordinal> quarterly anniversary of <when>", 3,
       {opt(w({"the"})), k(NK::ordinal), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          Period p;
          return cadence_adj(n, i, p) && p.in_months() && *p.in_months() < 12;
        }), {"monthly", "quarterly", "semi", "semiannual"}, {}),
        w({"anniversary"}), w({"of"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         const Node& o = m.node(1);
         const When base = anchor_at(m, 5);
         if (!is_anchor(base) || o.num < 1 || o.num > 100) return std::nullopt;
         Period p;
         std::size_t i = m.at[2];
         cadence_adj(*m.nodes, i, p);
         When w = base;
         w.months += static_cast<int>(o.num) * p.in_months().value_or(0);
         return when_of(w);
       }},
      {"each of the <ordinals> anniversaries of <when>", 3,
       {opt(w({"each"})), opt(w({"of"})), opt(w({"the"})), hinted(custom(ordinal_list), {}, {NK::ordinal}), w({"anniversary", "anniversaries"}),
        opt(w({"dates"})), w({"of"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         const When base = anchor_at(m, 7);
         if (!is_anchor(base)) return std::nullopt;
         Item it = make(IT::when_list);
         for (int k : ordinal_years(*m.nodes, m.at[3], m.at[4])) {
           When w = base;
           w.months += 12 * k;
           it.whens.push_back(w);
         }
         if (it.whens.size() < 2) return std::nullopt;
         return it;
       }},
      // "on the six-month and twelve-month anniversaries of the grant date": one date per number, in months.
      {"the <N>-month and <M>-month anniversaries of <when>", 3,
       {opt(w({"each"})), opt(w({"of"})), w({"the"}), hinted(custom(month_number_list), {}, {NK::number}), w({"anniversaries"}),
        w({"of"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month");
         const auto& n = *m.nodes;
         const When base = anchor_at(m, 6);
         if (!is_anchor(base)) return std::nullopt;
         // Every number must say "-month" (the last one's unit is required too): "two and three anniversaries" is not this.
         if (!is_w(n[m.at[4] - 1], month)) return std::nullopt;
         Item it = make(IT::when_list);
         for (std::size_t j = m.at[3]; j < m.at[4]; ++j) {
           if (n[j].kind != NK::number) continue;
           const bool unit = j + 1 < m.at[4] && ((n[j + 1].kind == NK::punct && n[j + 1].punct == '-') || is_w(n[j + 1], month));
           if (!unit || n[j].num < 1 || n[j].num > 600) return std::nullopt;
           When w = base;
           w.months += static_cast<int>(n[j].num);
           if (!it.whens.empty() && w.months <= it.whens.back().months) return std::nullopt;  // forward only
           it.whens.push_back(w);
         }
         return it;
       }},
      {"each of the succeeding <number> anniversaries of <when>", 3,
       {opt(w({"on"})), opt(w({"each"})), opt(w({"of"})), opt(w({"the"})), w({"succeeding", "following", "next", "subsequent"}),
        k(NK::number), opt(w({"annual"})), w({"anniversaries"}), w({"of"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t anniversary = intern("anniversary");
         const When base = anchor_at(m, 9);
         const Node& num = m.node(5);
         if (!is_anchor(base) || num.den != 1 || num.num < 2 || num.num > 50) return std::nullopt;
         // "50% on the first anniversary of the grant date (or on March 1, 2026) and 25% on each of the next two
         // anniversaries of the grant date": after a date already told, "next" may count from it (the second and third)
         // or from the anchor (the first and second); not read.
         for (std::size_t j = 0; j < m.begin; ++j) {
           const Node& x = (*m.nodes)[j];
           if (is_w(x, anniversary) || x.kind == NK::date ||
               (x.kind == NK::item && (x.itype == IT::when || x.itype == IT::when_list)))
             return std::nullopt;
         }
         Item it = make(IT::when_list);
         for (std::int64_t k = 1; k <= num.num; ++k) {
           When w = base;
           w.months += static_cast<int>(12 * k);
           it.whens.push_back(w);
         }
         return it;
       }},
  };
}

std::vector<Example> anniversary_examples() {
  return {
      // "the next two anniversaries of the grant date" after a date already told: from it, or from the grant? Refused.
      {"The RSUs vest 50% on the first anniversary of the grant date and 25% on each of the next two anniversaries of "
       "the grant date.",
       "2025-03-01", "1000", "unrecognized", "", "not understood", false},
      {"The RSUs vest 50% on March 1, 2026 and 25% on each of the next two anniversaries of the grant date.",
       "2025-03-01", "1000", "unrecognized", "", "not understood", false},
      {"The RSUs vest on each of the succeeding three anniversaries of the grant date.", "2025-03-01", "3", "time_based",
       "2026-03-01=1 2027-03-01=1 2028-03-01=1", "", false},
      // A bare anniversary after the named anchor itself is that anchor's; after a date, refused.
      {"Of the shares, 10% vest on the grant date, 20% on the first anniversary, 30% on the second anniversary and 40% on "
       "the third anniversary.",
       "2021-03-01", "1000", "time_based", "2021-03-01=100 2022-03-01=200 2023-03-01=300 2024-03-01=400", "", false},
      {"25% of the RSUs vest on March 1, 2022 and 75% on the first anniversary.", "2021-03-01", "1000", "unrecognized", "",
       "not understood", false},
      // "the first quarterly anniversary of X": N steps of the adjective's period; a span that disagrees is refused.
      {"The units vest in eight equal quarterly installments commencing on the first quarterly anniversary of the grant date.",
       "2024-01-31", "8", "time_based",
       "2024-04-30=1 2024-07-31=1 2024-10-31=1 2025-01-31=1 2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", false},
      {"The option vests as to 50% of the shares on the second quarterly anniversary of March 1, 2025 and as to the remaining "
       "50% on the fourth quarterly anniversary of March 1, 2025.",
       "2025-03-01", "10", "time_based", "2025-09-01=5 2026-03-01=5", "", false},
      {"The RSUs vest in twelve equal quarterly installments commencing on the first quarterly anniversary of the grant date "
       "and ending on the fourth anniversary of the grant date.",
       "2024-01-31", "12", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in twelve equal quarterly installments commencing on the first quarterly anniversary of the Reporting "
       "Person's start date.",
       "2024-01-31", "12", "unrecognized", "", "needs vesting_commencement_date", false},
      {"The RSUs vest on the first anniversary of the date of grant.", "2024-03-15", "900", "time_based", "2025-03-15=900", "",
       false},
      {"These restricted stock units will vest on the third anniversary of the grant date of September 15, 2021.",
       "2023-09-13", "120000", "time_based", "2024-09-15=120000", "", false},
      {"The RSUs vest on the first anniversary of the grant date.", "", "900", "time_based", "", "needs grant_date", false},
      {"The options vest in 20% increments on each of the first, second, third, fourth and fifth anniversaries of May 27, 2008.",
       "", "1000", "time_based", "2009-05-27=200 2010-05-27=200 2011-05-27=200 2012-05-27=200 2013-05-27=200", "", false},
      {"The award vests in equal installments on each of the first four anniversaries of 2020-06-01.", "", "100",
       "time_based", "2021-06-01=25 2022-06-01=25 2023-06-01=25 2024-06-01=25", "", false},
      {"The RSUs shall vest 50% on the twelve-month anniversary of the date of grant, and the remaining 50% shall vest on the "
       "eighteenth-month anniversary of the date of grant.",
       "2023-06-20", "120000", "time_based", "2024-06-20=60000 2024-12-20=60000", "", false},
      // Month-end anchors: every date is the anchor + k periods, never the previous (clamped) date.
      {"The units vest in three equal annual installments beginning on the first anniversary of the date of grant.",
       "2024-02-29", "300", "time_based", "2025-02-28=100 2026-02-28=100 2027-02-28=100", "", false},
      {"The award vests on the four-year anniversary of the grant date.", "2024-02-29", "10", "time_based", "2028-02-29=10", "",
       false},
      {"The shares vest on the one-year anniversary of the grant date.", "2023-05-31", "7", "time_based", "2024-05-31=7", "", false},
      {"The RSUs vest on the 18-month anniversary of the grant date.", "2023-08-31", "7", "time_based", "2025-02-28=7", "", false},
      // An anniversary no rule reads is never silently the anchor itself.
      {"The RSUs vest on the anniversary of the grant date.", "2024-01-10", "10", "unrecognized", "", "not understood", false},
      {"On each three-month anniversary of the grant date, 1/4 of the units vest.", "2025-01-31", "4", "time_based", "2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", false},
      // "thereof": anniversaries of the date before, with it ("D and each of ... thereof") or after it.
      {"One-quarter of the units vest on May 9, 2026 and on each of the first, second and third anniversaries thereof.",
       "2025-05-09", "400", "time_based", "2026-05-09=100 2027-05-09=100 2028-05-09=100 2029-05-09=100", "", false},
      {"The option vests as to 40% on the second anniversary of the grant date and as to 30% on each of the next two "
       "anniversaries thereof.",
       "2025-05-09", "1000", "time_based", "2027-05-09=400 2028-05-09=300 2029-05-09=300", "", false},
      // After an anniversary, the ordinals count from its anchor ("the third ... anniversaries thereof" of the grant date).
      {"The RSUs vest 40% on the second anniversary of the grant date and 20% on each of the third, fourth and fifth "
       "anniversaries thereof.",
       "2025-01-10", "1000", "time_based", "2027-01-10=400 2028-01-10=200 2029-01-10=200 2030-01-10=200", "", false},
      {"20% of the shares vest on June 1, 2026 and 20% on each of the next three anniversaries thereof.",
       "2025-06-01", "1000", "unrecognized", "", "cross_check_failed", false},
      {"The units vest on each of the first, second and third anniversaries thereof.", "2025-06-01", "300", "unrecognized", "",
       "not understood", false},
      // ... also "of that / such / said date" (gen30, holdout27 H27-002); "of the date", or after a date that is not a
      // whole number of years from its anchor, is not read.
      {"The restricted stock units vest in three equal annual installments, the first of which vested on February 15, "
       "2010, with the remaining installments vesting on each of the next two anniversaries of that date.",
       "2009-02-13", "3", "time_based", "2010-02-15=1 2011-02-15=1 2012-02-15=1", "", false},
      {"The RSUs vest one-quarter on June 2, 2026 and on each of the first, second and third anniversaries of such date.",
       "2025-06-02", "4", "time_based", "2026-06-02=1 2027-06-02=1 2028-06-02=1 2029-06-02=1", "", false},
      {"The RSUs vest one-quarter on June 2, 2026 and one-quarter on each of the next three anniversaries of the date.",
       "2025-06-02", "4", "unrecognized", "", "not understood", false},
      {"The RSUs vest in three equal installments on the six-month anniversary of the grant date and each of the next two "
       "anniversaries of that date.",
       "2025-06-02", "3", "unrecognized", "", "not understood", false},
      // "each of the next four six-month anniversaries of X" after a date on X: the next ones after that date.
      {"40% of the RSUs vest on the one-year anniversary of the Vesting Commencement Date, which is September 1, 2024, and "
       "thereafter 15% of the RSUs vest on each of the next four six-month anniversaries of the Vesting Commencement Date.",
       "2024-09-12", "20", "time_based", "2025-09-01=8 2026-03-01=3 2026-09-01=3 2027-03-01=3 2027-09-01=3", "", false},
      {"25% of the RSUs vest on the six-month anniversary of the grant date and 25% on each of the next three six-month "
       "anniversaries of the grant date.",
       "2025-01-15", "4", "time_based", "2025-07-15=1 2026-01-15=1 2026-07-15=1 2027-01-15=1", "", false},
      {"The vesting commencement date is September 1, 2024. 40% of the RSUs vest on the first anniversary of the grant "
       "date, and 15% on each of the next four six-month anniversaries of the Vesting Commencement Date.",
       "2024-09-12", "20", "unrecognized", "", "not understood", false},
      {"25% of the RSUs vest on the ten-month anniversary of the grant date and 25% on each of the next three six-month "
       "anniversaries of the grant date.",
       "2025-01-15", "4", "unrecognized", "", "not understood", false},
      {"40% of the RSUs vest on the first anniversary of September 1, 2024, and thereafter 15% of the RSUs vest on each of "
       "the next four six-month anniversaries of the Vesting Commencement Date. The Vesting Commencement Date is September "
       "1, 2023.",
       "2024-09-12", "20", "unrecognized", "", "not understood", false},
      {"50% of the RSUs vest on the second anniversary of the grant date and the remaining 50% on the third anniversary thereof.", "2025-04-15", "10", "time_based", "2027-04-15=5 2028-04-15=5", "", false},
      {"50% of the RSUs vest on the second anniversary of the grant date and the remaining 50% on the third anniversary.", "2025-04-15", "10", "time_based", "2027-04-15=5 2028-04-15=5", "", false},
      {"The RSUs vest on the third anniversary.", "2025-04-15", "10", "unrecognized", "", "not understood", false},
      // Bare anniversaries take the anchor of the nearest anniversary before them, else after them in the sentence.
      {"The restricted shares vest as to 20% on the first anniversary of the grant date and as to 40% on each of the second "
       "and third anniversaries.",
       "2024-06-10", "10", "time_based", "2025-06-10=2 2026-06-10=4 2027-06-10=4", "", false},
      {"The RSUs vest 10% on the first anniversary, 20% on the second anniversary, 30% on the third anniversary and 40% on "
       "the fourth anniversary of the grant date.",
       "2024-06-10", "10", "time_based", "2025-06-10=1 2026-06-10=2 2027-06-10=3 2028-06-10=4", "", false},
      {"Vesting: 50% on the second anniversary of March 1, 2024 and 25% on each of the third and fourth anniversaries.",
       "2024-03-20", "4", "time_based", "2026-03-01=2 2027-03-01=1 2028-03-01=1", "", false},
      {"The options vest in equal annual installments on the first through fourth anniversaries of the grant date.",
       "2024-06-10", "8", "time_based", "2025-06-10=2 2026-06-10=2 2027-06-10=2 2028-06-10=2", "", false},
      {"The RSUs vest 40% on the first anniversary of the grant date and 20% on each of the second through fourth "
       "anniversaries.",
       "2024-06-10", "10", "time_based", "2025-06-10=4 2026-06-10=2 2027-06-10=2 2028-06-10=2", "", false},
      {"The RSUs will vest in two equal installments on the second and fourth anniversaries of the grant date.",
       "2024-01-31", "777", "time_based", "2026-01-31=388 2028-01-31=389", "", false},
      {"The options vest in equal annual installments on the fourth through first anniversaries of the grant date.",
       "2024-06-10", "8", "unrecognized", "", "not understood", false},
      // A list of ordinals rises, as a range does (ordinal_years): "the third and second" is a slip, not read in any order.
      {"The RSUs vest in two equal installments on the third and second anniversaries of the grant date.",
       "2024-06-10", "10", "unrecognized", "", "not understood", false},
      {"The RSUs vest 40% on the first anniversary of the grant date and 20% on each of the fourth, third and second "
       "anniversaries.",
       "2024-06-10", "10", "unrecognized", "", "not understood", false},
      {"The option vests as to 1/3 on the date of grant and 1/3 on each of the first two anniversaries thereof.",
       "2024-06-10", "3", "time_based", "2024-06-10=1 2025-06-10=1 2026-06-10=1", "", false},
      {"The option vests as to 1/2 on the date of grant and 1/2 on the second anniversary thereof.", "2024-06-10", "2",
       "time_based", "2024-06-10=1 2026-06-10=1", "", false},
      {"The option vests as to 1/3 on the date of grant and 1/3 on each of the first two anniversaries.", "2024-06-10", "3",
       "time_based", "2024-06-10=1 2025-06-10=1 2026-06-10=1", "", false},
      {"The option vests as to 1/3 on June 10, 2024 and 1/3 on each of the first two anniversaries.", "2024-06-10", "3",
       "unrecognized", "", "not understood", false},
      // Not a sentence away, and never a date that is not an anniversary.
      {"The RSUs vest 50% on the first anniversary. The other 50% vest on the second anniversary of the grant date.",
       "2024-06-10", "10", "unrecognized", "", "vesting language not understood", false},
      {"The RSUs vest 50% on March 1, 2025 and 50% on each of the second and third anniversaries.", "2024-06-10", "10",
       "unrecognized", "", "not understood", false},
      // Month anniversaries in a list; each number says its months, in order.
      {"The option vests in two equal installments on the six-month and twelve-month anniversaries of the grant date.",
       "2025-08-31", "3", "time_based", "2026-02-28=1 2026-08-31=2", "", false},
      {"The RSUs vest one-third on each of the six-, twelve- and eighteen-month anniversaries of the grant date.",
       "2025-01-15", "3", "time_based", "2025-07-15=1 2026-01-15=1 2026-07-15=1", "", false},
      {"The option vests in two equal installments on the twelve-month and six-month anniversaries of the grant date.",
       "2025-08-31", "3", "unrecognized", "", "not understood", false},
      {"The option vests in two equal installments on the two and three anniversaries of the grant date.", "2025-08-31", "3",
       "unrecognized", "", "not understood", false},
      {"The stock options vest at 33 1/3% on each of the first, second, and third anniversary dates of the grant.", "2020-01-10", "3", "time_based", "2021-01-10=1 2022-01-10=1 2023-01-10=1", "", false},
      {"The stock options vest at 33 1/3% on each of the first, second, and third anniversary dates of the grant.", "", "3", "time_based", "", "needs grant_date", false},
  };
}

}  // namespace vest::rules::anchor_rules
