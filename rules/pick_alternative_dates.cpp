// pick_alternative_dates: "on the earlier of the first anniversary of the grant date or May 31, 2026", "the later
// of December 1, 2025 and the six-month anniversary of the start date of May 12, 2025": when BOTH alternatives are
// dates the footnote lets us compute, the phrase is that one date (the earlier or the later). When either is an
// event ("the next annual meeting", "a change in control"), nothing is picked and the clause stays refused.
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

namespace vest::rules {

namespace {

using helpers::is_w;

// "(i)", "(ii)", "(a)", "(1)" before an alternative: skipped.
std::size_t skip_enumerator(const std::vector<Node>& n, std::size_t j) {
  if (j + 2 < n.size() && n[j].kind == NK::punct && n[j].punct == '(' && n[j + 2].kind == NK::punct &&
      n[j + 2].punct == ')' && (n[j + 1].kind == NK::word || n[j + 1].kind == NK::number))
    return j + 3;
  return j;
}

bool is_when(const std::vector<Node>& n, std::size_t j) {
  return j < n.size() && n[j].kind == NK::item && n[j].itype == IT::when;
}

// The date a when names, from what the footnote and the input state only (never reporting a missing anchor:
// an alternative that cannot be dated leaves the phrase as it was).
std::optional<Date> computable(PassState& s, const Item& it) {
  const When& w = it.when;
  const bool anchored = w.ref == When::Ref::absolute || (w.ref == When::Ref::grant && s.grant) ||
                        (w.ref == When::Ref::vcd && s.vcd);
  if (!anchored) return std::nullopt;
  return s.resolve(w, it.b, it.e);
}

// Writes the picked date into the item of node `at` (a when now), spanning from the connective at node `i`.
void write_pick(PassState& s, std::vector<Node>& nodes, std::size_t i, std::size_t at, std::size_t last, Date d,
                bool earlier) {
  Item& picked = s.pool[nodes[at].payload];
  picked.type = IT::when;
  picked.when = When{};
  picked.when.date = d;
  picked.whens.clear();
  picked.tag = Tag::none;
  picked.name.clear();
  picked.assumption.clear();
  picked.b = nodes[i].b;
  picked.e = nodes[last].e;
  s.explain(earlier ? "the earlier of two computable dates" : "the later of two computable dates", picked.b, picked.e);
  Node merged = nodes[at];
  merged.itype = IT::when;
  merged.b = picked.b;
  merged.e = picked.e;
  nodes[i] = merged;
  nodes.erase(nodes.begin() + static_cast<std::ptrdiff_t>(i) + 1, nodes.begin() + static_cast<std::ptrdiff_t>(last) + 1);
}

// "the later of December 1, 2025 and the six-month anniversary of ...": the two alternatives read as one list of
// exactly two dates.
bool pick_from_list(PassState& s, std::vector<Node>& nodes, std::size_t i, std::size_t at, bool earlier) {
  if (!(at < nodes.size() && nodes[at].kind == NK::item && nodes[at].itype == IT::when_list)) return false;
  const Item& list = s.pool[nodes[at].payload];
  if (list.whens.size() != 2) return false;
  Item one = list;
  one.when = list.whens[0];
  const auto d1 = computable(s, one);
  one.when = list.whens[1];
  const auto d2 = computable(s, one);
  if (!d1 || !d2) return false;
  write_pick(s, nodes, i, at, at, earlier ? std::min(*d1, *d2) : std::max(*d1, *d2), earlier);
  return true;
}

}  // namespace

void pick_alternative_dates(PassState& s, std::vector<Node>& nodes) {
  static const std::uint16_t or_ = intern("or"), and_ = intern("and");
  // (Only "the earlier / later of" items are picked between: without their words, no node need be looked at.)
  static const std::uint16_t alternatives[] = {intern("earlier"), intern("earliest"), intern("later"), intern("latest")};
  if (!s.may_hold(alternatives)) return;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].kind != NK::item || nodes[i].itype != IT::condition) continue;
    const Tag kind = s.pool[nodes[i].payload].tag;
    const bool earlier = kind == Tag::earlier_of;
    if (!earlier && kind != Tag::later_of) continue;
    const std::size_t first = skip_enumerator(nodes, i + 1);
    if (pick_from_list(s, nodes, i, first, earlier)) continue;
    if (!is_when(nodes, first)) continue;
    std::size_t j = first + 1;
    if (j < nodes.size() && nodes[j].kind == NK::punct && nodes[j].punct == ',') ++j;
    if (!(j < nodes.size() && (is_w(nodes[j], or_) || is_w(nodes[j], and_)))) continue;
    const std::size_t second = skip_enumerator(nodes, j + 1);
    if (!is_when(nodes, second)) continue;
    // A third alternative ("..., D2 or upon a change in control") is not picked between.
    std::size_t after = second + 1;
    if (after < nodes.size() && nodes[after].kind == NK::punct && nodes[after].punct == ',') ++after;
    if (after < nodes.size() && is_w(nodes[after], or_)) continue;
    const auto d1 = computable(s, s.pool[nodes[first].payload]);
    const auto d2 = computable(s, s.pool[nodes[second].payload]);
    if (!d1 || !d2) continue;
    write_pick(s, nodes, i, first, second, earlier ? std::min(*d1, *d2) : std::max(*d1, *d2), earlier);
  }
}

}  // namespace vest::rules
