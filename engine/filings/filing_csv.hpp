// The CSV of `vest filing --format csv` (one line per grant, with as_of its
// projection) and of `--tranches` (one line per grant × tranche): the rows of
// filing_json.hpp, quoted as engine/core/csv.hpp says. In the library because
// the CLI and the Python package's writer (vest.dask.to_csv) must write the same bytes.
#pragma once

#include "engine/filings/filing_json.hpp"

#include <string>

namespace vest::filings {

struct CsvView {
  ViewOptions view;       // as_of: the projection columns (grant lines only)
  bool tranches = false;  // one line per grant × tranche
};

// The header line (with its "\n").
std::string csv_header(const CsvView& csv);
// The lines of one filing's grants, appended to `out`; how many (rows, not
// line breaks: a quoted field may hold one).
std::size_t append_csv(std::string& out, const Filing& filing, const FilingGrants& grants, const CsvView& csv);

}  // namespace vest::filings
