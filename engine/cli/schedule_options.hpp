// The options of `vest schedule` (a schedule from explicit parameters), shared
// with `vest chart schedule` so both read the same command line the same way.
#pragma once

#include "engine/core/schedule.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vest::cli {

struct ScheduleOptions {
  std::string grant_date, shares, start, period = "1m", day_policy = "vesting_start_day", policy = "cumulative_round_down";
  int installments = 0, cliff = 0, first_step = 1;
  std::vector<std::string> lumps, contingent;
  std::string exercise_price, expiration, exercised, window, terminate, as_of;
  std::vector<std::string> accelerate;
  bool early_exercise = false;
  std::string ocf, terms_id, vesting_start;  // OCF vesting terms as the schedule source
  std::vector<std::string> ocf_events;       // --event ID:DATE (OCF conditions, or the events below)
  // Statements that wait for events or for each other (engine/core/timing.hpp).
  std::string anchor_event, double_trigger, earlier_of, later_of;
  std::vector<std::string> then, event_deadlines;
};

// Adds --grant-date, --shares, --lump, --installments ... --as-of (not --format).
void add_schedule_options(CLI::App& cmd, ScheduleOptions& o);

struct BuiltSchedule {
  std::optional<ScheduleSpec> spec;  // what was built (the OCF writer expresses it)
  std::optional<Schedule> schedule;
  std::optional<Date> as_of;
};

// Builds the schedule the options describe (events applied). On failure the
// errors go to stderr prefixed with `command` and the exit code is returned
// (exit_usage for a bad command line, exit_input_errors for a bad schedule);
// exit_ok otherwise.
int build_from_options(const ScheduleOptions& o, std::string_view command, BuiltSchedule& out);

}  // namespace vest::cli
