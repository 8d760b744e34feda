// JSON views of engine values, shared by every command and library user that
// prints them, so that `vest schedule`, `vest parse`, `vest filing` and
// `vest portfolio` agree to the character.
//
// Share counts are JSON numbers: integers when whole; a fractional count with
// a finite decimal of at most 15 significant digits (filings use up to four
// decimals) is written as that decimal (the double nearest a decimal of ≤ 15
// significant digits prints back as the same decimal, so no digit changes);
// anything else (e.g. 10/3 under the fractional policy) is written as the exact
// string "10/3" rather than a rounded number.
#pragma once

#include "engine/core/projection.hpp"
#include "engine/core/schedule.hpp"

#include <nlohmann/json.hpp>

namespace vest {

nlohmann::json json_amount(const Amount& a);

// [{"date", "shares"}] — plus "vests_on" when it differs from "date" and
// "forfeited_on" for forfeited tranches.
nlohmann::json tranches_json(const Schedule& s);

// {"date", "vested", "unvested", "contingent", "forfeited", "exercisable", "expired", "next_vest"?}
nlohmann::json projection_json(const Projection& p);

nlohmann::json diagnostic_json(const Diagnostic& d);

}  // namespace vest
