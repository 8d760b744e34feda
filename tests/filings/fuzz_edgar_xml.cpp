// libFuzzer target for the EDGAR ownership XML reader (bare or inside a
// full-text submission): any bytes must give a Filing or an error, never a
// crash, a sanitizer finding, invalid JSON or a hang. Seeds: tests/fuzz/seeds/fuzz_edgar_xml/.
//   build-fuzz/fuzz_edgar_xml -max_total_time=60 tests/fuzz/seeds/fuzz_edgar_xml
#include "engine/filings/edgar_xml.hpp"
#include "fuzz_filing_check.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  vest::filings::fuzzing::check(vest::filings::read_edgar_xml(text, "fuzz.xml"));
  return 0;
}
