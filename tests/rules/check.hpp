// Shared comparison for the example and corpus tests: runs the interpreter and
// classifies the answer as exact, no-parse, partial, ambiguous or wrong value,
// with a message that says index, expected and found.
#pragma once

#include "engine/core/schedule_json.hpp"
#include "rules/interpretation.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace vest::rules::testing {

struct Expected {
  std::string kind;
  std::vector<std::pair<std::string, std::string>> tranches;  // (date, shares as decimal text)
  std::string error;  // substring of some error's code or message
  bool exercisable_immediately = false;
};

// "" when exact, else what went wrong.
inline std::string check(const Interpretation& got, const Expected& exp) {
  std::ostringstream out;
  const std::string kind(to_string(got.kind));
  if (kind != exp.kind) {
    out << (kind == "unrecognized" ? "no parse" : "wrong kind") << ": expected " << exp.kind << ", found " << kind;
    for (const auto& d : got.diagnostics) out << "\n  " << format(d);
    return out.str();
  }
  std::vector<std::pair<std::string, std::string>> found;
  if (got.schedule)
    for (const auto& t : got.schedule->tranches()) found.emplace_back(to_iso(t.date), t.shares.to_string());
  if (found.size() != exp.tranches.size()) {
    out << (found.size() < exp.tranches.size() ? "partial" : "extra tranches") << ": expected " << exp.tranches.size()
        << " tranches, found " << found.size();
  }
  for (std::size_t i = 0; i < std::min(found.size(), exp.tranches.size()); ++i)
    if (found[i] != exp.tranches[i]) {
      out << "wrong value: tranche " << i << " expected " << exp.tranches[i].first << " " << exp.tranches[i].second
          << ", found " << found[i].first << " " << found[i].second;
      break;
    }
  if (got.exercisable_immediately != exp.exercisable_immediately)
    out << " exercisable_immediately expected " << exp.exercisable_immediately;
  bool has_error = false, error_found = exp.error.empty();
  for (const auto& d : got.diagnostics)
    if (d.severity == Severity::error) {
      has_error = true;
      if (!exp.error.empty() && (d.code.find(exp.error) != std::string::npos || d.message.find(exp.error) != std::string::npos))
        error_found = true;
    }
  if (!error_found) out << " expected an error containing \"" << exp.error << "\"";
  if (exp.error.empty() && has_error) {
    out << " unexpected errors:";
    for (const auto& d : got.diagnostics) out << "\n  " << format(d);
  }
  return out.str();
}

}  // namespace vest::rules::testing
