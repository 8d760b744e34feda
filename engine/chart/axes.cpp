#include "engine/chart/axes.hpp"

#include <algorithm>
#include <cmath>

namespace vest::chart {

DateScale::DateScale(Date from, Date to, Frame frame) : from_(from), to_(std::max(to, from + date::days(1))), frame_(frame) {}

double DateScale::operator()(Date d) const {
  const double span = static_cast<double>((to_ - from_).count());
  return frame_.x + frame_.width * static_cast<double>((d - from_).count()) / span;
}

double to_double(const Amount& a) { return a.value().convert_to<double>(); }

ShareScale::ShareScale(const Amount& max, Frame frame)
    : max_(max < Amount(1) ? Amount(1) : max), max_double_(to_double(max_)), frame_(frame) {}

double ShareScale::operator()(const Amount& shares) const {
  return frame_.bottom() - frame_.height * to_double(shares) / max_double_;
}

std::string shares_label(const Amount& a) { return group_thousands(a.to_string()); }

namespace {

date::year_month_day ymd(Date d) { return date::year_month_day{d}; }

// The first day of the step (in months) at or after `d`, aligned to January.
Date first_aligned(Date d, int months) {
  const auto y = ymd(d);
  int m = static_cast<int>(static_cast<unsigned>(y.month())) - 1;  // 0-based
  int year = static_cast<int>(y.year());
  if (y.day() != date::day{1} || m % months != 0) {
    m = (m / months + 1) * months;
    year += m / 12;
    m %= 12;
  }
  return date::sys_days{date::year{year} / date::month{static_cast<unsigned>(m + 1)} / 1};
}

Date plus_months(Date d, int months) {
  const auto y = ymd(d);
  const int total = static_cast<int>(y.year()) * 12 + static_cast<int>(static_cast<unsigned>(y.month())) - 1 + months;
  return date::sys_days{date::year{total / 12} / date::month{static_cast<unsigned>(total % 12 + 1)} / 1};
}

}  // namespace

std::vector<DateTick> date_ticks(Date from, Date to, int max_ticks) {
  const double span_months = static_cast<double>((to - from).count()) / 30.44;
  static constexpr int steps[] = {1, 3, 6, 12, 24, 60, 120, 240, 600};
  int step = steps[std::size(steps) - 1];
  for (int s : steps)
    if (span_months / s <= std::max(1, max_ticks)) {
      step = s;
      break;
    }
  std::vector<DateTick> ticks;
  for (Date d = first_aligned(from, step); d <= to; d = plus_months(d, step)) {
    const auto y = ymd(d);
    std::string label = std::to_string(static_cast<int>(y.year()));
    if (step < 12) {
      const unsigned m = static_cast<unsigned>(y.month());
      label += m < 10 ? "-0" + std::to_string(m) : "-" + std::to_string(m);
    }
    ticks.push_back({d, std::move(label)});
  }
  return ticks;
}

std::vector<std::int64_t> share_ticks(const Amount& max, int max_ticks) {
  const double top = std::min(to_double(max), 9e17);
  std::int64_t step = 1;
  for (std::int64_t power = 1; power <= 100'000'000'000'000'000; power *= 10) {
    bool found = false;
    for (std::int64_t m : {1, 2, 5}) {
      if (top / static_cast<double>(m * power) <= max_ticks) {
        step = m * power;
        found = true;
        break;
      }
    }
    if (found) break;
  }
  std::vector<std::int64_t> ticks;
  for (std::int64_t v = 0; static_cast<double>(v) <= top && ticks.size() <= static_cast<std::size_t>(max_ticks) + 1; v += step)
    ticks.push_back(v);
  return ticks;
}

void draw_axes(Svg& svg, const Frame& frame, const DateScale& x, const ShareScale& y, int max_date_ticks,
               int max_share_ticks, std::string_view y_label) {
  svg.open("g", {{"class", "axis y-axis"}});
  for (std::int64_t v : share_ticks(y.max(), max_share_ticks)) {
    const std::string py = Svg::num(y(v));
    svg.leaf("line", {{"class", "grid"}, {"x1", Svg::num(frame.x)}, {"x2", Svg::num(frame.right())}, {"y1", py}, {"y2", py}});
    svg.text("text", {{"class", "tick-label"}, {"x", Svg::num(frame.x - 6)}, {"y", Svg::num(y(v) + 4)},
                      {"text-anchor", "end"}, {"data-shares", std::to_string(v)}},
             group_thousands(std::to_string(v)));
  }
  svg.text("text", {{"class", "axis-label small"}, {"x", Svg::num(frame.x)}, {"y", Svg::num(frame.y - 8)}, {"text-anchor", "start"}},
           y_label);
  svg.close();
  svg.open("g", {{"class", "axis x-axis"}});
  svg.leaf("line", {{"x1", Svg::num(frame.x)}, {"x2", Svg::num(frame.right())}, {"y1", Svg::num(frame.bottom())},
                    {"y2", Svg::num(frame.bottom())}});
  for (const auto& t : date_ticks(x.from(), x.to(), max_date_ticks)) {
    const std::string px = Svg::num(x(t.date));
    svg.leaf("line", {{"x1", px}, {"x2", px}, {"y1", Svg::num(frame.bottom())}, {"y2", Svg::num(frame.bottom() + 4)}});
    svg.text("text", {{"class", "tick-label"}, {"x", px}, {"y", Svg::num(frame.bottom() + 16)}, {"text-anchor", "middle"},
                      {"data-date", to_iso(t.date)}},
             t.label);
  }
  svg.close();
}

}  // namespace vest::chart
