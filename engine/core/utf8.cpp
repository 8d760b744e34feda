#include "engine/core/utf8.hpp"

namespace vest {

std::size_t utf8_sequence_length(std::string_view s, std::size_t i, std::size_t* invalid_length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) need = 1;
  else if (b0 == 0xE0) need = 2, lo = 0xA0;
  else if (b0 >= 0xE1 && b0 <= 0xEC) need = 2;
  else if (b0 == 0xED) need = 2, hi = 0x9F;  // no surrogates
  else if (b0 >= 0xEE && b0 <= 0xEF) need = 2;
  else if (b0 == 0xF0) need = 3, lo = 0x90;
  else if (b0 >= 0xF1 && b0 <= 0xF3) need = 3;
  else if (b0 == 0xF4) need = 3, hi = 0x8F;  // nothing above U+10FFFF
  if (need == 0) {
    if (invalid_length) *invalid_length = 1;
    return 0;
  }
  for (std::size_t k = 1; k <= need; ++k) {
    const bool in_range = i + k < s.size() &&
                          (k == 1 ? byte(i + k) >= lo && byte(i + k) <= hi : byte(i + k) >= 0x80 && byte(i + k) <= 0xBF);
    if (!in_range) {
      if (invalid_length) *invalid_length = k;  // the maximal subpart: lead byte and the valid continuations so far
      return 0;
    }
  }
  return need + 1;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

std::string sanitized_utf8(std::string_view s, Utf8Repair* repair) {
  Utf8Repair r;
  const auto first = find_invalid_utf8(s);
  if (!first) {
    if (repair) *repair = r;
    return std::string(s);
  }
  std::string out(s.substr(0, *first));
  out.reserve(s.size() + 8);
  r.first_offset = *first;
  for (std::size_t i = *first; i < s.size();) {
    std::size_t bad = 0;
    const std::size_t n = utf8_sequence_length(s, i, &bad);
    if (n > 0) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++r.replaced;
      i += bad;
    }
  }
  if (repair) *repair = r;
  return out;
}

Utf8Repair sanitize_utf8(std::string& s) {
  Utf8Repair r;
  if (!find_invalid_utf8(s)) return r;
  s = sanitized_utf8(s, &r);
  return r;
}

}  // namespace vest
