// libFuzzer target for the interpreter: any bytes, any length, must come back
// as an Interpretation without a crash, a sanitizer finding or a hang; a
// schedule, when there is one, must satisfy the engine's invariants.
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DVEST_FUZZ=ON
//   cmake --build build-fuzz --target fuzz_interpreter && ./build-fuzz/fuzz_interpreter -max_total_time=60
#include "engine/core/schedule.hpp"
#include "rules/interpretation.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  vest::rules::GrantContext c;
  c.grant_date = vest::make_date(2020, 1, 31);
  c.shares = vest::Amount(1000);
  const auto in = vest::rules::interpret(text, c);
  if (in.schedule && vest::has_errors(vest::check_invariants(*in.schedule))) std::abort();
  for (const auto& s : in.explain)
    if (s.span.begin > s.span.end || s.span.end > size) std::abort();
  return 0;
}
