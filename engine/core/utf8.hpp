// UTF-8 sanitising: the one place where bytes that are not valid UTF-8 become
// U+FFFD, so that every JSON vest writes is valid (nlohmann's dump throws on
// invalid UTF-8) and nothing is aborted for a bad byte in a name or footnote.
//
// Invalid means what RFC 3629 says: stray continuation bytes, truncated
// sequences, overlong forms (C0 80), surrogates (ED A0 80) and code points
// above U+10FFFF. Each maximal invalid subpart is replaced by one U+FFFD (the
// W3C/Unicode "substitution of maximal subparts" practice), so "a\xE2\x82z"
// becomes "a\uFFFDz". Valid text is returned unchanged and nothing is
// allocated for it.
//
// Example:
//   std::string s = "Acme\xFF Inc";
//   auto fix = sanitize_utf8(s);   // s == "Acme\xEF\xBF\xBD Inc"
//   // fix.replaced == 1, fix.first_offset == 4 (byte offset in the input)
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vest {

struct Utf8Repair {
  std::size_t replaced = 0;                 // how many invalid subparts became U+FFFD
  std::optional<std::size_t> first_offset;  // byte offset of the first one in the input
  explicit operator bool() const { return replaced != 0; }
};

// Length of the valid UTF-8 sequence at s[i], or 0 when the byte there starts
// an invalid one (then `invalid_length` is how many bytes to replace).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i, std::size_t* invalid_length = nullptr);

// Byte offset of the first invalid sequence, or nullopt when `s` is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Replaces every invalid subpart of `s` by U+FFFD, in place; says what it did.
Utf8Repair sanitize_utf8(std::string& s);

// The same, returning a valid copy (for string_views and temporaries).
std::string sanitized_utf8(std::string_view s, Utf8Repair* repair = nullptr);

}  // namespace vest
