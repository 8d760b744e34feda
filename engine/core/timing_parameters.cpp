#include "engine/core/timing_parameters.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace vest {

bool is_event_id(std::string_view t) {
  if (t.empty() || !std::isalpha(static_cast<unsigned char>(t.front()))) return false;
  return std::all_of(t.begin(), t.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  });
}

std::optional<std::pair<std::string, Date>> parse_event_parameter(std::string_view text) {
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  auto d = parse_iso_date(text.substr(colon + 1));
  if (!d) return std::nullopt;
  return std::pair<std::string, Date>{std::string(text.substr(0, colon)), *d};
}

namespace parameters {
namespace {

constexpr Name kAnchorEvent{"--anchor-event", "anchor_event"}, kEarlierOf{"--earlier-of", "earlier_of"},
    kLaterOf{"--later-of", "later_of"}, kDoubleTrigger{"--double-trigger", "double_trigger"},
    kEvent{"--event", "events"}, kEventDeadline{"--event-deadline", "event_deadlines"};

// One WHEN without earlier-of / later-of: a date or an event, plus a period.
std::optional<DayTerm> read_day_term(Name name, std::string text, DayOfMonthPolicy policy, Reader& r) {
  std::optional<Period> offset;
  if (const auto plus = text.find('+'); plus != std::string::npos) {
    offset = r.period(name, text.substr(plus + 1));
    if (!offset) return std::nullopt;
    text.resize(plus);
  }
  DayTerm term;
  if (auto d = parse_iso_date(text)) term = DayTerm::on(*d);
  else if (is_event_id(text)) term = DayTerm::on_event(text);
  else {
    r.add(name, "\"" + text + "\" is neither a YYYY-MM-DD date nor an event id");
    return std::nullopt;
  }
  term.policy = policy;
  if (offset) {
    if (auto months = offset->in_months()) term.months = *months;
    else term.days = offset->unit == PeriodUnit::weeks ? 7 * offset->count : offset->count;
  }
  return term;
}

// anchor_event, earlier_of or later_of: the installments' start (at most one of them).
std::optional<DayRule> read_start_rule(const ScheduleParameters& p, const StatementsRead& read, Reader& r) {
  std::optional<DayRule> starts = read.start_rule;
  int given = 0;
  if (!p.anchor_event.empty()) {
    ++given;
    if (!is_event_id(p.anchor_event)) r.add(kAnchorEvent, "\"" + p.anchor_event + "\" is not an event id");
    else starts = DayRule::of(DayTerm::on_event(p.anchor_event));
  }
  for (const auto& [name, value, prefix] : {std::tuple{kEarlierOf, &p.earlier_of, "earlier-of("},
                                            std::tuple{kLaterOf, &p.later_of, "later-of("}}) {
    if (value->empty()) continue;
    ++given;
    starts = read_day_rule(name, prefix + *value + ")", read.day_policy, r);
  }
  const std::string which = r.name(kAnchorEvent) + ", " + r.name(kEarlierOf) + " and " + r.name(kLaterOf);
  if (given > 1) r.add(which + " each give the installments' start: give one");
  if (given && !p.start.empty())
    r.add(r.name(kStartName) + " and " + r.name(kAnchorEvent) + "/" + r.name(kEarlierOf) + "/" + r.name(kLaterOf) +
          " both give the start: give one");
  if (given && !read.installments && p.then.empty())
    r.add(which + " need " + r.name(kInstallmentsName) + " or " + r.name(kThenName));
  return starts;
}

// One `then` item, COUNTxPERIOD[:PORTION] ("36x1m:rest", "1x12m:25%"), as a
// statement with no start yet; nullopt with the problem reported.
std::optional<Segment> read_then_item(const std::string& item, const StatementsRead& read, Reader& r) {
  const auto colon = item.find(':');
  const std::string head = item.substr(0, colon);
  const auto x = head.find('x');
  int count = 0;
  const auto [end, ec] = x == std::string::npos ? std::from_chars(head.data(), head.data(), count)
                                                : std::from_chars(head.data(), head.data() + x, count);
  const auto period = x == std::string::npos ? std::nullopt : r.period(kThenName, head.substr(x + 1));
  const auto portion = colon == std::string::npos ? std::optional<Portion>(Portion::remainder())
                                                  : parse_portion_parameter(std::string_view(item).substr(colon + 1));
  if (x == std::string::npos || ec != std::errc{} || end != head.data() + x || count < 1 ||
      count > kMaxParameterInstallments || !portion) {
    r.add(kThenName, "\"" + item + "\" needs COUNTxPERIOD[:PORTION] like 36x1m:rest or 1x12m:25% (count 1.." +
                         std::to_string(kMaxParameterInstallments) + ")");
    return std::nullopt;
  }
  if (!period) return std::nullopt;
  InstallmentSegment seg;
  seg.anchor = read.start.value_or(Date{});
  seg.period = *period;
  seg.count = count;
  seg.day_policy = read.day_policy;
  return Segment{seg, *portion, {"parameters: " + r.name(kThenName) + " " + item, {}}};
}

// Each `then` statement starts where the previous one ended (the first: where
// the installments end, or at the start rule).
void read_then(const ScheduleParameters& p, const StatementsRead& read, const std::optional<DayRule>& starts, Reader& r,
               ScheduleSpec& spec) {
  std::optional<std::size_t> previous = read.installments;
  for (const auto& item : p.then) {
    auto statement = read_then_item(item, read, r);
    if (!statement) continue;
    if (previous) statement->starts = DayRule::of(DayTerm::end_of(*previous));
    else if (starts) statement->starts = starts;
    spec.segments.push_back(std::move(*statement));
    previous = spec.segments.size() - 1;
  }
}

// Events the day rules name, with what events and event_deadlines say of them.
void collect_events(const ScheduleParameters& p, Reader& r, ScheduleSpec& spec) {
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
  for (const auto& [name, list, deadline] : {std::tuple{kEvent, &p.events, false},
                                             std::tuple{kEventDeadline, &p.event_deadlines, true}}) {
    for (const auto& item : *list) {
      const auto parsed = parse_event_parameter(item);
      if (!parsed) {
        r.add(name, "\"" + item + "\" needs EVENT_ID:YYYY-MM-DD");
        continue;
      }
      ScheduleEvent* e = find(parsed->first);
      if (!e) {
        r.add(name, "no statement waits for event \"" + parsed->first + "\"");
        continue;
      }
      auto& field = deadline ? e->deadline : e->occurred;
      if (field) r.add(name, "\"" + parsed->first + "\" given twice");
      field = parsed->second;
    }
  }
}

}  // namespace

std::optional<DayRule> read_day_rule(Name name, const std::string& text, DayOfMonthPolicy policy, Reader& r) {
  for (const auto& [prefix, pick] : {std::pair{std::string_view("earlier-of("), DayRule::Pick::earlier_of},
                                     std::pair{std::string_view("later-of("), DayRule::Pick::later_of}}) {
    if (!text.starts_with(prefix)) continue;
    if (text.back() != ')') {
      r.add(name, "\"" + text + "\" needs a closing parenthesis");
      return std::nullopt;
    }
    DayRule rule{pick, {}};
    std::string_view rest(text.data() + prefix.size(), text.size() - prefix.size() - 1);
    while (true) {
      const auto comma = rest.find(',');
      auto t = read_day_term(name, std::string(rest.substr(0, comma)), policy, r);
      if (!t) return std::nullopt;
      rule.terms.push_back(std::move(*t));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    return rule;
  }
  auto t = read_day_term(name, text, policy, r);
  if (!t) return std::nullopt;
  return DayRule::of(std::move(*t));
}

void read_timing(const ScheduleParameters& p, const StatementsRead& read, Reader& r, ScheduleSpec& spec) {
  const auto starts = read_start_rule(p, read, r);
  if (starts && read.installments) spec.segments[*read.installments].starts = starts;
  read_then(p, read, starts, r, spec);
  if (!p.double_trigger.empty())
    if (auto rule = read_day_rule(kDoubleTrigger, p.double_trigger, read.day_policy, r))
      for (auto& seg : spec.segments)
        if (!std::holds_alternative<ContingentSegment>(seg.shape)) seg.held_until = rule;
  collect_events(p, r, spec);
}

}  // namespace parameters
}  // namespace vest
