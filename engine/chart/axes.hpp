// Scales and axes shared by the charts: dates to x, share counts to y, and
// ticks at dates and counts a reader expects (Jan 1 of a year, the first of a
// quarter or month; 1, 2 or 5 times a power of ten shares).
//
// Pixel positions are doubles; tick labels are exact integers or ISO dates,
// written with thousands separators ("250,000"), never rounded floats.
//
// Example:
//   DateScale x(2013-12-16, 2017-12-16, {60, 40, 700, 300});
//   date_ticks(2013-12-16, 2017-12-16, 8) -> 2014-01-01 "2014", ..., 2017-01-01 "2017"
//   share_ticks(200000, 6) -> 0, 50000, 100000, 150000, 200000
#pragma once

#include "engine/chart/svg.hpp"
#include "engine/core/amount.hpp"
#include "engine/core/civil_date.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace vest::chart {

// The plot area, in pixels from the top left of the picture.
struct Frame {
  double x = 0, y = 0, width = 0, height = 0;
  double bottom() const { return y + height; }
  double right() const { return x + width; }
};

class DateScale {
 public:
  DateScale(Date from, Date to, Frame frame);
  double operator()(Date d) const;
  Date from() const { return from_; }
  Date to() const { return to_; }

 private:
  Date from_, to_;
  Frame frame_;
};

class ShareScale {
 public:
  // `max` shares sit at the top of the frame (at least one share).
  ShareScale(const Amount& max, Frame frame);
  double operator()(const Amount& shares) const;
  double operator()(std::int64_t shares) const { return (*this)(Amount(shares)); }
  const Amount& max() const { return max_; }

 private:
  Amount max_;
  double max_double_;
  Frame frame_;
};

// Shares as a double, for positions only.
double to_double(const Amount& a);

struct DateTick {
  Date date;
  std::string label;  // "2015", "2015-04"
};
// At most about `max_ticks` ticks inside [from, to]: years (or every 2, 5, 10
// years), quarters or months, whichever fits.
std::vector<DateTick> date_ticks(Date from, Date to, int max_ticks);

// 0, step, 2·step, ... up to `max`, step = 1, 2 or 5 × 10^k whole shares.
std::vector<std::int64_t> share_ticks(const Amount& max, int max_ticks);

// Grid lines, tick marks and labels on the left and bottom of `frame`.
void draw_axes(Svg& svg, const Frame& frame, const DateScale& x, const ShareScale& y, int max_date_ticks,
               int max_share_ticks, std::string_view y_label);

// "250,000" for an Amount (exact, with a fraction part if it has one).
std::string shares_label(const Amount& a);

}  // namespace vest::chart
