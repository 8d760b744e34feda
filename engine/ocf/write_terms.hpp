// Writing a vest schedule as OCF: vesting terms, the issuance's reference to
// them, and the explicit vestings.
//
// `ocf_grant_json` expresses a ScheduleSpec as a VestingTerms object — a
// vesting-start condition, then one condition per statement in date order:
// relative triggers (MONTHS or DAYS from the start, with the day-of-month rule)
// where a date lies on the start's calendar grid, absolute triggers where it
// does not, a zero-quantity anchor condition where installments start off the
// grid, and event triggers (the condition's words as description) for
// contingent portions, chained at the end. It then reads its own terms back and
// evaluates them: only when that gives exactly the schedule's tranche table and
// contingent portions are the terms written. Otherwise (overlapping statements,
// a day-of-month rule OCF lacks, a lapse date...) only the explicit vestings
// are written, with a warning saying why. Vesting amounts are OCF Numerics
// (exact decimals); an amount without one (10/3 under FRACTIONAL) is a warning
// and no vestings are written.
//
// Output: {"vesting_terms": {...} (when expressible), "vesting_terms_id": ID,
//          "vestings": [{"date", "amount"}], "warnings": [...]}
// "vesting_terms" validates against objects/VestingTerms.schema.json, each
// vesting against types/Vesting.schema.json (tests/ocf/ocf_out_schema_test.py).
#pragma once

#include "engine/core/schedule.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace vest::ocf {

struct OcfOut {
  nlohmann::json grant;  // the object above
  bool expressed = false;  // vesting terms written (not only vestings)
  Diagnostics warnings;
};

// `id` names the terms ("<grant id>-terms"); `description` is the footnote or a summary.
OcfOut ocf_grant_json(const ScheduleSpec& spec, const Schedule& schedule, const std::string& id,
                      const std::string& description);

// The document `--format ocf` prints: every grant's terms in one
// VestingTermsFile, and per grant the issuance-side fields.
//   {"vesting_terms_file": {"file_type": "OCF_VESTING_TERMS_FILE", "items": [VestingTerms...]},
//    "issuances": [{"security_id", "vesting_terms_id"?, "vestings": [...], "warnings": [...]}],
//    "transactions": [TX_VESTING_START per grant with terms: the date its terms count from]}
class OcfDocument {
 public:
  // Writes the grant's terms (ids from `security_id`); returns its warnings.
  const Diagnostics& add(const std::string& security_id, const ScheduleSpec& spec, const Schedule& schedule,
                         const std::string& description);
  // A grant with no schedule: an issuance with a warning and nothing else.
  void add_unscheduled(const std::string& security_id, const std::string& why);
  nlohmann::json json() const;

 private:
  nlohmann::json items_ = nlohmann::json::array(), issuances_ = nlohmann::json::array(),
                 transactions_ = nlohmann::json::array();
  Diagnostics last_;
};

// The vesting start the written terms count from: the spec's vesting
// commencement, else its grant date, else the first tranche's date. The
// document carries it as the grant's TX_VESTING_START transaction.
Date ocf_vesting_start(const ScheduleSpec& spec, const Schedule& schedule);

// Exact OCF Numeric for an amount ("58824", "47.5"), or std::nullopt when it has
// no decimal of at most 10 places.
std::optional<std::string> ocf_numeric(const Amount& a);

}  // namespace vest::ocf
