// The interpreter's answer for one footnote (or the joined footnotes of one row).
//
// Never a bare number: an Interpretation carries the kind of footnote, the
// schedule it states (as a spec, and built into exact tranches when the grant
// size is known), the conditions it records, the diagnostics (warnings, and
// errors such as "needs grant_date"), and the derivation: which rule matched
// which characters of the text.
#pragma once

#include "engine/core/diagnostic.hpp"
#include "engine/core/schedule.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vest::rules {

enum class Kind { time_based, immediate, performance, mixed, not_vesting, unrecognized };

std::string_view to_string(Kind k);  // "time_based", ...

// What the filing says besides the footnote text.
struct GrantContext {
  std::optional<Date> grant_date;   // the transaction date unless the footnote states one
  std::optional<Amount> shares;
  std::optional<Date> expiration;
  bool is_option = false;           // derivative right to buy: "exercisable" wording applies
  std::optional<Amount> exercise_price;
};

// One step of the derivation: rule `rule` matched characters [span.begin, span.end) = `text`.
struct ExplainStep {
  std::string_view rule;  // the name of a registry rule (static storage, like the registry)
  Span span;
  std::string text;
};

struct Interpretation {
  Kind kind = Kind::unrecognized;
  std::optional<ScheduleSpec> spec;      // what the text states (time_based, immediate, performance, mixed)
  std::optional<Schedule> schedule;      // exact tranches; present when the spec built (needs shares)
  bool exercisable_immediately = false;  // options exercisable before vesting (early exercise)
  std::vector<Condition> conditions;     // acceleration, continued service, "earlier of"...
  Diagnostics diagnostics;               // warnings, and errors (then there is no schedule)
  std::vector<ExplainStep> explain;
};

// Interprets one footnote text. Pure and thread-safe.
Interpretation interpret(std::string_view text, const GrantContext& context);

}  // namespace vest::rules
