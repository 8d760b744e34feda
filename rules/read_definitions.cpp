// read_definitions: "Quarterly Date" means each of February 28, May 31, August 31, and November 30.
// Reads the node stream before the item rules run; guarantees ctx.named_dates holds every
// "<Name> Date(s) means/shall mean" with two or more month-days (or "each" and one), sorted (productions consult them);
// also '"<Name> Date" is / are ...' when the name is quoted ('A "Quarterly Vesting Date" is February 15, May 15, ...
// or November 15'): unquoted, "the vesting date is March 1" names no day rule.
#include "rules/definition_verbs.hpp"
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include <algorithm>

namespace vest::rules {

const DefinitionVerbs& definition_verbs() {
  static const DefinitionVerbs v{intern("means"), intern("mean"), intern("are"), intern("is"), intern("meaning")};
  return v;
}

bool is_definition_verb(const std::vector<Node>& t, std::size_t j) {
  static const DefinitionVerbs& v = definition_verbs();
  if (t[j].kind != NK::word) return false;
  const std::uint16_t id = t[j].wid;
  if (id == v.means || id == v.mean) return true;
  if (id != v.are && id != v.is && id != v.meaning) return false;  // (most nodes: before any static below)
  static const std::uint16_t w_date = intern("date"), w_dates = intern("dates"), w_vesting = intern("vesting");
  // ('with "Monthly Vesting Date" meaning the 10th day of each calendar month': only right after a name of dates;
  // "within the meaning of Section 409A" defines nothing.)
  if (id == v.meaning)
    return j >= 1 && t[j - 1].kind == NK::word && (t[j - 1].wid == w_date || t[j - 1].wid == w_dates);
  // ('"Quarterly Vesting Dates" are ...': only a quoted name of dates; "the vesting dates are" is not a definition.
  // The tokenizer skips quotes, so the closing one shows as a gap of more than one space before the verb.)
  if (!(j >= 1 && t[j - 1].kind == NK::word && (t[j - 1].wid == w_date || t[j - 1].wid == w_dates))) return false;
  if (t[j].b >= t[j - 1].e + 2) return true;
  // Unquoted, a cadence's own dates: "the Issuer's quarterly vesting dates are February 15, May 15, ..." (read_definitions
  // then needs days without a year: "the vesting dates are March 1, 2026 and ..." stays a statement).
  // (After the item rules, the cadence word is a cadence item; before them, one of the cadence adjectives
  // helpers::cadence_adj reads, just before "vesting": "semi-annual" ends in "annual".)
  if (j < 3 || t[j - 2].kind != NK::word || t[j - 2].wid != w_vesting) return false;
  if (t[j - 3].kind == NK::item) return t[j - 3].itype == IT::cadence;
  std::size_t i = j - 3;
  Period period;
  return helpers::cadence_adj(t, i, period) && i == j - 2;
}

bool defines_dates(const std::vector<Node>& t, std::size_t b, std::size_t e) {
  for (std::size_t j = b; j < e && j < t.size(); ++j)
    if (is_definition_verb(t, j)) return true;
  return false;
}

namespace {

// '"Quarterly Vesting Date" means each the first day of each calendar quarter': a day rule in words,
// as the month-days it names. Reads, from k: [each] [the] <ordinal>|last day of [the <ordinal> month
// of] each|every [calendar] quarter | <month names>. Empty when the words are anything else.
std::vector<std::pair<unsigned, unsigned>> calendar_words(const std::vector<Node>& t, std::size_t k) {
  static const std::uint16_t each = intern("each"), every = intern("every"), the = intern("the"), last = intern("last"),
                             day = intern("day"), of = intern("of"), month = intern("month"), calendar = intern("calendar"),
                             quarter = intern("quarter"), and_ = intern("and");
  static const std::uint16_t months[12] = {intern("january"), intern("february"), intern("march"),     intern("april"),
                                           intern("may"),     intern("june"),     intern("july"),      intern("august"),
                                           intern("september"), intern("october"), intern("november"), intern("december")};
  auto is = [&](std::size_t i, std::uint16_t id) { return i < t.size() && t[i].kind == NK::word && t[i].wid == id; };
  std::vector<std::pair<unsigned, unsigned>> out;
  while (is(k, each) || is(k, every) || is(k, the)) ++k;
  unsigned d = 0;
  if (k < t.size() && t[k].kind == NK::ordinal && t[k].num >= 1 && t[k].num <= 31) d = static_cast<unsigned>(t[k].num);
  else if (is(k, last)) d = 31;  // (next_named clamps to the month's last day)
  else return out;
  if (!is(k + 1, day) || !is(k + 2, of)) return out;
  k += 3;
  unsigned in_quarter = 0;  // "the second month of each calendar quarter"
  if (is(k, the) && k + 1 < t.size() && t[k + 1].kind == NK::ordinal && is(k + 2, month) && is(k + 3, of)) {
    if (t[k + 1].num < 1 || t[k + 1].num > 3) return out;
    in_quarter = static_cast<unsigned>(t[k + 1].num);
    k += 4;
  }
  if (!(is(k, each) || is(k, every))) return out;
  ++k;
  if (is(k, calendar)) ++k;
  if (is(k, month) && !in_quarter) {  // "the 10th day of each (calendar) month"
    for (unsigned m = 1; m <= 12; ++m) out.emplace_back(m, d);
    return out;
  }
  if (is(k, quarter)) {
    const unsigned first = in_quarter ? in_quarter : d == 31 ? 3u : 1u;
    if (!in_quarter && d != 31 && d != 1) return out;  // "the 15th day of each calendar quarter": which month?
    for (unsigned m = first; m <= 12; m += 3) out.emplace_back(m, d);
    return out;
  }
  if (in_quarter) return out;
  for (; k < t.size(); ++k) {
    if (is(k, and_) || (t[k].kind == NK::punct && t[k].punct == ',')) continue;
    unsigned m = 0;
    for (unsigned j = 0; j < 12; ++j)
      if (is(k, months[j])) m = j + 1;
    if (!m) break;
    out.emplace_back(m, d);
  }
  if (out.size() < 2) out.clear();
  return out;
}

// A name that says its cadence ("Quarterly Vesting Date", "Monthly Date", "Semiannual Vesting Date": the period
// helpers::cadence_adj reads at the name) names days that fall every such period (helpers::named_days_every: as many
// a year, evenly spaced, on one day of the month or on month ends). Otherwise the name defines nothing (its use is then
// refused): "Quarterly Vesting Dates are March 1, June 1 and December 1" is no quarterly day rule.
bool days_fit_the_name(const std::vector<Node>& t, std::size_t name, const std::vector<std::pair<unsigned, unsigned>>& days) {
  Period period;
  std::size_t i = name;
  if (!helpers::cadence_adj(t, i, period)) return true;  // ("Vesting Date", "Anniversary Date": no cadence in the name)
  return helpers::named_days_every(days, period);
}

}  // namespace

void read_definitions(const std::vector<Node>& t, Context& ctx) {
  static const std::uint16_t w_date = intern("date"), w_dates = intern("dates"), w_shall = intern("shall"),
                             w_vesting = intern("vesting"), w_each = intern("each"), w_every = intern("every");
  // Found by its verb: "means" is rare, so most footnotes cost one pass of integer compares
  // (here, not a call per node: most footnotes that get here have "is" or "are" only as plain verbs).
  const DefinitionVerbs& v = definition_verbs();
  for (std::size_t j = 2; j + 1 < t.size(); ++j) {  // (j >= 2: a name and "date" before the verb)
    const std::uint16_t id = t[j].kind == NK::word ? t[j].wid : 0;
    if ((id != v.means && id != v.mean && id != v.are && id != v.is && id != v.meaning) || id == 0 ||
        !is_definition_verb(t, j))
      continue;
    std::size_t d = j - 1;  // "<Name> Date means", "<Name> Date shall mean", '"<Name> Vesting Date" means'
    if (t[d].kind == NK::word && t[d].wid == w_shall) --d;
    if (d > 0 && t[d].kind == NK::punct && t[d].punct == '"') --d;
    if (d < 1 || t[d].kind != NK::word || (t[d].wid != w_date && t[d].wid != w_dates)) continue;
    std::size_t i = d - 1;
    // "Quarterly Vesting Date": the name is its first word ("each Quarterly Vesting Date" reads it so).
    // (A name word the table does not know (id 0) cannot be keyed: "Company Vesting Date" is not "Vesting Date".)
    bool unknown_name = false;
    if (i > 0 && t[i].kind == NK::word && t[i].wid == w_vesting && t[i - 1].kind == NK::word) {
      if (t[i - 1].wid != 0) --i;
      else unknown_name = true;
    }
    if (t[i].kind != NK::word) continue;
    unknown_name |= t[i].wid == 0;
    // ("Semi-Annual Vesting Date": the word before "vesting" is the tail of a hyphenated name, not the name; the
    // uses "each Semi-Annual Vesting Date" are not read as a name either, so it defines nothing.)
    if (i > 0 && t[i - 1].kind == NK::punct && t[i - 1].punct == '-' && t[i - 1].e == t[i].b) continue;
    std::vector<std::pair<unsigned, unsigned>> days;
    bool each = false, other_dates = false;
    for (std::size_t k = j + 1; k < t.size() && k < j + 40; ++k) {
      if (t[k].kind == NK::month_day) days.emplace_back(t[k].month, t[k].day);
      else if (t[k].kind == NK::date || t[k].kind == NK::number) other_dates = true;
      else if (t[k].kind == NK::word && (t[k].wid == w_each || t[k].wid == w_every)) each = true;
      else if (t[k].kind == NK::punct && t[k].punct == '.') break;
    }
    if (days.empty() && !other_dates) days = calendar_words(t, j + 1);
    // ('"Annual Vesting Date" means each March 1': one day a year, said with "each".)
    if (days.size() >= 2 || (days.size() == 1 && each && !other_dates)) {
      std::sort(days.begin(), days.end());
      if (unknown_name) {
        ctx.unkeyed_named_dates = true;
        continue;
      }
      if (!days_fit_the_name(t, i, days)) continue;
      ctx.named_dates.emplace_back(t[i].wid, std::move(days));
    }
  }
}

}  // namespace vest::rules
