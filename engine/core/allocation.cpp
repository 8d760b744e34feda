#include "engine/core/allocation.hpp"

namespace vest {

std::string to_string(AllocationPolicy p) {
  switch (p) {
    case AllocationPolicy::cumulative_round_down: return "cumulative_round_down";
    case AllocationPolicy::cumulative_rounding: return "cumulative_rounding";
    case AllocationPolicy::front_loaded: return "front_loaded";
    case AllocationPolicy::back_loaded: return "back_loaded";
    case AllocationPolicy::front_loaded_to_single_tranche: return "front_loaded_to_single_tranche";
    case AllocationPolicy::back_loaded_to_single_tranche: return "back_loaded_to_single_tranche";
    case AllocationPolicy::fractional: return "fractional";
  }
  return "?";
}

std::optional<AllocationPolicy> parse_allocation_policy(std::string_view name) {
  for (auto p : {AllocationPolicy::cumulative_round_down, AllocationPolicy::cumulative_rounding,
                 AllocationPolicy::front_loaded, AllocationPolicy::back_loaded,
                 AllocationPolicy::front_loaded_to_single_tranche, AllocationPolicy::back_loaded_to_single_tranche,
                 AllocationPolicy::fractional})
    if (to_string(p) == name) return p;
  return std::nullopt;
}

namespace {

__extension__ typedef __int128 i128;

std::int64_t gcd64(std::int64_t a, std::int64_t b) {
  while (b != 0) {
    const std::int64_t t = a % b;
    a = b;
    b = t;
  }
  return a < 0 ? -a : a;
}

// cumulative_round_down when the grant and every portion are stored small and
// the portions have a modest common denominator L: the cumulative sums are
// integers over L and each floor is one 128-bit division. Exactly the values
// of the general loop below (which it falls back to otherwise).
bool cumulative_floor_small(const Amount& total, std::span<const Fraction> portions, std::vector<Amount>& out) {
  std::int64_t tn = 0, td = 1;
  if (!total.rational().small_parts(tn, td)) return false;
  constexpr std::int64_t kMaxDenominator = std::int64_t{1} << 40;
  std::int64_t l = 1;
  for (const auto& p : portions) {
    std::int64_t n = 0, d = 1;
    if (!p.rational().small_parts(n, d)) return false;
    const i128 m = static_cast<i128>(l / gcd64(l, d)) * d;
    if (m > kMaxDenominator) return false;
    l = static_cast<std::int64_t>(m);
  }
  constexpr i128 kLimit = static_cast<i128>(1) << 62;
  i128 c = 0;
  std::int64_t previous = 0;
  for (std::size_t i = 0; i < portions.size(); ++i) {
    std::int64_t n = 0, d = 1;
    portions[i].rational().small_parts(n, d);
    c += static_cast<i128>(n) * (l / d);  // |n| < 2^63, l / d <= 2^40
    if (c >= kLimit || c <= -kLimit) {
      out.clear();
      return false;
    }
    if (i + 1 == portions.size()) {
      // The final cumulative amount is never rounded (see below).
      out.push_back(total * Fraction(static_cast<std::int64_t>(c), l) - Amount(previous));
      break;
    }
    const i128 num = static_cast<i128>(tn) * c, den = static_cast<i128>(td) * l;  // den > 0
    i128 q = num / den;
    if (num % den != 0 && num < 0) --q;
    if (q >= kLimit || q <= -kLimit) {
      out.clear();
      return false;
    }
    out.push_back(Amount(static_cast<std::int64_t>(q)) - Amount(previous));
    previous = static_cast<std::int64_t>(q);
  }
  return true;
}

std::vector<Amount> cumulative(const Amount& total, std::span<const Fraction> portions, bool half_up) {
  std::vector<Amount> out;
  out.reserve(portions.size());
  if (!half_up && cumulative_floor_small(total, portions, out)) return out;
  Fraction sum;
  for (const auto& p : portions) sum += p;
  const Amount final_amount = total * sum;
  Fraction c;
  Amount previous;
  for (std::size_t i = 0; i < portions.size(); ++i) {
    c += portions[i];
    const Amount exact = total * c;
    // The final cumulative amount is never rounded, so the amounts sum exactly
    // to total·(sum of portions) as the header promises: for the whole grant
    // (c = 1) a fractional grant keeps its last share fraction, and for a part
    // of it the part is not silently cut short.
    Amount rounded = i + 1 == portions.size() ? exact : (half_up ? exact.round_half_up() : exact.floor());
    // Rounding half up may overshoot the exact final amount when that is not a
    // whole number (47.7 shares: 47.6 rounds to 48); cap there so that no
    // tranche is negative.
    if (half_up && rounded > final_amount) rounded = final_amount;
    out.push_back(rounded - previous);
    previous = rounded;
  }
  return out;
}

// Floors each portion, then hands the leftover to `order` (indices) one whole
// share at a time, or all at once when `single`.
std::vector<Amount> loaded(const Amount& total, std::span<const Fraction> portions, bool front, bool single) {
  std::vector<Amount> out;
  out.reserve(portions.size());
  Fraction sum;
  Amount floored_sum;
  for (const auto& p : portions) {
    sum += p;
    out.push_back((total * p).floor());
    floored_sum += out.back();
  }
  if (out.empty()) return out;
  Amount leftover = total * sum - floored_sum;
  const std::size_t n = out.size();
  if (single) {
    out[front ? 0 : n - 1] += leftover;
    return out;
  }
  for (std::size_t i = 0; i < n && leftover > Amount(0); ++i) {
    const std::size_t idx = front ? i : n - 1 - i;
    const Amount give = leftover >= Amount(1) ? Amount(1) : leftover;
    out[idx] += give;
    leftover -= give;
  }
  // More leftover than tranches cannot happen (each floor loses < 1 share), but
  // keep the sum exact regardless.
  if (leftover > Amount(0)) out[front ? 0 : n - 1] += leftover;
  return out;
}

}  // namespace

std::vector<Amount> allocate(const Amount& total, std::span<const Fraction> portions, AllocationPolicy policy) {
  switch (policy) {
    case AllocationPolicy::cumulative_round_down: return cumulative(total, portions, false);
    case AllocationPolicy::cumulative_rounding: return cumulative(total, portions, true);
    case AllocationPolicy::front_loaded: return loaded(total, portions, true, false);
    case AllocationPolicy::back_loaded: return loaded(total, portions, false, false);
    case AllocationPolicy::front_loaded_to_single_tranche: return loaded(total, portions, true, true);
    case AllocationPolicy::back_loaded_to_single_tranche: return loaded(total, portions, false, true);
    case AllocationPolicy::fractional: {
      std::vector<Amount> out;
      out.reserve(portions.size());
      for (const auto& p : portions) out.push_back(total * p);
      return out;
    }
  }
  return {};
}

}  // namespace vest
