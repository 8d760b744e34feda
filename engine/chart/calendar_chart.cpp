#include "engine/chart/calendar_chart.hpp"

#include <algorithm>
#include <numeric>

namespace vest::chart {

namespace {

Amount exact(portfolio::Wide fixed) { return *Amount::parse(portfolio::fixed_to_string(fixed)); }

const char* const palette[] = {"#1f5fa8", "#e07b39", "#2a9d5b", "#c23b3b", "#7d5ba6",
                               "#8c6d31", "#d45d9c", "#5f6f7f", "#b5b5b5"};

}  // namespace

std::string calendar_title(std::string_view unit, Date from, Date to, std::size_t grants) {
  return "Shares vesting per " + std::string(unit) + ", " + to_iso(from) + " to " + to_iso(to) + " (" +
         group_thousands(std::to_string(grants)) + " grants)";
}

std::string bucket_label(Date start, portfolio::CalendarUnit unit) {
  const date::year_month_day ymd{start};
  const std::string year = std::to_string(static_cast<int>(ymd.year()));
  const unsigned m = static_cast<unsigned>(ymd.month());
  switch (unit) {
    case portfolio::CalendarUnit::year: return year;
    case portfolio::CalendarUnit::quarter: return year + " Q" + std::to_string((m - 1) / 3 + 1);
    case portfolio::CalendarUnit::month: return year + (m < 10 ? "-0" : "-") + std::to_string(m);
    default: return to_iso(start);
  }
}

CalendarData calendar_data(const portfolio::Calendar& c, const portfolio::Portfolio& p, portfolio::CalendarUnit unit,
                           bool stacked, std::size_t max_series) {
  CalendarData d;
  d.unit = unit;
  for (const auto& b : c.buckets) d.buckets.emplace_back(b.start, b.end);
  if (!stacked || c.issuer_shares.empty()) {
    CalendarSeries all{"all grants", {}};
    for (const auto& b : c.buckets) all.shares.push_back(exact(b.shares));
    d.series.push_back(std::move(all));
    return d;
  }
  // The largest issuers over the period keep their own series.
  std::vector<std::size_t> order(c.issuer_shares.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<portfolio::Wide> totals(order.size(), 0);
  for (std::size_t g = 0; g < order.size(); ++g)
    for (auto v : c.issuer_shares[g]) totals[g] += v;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return totals[a] > totals[b]; });
  const std::size_t own = order.size() > max_series ? max_series - 1 : order.size();
  for (std::size_t k = 0; k < own; ++k) {
    const std::size_t g = order[k];
    if (totals[g] == 0) continue;
    CalendarSeries s{p.issuers[static_cast<std::uint32_t>(g)], {}};
    for (auto v : c.issuer_shares[g]) s.shares.push_back(exact(v));
    d.series.push_back(std::move(s));
  }
  if (own < order.size()) {
    std::vector<portfolio::Wide> rest(c.buckets.size(), 0);
    for (std::size_t k = own; k < order.size(); ++k)
      for (std::size_t b = 0; b < rest.size(); ++b) rest[b] += c.issuer_shares[order[k]][b];
    CalendarSeries s{std::to_string(order.size() - own) + " other issuers", {}};
    for (auto v : rest) s.shares.push_back(exact(v));
    d.series.push_back(std::move(s));
  }
  return d;
}

std::string calendar_chart(const CalendarData& d, const CalendarChartOptions& o) {
  const double top_margin = d.series.size() > 1 ? 84 : 60;  // room for two legend rows
  const Frame plot{78, top_margin, o.width - 98, o.height - top_margin - 40};
  std::vector<Amount> totals(d.buckets.size());
  for (const auto& s : d.series)
    for (std::size_t b = 0; b < totals.size() && b < s.shares.size(); ++b) totals[b] += s.shares[b];
  const Amount top = totals.empty() ? Amount(1) : *std::max_element(totals.begin(), totals.end());
  const ShareScale y(top, plot);
  Amount sum;
  for (const auto& t : totals) sum += t;
  std::string description = "Bar chart of shares vesting per bucket: " + std::to_string(d.buckets.size()) + " bucket(s)";
  if (!d.buckets.empty())
    description += " from " + to_iso(d.buckets.front().first) + " to " + to_iso(d.buckets.back().second);
  description += ", " + shares_label(sum) + " shares in total";
  if (d.series.size() > 1) description += ", stacked by issuer (" + std::to_string(d.series.size()) + " series)";
  Svg svg(o.width, o.height, o.title, description + ".");
  svg.text("text", {{"class", "title"}, {"x", "8"}, {"y", "22"}}, o.title);
  svg.leaf("rect", {{"class", "plot-area"}, {"x", Svg::num(plot.x)}, {"y", Svg::num(plot.y)}, {"width", Svg::num(plot.width)},
                    {"height", Svg::num(plot.height)}, {"fill", "none"}, {"data-max-shares", y.max().to_string()},
                    {"data-buckets", std::to_string(d.buckets.size())}});
  // Share axis (the date axis is categorical: one band per bucket).
  svg.open("g", {{"class", "axis y-axis"}});
  for (std::int64_t v : share_ticks(y.max(), 6)) {
    const std::string py = Svg::num(y(v));
    svg.leaf("line", {{"class", "grid"}, {"x1", Svg::num(plot.x)}, {"x2", Svg::num(plot.right())}, {"y1", py}, {"y2", py}});
    svg.text("text", {{"class", "tick-label"}, {"x", Svg::num(plot.x - 6)}, {"y", Svg::num(y(v) + 4)}, {"text-anchor", "end"},
                      {"data-shares", std::to_string(v)}},
             group_thousands(std::to_string(v)));
  }
  svg.text("text", {{"class", "axis-label small"}, {"x", Svg::num(plot.x)}, {"y", Svg::num(plot.y - 8)}}, "shares vesting");
  svg.close();
  const double band = d.buckets.empty() ? plot.width : plot.width / static_cast<double>(d.buckets.size());
  const std::size_t label_every = std::max<std::size_t>(1, (d.buckets.size() + 11) / 12);
  svg.open("g", {{"class", "axis x-axis"}});
  for (std::size_t b = 0; b < d.buckets.size(); b += label_every)
    svg.text("text", {{"class", "tick-label"}, {"x", Svg::num(plot.x + band * (static_cast<double>(b) + 0.5))},
                      {"y", Svg::num(plot.bottom() + 16)}, {"text-anchor", "middle"}, {"data-date", to_iso(d.buckets[b].first)}},
             bucket_label(d.buckets[b].first, d.unit));
  svg.close();
  svg.open("g", {{"class", "bars"}});
  for (std::size_t b = 0; b < d.buckets.size(); ++b) {
    Amount base;
    const std::string when = bucket_label(d.buckets[b].first, d.unit);
    for (std::size_t k = 0; k < d.series.size(); ++k) {
      const Amount& v = d.series[k].shares[b];
      if (v.is_zero()) continue;
      const double top_px = y(base + v), bottom_px = y(base);
      svg.open("g", {{"class", "bar-segment"}, {"data-start", to_iso(d.buckets[b].first)}, {"data-end", to_iso(d.buckets[b].second)},
                     {"data-series", d.series[k].name}, {"data-shares", v.to_string()}});
      svg.leaf("rect", {{"class", "bar"}, {"x", Svg::num(plot.x + band * static_cast<double>(b) + band * 0.1)}, {"y", Svg::num(top_px)},
                        {"width", Svg::num(std::max(0.5, band * 0.8))}, {"height", Svg::num(bottom_px - top_px)},
                        {"fill", palette[std::min<std::size_t>(k, std::size(palette) - 1)]}});
      svg.text("title", {}, when + ": " + (d.series.size() > 1 ? d.series[k].name + " " : "") + shares_label(v) + " shares");
      svg.close();
      base += v;
    }
  }
  svg.close();
  if (d.series.size() > 1) {
    svg.open("g", {{"class", "legend"}});
    double x = plot.x, row = 40;
    for (std::size_t k = 0; k < d.series.size(); ++k) {
      const double w = 30 + 7.0 * static_cast<double>(std::min<std::size_t>(d.series[k].name.size(), 24));
      if (x + w > o.width - 10) {
        x = plot.x;
        row += 14;
      }
      svg.leaf("rect", {{"x", Svg::num(x)}, {"y", Svg::num(row - 9)}, {"width", "10"}, {"height", "10"},
                        {"fill", palette[std::min<std::size_t>(k, std::size(palette) - 1)]}});
      svg.text("text", {{"class", "small"}, {"x", Svg::num(x + 14)}, {"y", Svg::num(row)}}, d.series[k].name.substr(0, 24));
      x += w;
    }
    svg.close();
  }
  return std::move(svg).finish();
}

}  // namespace vest::chart
