#include "engine/cli/schedule_options.hpp"

#include "engine/cli/command.hpp"
#include "engine/core/events.hpp"
#include "engine/core/schedule_parameters.hpp"
#include "engine/ocf/evaluate.hpp"
#include "engine/ocf/read_terms.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iostream>

namespace vest::cli {
namespace {

// Errors found while reading the options, reported all at once.
struct Problems {
  std::vector<std::string> list;
  void add(std::string s) { list.push_back(std::move(s)); }
};

std::optional<Date> date_option(const std::string& name, const std::string& value, Problems& problems) {
  if (auto d = parse_iso_date(value)) return d;
  problems.add(name + ": \"" + value + "\" is not a valid YYYY-MM-DD date");
  return std::nullopt;
}

std::optional<Amount> amount_option(const std::string& name, const std::string& value, Problems& problems) {
  if (auto a = parse_amount_parameter(value)) return a;
  problems.add(name + ": \"" + value + "\" is not a number");
  return std::nullopt;
}

// The limits and the period / portion spellings are engine/core/schedule_parameters',
// which the Python module reads its keywords with too.
constexpr long long kMaxInstallments = kMaxParameterInstallments;

std::optional<Period> parse_period(const std::string& name, const std::string& text, Problems& problems) {
  auto p = parse_period_parameter(text);
  if (!p.period) problems.add(name + ": \"" + text + "\" " + p.reason);
  return p.period;
}

std::optional<Portion> parse_portion(const std::string& text) { return parse_portion_parameter(text); }

// A day a statement starts on or waits for (WHEN): a date, an event's id, either
// plus a period ("ipo+6m", "2025-01-01+90d"), or earlier-of(WHEN,...) /
// later-of(WHEN,...). Event ids start with a letter and hold letters, digits,
// '_', '-' and '.'.
bool is_event_id(std::string_view t) {
  if (t.empty() || !std::isalpha(static_cast<unsigned char>(t.front()))) return false;
  return std::all_of(t.begin(), t.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  });
}

std::optional<DayTerm> parse_day_term(const std::string& name, std::string text, DayOfMonthPolicy policy, Problems& problems) {
  std::optional<Period> offset;
  if (const auto plus = text.find('+'); plus != std::string::npos) {
    offset = parse_period(name, text.substr(plus + 1), problems);
    if (!offset) return std::nullopt;
    text.resize(plus);
  }
  DayTerm term;
  if (auto d = parse_iso_date(text)) term = DayTerm::on(*d);
  else if (is_event_id(text)) term = DayTerm::on_event(text);
  else {
    problems.add(name + ": \"" + text + "\" is neither a YYYY-MM-DD date nor an event id");
    return std::nullopt;
  }
  term.policy = policy;
  if (offset) {
    if (auto months = offset->in_months()) term.months = *months;
    else term.days = offset->unit == PeriodUnit::weeks ? 7 * offset->count : offset->count;
  }
  return term;
}

std::optional<DayRule> parse_day_rule(const std::string& name, const std::string& text, DayOfMonthPolicy policy, Problems& problems) {
  for (const auto& [prefix, pick] : {std::pair{std::string("earlier-of("), DayRule::Pick::earlier_of},
                                     std::pair{std::string("later-of("), DayRule::Pick::later_of}}) {
    if (!text.starts_with(prefix)) continue;
    if (text.back() != ')') {
      problems.add(name + ": \"" + text + "\" needs a closing parenthesis");
      return std::nullopt;
    }
    DayRule rule{pick, {}};
    std::string_view rest(text.data() + prefix.size(), text.size() - prefix.size() - 1);
    while (true) {
      const auto comma = rest.find(',');
      auto t = parse_day_term(name, std::string(rest.substr(0, comma)), policy, problems);
      if (!t) return std::nullopt;
      rule.terms.push_back(std::move(*t));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    return rule;
  }
  auto t = parse_day_term(name, text, policy, problems);
  if (!t) return std::nullopt;
  return DayRule::of(std::move(*t));
}

// Events the day rules name, with what --event and --event-deadline say of them.
void collect_events(const ScheduleOptions& o, ScheduleSpec& spec, Problems& problems) {
  for (const auto& seg : spec.segments)
    for (const auto* rule : {seg.starts ? &*seg.starts : nullptr, seg.held_until ? &*seg.held_until : nullptr})
      if (rule)
        for (const auto& t : rule->terms)
          if (t.kind == DayTerm::Kind::event &&
              std::none_of(spec.events.begin(), spec.events.end(), [&](const ScheduleEvent& e) { return e.id == t.event; }))
            spec.events.push_back({t.event, t.event, std::nullopt, std::nullopt});
  const auto find = [&](const std::string& id) -> ScheduleEvent* {
    for (auto& e : spec.events)
      if (e.id == id) return &e;
    return nullptr;
  };
  for (const auto& [option, list] : {std::pair{std::string("--event"), &o.ocf_events},
                                     std::pair{std::string("--event-deadline"), &o.event_deadlines}}) {
    for (const auto& item : *list) {
      const auto parsed = ocf::parse_event_argument(item);
      if (!parsed) {
        problems.add(option + ": \"" + item + "\" needs EVENT_ID:YYYY-MM-DD");
        continue;
      }
      ScheduleEvent* e = find(parsed->first);
      if (!e) {
        problems.add(option + ": no statement waits for event \"" + parsed->first + "\"");
        continue;
      }
      auto& field = option == "--event" ? e->occurred : e->deadline;
      if (field) problems.add(option + ": \"" + parsed->first + "\" given twice");
      field = parsed->second;
    }
  }
}

// Reads the statement-timing options into the spec: --anchor-event,
// --earlier-of, --later-of (the installments' start), --then (chained
// statements), --double-trigger (every dated statement held until it).
void add_timing(const ScheduleOptions& o, DayOfMonthPolicy policy, std::optional<std::size_t> installments,
                std::optional<Date> start, std::optional<DayRule> starts, ScheduleSpec& spec, Problems& problems) {
  int given = 0;
  for (const auto& [name, value] : {std::pair{std::string("--anchor-event"), &o.anchor_event},
                                    std::pair{std::string("--earlier-of"), &o.earlier_of},
                                    std::pair{std::string("--later-of"), &o.later_of}}) {
    if (value->empty()) continue;
    ++given;
    if (name == "--anchor-event") {
      if (!is_event_id(*value)) problems.add("--anchor-event: \"" + *value + "\" is not an event id");
      else starts = DayRule::of(DayTerm::on_event(*value));
    } else {
      starts = parse_day_rule(name, (name == "--earlier-of" ? "earlier-of(" : "later-of(") + *value + ")", policy, problems);
    }
  }
  if (given > 1) problems.add("--anchor-event, --earlier-of and --later-of each give the installments' start: give one");
  if (given && !o.start.empty()) problems.add("--start and --anchor-event/--earlier-of/--later-of both give the start: give one");
  if (given && !installments && o.then.empty()) problems.add("--anchor-event, --earlier-of and --later-of need --installments or --then");
  if (starts && installments) spec.segments[*installments].starts = starts;

  std::optional<std::size_t> previous = installments;
  for (const auto& item : o.then) {
    // COUNTxPERIOD[:PORTION]: "36x1m:rest", "1x12m:25%".
    const auto colon = item.find(':');
    const std::string head = item.substr(0, colon);
    const auto x = head.find('x');
    int count = 0;
    const auto [p, ec] = x == std::string::npos ? std::from_chars(head.data(), head.data(), count)
                                                : std::from_chars(head.data(), head.data() + x, count);
    const auto period = x == std::string::npos ? std::nullopt : parse_period("--then", head.substr(x + 1), problems);
    const auto portion = colon == std::string::npos ? std::optional<Portion>(Portion::remainder()) : parse_portion(item.substr(colon + 1));
    if (x == std::string::npos || ec != std::errc{} || p != head.data() + x || count < 1 || count > kMaxInstallments || !portion) {
      problems.add("--then: \"" + item + "\" needs COUNTxPERIOD[:PORTION] like 36x1m:rest or 1x12m:25% (count 1.." +
                   std::to_string(kMaxInstallments) + ")");
      continue;
    }
    if (!period) continue;
    InstallmentSegment seg;
    seg.anchor = start.value_or(Date{});
    seg.period = *period;
    seg.count = count;
    seg.day_policy = policy;
    Segment statement{seg, *portion, {"parameters: --then " + item, {}}};
    if (previous) statement.starts = DayRule::of(DayTerm::end_of(*previous));
    else if (starts) statement.starts = starts;
    spec.segments.push_back(std::move(statement));
    previous = spec.segments.size() - 1;
  }
  if (!o.double_trigger.empty())
    if (auto rule = parse_day_rule("--double-trigger", o.double_trigger, policy, problems))
      for (auto& seg : spec.segments)
        if (!std::holds_alternative<ContingentSegment>(seg.shape)) seg.held_until = rule;
  collect_events(o, spec, problems);
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
  Problems problems;
  ScheduleSpec spec;
  const auto grant = date_option("--grant-date", o.grant_date, problems);
  const auto total = amount_option("--shares", o.shares, problems);
  if (grant) spec.grant_date = grant;
  if (total) spec.total_shares = *total;
  const auto policy = parse_allocation_policy(o.policy);
  if (!policy) problems.add("--policy: unknown allocation policy \"" + o.policy + "\"");
  else spec.policy = *policy;
  spec.catch_up_before_grant = true;  // the grant date given here is the real one

  const auto day = parse_day_of_month_policy(o.day_policy);
  if (!day) problems.add("--day-policy: unknown policy \"" + o.day_policy + "\"");
  const DayOfMonthPolicy day_policy = day.value_or(DayOfMonthPolicy::vesting_start_day());
  for (const auto& lump : o.lumps) {
    // WHEN[:PORTION]; WHEN may be an event or earlier-of(...), whose commas and
    // parentheses hold no colon.
    const auto colon = lump.find(':');
    const auto when = parse_day_rule("--lump", lump.substr(0, colon), day_policy, problems);
    const auto portion = colon == std::string::npos ? std::optional<Portion>(Portion::all())
                                                    : parse_portion(lump.substr(colon + 1));
    if (!portion) problems.add("--lump: \"" + lump + "\" needs WHEN[:PORTION] with PORTION like 25%, 1/4, 1000 or rest");
    if (!when || !portion) continue;
    Segment seg{LumpSegment{}, *portion, {"parameters: --lump " + lump, {}}};
    const bool plain = when->pick == DayRule::Pick::only && when->terms[0].kind == DayTerm::Kind::date &&
                       when->terms[0].months == 0 && when->terms[0].days == 0;
    if (plain) seg.shape = LumpSegment{when->terms[0].date};
    else seg.starts = when;
    spec.segments.push_back(std::move(seg));
  }
  for (const auto& c : o.contingent) {
    const auto colon = c.find(':');
    const auto portion = parse_portion(c.substr(0, colon));
    if (!portion) problems.add("--contingent: \"" + c + "\" needs PORTION[:CONDITION]");
    else
      spec.segments.push_back({ContingentSegment{colon == std::string::npos ? "condition" : c.substr(colon + 1)},
                               *portion, {"parameters: --contingent " + c, {}}});
  }
  if (o.installments < 0) problems.add("--installments: " + std::to_string(o.installments) + " is negative (a count of installments, 1 or more)");
  if (o.installments > kMaxInstallments)
    problems.add("--installments: " + std::to_string(o.installments) + " is more than " + std::to_string(kMaxInstallments));
  if (o.cliff < 0) problems.add("--cliff: " + std::to_string(o.cliff) + " is negative");
  else if (o.cliff > o.installments && o.installments > 0)
    problems.add("--cliff: " + std::to_string(o.cliff) + " is more than the " + std::to_string(o.installments) + " installments");
  if (o.first_step != 0 && o.first_step != 1) problems.add("--first-step: must be 0 or 1, not " + std::to_string(o.first_step));
  // --start: a date, or a day rule (an event, earlier-of(...), ...).
  std::optional<Date> start_date = grant;
  std::optional<DayRule> start_rule;
  if (!o.start.empty()) {
    if (auto d = parse_iso_date(o.start)) start_date = d;
    else if (o.start.find_first_of("+(") != std::string::npos || is_event_id(o.start)) {
      start_rule = parse_day_rule("--start", o.start, day_policy, problems);
      start_date = grant;  // a placeholder the rule replaces
    } else {
      start_date = date_option("--start", o.start, problems);
    }
  }
  std::optional<std::size_t> installments_segment;
  if (o.installments > 0 && o.installments <= kMaxInstallments) {
    InstallmentSegment seg;
    const auto& anchor = start_date;
    const auto period = parse_period("--period", o.period, problems);
    if (anchor && period && day) {
      seg.anchor = *anchor;
      seg.period = *period;
      seg.count = static_cast<int>(o.installments);
      seg.cliff = static_cast<int>(o.cliff);
      seg.first_step = static_cast<int>(o.first_step);
      seg.day_policy = *day;
      const bool others = !spec.segments.empty() || !o.then.empty();
      spec.segments.push_back({seg, others ? Portion::remainder() : Portion::all(), {"parameters: --installments", {}}});
      if (start_rule) spec.segments.back().starts = start_rule;
      installments_segment = spec.segments.size() - 1;
    }
  } else if (o.installments == 0 && ((!o.start.empty() && o.then.empty()) || o.cliff)) {
    problems.add("--start and --cliff need --installments (--start also serves --then)");
  }
  if (o.ocf.empty()) {
    add_timing(o, day_policy, installments_segment, start_date, start_rule, spec, problems);
  } else if (!o.anchor_event.empty() || !o.double_trigger.empty() || !o.earlier_of.empty() || !o.later_of.empty() ||
             !o.then.empty() || !o.event_deadlines.empty()) {
    problems.add("--ocf gives the whole schedule: do not combine it with --anchor-event, --double-trigger, --earlier-of, "
                 "--later-of, --then or --event-deadline");
  }
  if (!o.ocf.empty() && !spec.segments.empty())
    problems.add("--ocf gives the whole schedule: do not combine it with --lump, --installments or --contingent");
  if (!o.ocf.empty() && o.policy != "cumulative_round_down")
    problems.add("--ocf: the allocation type comes from the terms; do not give --policy");
  if (o.ocf.empty() && (!o.terms_id.empty() || !o.vesting_start.empty()))
    problems.add("--terms-id and --vesting-start need --ocf");
  ocf::OcfGrant ocf_grant;
  if (!o.ocf.empty()) {
    if (grant) ocf_grant.grant_date = *grant;
    if (total) ocf_grant.shares = *total;
    if (o.vesting_start == "pending") ocf_grant.vesting_start_pending = true;
    else if (!o.vesting_start.empty()) ocf_grant.vesting_start = date_option("--vesting-start", o.vesting_start, problems);
    for (const auto& e : o.ocf_events) {
      if (auto parsed = ocf::parse_event_argument(e)) {
        if (!ocf_grant.events.emplace(parsed->first, parsed->second).second)
          problems.add("--event: \"" + parsed->first + "\" given twice");
      } else {
        problems.add("--event: \"" + e + "\" needs CONDITION_ID:YYYY-MM-DD");
      }
    }
  }
  if (spec.segments.empty() && problems.list.empty() && o.ocf.empty())
    problems.add("no vesting given: use --lump, --installments, --then or --contingent");

  spec.option = read_option_parameters(o, ParameterSpelling::command_line, problems.list);
  const std::vector<Event> events = read_event_parameters(o, ParameterSpelling::command_line, problems.list);
  std::optional<Date> as_of;
  if (!o.as_of.empty()) as_of = date_option("--as-of", o.as_of, problems);

  if (!problems.list.empty()) {
    for (const auto& p : problems.list) std::cerr << command << ": error: " << p << '\n';
    return exit_usage;
  }
  if (!o.ocf.empty() && !spec_from_ocf(o, ocf_grant, command, spec)) return exit_input_errors;
  auto built = build_schedule(spec);
  if (built && !events.empty()) built = apply_events(*built, events);
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
  cmd.add_option("--event", o.ocf_events,
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
