#include "engine/chart/grant_chart.hpp"

#include "engine/core/projection.hpp"

#include <algorithm>
#include <map>

namespace vest::chart {

namespace {

// The dates the picture must show: grant, tranches, as-of, expiration.
std::pair<Date, Date> date_domain(const Schedule& s, const std::optional<Date>& as_of) {
  std::vector<Date> dates;
  if (s.grant_date()) dates.push_back(*s.grant_date());
  for (const auto& t : s.tranches()) {
    dates.push_back(t.date);
    dates.push_back(t.vests_on);
  }
  if (as_of) dates.push_back(*as_of);
  if (s.option() && s.option()->expiration) dates.push_back(*s.option()->expiration);
  if (dates.empty()) dates.push_back(Date{});
  const auto [lo, hi] = std::minmax_element(dates.begin(), dates.end());
  const auto pad = date::days(std::max<long>(15, (*hi - *lo).count() / 30));
  return {*lo - pad, *hi + pad};
}

// Cumulative vested shares after each vesting day, in vests_on order (forfeited tranches left out).
std::map<Date, Amount> vested_steps(const Schedule& s) {
  std::map<Date, Amount> per_day;
  for (const auto& t : s.tranches())
    if (!t.forfeited_on) per_day[t.vests_on] += t.shares;
  Amount running;
  for (auto& [day, shares] : per_day) shares = (running += shares);
  return per_day;
}

std::string step_points(const std::map<Date, Amount>& steps, const DateScale& x, const ShareScale& y, Date from, Date to) {
  std::string points = Svg::num(x(from)) + "," + Svg::num(y(0));
  Amount previous;
  for (const auto& [day, cumulative] : steps) {
    points += " " + Svg::num(x(day)) + "," + Svg::num(y(previous));
    points += " " + Svg::num(x(day)) + "," + Svg::num(y(cumulative));
    previous = cumulative;
  }
  return points + " " + Svg::num(x(to)) + "," + Svg::num(y(previous));
}

// Exercisable shares change where the projection changes: vesting days, the
// grant (early exercise) and the day after the last exercise day.
std::map<Date, Amount> exercisable_steps(const Schedule& s, Date from) {
  std::vector<Date> days{from};
  if (s.grant_date()) days.push_back(*s.grant_date());
  for (const auto& t : s.tranches()) days.push_back(t.vests_on);
  if (auto last = last_exercise_day(s)) days.push_back(*last + date::days(1));
  std::map<Date, Amount> steps;
  for (Date d : days) steps[d] = project(s, d).exercisable;
  return steps;
}

std::string level_points(const std::map<Date, Amount>& levels, const DateScale& x, const ShareScale& y, Date to) {
  std::string points;
  std::optional<Amount> previous;
  for (const auto& [day, level] : levels) {
    if (previous) points += " " + Svg::num(x(day)) + "," + Svg::num(y(*previous));
    points += (points.empty() ? "" : " ") + Svg::num(x(day)) + "," + Svg::num(y(level));
    previous = level;
  }
  return points + " " + Svg::num(x(to)) + "," + Svg::num(y(previous.value_or(Amount()))); 
}

// Roughly how wide a label is at the small (10 px) size: enough to keep it inside the plot.
double small_text_width(std::string_view text) { return 5.8 * static_cast<double>(text.size()); }

// Text beside a vertical line at px: on its right unless it would leave the plot.
Attributes beside(double px, const Frame& f, double width, double y, std::string cls) {
  const bool left = px + 5 + width > f.right() && px - 5 - width >= f.x - 40;
  return {{"class", std::move(cls)}, {"x", Svg::num(left ? px - 4 : px + 4)}, {"y", Svg::num(y)},
          {"text-anchor", left ? "end" : "start"}};
}

void draw_marker_line(Svg& svg, const char* cls, double px, const Frame& f, const std::string& label, Attributes data) {
  Attributes a{{"class", cls}, {"x1", Svg::num(px)}, {"x2", Svg::num(px)}, {"y1", Svg::num(f.y)}, {"y2", Svg::num(f.bottom())}};
  a.insert(a.end(), data.begin(), data.end());
  svg.leaf("line", a);
  svg.text("text", beside(px, f, small_text_width(label), f.bottom() - 4, std::string(cls) + "-label small"), label);
}

void draw_tranches(Svg& svg, const Schedule& s, const std::map<Date, Amount>& steps, const DateScale& x, const ShareScale& y,
                   bool compact) {
  svg.open("g", {{"class", "tranches"}});
  const auto rows = tranche_table(s);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& t = s.tranches()[i];
    const auto it = steps.upper_bound(t.vests_on);
    const Amount level = it == steps.begin() ? Amount() : std::prev(it)->second;
    const std::string label = to_iso(t.date) + ": " + shares_label(t.shares) + " shares" +
                              (t.vests_on != t.date ? " (vests " + to_iso(t.vests_on) + ")" : "") +
                              (t.forfeited_on ? ", forfeited " + to_iso(*t.forfeited_on) : ", cumulative " + shares_label(rows[i].cumulative));
    Attributes a{{"class", t.forfeited_on ? "tranche forfeited" : "tranche"},
                 {"data-index", std::to_string(i)},
                 {"data-date", to_iso(t.date)},
                 {"data-vests-on", to_iso(t.vests_on)},
                 {"data-shares", t.shares.to_string()},
                 {"data-cumulative", rows[i].cumulative.to_string()}};
    svg.open("g", a);
    svg.leaf("circle", {{"cx", Svg::num(x(t.vests_on))}, {"cy", Svg::num(y(level))}, {"r", compact ? "2.5" : "3.5"}});
    svg.text("title", {}, label);
    svg.close();
  }
  svg.close();
}

void draw_contingent(Svg& svg, const Schedule& s, const ShareScale& y, const Frame& f) {
  const Amount contingent = s.contingent_total();
  if (contingent.is_zero()) return;
  std::string conditions;
  for (const auto& c : s.contingent()) conditions += (conditions.empty() ? "" : "; ") + c.condition;
  const double top = y(s.total()), bottom = y(s.dated_total());
  svg.open("g", {{"class", "contingent-band"}, {"data-shares", contingent.to_string()}});
  svg.leaf("rect", {{"class", "contingent"}, {"x", Svg::num(f.x)}, {"y", Svg::num(top)}, {"width", Svg::num(f.width)},
                    {"height", Svg::num(std::max(1.0, bottom - top))}});
  svg.text("text", {{"class", "small"}, {"x", Svg::num(f.x + 6)}, {"y", Svg::num(top + 12)}},
           shares_label(contingent) + " contingent shares, not dated" + (conditions.empty() ? "" : ": " + conditions));
  svg.close();
}

void draw_as_of(Svg& svg, const Schedule& s, Date as_of, const DateScale& x, const Frame& f) {
  const Projection p = project(s, as_of);
  std::string figures = "vested " + shares_label(p.vested) + " · unvested " + shares_label(p.unvested);
  if (!p.contingent.is_zero()) figures += " · contingent " + shares_label(p.contingent);
  if (p.is_option) figures += " · exercisable " + shares_label(p.exercisable);
  const double px = x(as_of);
  svg.open("g", {{"class", "as-of-group"}});
  svg.leaf("line", {{"class", "as-of"}, {"x1", Svg::num(px)}, {"x2", Svg::num(px)}, {"y1", Svg::num(f.y)},
                    {"y2", Svg::num(f.bottom())}, {"data-date", to_iso(as_of)}, {"data-vested", p.vested.to_string()},
                    {"data-unvested", p.unvested.to_string()}, {"data-contingent", p.contingent.to_string()},
                    {"data-exercisable", p.exercisable.to_string()}});
  // Below the curve on the right of the line (a cumulative curve leaves that corner empty).
  const double width = small_text_width(figures);
  svg.text("text", beside(px, f, width, f.bottom() - 34, "as-of-label"), "as of " + to_iso(as_of));
  svg.text("text", beside(px, f, width, f.bottom() - 20, "as-of-figures small"), figures);
  svg.close();
}

void draw_legend(Svg& svg, const Schedule& s, double right, double top) {
  std::vector<std::pair<std::string, std::string>> entries{{"vested", "vested (cumulative)"}};
  if (s.option()) entries.emplace_back("exercisable", "exercisable");
  if (!s.contingent_total().is_zero()) entries.emplace_back("contingent", "contingent (not dated)");
  svg.open("g", {{"class", "legend"}});
  double x = right - 150.0 * static_cast<double>(entries.size());
  for (const auto& [cls, label] : entries) {
    if (cls == "contingent")
      svg.leaf("rect", {{"class", cls}, {"x", Svg::num(x)}, {"y", Svg::num(top - 8)}, {"width", "18"}, {"height", "10"}});
    else
      svg.leaf("line", {{"class", cls}, {"x1", Svg::num(x)}, {"x2", Svg::num(x + 18)}, {"y1", Svg::num(top - 3)}, {"y2", Svg::num(top - 3)}});
    svg.text("text", {{"class", "small"}, {"x", Svg::num(x + 23)}, {"y", Svg::num(top)}}, label);
    x += 150;
  }
  svg.close();
}

}  // namespace

std::string default_title(const Schedule& s) {
  return shares_label(s.total()) + (s.option() ? " option shares" : " shares") +
         (s.grant_date() ? " granted " + to_iso(*s.grant_date()) : "");
}

std::string describe(const Schedule& s, const std::optional<Date>& as_of) {
  std::string d = "Step curve of cumulative vested shares: " + std::to_string(s.tranches().size()) + " tranche(s)";
  if (!s.tranches().empty())
    d += " from " + to_iso(s.tranches().front().vests_on) + " to " + to_iso(s.tranches().back().vests_on);
  d += ", " + shares_label(s.total()) + " shares in total";
  if (!s.contingent_total().is_zero()) d += ", " + shares_label(s.contingent_total()) + " of them contingent (not dated)";
  if (as_of) {
    const Projection p = project(s, *as_of);
    d += "; as of " + to_iso(*as_of) + " " + shares_label(p.vested) + " vested, " + shares_label(p.unvested) + " unvested";
    if (p.is_option) d += ", " + shares_label(p.exercisable) + " exercisable";
  }
  return d + ".";
}

void draw_grant(Svg& svg, const Schedule& s, const GrantChartOptions& o, const Frame& box, bool compact) {
  const std::string title = o.title.empty() ? default_title(s) : o.title;
  const Frame plot{box.x + (compact ? 58 : 72), box.y + (compact ? 34 : 56), box.width - (compact ? 70 : 92),
                   box.height - (compact ? 34 : 56) - (compact ? 26 : 34)};
  const auto [from, to] = date_domain(s, o.as_of);
  const DateScale x(from, to, plot);
  const ShareScale y(s.total(), plot);
  svg.open("g", {{"class", "grant-chart"}});
  svg.text("text", {{"class", compact ? "title small-title" : "title"}, {"x", Svg::num(box.x + 8)}, {"y", Svg::num(box.y + 18)}}, title);
  if (!compact) draw_legend(svg, s, box.right() - 10, box.y + 40);
  svg.leaf("rect", {{"class", "plot-area"}, {"x", Svg::num(plot.x)}, {"y", Svg::num(plot.y)}, {"width", Svg::num(plot.width)},
                    {"height", Svg::num(plot.height)}, {"fill", "none"}, {"data-from", to_iso(from)}, {"data-to", to_iso(to)},
                    {"data-max-shares", y.max().to_string()}});
  draw_axes(svg, plot, x, y, compact ? 5 : 10, compact ? 4 : 6, compact ? "" : "shares vested");
  draw_contingent(svg, s, y, plot);
  if (s.grant_date())
    draw_marker_line(svg, "grant-date", x(*s.grant_date()), plot, "granted " + to_iso(*s.grant_date()),
                     {{"data-date", to_iso(*s.grant_date())}});
  if (s.option() && s.option()->expiration)
    draw_marker_line(svg, "expiration", x(*s.option()->expiration), plot, "expires " + to_iso(*s.option()->expiration),
                     {{"data-date", to_iso(*s.option()->expiration)}});
  const auto steps = vested_steps(s);
  if (s.option())
    svg.leaf("polyline", {{"class", "exercisable exercisable-curve"}, {"points", level_points(exercisable_steps(s, from), x, y, to)}});
  svg.leaf("polyline", {{"class", "vested vested-curve"}, {"points", step_points(steps, x, y, from, to)}});
  draw_tranches(svg, s, steps, x, y, compact);
  if (o.as_of) draw_as_of(svg, s, *o.as_of, x, plot);
  svg.close();
}

std::string grant_chart(const Schedule& s, const GrantChartOptions& o) {
  const std::string title = o.title.empty() ? default_title(s) : o.title;
  Svg svg(o.width, o.height, title, describe(s, o.as_of));
  draw_grant(svg, s, o, {0, 0, o.width, o.height}, false);
  return std::move(svg).finish();
}

}  // namespace vest::chart
