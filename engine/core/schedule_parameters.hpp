// Schedule parameters as a user types them — `vest schedule --installments 36
// --period 1m ...` or `vest.schedule(installments=36, period="1m", ...)` — read
// into a ScheduleSpec and events, with every range check in one place.
//
// Both front ends (engine/cli/schedule_options.cpp, python/native/schedules.cpp)
// call these readers; only the spelling of a parameter's name in a message
// differs ("--exercise-price" on the command line, "exercise_price" in
// Python). The statement-timing parameters (events, double trigger, earlier /
// later of, chained statements) and the WHEN spelling of days are described in
// engine/core/timing_parameters.hpp.
#pragma once

#include "engine/core/events.hpp"
#include "engine/core/schedule_spec.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vest {

// More installments than this is a typing error, not a schedule (100 years of weeks).
inline constexpr long long kMaxParameterInstallments = 5'300;

struct ScheduleParameters {
  std::string grant_date, shares, start, period = "1m", day_policy = "vesting_start_day",
                                         policy = "cumulative_round_down";
  long long installments = 0, cliff = 0, first_step = 1;
  std::vector<std::string> lumps, contingent;   // WHEN[:PORTION], PORTION[:CONDITION]
  std::string exercise_price, expiration, exercised, window, terminate;
  std::vector<std::string> accelerate;          // DATE[:full|SHARES|PERCENT%]
  bool early_exercise = false;
  // Statement timing (timing_parameters.hpp). `start` may be a WHEN too.
  std::string anchor_event;                     // an event id: the installments count from its day
  std::string earlier_of, later_of;             // "WHEN,WHEN,...": the installments start on the earlier / later
  std::string double_trigger;                   // WHEN: nothing vests before it; what was due vests on it
  std::vector<std::string> then;                // COUNTxPERIOD[:PORTION], each starting where the previous ended
  std::vector<std::string> events, event_deadlines;  // ID:YYYY-MM-DD: an event occurred / its deadline
};

enum class ParameterSpelling { command_line, python };  // "--exercise-price" or "exercise_price"

struct ReadParameters {
  ScheduleSpec spec;
  std::vector<Event> events;
  std::vector<std::string> problems;  // "--period: \"0m\" is not like ...", one per bad parameter
};

// Reads `p`; when `vesting_given_elsewhere` is false, no lump, installment,
// `then` or contingent portion is itself a problem. The spec is meaningful only
// when `problems` is empty. The same as read_vesting_parameters (with timing)
// followed by finish_schedule_parameters.
ReadParameters read_schedule_parameters(const ScheduleParameters& p, ParameterSpelling spelling,
                                        bool vesting_given_elsewhere = false);

// The two steps, for a front end with a schedule source of its own between
// them (the command line's --ocf): grant date, shares, allocation and
// day-of-month policies, the statements (lumps, contingent, installments) and,
// when `timing`, their timing and events (timing_parameters.hpp) ...
ReadParameters read_vesting_parameters(const ScheduleParameters& p, ParameterSpelling spelling, bool timing = true);
// ... then "no vesting given" (unless given elsewhere), the option terms and
// the events that change a schedule (termination, accelerations).
void finish_schedule_parameters(const ScheduleParameters& p, ParameterSpelling spelling, bool vesting_given_elsewhere,
                                ReadParameters& out);

// The option terms (exercise price, expiration, exercised, window, early
// exercise) and the events (termination, accelerations) alone, for a front end
// that reads the vesting itself (the command line's statement timing). Problems
// are appended, spelled as `spelling` says.
std::optional<OptionTerms> read_option_parameters(const ScheduleParameters& p, ParameterSpelling spelling,
                                                  std::vector<std::string>& problems);
std::vector<Event> read_event_parameters(const ScheduleParameters& p, ParameterSpelling spelling,
                                         std::vector<std::string>& problems);

// The pieces, for callers and tests. Each returns nullopt with a reason.
struct PeriodOrReason {
  std::optional<Period> period;
  std::string reason;  // "is out of range (at most 365243d, 1000 years)"
};
// "3m", "1y", "1q", "2w", "30d": a positive count of at most 1,000 years in its unit.
PeriodOrReason parse_period_parameter(std::string_view text);
// "25%", "1/4", "rest", or a number of shares.
std::optional<Portion> parse_portion_parameter(std::string_view text);
// A decimal ("47.5") or a fraction ("95/2").
std::optional<Amount> parse_amount_parameter(std::string_view text);

}  // namespace vest
