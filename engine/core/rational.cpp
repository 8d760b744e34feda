#include "engine/core/rational.hpp"

#include <limits>
#include <stdexcept>
#include <utility>

namespace vest {

namespace {

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

u128 magnitude(i128 v) { return v < 0 ? static_cast<u128>(0) - static_cast<u128>(v) : static_cast<u128>(v); }

u128 gcd(u128 a, u128 b) {
  while (b != 0) {
    const u128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

bool fits(u128 m) { return m <= static_cast<u128>(std::numeric_limits<std::int64_t>::max()); }

BigInt to_big(i128 v) {
  const u128 m = magnitude(v);
  BigInt r(static_cast<std::uint64_t>(m >> 64));
  r <<= 64;
  r += static_cast<std::uint64_t>(m);
  if (v < 0) r = -r;
  return r;
}

}  // namespace

Rational Rational::big_whole(std::int64_t whole) {
  Rational r;
  r.big_ = std::make_shared<const BigRational>(whole);
  return r;
}

Rational::Rational(std::int64_t numerator, std::int64_t denominator) {
  if (denominator == 0) throw std::domain_error("vest::Rational: zero denominator");
  if (denominator == 1 && numerator != kMin) n_ = numerator;  // Fraction(1), Fraction(count): already in lowest terms
  else *this = make(numerator, denominator);
}

Rational::Rational(const BigRational& value) {
  const BigInt& n = boost::multiprecision::numerator(value);
  const BigInt& d = boost::multiprecision::denominator(value);
  const BigInt limit = std::numeric_limits<std::int64_t>::max();
  if (n <= limit && n >= -limit && d <= limit) {
    n_ = static_cast<std::int64_t>(n);
    d_ = static_cast<std::int64_t>(d);
  } else {
    big_ = std::make_shared<const BigRational>(value);
  }
}

namespace {
// Binary GCD (Stein): shifts and subtractions, no division.
std::uint64_t gcd64(std::uint64_t a, std::uint64_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  const int shift = __builtin_ctzll(a | b);
  a >>= __builtin_ctzll(a);
  do {
    b >>= __builtin_ctzll(b);
    if (a > b) std::swap(a, b);
    b -= a;
  } while (b != 0);
  return a << shift;
}
}  // namespace

Rational Rational::make(i128 n, i128 d) {
  if (d < 0) n = -n, d = -d;
  // Fast path: both fit in 64 bits (every product of two int64 values does
  // not, but sums and products of small fractions do).
  const u128 mn = magnitude(n), md = static_cast<u128>(d);
  if ((mn >> 64) == 0 && (md >> 64) == 0) {
    std::uint64_t a = static_cast<std::uint64_t>(mn), b = static_cast<std::uint64_t>(md);
    if (b != 1) {
      const std::uint64_t g = gcd64(a, b);
      a /= g;
      b /= g;
    }
    constexpr std::uint64_t kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (a <= kMax && b <= kMax) {
      Rational r;
      r.n_ = n < 0 ? -static_cast<std::int64_t>(a) : static_cast<std::int64_t>(a);
      r.d_ = static_cast<std::int64_t>(b);
      return r;
    }
  }
  const u128 g = gcd(magnitude(n), static_cast<u128>(d));
  if (g > 1) n /= static_cast<i128>(g), d /= static_cast<i128>(g);
  if (fits(magnitude(n)) && fits(static_cast<u128>(d))) {
    Rational r;
    r.n_ = static_cast<std::int64_t>(n);
    r.d_ = static_cast<std::int64_t>(d);
    return r;
  }
  return Rational(BigRational(to_big(n), to_big(d)));
}

BigRational Rational::big() const {
  if (big_) return *big_;
  return BigRational(BigInt(n_), BigInt(d_));
}

BigInt Rational::numerator() const { return big_ ? boost::multiprecision::numerator(*big_) : BigInt(n_); }
BigInt Rational::denominator() const { return big_ ? boost::multiprecision::denominator(*big_) : BigInt(d_); }

bool Rational::is_integer() const { return big_ ? boost::multiprecision::denominator(*big_) == 1 : d_ == 1; }

int Rational::big_sign() const { return *big_ < 0 ? -1 : (*big_ > 0 ? 1 : 0); }

Rational Rational::floor() const {
  if (!big_) {
    std::int64_t q = n_ / d_;
    if (n_ % d_ != 0 && n_ < 0) --q;
    return Rational(q);
  }
  const BigInt n = boost::multiprecision::numerator(*big_), d = boost::multiprecision::denominator(*big_);
  BigInt q = n / d;
  if (n < 0 && q * d != n) q -= 1;
  return Rational(BigRational(q));
}

bool Rational::to_fixed(int scale, std::int64_t& out) const {
  if (!big_ && scale >= 0 && scale <= 18) {
    i128 factor = 1;
    for (int i = 0; i < scale; ++i) factor *= 10;
    const i128 scaled = static_cast<i128>(n_) * factor;
    if (scaled % d_ != 0) return false;
    const i128 v = scaled / d_;
    if (!fits(magnitude(v))) return false;
    out = static_cast<std::int64_t>(v);
    return true;
  }
  BigInt factor = 1;
  for (int i = 0; i < scale; ++i) factor *= 10;
  const BigRational scaled = big() * BigRational(factor);
  if (boost::multiprecision::denominator(scaled) != 1) return false;
  const BigInt n = boost::multiprecision::numerator(scaled);
  if (n > BigInt(std::numeric_limits<std::int64_t>::max()) || n < BigInt(kMin)) return false;
  out = static_cast<std::int64_t>(n);
  return true;
}

Rational operator+(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) {
    // Whole share counts (the sum of a schedule's tranches) need no gcd.
    std::int64_t sum = 0;
    if (a.d_ == 1 && b.d_ == 1 && !__builtin_add_overflow(a.n_, b.n_, &sum) && sum != kMin) return Rational(sum);
    if (a.d_ == b.d_) return Rational::make(static_cast<i128>(a.n_) + b.n_, a.d_);
    return Rational::make(static_cast<i128>(a.n_) * b.d_ + static_cast<i128>(b.n_) * a.d_, static_cast<i128>(a.d_) * b.d_);
  }
  return Rational(BigRational(a.big() + b.big()));
}

Rational operator-(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) {
    std::int64_t difference = 0;
    if (a.d_ == 1 && b.d_ == 1 && !__builtin_sub_overflow(a.n_, b.n_, &difference) && difference != kMin)
      return Rational(difference);
    if (a.d_ == b.d_) return Rational::make(static_cast<i128>(a.n_) - b.n_, a.d_);
    return Rational::make(static_cast<i128>(a.n_) * b.d_ - static_cast<i128>(b.n_) * a.d_, static_cast<i128>(a.d_) * b.d_);
  }
  return Rational(BigRational(a.big() - b.big()));
}

Rational operator*(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) return Rational::make(static_cast<i128>(a.n_) * b.n_, static_cast<i128>(a.d_) * b.d_);
  return Rational(BigRational(a.big() * b.big()));
}

Rational operator/(const Rational& a, const Rational& b) {
  if (b.is_zero()) throw std::domain_error("vest::Rational: division by zero");
  if (!a.big_ && !b.big_) return Rational::make(static_cast<i128>(a.n_) * b.d_, static_cast<i128>(a.d_) * b.n_);
  return Rational(BigRational(a.big() / b.big()));
}

Rational operator-(const Rational& a) {
  if (!a.big_) {
    Rational r = a;
    r.n_ = -a.n_;  // n_ != INT64_MIN, so this cannot overflow
    return r;
  }
  return Rational(BigRational(-a.big()));
}

bool operator==(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) return a.n_ == b.n_ && a.d_ == b.d_;  // both in lowest terms
  return a.big() == b.big();
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) {
    const i128 l = static_cast<i128>(a.n_) * b.d_, r = static_cast<i128>(b.n_) * a.d_;
    return l < r ? std::strong_ordering::less : (l > r ? std::strong_ordering::greater : std::strong_ordering::equal);
  }
  const BigRational x = a.big(), y = b.big();
  return x < y ? std::strong_ordering::less : (x > y ? std::strong_ordering::greater : std::strong_ordering::equal);
}

}  // namespace vest
