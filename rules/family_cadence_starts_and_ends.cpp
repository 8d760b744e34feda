// Cadence rules: where a series starts and ends ("beginning on <when>", "following <when>", "measured
// from <when>", the first installment's date; "through <when>", "until fully vested", "such that ...").
#include "rules/family_cadence_parts.hpp"

namespace vest::rules::cadence_rules {

namespace {

// "until all shares have vested", "until fully vested": a few words, then full vesting.
Elem words_to_full_vesting() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    for (std::size_t j = i; j < n.size() && j < i + 8; ++j) {
      if (n[j].kind == NK::item && n[j].itype == IT::immediate) { i = j + 1; return true; }
      if (n[j].kind != NK::word) return false;
    }
    return false;
  });
}

// "the repurchase right has lapsed in full", "the Issuer's repurchase right lapses as to all of the shares": the
// early-exercise wording of full vesting (the right lapses as the shares vest). A few words with "repurchase",
// a form of "lapse", then "in full" / "in its entirety" / "as to all" (and "of the shares").
Elem repurchase_right_lapsed_in_full() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t repurchase = intern("repurchase"), lapse = intern("lapse"), lapses = intern("lapses"),
                               lapsed = intern("lapsed"), in = intern("in"), full = intern("full"), its = intern("its"),
                               entirety = intern("entirety"), as = intern("as"), to = intern("to"), all = intern("all"),
                               of = intern("of"), the = intern("the"), shares = intern("shares");
    // ("lapses" may have been read as the vest verb of an early-exercise remark.)
    auto lapsing = [&](const Node& x) {
      return is_w(x, lapse) || is_w(x, lapses) || is_w(x, lapsed) || (x.kind == NK::item && x.itype == IT::vest_verb);
    };
    bool named = false;
    std::size_t j = i;
    for (; j < n.size() && j < i + 8 && !lapsing(n[j]) && n[j].kind == NK::word; ++j) named |= is_w(n[j], repurchase);
    // ("the repurchase right lapses" may be one vest-verb item: until it vests "as to all" is full vesting too.)
    if (j < n.size() && n[j].kind == NK::item) named = true;
    if (!named || j >= n.size() || !lapsing(n[j])) return false;
    ++j;
    auto at = [&](std::size_t k, std::uint16_t w) { return k < n.size() && is_w(n[k], w); };
    if (at(j, in) && at(j + 1, full)) { i = j + 2; return true; }
    if (at(j, in) && at(j + 1, its) && at(j + 2, entirety)) { i = j + 3; return true; }
    if (!(at(j, as) && at(j + 1, to) && at(j + 2, all))) return false;
    j += 3;
    if (at(j, of) && at(j + 1, the) && at(j + 2, shares)) j += 3;
    else if (at(j, shares)) j += 1;
    i = j;
    return true;
  });
}

// "vesting on", "vested on", "becomes exercisable on", "to vest on": a few words with a vest verb, then "on".
// Also "vesting three months after X" / "vesting upon X": the date right after the verb (or after "upon", "at").
Elem vest_verb_then_on() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t vesting = intern("vesting"), on = intern("on"), upon = intern("upon"), at = intern("at");
    bool verb = false;
    for (std::size_t j = i; j < n.size() && j < i + 5; ++j) {
      if (is_w(n[j], on)) {
        i = j + 1;
        return verb;
      }
      const bool verb_here = (n[j].kind == NK::item && n[j].itype == IT::vest_verb) || is_w(n[j], vesting);
      if (!verb_here && verb && n[j].kind == NK::item && n[j].itype == IT::when && j > i &&
          (is_w(n[j - 1], vesting) || is_w(n[j - 1], upon) || is_w(n[j - 1], at) ||
           (n[j - 1].kind == NK::item && n[j - 1].itype == IT::vest_verb))) {
        i = j;
        return true;
      }
      if (verb_here) verb = true;
      else if (n[j].kind != NK::word) return false;
    }
    return false;
  });
}

// "(such that) the option is fully vested (and exercisable) on", "100% of the RSUs will be vested by":
// up to the words before the date.
Elem fully_vested_words() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
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
  });
}

// "RSUs will be fully vested (and exercisable) on", "option shall become fully vested by": the award named
// (only its own words), then its full vesting, up to the date.
Elem award_fully_vested_words() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t nouns[] = {intern("rsus"), intern("rsu"), intern("units"), intern("shares"), intern("option"),
                                          intern("options"), intern("award"), intern("sars"), intern("psus"), intern("grant")};
    static const std::uint16_t fillers[] = {intern("restricted"), intern("stock"), intern("of"), intern("underlying"),
                                            intern("common"), intern("subject"), intern("to"), intern("this"), intern("the")};
    static const std::uint16_t verbs[] = {intern("will"), intern("shall"), intern("is"), intern("are"), intern("be"),
                                          intern("become"), intern("becomes")};
    static const std::uint16_t fully = intern("fully"), and_ = intern("and"), exercisable = intern("exercisable"),
                               on = intern("on"), by = intern("by");
    auto in = [](const auto& set, const Node& x) {
      return x.kind == NK::word && x.wid != 0 && std::find(std::begin(set), std::end(set), x.wid) != std::end(set);
    };
    std::size_t j = i;
    bool noun = false;
    while (j < n.size() && j < i + 6 && (in(nouns, n[j]) || in(fillers, n[j]))) noun |= in(nouns, n[j++]);
    if (!noun) return false;
    while (j < n.size() && in(verbs, n[j])) ++j;
    if (j < n.size() && n[j].kind == NK::item && n[j].itype == IT::immediate) ++j;
    else if (j + 1 < n.size() && is_w(n[j], fully) && n[j + 1].kind == NK::item && n[j + 1].itype == IT::vest_verb) j += 2;
    else return false;
    if (j + 1 < n.size() && is_w(n[j], and_) &&
        (is_w(n[j + 1], exercisable) || (n[j + 1].kind == NK::item && n[j + 1].itype == IT::vest_verb)))
      j += 2;
    if (!(j < n.size() && (is_w(n[j], on) || is_w(n[j], by)))) return false;
    i = j + 1;
    return true;
  });
}

// "the first installment vesting on <when> and the remaining installments vesting on each of <dates>", "one on the
// grant date and the other on the first anniversary thereof", "the first of which vested upon grant, with the balance
// vesting on ...": a counted series told again date by date, the first date and then the rest (a count of the rest,
// "the remaining four", must be theirs). The words between are the installments' own, nothing else.
bool first_then_rest(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t lead[] = {intern("installment"), intern("of"), intern("which"), intern("on"), intern("upon"),
                                       intern("the"), intern("such"), intern("vesting"), intern("vested"), intern("vests"),
                                       intern("vest"), intern("to"), intern("shall"), intern("will")};
  static const std::uint16_t join[] = {intern("and"), intern("with"), intern("the"), intern("which"), intern("installments"),
                                       intern("installment"), intern("on"), intern("upon"), intern("of"), intern("vesting"),
                                       intern("vested"), intern("vests"), intern("vest"), intern("to"), intern("shall"),
                                       intern("will")};
  static const std::uint16_t rest[] = {intern("remaining"), intern("other"), intern("others"), intern("balance"),
                                       intern("rest")};
  auto in = [](const Node& x, const auto& ids) {
    return x.kind == NK::word && x.wid != 0 && std::find(std::begin(ids), std::end(ids), x.wid) != std::end(ids);
  };
  auto verb = [](const Node& x) { return x.kind == NK::item && x.itype == IT::vest_verb; };
  auto dated = [](const Node& x, bool list) {
    return x.kind == NK::item && (x.itype == IT::when || (list && x.itype == IT::when_list));
  };
  static const std::uint16_t with = intern("with"), the = intern("the");
  std::size_t b = i;  // ("with the first installment ...": the lead words too, before a start rule takes them)
  if (b < n.size() && is_w(n[b], with)) ++b;
  if (b > i && b < n.size() && is_w(n[b], the)) ++b;  // ("the first ..." alone starts at "first")
  if (!(b < n.size() && n[b].num == 1 && n[b].den == 1 && (n[b].kind == NK::ordinal || n[b].kind == NK::number))) return false;
  std::size_t j = b + 1;
  // ("the first of which vested immediately upon grant": "vested immediately" is one item, before the date.)
  auto at_once = [](const Node& x) { return x.kind == NK::item && x.itype == IT::immediate; };
  while (j < n.size() && j < b + 6 && (in(n[j], lead) || verb(n[j]) || at_once(n[j]))) ++j;
  if (!(j < n.size() && dated(n[j], false))) return false;
  std::size_t k = j + 1;
  bool named_rest = false;
  while (k < n.size() && k < j + 9 && !dated(n[k], true)) {
    const bool number = n[k].kind == NK::number && n[k].den == 1 && !is_year(n[k]);
    const bool portion = n[k].kind == NK::item && n[k].itype == IT::portion;  // "the remaining installments" (checked below)
    if (!(in(n[k], join) || in(n[k], rest) || verb(n[k]) || number || portion ||
          (n[k].kind == NK::punct && n[k].punct == ',')))
      return false;
    named_rest |= in(n[k], rest) || portion;
    ++k;
  }
  if (!named_rest || !(k < n.size() && dated(n[k], true))) return false;
  i = k + 1;
  return true;
}

// "the first on <when> and the second on <when>", "the first installment vesting on X, the second on Y and the third
// on Z": installments told one by one by their ordinals (1, 2, 3 ..., the last may be "last" or "final"), each with its
// own date; at least two.
bool ordinal_installments(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t lead[] = {intern("installment"), intern("tranche"), intern("one"), intern("on"),
                                       intern("vesting"), intern("vests"), intern("vest"), intern("will"), intern("shall")};
  static const std::uint16_t the = intern("the"), and_ = intern("and"), last = intern("last"), final_ = intern("final");
  auto leads = [&](const Node& x) {
    return (x.kind == NK::word && x.wid != 0 && std::find(std::begin(lead), std::end(lead), x.wid) != std::end(lead)) ||
           (x.kind == NK::item && x.itype == IT::vest_verb);
  };
  std::size_t j = i;
  if (j < n.size() && is_w(n[j], the)) ++j;
  std::int64_t want = 1, dates = 0;
  while (j < n.size()) {
    const bool ordinal = n[j].kind == NK::ordinal && n[j].den == 1 && n[j].num == want;
    const bool ends = dates >= 2 && (is_w(n[j], last) || is_w(n[j], final_));  // (after "first" alone, "the last" is the series' end)
    if (!ordinal && !ends) break;
    std::size_t k = j + 1;
    while (k < n.size() && k < j + 4 && leads(n[k])) ++k;
    if (!(k < n.size() && n[k].kind == NK::item && n[k].itype == IT::when)) break;
    ++dates, ++want;
    i = k + 1;
    if (ends) break;
    j = k + 1;
    if (j < n.size() && n[j].kind == NK::punct && n[j].punct == ',') ++j;
    if (j < n.size() && is_w(n[j], and_)) ++j;
    if (j < n.size() && is_w(n[j], the)) ++j;
  }
  return dates >= 2;
}

}  // namespace

// The end of a series by its date or by full vesting: "through <when>", "ending on <when>", "until fully vested".
std::vector<ItemRule> through_and_ending_rules() {
  return {
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
      // "with the first installment vesting on D1 and the last on D2": the last installment's date is the series' end
      // (cross-checked like "through D2"). Only after "and"; "the last day of ..." is a day rule, not this.
      {"and the last on <when>", 5,
       {w({"and"}), w({"the"}), w({"last", "final"}), opt(w({"installment", "one", "tranche"})),
        opt(w({"vesting", "vests", "will"})), opt(w({"vest"})), w({"on"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(7).when;
         return it;
       }},
      {"until fully vested", 5,
       {w({"until"}), words_to_full_vesting()},
       [](const Match&) -> std::optional<Item> { return make(IT::until_full); }},
      {"until the repurchase right has lapsed in full", 5,
       {w({"until"}), repurchase_right_lapsed_in_full()},
       [](const Match&) -> std::optional<Item> { return make(IT::until_full); }},
  };
}

// The start of a series and its first installment: "beginning on <when>", "commencing on <every date, listed>",
// "beginning with the quarter ending <when>", "with the first installment vesting on <when>", ", the first on <when>".
std::vector<ItemRule> beginning_and_first_installment_rules() {
  return {
      // A counted series told again: the first installment's date and the rest's, one list of dates (the series' count
      // is cross-checked against it like any list's: "in three equal annual installments, the first on the date of
      // grant and the remaining on each of the first three anniversaries thereof" is refused).
      {"the first installment on <when> and the remaining installments on <dates>", 5,
       {hinted(custom(first_then_rest), {"with"}, {NK::ordinal, NK::number})},
       [](const Match& m) -> std::optional<Item> {
         const auto& n = *m.nodes;
         Item it = make(IT::when_list);
         std::optional<std::int64_t> rest_count;
         bool first = true;
         for (std::size_t j = m.begin; j < m.end; ++j) {
           const Node& x = n[j];
           if (x.kind == NK::number && x.den == 1 && !first) rest_count = x.num;
           if (x.kind == NK::item && x.itype == IT::portion) {  // only a remainder of no stated size: "the remaining (four)"
             const Item& r = (*m.items)[x.payload];
             if (r.pkind != Item::PortionKind::remainder || r.stated) return std::nullopt;
             if (!r.shares.is_zero()) return std::nullopt;
           }
           if (x.kind != NK::item || (x.itype != IT::when && x.itype != IT::when_list)) continue;
           const Item& d = (*m.items)[x.payload];
           if (!d.bare() && d.tag != Tag::restated) return std::nullopt;
           if (x.itype == IT::when) it.whens.push_back(d.when);
           else it.whens.insert(it.whens.end(), d.whens.begin(), d.whens.end());
           first = false;
         }
         if (it.whens.size() < 2 || (rest_count && *rest_count != static_cast<std::int64_t>(it.whens.size() - 1)))
           return std::nullopt;
         return it;
       }},
      // Installments told one by one: "in two equal installments: the first on X and the second on Y". The dates
      // are a list, cross-checked against the count like any list's.
      {"the first on <when> and the second on <when>", 5,
       {hinted(custom(ordinal_installments), {"the"}, {NK::ordinal})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t installments = intern("installments"), tranches = intern("tranches"),
                                    equal = intern("equal");
         // (Only after a count of installments and a comma or colon: "the first" and "the second" say how much
         // only as parts of a counted whole.)
         const auto& n = *m.nodes;
         if (m.begin < 2 || n[m.begin - 1].kind != NK::punct || (n[m.begin - 1].punct != ',' && n[m.begin - 1].punct != ':'))
           return std::nullopt;
         const Node& before = n[m.begin - 2];
         const bool count_item = before.kind == NK::item && before.itype == IT::count;
         if (!count_item && !is_w(before, installments) && !is_w(before, tranches)) return std::nullopt;
         bool counted = count_item;  // ("in two equal installments": a number or "equal" before the word)
         for (std::size_t j = m.begin - 2; !counted && j > 0 && j + 5 > m.begin; --j)
           counted = n[j - 1].kind == NK::number || is_w(n[j - 1], equal);
         if (!counted) return std::nullopt;
         Item it = make(IT::when_list);
         for (std::size_t j = m.begin; j < m.end; ++j) {
           const Node& x = n[j];
           if (x.kind != NK::item || x.itype != IT::when) continue;
           const Item& d = (*m.items)[x.payload];
           if (!d.bare() && d.tag != Tag::restated) return std::nullopt;
           it.whens.push_back(d.when);
         }
         return it;
       }},
      {"beginning on <when>", 5, {w({"beginning", "commencing", "starting"}), opt(w({"on", "with", "as", "from"})), opt(w({"of"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(3).when;
         it.first_step = 0;
         return it;
       }},
      // "in equal annual installments of 750 shares commencing on June 6, 2023, 2024, 2025 and 2026": a start before a
      // list of every date says nothing the list does not (the list is read as the dates).
      {"commencing on <every date, listed>", 5,
       {w({"beginning", "commencing", "starting"}), opt(w({"on"})), opt(w({"or"})), opt(w({"about"})), item(IT::when_list)},
       [](const Match& m) -> std::optional<Item> {
         if (m.has(2) != m.has(3) || (m.has(2) && !m.has(1))) return std::nullopt;  // only "on or about"
         Item it = m.item_of(4);
         if (it.whens.size() < 2) return std::nullopt;
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
        vest_verb_then_on(),
        item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         // ("the first of which vested upon grant and the remaining two on ...": a series told again date by date,
         // read from "first" by the rule above; this rule starts earlier, at "the", and must leave it.)
         std::size_t first = m.at[2];
         if (first_then_rest(*m.nodes, first, *m.context)) return std::nullopt;
         Item it = make(IT::start);
         it.when = m.item_of(6).when;
         it.first_step = 0;
         it.tag = Tag::first_installment;  // says where the first installment falls, even on the grant date
         return it;
       }},
      // "at the rate of 25% per year, with the first 25% vesting on March 15, 2026": the first installment's date,
      // its size stated again (`stated`, `fraction`: assemble_installments checks it is the installments' size).
      {"with the first <percent> vesting on <when>", 5,
       {w({"with"}), opt(w({"the"})), first_or_next(), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          if (i < n.size() && (n[i].kind == NK::percent || n[i].kind == NK::fraction) && n[i].num > 0) { ++i; return true; }
          return false;
        }), {}, {NK::percent, NK::fraction}),
        vest_verb_then_on(), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(5).when;
         it.first_step = 0;
         it.tag = Tag::first_installment;
         it.stated = true;
         it.fraction = value_fraction(m.node(3));
         return it;
       }},
      // "in sixteen quarterly installments ..., the first on the three-month anniversary of the grant date", "in 48
      // monthly installments, the first one month after the date of grant": the first installment's date, verbless,
      // right after a comma or semicolon (so never the start of a clause of its own).
      {", the first on <when>", 5,
       {w({"the"}), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          if (i < n.size() && n[i].kind == NK::ordinal && n[i].num == 1) { ++i; return true; }
          return false;
        }), {}, {NK::ordinal}),
        opt(w({"installment", "tranche", "one"})), opt(w({"on", "at"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (m.begin == 0) return std::nullopt;
         const Node& prev = (*m.nodes)[m.begin - 1];
         if (prev.kind != NK::punct || (prev.punct != ',' && prev.punct != ';')) return std::nullopt;
         Item it = make(IT::start);
         it.when = m.item_of(4).when;
         it.first_step = 0;
         it.tag = Tag::first_installment;
         return it;
       }},
  };
}

// The end as a claim cross-checked against the series: "such that ... fully vested on <when>" (or on the <ordinal>
// anniversary), "and will be fully vested on <when>".
std::vector<ItemRule> fully_vested_on_rules() {
  return {
      {"such that ... fully vested on <when>", 5,
       {w({"such", "so"}), w({"that"}), fully_vested_words(), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(3).when;
         return it;
       }},
      // "..., such that it will be fully vested on the third anniversary": a bare anniversary of the series start before
      // it (the anchors family's rule of that name, read here with the end's own words since both run at level 6).
      {"such that ... fully vested on the <ordinal> anniversary", 6,
       {w({"such", "so"}), w({"that"}), fully_vested_words(), opt(w({"the"})), k(NK::ordinal), opt(p('-')),
        opt(w({"annual", "year"})), w({"anniversary"})},
       [](const Match& m) -> std::optional<Item> {
         auto w = bare_anniversary_of_series(m, 4);
         if (!w) return std::nullopt;
         Item it = make(IT::through);
         it.when = *w;
         return it;
       }},
      // "in five equal installments on each anniversary of the grant date, commencing on the first anniversary": a bare
      // anniversary of the series start before it restates where the series begins (a second start, cross-checked).
      {"beginning on the <ordinal> anniversary (of the series start)", 6,
       {w({"beginning", "commencing", "starting"}), opt(w({"on", "with"})), opt(w({"the"})), k(NK::ordinal), opt(p('-')),
        opt(w({"annual", "year"})), w({"anniversary"})},
       [](const Match& m) -> std::optional<Item> {
         auto w = bare_anniversary_of_series(m, 3);
         if (!w) return std::nullopt;
         Item it = make(IT::start);
         it.when = *w;
         it.first_step = 0;
         return it;
       }},
      // "... on each anniversary of the grant date and will be fully vested on March 7, 2020": the series' end, a claim
      // cross-checked like "such that ...". Only these words between "and" and the date (never "and the remainder
      // will be fully vested on", which vests a portion of its own).
      {"and will be fully vested on <when>", 5,
       {w({"and"}), opt(w({"will", "shall", "is", "are", "becomes", "become"})), opt(w({"be", "become"})), w({"fully"}),
        item(IT::vest_verb), opt(hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t and_ = intern("and"), exercisable = intern("exercisable");
          if (i + 1 < n.size() && is_w(n[i], and_) && is_w(n[i + 1], exercisable)) { i += 2; return true; }
          return false;
        }), {"and"}, {})),
        w({"on", "by"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(7).when;
         return it;
       }},
      // "...; the RSUs will be fully vested on the fourth anniversary of the grant date", ", and the option shall
      // become fully vested and exercisable by <date>": the award's full vesting in a clause of its own after a
      // series, its end (read_clauses merges it into the series; cross-checked like "such that ...").
      {"; the <award> will be fully vested on <when>", 5,
       {w({"the", "all", "such", "this", "these"}), award_fully_vested_words(), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const auto& n = *m.nodes;
         static const std::uint16_t and_ = intern("and");
         std::size_t before = m.begin;  // (", and the award shall become ...")
         if (before >= 2 && is_w(n[before - 1], and_)) --before;
         if (before == 0 || n[before - 1].kind != NK::punct || (n[before - 1].punct != ';' && n[before - 1].punct != ','))
           return std::nullopt;
         // Only after a series in the same sentence ("; the units are fully vested on the date of grant" alone is
         // immediate vesting, not an end).
         bool series_before = false;
         for (std::size_t j = m.begin; j-- > 0 && !series_before;) {
           if (n[j].kind == NK::punct && n[j].punct == '.') break;
           series_before = n[j].kind == NK::item && (n[j].itype == IT::cadence || n[j].itype == IT::count);
         }
         if (!series_before) return std::nullopt;
         Item it = make(IT::through);
         it.when = m.item_of(2).when;
         return it;
       }},
  };
}

// Where a series counts from: "on each monthly anniversary of <when>", "measured from <when>", "following <when>".
std::vector<ItemRule> monthly_anniversary_and_from_rules() {
  return {
      // Also "on the monthly anniversaries of <when>", "on the anniversaries of <when>": "the" and the plural say
      // "each" (without a cadence word, each yearly anniversary).
      {"on each monthly anniversary of <when>", 5,
       {opt(w({"on"})), w({"each", "every", "the"}), opt(adj()), w({"anniversary", "anniversaries"}), opt(w({"date", "dates"})),
        opt(w({"of"})), anchor(),
        opt(hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {  // "... of the grant on <date>"
          static const std::uint16_t on = intern("on");
          if (i + 1 < n.size() && is_w(n[i], on) && n[i + 1].kind == NK::item && n[i + 1].itype == IT::when) { i += 2; return true; }
          return false;
        }), {"on"}, {}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t the = intern("the"), anniversaries = intern("anniversaries");
         if ((m.node(1).wid == the) != (m.node(3).wid == anniversaries)) return std::nullopt;
         Item it = make(IT::start);
         const Node& x = m.node(6);
         const bool grant_item = x.kind == NK::item && m.item_of(6).when.ref == When::Ref::grant && m.item_of(6).when.months == 0 &&
                                 m.item_of(6).when.days == 0;
         // Without "of" only "each anniversary [date of the grant]", where the anchor item holds the "of".
         if (!m.has(5) && !grant_item) return std::nullopt;
         it.when = anchor_at(m, 6);
         // "each anniversary date of the grant on March 7, 2016": the grant, dated (a stated date, ending the phrase).
         if (m.has(7)) {
           const auto& n = *m.nodes;
           const When& dated = (*m.items)[n[m.at[7] + 1].payload].when;
           static const std::uint16_t and_ = intern("and");
           const bool list_goes_on = m.end < n.size() && (is_w(n[m.end], and_) || n[m.end].kind == NK::item);
           if (!grant_item || dated.ref != When::Ref::absolute || dated.months || dated.days || dated.fixed_day || list_goes_on)
             return std::nullopt;
           it.when = dated;
         }
         it.first_step = 1;
         it.period = m.has(2) ? adj_at(m, 2) : Period::years(1);
         it.has_period = true;
         return it;
       }},
      // "measured from a vesting commencement date of <date>": the article before a defined anchor.
      {"measured from <when>", 5,
       {opt(w({"measured", "calculated", "commencing", "beginning", "starting"})), w({"from"}), opt(w({"a"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(3).when;
         if (m.has(2) && m.item_of(3).tag != Tag::vcd && m.item_of(3).tag != Tag::grant) return std::nullopt;
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
  };
}

std::vector<ItemRule> first_date_and_full_vesting_rules() {
  return {
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
         it.tag = Tag::first_installment;
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
  };
}

// Starts ("beginning on", "measured from"), series stepping from the original anchor, the first installment stated on
// its own.
// A counted series told again after "the first of which ...".
static std::vector<Example> first_of_which_examples() {
  return {
      // "the first of which vested upon grant and the remaining two of which ...": the same, after "the" ("with the first
      // installment vesting on X" alone is a start); "vested immediately upon grant" dates the first one.
      {"The RSUs vest in three equal annual installments, the first of which vested upon grant and the remaining two of "
       "which vest on the first and second anniversaries of the grant date.",
       "2025-03-14", "30", "time_based", "2025-03-14=10 2026-03-14=10 2027-03-14=10", "", false},
      {"The units vest in four equal installments, the first of which vested immediately upon grant, with the balance "
       "vesting on each of the first three anniversaries of the grant date.",
       "2025-10-01", "8", "time_based", "2025-10-01=2 2026-10-01=2 2027-10-01=2 2028-10-01=2", "", false},
      {"The stock units vest in three equal installments, the first of which vested upon grant and the others on each of "
       "the first three anniversaries of the date of grant.",
       "2025-03-14", "30", "unrecognized", "", "says 3 installments but the dates listed are 4", false},
      {"The units vest in four equal installments, the first of which vested immediately, with the balance vesting on each "
       "of the first three anniversaries of the grant date.",
       "2025-10-01", "8", "unrecognized", "", "not understood", false},
  };
}

std::vector<Example> starts_and_first_installment_examples() {
  std::vector<Example> v = {
      // A counted series told again date by date: the count must be the dates'.
      {"The RSUs vest in three equal annual installments, with the first installment vesting on the date of grant and the "
       "remaining installments vesting on each of the first two anniversaries thereof.",
       "2025-06-02", "3000", "time_based", "2025-06-02=1000 2026-06-02=1000 2027-06-02=1000", "", false},
      {"The shares of restricted stock vest in two equal installments, one on the grant date and the other on the first "
       "anniversary thereof.",
       "2025-09-01", "500", "time_based", "2025-09-01=250 2026-09-01=250", "", false},
      {"The option vests in five equal annual installments, the first vesting on the grant date and the remaining four "
       "vesting on each of the first four anniversaries of the grant date.",
       "2025-01-15", "5", "time_based", "2025-01-15=1 2026-01-15=1 2027-01-15=1 2028-01-15=1 2029-01-15=1", "", false},
      {"The RSUs vest in three equal annual installments, with the first installment vesting on the date of grant and the "
       "remaining installments vesting on each of the first three anniversaries thereof.",
       "2025-06-02", "3000", "unrecognized", "", "says 3 installments but the dates listed are 4", false},
      {"The option vests in five equal annual installments, the first vesting on the grant date and the remaining three "
       "vesting on each of the first four anniversaries of the grant date.",
       "2025-01-15", "5", "unrecognized", "", "vesting clause not understood", false},
      // "on the monthly anniversaries of X (thereafter)": the plural with "the" is "each" ("on the anniversaries of":
      // each yearly one); in the singular ("on the monthly anniversary of") it is not read.
      {"25% of the units vest on the first anniversary of March 10, 2024 (the \"Vesting Commencement Date\") and the "
       "remainder vest in three equal quarterly installments on the quarterly anniversaries of the Vesting Commencement "
       "Date thereafter.",
       "2024-04-02", "8", "time_based", "2025-03-10=2 2025-06-10=2 2025-09-10=2 2025-12-10=2", "", false},
      {"The RSUs vest in four equal installments on the quarterly anniversaries of the grant date.", "2024-01-31", "8",
       "time_based", "2024-04-30=2 2024-07-31=2 2024-10-31=2 2025-01-31=2", "", false},
      {"The option vested as to 25% of the shares on the grant date, and the remaining 75% vests in three equal annual "
       "installments on the anniversaries of the grant date.",
       "2011-12-12", "4", "time_based", "2011-12-12=1 2012-12-12=1 2013-12-12=1 2014-12-12=1", "", false},
      {"The RSUs vest in four equal installments on the anniversaries of the grant date.", "2024-01-31", "8",
       "time_based", "2025-01-31=2 2026-01-31=2 2027-01-31=2 2028-01-31=2", "", false},
      {"The RSUs vest in four equal installments on the monthly anniversary of the grant date.", "2024-01-31", "8",
       "unrecognized", "", "not understood", false},
      // "; the first installment vests on D, and subsequent installments vest on <day rule>": the later installments'
      // day rule (or their cadence again) joins the counted series (read_clauses.cpp: later_installments_of).
      {"The RSUs vest in 12 equal quarterly installments; the first installment vests on June 15, 2021 and subsequent "
       "installments vest on each quarterly anniversary thereof.",
       "2021-03-01", "12", "time_based", "2021-06-15=1 2021-09-15=1 2021-12-15=1 2022-03-15=1 2022-06-15=1 2022-09-15=1 "
       "2022-12-15=1 2023-03-15=1 2023-06-15=1 2023-09-15=1 2023-12-15=1 2024-03-15=1", "", false},
      {"The option vests in 6 monthly installments; the first installment vests on April 30, 2021, and subsequent "
       "installments vest on the last day of each month.",
       "2021-03-01", "6", "time_based", "2021-04-30=1 2021-05-31=1 2021-06-30=1 2021-07-31=1 2021-08-31=1 2021-09-30=1", "",
       false},
      {"The option vests in 36 monthly installments; the first installment vests on April 30, 2021, and subsequent "
       "installments vest quarterly.",
       "2021-03-01", "36", "unrecognized", "", "not stated", false},
      {"The option vests in 36 monthly installments; the first installment vests on April 30, 2021, and subsequent "
       "installments vest on the 15th day of each month.",
       "2021-03-01", "36", "unrecognized", "", "is not one of", false},
      // "with the first 25% vesting on D" beside a count: the series' first date, its size the count's.
      {"The RSUs vest in four equal annual installments, with the first 25% vesting on March 10, 2026.", "2025-03-10", "4",
       "time_based", "2026-03-10=1 2027-03-10=1 2028-03-10=1 2029-03-10=1", "", false},
      {"The RSUs vest in three equal annual installments, with the first one-third vesting on the first anniversary of "
       "the grant date.",
       "2025-08-18", "3", "time_based", "2026-08-18=1 2027-08-18=1 2028-08-18=1", "", false},
      {"The RSUs vest in four equal annual installments, with the first 20% vesting on March 10, 2026.", "2025-03-10", "4",
       "unrecognized", "", "not the size of the others", false},
      // "measured from a vesting commencement date of <date>": the article before a defined anchor; before anything else
      // "from a" is not a start.
      {"The RSUs vest in equal semi-annual installments over two years measured from a vesting commencement date of May 31, "
       "2024.",
       "2024-06-15", "4", "time_based", "2024-11-30=1 2025-05-31=1 2025-11-30=1 2026-05-31=1", "", false},
      {"The RSUs vest in equal semi-annual installments over two years measured from a date to be determined by the Committee.",
       "2024-06-15", "4", "unrecognized", "", "not understood", false},
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
      // The first installment stated on its own.
      {"This option becomes exercisable in 3 equal monthly installments, the first of which becomes exercisable on July 31, 2023.",
       "2023-06-30", "3", "time_based", "2023-07-31=1 2023-08-31=1 2023-09-30=1", "", false},
      {"The RSUs vest in three equal annual installments; the first installment vested on February 1, 2023.", "2024-02-10", "3",
       "time_based", "2023-02-01=1 2024-02-01=1 2025-02-01=1", "", false},
      {"The RSUs vest quarterly over one year in equal installments, with the first installment vesting on the three-month "
       "anniversary of the grant date.",
       "2023-11-30", "4", "time_based", "2024-02-29=1 2024-05-30=1 2024-08-30=1 2024-11-30=1", "", false},
      // The award's full vesting in a clause of its own after a series: its end, which with the size of each
      // installment states the count (and must agree with it).
      {"10% of the RSUs vest every six months following the grant date; the RSUs will be fully vested on the fifth "
       "anniversary of the grant date.",
       "2024-02-10", "100", "time_based",
       "2024-08-10=10 2025-02-10=10 2025-08-10=10 2026-02-10=10 2026-08-10=10 2027-02-10=10 2027-08-10=10 2028-02-10=10 "
       "2028-08-10=10 2029-02-10=10", "", false},
      {"10% of the RSUs vest every six months following the grant date; the RSUs will be fully vested on the fourth "
       "anniversary of the grant date.",
       "2024-02-10", "100", "unrecognized", "", "cross_check_failed", false},
      {"The units vest in equal quarterly installments beginning June 1, 2025, and the award shall become fully vested and "
       "exercisable on March 1, 2026.",
       "2025-03-01", "40", "time_based", "2025-06-01=10 2025-09-01=10 2025-12-01=10 2026-03-01=10", "", false},
      {"Represents deferred stock units granted to a director; the units are fully vested on the date of grant.",
       "2025-06-12", "40", "immediate", "2025-06-12=40", "", false},
      {"The option vests in 16 equal quarterly installments, with the first installment vesting three months after the "
       "vesting commencement date (January 1, 2026).",
       "2026-01-08", "16", "time_based",
       "2026-04-01=1 2026-07-01=1 2026-10-01=1 2027-01-01=1 2027-04-01=1 2027-07-01=1 2027-10-01=1 2028-01-01=1 "
       "2028-04-01=1 2028-07-01=1 2028-10-01=1 2029-01-01=1 2029-04-01=1 2029-07-01=1 2029-10-01=1 2030-01-01=1", "", false},
      {"The option vests in 16 equal quarterly installments, with the first installment vesting no earlier than three "
       "months after the grant date.",
       "2026-01-08", "16", "unrecognized", "", "not understood", false},
      // A rate, then the first installment's date with its size again (which must be the rate's).
      {"The restricted stock units vest at the rate of 25% per year, with the first 25% vesting on March 15, 2026.",
       "2025-03-11", "4", "time_based", "2026-03-15=1 2027-03-15=1 2028-03-15=1 2029-03-15=1", "", false},
      {"The shares vest at the rate of 20% per year, with the first 20% vesting on the first anniversary of the grant "
       "date, so that the shares will be fully vested on the fifth anniversary of the grant date.",
       "2025-07-01", "5", "time_based", "2026-07-01=1 2027-07-01=1 2028-07-01=1 2029-07-01=1 2030-07-01=1", "", false},
      {"The RSUs vest at the rate of 25% per year, with the first 20% vesting on March 15, 2026.", "2025-03-11", "4",
       "unrecognized", "", "not the size of the others", false},
      {"The RSUs vest 25% on the grant date, with the first 25% vesting on March 15, 2026.", "2025-03-11", "4",
       "unrecognized", "", "not understood", false},
  };
  for (auto& e : first_of_which_examples()) v.push_back(std::move(e));
  return v;
}

// Ends checked against the series ("such that", "and will be fully vested on"), starts that are not guessed or that
// restate the series' own start, the first installment after a comma.
std::vector<Example> ends_and_restated_starts_examples() {
  return {
      // "until the repurchase right has lapsed in full": early exercise's "until fully vested" (the count follows from
      // the per-installment fraction); a different ending or a fraction that does not divide the rest is refused.
      {"The option is immediately exercisable. Shares purchased on exercise are subject to a repurchase right that lapses "
       "as to 25% of the shares on March 2, 2026 and as to 1/8th of the shares quarterly thereafter, until the repurchase "
       "right has lapsed in full.",
       "2025-03-02", "8", "time_based", "2026-03-02=2 2026-06-02=1 2026-09-02=1 2026-12-02=1 2027-03-02=1 2027-06-02=1 "
       "2027-09-02=1", "", true},
      {"Shares acquired on exercise remain subject to the Issuer's repurchase right, which lapses as to 1/4 of the shares "
       "on each anniversary of March 2, 2025 until the repurchase right lapses as to all of the shares.",
       "2025-03-02", "4", "time_based", "2026-03-02=1 2027-03-02=1 2028-03-02=1 2029-03-02=1", "", false},
      {"Shares purchased on exercise are subject to a repurchase right that lapses as to 1/8th of the shares quarterly "
       "beginning June 2, 2026, until the repurchase right has lapsed as to 50% of the shares.",
       "2025-03-02", "8", "unrecognized", "", "not accounted", false},
      // "over three years from X, with the first installment vesting on Y": the anchor counted from and the first date,
      // cross-checked; "from X through Z" with a stated first installment says whether X is one.
      {"The RSUs vest in equal quarterly installments over one year from March 1, 2022, with the first installment "
       "vesting on June 1, 2022.",
       "2022-03-24", "4", "time_based", "2022-06-01=1 2022-09-01=1 2022-12-01=1 2023-03-01=1", "", false},
      {"The RSUs vest quarterly in equal installments from March 1, 2022 through March 1, 2023, with the first "
       "installment vesting on March 1, 2022.",
       "2022-03-24", "5", "time_based", "2022-03-01=1 2022-06-01=1 2022-09-01=1 2022-12-01=1 2023-03-01=1", "", false},
      {"The RSUs vest in equal quarterly installments over one year from March 1, 2022, with the first installment "
       "vesting on July 1, 2022.",
       "2022-03-24", "4", "unrecognized", "", "is not the first installment", false},
      // "beginning on the date of grant" alone may put the first installment on it or one period later (refused); a
      // stated first installment says which, and must be one of the two.
      {"The option vests in equal quarterly installments over one year beginning on the date of grant, with the first "
       "installment vesting three months after the date of grant.",
       "2016-08-22", "4", "time_based", "2016-11-22=1 2017-02-22=1 2017-05-22=1 2017-08-22=1", "", false},
      {"The RSUs vest in four equal quarterly installments beginning on August 22, 2016, with the first installment "
       "vesting on August 22, 2016.",
       "2016-08-22", "4", "time_based", "2016-08-22=1 2016-11-22=1 2017-02-22=1 2017-05-22=1", "", false},
      {"The option vests in equal quarterly installments over one year beginning on the date of grant, with the first "
       "installment vesting six months after the date of grant.",
       "2016-08-22", "4", "unrecognized", "", "is not the first installment", false},
      // "... with the first installment vesting on D1 and the last on D2": the series' end, cross-checked.
      {"The RSUs vest in equal quarterly installments, with the first installment vesting on June 1, 2022 and the last on "
       "March 1, 2023.",
       "2022-03-01", "4", "time_based", "2022-06-01=1 2022-09-01=1 2022-12-01=1 2023-03-01=1", "", false},
      {"The RSUs vest in equal quarterly installments, with the first installment vesting on June 1, 2022 and the last on "
       "April 1, 2025.",
       "2022-03-01", "12", "unrecognized", "", "not a whole number", false},
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
      // A start before a list of every date: the list.
      {"The RSUs vest in equal annual installments of 750 shares commencing on June 6, 2023, 2024, 2025 and 2026.",
       "2022-06-06", "3000", "time_based", "2023-06-06=750 2024-06-06=750 2025-06-06=750 2026-06-06=750", "", false},
      {"The RSUs vest in equal annual installments of 750 shares commencing on or about June 6, 2023, 2024, 2025 "
       "and 2026.",
       "2022-06-06", "3000", "time_based", "2023-06-06=750 2024-06-06=750 2025-06-06=750 2026-06-06=750", "", false},
      {"The RSUs vest in equal annual installments of 750 shares commencing on June 6, 2023, 2024 and 2025.",
       "2022-06-06", "3000", "unrecognized", "", "portions add up", false},
      {"The RSUs vest in equal quarterly installments commencing on June 6, 2023 and December 6, 2023.", "2022-06-06", "3000",
       "unrecognized", "", "not understood", false},
      {"The RSUs vest in equal quarterly installments commencing on June 6, 2023, 2024 and 2025.", "2022-06-06", "3000",
       "unrecognized", "", "not understood", false},
      // "commencing on the first anniversary": where a series on the anniversaries of its anchor begins, restated.
      {"The option vests in five equal installments on each anniversary of the grant date, commencing on the first "
       "anniversary, and expires ten years after the grant date.",
       "2025-10-06", "5", "time_based", "2026-10-06=1 2027-10-06=1 2028-10-06=1 2029-10-06=1 2030-10-06=1", "", false},
      {"The RSUs vest in three equal installments on each anniversary of the grant date, beginning with the second "
       "anniversary.",
       "2025-10-06", "3", "unrecognized", "", "is not the first installment", false},
      {"The RSUs vest in three equal installments on each anniversary of the grant date. Vesting begins on the first "
       "anniversary.",
       "2025-10-06", "3", "unrecognized", "", "does not say how much vests", false},
      // "and will be fully vested on <when>": the end of the series, checked.
      {"Options vest in equal 25% installments on each anniversary of the grant date and will be fully vested on March 7, 2020.",
       "2016-03-07", "4", "time_based", "2017-03-07=1 2018-03-07=1 2019-03-07=1 2020-03-07=1", "", false},
      {"Options vest in equal 25% installments on each anniversary of the grant date and will be fully vested on March 7, 2021.",
       "2016-03-07", "4", "unrecognized", "", "cross_check_failed", false},
      {"25% of the options vest on March 7, 2017 and the remainder will be fully vested on March 7, 2020.", "2016-03-07", "4",
       "time_based", "2017-03-07=1 2020-03-07=3", "", false},
      // "each anniversary date of the grant on <date>": the grant, dated by the footnote.
      {"Options vested in equal 25% installments on each anniversary date of the grant on March 7, 2016.", "2023-08-07", "4",
       "time_based", "2017-03-07=1 2018-03-07=1 2019-03-07=1 2020-03-07=1", "", false},
      {"Options vested in equal 25% installments on each anniversary date of the grant on March 7, 2016 and March 7, 2017.",
       "2023-08-07", "4", "unrecognized", "", "not understood", false},
      // The first installment's date after a comma, without a verb.
      {"The option vests in sixteen quarterly installments of 6.25% each, the first on the three-month anniversary of the "
       "grant date.",
       "2025-05-31", "16", "time_based", "2025-08-31=1 2025-11-30=1 2026-02-28=1 2026-05-31=1 2026-08-31=1 2026-11-30=1 "
       "2027-02-28=1 2027-05-31=1 2027-08-31=1 2027-11-30=1 2028-02-29=1 2028-05-31=1 2028-08-31=1 2028-11-30=1 "
       "2029-02-28=1 2029-05-31=1", "", false},
      {"The option becomes exercisable in 4 equal monthly installments, the first one month after the date of grant.",
       "2025-01-31", "4", "time_based", "2025-02-28=1 2025-03-31=1 2025-04-30=1 2025-05-31=1", "", false},
      // Installments told one by one by their ordinals: a list of dates, after a count; none without one.
      {"The RSUs vest in two equal installments: the first on the date that is eighteen months after the grant date and "
       "the second on the third anniversary of the grant date.",
       "2023-05-01", "2", "time_based", "2024-11-01=1 2026-05-01=1", "", false},
      {"The RSUs vest in three equal installments, the first on the first anniversary of the grant date, the second on "
       "March 1, 2025 and the last on the third anniversary of the grant date.",
       "2023-05-01", "3", "time_based", "2024-05-01=1 2025-03-01=1 2026-05-01=1", "", false},
      {"The RSUs vest in three equal installments: the first on the first anniversary of the grant date and the second on "
       "the third anniversary of the grant date.",
       "2023-05-01", "3", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in installments, the first on the first anniversary of the grant date and the second on the third "
       "anniversary of the grant date.",
       "2023-05-01", "2", "unrecognized", "", "not understood", false},
      {"The RSUs vest in four equal annual installments, the first on March 3, 2026, and the last on March 3, 2029.",
       "2025-03-03", "4", "time_based", "2026-03-03=1 2027-03-03=1 2028-03-03=1 2029-03-03=1", "", false},
      {"The RSUs vest in four equal annual installments, the first on March 3, 2026, and the last on March 3, 2030.",
       "2025-03-03", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in four equal annual installments the first on March 3, 2026.", "2025-03-03", "4", "unrecognized",
       "", "not understood", false},
      // "the first of which vested on the date of grant" says where the first installment falls.
      {"The option vests in three equal annual installments, the first of which vested on the date of grant.", "2008-01-31",
       "3", "time_based", "2008-01-31=1 2009-01-31=1 2010-01-31=1", "", false},
      // "The first vesting date is D." after the schedule's sentence: a claim on its earliest date (cross_check.cpp), checked
      // on dates told one by one; another date, a series (not computed there) or no sentence before is refused (gen30,
      // holdout27 H27-047).
      {"These RSUs vest in equal installments on each of the first four anniversaries of the grant date. The first vesting "
       "date is January 28, 2021.",
       "2020-01-28", "4", "time_based", "2021-01-28=1 2022-01-28=1 2023-01-28=1 2024-01-28=1", "", false},
      {"These RSUs vest in equal installments on each of the first four anniversaries of the grant date. The first vesting "
       "date is January 28, 2022.",
       "2020-01-28", "4", "unrecognized", "", "cross_check_failed", false},
      {"These RSUs vest in four equal annual installments beginning on the first anniversary of the grant date. The first "
       "vesting date is January 28, 2021.",
       "2020-01-28", "4", "unrecognized", "", "cross_check_failed", false},
      {"The first vesting date is January 28, 2021. These RSUs vest in equal installments on each of the first four "
       "anniversaries of the grant date.",
       "2020-01-28", "4", "unrecognized", "", "not accounted", false},
  };
}

}  // namespace vest::rules::cadence_rules
