// Small helpers shared by the rule families: custom pattern elements and item constructors.
#pragma once

#include "rules/grammar.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace vest::rules::helpers {

// Appends one part of a family (its rules or examples) to the family: family_*.cpp join their parts
// in the order the rules are tried.
template <class T>
void append(std::vector<T>& to, std::vector<T> part) {
  to.insert(to.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
}

// A family from its parts (family_*.cpp): the rule parts joined in the order given, which is the
// order the rules are tried (at a position the first rule that matches wins); the examples likewise.
inline Family join_parts(std::string name, std::initializer_list<std::vector<ItemRule> (*)()> rule_parts,
                         std::initializer_list<std::vector<Example> (*)()> example_parts) {
  Family f;
  f.name = std::move(name);
  for (const auto part : rule_parts) append(f.item_rules, part());
  for (const auto part : example_parts) append(f.examples, part());
  return f;
}

// Days listed as month-days ("April 15 and October 15", "March 31, June 30, September 30 and December 31", or the
// days a definition names): the calendar day rule they are, their months and the day they share (the 1st, a fixed
// day, or each month's last when every day ends its month; nothing when the days differ otherwise), and how many
// were listed. One reader for the lists a rule matches and the named days a series is checked against.
struct ListedDays {
  CalendarDays days;
  int count = 0;
};
class MonthDayList {
 public:
  void add(unsigned month, unsigned day) {
    if (!count_) first_day_ = day;
    const unsigned last_day = unsigned((date::year{2001} / date::month{month} / date::last).day());
    same_day_ &= day == first_day_;
    month_ends_ &= day >= last_day;
    months_ |= static_cast<std::uint16_t>(1u << (month - 1));
    ++count_;
  }
  std::optional<ListedDays> days() const {
    if (!count_ || (!same_day_ && !month_ends_)) return std::nullopt;
    ListedDays out;
    out.days.months = months_;
    out.count = count_;
    const bool feb_only = months_ == (1u << 1);
    out.days.day = first_day_ == 1                             ? DayOfMonthPolicy::first_day_of_month()
                   : month_ends_ && (!same_day_ || !feb_only) ? DayOfMonthPolicy::last_day_of_month()
                                                              : DayOfMonthPolicy::fixed_day(first_day_);
    return out;
  }

 private:
  std::uint16_t months_ = 0;
  unsigned first_day_ = 0;
  int count_ = 0;
  bool same_day_ = true, month_ends_ = true;
};

// Named days ('"Quarterly Vesting Dates" are February 15, May 15, August 15 and November 15', sorted or not) that fall
// every `period`: a calendar day rule (one day, or all month ends: February 28 or 29 ends February) with as many days
// a year as were named, evenly spaced `period` apart. What a cadence-named definition must say (read_definitions) and
// what a series beginning on a named day is checked against (assemble_installments).
inline bool named_days_every(const std::vector<std::pair<unsigned, unsigned>>& days, Period period) {
  MonthDayList list;
  for (const auto& [month, day] : days) list.add(month, day);
  const auto listed = list.days();
  return listed && listed->count == listed->days.per_year() && period.in_months() &&
         listed->days.period_months() == period.in_months();
}

inline bool is_w(const Node& n, std::uint16_t id) { return n.kind == NK::word && n.wid == id && id != 0; }

// The first of nodes [b, e) that is one of the words `ids` (interned ids), or e when none is: "does the sentence
// name any of these words", and where. (Not the pattern element `any_word()`, which matches one word of any kind.)
inline std::size_t find_word(const std::vector<Node>& n, std::size_t b, std::size_t e, std::span<const std::uint16_t> ids) {
  for (std::size_t i = b; i < e; ++i)
    if (n[i].kind == NK::word && n[i].wid != 0 && std::find(ids.begin(), ids.end(), n[i].wid) != ids.end()) return i;
  return e;
}
inline bool any_word_in(const std::vector<Node>& n, std::size_t b, std::size_t e, std::span<const std::uint16_t> ids) {
  return find_word(n, b, e, ids) != e;
}

// A table by word id (looked up for every word of a text): classes[k].second for each id in classes[k].first, 0
// for any other id. Built on first use, after the registry has interned every word.
inline std::vector<std::uint8_t> word_id_table(
    std::initializer_list<std::pair<std::span<const std::uint16_t>, std::uint8_t>> classes) {
  std::uint16_t top = 0;
  for (const auto& [ids, value] : classes)
    for (auto id : ids) top = std::max(top, id);
  std::vector<std::uint8_t> t(top + 1u, 0);
  for (const auto& [ids, value] : classes)
    for (auto id : ids) t[id] = value;
  return t;
}

// "one-year", "12 months", "six-month": a count (never a year like 2025) at node i, an optional hyphen, then a year or
// month unit, all before e. A length of time, as provisos and cliffs state it.
inline bool duration_at(const std::vector<Node>& n, std::size_t i, std::size_t e) {
  static const std::uint16_t units[] = {intern("year"), intern("years"), intern("month"), intern("months")};
  if (i >= e || n[i].kind != NK::number || is_year(n[i])) return false;
  std::size_t j = i + 1;
  if (j + 1 < e && n[j].kind == NK::punct && n[j].punct == '-') ++j;
  return j < e && find_word(n, j, j + 1, units) == j;
}

// After an appositive ("<anchor>, <date>" or "<date>, <anchor>") ending before node j: whether a list goes on
// ("the grant date, March 1, 2025 and June 1, 2026", "..., June 1, 2026", "..., and June 1, 2026"), so that the
// phrase is not a definition. ", and thereafter ...", ", and the remaining ...", ", and will be settled ..."
// end the phrase.
inline bool list_goes_on(const std::vector<Node>& n, std::size_t j) {
  static const std::uint16_t and_ = intern("and");
  // (", subject to continued service" after the date: a condition, never a member of a list)
  auto dated = [](const Node& x) {
    return (x.kind == NK::item && x.itype != IT::condition) || x.kind == NK::date || x.kind == NK::number;
  };
  if (j < n.size() && (is_w(n[j], and_) || dated(n[j]))) return true;
  if (!(j + 1 < n.size() && n[j].kind == NK::punct && n[j].punct == ',')) return false;
  return dated(n[j + 1]) || (is_w(n[j + 1], and_) && j + 2 < n.size() && dated(n[j + 2]));
}

inline Item make(IT t) {
  Item it;
  it.type = t;
  return it;
}

// A whole positive number that is not a year ("1,250", not "2025"): what a share count can be.
inline bool is_share_count(const Node& n) { return n.den == 1 && n.num > 0 && !is_year(n); }

// "1,250 shares": a portion stated as a number of shares.
inline Item shares_portion(const Node& n) {
  Item it = make(IT::portion);
  it.pkind = Item::PortionKind::shares;
  it.shares = Amount(n.num, n.den);
  return it;
}

// "over three years from the grant date": a span of x's months measured from x's anchor.
inline Item over_from_anchor(const When& x) {
  Item it = make(IT::over);
  it.period = x.months % 12 == 0 ? Period::years(x.months / 12) : Period::months(x.months);
  it.has_period = true;
  it.when = x;
  it.when.months = 0;
  it.tag = Tag::from_anchor;
  return it;
}

// "monthly", "quarterly", "annual(ly)", "yearly", "semi-annual(ly)", "semiannually": the period it names.
inline bool cadence_adj(const std::vector<Node>& n, std::size_t& i, Period& out) {
  static const std::uint16_t monthly = intern("monthly"), quarterly = intern("quarterly"), annual = intern("annual"),
                             annually = intern("annually"), yearly = intern("yearly"), semi = intern("semi"),
                             semiannual = intern("semiannual"), semiannually = intern("semiannually");
  if (i >= n.size() || n[i].kind != NK::word) return false;
  const auto id = n[i].wid;
  if (id == 0) return false;
  if (id == monthly) { out = Period::months(1); ++i; return true; }
  if (id == quarterly) { out = Period::months(3); ++i; return true; }
  if (id == annual || id == annually || id == yearly) { out = Period::years(1); ++i; return true; }
  if (id == semiannual || id == semiannually) { out = Period::months(6); ++i; return true; }
  if (id == semi) {
    std::size_t j = i + 1;
    if (j < n.size() && n[j].kind == NK::punct && n[j].punct == '-') ++j;
    if (j < n.size() && (is_w(n[j], annual) || is_w(n[j], annually))) { out = Period::months(6); i = j + 1; return true; }
  }
  return false;
}

// The rest of a clause: up to ',', ';', ':' or '.' outside parentheses (or `stops`).
inline bool rest_of_clause(const std::vector<Node>& n, std::size_t& i, bool stop_at_comma) {
  // Capped so that adversarial input cannot make the scan quadratic.
  const std::size_t start = i, cap = std::min(n.size(), i + 300);
  int depth = 0;
  while (i < cap) {
    const Node& x = n[i];
    if (x.kind == NK::punct) {
      if (x.punct == '(') ++depth;
      else if (x.punct == ')') {
        if (depth == 0) break;
        --depth;
      } else if (depth == 0 && (x.punct == ';' || x.punct == '.' || (stop_at_comma && (x.punct == ',' || x.punct == ':'))))
        break;
    }
    ++i;
  }
  return i > start;
}

// Up to the closing parenthesis (inclusive).
inline bool to_close_paren(const std::vector<Node>& n, std::size_t& i) {
  int depth = 0;
  const std::size_t cap = std::min(n.size(), i + 300);
  while (i < cap) {
    if (n[i].kind == NK::punct && n[i].punct == '(') ++depth;
    if (n[i].kind == NK::punct && n[i].punct == ')') {
      if (depth == 0) { ++i; return true; }
      --depth;
    }
    ++i;
  }
  return false;
}

// "first" is tokenised as the ordinal 1; "next" is a word.
inline Elem first_or_next() {
  Elem e = custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t next = intern("next");
    if (i < n.size() && ((n[i].kind == NK::ordinal && n[i].num == 1) || is_w(n[i], next))) { ++i; return true; }
    return false;
  });
  e.hint_ids = {intern("next")};
  e.hint_kinds = {NK::ordinal};
  return e;
}

// The anchor after "anniversary of", "months after", "anniversaries of": a `when` item, or
// "(the) grant" alone ("the first anniversary of grant", "one year after grant"). Bare "grant" is
// the grant date only here: "25% of the grant" is an amount. Bare "certification" is the certification's date
// when the footnote tells it (read_certification_date: "the first anniversary of certification"). (A pattern
// element, so that no rule needs to look behind its match.)
inline Elem anchor() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context& ctx) {
    static const std::uint16_t the = intern("the"), grant = intern("grant"), date = intern("date"), dates = intern("dates");
    static const std::uint16_t on = intern("on"), certification = intern("certification");
    if (i < n.size() && n[i].kind == NK::item && n[i].itype == IT::when) {
      ++i;
      return true;
    }
    if (i < n.size() && is_w(n[i], certification) && ctx.certified_on) {
      ++i;
      return true;
    }
    std::size_t j = i;
    if (j < n.size() && is_w(n[j], the)) ++j;
    if (!(j < n.size() && is_w(n[j], grant))) return false;
    if (j + 1 < n.size() && (is_w(n[j + 1], date) || is_w(n[j + 1], dates))) return false;
    // "each anniversary date of the grant on March 7, 2016": the grant, dated.
    if (j + 2 < n.size() && is_w(n[j + 1], on) && n[j + 2].kind == NK::item && n[j + 2].itype == IT::when) {
      i = j + 3;
      return true;
    }
    i = j + 1;
    return true;
  });
}

// The When an `anchor()` element matched.
inline When anchor_at(const Match& m, std::size_t j) {
  // The last `when` in the element: "the grant date" itself, or the date after "the grant on".
  const When* last = nullptr;
  for (std::size_t k = m.at[j]; k < m.at[j + 1]; ++k) {
    const Node& x = (*m.nodes)[k];
    if (x.kind == NK::item) last = &(*m.items)[x.payload].when;
  }
  if (last) {
    const When& first = (*m.items)[(*m.nodes)[m.at[j]].payload].when;
    if ((*m.nodes)[m.at[j]].kind == NK::item) return first;  // a when item itself
    return *last;                                            // "the grant on <date>"
  }
  static const std::uint16_t certification = intern("certification");
  if (is_w((*m.nodes)[m.at[j]], certification) && m.context && m.context->certified_on) {
    When w;  // (the certification's date, told elsewhere)
    w.date = *m.context->certified_on;
    return w;
  }
  When w;
  w.ref = When::Ref::grant;
  return w;
}

// "over four years from the vesting commencement date of June 1, 2024, with 25% vesting on the first anniversary",
// "in equal annual installments on each anniversary of the grant date, such that it will be fully vested on the third
// anniversary": the anchor of a series start earlier in the same sentence that counts whole years from it (an annual
// recurrence on it, or a span measured from it). Nothing when a sentence end lies between.
inline std::optional<When> anchor_of_series_before(const Match& m) {
  const auto& n = *m.nodes;
  const auto& pool = *m.items;
  const std::uint32_t here = n[m.begin].b;
  const Item* best = nullptr;
  for (std::size_t k = pool.size(), seen = 0; k-- > 0 && seen < 256; ++seen) {
    const Item& it = pool[k];
    if (it.type == IT::start && it.e <= here && (!best || it.e > best->e)) best = &it;
  }
  if (!best) return std::nullopt;
  for (std::size_t j = m.begin; j-- > 0 && n[j].b >= best->e;)
    if (n[j].kind == NK::punct && (n[j].punct == '.' || n[j].punct == ';')) return std::nullopt;
  const When& w = best->when;
  const bool yearly = best->has_period ? best->period == Period::years(1) : best->first_step == 1;
  const bool plain_anchor = w.ref != When::Ref::named_next && w.ref != When::Ref::achievement &&
                            w.ref != When::Ref::previous && !w.months && !w.days && !w.fixed_day;
  if (!plain_anchor || !yearly) return std::nullopt;
  return w;
}

// "the third anniversary" (its ordinal at element `ordinal` of the match) with nothing after it ("of X", "thereof"):
// that anniversary of the series start before it in the sentence (anchor_of_series_before).
inline std::optional<When> bare_anniversary_of_series(const Match& m, std::size_t ordinal) {
  static const std::uint16_t of = intern("of"), thereof = intern("thereof");
  const auto& n = *m.nodes;
  const Node& o = m.node(ordinal);
  if (o.num < 1 || o.num > 100) return std::nullopt;
  if (m.end < n.size() && (is_w(n[m.end], of) || is_w(n[m.end], thereof))) return std::nullopt;
  auto w = anchor_of_series_before(m);
  if (!w) return std::nullopt;
  w->months = static_cast<int>(12 * o.num);
  return w;
}

// Whose start date or appointment it is: "the Reporting Person's", "the optionee's", "the grantee's" (one list for
// every anchor rule that names the holder; holder_or_pronoun when a pronoun may stand in its place).
// ("the Reporter's start date": the reporting person, as some filers write it.)
inline Elem holder_noun() {
  return w({"reporting", "executive", "employee", "director", "participant", "optionee", "grantee", "awardee", "recipient",
            "officer", "reporter"});
}
inline Elem holder_or_pronoun() {
  return w({"reporting", "executive", "employee", "director", "participant", "optionee", "grantee", "awardee", "recipient",
            "officer", "reporter", "his", "her", "their"});
}

// A few plain words and then one of `stops` (consumed): "the RSUs was", "the Reporting Person was granted".
// Fails at anything but a word before a stop, or after `max` words.
inline Elem words_until(std::initializer_list<std::string_view> stops, std::size_t max) {
  std::vector<std::uint16_t> ids;
  for (auto s : stops) ids.push_back(intern(s));
  return custom([ids, max](const std::vector<Node>& n, std::size_t& i, const Context&) {
    for (std::size_t j = i; j < n.size() && j < i + max; ++j) {
      if (n[j].kind == NK::word && std::find(ids.begin(), ids.end(), n[j].wid) != ids.end() && n[j].wid != 0) {
        i = j + 1;
        return true;
      }
      if (n[j].kind != NK::word) return false;
    }
    return false;
  });
}

// A custom element that can match only where the footnote holds one of `words` (Elem::need_ids).
inline Elem needing(Elem e, std::initializer_list<std::string_view> words) {
  for (auto w : words) e.need_ids.push_back(intern(w));
  return e;
}

inline Elem hinted(Elem e, std::initializer_list<std::string_view> words, std::initializer_list<NK> kinds) {
  for (auto w : words) e.hint_ids.push_back(intern(w));
  e.hint_kinds = kinds;
  return e;
}

inline Fraction value_fraction(const Node& n) {
  if (n.kind == NK::percent) return Fraction::percent(Fraction(n.num, n.den));
  return Fraction(n.num, n.den);
}

}  // namespace vest::rules::helpers
