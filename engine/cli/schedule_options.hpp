// The options of `vest schedule` (a schedule from explicit parameters), shared
// with `vest chart schedule` so both read the same command line the same way.
#pragma once

#include "engine/core/schedule.hpp"
#include "engine/core/schedule_parameters.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vest::cli {

// The schedule's parameters (read by engine/core/schedule_parameters, as the
// Python module reads its keywords) and what only the command line has.
struct ScheduleOptions : ScheduleParameters {
  std::string as_of;
  std::string ocf, terms_id, vesting_start;  // OCF vesting terms as the schedule source
  // --event (ScheduleParameters::events) names OCF conditions when --ocf is given.
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
