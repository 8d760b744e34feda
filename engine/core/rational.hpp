// An exact rational number that is cheap when it is small.
//
// Share counts and vesting fractions are almost always small (58,824 shares;
// 1/48; 6.25% = 1/16), but must stay exact when they are not (a 10^15-unit
// grant times 1/7). `Rational` keeps numerator and denominator in two int64s
// and does its arithmetic in 128 bits; a result that does not fit moves to
// Boost.Multiprecision's `cpp_rational`, and a big value that becomes small
// again moves back. Every operation is exact either way: the fast path is an
// optimisation, never an approximation (amount_test cross-checks it against
// cpp_rational).
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <cstdint>
#include <limits>
#include <memory>

namespace vest {

using BigInt = boost::multiprecision::cpp_int;
using BigRational = boost::multiprecision::cpp_rational;

class Rational {
 public:
  Rational() = default;
  Rational(std::int64_t whole) : n_(whole) {
    if (whole == std::numeric_limits<std::int64_t>::min()) *this = big_whole(whole);
  }
  Rational(std::int64_t numerator, std::int64_t denominator);  // throws std::domain_error on a zero denominator
  explicit Rational(const BigRational& value);

  BigRational big() const;
  BigInt numerator() const;
  BigInt denominator() const;
  bool is_small() const { return !big_; }
  bool is_zero() const { return !big_ && n_ == 0; }
  bool is_integer() const;
  int sign() const { return big_ ? big_sign() : (n_ > 0) - (n_ < 0); }
  Rational floor() const;
  // Exact value times 10^scale if that is an integer fitting int64.
  bool to_fixed(int scale, std::int64_t& out) const;
  // Numerator and denominator (lowest terms, d > 0) when the value is stored small.
  bool small_parts(std::int64_t& n, std::int64_t& d) const {
    if (big_) return false;
    n = n_;
    d = d_;
    return true;
  }

  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  friend Rational operator/(const Rational& a, const Rational& b);  // throws std::domain_error on zero
  friend Rational operator-(const Rational& a);
  friend bool operator==(const Rational& a, const Rational& b);
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

 private:
  __extension__ typedef __int128 i128;
  // From a 128-bit fraction (d != 0): lowest terms, small when it fits.
  static Rational make(i128 n, i128 d);
  static Rational big_whole(std::int64_t whole);  // INT64_MIN: its negation does not fit
  int big_sign() const;
  // Small when big_ is null: n_/d_ in lowest terms, d_ > 0, n_ != INT64_MIN.
  std::int64_t n_ = 0;
  std::int64_t d_ = 1;
  std::shared_ptr<const BigRational> big_;
};

}  // namespace vest
