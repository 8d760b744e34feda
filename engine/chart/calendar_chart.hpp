// The picture of a portfolio's vesting calendar: shares vesting per month
// (or day, week, quarter, year) as bars, optionally stacked by issuer. With
// many issuers the largest eight keep their own colour and the rest are
// stacked together as "other issuers", so the legend stays readable.
//
// Each bar segment carries data-start, data-end, data-series and the exact
// data-shares, with a <title> such as "2025-03: ACME Corp 12,500 shares".
#pragma once

#include "engine/chart/axes.hpp"
#include "engine/portfolio/portfolio.hpp"

#include <string>
#include <vector>

namespace vest::chart {

struct CalendarSeries {
  std::string name;            // "all grants", an issuer, "other issuers"
  std::vector<Amount> shares;  // one per bucket
};

struct CalendarData {
  portfolio::CalendarUnit unit = portfolio::CalendarUnit::month;
  std::vector<std::pair<Date, Date>> buckets;  // inclusive
  std::vector<CalendarSeries> series;          // stacked bottom to top
};

// From the portfolio's calendar; `stacked` needs a calendar computed per issuer.
CalendarData calendar_data(const portfolio::Calendar& calendar, const portfolio::Portfolio& p,
                           portfolio::CalendarUnit unit, bool stacked, std::size_t max_series = 8);

struct CalendarChartOptions {
  std::string title = "Shares vesting";
  double width = 800;
  double height = 420;
};

std::string calendar_chart(const CalendarData& data, const CalendarChartOptions& options);

// "Shares vesting per quarter, 2025-01-01 to 2029-12-31 (100,000 grants)": the
// default title of `vest chart portfolio` and the workbench's calendar.
std::string calendar_title(std::string_view unit, Date from, Date to, std::size_t grants);

// "2025-03", "2025 Q1", "2025", or the ISO date for days and weeks.
std::string bucket_label(Date start, portfolio::CalendarUnit unit);

}  // namespace vest::chart
