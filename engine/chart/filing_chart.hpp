// The picture of a filing: one small chart per grant (small multiples, two
// columns at 800 px), each with its own share axis, since the grants of one
// filing differ in size by orders of magnitude. A grant without a schedule
// gets a panel that says why ("unrecognized: no schedule") rather than
// disappearing.
#pragma once

#include "engine/chart/grant_chart.hpp"
#include "engine/filings/grants.hpp"

#include <span>
#include <string>

namespace vest::chart {

struct FilingPanel {
  std::string title;                  // "Stock Option (right to buy) · 2013-12-16 · 200,000"
  const Schedule* schedule = nullptr; // null: no schedule
  std::string why_not;                // shown when there is no schedule
};

struct FilingChartOptions {
  std::string title;
  std::optional<Date> as_of;
  double width = 800;
  double panel_height = 240;
};

std::string filing_chart(std::span<const FilingPanel> panels, const FilingChartOptions& options);


// The panels of one filing's grants (pointing into `grants`, which must
// outlive them), titled "security · grant date · shares", prefixed with the
// issuer when `name_issuer`.
std::vector<FilingPanel> filing_panels(const filings::Filing& filing, const filings::FilingGrants& grants, bool name_issuer);

// "Acme Corp (ACME) · Form 4 · Doe Jane".
std::string filing_title(const filings::Filing& filing);

}  // namespace vest::chart
