// pair_respectively: reads a schedule sentence's nodes; guarantees either one dated portion per
// date of "<amounts> on <dates>, respectively", in order, or nothing (the sentence is read as
// clauses and "respectively" is then an unmodelled word).
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include <algorithm>

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

// A count beside a list of dates restates it: as many installments, stepping by the count's period when it has one.
bool restates_list(const std::vector<When>& whens, const Item& count) {
  if (count.n != static_cast<int>(whens.size())) return false;
  return !count.has_period || steps_by(whens, count);
}

// The dates amounts are paired with (copied: the pool may grow while they are read).
struct DateList {
  std::vector<When> whens;
  std::uint32_t b = 0, e = 0;
  std::uint16_t rule = 0;
};

// "in three annual installments ... beginning on the first anniversary of the grant date": the count's dates, one
// period apart from the start (only a start "beginning on" a plain anchor offset, and a count with its period).
std::optional<DateList> count_from_start(const Item& count, const Item& start) {
  if (count.n < 2 || !count.has_period || start.first_step != 0) return std::nullopt;
  const auto step = count.period.in_months();
  const When& w = start.when;
  if (!step || *step <= 0 || w.ref == When::Ref::named_next || w.days != 0 || w.fixed_day) return std::nullopt;
  DateList out{{}, std::min(count.b, start.b), std::max(count.e, start.e), count.rule};
  for (int j = 0; j < count.n; ++j) {
    When d = w;
    d.months += j * *step;  // (from the original anchor: never from a clamped date before)
    out.whens.push_back(d);
  }
  return out;
}

// "in three annual installments of 34%, 33% and 33% beginning on <when>": the amounts listed right after the
// count's "of" ("of", ",", "and" between them), as many as the count says. Then the list is the installments' sizes
// in order, "respectively" or not.
bool listed_after_count(const std::vector<Node>& nodes, std::size_t count_at, std::span<const std::size_t> amounts,
                        const Item& count) {
  static const std::uint16_t w_of = intern("of"), w_and = intern("and");
  if (amounts.size() < 2 || static_cast<std::size_t>(count.n) != amounts.size() || amounts.front() != count_at + 2) return false;
  if (nodes[count_at + 1].kind != NK::word || nodes[count_at + 1].wid != w_of) return false;
  for (std::size_t i = count_at + 2; i < amounts.back(); ++i) {
    const Node& n = nodes[i];
    const bool joint = (n.kind == NK::punct && n.punct == ',') || (n.kind == NK::word && n.wid == w_and);
    if (!joint && std::find(amounts.begin(), amounts.end(), i) == amounts.end()) return false;
  }
  return true;
}

// "in installments of 33%, 33% and 34% on the first, second and third anniversaries of X": the amounts listed right
// after "installments of" (no count or cadence) are the sizes of the one list of dates that follows, in order.
bool listed_after_installments(const std::vector<Node>& nodes, std::size_t b, std::span<const std::size_t> amounts) {
  static const std::uint16_t w_installments = intern("installments"), w_tranches = intern("tranches");
  if (amounts.size() < 2 || amounts.front() < b + 2) return false;
  const Node& noun = nodes[amounts.front() - 2];
  if (noun.kind != NK::word || !(noun.wid == w_installments || noun.wid == w_tranches)) return false;
  Item count;
  count.n = static_cast<int>(amounts.size());
  return listed_after_count(nodes, amounts.front() - 2, amounts, count);
}

// "over three years in annual installments of 25%, 25% and 50%": the span is the count's periods, end to end.
bool spans_count(const Item& over, const Item* count, std::size_t k) {
  if (!count || !count->has_period) return false;
  const auto span = over.period.in_months(), step = count->period.in_months();
  return span && step && *span == static_cast<int>(k) * *step;
}

}  // namespace

// Declines unless the sentence says "respectively" once (or lists the amounts right after "<count> installments
// of", then beginning on a start: listed_after_count), lists exactly as many amounts
// (portions, or bare share counts when no portion is stated) as dates in one list, and
// states nothing else that times or sizes the vesting (a cadence only when the dates step by it).
std::optional<std::vector<Statement>> pair_respectively(const std::vector<Node>& nodes, std::size_t b, std::size_t e,
                                                        std::vector<Item>& pool) {
  static const std::uint16_t w_respectively = intern("respectively");
  std::size_t resp = 0, lists = 0, list_at = 0, cadences = 0, cadence_at = 0, counts = 0, count_at = 0, starts = 0,
              start_at = 0;
  std::size_t overs = 0, over_at = 0;
  // (Node indices, kept inline: this runs on every schedule sentence and declines on almost all of them.)
  boost::container::small_vector<std::size_t, 8> portions, numbers;
  for (std::size_t i = b; i < e; ++i) {
    const Node& n = nodes[i];
    if (n.kind == NK::word && n.wid == w_respectively) ++resp;
    if (n.kind == NK::number && helpers::is_share_count(n)) numbers.push_back(i);
    if (n.kind != NK::item) continue;
    switch (n.itype) {  // (the item types here are kPairableItems, passes.hpp: keep the two alike)
      case IT::portion: portions.push_back(i); break;
      case IT::when_list: ++lists; list_at = i; break;
      case IT::vest_verb: case IT::condition: case IT::definition: case IT::header: case IT::exercisable_now: break;
      case IT::cadence: ++cadences; cadence_at = i; break;  // ("in annual tranches of ...": checked below)
      case IT::count: ++counts; count_at = i; break;        // ("in three annual installments of ...": no list)
      case IT::start: ++starts; start_at = i; break;
      case IT::over: ++overs; over_at = i; break;  // ("over three years in annual installments of ...": checked below)
      default: return std::nullopt;  // a cadence, a count, a single date...: not this construction
    }
  }
  if (resp > 1 || cadences > 1 || overs > 1) return std::nullopt;
  // "in annual installments of 25%, 25% and 50%, beginning on <when>": a cadence followed by its installments' sizes
  // counts them (the list's length is the count; the cadence is then the count's period).
  std::optional<Item> implied_count;
  if (resp == 0 && counts == 0 && cadences == 1 && numbers.empty() && pool[nodes[cadence_at].payload].has_period) {
    Item c = pool[nodes[cadence_at].payload];
    c.type = IT::count;
    c.n = static_cast<int>(portions.size());
    if (listed_after_count(nodes, cadence_at, {portions.data(), portions.size()}, c)) {
      implied_count = std::move(c);
      counts = 1, cadences = 0, count_at = cadence_at;
    }
  }
  // (Read before the pool grows below.)
  const Item* count_item = implied_count ? &*implied_count : counts == 1 ? &pool[nodes[count_at].payload] : nullptr;
  // (Without "respectively": the count's dates from a start, or a list of as many dates as the count says; or the
  // amounts of "installments of A, B and C" before one list.)
  const bool sizes_of_list = resp == 0 && counts == 0 && cadences == 0 && starts == 0 && lists == 1 && numbers.empty() &&
                             listed_after_installments(nodes, b, {portions.data(), portions.size()});
  if (resp == 0 && !sizes_of_list &&
      (counts != 1 || starts + lists != 1 || cadences != 0 || !numbers.empty() ||
       !listed_after_count(nodes, count_at, {portions.data(), portions.size()}, *count_item)))
    return std::nullopt;
  // The dates: one list, or "in three annual installments of A, B and C, respectively, beginning on <when>".
  std::optional<DateList> dates;
  if (lists == 1 && starts == 0 && counts <= 1) {
    const Item& list = pool[nodes[list_at].payload];
    dates = DateList{list.whens, list.b, list.e, list.rule};
    // "in four annual installments of A, B, C and D, respectively, on the first four anniversaries of X": a count
    // beside the list only restates it (as many dates, one period apart).
    if (counts == 1 && !restates_list(dates->whens, *count_item)) return std::nullopt;
  } else if (lists == 0 && counts == 1 && starts == 1 && cadences == 0) {
    dates = count_from_start(*count_item, pool[nodes[start_at].payload]);
  }
  if (!dates) return std::nullopt;
  const std::size_t k = dates->whens.size();
  if (overs && !spans_count(pool[nodes[over_at].payload], count_item, k)) return std::nullopt;
  if (cadences == 1 && !steps_by(dates->whens, pool[nodes[cadence_at].payload])) return std::nullopt;
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
      it.rule = dates->rule;
      amounts.push_back(pool.size());
      pool.push_back(std::move(it));
    }
  }
  std::vector<Statement> out;
  for (std::size_t j = 0; j < k; ++j) {
    Statement st;
    st.shape = Statement::Shape::date_list;
    st.rule = resp ? "<amounts> on <dates>, respectively" : "<count> installments of <amounts> beginning <when>";
    st.portion = amounts[j];
    st.dates = {dates->whens[j]};
    st.b = std::min(pool[amounts[j]].b, dates->b);
    st.e = std::max(pool[amounts[j]].e, dates->e);
    out.push_back(std::move(st));
  }
  return out;
}

}  // namespace vest::rules
