// Shared comparison for the example and corpus tests: runs the interpreter and
// classifies the answer as exact, no-parse, partial, ambiguous or wrong value,
// with a message that says index, expected and found.
#pragma once

#include "engine/core/schedule_json.hpp"
#include "rules/interpretation.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
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

// ------------------------------------------------ corpus lines (dev corpus and held-out sets)
// One JSON object a line: {"id", "text", "grant_date"?, "shares"?, "expiration"?, "expect": {"kind",
// "tranches"?, "error"?, "exercisable_immediately"?}}.

inline std::vector<nlohmann::json> read_jsonl(const std::string& path) {
  std::vector<nlohmann::json> rows;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) rows.push_back(nlohmann::json::parse(line));
  return rows;
}

// A share count as the decimal text Amount::parse reads ("58824", "47.5").
inline std::string shares_text(const nlohmann::json& j) {
  if (j.is_number_integer()) return std::to_string(j.get<long long>());
  return j.dump();
}

// The line's inputs; a field the line omits stays unset.
inline GrantContext context_of(const nlohmann::json& r) {
  GrantContext c;
  if (r.contains("grant_date") && r["grant_date"].is_string()) c.grant_date = parse_iso_date(r["grant_date"].get<std::string>());
  if (r.contains("expiration") && r["expiration"].is_string()) c.expiration = parse_iso_date(r["expiration"].get<std::string>());
  if (r.contains("shares") && !r["shares"].is_null()) c.shares = Amount::parse(shares_text(r["shares"]));
  return c;
}

inline Expected expected_of(const nlohmann::json& r) {
  const auto& e = r["expect"];
  Expected exp;
  exp.kind = e["kind"];
  if (e.contains("tranches"))
    for (const auto& t : e["tranches"]) exp.tranches.emplace_back(t["date"], shares_text(t["shares"]));
  if (e.contains("error")) exp.error = e["error"];
  exp.exercisable_immediately = e.value("exercisable_immediately", false);
  return exp;
}

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
