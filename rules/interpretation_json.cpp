#include "rules/interpretation_json.hpp"

#include "engine/core/schedule_json.hpp"

namespace vest::rules {

nlohmann::json to_json(const Interpretation& in) {
  nlohmann::json j = nlohmann::json::object();
  j["kind"] = std::string(to_string(in.kind));
  nlohmann::json tranches = nlohmann::json::array();
  Amount contingent;
  if (in.schedule) {
    const auto provenance = in.schedule->provenance();
    for (const auto& t : in.schedule->tranches()) {
      // The characters of the footnote that produced the tranche (its statement, portion, dates, cadence...).
      nlohmann::json spans = nlohmann::json::array();
      for (std::size_t src : t.sources)
        if (src < provenance.size())
          for (const auto& sp : provenance[src].spans) spans.push_back({sp.begin, sp.end});
      tranches.push_back({{"date", to_iso(t.date)}, {"shares", json_amount(t.shares)}, {"spans", std::move(spans)}});
    }
    contingent = in.schedule->contingent_total();
  }
  j["tranches"] = std::move(tranches);
  j["contingent_shares"] = json_amount(contingent);
  j["exercisable_immediately"] = in.exercisable_immediately;
  nlohmann::json conds = nlohmann::json::array();
  for (const auto& c : in.conditions) conds.push_back({{"kind", c.kind}, {"text", c.text}});
  j["conditions"] = std::move(conds);
  nlohmann::json warnings = nlohmann::json::array(), errors = nlohmann::json::array();
  for (const auto& d : in.diagnostics) (d.severity == Severity::error ? errors : warnings).push_back(diagnostic_json(d));
  j["warnings"] = std::move(warnings);
  j["errors"] = std::move(errors);
  nlohmann::json ex = nlohmann::json::array();
  for (const auto& s : in.explain)
    ex.push_back({{"rule", s.rule}, {"span", {s.span.begin, s.span.end}}, {"text", s.text}});
  j["explain"] = std::move(ex);
  return j;
}

}  // namespace vest::rules
