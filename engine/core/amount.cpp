#include "engine/core/amount.hpp"

#include <boost/multiprecision/integer.hpp>

namespace vest {

namespace mp = boost::multiprecision;

Fraction::Fraction(std::int64_t numerator, std::int64_t denominator)
    : value_(BigRational(numerator) / BigRational(denominator)) {}

BigInt Fraction::numerator() const { return mp::numerator(value_); }
BigInt Fraction::denominator() const { return mp::denominator(value_); }

std::string Fraction::to_string() const {
  const BigInt d = mp::denominator(value_);
  if (d == 1) return mp::numerator(value_).str();
  return mp::numerator(value_).str() + "/" + d.str();
}

std::strong_ordering operator<=>(const Fraction& a, const Fraction& b) {
  if (a.value_ < b.value_) return std::strong_ordering::less;
  if (a.value_ > b.value_) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

Amount::Amount(std::int64_t numerator, std::int64_t denominator)
    : value_(BigRational(numerator) / BigRational(denominator)) {}

std::optional<Amount> Amount::parse(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    i = 1;
  }
  BigInt integer = 0;
  std::size_t digits = 0, group = 0;
  bool grouped = false;
  for (; i < text.size() && text[i] != '.'; ++i) {
    const char c = text[i];
    if (c == ',') {
      // A separator needs 1-3 digits before the first one and exactly 3 between.
      if (digits == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    integer = integer * 10 + (c - '0');
    ++digits;
    ++group;
  }
  if (digits == 0 || (grouped && group != 3)) return std::nullopt;
  BigInt frac = 0, scale = 1;
  if (i < text.size()) {
    ++i;  // the '.'
    if (i == text.size()) return std::nullopt;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (c < '0' || c > '9') return std::nullopt;
      frac = frac * 10 + (c - '0');
      scale *= 10;
    }
  }
  BigRational v = BigRational(integer) + BigRational(frac, scale);
  if (negative) v = -v;
  return Amount(std::move(v));
}

bool Amount::is_integer() const { return mp::denominator(value_) == 1; }

Amount Amount::floor() const {
  const BigInt n = mp::numerator(value_), d = mp::denominator(value_);
  BigInt q = n / d;  // truncates toward zero
  if (n < 0 && q * d != n) q -= 1;
  return Amount(BigRational(q));
}

Amount Amount::round_half_up() const { return Amount(Amount(value_ + BigRational(1, 2)).floor()); }

bool Amount::has_finite_decimal() const {
  BigInt d = mp::denominator(value_);
  while (d % 2 == 0) d /= 2;
  while (d % 5 == 0) d /= 5;
  return d == 1;
}

std::string Amount::to_string() const {
  if (!has_finite_decimal()) return mp::numerator(value_).str() + "/" + mp::denominator(value_).str();
  const bool negative = value_ < 0;
  const BigRational abs = negative ? BigRational(-value_) : value_;
  BigInt n = mp::numerator(abs);
  const BigInt d = mp::denominator(abs);
  std::string out = (negative ? "-" : "") + BigInt(n / d).str();
  BigInt rem = n % d;
  if (rem != 0) {
    out += '.';
    while (rem != 0) {
      rem *= 10;
      out += static_cast<char>('0' + static_cast<int>(rem / d));
      rem %= d;
    }
  }
  return out;
}

std::optional<std::int64_t> Amount::to_fixed(int scale) const {
  BigInt factor = 1;
  for (int i = 0; i < scale; ++i) factor *= 10;
  const BigRational scaled = value_ * BigRational(factor);
  if (mp::denominator(scaled) != 1) return std::nullopt;
  const BigInt n = mp::numerator(scaled);
  if (n > BigInt(INT64_MAX) || n < BigInt(INT64_MIN)) return std::nullopt;
  return static_cast<std::int64_t>(n);
}

std::strong_ordering operator<=>(const Amount& a, const Amount& b) {
  if (a.value_ < b.value_) return std::strong_ordering::less;
  if (a.value_ > b.value_) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

std::string to_string(const Amount& a) { return a.to_string(); }

}  // namespace vest
