#include "engine/chart/svg.hpp"

#include "tests/chart/svg_reader.hpp"

namespace vest::chart {
namespace {

TEST(XmlEscape, EscapesMarkupAndQuotes) {
  EXPECT_EQ(xml_escape("<script>alert(\"1\") & 'x'</script>"),
            "&lt;script&gt;alert(&quot;1&quot;) &amp; &apos;x&apos;&lt;/script&gt;");
}

TEST(XmlEscape, ControlCharactersBecomeSpaces) { EXPECT_EQ(xml_escape(std::string("a\x01" "b\nc")), "a b\nc"); }

TEST(Svg, WritesAWellFormedDocumentWithTitleAndDesc) {
  Svg svg(800, 400, "Seed <option>", "a & b");
  svg.open("g", {{"class", "x"}});
  svg.text("text", {{"x", "1"}}, "</svg><script>alert(1)</script>");
  const std::string out = std::move(svg).finish();
  testing::ParsedSvg parsed(out);
  const auto root = parsed.doc.document_element();
  EXPECT_STREQ(root.name(), "svg");
  EXPECT_STREQ(root.child("title").text().get(), "Seed <option>");
  EXPECT_STREQ(root.child("desc").text().get(), "a & b");
  EXPECT_TRUE(parsed.doc.select_nodes("//script").empty());
  EXPECT_STREQ(root.child("g").child("text").text().get(), "</svg><script>alert(1)</script>");
}

TEST(SvgNum, OneDecimalNoNegativeZero) {
  EXPECT_EQ(Svg::num(12.345), "12.3");
  EXPECT_EQ(Svg::num(12.0), "12");
  EXPECT_EQ(Svg::num(-0.01), "0");
  EXPECT_EQ(Svg::num(1e300 * 1e300), "0");
}

TEST(GroupThousands, GroupsTheIntegerPartOnly) {
  EXPECT_EQ(group_thousands("200000"), "200,000");
  EXPECT_EQ(group_thousands("1234567.25"), "1,234,567.25");
  EXPECT_EQ(group_thousands("-1000"), "-1,000");
  EXPECT_EQ(group_thousands("10/3"), "10/3");
  EXPECT_EQ(group_thousands("999"), "999");
}

}  // namespace
}  // namespace vest::chart
