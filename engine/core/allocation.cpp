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

constexpr i128 kLimit = static_cast<i128>(1) << 62;

// floor(num / den) for den > 0, in one 64-bit division when both fit (share
// counts times small cumulative numerators almost always do).
i128 floor_div(i128 num, i128 den) {
  const auto n64 = static_cast<std::int64_t>(num);
  const auto d64 = static_cast<std::int64_t>(den);
  if (n64 == num && d64 == den) {
    std::int64_t q = n64 / d64;
    if (n64 % d64 != 0 && n64 < 0) --q;
    return q;
  }
  i128 q = num / den;
  if (num % den != 0 && num < 0) --q;
  return q;
}

// cumulative_round_down for a total stored small (tn/td) and portions
// numerator_at(k) / l with 0 < l <= 2^62 and |numerator_at(k)| < 2^104: the
// cumulative sums c are integers over l (kept below 2^62, so tn·c and td·l
// fit 128 bits) and each floor is one division. Exactly the values of the
// general loop in cumulative() below; false (nothing appended) when a sum or
// a floor leaves that range.
template <class NumeratorAt>
bool cumulative_floor_fixed(const Amount& total, std::int64_t tn, std::int64_t td, std::size_t count,
                            NumeratorAt numerator_at, std::int64_t l, std::vector<Amount>& out) {
  const std::size_t start = out.size();
  const i128 den = static_cast<i128>(td) * l;  // > 0
  i128 c = 0;
  std::int64_t previous = 0;
  for (std::size_t i = 0; i < count; ++i) {
    c += numerator_at(i);
    if (c >= kLimit || c <= -kLimit) {
      out.resize(start);
      return false;
    }
    if (i + 1 == count) {
      // The final cumulative amount is never rounded (see cumulative() below).
      if (c == l) out.push_back(total - Amount(previous));
      else out.push_back(total * Fraction(static_cast<std::int64_t>(c), l) - Amount(previous));
      break;
    }
    const i128 q = floor_div(static_cast<i128>(tn) * c, den);
    if (q >= kLimit || q <= -kLimit) {
      out.resize(start);
      return false;
    }
    out.push_back(Amount(static_cast<std::int64_t>(q) - previous));  // both below 2^62 in magnitude
    previous = static_cast<std::int64_t>(q);
  }
  return true;
}

// cumulative_round_down when the grant and every portion are stored small and
// the portions have a modest common denominator L (at most 2^40, so that each
// numerator over L stays below 2^103).
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
  const auto numerator_at = [&](std::size_t i) {
    std::int64_t n = 0, d = 1;
    portions[i].rational().small_parts(n, d);
    return static_cast<i128>(n) * (l / d);  // |n| < 2^63, l / d <= 2^40
  };
  return cumulative_floor_fixed(total, tn, td, portions.size(), numerator_at, l, out);
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

bool allocate_scaled(const Amount& total, std::span<const std::int64_t> numerators, std::int64_t denominator,
                     AllocationPolicy policy, std::vector<Amount>& out) {
  std::int64_t tn = 0, td = 1;
  if (policy != AllocationPolicy::cumulative_round_down || denominator < 1 || denominator > kLimit ||
      !total.rational().small_parts(tn, td))
    return false;
  // Mostly every value fits 64 bits (a share count times a numerator over a
  // denominator such as 48): one 64-bit division per amount. Any overflow
  // drops to the 128-bit loop, which gives the same amounts.
  std::int64_t den = 0;
  if (!numerators.empty() && !__builtin_mul_overflow(td, denominator, &den)) {
    const std::size_t start = out.size(), last = numerators.size() - 1;
    std::int64_t c = 0, previous = 0, product = 0, amount = 0;
    bool fits = true;
    for (std::size_t i = 0; fits && i < last; ++i) {
      fits = !__builtin_add_overflow(c, numerators[i], &c) && !__builtin_mul_overflow(tn, c, &product);
      if (!fits) break;
      std::int64_t q = product / den;
      if (product % den != 0 && product < 0) --q;
      fits = !__builtin_sub_overflow(q, previous, &amount);
      if (fits) out.push_back(Amount(amount));
      previous = q;
    }
    if (fits && !__builtin_add_overflow(c, numerators[last], &c) && c == denominator) {
      // The final cumulative amount is never rounded: here it is the whole total.
      out.push_back(total - Amount(previous));
      return true;
    }
    out.resize(start);
  }
  const auto numerator_at = [&](std::size_t i) { return static_cast<i128>(numerators[i]); };
  return cumulative_floor_fixed(total, tn, td, numerators.size(), numerator_at, denominator, out);
}

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
