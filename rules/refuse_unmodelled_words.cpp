// refuse_unmodelled_words: reads each clause's words (those no item rule consumed); guarantees
// that a clause which says something the rules do not model ("or on <date>", "unless", "except",
// a date with no year, "each third Vesting Date", an anniversary no rule read) is an error and
// the footnote unrecognized, instead of a schedule that silently drops it.
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include <algorithm>

namespace vest::rules {

namespace {

// Words that, inside a schedule clause, mean something the rules do not model, as a table by
// word id (looked up for every word of a schedule clause). Interned on first use, like the rules'
// words (never at static initialisation, before the registry's word table exists).
const std::vector<std::uint8_t>& danger_words() {
  static const std::vector<std::uint8_t> table = [] {
    const std::vector<std::uint16_t> danger = {intern("or"), intern("unless"), intern("except"), intern("if"),
                                               intern("whichever"), intern("discretion"), intern("determined"),
                                               intern("before"), intern("prior"), intern("later"), intern("earlier"),
                                               // left over when no anchor rule read the anniversary
                                               intern("anniversary"), intern("anniversaries"),
                                               // amounts paired with dates no rule consumed ("1,200, 1,200 and 1,600, respectively")
                                               intern("respectively"),
                                               // an anchor given by an event is not a date ("commencing upon the closing of the IPO")
                                               intern("closing"), intern("consummation"), intern("offering"),
                                               // a start no rule read ("commencing in January 2024")
                                               intern("commencing"), intern("beginning"), intern("starting")};
    // (2: a word the loop below looks at for other reasons; every other word it passes over at once.)
    const std::vector<std::uint16_t> watched = {intern("each"), intern("every"), intern("in")};
    return helpers::word_id_table({{watched, 2}, {danger, 1}});
  }();
  return table;
}

// "in recognition of" / "in consideration of" at i, in a clause that only vests the grant at once.
bool gives_a_reason(const PassState& a, const Clause& cl, const std::vector<Node>& nodes, std::size_t i, std::size_t until) {
  static const std::uint16_t in = intern("in"), recognition = intern("recognition"), consideration = intern("consideration"),
                             of = intern("of");
  if (!helpers::is_w(nodes[i], in) || i + 2 >= until || !helpers::is_w(nodes[i + 2], of) ||
      !(helpers::is_w(nodes[i + 1], recognition) || helpers::is_w(nodes[i + 1], consideration)))
    return false;
  constexpr std::uint64_t kTiming = bit(IT::when) | bit(IT::when_list) | bit(IT::cadence) | bit(IT::count) |
                                    bit(IT::start) | bit(IT::through) | bit(IT::until_full) | bit(IT::over) | bit(IT::thereafter) |
                                    bit(IT::day_policy) |
                                    bit(IT::performance);
  // ("when granted", "on the date of grant": the grant date itself is the at-once vesting's date.)
  auto grant_date_itself = [](const Item& it) {
    return it.type == IT::when && it.when.ref == When::Ref::grant && !it.when.months && !it.when.days && !it.when.fixed_day;
  };
  bool at_once = false;
  for (std::size_t idx : cl.items) {
    const Item& it = a.pool[idx];
    if ((bit(it.type) & kTiming) && !grant_date_itself(it)) return false;
    at_once |= it.type == IT::immediate;
  }
  return at_once;
}

// "... and will be settled in common units or cash, at the discretion of the general partner, upon vesting": a
// discretion after a settlement word, with no vest verb between, is over how vested units are paid, not when they vest.
bool settlement_discretion(const std::vector<Node>& nodes, std::size_t b, std::size_t i) {
  static const std::uint16_t discretion = intern("discretion");
  static const std::uint16_t settles[] = {intern("settled"), intern("paid"), intern("payable"), intern("delivered")};
  if (!helpers::is_w(nodes[i], discretion)) return false;
  for (std::size_t j = i; j-- > b;) {
    if (nodes[j].kind == NK::item && nodes[j].itype == IT::vest_verb) return false;
    if (nodes[j].kind == NK::word && std::find(std::begin(settles), std::end(settles), nodes[j].wid) != std::end(settles))
      return true;
  }
  return false;
}

}  // namespace

void refuse_unmodelled_words(PassState& a, const Sentence& s, const std::vector<Clause>& clauses, StatementSet& read) {
  const std::vector<Node>& nodes = a.nodes;
  const std::vector<std::uint8_t>& is_danger = danger_words();
  static const std::uint16_t w_on = intern("on"), w_upon = intern("upon"), w_at = intern("at");
  static const std::uint16_t w_or = intern("or"), w_each = intern("each"), w_every = intern("every");
  for (std::size_t ci = 0; ci < clauses.size(); ++ci) {
    const Clause& cl = clauses[ci];
    if (cl.has(IT::performance)) continue;  // a contingent portion has no dates to get wrong
    // The clause's words run to the next clause (or the sentence's end).
    // The first clause's words start with the sentence ("vest on the anniversary of <when>").
    const std::size_t until = ci + 1 < clauses.size() ? clauses[ci + 1].nb : s.e;
    for (std::size_t i = ci == 0 ? s.b : cl.nb; i < until; ++i) {
      const Node& n = nodes[i];
      if (n.kind == NK::month_day) {  // a date no rule placed in a year ("on November 30 and February 28, 2025")
        read.unrecognized = true;
        a.error("unrecognized", "\"" + a.quote(n.b, n.e) + "\" in \"" + a.quote(cl.b, cl.e) + "\" is not understood (a date without a year)",
                cl.b, cl.e);
        break;
      }
      if (n.kind != NK::word || n.wid == 0) continue;
      if (n.wid >= is_danger.size() || is_danger[n.wid] == 0) continue;  // (a word none of the checks below is about)
      // (words a surrounding set aside, "settled on the earlier of D or ...", are not the clause's)
      if (std::binary_search(read.used_nodes.begin(), read.used_nodes.end(), static_cast<std::uint32_t>(i))) continue;
      // "on each third Vesting Date": every n-th of a series, which no rule reads.
      if ((n.wid == w_each || n.wid == w_every) && i + 1 < until && nodes[i + 1].kind == NK::ordinal) {
        read.unrecognized = true;
        a.error("unrecognized", "\"" + a.quote(n.b, nodes[i + 1].e) + "\" in \"" + a.quote(cl.b, cl.e) +
                                    "\" (every n-th date of a series) is not understood",
                cl.b, cl.e);
        break;
      }
      // "on each three-month anniversary of <when>" read as one date: a recurrence no rule consumed.
      if (n.wid == w_each && i + 1 < until && nodes[i + 1].kind == NK::item && nodes[i + 1].itype == IT::when &&
          !cl.has(IT::cadence) && !cl.has(IT::count)) {
        read.unrecognized = true;
        a.error("unrecognized", "\"each\" before \"" + a.quote(nodes[i + 1].b, nodes[i + 1].e) +
                                    "\" is a recurrence the rules did not read", cl.b, cl.e);
        break;
      }
      // "fully vested ... in recognition of the Reporting Person's prior service": the reason for a grant vested at
      // once, up to ',' / ';' (its words time nothing; a clause with any other timing keeps them).
      if (gives_a_reason(a, cl, nodes, i, until)) {
        while (i + 1 < until && !(nodes[i + 1].kind == NK::punct && (nodes[i + 1].punct == ',' || nodes[i + 1].punct == ';')))
          ++i;
        continue;
      }
      if (n.wid == w_or) {
        // "on or following the vesting dates" is settlement wording; "or on <date>" is an alternative.
        const Node* nx = i + 1 < s.e ? &nodes[i + 1] : nullptr;
        if (!nx || !((nx->kind == NK::item && (nx->itype == IT::when || nx->itype == IT::when_list)) ||
                     (nx->kind == NK::word && (nx->wid == w_on || nx->wid == w_upon || nx->wid == w_at))))
          continue;
      }
      if (is_danger[n.wid] == 1 && settlement_discretion(nodes, ci == 0 ? s.b : cl.nb, i)) continue;
      if (is_danger[n.wid] == 1) {
        read.unrecognized = true;
        a.error("unrecognized", "\"" + a.quote(n.b, n.e) + "\" in \"" + a.quote(cl.b, cl.e) +
                                    "\" is not understood (an alternative or exception the rules do not model)",
                cl.b, cl.e);
        break;
      }
    }
  }
}

}  // namespace vest::rules
