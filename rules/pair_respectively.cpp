// pair_respectively: reads a schedule sentence's nodes; guarantees either one dated portion per
// date of "<amounts> on <dates>, respectively", in order, or nothing (the sentence is read as
// clauses and "respectively" is then an unmodelled word).
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

namespace vest::rules {

namespace {

// "in annual tranches of A, B, C and D shares on the first four anniversaries of X, respectively": a
// cadence beside the list only restates it — the dates are one anchor's, one cadence apart.
bool steps_by(const std::vector<When>& whens, const Item& cadence) {
  if (!cadence.has_period || whens.size() < 2) return false;
  const auto step = cadence.period.in_months();
  if (!step) return false;
  for (std::size_t j = 0; j < whens.size(); ++j) {
    const When& w = whens[j];
    if (w.ref == When::Ref::absolute || w.ref != whens[0].ref || w.days != 0 || w.fixed_day) return false;
    if (j > 0 && w.months - whens[j - 1].months != *step) return false;
  }
  return true;
}

}  // namespace

// Declines unless the sentence says "respectively" once, lists exactly as many amounts
// (portions, or bare share counts when no portion is stated) as dates in one list, and
// states nothing else that times or sizes the vesting (a cadence only when the dates step by it).
std::optional<std::vector<Statement>> pair_respectively(const std::vector<Node>& nodes, std::size_t b, std::size_t e,
                                                        std::vector<Item>& pool) {
  static const std::uint16_t w_respectively = intern("respectively");
  std::size_t resp = 0, lists = 0, list_at = 0, cadences = 0, cadence_at = 0;
  std::vector<std::size_t> portions, numbers;
  for (std::size_t i = b; i < e; ++i) {
    const Node& n = nodes[i];
    if (n.kind == NK::word && n.wid == w_respectively) ++resp;
    if (n.kind == NK::number && helpers::is_share_count(n)) numbers.push_back(i);
    if (n.kind != NK::item) continue;
    switch (n.itype) {
      case IT::portion: portions.push_back(i); break;
      case IT::when_list: ++lists; list_at = i; break;
      case IT::vest_verb: case IT::condition: case IT::definition: case IT::header: case IT::exercisable_now: break;
      case IT::cadence: ++cadences; cadence_at = i; break;  // ("in annual tranches of ...": checked below)
      default: return std::nullopt;  // a cadence, a count, a single date...: not this construction
    }
  }
  if (resp != 1 || lists != 1 || cadences > 1) return std::nullopt;
  const Item& list = pool[nodes[list_at].payload];
  const std::size_t k = list.whens.size();
  if (cadences == 1 && !steps_by(list.whens, pool[nodes[cadence_at].payload])) return std::nullopt;
  std::vector<std::size_t> amounts;  // pool indices
  if (!portions.empty()) {
    if (!numbers.empty() || portions.size() != k) return std::nullopt;
    for (auto i : portions) {
      const Item& it = pool[nodes[i].payload];
      if (it.pkind == Item::PortionKind::remainder || it.per_installment || it.additional) return std::nullopt;
      amounts.push_back(nodes[i].payload);
    }
  } else {
    if (numbers.size() != k) return std::nullopt;
    for (auto i : numbers) {
      Item it = helpers::shares_portion(nodes[i]);
      it.b = nodes[i].b;
      it.e = nodes[i].e;
      it.rule = pool[nodes[list_at].payload].rule;
      amounts.push_back(pool.size());
      pool.push_back(std::move(it));
    }
  }
  std::vector<Statement> out;
  for (std::size_t j = 0; j < k; ++j) {
    Statement st;
    st.shape = Statement::Shape::date_list;
    st.rule = "<amounts> on <dates>, respectively";
    st.portion = amounts[j];
    st.dates = {list.whens[j]};
    st.b = std::min(pool[amounts[j]].b, list.b);
    st.e = std::max(pool[amounts[j]].e, list.e);
    out.push_back(std::move(st));
  }
  return out;
}

}  // namespace vest::rules
