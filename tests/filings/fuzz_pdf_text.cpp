// libFuzzer target for the PDF-to-text Form reader: any bytes must give a
// Filing or an error, never a crash, a sanitizer finding, invalid JSON or a
// hang. Seeds: tests/fuzz/seeds/fuzz_pdf_text/ (the two seed filings and a fixture).
#include "engine/filings/pdf_text.hpp"
#include "fuzz_filing_check.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  vest::filings::fuzzing::check(vest::filings::read_pdf_text(text, "fuzz.txt"));
  return 0;
}
