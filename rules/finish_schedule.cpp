// finish_schedule: reads a spec that passed the cross-checks; guarantees the answer carries it,
// with option terms, the allocation policy (stated fractional share counts kept as stated) and
// the conditions, and — when the grant size is known — the exact tranches or the errors of
// build_schedule (then the kind is unrecognized).
#include "rules/passes.hpp"

namespace vest::rules {

void mark_unrecognized_on_errors(Interpretation& out) {
  for (const auto& d : out.diagnostics)
    if (d.severity == Severity::error && d.code != "needs_grant_date") out.kind = Kind::unrecognized;
}

void finish_schedule(PassState& a, ScheduleSpec spec) {
  const GrantContext& gc = a.gc;
  Interpretation& out = a.out;
  if (gc.is_option || out.exercisable_immediately) {
    OptionTerms o;
    o.exercise_price = gc.exercise_price;
    o.expiration = gc.expiration ? gc.expiration : a.stated_expiration;
    o.early_exercisable = out.exercisable_immediately;
    spec.option = o;
  }
  // Stated share counts with fractions ("1,557.126 shares which vest on ...") are used as stated:
  // rounding them to whole shares would change what the filing says.
  {
    bool fractional_count = false, any_fraction_portion = false;
    for (const auto& sg : spec.segments) {
      if (sg.portion.kind == Portion::Kind::shares && !sg.portion.shares.is_integer()) fractional_count = true;
      if (sg.portion.kind == Portion::Kind::fraction_of_grant) any_fraction_portion = true;
    }
    if (fractional_count && !any_fraction_portion) spec.policy = AllocationPolicy::fractional;
  }
  spec.conditions = out.conditions;
  if (gc.shares) {
    auto built = build_schedule(spec);
    if (built) {
      out.schedule = std::move(built).value();
      for (auto& d : built.diagnostics()) out.diagnostics.push_back(d);
    } else {
      // The statements do not make a valid schedule (e.g. portions that do not cover the grant).
      for (auto& d : built.diagnostics()) out.diagnostics.push_back(d);
      out.kind = Kind::unrecognized;
    }
  }
  out.spec = std::move(spec);
}

}  // namespace vest::rules
