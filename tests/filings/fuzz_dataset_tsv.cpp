// libFuzzer target for the SEC data-set reader (both passes). The input is the
// tables one after another, separated by a line "@@": SUBMISSION,
// REPORTINGOWNER, NONDERIV_TRANS, NONDERIV_HOLDING, DERIV_TRANS, DERIV_HOLDING,
// FOOTNOTES, OWNER_SIGNATURE; each is handed to the reader as an in-memory
// FILE* (fmemopen). Small limits so the row-length and error caps are hit.
#include "engine/filings/dataset_tsv.hpp"
#include "fuzz_filing_check.hpp"

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* names[] = {"SUBMISSION.tsv", "REPORTINGOWNER.tsv", "NONDERIV_TRANS.tsv", "NONDERIV_HOLDING.tsv",
                                "DERIV_TRANS.tsv", "DERIV_HOLDING.tsv", "FOOTNOTES.tsv", "OWNER_SIGNATURE.tsv"};
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (parts.size() < 8) {
    const auto sep = in.find("\n@@\n", start);
    parts.emplace_back(in.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start));
    if (sep == std::string_view::npos) break;
    start = sep + 4;
  }
  std::vector<vest::filings::DatasetTable> tables;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].empty()) continue;  // fmemopen refuses a zero-size buffer
    std::FILE* f = ::fmemopen(parts[i].data(), parts[i].size(), "rb");
    if (f) tables.push_back({names[i], names[i], f});
  }
  vest::filings::ReadLimits limits;
  limits.max_row_bytes = 2048;
  limits.max_errors_per_file = 4;
  vest::filings::read_dataset_tables(std::move(tables), "fuzz/", [](vest::Result<vest::filings::Filing>&& r) {
    vest::filings::fuzzing::check(r);
  }, {}, limits);
  return 0;
}
