// engine/core/amount.hpp: exact share amounts and fractions.
#include "engine/core/amount.hpp"

#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace vest {
namespace {

TEST(AmountParse, AcceptsThousandsSeparators) {
  EXPECT_EQ(Amount::parse("58,824"), Amount(58824));
  EXPECT_EQ(Amount::parse("1,000,000"), Amount(1000000));
  EXPECT_EQ(Amount::parse("200000"), Amount(200000));
}

TEST(AmountParse, AcceptsDecimalsExactly) {
  EXPECT_EQ(Amount::parse("47.5"), Amount(95, 2));
  EXPECT_EQ(Amount::parse("1,234.5678"), Amount(12345678, 10000));
  EXPECT_EQ(Amount::parse("0.1"), Amount(1, 10)) << "0.1 is exact, unlike a double";
  EXPECT_EQ(Amount::parse("2.91"), Amount(291, 100));
  EXPECT_EQ(Amount::parse("-3"), Amount(-3));
  EXPECT_EQ(Amount::parse("+3"), Amount(3));
  EXPECT_EQ(Amount::parse("0"), Amount(0));
  EXPECT_EQ(Amount::parse("007"), Amount(7));
}

TEST(AmountParse, KeepsHugeValuesExact) {
  const auto a = Amount::parse("123,456,789,012,345,678,901,234,567,890.0001");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->to_string(), "123456789012345678901234567890.0001");
}

TEST(AmountParse, RejectsMalformedNumbers) {
  for (const char* bad : {"1,23", "1,2345", "1234,567", ",123", "123,", "1,,234", "1e5", "1E5", "", "nan", "NaN",
                          "inf", "12.", ".5", "-", "+", "1.2.3", "1 234", " 12", "12 ", "0x10", "1,234.5,6", "--1",
                          "1.5e2", "１２"})
    EXPECT_FALSE(Amount::parse(bad)) << "accepted \"" << bad << "\"";
}

TEST(AmountToString, IsExactDecimalOrFraction) {
  EXPECT_EQ(Amount(95, 2).to_string(), "47.5");
  EXPECT_EQ(Amount(10, 3).to_string(), "10/3");
  EXPECT_EQ(Amount(-10, 3).to_string(), "-10/3");
  EXPECT_EQ(Amount(58824).to_string(), "58824");
  EXPECT_EQ(Amount(-1, 2).to_string(), "-0.5");
  EXPECT_EQ(Amount(1, 8).to_string(), "0.125");
  EXPECT_EQ(Amount(12345678, 10000).to_string(), "1234.5678");
  EXPECT_EQ(Amount(0).to_string(), "0");
  EXPECT_EQ(to_string(Amount(3, 4)), "0.75");
}

TEST(AmountToString, RoundTripsThroughParse) {
  for (const char* text : {"0", "1", "47.5", "1234.5678", "-0.0001", "999999999999.9999", "-58824"}) {
    const auto a = Amount::parse(text);
    ASSERT_TRUE(a) << text;
    EXPECT_EQ(a->to_string(), text);
    EXPECT_EQ(Amount::parse(a->to_string()), a);
  }
}

TEST(AmountFloor, RoundsTowardMinusInfinity) {
  EXPECT_EQ(Amount(9, 2).floor(), Amount(4));
  EXPECT_EQ(Amount(-9, 2).floor(), Amount(-5)) << "floor(-4.5) is -5, not -4";
  EXPECT_EQ(Amount(-4).floor(), Amount(-4));
  EXPECT_EQ(Amount(-1, 3).floor(), Amount(-1));
  EXPECT_EQ(Amount(0).floor(), Amount(0));
  EXPECT_EQ((Amount(18) * Fraction(1, 4)).floor(), Amount(4));
}

TEST(AmountRoundHalfUp, RoundsHalvesUp) {
  EXPECT_EQ(Amount(9, 2).round_half_up(), Amount(5));
  EXPECT_EQ(Amount(17, 4).round_half_up(), Amount(4));
  EXPECT_EQ(Amount(-9, 2).round_half_up(), Amount(-4));
  EXPECT_EQ(Amount(-19, 4).round_half_up(), Amount(-5));
}

TEST(AmountPredicates, IntegerAndFiniteDecimal) {
  EXPECT_TRUE(Amount(4).is_integer());
  EXPECT_FALSE(Amount(9, 2).is_integer());
  EXPECT_TRUE(Amount(9, 2).has_finite_decimal());
  EXPECT_TRUE(Amount(1, 80).has_finite_decimal());
  EXPECT_FALSE(Amount(1, 3).has_finite_decimal());
  EXPECT_FALSE(Amount(1, 30).has_finite_decimal());
  EXPECT_TRUE(Amount(-2).is_negative());
  EXPECT_TRUE(Amount(0).is_zero());
}

TEST(AmountToFixed, ScalesExactlyOrDeclines) {
  EXPECT_EQ(Amount(95, 2).to_fixed(4), 475000);
  EXPECT_EQ(Amount(12345678, 10000).to_fixed(4), 12345678);
  EXPECT_EQ(Amount(-95, 2).to_fixed(1), -475);
  EXPECT_EQ(Amount(58824).to_fixed(0), 58824);
  EXPECT_FALSE(Amount(1, 3).to_fixed(4)) << "1/3 has no fixed-point value";
  EXPECT_FALSE(Amount(1, 100000).to_fixed(4)) << "five decimals do not fit scale 4";
  EXPECT_EQ(Amount(std::numeric_limits<std::int64_t>::max()).to_fixed(0), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(Amount(std::numeric_limits<std::int64_t>::min()).to_fixed(0), std::numeric_limits<std::int64_t>::min());
  EXPECT_FALSE(Amount(std::numeric_limits<std::int64_t>::max()).to_fixed(1)) << "overflows int64";
  EXPECT_FALSE((Amount(std::numeric_limits<std::int64_t>::max()) + Amount(1)).to_fixed(0));
}

TEST(AmountArithmetic, IsExact) {
  EXPECT_EQ(Amount(1, 10) + Amount(2, 10), Amount(3, 10));
  EXPECT_EQ(Amount(200000) * Fraction(1, 4), Amount(50000));
  EXPECT_EQ(Amount(150000) * Fraction(3, 4) * Fraction(1, 6), Amount(18750));
  EXPECT_EQ(Amount(10) / Amount(4), Fraction(5, 2));
  Amount a(1);
  a += Amount(1, 2);
  a -= Amount(1, 4);
  EXPECT_EQ(a, Amount(5, 4));
  EXPECT_LT(Amount(1, 3), Amount(1, 2));
  EXPECT_GT(Amount(-1, 3), Amount(-1, 2));
}

TEST(Fraction, PercentAndParts) {
  EXPECT_EQ(Fraction::percent(Fraction(25)), Fraction(1, 4));
  EXPECT_EQ(Fraction::percent(Fraction(625, 100)), Fraction(1, 16)) << "6.25%";
  EXPECT_EQ(Fraction::percent(Fraction(100, 3)), Fraction(1, 3)) << "33 1/3%";
  EXPECT_EQ(Fraction(2, 8).numerator(), 1);
  EXPECT_EQ(Fraction(2, 8).denominator(), 4);
  EXPECT_EQ(Fraction(2, 8).to_string(), "1/4");
  EXPECT_EQ(Fraction(1).to_string(), "1");
  EXPECT_EQ(Fraction().to_string(), "0");
  EXPECT_TRUE(Fraction().is_zero());
  EXPECT_EQ(Fraction(1, 4) + Fraction(1, 4), Fraction(1, 2));
  EXPECT_EQ(Fraction(1, 2) - Fraction(1, 3), Fraction(1, 6));
  EXPECT_EQ(Fraction(1, 2) * Fraction(1, 3), Fraction(1, 6));
  EXPECT_EQ(Fraction(1, 2) / Fraction(1, 4), Fraction(2));
  EXPECT_LT(Fraction(1, 3), Fraction(1, 2));
}

}  // namespace
}  // namespace vest
