// Exact share amounts.
//
// Filings report share counts with up to four decimals (47.5 RSUs, 1,234.5678
// units), and schedules split them into fractions (1/48th, 33 1/3%). A double
// cannot hold 1/3 or even 0.1, and a share count that is off by one share is a
// wrong answer, so every share count in vest is an `Amount`: an exact rational
// number (rational.hpp: int64 fast path, Boost.Multiprecision beyond).
// Rounding happens only in an allocation policy (allocation.hpp), never
// implicitly.
//
// Example:
//   Amount::parse("58,824")   == Amount(58824)
//   Amount::parse("47.5")     == Amount(95, 2)
//   (Amount(18) * Fraction(1, 4)).floor() == Amount(4)
//   Amount(95, 2).to_string() == "47.5";  Amount(10, 3).to_string() == "10/3"
#pragma once

#include "engine/core/rational.hpp"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vest {

// A part of a whole: 1/4, 6.25% (= 1/16), 33 1/3% (= 1/3). Exact.
class Fraction {
 public:
  Fraction() = default;
  Fraction(std::int64_t numerator, std::int64_t denominator = 1) : value_(numerator, denominator) {}
  explicit Fraction(const BigRational& value) : value_(value) {}
  explicit Fraction(Rational value) : value_(std::move(value)) {}

  static Fraction percent(const Fraction& p) { return Fraction(p.value_ / Rational(100)); }

  // The exact value as a Boost rational (a copy: the value may be stored small).
  BigRational value() const { return value_.big(); }
  const Rational& rational() const { return value_; }
  BigInt numerator() const { return value_.numerator(); }
  BigInt denominator() const { return value_.denominator(); }
  bool is_zero() const { return value_.is_zero(); }
  std::string to_string() const;  // "1/4", "1", "0"

  friend Fraction operator+(const Fraction& a, const Fraction& b) { return Fraction(a.value_ + b.value_); }
  friend Fraction operator-(const Fraction& a, const Fraction& b) { return Fraction(a.value_ - b.value_); }
  friend Fraction operator*(const Fraction& a, const Fraction& b) { return Fraction(a.value_ * b.value_); }
  friend Fraction operator/(const Fraction& a, const Fraction& b) { return Fraction(a.value_ / b.value_); }
  Fraction& operator+=(const Fraction& o) { value_ = value_ + o.value_; return *this; }
  Fraction& operator-=(const Fraction& o) { value_ = value_ - o.value_; return *this; }
  friend bool operator==(const Fraction& a, const Fraction& b) { return a.value_ == b.value_; }
  friend std::strong_ordering operator<=>(const Fraction& a, const Fraction& b) { return a.value_ <=> b.value_; }

 private:
  Rational value_;
};

// A number of shares, exact. May be fractional.
class Amount {
 public:
  Amount() = default;
  Amount(std::int64_t whole) : value_(whole) {}
  Amount(std::int64_t numerator, std::int64_t denominator) : value_(numerator, denominator) {}
  explicit Amount(const BigRational& value) : value_(value) {}
  explicit Amount(Rational value) : value_(std::move(value)) {}

  // Accepts "58824", "58,824", "47.5", "-3", "1234.5678"; thousands separators
  // must be well placed. std::nullopt for anything else (including "1e5", "nan").
  static std::optional<Amount> parse(std::string_view text);

  // The exact value as a Boost rational (a copy: the value may be stored small).
  BigRational value() const { return value_.big(); }
  const Rational& rational() const { return value_; }
  bool is_zero() const { return value_.is_zero(); }
  bool is_integer() const { return value_.is_integer(); }
  bool is_negative() const { return value_.sign() < 0; }
  Amount floor() const { return Amount(value_.floor()); }
  Amount round_half_up() const { return Amount((value_ + Rational(1, 2)).floor()); }
  // Exact decimal when the value has one ("47.5"), else "numerator/denominator".
  std::string to_string() const;
  // True when to_string() is a finite decimal.
  bool has_finite_decimal() const;
  // Fixed-point value in units of 10^-scale, if exact and it fits in int64.
  std::optional<std::int64_t> to_fixed(int scale) const;

  friend Amount operator+(const Amount& a, const Amount& b) { return Amount(a.value_ + b.value_); }
  friend Amount operator-(const Amount& a, const Amount& b) { return Amount(a.value_ - b.value_); }
  friend Amount operator*(const Amount& a, const Fraction& f) { return Amount(a.value_ * f.rational()); }
  friend Fraction operator/(const Amount& a, const Amount& b) { return Fraction(a.value_ / b.value_); }
  Amount& operator+=(const Amount& o) { value_ = value_ + o.value_; return *this; }
  Amount& operator-=(const Amount& o) { value_ = value_ - o.value_; return *this; }
  friend bool operator==(const Amount& a, const Amount& b) { return a.value_ == b.value_; }
  friend std::strong_ordering operator<=>(const Amount& a, const Amount& b) { return a.value_ <=> b.value_; }

 private:
  Rational value_;
};

std::string to_string(const Amount& a);

}  // namespace vest
