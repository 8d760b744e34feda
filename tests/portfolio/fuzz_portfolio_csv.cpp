// libFuzzer target for the portfolio CSV reader (both splitters, quoting,
// resynchronisation after an unbalanced quote, schedule parameters).
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DVEST_FUZZ=ON
//   cmake --build build-fuzz --target fuzz_portfolio_csv
//   ./build-fuzz/fuzz_portfolio_csv -max_total_time=60 tests/fuzz/seeds/fuzz_portfolio_csv
#include "fuzz_portfolio_load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return vest::portfolio::fuzz::load_and_query(data, size, vest::portfolio::InputFormat::csv);
}
