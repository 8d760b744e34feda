// "33.3%, 33.3% and the remaining 33.3%", "33.33% on each of the first three anniversaries": percentages that are a
// third or two thirds rounded to one to three decimals. Read as exact thirds only on a second reading, after the
// stated figures failed to add up (interpreter.cpp); figures that add up as written ("33.3%, 33.3% and 33.4%") are
// never re-read.
#include "rules/passes.hpp"

namespace vest::rules {

namespace {

// A percent node's value (num/den percent) equals k·100/3 truncated or rounded to its decimals (k = 1 or 2)?
std::optional<std::int64_t> rounded_thirds_of(const Node& n) {
  if (n.kind != NK::percent || n.den <= 1) return std::nullopt;
  for (std::int64_t scale : {10, 100, 1000}) {
    if (scale % n.den != 0) continue;
    const std::int64_t v = n.num * (scale / n.den);  // the value in 1/scale percent
    for (std::int64_t k : {1, 2}) {
      const std::int64_t truncated = k * 100 * scale / 3;
      // (A third's digits are all 3s, two thirds' all 6s: rounding up is only two thirds'.)
      if (v == truncated || (k == 2 && v == truncated + 1)) return k;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::pair<std::uint32_t, std::uint32_t>> read_rounded_thirds(std::vector<Node>& nodes) {
  std::optional<std::pair<std::uint32_t, std::uint32_t>> first;
  for (Node& n : nodes) {
    const auto k = rounded_thirds_of(n);
    if (!k) continue;
    if (!first) first = std::pair{n.b, n.e};
    n.num = *k * 100;
    n.den = 3;
  }
  return first;
}

}  // namespace vest::rules
