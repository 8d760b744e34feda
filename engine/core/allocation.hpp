// Allocation policies: how a grant's shares are split into whole-share tranches.
//
// 18 shares vesting in 4 equal tranches is 4.5 shares each on paper; a
// transfer agent issues whole shares. The seven policies of the Open Cap Table
// Format (OCF) name the defensible answers:
//
//   cumulative_round_down           4 5 4 5   tranche k = floor(N·c_k) − floor(N·c_{k−1})   (default)
//   cumulative_rounding             5 4 5 4   same, rounding half up
//   front_loaded                    5 5 4 4   floor each; leftover shares one by one from the front
//   back_loaded                     4 4 5 5   ... from the back
//   front_loaded_to_single_tranche  6 4 4 4   floor each; all leftover shares to the first tranche
//   back_loaded_to_single_tranche   4 4 4 6   ... to the last tranche
//   fractional                      4.5 ×4    exact, no rounding
//
// c_k is the exact fraction of the grant vested by tranche k. The cumulative
// policies never round the final cumulative amount (c_n = 1 gives exactly N), so
// a fractional grant (47.5 shares) keeps its fraction in the last tranche.
// Whatever the policy, the amounts sum exactly to N·(sum of the portions).
#pragma once

#include "engine/core/amount.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vest {

enum class AllocationPolicy {
  cumulative_round_down,
  cumulative_rounding,
  front_loaded,
  back_loaded,
  front_loaded_to_single_tranche,
  back_loaded_to_single_tranche,
  fractional,
};

std::string to_string(AllocationPolicy p);
std::optional<AllocationPolicy> parse_allocation_policy(std::string_view name);

// Splits `total` into one amount per portion. `portions` are exact fractions of
// the total, in vesting order; their sum may be below 1 (the rest is
// contingent or undated) but not above. Amounts may be zero; the caller drops
// zero tranches (their shares surface in a later tranche under the cumulative
// policies).
// Example: allocate(18, {1/4,1/4,1/4,1/4}, cumulative_round_down) == {4,5,4,5}.
std::vector<Amount> allocate(const Amount& total, std::span<const Fraction> portions, AllocationPolicy policy);

// allocate() for portions given as integer numerators over one denominator
// (portion k is numerators[k] / denominator), on fixed-size integers. Appends
// exactly the amounts allocate() returns and true, or appends nothing and
// returns false when it cannot promise that (a policy other than
// cumulative_round_down, a total not stored small, a denominator outside
// 1..2^62, cumulative sums beyond 2^62): the caller then uses allocate().
// Example: allocate_scaled(18, {1,1,1,1}, 4, cumulative_round_down, out) appends {4,5,4,5}.
bool allocate_scaled(const Amount& total, std::span<const std::int64_t> numerators, std::int64_t denominator,
                     AllocationPolicy policy, std::vector<Amount>& out);

}  // namespace vest
