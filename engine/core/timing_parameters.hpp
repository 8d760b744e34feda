// The statement-timing parameters of `vest schedule` and `vest.schedule(...)`
// (engine/core/timing.hpp is what they build): statements that start on an
// event's day, wait for an event (double trigger), start on the earlier or
// later of several days, or start where the previous statement ended.
//
// WHEN — wherever a day is asked for (lumps, start, double trigger, the items
// of earlier-of / later-of) — is
//   a date                    2025-01-01
//   an event id               ipo            (a letter, then letters, digits, _ - .)
//   either plus a period      ipo+6m, 2025-01-01+90d
//   earlier-of(WHEN,...)      earlier-of(2026-01-01,cic)
//   later-of(WHEN,...)        later-of(ipo,2024-01-01+1y)
// An event has occurred only when an events item ("ipo:2022-06-30") says so;
// what waits for it until then is contingent, forfeited on its deadline
// ("ipo:2028-01-15") if it has not occurred by then. An event item for an id
// no statement waits for is a problem (a typo is caught).
//
// Called by read_vesting_parameters (schedule_parameters.cpp); the pieces are
// public for the front ends' own checks and for tests.
#pragma once

#include "engine/core/parameter_reader.hpp"
#include "engine/core/schedule_spec.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace vest {

// "ipo", "cic-2", "fda.approval": a letter, then letters, digits, '_', '-' and '.'.
bool is_event_id(std::string_view text);

// "ID:YYYY-MM-DD" (split at the last colon), or nullopt.
std::optional<std::pair<std::string, Date>> parse_event_parameter(std::string_view text);

namespace parameters {

// WHEN read into a day rule under `policy`; nullopt with the problem reported.
std::optional<DayRule> read_day_rule(Name name, const std::string& text, DayOfMonthPolicy policy, Reader& r);

// What the statements read so far leave for the timing parameters.
struct StatementsRead {
  DayOfMonthPolicy day_policy = DayOfMonthPolicy::vesting_start_day();
  std::optional<std::size_t> installments;  // the installment series' segment
  std::optional<Date> start;                // its anchor (a placeholder when start_rule is set)
  std::optional<DayRule> start_rule;        // start given as a day rule
};

// Reads anchor_event / earlier_of / later_of, then, double_trigger, events and
// event_deadlines into `spec` (its segments' starts and held_until, its events).
void read_timing(const ScheduleParameters& p, const StatementsRead& read, Reader& r, ScheduleSpec& spec);

}  // namespace parameters
}  // namespace vest
