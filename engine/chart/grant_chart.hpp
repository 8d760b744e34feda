// The picture of one grant: cumulative vested shares over time as a step
// curve with a marker per tranche, the grant date, the as-of date as a
// vertical line with the vested / unvested (and exercisable) figures, for
// options the exercisable curve and the expiration, and contingent shares as
// a band above the dated ones, labelled as not dated.
//
// Every mark carries the exact figures in data-* attributes and a <title>:
//   <g class="tranche" data-date="2014-12-16" data-vests-on="2014-12-16"
//      data-shares="50000" data-cumulative="50000">  (a circle and its title)
//   <line class="as-of" data-date="2015-06-30" data-vested="75000" .../>
//   <rect class="plot-area" data-from="..." data-to="..." data-max-shares="200000" .../>
// so that the pixel positions can be checked against the schedule: x is
// linear in days from data-from to data-to across the plot area, y linear in
// shares from 0 (bottom) to data-max-shares (top).
#pragma once

#include "engine/chart/axes.hpp"
#include "engine/core/schedule.hpp"

#include <optional>
#include <string>

namespace vest::chart {

struct GrantChartOptions {
  std::string title;         // default: "200,000 shares granted 2013-12-16"
  std::optional<Date> as_of;
  double width = 800;
  double height = 420;
};

// A whole SVG document.
std::string grant_chart(const Schedule& schedule, const GrantChartOptions& options);

// Draws the grant into `box` of an existing picture (the filing's small
// multiples). `compact` leaves out the legend and uses fewer ticks.
void draw_grant(Svg& svg, const Schedule& schedule, const GrantChartOptions& options, const Frame& box, bool compact);

// "200,000 shares granted 2013-12-16" (or "... shares" without a grant date).
std::string default_title(const Schedule& schedule);

// One sentence for <desc>: the tranches, their span, the total and the as-of figures.
std::string describe(const Schedule& schedule, const std::optional<Date>& as_of);

}  // namespace vest::chart
