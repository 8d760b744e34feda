// The longest footnote vest interprets.
//
// Real Form 4 footnotes are a few hundred bytes, the longest seen a few KB.
// Anything near a megabyte is a broken or hostile input (a whole document
// pasted into one field), and interpreting it only produces a huge result
// nobody can check. So every reader refuses a longer footnote with a clear
// error (code "footnote_too_long") instead of spending time and memory on it.
// The limit is configurable where a user feeds footnotes in: `vest parse
// --max-footnote-bytes N`, `vest portfolio --max-footnote-bytes N`.
//
// Raising it is safe: the interpreter's work and memory grow linearly
// (tests/rules/interpreter_scaling_test.cpp counts them): ~0.3 s of CPU and
// ~35-52 bytes of peak heap per input byte for schedule prose (an 8 MiB
// footnote: ~2.7 s, ~500 MB with its JSON output). Beyond ~1.5 MB most of the
// time is the kernel faulting in fresh pages (bench/rules_bench.cpp); with
// transparent huge pages for malloc (GLIBC_TUNABLES=glibc.malloc.hugetlb=1)
// 4-16 MiB footnotes run 3-5x faster.
//
// Example:
//   footnote_too_long(2'000'000, kDefaultMaxFootnoteBytes)->code == "footnote_too_long"
//   footnote_too_long(300, kDefaultMaxFootnoteBytes) == std::nullopt
#pragma once

#include "engine/core/diagnostic.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace vest::rules {

inline constexpr std::size_t kDefaultMaxFootnoteBytes = std::size_t{1} << 20;  // 1 MiB

// The error for a footnote of `bytes` bytes when at most `max` are allowed; nullopt when it fits.
inline std::optional<Diagnostic> footnote_too_long(std::size_t bytes, std::size_t max) {
  if (bytes <= max) return std::nullopt;
  return Diagnostic::error("footnote_too_long", "footnote is " + std::to_string(bytes) + " bytes, more than the limit of " +
                                                    std::to_string(max) + " (--max-footnote-bytes)");
}

}  // namespace vest::rules
