#include "engine/core/utf8.hpp"

#include <gtest/gtest.h>

namespace vest {
namespace {

constexpr const char* fffd = "\xEF\xBF\xBD";

TEST(SanitizeUtf8, LeavesValidTextUnchanged) {
  std::string s = "Acme \xC3\xA9t\xE2\x82\xAC \xF0\x9F\x98\x80 end";
  const std::string before = s;
  const auto r = sanitize_utf8(s);
  EXPECT_FALSE(r);
  EXPECT_EQ(s, before);
  EXPECT_FALSE(find_invalid_utf8(s));
}

TEST(SanitizeUtf8, ReplacesAStrayByteAndReportsItsOffset) {
  std::string s = "Acme\xFF Inc";
  const auto r = sanitize_utf8(s);
  EXPECT_EQ(r.replaced, 1u);
  EXPECT_EQ(r.first_offset, 4u);
  EXPECT_EQ(s, std::string("Acme") + fffd + " Inc");
}

TEST(SanitizeUtf8, ReplacesATruncatedSequenceByOneCharacter) {
  EXPECT_EQ(sanitized_utf8("a\xE2\x82z"), std::string("a") + fffd + "z");
  EXPECT_EQ(sanitized_utf8("end\xF0\x9F"), std::string("end") + fffd);
}

TEST(SanitizeUtf8, RefusesOverlongsSurrogatesAndCodePointsAbove10FFFF) {
  for (const char* bad : {"\xC0\x80", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\x80"}) {
    const std::string in = std::string("x") + bad + "y";
    ASSERT_TRUE(find_invalid_utf8(in)) << in;
    const std::string out = sanitized_utf8(in);
    EXPECT_FALSE(find_invalid_utf8(out)) << out;
    EXPECT_EQ(out.front(), 'x');
    EXPECT_EQ(out.back(), 'y');
  }
}

TEST(SanitizeUtf8, EveryByteStringBecomesValid) {
  // Exhaustive over all 2-byte strings and a sweep of 3-byte ones.
  for (int a = 0; a < 256; ++a)
    for (int b = 0; b < 256; ++b) {
      const std::string in{static_cast<char>(a), static_cast<char>(b)};
      EXPECT_FALSE(find_invalid_utf8(sanitized_utf8(in)));
    }
}

}  // namespace
}  // namespace vest
