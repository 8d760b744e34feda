#include "engine/cli/schedule_options.hpp"

#include "engine/cli/command.hpp"
#include "engine/core/events.hpp"
#include "engine/core/schedule_parameters.hpp"
#include "engine/core/timing_parameters.hpp"
#include "engine/ocf/evaluate.hpp"
#include "engine/ocf/read_terms.hpp"

#include <iostream>

namespace vest::cli {
namespace {

std::optional<Date> date_option(const std::string& name, const std::string& value, std::vector<std::string>& problems) {
  if (auto d = parse_iso_date(value)) return d;
  problems.push_back(name + ": \"" + value + "\" is not a valid YYYY-MM-DD date");
  return std::nullopt;
}

// The schedule of --ocf's vesting terms (the option terms of the command line kept).
bool spec_from_ocf(const ScheduleOptions& o, const ocf::OcfGrant& grant, std::string_view command, ScheduleSpec& spec) {
  auto all = ocf::read_vesting_terms_file(o.ocf);
  auto terms = all ? ocf::select_terms(*all, o.terms_id, o.ocf) : Result<ocf::VestingTerms>(all.diagnostics());
  if (!terms) {
    for (const auto& d : terms.diagnostics()) std::cerr << command << ": " << format(d) << '\n';
    return false;
  }
  for (const auto& d : all.diagnostics()) std::cerr << command << ": " << format(d) << '\n';
  auto ocf_spec = ocf::terms_to_spec(*terms, grant);
  for (const auto& d : ocf_spec.diagnostics()) std::cerr << command << ": " << format(d) << '\n';
  if (!ocf_spec) return false;
  ocf_spec.value().option = spec.option;
  spec = std::move(ocf_spec).value();
  return true;
}

}  // namespace

int build_from_options(const ScheduleOptions& o, std::string_view command, BuiltSchedule& out) {
  // The statements and their timing are read by engine/core/schedule_parameters,
  // as the Python module reads its keywords; what is left here is --ocf (a whole
  // schedule from elsewhere: --event then names its conditions) and --as-of.
  const bool from_ocf = !o.ocf.empty();
  ReadParameters read = read_vesting_parameters(o, ParameterSpelling::command_line, /*timing=*/!from_ocf);
  ScheduleSpec& spec = read.spec;
  std::vector<std::string>& problems = read.problems;
  if (from_ocf && (!o.anchor_event.empty() || !o.double_trigger.empty() || !o.earlier_of.empty() ||
                   !o.later_of.empty() || !o.then.empty() || !o.event_deadlines.empty()))
    problems.push_back("--ocf gives the whole schedule: do not combine it with --anchor-event, --double-trigger, "
                       "--earlier-of, --later-of, --then or --event-deadline");
  if (from_ocf && !spec.segments.empty())
    problems.push_back("--ocf gives the whole schedule: do not combine it with --lump, --installments or --contingent");
  if (from_ocf && o.policy != "cumulative_round_down")
    problems.push_back("--ocf: the allocation type comes from the terms; do not give --policy");
  if (!from_ocf && (!o.terms_id.empty() || !o.vesting_start.empty()))
    problems.push_back("--terms-id and --vesting-start need --ocf");
  ocf::OcfGrant ocf_grant;
  if (from_ocf) {
    if (spec.grant_date) ocf_grant.grant_date = *spec.grant_date;
    ocf_grant.shares = spec.total_shares;
    if (o.vesting_start == "pending") ocf_grant.vesting_start_pending = true;
    else if (!o.vesting_start.empty()) ocf_grant.vesting_start = date_option("--vesting-start", o.vesting_start, problems);
    for (const auto& e : o.events) {
      if (auto parsed = parse_event_parameter(e)) {
        if (!ocf_grant.events.emplace(parsed->first, parsed->second).second)
          problems.push_back("--event: \"" + parsed->first + "\" given twice");
      } else {
        problems.push_back("--event: \"" + e + "\" needs CONDITION_ID:YYYY-MM-DD");
      }
    }
  }
  finish_schedule_parameters(o, ParameterSpelling::command_line, /*vesting_given_elsewhere=*/from_ocf, read);
  std::optional<Date> as_of;
  if (!o.as_of.empty()) as_of = date_option("--as-of", o.as_of, problems);

  if (!problems.empty()) {
    for (const auto& p : problems) std::cerr << command << ": error: " << p << '\n';
    return exit_usage;
  }
  if (from_ocf && !spec_from_ocf(o, ocf_grant, command, spec)) return exit_input_errors;
  auto built = build_schedule(spec);
  if (built && !read.events.empty()) built = apply_events(*built, read.events);
  if (!built) {
    for (const auto& d : built.diagnostics()) std::cerr << command << ": " << format(d) << '\n';
    return exit_input_errors;
  }
  out.schedule = std::move(built).value();
  out.spec = std::move(spec);
  out.as_of = as_of;
  return exit_ok;
}

void add_schedule_options(CLI::App& cmd, ScheduleOptions& o) {
  cmd.add_option("--grant-date", o.grant_date, "Grant date, YYYY-MM-DD")->required();
  cmd.add_option("--shares", o.shares, "Shares granted (may be fractional: 47.5)")->required();
  cmd.add_option("--lump", o.lumps,
                 "WHEN[:PORTION] vests on WHEN; PORTION is 25%, 1/4, a share count or rest (repeatable). WHEN everywhere "
                 "is a date, an event id, either plus a period (ipo+6m), or earlier-of(WHEN,...) / later-of(WHEN,...)");
  cmd.add_option("--installments", o.installments, "Number of equal installments (they take what the lumps leave)");
  cmd.add_option("--start", o.start, "WHEN the installments (or the first --then) count from (default: grant date)");
  cmd.add_option("--period", o.period, "Installment period: 1m, 3m, 1q, 6m, 1y, 2w, 30d")->capture_default_str();
  cmd.add_option("--first-step", o.first_step, "1: first installment one period after --start; 0: on --start")->capture_default_str();
  cmd.add_option("--cliff", o.cliff, "Installments 1..K are paid together on installment K");
  cmd.add_option("--day-policy", o.day_policy,
                  "vesting_start_day | last_day_of_month | first_day_of_month | vesting_start_day_minus_one | day:N")
      ->capture_default_str();
  cmd.add_option("--contingent", o.contingent, "PORTION[:CONDITION] with no date until achieved (repeatable)");
  cmd.add_option("--policy", o.policy,
                  "Allocation: cumulative_round_down | cumulative_rounding | front_loaded | back_loaded | "
                  "front_loaded_to_single_tranche | back_loaded_to_single_tranche | fractional")
      ->capture_default_str();
  cmd.add_option("--exercise-price", o.exercise_price, "Option exercise price (makes the grant an option)");
  cmd.add_option("--expiration", o.expiration, "Option expiration date (the day itself is exercisable)");
  cmd.add_flag("--early-exercise", o.early_exercise, "Option exercisable before vesting");
  cmd.add_option("--exercised", o.exercised, "Option shares already exercised");
  cmd.add_option("--window", o.window, "Post-termination exercise window: 90d, 3m");
  cmd.add_option("--terminate", o.terminate, "Termination date: vesting stops");
  cmd.add_option("--accelerate", o.accelerate, "DATE[:full|SHARES|PERCENT%] accelerates unvested shares pro-rata");
  cmd.add_option("--ocf", o.ocf, "OCF vesting terms (VestingTerms object or VestingTermsFile) as the schedule");
  cmd.add_option("--terms-id", o.terms_id, "Which vesting terms of the --ocf file (needed when it holds several)");
  cmd.add_option("--vesting-start", o.vesting_start,
                 "OCF vesting start date (default: the grant date), or 'pending': an event that has not occurred");
  cmd.add_option("--event", o.events,
                 "ID:YYYY-MM-DD an event that occurred: one the statements wait for, or an OCF condition (repeatable)");
  cmd.add_option("--event-deadline", o.event_deadlines,
                 "ID:YYYY-MM-DD unless the event occurs by then, what waits for it is forfeited that day (repeatable)");
  cmd.add_option("--anchor-event", o.anchor_event,
                 "EVENT: the installments (or the first --then) count from this event's day; contingent until it occurs");
  cmd.add_option("--earlier-of", o.earlier_of, "WHEN,WHEN,...: the installments start on the earlier of these days");
  cmd.add_option("--later-of", o.later_of, "WHEN,WHEN,...: the installments start on the later of these days");
  cmd.add_option("--then", o.then,
                 "COUNTxPERIOD[:PORTION] a statement starting where the previous one ended: 1x12m:25% then 36x1m:rest "
                 "(repeatable; PORTION defaults to rest)");
  cmd.add_option("--double-trigger", o.double_trigger,
                 "WHEN: nothing vests before this day (an event: until it occurs); installments due earlier vest on it");
  cmd.add_option("--as-of", o.as_of, "Project vested/unvested/exercisable on this date");
}

}  // namespace vest::cli
