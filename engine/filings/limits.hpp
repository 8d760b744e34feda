// The limits every filing reader enforces, in one place, so that hostile or
// broken input ends in a clear error naming the file (and line) instead of
// exhausting memory, disk, stack or patience. Each limit is documented in
// engine/filings/README.md and set from `vest filing` flags (shown here).
//
// Defaults are far above anything the SEC publishes (a quarter's FORM345 zip
// holds tables of tens to a few hundred MB; EDGAR ownership XML nests about 6
// levels; the longest real footnote rows are a few KB) and low enough that a
// zip bomb or a runaway row is stopped before it hurts the machine.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vest::filings {

struct ReadLimits {
  // --max-row-bytes: one data-set line (a footnote row included). Longer rows
  // are skipped with an error naming file:line; they are never held whole.
  std::uint64_t max_row_bytes = 4u << 20;  // 4 MiB
  // --zip-max-member-bytes: uncompressed size of one table inside a zip.
  std::uint64_t max_zip_member_bytes = 2ull << 30;  // 2 GiB
  // --zip-max-total-bytes: uncompressed size of all tables read from one zip.
  std::uint64_t max_zip_total_bytes = 8ull << 30;  // 8 GiB
  // --max-xml-depth: element nesting in an ownership document (EDGAR uses ~6).
  std::size_t max_xml_depth = 256;
  // --max-files: files read from the folders given on the command line.
  std::uint64_t max_files = 10'000'000;
  // --max-errors-per-file: row errors printed per table; the rest are counted
  // and summed up in one line.
  std::size_t max_errors_per_file = 100;
  // Largest single file (XML or PDF-to-text) read into memory.
  std::uint64_t max_file_bytes = 256u << 20;  // 256 MiB (--max-file-bytes)
};

}  // namespace vest::filings
