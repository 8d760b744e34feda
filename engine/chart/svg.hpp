// A small SVG writer: elements, attributes and text, escaped once here so no
// chart can emit markup from a footnote, an issuer name or a file name.
//
// Charts are plain SVG 1.1 with text as <text> (not outlines), a <title> and
// <desc> for screen readers, and data-* attributes carrying the exact figures
// behind every mark, so a test (or a reader's script) can check a picture
// against the schedule without measuring pixels. Coordinates are the only
// floating-point values; they are written with one decimal.
//
// Example:
//   Svg svg(800, 400, "Seed option", "Cumulative vested shares");
//   svg.leaf("line", {{"x1", Svg::num(10)}, {"y1", "0"}, {"x2", "10"}, {"y2", "5"}});
//   svg.text("text", {{"x", "4"}, {"y", "12"}}, "a <b> & c");   // a &lt;b&gt; &amp; c
//   std::string out = std::move(svg).finish();
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vest::chart {

using Attributes = std::vector<std::pair<std::string, std::string>>;

// Escapes & < > " ' for element content and attribute values alike.
std::string xml_escape(std::string_view text);

class Svg {
 public:
  // Opens the root <svg> with its viewBox, the <title> and <desc>, and the style sheet.
  Svg(double width, double height, std::string_view title, std::string_view description);

  void open(std::string_view tag, const Attributes& attributes = {});
  void close();  // the innermost open element
  void leaf(std::string_view tag, const Attributes& attributes);
  // An element holding text (escaped): <text>, <title>, <desc>, <tspan>.
  void text(std::string_view tag, const Attributes& attributes, std::string_view content);

  // Closes everything still open and returns the document.
  std::string finish() &&;

  // "12.3": one decimal, no exponent, "-0.0" written as "0".
  static std::string num(double value);

 private:
  void start_tag(std::string_view tag, const Attributes& attributes);
  std::string out_;
  std::vector<std::string> open_;
};

// "1234567" -> "1,234,567"; keeps a fraction part ("1,234.5", "10/3" as is).
std::string group_thousands(std::string_view number);

}  // namespace vest::chart
