// Synthetic portfolios for tests and benchmarks.
//
// `generate_portfolio` writes a CSV portfolio (load.hpp columns) that looks
// like a real book: issuers with an annual grant day, holders with several
// grants, RSUs and options, the schedule shapes seen in Form 4 footnotes
// (annual / quarterly / monthly, cliffs, "25% then 1/48th monthly" — the seed
// option's 37-tranche shape —, stepped, performance-contingent, weekly,
// end-of-month), vesting commencement before the grant date, option
// expirations, exercises and terminations. A share of rows carries footnote
// text instead of parameters, written in the corpus' phrasings, so the
// interpreter and its cache are exercised. Grant dates 2005-2030, sizes 1 to
// 10^7 shares (log-uniform), some fractional. Deterministic for a seed.
#pragma once

#include <cstdint>
#include <ostream>

namespace vest::portfolio {

struct GenerateOptions {
  std::uint64_t grants = 1000;
  std::uint64_t seed = 1;
  unsigned footnote_percent = 2;  // rows with footnote text instead of parameters
  bool with_bad_rows = false;     // sprinkle malformed rows (for loader tests)
};

// Writes the header and `grants` rows (plus bad rows when asked).
void generate_portfolio(std::ostream& out, const GenerateOptions& options);

}  // namespace vest::portfolio
