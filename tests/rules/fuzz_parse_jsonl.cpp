// libFuzzer target for one `vest parse --jsonl` line (rules/batch_line.hpp):
// any bytes give exactly one line of valid JSON with the stable keys, never
// a crash, a sanitizer finding or a hang.
//   cmake --build build-fuzz --target fuzz_parse_jsonl
//   ./build-fuzz/fuzz_parse_jsonl -max_total_time=60 tests/fuzz/seeds/fuzz_parse_jsonl
#include "rules/batch_line.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vest::rules::BatchLimits limits;
  limits.max_footnote_bytes = 4096;
  const auto out = vest::rules::interpret_batch_line(std::string_view(reinterpret_cast<const char*>(data), size), 1, limits);
  if (out.json.find('\n') != std::string::npos) std::abort();
  const auto j = nlohmann::json::parse(out.json, nullptr, false);  // strict: invalid UTF-8 is discarded
  if (j.is_discarded() || !j.is_object()) std::abort();
  for (const char* key : {"id", "kind", "tranches", "contingent_shares", "errors", "warnings", "explain"})
    if (!j.contains(key)) std::abort();
  if (out.failed != (j["kind"] == "unrecognized" || !j["errors"].empty())) std::abort();
  return 0;
}
