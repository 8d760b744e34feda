// libFuzzer target for the portfolio JSON Lines reader.
//   cmake --build build-fuzz --target fuzz_portfolio_jsonl
//   ./build-fuzz/fuzz_portfolio_jsonl -max_total_time=60 tests/fuzz/seeds/fuzz_portfolio_jsonl
#include "fuzz_portfolio_load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return vest::portfolio::fuzz::load_and_query(data, size, vest::portfolio::InputFormat::jsonl);
}
