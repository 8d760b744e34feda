// Large footnotes for the interpreter's size checks: the benchmark
// (bench/rules_bench.cpp) and the linear-work test (interpreter_scaling_test.cpp)
// must measure the same inputs.
#pragma once

#include <cstddef>
#include <string>

namespace vest::testing {

// Mixed digits, slashes, dates, percents, ordinals and parentheses: every
// tokenizer and item-rule path at once.
inline std::string adversarial_footnote(std::size_t bytes) {
  const char* pieces[] = {"1/2/3/4 ", "25% ", "(((", "first, second, third and ", "December 16, 2014, 2015, ",
                          "vest ", "monthly thereafter ", "the remaining ", "99999999999999999999 ", "subject to (", "; "};
  std::string s;
  for (std::size_t i = 0; s.size() < bytes; ++i) s += pieces[i % (sizeof(pieces) / sizeof(pieces[0]))];
  return s;
}

// A real footnote (the seed option's) repeated: every sentence is a schedule
// sentence, so every pass has work (statements, cross-checks, explanations).
inline std::string prose_footnote(std::size_t bytes) {
  const std::string unit =
      "25% of the shares underlying this option vests on December 16, 2014. The remaining 75% of the shares underlying "
      "this option will then vest in equal monthly increments for the following 36 months through December 16, 2017. ";
  std::string s;
  while (s.size() + unit.size() <= bytes) s += unit;
  return s;
}

}  // namespace vest::testing
