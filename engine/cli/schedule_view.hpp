// Human and spreadsheet views of a schedule and its projection, shared by the
// commands that print schedules (schedule, parse, filing).
#pragma once

#include "engine/core/projection.hpp"
#include "engine/core/schedule.hpp"

#include <optional>
#include <ostream>

namespace vest::cli {

// The tranche table (#, date, vests on, shares, cumulative, percent, status
// as of the projection date when given), contingent portions, conditions.
void print_schedule_table(std::ostream& out, const Schedule& s, const std::optional<Projection>& as_of);

// One line: "As of 2015-06-30: vested 75,000 · unvested 125,000 · ... · next 2015-07-16 (4,167)".
void print_projection_line(std::ostream& out, const Projection& p);

// CSV: date,vests_on,shares,cumulative,percent,status (status only with a projection).
void print_schedule_csv(std::ostream& out, const Schedule& s, const std::optional<Projection>& as_of);

// RFC 4180 quoting for one CSV field.
std::string csv_field(const std::string& value);

}  // namespace vest::cli
