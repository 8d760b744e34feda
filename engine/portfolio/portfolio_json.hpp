// The JSON of `vest portfolio --format json`, in the library so that the
// command and the workbench's /api/portfolio print the same thing:
//   as of:    {"as_of", "grants", "rejected", "not_understood", "totals": {...},
//              "group_by", "groups": [{"key", "grants", "total", "vested", "unvested",
//              "contingent", "forfeited", "exercisable", "expired_grants"}]}
//   calendar: {"from", "to", "unit", "grants", "rejected", "not_understood",
//              "buckets": [{"start", "end", "shares"}], "issuers"?: [{"key", "shares": [...]}]}
// Share counts are exact decimals (fixed point, at most 4 places).
#pragma once

#include "engine/portfolio/load.hpp"
#include "engine/portfolio/portfolio.hpp"

#include <string>
#include <string_view>

namespace vest::portfolio {

// A JSON string literal, quotes included.
std::string json_string(std::string_view s);

std::string as_of_json(const Portfolio& p, const LoadReport& report, Date as_of, GroupBy group,
                       const AsOfQuery::Result& result);

std::string calendar_json(const Portfolio& p, const LoadReport& report, const Calendar& calendar, Date from, Date to,
                          std::string_view unit, bool per_issuer);

}  // namespace vest::portfolio
