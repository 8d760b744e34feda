// Family: restated dates — one date said twice, relative and absolute ("one year from the grant
// date on November 1, 2027"; "on March 18, 2024 (the first anniversary of the grant date)"; "on
// the third anniversary of the grant date, March 1, 2027"). The relative form is the slot's value
// (a series keeps stepping from its anchor); the absolute one is a redundant claim that cross_check
// compares (check_restated_dates: a disagreement is refused, naming both). With the anchor not
// stated, a lump's absolute date stands alone ("vest 3 years from the grant date on February 4, 2018").
#include "rules/family_anchors_parts.hpp"
#include "rules/rule_helpers.hpp"

namespace vest::rules {
using namespace helpers;

namespace {

bool is_relative(const When& w) {
  const bool anchored = w.ref == When::Ref::grant || w.ref == When::Ref::vcd || w.ref == When::Ref::absolute;
  return anchored && (w.months != 0 || w.days != 0) && !w.fixed_day;
}

// The relative reading, with the absolute one kept beside it (in `whens`) for the cross-check. `tag`:
// Tag::restated (the absolute date stands alone when the anchor is not stated), or Tag::restated_ambiguous
// ("the first anniversary of the grant date, March 1, 2024" may also state the grant date itself).
std::optional<Item> restated(const Item& relative, const Item& absolute, Tag tag = Tag::restated) {
  // (An anniversary of a stated date is no absolute date: "the first anniversary of March 3, 2025 (the second
  // anniversary of the Start Date)" says two different things, and neither is the other's restatement.)
  if (!is_relative(relative.when) || absolute.when.ref != When::Ref::absolute || absolute.when.months ||
      absolute.when.days || absolute.when.fixed_day || !relative.bare() || !absolute.bare())
    return std::nullopt;
  Item it = make(IT::when);
  it.when = relative.when;
  it.whens = {absolute.when};
  it.tag = tag;
  return it;
}

// The absolute date ends the phrase: not the first of a list ("..., March 1, 2027 and March 1, 2028").
bool ends_phrase(const Match& m) {
  static const std::uint16_t and_ = intern("and");
  const auto& n = *m.nodes;
  const std::size_t j = m.end;
  if (j < n.size() && (is_w(n[j], and_) || n[j].kind == NK::date || n[j].kind == NK::number ||
                       (n[j].kind == NK::item && n[j].itype == IT::when)))
    return false;
  // (", and the balance vests ..." ends it; ", and [on] <date>" goes on.)
  static const std::uint16_t on = intern("on");
  auto dated = [&](std::size_t k) {
    if (k < n.size() && is_w(n[k], on)) ++k;
    return k < n.size() && (n[k].kind == NK::date || (n[k].kind == NK::item && (n[k].itype == IT::when ||
                                                                                n[k].itype == IT::when_list)));
  };
  if (j + 1 < n.size() && n[j].kind == NK::punct && n[j].punct == ',' &&
      ((is_w(n[j + 1], and_) && dated(j + 2)) || (n[j + 1].kind == NK::item && n[j + 1].itype == IT::when)))
    return false;
  return true;
}

// 'the "Cliff Date"', 'the "Initial Vesting Date"': a capitalised name of up to three words ending in "Date" (a word the
// lexicon reads, such as "Vesting", may already be an item). Names the anchors family reads ("the Grant Date", "the
// Vesting Commencement Date") are items before level 4 and never get here.
bool quoted_date_name(const std::vector<Node>& n, std::size_t& i, const Context& ctx) {
  static const std::uint16_t date_ = intern("date");
  for (std::size_t j = i; j < n.size() && j < i + 4; ++j) {
    const bool word = n[j].kind == NK::word || n[j].kind == NK::ordinal || (n[j].kind == NK::item && n[j].itype == IT::vest_verb);
    if (!word || !ctx.capitalised(n[j])) return false;
    if (j > i && is_w(n[j], date_)) {
      i = j + 1;
      return true;
    }
  }
  return false;
}

// The name as written (original text, lower-cased), the key a later use looks for.
std::string date_name(const Match& m, std::size_t elem) {
  const Context& ctx = *m.context;
  const auto& n = *m.nodes;
  if (!ctx.orig || ctx.original.empty()) return {};
  std::string s(ctx.original.substr(ctx.orig[n[m.at[elem]].b], ctx.orig[n[m.at[elem + 1] - 1].e] - ctx.orig[n[m.at[elem]].b]));
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // (A name followed by a word ends at that word's offset in the original: "the Cliff Date until fully vested".)
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.pop_back();
  return "named " + s;
}

// The date a quoted name was given before node `begin` ('<when> (the "Cliff Date")', the rule below): null when the name
// was never given there. (A name given two different dates is refused wherever it is used: read_stated_dates.cpp.)
const Item* date_named_before(const Match& m, std::size_t name_elem) {
  const std::string name = date_name(m, name_elem);
  const auto& n = *m.nodes;
  if (name.empty()) return nullptr;
  for (std::size_t k = m.begin; k-- > 0;)
    if (n[k].kind == NK::item && n[k].itype == IT::when && (*m.items)[n[k].payload].name == name)
      return &(*m.items)[n[k].payload];
  return nullptr;
}

// `months` after the date a name was given, as one offset from that date's own anchor; null when that could differ
// from counting the months from the named date itself: after days ("30 days after the grant date (the "Cliff Date")":
// one month after it is counted from the day it falls on) or after months that moved it to a shorter month's end
// (August 31 + 6 months is February 28; 6 months after that is August 28, not August 31).
std::optional<When> months_after_named(const When& named, int months, const Context& ctx) {
  if (named.days != 0 || named.fixed_day || named.ref == When::Ref::previous || named.ref == When::Ref::named_next ||
      named.ref == When::Ref::achievement)
    return std::nullopt;
  // (The named date kept its anchor's day: counting on from it is counting from the anchor.)
  auto keeps_day = [&](Date anchor) {
    return date::year_month_day{add_months(anchor, named.months)}.day() == date::year_month_day{anchor}.day();
  };
  if (named.months != 0) {
    if (named.ref == When::Ref::absolute) {
      if (!keeps_day(named.date)) return std::nullopt;
    } else if (named.ref == When::Ref::grant && ctx.grant && keeps_day(*ctx.grant)) {
      ctx.months_from_named_grant_offset = true;  // (the footnote may state another grant date: checked then)
    } else {
      return std::nullopt;
    }
  }
  When w = named;
  w.months += months;
  return w;
}

// Level 4, after the names are given: anniversaries and offsets of a date named in quotes ("each of the first three
// anniversaries of the Initial Vesting Date", "the second anniversary of the Cliff Date", "six months after the First
// Vesting Date"). The anchors family reads them at level 3, before any name is given; here the name is resolved
// where it is used, from the date it was given before (a name never given, or given after, is not read).
std::vector<ItemRule> counted_from_named_date_rules() {
  return {
      {"<ordinal> anniversary of the \"Cliff Date\"", 4,
       {k(NK::ordinal), w({"anniversary"}), w({"of"}), w({"the"}), needing(custom(quoted_date_name), {"date"})},
       [](const Match& m) -> std::optional<Item> {
         const Item* named = date_named_before(m, 4);
         const Node& o = m.node(0);
         if (!named || o.num < 1 || o.num > 50) return std::nullopt;
         const auto when = months_after_named(named->when, static_cast<int>(12 * o.num), *m.context);
         if (!when) return std::nullopt;
         Item it = make(IT::when);
         it.when = *when;
         return it;
       }},
      {"each of the <ordinals> anniversaries of the \"Cliff Date\"", 4,
       {hinted(custom(anchor_rules::ordinal_list), {}, {NK::ordinal}), w({"anniversaries"}), w({"of"}), w({"the"}),
        needing(custom(quoted_date_name), {"date"})},
       [](const Match& m) -> std::optional<Item> {
         const Item* named = date_named_before(m, 4);
         if (!named) return std::nullopt;
         const std::vector<int> years = anchor_rules::ordinal_years(*m.nodes, m.at[0], m.at[1]);
         if (years.size() < 2) return std::nullopt;
         Item it = make(IT::when_list);
         for (int k : years) {
           const auto w = months_after_named(named->when, 12 * k, *m.context);
           if (!w) return std::nullopt;
           it.whens.push_back(*w);
         }
         return it;
       }},
      // "on each three-month anniversary of the Cliff Vesting Date": a series stepping from the named date (as the anchors'
      // "each <number>-month anniversary of <when>" steps from an anchor).
      {"each <number>-month anniversary of the \"Cliff Date\"", 4,
       {w({"each", "every"}), k(NK::number), opt(p('-')), w({"month", "year"}), opt(p('-')), w({"anniversary"}), w({"of"}),
        w({"the"}), needing(custom(quoted_date_name), {"date"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month");
         const Item* named = date_named_before(m, 8);
         const Node& num = m.node(1);
         if (!named || num.den != 1 || num.num < 1 || num.num > 120) return std::nullopt;
         Item it = make(IT::start);
         it.when = named->when;
         it.first_step = 1;
         it.period = m.node(3).wid == month ? Period::months(static_cast<int>(num.num)) : Period::years(static_cast<int>(num.num));
         it.has_period = true;
         return it;
       }},
      // (Not a span: "over / for / during (the) 36 months following the Cliff Date".)
      {"<number> months after the \"Cliff Date\"", 4,
       {k(NK::number), opt(p('-')), w({"month", "months", "year", "years"}), w({"after", "following"}), w({"the"}),
        needing(custom(quoted_date_name), {"date"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month"), months = intern("months"), over = intern("over"),
                                    for_ = intern("for"), during = intern("during"), every = intern("every"),
                                    each = intern("each"), the = intern("the");
         const auto& n = *m.nodes;
         if (m.begin > 0) {
           const Node& prev = n[m.begin - 1];
           if (is_w(prev, over) || is_w(prev, for_) || is_w(prev, during) || is_w(prev, every) || is_w(prev, each) ||
               is_w(prev, the))
             return std::nullopt;
         }
         const Item* named = date_named_before(m, 5);
         const Node& num = m.node(0);
         if (!named || num.den != 1 || num.num < 1 || num.num > 600) return std::nullopt;
         const bool is_months = m.node(2).wid == month || m.node(2).wid == months;
         const auto when = months_after_named(named->when, static_cast<int>(is_months ? num.num : 12 * num.num), *m.context);
         if (!when) return std::nullopt;
         Item it = make(IT::when);
         it.when = *when;
         return it;
       }},
  };
}

// Anniversaries and offsets of a named date: each beside a name never given, or given only after its use.
std::vector<Example> counted_from_named_date_examples() {
  return {
      // The ordinals are read as the anchors read theirs (ordinal_years): "first through third" counts each year of the
      // range; a list that does not rise is refused.
      {"25% of the RSUs vest on the first anniversary of the grant date (the \"Initial Vesting Date\") and the remaining "
       "75% vest in three equal installments on each of the first through third anniversaries of the Initial Vesting "
       "Date.",
       "2025-02-18", "4000", "time_based", "2026-02-18=1000 2027-02-18=1000 2028-02-18=1000 2029-02-18=1000", "", false},
      {"25% of the RSUs vest on the first anniversary of the grant date (the \"Initial Vesting Date\") and the remaining "
       "75% vest in three equal installments on each of the first, third and second anniversaries of the Initial "
       "Vesting Date.",
       "2025-02-18", "4000", "unrecognized", "", "not understood", false},
      // A name given two different dates is ambiguous wherever it is used (read_stated_dates.cpp), not the nearest one's
      // (which read this as 2026, 2027 and 2028).
      {"One-third of the RSUs vest on the first anniversary of the grant date (the \"Cliff Date\"), one-third on the "
       "second anniversary of the grant date (the \"Cliff Date\") and one-third on the first anniversary of the Cliff "
       "Date.",
       "2025-02-18", "3", "unrecognized", "", "two different dates", false},
      // Counting on from a named date that is itself an offset is counting from its anchor only when it kept the
      // anchor's day: after days, or moved to a shorter month's end, it is refused (the review of 2026-12-07 found
      // "1 month after the Cliff Date" = March 3 for a January 31 cliff).
      {"50% of the RSUs vest 30 days after the grant date (the \"Cliff Date\") and 50% vest 1 month after the Cliff Date.",
       "2025-01-01", "10", "unrecognized", "", "not understood", false},
      {"One-half of the RSUs vest on the date that is six months after the grant date (the \"First Vesting Date\") and "
       "the other half vest six months after the First Vesting Date.",
       "2025-08-31", "10", "unrecognized", "", "not understood", false},
      {"The RSUs were granted on August 31, 2025. One-half of the RSUs vest on the date that is six months after the "
       "grant date (the \"First Vesting Date\") and the other half vest six months after the First Vesting Date.",
       "2025-09-02", "10", "unrecognized", "", "checked against 2025-09-02 only", false},
      {"25% of the RSUs vest on the first anniversary of the grant date (the \"Initial Vesting Date\") and the remaining "
       "75% vest in three equal installments on each of the first three anniversaries of the Initial Vesting Date.",
       "2025-02-18", "4000", "time_based", "2026-02-18=1000 2027-02-18=1000 2028-02-18=1000 2029-02-18=1000", "", false},
      {"One-half of the RSUs vest on the first anniversary of the grant date (the \"Cliff Date\") and the other half on "
       "the second anniversary of the Cliff Date.",
       "2025-02-18", "10", "time_based", "2026-02-18=5 2028-02-18=5", "", false},
      {"One-half of the RSUs vest on the date that is six months after the grant date (the \"First Vesting Date\") and "
       "the other half vest six months after the First Vesting Date.",
       "2025-01-31", "10", "time_based", "2025-07-31=5 2026-01-31=5", "", false},
      {"25% of the RSUs vest on the first anniversary of the grant date (the \"Cliff Vesting Date\"); thereafter, 25% vest "
       "on each six-month anniversary of the Cliff Vesting Date until fully vested.",
       "2025-04-15", "4", "time_based", "2026-04-15=1 2026-10-15=1 2027-04-15=1 2027-10-15=1", "", false},
      {"One-third of the RSUs vest on the second anniversary of the vesting commencement date of May 1, 2025 (the \"First "
       "Vesting Date\") and the balance vests in two equal installments on each of the first two anniversaries of the "
       "First Vesting Date.",
       "2025-05-20", "3000", "time_based", "2027-05-01=1000 2028-05-01=1000 2029-05-01=1000", "", false},
      {"One-third of the RSUs vest on May 1, 2027 (the \"First Vesting Date\") and the balance vests in two equal "
       "installments on each of the first two anniversaries of the First Vesting Date.",
       "2025-05-20", "3000", "unrecognized", "", "not understood", false},
      {"25% of the RSUs vest on the first anniversary of the grant date and the remaining 75% vest in three equal "
       "installments on each of the first three anniversaries of the Initial Vesting Date.",
       "2025-02-18", "4000", "unrecognized", "", "not understood", false},
      {"25% of the RSUs vest on each of the first three anniversaries of the Cliff Date and the remaining 25% on the "
       "fourth anniversary of the grant date (the \"Cliff Date\").",
       "2025-02-18", "4000", "unrecognized", "", "not understood", false},
      // Two relative dates in apposition are not one restated (before gen31: silently the second).
      {"The option vests as to 50% on the first anniversary of the Reporting Person's date of hire, March 3, 2025 (the "
       "second anniversary of the Start Date), and the remaining 50% on March 3, 2027.",
       "2025-04-01", "10", "unrecognized", "", "remainder", false},
  };
}

// A date told twice (cross-checked) and dates given names ('the first anniversary of the grant date (the "Cliff
// Date")'), each beside what must be refused.
std::vector<Example> restated_date_examples() {
  return {
      // A quoted name for a date just stated, used later; a name used but never given is refused.
      {"25% of the option vests on the first anniversary of the grant date (the \"Cliff Date\"), and the remaining 75% "
       "vests in 36 equal monthly installments following the Cliff Date.",
       "2025-07-10", "48", "time_based",
       "2026-07-10=12 2026-08-10=1 2026-09-10=1 2026-10-10=1 2026-11-10=1 2026-12-10=1 2027-01-10=1 2027-02-10=1 "
       "2027-03-10=1 2027-04-10=1 2027-05-10=1 2027-06-10=1 2027-07-10=1 2027-08-10=1 2027-09-10=1 2027-10-10=1 "
       "2027-11-10=1 2027-12-10=1 2028-01-10=1 2028-02-10=1 2028-03-10=1 2028-04-10=1 2028-05-10=1 2028-06-10=1 "
       "2028-07-10=1 2028-08-10=1 2028-09-10=1 2028-10-10=1 2028-11-10=1 2028-12-10=1 2029-01-10=1 2029-02-10=1 "
       "2029-03-10=1 2029-04-10=1 2029-05-10=1 2029-06-10=1 2029-07-10=1",
       "", false},
      // (An offset of a name, read since gen31: counted_from_named_date_rules.)
      {"One-half of the RSUs vest on the date that is eighteen months after the grant date (the \"Initial Vesting "
       "Date\"), and the other half vest in two equal semi-annual installments beginning six months after the Initial "
       "Vesting Date.",
       "2025-01-31", "4", "time_based", "2026-07-31=2 2027-01-31=1 2027-07-31=1", "", false},
      // (A stated date's name is not this rule's: the anchors read the names they give anchors; this one stays refused.)
      {"The RSUs vest as to one-third on March 1, 2026 (the \"First Vesting Date\") and the balance in eight equal "
       "quarterly installments following the First Vesting Date.",
       "2025-03-01", "12", "unrecognized", "", "not accounted for", false},
      {"The shares vest as to 50% on the date that is eighteen months after the grant date (the \"Initial Vesting "
       "Date\"), with the remaining 50% vesting in six equal quarterly installments following the Initial Vesting Date.",
       "2025-01-31", "12", "time_based", "2026-07-31=6 2026-10-31=1 2027-01-31=1 2027-04-30=1 2027-07-31=1 2027-10-31=1 "
       "2028-01-31=1", "", false},
      {"25% of the RSUs vest on the first anniversary of the grant date (the \"Cliff Date\") and the remainder vest in 36 "
       "equal monthly installments following the Initial Vesting Date.",
       "2025-07-10", "48", "unrecognized", "", "not accounted for", false},
      {"25% of the RSUs vest on the first anniversary of the grant date and the remainder vest in 36 equal monthly "
       "installments following the Cliff Date.",
       "2025-07-10", "48", "unrecognized", "", "not accounted for", false},
      // "on <date>, the first anniversary of <anchor>, and the balance ...": one date stated twice, before a clause that
      // is not a list ("..., and on <date>" would be); with the anchor not stated the date stands alone.
      {"The option vests as to 25% of the shares on May 4, 2026, the first anniversary of the vesting commencement date, "
       "and the balance in 3 equal annual installments thereafter.",
       "2025-06-01", "4", "time_based", "2026-05-04=1 2027-05-04=1 2028-05-04=1 2029-05-04=1", "", false},
      {"The option vests as to 25% of the shares on May 4, 2026, the first anniversary of the grant date, and the balance "
       "in 3 equal annual installments thereafter.",
       "2025-06-01", "4", "unrecognized", "", "cross_check_failed", false},
      {"The restricted stock unit award vests three years from the grant date on September 7, 2019.", "2016-09-07", "10",
       "time_based", "2019-09-07=10", "", false},
      {"The option vests one year from the date of grant, on November 1, 2027.", "2026-11-01", "5", "time_based",
       "2027-11-01=5", "", false},
      {"25% of the option vested on March 18, 2024 (the first anniversary of the grant date) and the remainder vests in 36 "
       "equal monthly installments thereafter.",
       "2023-03-18", "48", "time_based",
       "2024-03-18=12 2024-04-18=1 2024-05-18=1 2024-06-18=1 2024-07-18=1 2024-08-18=1 2024-09-18=1 2024-10-18=1 "
       "2024-11-18=1 2024-12-18=1 2025-01-18=1 2025-02-18=1 2025-03-18=1 2025-04-18=1 2025-05-18=1 2025-06-18=1 "
       "2025-07-18=1 2025-08-18=1 2025-09-18=1 2025-10-18=1 2025-11-18=1 2025-12-18=1 2026-01-18=1 2026-02-18=1 "
       "2026-03-18=1 2026-04-18=1 2026-05-18=1 2026-06-18=1 2026-07-18=1 2026-08-18=1 2026-09-18=1 2026-10-18=1 "
       "2026-11-18=1 2026-12-18=1 2027-01-18=1 2027-02-18=1 2027-03-18=1",
       "", false},
      {"This restricted stock award vests in its entirety five years from the date of grant, on August 1, 2029.",
       "2024-08-01", "100", "time_based", "2029-08-01=100", "", false},
      // The two statements of the date disagree: refused, naming both.
      {"This restricted stock award vests in its entirety five years from the date of grant, on August 1, 2028.",
       "2024-08-01", "100", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in full on the third anniversary of the grant date, March 1, 2027.", "2024-03-05", "10", "unrecognized",
       "", "cross_check_failed", false},
      {"The award vests two years from the grant date on June 1, 2027.", "2024-06-01", "10", "unrecognized", "",
       "cross_check_failed", false},
      {"The restricted stock units vest 3 years from the grant date on February 4, 2018.", "", "912", "time_based",
       "2018-02-04=912", "", false},
      {"All of the restricted shares will vest on June 3, 2028, the fourth anniversary of the grant date.", "2024-06-03", "40",
       "time_based", "2028-06-03=40", "", false},
      {"All of the restricted shares will vest on June 3, 2027, the fourth anniversary of the grant date.", "2024-06-03", "40",
       "unrecognized", "", "cross_check_failed", false},
      // ", and" after the phrase starts a new clause unless a date follows it; the date stands when its anchor is not stated.
      {"The option vests as to 25% of the shares on March 14, 2025, the first anniversary of the vesting commencement date, and "
       "the remaining shares vest in 3 equal monthly installments thereafter.",
       "2024-03-20", "8", "time_based", "2025-03-14=2 2025-04-14=2 2025-05-14=2 2025-06-14=2", "", false},
      {"The option vests as to 25% of the shares on March 14, 2025, the first anniversary of the grant date, and the remaining "
       "shares vest in 3 equal monthly installments thereafter.",
       "2024-03-20", "8", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest on March 14, 2025, the first anniversary of the grant date, and on March 14, 2026.", "2024-03-14", "8",
       "unrecognized", "", "not understood", false},
      // ", or <date>": the same date told again; a different one (an alternative) is refused, as is one beside a condition.
      {"The RSUs vest in full on the second anniversary of the grant date, or June 2, 2027, subject to continued service.",
       "2025-06-02", "10", "time_based", "2027-06-02=10", "", false},
      {"The RSUs vest in full on the second anniversary of the grant date, or June 30, 2027, subject to continued service.",
       "2025-06-02", "10", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in full on the second anniversary of the grant date, or June 2, 2027.", "", "10", "time_based", "",
       "needs grant_date", false},
      {"The RSUs vest in full on the second anniversary of the grant date, or June 2, 2027 if the Reporting Person retires "
       "before then.", "2025-06-02", "10", "unrecognized", "", "not understood", false},
      // Without the grant date, "the first anniversary of the grant date, March 1, 2024" may date either.
      {"The RSUs vest in full on the first anniversary of the grant date, March 1, 2024.", "", "10", "time_based", "",
       "needs grant_date", false},
      {"The RSUs vest in full on the first anniversary of the grant date, March 1, 2024.", "2023-03-01", "10", "time_based",
       "2024-03-01=10", "", false},
  };
}

}  // namespace

// "No shares vest until X, when 25% vest": the cliff's date said as nothing vesting before it.
std::vector<Example> nothing_vests_until_examples() {
  return {
      {"The option is subject to a one-year cliff: no shares vest until the first anniversary of June 1, 2021, the "
       "vesting commencement date, when 25% of the shares vest; thereafter 1/48th of the shares vest monthly until the "
       "option is fully vested.",
       "2021-06-20", "48", "time_based",
       "2022-06-01=12 2022-07-01=1 2022-08-01=1 2022-09-01=1 2022-10-01=1 2022-11-01=1 2022-12-01=1 2023-01-01=1 "
       "2023-02-01=1 2023-03-01=1 2023-04-01=1 2023-05-01=1 2023-06-01=1 2023-07-01=1 2023-08-01=1 2023-09-01=1 "
       "2023-10-01=1 2023-11-01=1 2023-12-01=1 2024-01-01=1 2024-02-01=1 2024-03-01=1 2024-04-01=1 2024-05-01=1 "
       "2024-06-01=1 2024-07-01=1 2024-08-01=1 2024-09-01=1 2024-10-01=1 2024-11-01=1 2024-12-01=1 2025-01-01=1 "
       "2025-02-01=1 2025-03-01=1 2025-04-01=1 2025-05-01=1 2025-06-01=1", "", false},
      {"No RSUs will vest before the second anniversary of the grant date, at which time one-half of the RSUs vest, and "
       "the other one-half vest on the third anniversary of the grant date.",
       "2024-03-01", "10", "time_based", "2026-03-01=5 2027-03-01=5", "", false},
      // Nothing said to vest on the date, or an event for the date: not read.
      {"No shares vest until the first anniversary of the grant date. The remaining shares vest monthly thereafter.",
       "2024-03-01", "48", "unrecognized", "", "not understood", false},
      {"No shares vest until the Issuer's initial public offering, when 25% of the shares vest.", "2024-03-01", "4",
       "unrecognized", "", "not understood", false},
      // "None of the units will vest before D." as a sentence of its own: a bound on the first date, cross-checked on
      // dates told one by one (gen30, holdout27 H27-053); a later bound, a series, or more words after it are refused.
      {"None of the LTIP Units will vest before January 1, 2022. The LTIP Units vest in three equal annual installments "
       "on January 1, 2022, January 1, 2023 and January 1, 2024.",
       "2019-01-15", "3", "time_based", "2022-01-01=1 2023-01-01=1 2024-01-01=1", "", false},
      {"None of the LTIP Units will vest before January 1, 2023. The LTIP Units vest in three equal annual installments "
       "on January 1, 2022, January 1, 2023 and January 1, 2024.",
       "2019-01-15", "3", "unrecognized", "", "cross_check_failed", false},
      {"None of the LTIP Units will vest before January 1, 2022. The LTIP Units vest in three equal annual installments "
       "beginning on the third anniversary of the grant date.",
       "2019-01-15", "3", "unrecognized", "", "cross_check_failed", false},
      {"None of the LTIP Units will vest before January 1, 2022 unless the Committee decides. The LTIP Units vest in three "
       "equal annual installments on January 1, 2022, January 1, 2023 and January 1, 2024.",
       "2019-01-15", "3", "unrecognized", "", "not understood", false},
  };
}

Family restated_dates_family() {
  Family f;
  f.name = "restated_dates";
  f.item_rules = {
      // Level 4: '<when> (the "Cliff Date")' names the date just stated (a relative one included: "the first
      // anniversary of the grant date (the "Cliff Date")"); a later "the Cliff Date" is that date. A use before the
      // name is given, or of a name never given, finds nothing (refused as words no statement used).
      {"<when> (the \"Cliff Date\")", 4,
       {item(IT::when), p('('), w({"the"}), needing(custom(quoted_date_name), {"date"}), p(')')},
       [](const Match& m) -> std::optional<Item> {
         const Item& dated = m.item_of(0);
         // Only a relative date: a stated date's name is the anchors' ("March 1, 2026 (the "Initial Vesting Date")", read
         // by the names they give anchors, family_event_anchors.cpp). An anniversary of a stated date is relative ("the
         // second anniversary of the vesting commencement date of May 1, 2025 (the "First Vesting Date")").
         const bool stated = dated.when.ref == When::Ref::absolute && !dated.when.months && !dated.when.days;
         if (!dated.bare() || !dated.whens.empty() || dated.when.ref == When::Ref::named_next ||
             dated.when.ref == When::Ref::achievement || stated)
           return std::nullopt;
         Item it = make(IT::when);
         it.when = dated.when;
         it.name = date_name(m, 3);
         if (it.name.empty()) return std::nullopt;
         return it;
       }},
      {"the \"Cliff Date\" (named before)", 4,
       {w({"the"}), needing(custom(quoted_date_name), {"date"})},
       [](const Match& m) -> std::optional<Item> {
         const Item* named = date_named_before(m, 1);
         if (!named) return std::nullopt;
         Item it = make(IT::when);
         it.when = named->when;
         return it;
       }},
      // Level 4: after anniversaries and offsets (level 3) are items.
      {"<relative when> (<date>) / <date> (<relative when>)", 4,
       {item(IT::when), p('('), opt(w({"the", "being"})), item(IT::when), p(')')},
       [](const Match& m) {
         auto r = restated(m.item_of(0), m.item_of(3));
         return r ? r : restated(m.item_of(3), m.item_of(0));
       }},
      {"<relative when> on <date>", 4, {item(IT::when), opt(p(',')), w({"on"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (!ends_phrase(m)) return std::nullopt;
         return restated(m.item_of(0), m.item_of(3));
       }},
      {"<relative when>, <date>", 4, {item(IT::when), p(','), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (!ends_phrase(m)) return std::nullopt;
         return restated(m.item_of(0), m.item_of(2), Tag::restated_ambiguous);
       }},
      // "on the third anniversary of the grant date, or December 12, 2027": the same date told again after ", or"
      // (an alternative that is the same date is that date; one that differs is refused by the cross-check, and
      // without the grant date it may date either: "ambiguous").
      {"<relative when>, or <date>", 4, {item(IT::when), p(','), w({"or"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (!ends_phrase(m)) return std::nullopt;
         return restated(m.item_of(0), m.item_of(3), Tag::restated_ambiguous);
       }},
      // "on January 15, 2027, the third anniversary of the grant date": the date first (from "on", before the anchors'
      // date lists take "on <date>, <date>" as two dates).
      {"on <date>, <relative when>", 4, {opt(w({"on"})), item(IT::when), p(','), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (!ends_phrase(m)) return std::nullopt;
         return restated(m.item_of(3), m.item_of(1));
       }},
      // Level 5: "no shares vest until the first anniversary of X, when 25% of the shares vest": the cliff told as
      // nothing vesting before a date, then what vests on it ("when", "at which time", "on which date"): that date,
      // for the portion after it. Without the clause after it, "no shares vest until X" is not read.
      {"no shares vest until <when>, when", 5,
       {w({"no"}), w({"shares", "units", "rsus", "options", "portion"}), opt(w({"will", "shall"})), item(IT::vest_verb),
        w({"until", "before"}), item(IT::when), opt(p(',')),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t when = intern("when"), at = intern("at"), on = intern("on"), which = intern("which"),
                                     time = intern("time"), date = intern("date");
          if (i < n.size() && is_w(n[i], when)) return ++i, true;
          if (i + 1 < n.size() && (is_w(n[i], at) || is_w(n[i], on)) && is_w(n[i + 1], which)) {
            i += 2;
            if (i < n.size() && (is_w(n[i], time) || is_w(n[i], date))) ++i;
            return true;
          }
          return false;
        })},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(5).when;
         if (x.ref == When::Ref::named_next || x.ref == When::Ref::achievement) return std::nullopt;
         Item it = make(IT::when);
         it.when = x;
         return it;
       }},
      // Level 5: "None of the LTIP Units will vest before January 1, 2022." as a sentence of its own: a bound on the
      // schedule's first date (read_statements.cpp takes the sentence as a claim that cross_check.cpp checks). Only when
      // the sentence ends there; with ", when ..." it is the rule above's.
      {"none of the units will vest before <when>.", 5,
       {w({"none", "no"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          for (std::size_t j = i; j < n.size() && j < i + 7; ++j) {  // ("of the LTIP Units will", "portion of the award")
            if (n[j].kind == NK::item && n[j].itype == IT::vest_verb) return i = j + 1, true;
            if (n[j].kind != NK::word) return false;
          }
          return false;
        }),
        w({"before", "prior"}), opt(w({"to"})), item(IT::when),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {  // (a look-ahead: the sentence ends)
          return i == n.size() || (n[i].kind == NK::punct && n[i].punct == '.');
        })},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(4).when;
         if (x.ref == When::Ref::named_next || x.ref == When::Ref::achievement) return std::nullopt;
         Item it = make(IT::start);
         it.when = x;
         it.tag = Tag::not_before_claim;
         return it;
       }},
  };
  for (auto& r : counted_from_named_date_rules()) f.item_rules.push_back(std::move(r));
  f.examples = restated_date_examples();
  for (auto& e : nothing_vests_until_examples()) f.examples.push_back(std::move(e));
  for (auto& e : counted_from_named_date_examples()) f.examples.push_back(std::move(e));
  return f;
}

}  // namespace vest::rules
