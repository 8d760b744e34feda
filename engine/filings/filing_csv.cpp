#include "engine/filings/filing_csv.hpp"

#include "engine/core/csv.hpp"

namespace vest::filings {

std::string csv_header(const CsvView& csv) {
  std::string out;
  append_csv_line(out, csv.tranches ? tranche_columns() : grant_columns(csv.view));
  return out;
}

std::size_t append_csv(std::string& out, const Filing& filing, const FilingGrants& grants, const CsvView& csv) {
  const auto rows = csv.tranches ? tranche_rows(filing, grants) : grant_rows(filing, grants, csv.view);
  for (const auto& row : rows) append_csv_line(out, row);
  return rows.size();
}

}  // namespace vest::filings
