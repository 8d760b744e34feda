// Statements whose days are not plain dates: resolving Segment::starts and
// Segment::held_until (schedule_spec.hpp) against the events that occurred.
//
// build_schedule calls `resolve_timing` first whenever a segment has a
// DayRule; the result is an ordinary spec (anchors and lump dates written in,
// statements still waiting for an event turned into contingent portions) plus,
// per segment, the day its tranches are held until. Rules, in order:
//   - An event day is known once the event occurred on or before its deadline;
//     an event that occurred after its deadline counts as not occurred
//     (warning "event_after_deadline").
//   - `only` and LATER OF: known when every term is; otherwise the statement
//     awaits the unknown events (all of them) and lapses on the earliest of
//     their deadlines.
//   - EARLIER OF: the earliest known term. When no term is known the statement
//     awaits any of the events and lapses on the latest deadline (when every
//     one has one). A term that is an event not occurred is recorded as a
//     schedule condition ("earlier_of_event"): it could still come first.
//   - end_of_segment(j) is the last scheduled day of an earlier segment j
//     (before any hold); a segment that awaits events passes them on.
//   - A statement awaiting events is a ContingentSegment whose condition is the events' words
//     ("initial public offering"; "ipo and cic" under LATER OF, "ipo or cic" under EARLIER OF)
//     with the statement's portion. Consecutive awaiting statements with the
//     same words and lapse day are one contingent portion (their portions add
//     up exactly), so a held 48-month series is one portion, not 48.
//
// Example (double trigger, 4800 shares, monthly over 4 years from 2021-01-15,
// held until an IPO on 2022-06-30):
//   the 17 installments due up to 2022-06-15 vest on 2022-06-30 (1700), the
//   rest monthly from 2022-07-15; with no IPO: one contingent portion of 4800
//   "IPO".
#pragma once

#include "engine/core/schedule_spec.hpp"

#include <optional>
#include <vector>

namespace vest {

struct ResolvedTiming {
  ScheduleSpec spec;                           // no Segment::starts or held_until left
  std::vector<std::optional<Date>> held_until; // by segment of `spec`: tranches due earlier vest on this day
};

// Whether any segment has a DayRule (build_schedule's test for calling resolve_timing).
bool has_timing(const ScheduleSpec& spec);

// Errors: "unknown_event", "segment_order" (end_of_segment names a later
// segment), "starts_not_applicable" (starts on a date list or contingent
// segment), "invalid_day_rule" (no term, or several under `only`),
// "date_out_of_range".
Result<ResolvedTiming> resolve_timing(const ScheduleSpec& spec);

}  // namespace vest
