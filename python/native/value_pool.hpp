// What a worker keeps of a batch's values before the columns are built: texts in one
// character pool, and amounts as whole int64 where they are (nearly all) or set aside
// exactly. Shared by parse_many (batch.cpp) and read_filings (filings.cpp).
#pragma once

#include "engine/core/amount.hpp"

#include <optional>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vest::python {

// A share amount as a worker keeps it: whole and within int64, absent, or an
// exact Amount set aside in its pool's `amounts` (aside is then its index).
struct ExactRef {
  static constexpr std::int32_t whole_value = -1, missing = -2;
  std::int64_t whole = 0;
  std::int32_t aside = missing;
};

struct ValuePool {
  std::string chars;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> texts;  // offset, length in chars
  std::vector<Amount> amounts;

  std::uint32_t text(std::string_view s) {
    texts.emplace_back(static_cast<std::uint32_t>(chars.size()), static_cast<std::uint32_t>(s.size()));
    chars.append(s);
    return static_cast<std::uint32_t>(texts.size() - 1);
  }
  std::string_view text_at(std::uint32_t i) const { return std::string_view(chars).substr(texts[i].first, texts[i].second); }
  ExactRef exact(const Amount& a) {
    std::int64_t n = 0, d = 1;
    if (a.rational().small_parts(n, d) && d == 1) return {n, ExactRef::whole_value};
    if (const auto v = a.is_integer() ? a.to_fixed(0) : std::nullopt) return {*v, ExactRef::whole_value};
    amounts.push_back(a);
    return {0, static_cast<std::int32_t>(amounts.size() - 1)};
  }
};

}  // namespace vest::python
