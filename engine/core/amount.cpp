#include "engine/core/amount.hpp"

namespace vest {

namespace mp = boost::multiprecision;

std::string Fraction::to_string() const {
  const BigInt d = value_.denominator();
  if (d == 1) return value_.numerator().str();
  return value_.numerator().str() + "/" + d.str();
}

std::optional<Amount> Amount::parse(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    i = 1;
  }
  // Up to 18 digits accumulate in an int64 (the common case); more go to BigInt.
  BigInt big_integer = 0;
  std::int64_t small = 0;
  std::size_t digits = 0, group = 0, total_digits = 0;
  bool grouped = false;
  auto push_digit = [&](int digit) {
    if (total_digits < 18) {
      small = small * 10 + digit;
    } else {
      if (total_digits == 18) big_integer = small;
      big_integer = big_integer * 10 + digit;
    }
    ++total_digits;
  };
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
    push_digit(c - '0');
    ++digits;
    ++group;
  }
  if (digits == 0 || (grouped && group != 3)) return std::nullopt;
  std::size_t decimals = 0;
  if (i < text.size()) {
    ++i;  // the '.'
    if (i == text.size()) return std::nullopt;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (c < '0' || c > '9') return std::nullopt;
      push_digit(c - '0');
      ++decimals;
    }
  }
  if (total_digits <= 18 && decimals <= 18) {
    std::int64_t scale = 1;
    for (std::size_t k = 0; k < decimals; ++k) scale *= 10;
    return Amount(negative ? -small : small, scale);
  }
  BigInt scale = 1;
  for (std::size_t k = 0; k < decimals; ++k) scale *= 10;
  if (total_digits <= 18) big_integer = small;
  BigRational v(big_integer, scale);
  if (negative) v = -v;
  return Amount(v);
}

bool Amount::has_finite_decimal() const {
  BigInt d = value_.denominator();
  while (d % 2 == 0) d /= 2;
  while (d % 5 == 0) d /= 5;
  return d == 1;
}

std::string Amount::to_string() const {
  if (value_.is_integer()) return value_.numerator().str();
  if (!has_finite_decimal()) return value_.numerator().str() + "/" + value_.denominator().str();
  const bool negative = value_.sign() < 0;
  BigInt n = value_.numerator();
  if (negative) n = -n;
  const BigInt d = value_.denominator();
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
  std::int64_t out = 0;
  if (!value_.to_fixed(scale, out)) return std::nullopt;
  return out;
}

std::string to_string(const Amount& a) { return a.to_string(); }

}  // namespace vest
