// Rational's int64 fast path must agree exactly with Boost's cpp_rational,
// including across the switch to big values and back.
#include "engine/core/rational.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <random>

namespace vest {
namespace {

TEST(Rational, NormalisesToLowestTermsWithPositiveDenominator) {
  const Rational r(6, -8);
  EXPECT_EQ(r.numerator(), BigInt(-3));
  EXPECT_EQ(r.denominator(), BigInt(4));
  EXPECT_TRUE(r.is_small());
}

TEST(Rational, ZeroDenominatorThrowsInsteadOfInventingAValue) {
  EXPECT_THROW(Rational(1, 0), std::domain_error);
  EXPECT_THROW(Rational(1) / Rational(0), std::domain_error);
}

TEST(Rational, OverflowMovesToBigAndBackWithoutLosingADigit) {
  const Rational max(std::numeric_limits<std::int64_t>::max());
  const Rational sum = max + max;
  EXPECT_FALSE(sum.is_small());
  EXPECT_EQ(sum.big(), BigRational(BigInt(std::numeric_limits<std::int64_t>::max()) * 2));
  const Rational back = sum - max;
  EXPECT_TRUE(back.is_small());
  EXPECT_EQ(back, max);
}

TEST(Rational, Int64MinIsHeldExactly) {
  const Rational m(std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(m.big(), BigRational(std::numeric_limits<std::int64_t>::min()));
  EXPECT_EQ((-m).big(), -BigRational(std::numeric_limits<std::int64_t>::min()));
}

TEST(Rational, FloorRoundsTowardMinusInfinity) {
  EXPECT_EQ(Rational(7, 2).floor(), Rational(3));
  EXPECT_EQ(Rational(-7, 2).floor(), Rational(-4));
  EXPECT_EQ(Rational(-8, 2).floor(), Rational(-4));
}

TEST(Rational, ToFixedIsExactOrRefuses) {
  std::int64_t out = 0;
  EXPECT_TRUE(Rational(95, 2).to_fixed(4, out));
  EXPECT_EQ(out, 475000);
  EXPECT_FALSE(Rational(1, 3).to_fixed(4, out));
  EXPECT_FALSE(Rational(std::numeric_limits<std::int64_t>::max()).to_fixed(1, out));
}

// Random operands of every size class, each operation checked against cpp_rational.
TEST(Rational, AgreesWithCppRationalOnRandomArithmetic) {
  std::mt19937_64 rng(20261122);
  auto pick = [&]() -> std::int64_t {
    switch (rng() % 4) {
      case 0: return static_cast<std::int64_t>(rng() % 200) - 100;
      case 1: return static_cast<std::int64_t>(rng() % 2000000) - 1000000;
      case 2: return static_cast<std::int64_t>(rng() >> 2) * (rng() % 2 ? 1 : -1);
      default: return static_cast<std::int64_t>(rng());
    }
  };
  auto nonzero = [&]() {
    std::int64_t v = 0;
    while (v == 0) v = pick();
    return v;
  };
  for (int i = 0; i < 100000; ++i) {
    const Rational a(pick(), nonzero()), b(pick(), nonzero());
    // Chain once more so that big operands also enter the operations.
    const Rational c = i % 3 == 0 ? a * b : a;
    const BigRational A = c.big(), B = b.big();
    ASSERT_EQ((c + b).big(), A + B) << i;
    ASSERT_EQ((c - b).big(), A - B) << i;
    ASSERT_EQ((c * b).big(), A * B) << i;
    if (!b.is_zero()) {
      ASSERT_EQ((c / b).big(), A / B) << i;
    }
    ASSERT_EQ(c == b, A == B) << i;
    ASSERT_EQ(c < b, A < B) << i;
    ASSERT_EQ(c.floor().big(), Rational(A).floor().big()) << i;
    ASSERT_EQ(Rational(A), c) << i;
  }
}

}  // namespace
}  // namespace vest
