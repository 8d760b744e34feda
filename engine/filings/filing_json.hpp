// Views of filings and their grants: the JSON of `vest filing --format json`
// and the rows of its table and CSV outputs. In the library, not the CLI,
// because the portfolio loader and other library users print the same thing.
//
// JSON (stable; documented in engine/filings/README.md):
//   {"source", "format", "form", "accession"?, "period_of_report"?,
//    "issuer": {"cik"?, "name", "ticker"?}, "owners": [{"cik"?, "name", "relationship"?}],
//    "grants": [{"security", "derivative", "transaction_code", "grant_date", "shares",
//                "exercise_price"?, "expiration"?, "underlying_security"?, "line",
//                "award", "footnotes": ["F1"], "vesting_footnotes": ["F1"],
//                <the `vest parse` fields: kind, tranches, contingent_shares,
//                 exercisable_immediately, conditions, warnings, errors, explain>,
//                "as_of"?: {"date", "vested", "unvested", "contingent", "forfeited",
//                           "exercisable", "expired", "next_vest"?}}],
//    "notes": [{"id", "text", "kind"}], "warnings": [...], "errors": []}
// Each explain step also names the footnote and the span within it
// ("footnote", "footnote_span"), since a grant's text may join several.
#pragma once

#include "engine/filings/grants.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace vest::filings {

struct ViewOptions {
  std::optional<Date> as_of;
};

nlohmann::json grant_json(const Filing& filing, const Grant& grant, const ViewOptions& options);
nlohmann::json filing_json(const Filing& filing, const FilingGrants& grants, const ViewOptions& options);
// An input that produced no filing: {"source", "errors": [...]}.
nlohmann::json failed_input_json(const Diagnostics& errors);

// One row per grant: source, accession, owner, issuer, ticker, security, code,
// grant date, shares, kind, tranches, first vest, last vest; with as_of also
// vested, unvested, contingent, exercisable, expired.
std::vector<std::string> grant_columns(const ViewOptions& options);
std::vector<std::vector<std::string>> grant_rows(const Filing& filing, const FilingGrants& grants, const ViewOptions& options);

// One row per grant × tranche: source, accession, owner, issuer, security,
// grant_date, tranche_date, shares, cumulative, percent.
std::vector<std::string> tranche_columns();
std::vector<std::vector<std::string>> tranche_rows(const Filing& filing, const FilingGrants& grants);

// "Doe Jane; Doe Family Trust".
std::string owner_names(const Filing& filing);

}  // namespace vest::filings
