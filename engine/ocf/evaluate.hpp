// Evaluating OCF vesting terms for one grant: the path through the condition
// graph, and the exact schedule it vests.
//
// Given the grant (date, shares, vesting start) and the events that occurred
// (condition id -> date, OCF's TX_VESTING_EVENT / TX_VESTING_START), the walk
// starts at the root conditions and, at each step, enters the candidate that
// triggers first (ties: the earlier in next_condition_ids, OCF's priority
// order). A condition never triggers before the path reaches it. Every
// occurrence date is anchored: occurrence k of a relative trigger is the
// anchor (vesting start, absolute date or event date) plus the *total* months
// and days from it, so a monthly series from Jan 30 returns to the 30th after
// February instead of drifting. What the path vests becomes dated segments of
// a core ScheduleSpec; build_schedule then allocates with the terms' policy.
//
// Events that have not occurred make contingent portions: when the path ends
// with only unoccurred events ahead, or reaches a zero-vesting deadline (an
// expiry) while events were still possible, those events' portions are
// contingent, lapsing on the deadline. Whatever no path vests is a contingent
// portion "not vested under these terms" that lapses where the path ends.
// engine/ocf/README.md lists every choice where the specification is silent.
//
// Example (the samples' 4yr-1yr-cliff-schedule, 4800 shares from 2021-01-30):
//   2022-01-30 1200, 2022-02-28 100, 2022-03-30 100, ... 2025-01-30 100
#pragma once

#include "engine/core/schedule.hpp"
#include "engine/ocf/terms.hpp"

#include <map>
#include <string>

namespace vest::ocf {

struct OcfGrant {
  Date grant_date{};
  std::optional<Date> vesting_start;    // default: the grant date (or the start condition's event)
  bool vesting_start_pending = false;   // the vesting start is an event that has not occurred yet
  Amount shares;
  std::map<std::string, Date> events;   // condition id -> date it occurred
};

// The spec the path vests (segments, policy, grant date with pre-grant
// tranches vesting on it), or errors naming the condition's JSON path.
// Warnings: events given for conditions the path did not take.
Result<ScheduleSpec> terms_to_spec(const VestingTerms& terms, const OcfGrant& grant);

// terms_to_spec, then build_schedule.
Result<Schedule> evaluate_terms(const VestingTerms& terms, const OcfGrant& grant);

// "ID:YYYY-MM-DD" -> (id, date); std::nullopt when malformed.
std::optional<std::pair<std::string, Date>> parse_event_argument(std::string_view text);

}  // namespace vest::ocf
