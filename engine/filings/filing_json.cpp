#include "engine/filings/filing_json.hpp"

#include "engine/core/projection.hpp"
#include "engine/core/schedule_json.hpp"
#include "rules/interpretation_json.hpp"

namespace vest::filings {

namespace {

std::string date_or_empty(const std::optional<Date>& d) { return d ? to_iso(*d) : std::string(); }
std::string amount_or_empty(const std::optional<Amount>& a) { return a ? a->to_string() : std::string(); }

nlohmann::json diagnostics_json(const Diagnostics& ds, Severity severity) {
  auto out = nlohmann::json::array();
  for (const auto& d : ds)
    if (d.severity == severity) out.push_back(diagnostic_json(d));
  return out;
}

}  // namespace

std::string owner_names(const Filing& filing) {
  std::string out;
  for (const auto& o : filing.owners) out += (out.empty() ? "" : "; ") + o.name;
  return out;
}

nlohmann::json grant_json(const Filing& filing, const Grant& grant, const ViewOptions& options) {
  const Row& row = filing.rows.at(grant.row);
  nlohmann::json j;
  j["security"] = row.security;
  j["derivative"] = row.derivative;
  j["holding"] = row.holding;
  j["transaction_code"] = row.code;
  j["grant_date"] = grant.context.grant_date ? nlohmann::json(to_iso(*grant.context.grant_date)) : nlohmann::json();
  j["shares"] = grant.context.shares ? json_amount(*grant.context.shares) : nlohmann::json();
  if (row.exercise_price) j["exercise_price"] = json_amount(*row.exercise_price);
  if (row.expiration_date) j["expiration"] = to_iso(*row.expiration_date);
  if (!row.underlying_security.empty()) j["underlying_security"] = row.underlying_security;
  j["line"] = row.line;
  j["award"] = grant.award;
  j["footnotes"] = grant.footnote_ids;
  j["vesting_footnotes"] = grant.vesting_footnote_ids;
  // The schedule fields exactly as `vest parse` prints them.
  nlohmann::json parsed = rules::to_json(grant.interpretation);
  if (parsed.contains("explain") && parsed["explain"].is_array()) {
    for (std::size_t k = 0; k < parsed["explain"].size() && k < grant.interpretation.explain.size(); ++k) {
      if (auto where = locate(grant, grant.interpretation.explain[k].span)) {
        parsed["explain"][k]["footnote"] = where->id;
        parsed["explain"][k]["footnote_span"] = {where->span.begin, where->span.end};
      }
    }
  }
  for (auto& [key, value] : parsed.items()) j[key] = value;
  if (options.as_of && grant.interpretation.schedule)
    j["as_of"] = projection_json(project(*grant.interpretation.schedule, *options.as_of));
  return j;
}

nlohmann::json filing_json(const Filing& filing, const FilingGrants& grants, const ViewOptions& options) {
  nlohmann::json j;
  j["source"] = filing.source;
  j["format"] = std::string(to_string(filing.format));
  j["form"] = filing.form;
  if (!filing.accession.empty()) j["accession"] = filing.accession;
  if (filing.period_of_report) j["period_of_report"] = to_iso(*filing.period_of_report);
  nlohmann::json issuer{{"name", filing.issuer.name}};
  if (!filing.issuer.cik.empty()) issuer["cik"] = filing.issuer.cik;
  if (!filing.issuer.ticker.empty()) issuer["ticker"] = filing.issuer.ticker;
  j["issuer"] = issuer;
  auto owners = nlohmann::json::array();
  for (const auto& o : filing.owners) {
    nlohmann::json oj{{"name", o.name}};
    if (!o.cik.empty()) oj["cik"] = o.cik;
    if (const auto rel = o.relationship(); !rel.empty()) oj["relationship"] = rel;
    owners.push_back(oj);
  }
  j["owners"] = owners;
  auto gs = nlohmann::json::array();
  for (const auto& g : grants.grants) gs.push_back(grant_json(filing, g, options));
  j["grants"] = gs;
  auto notes = nlohmann::json::array();
  for (const auto& n : grants.notes) notes.push_back({{"id", n.id}, {"text", n.text}, {"kind", std::string(rules::to_string(n.kind))}});
  j["notes"] = notes;
  Diagnostics warnings = filing.diagnostics;
  for (const auto& g : grants.grants) warnings.insert(warnings.end(), g.warnings.begin(), g.warnings.end());
  warnings.insert(warnings.end(), grants.warnings.begin(), grants.warnings.end());
  j["warnings"] = diagnostics_json(warnings, Severity::warning);
  Diagnostics errors = filing.diagnostics;
  errors.insert(errors.end(), grants.errors.begin(), grants.errors.end());
  j["errors"] = diagnostics_json(errors, Severity::error);
  return j;
}

nlohmann::json failed_input_json(const Diagnostics& errors) {
  nlohmann::json j;
  j["source"] = errors.empty() ? std::string() : errors.front().where.file;
  j["errors"] = diagnostics_json(errors, Severity::error);
  return j;
}

std::vector<std::string> grant_columns(const ViewOptions& options) {
  std::vector<std::string> c{"source", "accession", "owner", "issuer", "ticker", "security", "code", "grant_date",
                             "shares", "kind", "tranches", "first_vest", "last_vest"};
  if (options.as_of) c.insert(c.end(), {"as_of", "vested", "unvested", "contingent", "exercisable", "expired"});
  return c;
}

std::vector<std::vector<std::string>> grant_rows(const Filing& filing, const FilingGrants& grants, const ViewOptions& options) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& g : grants.grants) {
    const Row& row = filing.rows.at(g.row);
    const auto& sched = g.interpretation.schedule;
    std::vector<std::string> r{filing.source,
                               filing.accession,
                               owner_names(filing),
                               filing.issuer.name,
                               filing.issuer.ticker,
                               row.security,
                               row.code,
                               date_or_empty(g.context.grant_date),
                               amount_or_empty(g.context.shares),
                               std::string(rules::to_string(g.interpretation.kind)),
                               sched ? std::to_string(sched->tranches().size()) : std::string(),
                               sched && !sched->tranches().empty() ? to_iso(sched->tranches().front().date) : std::string(),
                               sched && !sched->tranches().empty() ? to_iso(sched->tranches().back().date) : std::string()};
    if (options.as_of) {
      r.push_back(to_iso(*options.as_of));
      if (sched) {
        const Projection p = project(*sched, *options.as_of);
        r.insert(r.end(), {p.vested.to_string(), p.unvested.to_string(), p.contingent.to_string(),
                           p.is_option ? p.exercisable.to_string() : std::string(), p.is_option ? (p.expired ? "yes" : "no") : ""});
      } else {
        r.insert(r.end(), 5, std::string());
      }
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

std::vector<std::string> tranche_columns() {
  return {"source", "accession", "owner", "issuer", "security", "grant_date", "tranche_date", "shares", "cumulative", "percent"};
}

std::vector<std::vector<std::string>> tranche_rows(const Filing& filing, const FilingGrants& grants) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& g : grants.grants) {
    if (!g.interpretation.schedule) continue;
    const Row& row = filing.rows.at(g.row);
    for (const auto& t : tranche_table(*g.interpretation.schedule)) {
      rows.push_back({filing.source, filing.accession, owner_names(filing), filing.issuer.name, row.security,
                      date_or_empty(g.context.grant_date), to_iso(t.date), t.shares.to_string(), t.cumulative.to_string(),
                      percent_string(t.cumulative_fraction)});
    }
  }
  return rows;
}

}  // namespace vest::filings
