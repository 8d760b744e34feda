// read_stated_rounding: reads the rounding a footnote states for its installments ("rounded down to the
// nearest whole share, except ... the final vesting date on which all remaining shares shall vest"; "with any
// shares that cannot be divided equally vesting on the first vesting date"); guarantees the allocation
// policy it names, with its words accounted for — or nothing, and the rounding words (salient) stay
// unaccounted, so a rounding the rules do not understand is refused, never replaced by the default.
#include "rules/passes.hpp"

#include <algorithm>

namespace vest::rules {

namespace {

struct RoundingWords {
  std::uint16_t rounded = intern("rounded"), rounding = intern("rounding"), round = intern("round"),
                fractional = intern("fractional"), divided = intern("divided"), divisible = intern("divisible");
  std::uint16_t down = intern("down"), final_ = intern("final"), last = intern("last"), vesting = intern("vesting"),
                date = intern("date"), remaining = intern("remaining"), remainder = intern("remainder"),
                balance = intern("balance"), excess = intern("excess"), leftover = intern("leftover"),
                cannot = intern("cannot"), odd = intern("odd"), installment = intern("installment"),
                tranche = intern("tranche");
  bool trigger(std::uint16_t w) const {
    return w && (w == rounded || w == rounding || w == round || w == fractional || w == divided || w == divisible);
  }
  bool rest(std::uint16_t w) const {
    return w && (w == remaining || w == remainder || w == balance || w == excess || w == leftover || w == cannot ||
                 w == odd || w == fractional);
  }
};

const RoundingWords& words() {
  static const RoundingWords w;
  return w;
}

bool is_w(const Node& n, std::uint16_t id) { return n.kind == NK::word && n.wid == id && id != 0; }

// The words of the rounding around node i: back to ',', ';' or '(' and on to ';', ')' or the sentence's end.
std::pair<std::size_t, std::size_t> phrase_around(const std::vector<Node>& nodes, const Sentence& s, std::size_t i) {
  auto is = [&](std::size_t j, std::string_view cs) {
    return nodes[j].kind == NK::punct && cs.find(nodes[j].punct) != std::string_view::npos;
  };
  std::size_t b = i, e = i + 1;
  while (b > s.b && !is(b - 1, ",;(")) --b;
  while (e < s.e && !is(e, ";)")) ++e;
  return {b, e};
}

// The end of the clause that names the date the rest falls on (to ',', ';', ')' or the phrase's end).
std::size_t clause_end(const std::vector<Node>& nodes, std::size_t from, std::size_t e) {
  while (from < e && !(nodes[from].kind == NK::punct && (nodes[from].punct == ',' || nodes[from].punct == ';' ||
                                                          nodes[from].punct == ')')))
    ++from;
  return from;
}

// "the final / last / <n-th, the number of dates> vesting date" and "the first vesting date".
struct Named {
  bool last = false, first = false;
  std::size_t at = 0;  // the node after "vesting date"
};
Named vesting_date_named(const std::vector<Node>& nodes, std::size_t b, std::size_t e, std::int64_t total_dates) {
  const RoundingWords& w = words();
  Named out;
  for (std::size_t j = b; j + 1 < e; ++j) {
    // "the final vesting date", or "the final installment / tranche" (the date it falls on).
    const bool installment = is_w(nodes[j + 1], w.installment) || is_w(nodes[j + 1], w.tranche);
    if (!installment && !(j + 2 < e && is_w(nodes[j + 1], w.vesting) && is_w(nodes[j + 2], w.date))) continue;
    const Node& x = nodes[j];
    if (is_w(x, w.final_) || is_w(x, w.last) || (x.kind == NK::ordinal && x.num == total_dates && total_dates > 1))
      out.last = true;
    else if (x.kind == NK::ordinal && x.num == 1)
      out.first = true;
    else
      continue;
    out.at = installment ? j + 2 : j + 3;
  }
  return out;
}

}  // namespace

// Whether a stated rounding can change any tranche: not when every tranche is a whole number of shares
// (then every policy gives the same tranches, and the default one is the cheapest to build).
bool stated_rounding_matters(const ScheduleSpec& spec, const std::optional<Amount>& shares) {
  if (!shares) return true;
  for (const Segment& sg : spec.segments) {
    if (sg.portion.kind != Portion::Kind::fraction_of_grant) return true;
    std::int64_t tranches = 1;
    if (const auto* inst = std::get_if<InstallmentSegment>(&sg.shape)) tranches = inst->count;
    else if (const auto* list = std::get_if<DateListSegment>(&sg.shape)) tranches = static_cast<std::int64_t>(list->dates.size());
    else if (!std::holds_alternative<LumpSegment>(sg.shape)) return true;
    if (tranches < 1 || !(*shares * (sg.portion.fraction * Fraction(1, tranches))).is_integer()) return true;
  }
  return false;
}

std::optional<AllocationPolicy> read_stated_rounding(PassState& a, const Sentences& sentences, StatementSet& read,
                                                     std::int64_t total_dates) {
  const RoundingWords& w = words();
  const std::vector<Node>& nodes = a.nodes;
  std::optional<AllocationPolicy> policy;
  auto state = [&](AllocationPolicy here, std::uint32_t b, std::uint32_t e) {
    if (policy && *policy != here) {
      a.error("cross_check_failed", "the footnote states two different roundings", b, e);
      return false;
    }
    policy = here;
    a.explain(here == AllocationPolicy::back_loaded_to_single_tranche
                  ? "stated rounding: each date rounded down, the rest on the last date"
                  : "stated rounding: what does not divide equally on the first date",
              b, e);
    return true;
  };
  // "(with the number of shares vesting on each vesting date rounded down to the nearest whole share, except with
  // respect to the final vesting date on which all remaining unvested shares shall vest)": a parenthetical the
  // conditions family keeps whole; its words are read here (a rounding not understood is refused).
  for (const Item& it : a.pool) {
    if (it.type != IT::condition) continue;
    const std::string_view t = std::string_view(a.norm.text).substr(it.b, it.e - it.b);
    // (First what every sign below contains, three searches instead of seven: most conditions name none.)
    if (t.find("round") == std::string_view::npos && t.find("fractional") == std::string_view::npos &&
        t.find("divi") == std::string_view::npos)
      continue;
    // (Whole words only: "individual" is no division, "around" no rounding.)
    if (t.find("rounded") == std::string_view::npos && t.find("rounding") == std::string_view::npos &&
        t.find("round down") == std::string_view::npos && t.find("round up") == std::string_view::npos &&
        t.find("fractional") == std::string_view::npos && t.find(" divided") == std::string_view::npos &&
        t.find("divisible") == std::string_view::npos)
      continue;
    const bool down = t.find("rounded down") != std::string_view::npos || t.find("round down") != std::string_view::npos;
    const bool last = t.find("final vesting date") != std::string_view::npos || t.find("last vesting date") != std::string_view::npos;
    const bool first = t.find("first vesting date") != std::string_view::npos;
    const bool rest = t.find("remain") != std::string_view::npos || t.find("balance") != std::string_view::npos;
    if (down && last && rest && !first) {
      if (!state(AllocationPolicy::back_loaded_to_single_tranche, it.b, it.e)) return std::nullopt;
    } else {
      a.error("unrecognized", "the rounding in \"" + a.quote(it) + "\" is not understood", it.b, it.e);
      return std::nullopt;
    }
  }
  static const std::uint16_t triggers[] = {w.rounded, w.rounding, w.round, w.fractional, w.divided, w.divisible};
  if (!a.may_hold(triggers)) return policy;  // (no word below can start a rounding phrase)
  for (const Sentence& s : sentences.sentences) {
    for (std::size_t i = s.b; i < s.e; ++i) {
      if (nodes[i].kind != NK::word || !w.trigger(nodes[i].wid)) continue;
      auto [b, e] = phrase_around(nodes, s, i);
      bool down = false, rest = false;
      for (std::size_t j = b; j < e; ++j) {
        down |= is_w(nodes[j], w.down);
        rest |= (nodes[j].kind == NK::word && w.rest(nodes[j].wid)) ||
                (nodes[j].kind == NK::item && nodes[j].itype == IT::portion &&
                 a.pool[nodes[j].payload].pkind == Item::PortionKind::remainder);  // "all remaining units"

      }
      const Named named = vesting_date_named(nodes, b, e, total_dates);
      std::optional<AllocationPolicy> here;
      // Each date's shares rounded down, what is left on the last date; or what does not divide on the first.
      if (down && rest && named.last && !named.first) here = AllocationPolicy::back_loaded_to_single_tranche;
      else if (rest && named.first && !named.last && !down) here = AllocationPolicy::front_loaded_to_single_tranche;
      if (!here) continue;  // not understood: its words stay unaccounted (refused)
      e = clause_end(nodes, std::max(named.at, i + 1), e);
      if (!state(*here, nodes[b].b, nodes[e - 1].e)) return std::nullopt;
      for (std::size_t j = b; j < e; ++j) {
        if (nodes[j].kind == NK::item) read.used_items.push_back(nodes[j].payload);
        else read.used_nodes.insert(std::upper_bound(read.used_nodes.begin(), read.used_nodes.end(), static_cast<std::uint32_t>(j)),
                                    static_cast<std::uint32_t>(j));
      }
      i = e;
    }
  }
  return policy;
}

}  // namespace vest::rules
