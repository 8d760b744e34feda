// libFuzzer target for data-set zips: any bytes, read as a zip held in memory,
// must give filings or errors within the limits (small here: 1 MB a member,
// 4 MB in all), never a crash, a sanitizer finding, a leak or a hang.
// Seeds: tests/fuzz/seeds/fuzz_zip/ (the fixture data set zipped).
#include "engine/filings/dataset_tsv.hpp"
#include "fuzz_filing_check.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vest::filings::ReadLimits limits;
  limits.max_zip_member_bytes = 1 << 20;
  limits.max_zip_total_bytes = 4 << 20;
  limits.max_row_bytes = 4096;
  limits.max_errors_per_file = 4;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  vest::filings::read_dataset_zip_bytes(bytes, "fuzz.zip", [](vest::Result<vest::filings::Filing>&& r) {
    vest::filings::fuzzing::check(r);
  }, limits);
  return 0;
}
