#include "engine/chart/svg.hpp"

#include <cmath>
#include <cstdio>

namespace vest::chart {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // Control characters are not allowed in XML 1.0: show them as a space.
        out += (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') ? ' ' : c;
    }
  }
  return out;
}

// The style lives in the document so the picture looks the same opened alone,
// embedded in the workbench page, or converted by another tool.
constexpr std::string_view style_sheet =
    "text{font-family:DejaVu Sans,Arial,sans-serif;font-size:12px;fill:#222}"
    ".title{font-size:15px;font-weight:bold}.small{font-size:10px}.axis line,.axis path{stroke:#888}"
    "text{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}.small-title{font-size:12px}"
    ".axis line.grid{stroke:#e4e4e4}.vested{fill:none;stroke:#1f5fa8;stroke-width:2}"
    ".exercisable{fill:none;stroke:#2a9d5b;stroke-width:1.5;stroke-dasharray:6 3}"
    ".tranche{fill:#1f5fa8;stroke:#fff;stroke-width:1}.tranche.forfeited{fill:#fff;stroke:#b33}"
    ".as-of{stroke:#d2691e;stroke-width:1.5}.expiration{stroke:#777;stroke-dasharray:3 3}"
    ".grant-date{stroke:#999;stroke-dasharray:2 2}.contingent{fill:#f3d9a4;fill-opacity:.6;stroke:#d9a441}"
    ".panel-frame{fill:none;stroke:#ddd}.bar{stroke:#fff;stroke-width:.5}";

Svg::Svg(double width, double height, std::string_view title, std::string_view description) {
  out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  start_tag("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                    {"width", num(width)},
                    {"height", num(height)},
                    {"viewBox", "0 0 " + num(width) + " " + num(height)},
                    {"role", "img"},
                    {"aria-labelledby", "chart-title chart-desc"}});
  out_ += ">\n";
  open_.emplace_back("svg");
  text("title", {{"id", "chart-title"}}, title);
  text("desc", {{"id", "chart-desc"}}, description);
  text("style", {}, style_sheet);
  leaf("rect", {{"width", "100%"}, {"height", "100%"}, {"fill", "#fff"}});
}

void Svg::start_tag(std::string_view tag, const Attributes& attributes) {
  out_ += '<';
  out_ += tag;
  for (const auto& [name, value] : attributes) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += xml_escape(value);
    out_ += '"';
  }
}

void Svg::open(std::string_view tag, const Attributes& attributes) {
  start_tag(tag, attributes);
  out_ += ">\n";
  open_.emplace_back(tag);
}

void Svg::close() {
  if (open_.empty()) return;
  out_ += "</" + open_.back() + ">\n";
  open_.pop_back();
}

void Svg::leaf(std::string_view tag, const Attributes& attributes) {
  start_tag(tag, attributes);
  out_ += "/>\n";
}

void Svg::text(std::string_view tag, const Attributes& attributes, std::string_view content) {
  start_tag(tag, attributes);
  out_ += '>';
  out_ += xml_escape(content);
  out_ += "</";
  out_ += tag;
  out_ += ">\n";
}

std::string Svg::finish() && {
  while (!open_.empty()) close();
  return std::move(out_);
}

std::string Svg::num(double value) {
  if (!std::isfinite(value)) value = 0;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  std::string s = buf;
  if (s == "-0.0") s = "0.0";
  if (s.size() > 2 && s.ends_with(".0")) s.resize(s.size() - 2);
  return s;
}

std::string group_thousands(std::string_view number) {
  const std::size_t start = number.starts_with('-') ? 1 : 0;
  std::size_t end = number.find_first_of("./", start);
  if (end == std::string_view::npos) end = number.size();
  std::string out(number.substr(0, start));
  for (std::size_t i = start; i < end; ++i) {
    out += number[i];
    const std::size_t left = end - i - 1;
    if (left > 0 && left % 3 == 0) out += ',';
  }
  out += number.substr(end);
  return out;
}

}  // namespace vest::chart
