// Reading a chart back: the SVG is XML, so the tests parse it with pugixml and
// check marks against the schedule through the plot area's declared domain,
// never through the chart's own scale code.
#pragma once

#include "engine/core/civil_date.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <cstdlib>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace vest::testing {

struct ParsedSvg {
  pugi::xml_document doc;
  explicit ParsedSvg(const std::string& svg) {
    const auto r = doc.load_string(svg.c_str());
    EXPECT_TRUE(r) << "SVG is not well-formed XML: " << r.description() << " at offset " << r.offset;
  }
  // Elements whose class attribute contains `cls` as a word.
  std::vector<pugi::xml_node> by_class(const std::string& cls, pugi::xml_node under = {}) const {
    std::vector<pugi::xml_node> out;
    const std::string query = "//*[contains(concat(' ', normalize-space(@class), ' '), ' " + cls + " ')]";
    for (const auto& x : (under ? under : doc.document_element()).select_nodes(query.c_str())) out.push_back(x.node());
    return out;
  }
  pugi::xml_node one(const std::string& cls, pugi::xml_node under = {}) const {
    auto all = by_class(cls, under);
    EXPECT_FALSE(all.empty()) << "no element of class " << cls;
    return all.empty() ? pugi::xml_node{} : all.front();
  }
};

// The plot area's declared mapping: x linear in days over [data-from, data-to],
// y linear in shares over [0, data-max-shares].
struct PlotFrame {
  double x, y, width, height;
  Date from, to;
  double max_shares;
  explicit PlotFrame(pugi::xml_node rect)
      : x(rect.attribute("x").as_double()), y(rect.attribute("y").as_double()), width(rect.attribute("width").as_double()),
        height(rect.attribute("height").as_double()),
        from(parse_iso_date(rect.attribute("data-from").value()).value_or(Date{})),
        to(parse_iso_date(rect.attribute("data-to").value()).value_or(Date{})),
        max_shares(rect.attribute("data-max-shares").as_double()) {}
  double x_of(Date d) const {
    return x + width * static_cast<double>((d - from).count()) / static_cast<double>((to - from).count());
  }
  double y_of(double shares) const { return y + height - height * shares / max_shares; }
};

inline std::vector<std::pair<double, double>> polyline_points(pugi::xml_node polyline) {
  std::vector<std::pair<double, double>> out;
  std::istringstream in(polyline.attribute("points").value());
  std::string pair;
  while (in >> pair) {
    const auto comma = pair.find(',');
    out.emplace_back(std::strtod(pair.substr(0, comma).c_str(), nullptr), std::strtod(pair.substr(comma + 1).c_str(), nullptr));
  }
  return out;
}

}  // namespace vest::testing
