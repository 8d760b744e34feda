// Shared body of the portfolio loader fuzz targets (CSV and JSON Lines): any
// bytes must load without a crash, a sanitizer finding or a hang, every
// loaded grant must answer an as-of query with figures in [0, total], and every
// rejected row must have an error that names a line.
#pragma once

#include "engine/portfolio/load.hpp"
#include "engine/portfolio/portfolio.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace vest::portfolio::fuzz {

inline int load_and_query(const std::uint8_t* data, std::size_t size, InputFormat format) {
  LoadOptions options;
  options.threads = 1;
  options.max_footnote_bytes = 4096;  // keeps each input fast; the limit itself is exercised
  Loader loader(options);
  loader.load(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz", format);
  const LoadReport report = loader.report();
  std::size_t errors = 0;
  for (const auto& d : report.diagnostics) {
    if (d.severity != Severity::error) continue;
    ++errors;
    // Every row error names its line (a header error is line 1 or later too).
    if (d.where.line == 0 && d.code != "cannot_read") std::abort();
  }
  if (errors < report.rejected) std::abort();
  const Portfolio p = std::move(loader).take();
  if (p.size() != report.loaded) std::abort();
  const AsOfQuery q(p, *make_date(2025, 6, 30));
  const auto r = q.run(GroupBy::issuer, 1, false);
  if (r.totals.grants != p.size()) std::abort();
  for (std::size_t i = 0; i < p.size(); ++i) {
    const Figures f = q.at(i);
    if (f.vested < 0 || f.unvested < 0 || f.contingent < 0 || f.forfeited < 0 || f.exercisable < 0 || f.vested > f.total ||
        f.exercisable > f.total)
      std::abort();
  }
  return 0;
}

}  // namespace vest::portfolio::fuzz
