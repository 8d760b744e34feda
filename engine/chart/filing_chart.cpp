#include "engine/chart/filing_chart.hpp"

#include "engine/filings/filing_json.hpp"

#include <algorithm>

namespace vest::chart {

std::string filing_chart(std::span<const FilingPanel> panels, const FilingChartOptions& o) {
  const int columns = o.width >= 700 && panels.size() > 1 ? 2 : 1;
  const double header = 34;
  const std::size_t rows = std::max<std::size_t>(1, (panels.size() + columns - 1) / columns);
  const double panel_width = o.width / columns;
  const double height = header + static_cast<double>(rows) * o.panel_height;
  std::size_t with_schedule = 0;
  for (const auto& p : panels) with_schedule += p.schedule != nullptr;
  const std::string description = std::to_string(panels.size()) + " grant(s), " + std::to_string(with_schedule) +
                                  " with a schedule: one step curve of cumulative vested shares per grant" +
                                  (o.as_of ? ", as of " + to_iso(*o.as_of) : "") + ".";
  Svg svg(o.width, height, o.title, description);
  svg.text("text", {{"class", "title"}, {"x", "8"}, {"y", "22"}}, o.title);
  if (panels.empty()) svg.text("text", {{"x", "8"}, {"y", "60"}}, "No grants.");
  for (std::size_t i = 0; i < panels.size(); ++i) {
    const Frame box{static_cast<double>(i % columns) * panel_width, header + static_cast<double>(i / columns) * o.panel_height,
                    panel_width, o.panel_height};
    svg.open("g", {{"class", "panel"}, {"data-index", std::to_string(i)}});
    svg.leaf("rect", {{"class", "panel-frame"}, {"x", Svg::num(box.x + 2)}, {"y", Svg::num(box.y + 2)},
                      {"width", Svg::num(box.width - 4)}, {"height", Svg::num(box.height - 4)}});
    if (panels[i].schedule) {
      GrantChartOptions g;
      g.title = panels[i].title;
      g.as_of = o.as_of;
      draw_grant(svg, *panels[i].schedule, g, {box.x + 2, box.y + 2, box.width - 4, box.height - 4}, true);
    } else {
      svg.text("text", {{"class", "title small-title"}, {"x", Svg::num(box.x + 10)}, {"y", Svg::num(box.y + 20)}}, panels[i].title);
      svg.text("text", {{"class", "no-schedule"}, {"x", Svg::num(box.x + 10)}, {"y", Svg::num(box.y + box.height / 2)}},
               panels[i].why_not.empty() ? "no schedule" : panels[i].why_not);
    }
    svg.close();
  }
  return std::move(svg).finish();
}

}  // namespace vest::chart

namespace vest::chart {

std::string filing_title(const filings::Filing& f) {
  std::string t = f.issuer.name.empty() ? "Filing" : f.issuer.name;
  if (!f.issuer.ticker.empty()) t += " (" + f.issuer.ticker + ")";
  if (!f.form.empty()) t += " · Form " + f.form;
  const std::string owners = filings::owner_names(f);
  if (!owners.empty()) t += " · " + owners;
  return t;
}

std::vector<FilingPanel> filing_panels(const filings::Filing& f, const filings::FilingGrants& grants, bool name_issuer) {
  std::vector<FilingPanel> panels;
  for (const auto& g : grants.grants) {
    const filings::Row& row = f.rows[g.row];
    FilingPanel p;
    if (name_issuer) p.title = (f.issuer.ticker.empty() ? f.issuer.name : f.issuer.ticker) + " · ";
    p.title += row.security;
    if (g.context.grant_date) p.title += " · " + to_iso(*g.context.grant_date);
    if (g.context.shares) p.title += " · " + shares_label(*g.context.shares);
    const auto& in = g.interpretation;
    if (in.schedule) {
      p.schedule = &*in.schedule;
    } else {
      p.why_not = std::string(rules::to_string(in.kind)) + ": no schedule";
      for (const auto& d : in.diagnostics)
        if (d.severity == Severity::error) {
          p.why_not += " (" + d.message.substr(0, 70) + ")";
          break;
        }
    }
    panels.push_back(std::move(p));
  }
  return panels;
}

}  // namespace vest::chart
