// engine/core/allocation.hpp: the seven OCF allocation policies.
#include "engine/core/allocation.hpp"

#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace vest {
namespace {

using testing::A;

const AllocationPolicy kAllPolicies[] = {
    AllocationPolicy::cumulative_round_down,          AllocationPolicy::cumulative_rounding,
    AllocationPolicy::front_loaded,                   AllocationPolicy::back_loaded,
    AllocationPolicy::front_loaded_to_single_tranche, AllocationPolicy::back_loaded_to_single_tranche,
    AllocationPolicy::fractional,
};

std::vector<Fraction> equal(int n) { return std::vector<Fraction>(static_cast<std::size_t>(n), Fraction(1, n)); }

::testing::AssertionResult AmountsAre(const std::vector<Amount>& found, const std::vector<std::string>& expected) {
  std::string problems;
  if (found.size() != expected.size())
    problems += "count: expected " + std::to_string(expected.size()) + ", found " + std::to_string(found.size()) + "\n";
  for (std::size_t i = 0; i < found.size() && i < expected.size(); ++i)
    if (found[i].to_string() != expected[i])
      problems += "index " + std::to_string(i) + ": expected " + expected[i] + ", found " + found[i].to_string() + "\n";
  if (problems.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << problems;
}

TEST(Allocate, EighteenSharesOverFourTranchesCumulativeRoundDownIs4545) {
  EXPECT_TRUE(AmountsAre(allocate(Amount(18), equal(4), AllocationPolicy::cumulative_round_down), {"4", "5", "4", "5"}));
}
TEST(Allocate, EighteenSharesOverFourTranchesCumulativeRoundingIs5454) {
  EXPECT_TRUE(AmountsAre(allocate(Amount(18), equal(4), AllocationPolicy::cumulative_rounding), {"5", "4", "5", "4"}));
}
TEST(Allocate, EighteenSharesOverFourTranchesFrontLoadedIs5544) {
  EXPECT_TRUE(AmountsAre(allocate(Amount(18), equal(4), AllocationPolicy::front_loaded), {"5", "5", "4", "4"}));
}
TEST(Allocate, EighteenSharesOverFourTranchesBackLoadedIs4455) {
  EXPECT_TRUE(AmountsAre(allocate(Amount(18), equal(4), AllocationPolicy::back_loaded), {"4", "4", "5", "5"}));
}
TEST(Allocate, EighteenSharesOverFourTranchesFrontLoadedToSingleTrancheIs6444) {
  EXPECT_TRUE(AmountsAre(allocate(Amount(18), equal(4), AllocationPolicy::front_loaded_to_single_tranche),
                         {"6", "4", "4", "4"}));
}
TEST(Allocate, EighteenSharesOverFourTranchesBackLoadedToSingleTrancheIs4446) {
  EXPECT_TRUE(AmountsAre(allocate(Amount(18), equal(4), AllocationPolicy::back_loaded_to_single_tranche),
                         {"4", "4", "4", "6"}));
}
TEST(Allocate, EighteenSharesOverFourTranchesFractionalIs4Point5Each) {
  EXPECT_TRUE(AmountsAre(allocate(Amount(18), equal(4), AllocationPolicy::fractional), {"4.5", "4.5", "4.5", "4.5"}));
}

TEST(Allocate, SeedOptionMonthlyRoundDownIs4166Then4167) {
  const auto out = allocate(Amount(150000), equal(36), AllocationPolicy::cumulative_round_down);
  ASSERT_EQ(out.size(), 36u);
  EXPECT_TRUE(AmountsAre({out.begin(), out.begin() + 6}, {"4166", "4167", "4167", "4166", "4167", "4167"}));
}

TEST(Allocate, CumulativePoliciesKeepTheFractionOfAFractionalGrantInTheLastTranche) {
  EXPECT_TRUE(AmountsAre(allocate(A("47.5"), equal(4), AllocationPolicy::cumulative_round_down),
                         {"11", "12", "12", "12.5"}));
  EXPECT_TRUE(AmountsAre(allocate(A("47.5"), equal(4), AllocationPolicy::cumulative_rounding),
                         {"12", "12", "12", "11.5"}));
}

TEST(Allocate, CumulativeRoundingNeverOvershootsAFractionalGrant) {
  // 299/300 of 47.7 is 47.541, which rounds half up to 48 > 47.7.
  const auto out = allocate(A("47.7"), equal(300), AllocationPolicy::cumulative_rounding);
  Amount sum;
  for (std::size_t i = 0; i < out.size(); ++i) {
    EXPECT_FALSE(out[i].is_negative()) << "index " << i << ": found " << out[i].to_string();
    sum += out[i];
  }
  EXPECT_EQ(sum, A("47.7"));
}

TEST(Allocate, PartOfAGrantSumsExactlyToThatPart) {
  // 1/3 of 10 shares is 10/3: the final cumulative amount is not rounded away.
  const std::vector<Fraction> thirds{Fraction(1, 6), Fraction(1, 6)};
  EXPECT_TRUE(AmountsAre(allocate(Amount(10), thirds, AllocationPolicy::cumulative_round_down), {"1", "7/3"}));
}

TEST(Allocate, MayReturnZerosThatTheCallerDrops) {
  EXPECT_TRUE(AmountsAre(allocate(Amount(2), equal(4), AllocationPolicy::cumulative_round_down), {"0", "1", "0", "1"}));
  EXPECT_TRUE(AmountsAre(allocate(Amount(2), equal(4), AllocationPolicy::front_loaded), {"1", "1", "0", "0"}));
  EXPECT_TRUE(AmountsAre(allocate(Amount(2), equal(4), AllocationPolicy::back_loaded), {"0", "0", "1", "1"}));
}

TEST(Allocate, PortionsBelowOneAllocateThatPartOnly) {
  // Half of 18 over two tranches; the other half is elsewhere (contingent).
  const std::vector<Fraction> half{Fraction(1, 4), Fraction(1, 4)};
  for (auto p : kAllPolicies) {
    Amount sum;
    for (const auto& a : allocate(Amount(18), half, p)) sum += a;
    EXPECT_EQ(sum, Amount(9)) << to_string(p);
  }
}

TEST(Allocate, EmptyPortionsGiveNothing) {
  for (auto p : kAllPolicies) EXPECT_TRUE(allocate(Amount(18), {}, p).empty()) << to_string(p);
}

TEST(AllocationPolicy, NamesRoundTrip) {
  for (auto p : kAllPolicies) EXPECT_EQ(parse_allocation_policy(to_string(p)), p) << to_string(p);
  EXPECT_FALSE(parse_allocation_policy("round_down"));
  EXPECT_FALSE(parse_allocation_policy(""));
}

// For many random totals (whole and fractional) and portions: the sum is exact,
// every whole-share policy gives whole shares (except the last cumulative
// tranche of a fractional grant), and nothing is negative.
TEST(AllocateProperty, SumIsAlwaysExactForEveryPolicy) {
  std::mt19937_64 rng(20240229);
  for (int iter = 0; iter < 20000; ++iter) {
    const bool fractional_total = rng() % 4 == 0;
    const Amount total = fractional_total ? Amount(static_cast<std::int64_t>(rng() % 10000000 + 1), 10000)
                                          : Amount(static_cast<std::int64_t>(rng() % 1000000 + 1));
    const int n = static_cast<int>(rng() % 60 + 1);
    std::vector<Fraction> portions;
    const bool cover = rng() % 2 == 0;
    if (rng() % 2 == 0) {
      portions = equal(n);
    } else {
      std::vector<std::int64_t> weights;
      std::int64_t sum = 0;
      for (int i = 0; i < n; ++i) sum += weights.emplace_back(static_cast<std::int64_t>(rng() % 97 + 1));
      for (auto w : weights) portions.emplace_back(w, sum);
    }
    Fraction covered(1);
    if (!cover) {  // only part of the grant is dated
      const Fraction scale(static_cast<std::int64_t>(rng() % 99 + 1), 100);
      for (auto& p : portions) p = p * scale;
      covered = scale;
    }
    for (auto policy : kAllPolicies) {
      const auto out = allocate(total, portions, policy);
      ASSERT_EQ(out.size(), portions.size());
      Amount sum;
      int non_integer = 0;
      for (std::size_t i = 0; i < out.size(); ++i) {
        ASSERT_FALSE(out[i].is_negative()) << to_string(policy) << " total " << total.to_string() << " index " << i
                                           << ": found " << out[i].to_string();
        non_integer += out[i].is_integer() ? 0 : 1;
        sum += out[i];
      }
      ASSERT_EQ(sum, total * covered) << to_string(policy) << " total " << total.to_string() << " over " << n
                                      << ": expected " << (total * covered).to_string() << ", found " << sum.to_string();
      // Whole-share policies on a whole grant: whole shares, except that a part
      // which is not a whole number of shares keeps its fraction in one tranche.
      if (policy != AllocationPolicy::fractional && total.is_integer()) {
        ASSERT_LE(non_integer, (total * covered).is_integer() ? 0 : 1)
            << to_string(policy) << " total " << total.to_string() << " over " << n;
      }
    }
  }
}

// Cumulative round-down is the closed formula floor(N·c_k) − floor(N·c_{k−1}).
TEST(AllocateProperty, CumulativeRoundDownMatchesTheClosedFormula) {
  std::mt19937_64 rng(7);
  for (int iter = 0; iter < 5000; ++iter) {
    const Amount total(static_cast<std::int64_t>(rng() % 100000 + 1));
    const int n = static_cast<int>(rng() % 48 + 1);
    const auto out = allocate(total, equal(n), AllocationPolicy::cumulative_round_down);
    for (int k = 1; k <= n; ++k) {
      const Amount expected = (total * Fraction(k, n)).floor() - (total * Fraction(k - 1, n)).floor();
      ASSERT_EQ(out[static_cast<std::size_t>(k - 1)], expected)
          << "total " << total.to_string() << " over " << n << ", index " << k - 1;
    }
  }
}

// allocate_scaled is allocate() on integers over one denominator: the same
// amounts whenever it accepts, across the 64-bit, 128-bit and refused ranges.
TEST(AllocateScaled, MatchesAllocateOnRandomPortions) {
  std::mt19937_64 rng(42);
  int accepted = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    const int size = static_cast<int>(rng() % 3);
    const Amount total = size == 0   ? Amount(static_cast<std::int64_t>(rng() % 1000000 + 1))
                         : size == 1 ? Amount(static_cast<std::int64_t>(rng() % 10000000 + 1), 10000)
                                     : Amount(static_cast<std::int64_t>(rng() >> 1) + 1);
    const int n = static_cast<int>(rng() % 60 + 1);
    const std::int64_t denominator =
        rng() % 4 == 0 ? static_cast<std::int64_t>(rng() >> 2) + 1 : static_cast<std::int64_t>(rng() % 5000 + 1);
    // Positive numerators summing to the denominator (all of the grant) or below it.
    std::vector<std::int64_t> numerators;
    std::int64_t left = rng() % 2 == 0 ? denominator : static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(denominator)) + 1;
    for (int i = 0; i < n && left > 0; ++i) {
      const std::int64_t part = i + 1 == n ? left : static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(left)) + 1;
      numerators.push_back(part);
      left -= part;
    }
    std::vector<Fraction> portions;
    for (auto x : numerators) portions.emplace_back(x, denominator);
    std::vector<Amount> out{Amount(7)};  // appends after what is there
    for (auto policy : kAllPolicies) {
      out.resize(1);
      const bool ok = allocate_scaled(total, numerators, denominator, policy, out);
      if (!ok) {
        ASSERT_EQ(out.size(), 1u) << "a refusal appends nothing";
        continue;
      }
      ++accepted;
      const auto expected = allocate(total, portions, policy);
      ASSERT_EQ(out.size(), expected.size() + 1);
      for (std::size_t i = 0; i < expected.size(); ++i)
        ASSERT_EQ(out[i + 1], expected[i]) << to_string(policy) << " total " << total.to_string() << " over "
                                           << denominator << ", index " << i << ": expected "
                                           << expected[i].to_string() << ", found " << out[i + 1].to_string();
    }
  }
  EXPECT_GT(accepted, 10000);
}

TEST(AllocateScaled, RefusesWhatItCannotPromise) {
  std::vector<Amount> out;
  const std::vector<std::int64_t> quarters{1, 1, 1, 1};
  EXPECT_FALSE(allocate_scaled(Amount(18), quarters, 4, AllocationPolicy::back_loaded, out));
  EXPECT_FALSE(allocate_scaled(Amount(18), quarters, 0, AllocationPolicy::cumulative_round_down, out));
  EXPECT_FALSE(allocate_scaled(Amount(BigRational(BigInt(1) << 70)), quarters, 4, AllocationPolicy::cumulative_round_down, out));
  EXPECT_TRUE(out.empty());
  EXPECT_TRUE(allocate_scaled(Amount(18), quarters, 4, AllocationPolicy::cumulative_round_down, out));
  EXPECT_TRUE(AmountsAre(out, {"4", "5", "4", "5"}));
}

}  // namespace
}  // namespace vest
