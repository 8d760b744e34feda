#include "engine/ocf/evaluate.hpp"

#include "engine/core/timing_parameters.hpp"

#include <algorithm>

namespace vest::ocf {
namespace {

// When a condition triggered, as an anchor plus total months and days (never
// the previous date plus a period).
struct Fired {
  Date anchor{};
  int months = 0;
  int days = 0;
  DayOfMonthPolicy policy = DayOfMonthPolicy::vesting_start_day();
  Date date{};
  // When the anchor is an event that has not occurred (a schedule counting
  // from it): its id; `anchor` and `date` are then unknown and unused.
  std::string awaits;
};

Date date_of(const Fired& f) { return add_months(f.anchor, f.months, f.policy) + date::days{f.days}; }

class Walk {
 public:
  Walk(const VestingTerms& t, const OcfGrant& g) : t_(t), g_(g), fired_(t.conditions.size()), used_(t.conditions.size()) {}

  Result<ScheduleSpec> run() {
    check_events();
    if (has_errors(problems_)) return problems_;
    spec_.total_shares = g_.shares;
    spec_.grant_date = g_.grant_date;
    spec_.catch_up_before_grant = true;  // OCF-Tools: tranches before the grant vest on the grant date
    spec_.vesting_commencement = start_;
    spec_.policy = t_.allocation;
    if (g_.shares <= Amount(0)) return fail("$", "grant quantity must be positive, got " + g_.shares.to_string());

    std::vector<std::size_t> candidates = t_.roots;
    std::optional<Date> current;
    for (;;) {
      if (candidates.empty()) break;
      std::optional<std::size_t> chosen;
      Fired chosen_at;
      std::vector<std::size_t> pending;
      for (std::size_t c : candidates) {
        auto at = first_trigger(c);
        if (has_errors(problems_)) return problems_;
        if (!at) {
          pending.push_back(c);
          continue;
        }
        if (current && at->date < *current) at->date = *current;  // not before the path reaches it
        if (!chosen || at->date < chosen_at.date) {
          chosen = c;
          chosen_at = *at;
        }
      }
      if (!chosen) {
        contingent_tail(pending, std::nullopt);
        break;
      }
      reached_ = current;
      const Date last = enter(*chosen, chosen_at);
      if (has_errors(problems_)) return problems_;
      current = last;
      const OcfCondition& c = t_.conditions[*chosen];
      reached_by_event_ = c.trigger.type == TriggerType::event ? std::optional<std::size_t>(*chosen) : std::nullopt;
      if (!pending.empty()) {
        if (c.vests_nothing() && c.next.empty()) {
          contingent_tail(pending, last);  // a deadline passed before these events occurred
          break;
        }
        note_passed_over(pending, *chosen, last);
      }
      candidates = c.next;
    }
    if (has_errors(problems_)) return problems_;
    const Fraction rest = Fraction(1) - vested_ - contingent_;
    if (rest > Fraction(0)) {
      ContingentSegment seg{"not vested under vesting terms \"" + t_.id + "\"", current};
      spec_.segments.push_back({seg, Portion::of_grant(rest), {"ocf " + t_.id + ": unvested rest", {}}});
    }
    for (const auto& [id, date] : g_.events) {
      const std::string& name = id;  // clang 14 cannot capture a structured binding
      const auto it = std::find_if(t_.conditions.begin(), t_.conditions.end(), [&](const auto& c) { return c.id == name; });
      if (it != t_.conditions.end() && it->trigger.type == TriggerType::event &&
          !used_[static_cast<std::size_t>(it - t_.conditions.begin())])
        problems_.push_back(Diagnostic::warning("ocf_event_not_on_path", "event \"" + id + "\" on " + to_iso(date) +
                                                                             " is not on the path the terms took",
                                                where(static_cast<std::size_t>(it - t_.conditions.begin()), "")));
    }
    return Result<ScheduleSpec>(std::move(spec_), std::move(problems_));
  }

 private:
  SourceLocation where(std::size_t c, const std::string& suffix) const {
    SourceLocation w;
    w.file = t_.file;
    w.field = t_.json_path + ".vesting_conditions[" + std::to_string(t_.conditions[c].json_index) + "]" + suffix;
    return w;
  }
  Diagnostics fail(const std::string& field, std::string message) {
    SourceLocation w;
    w.file = t_.file;
    w.field = field;
    problems_.push_back(Diagnostic::error("ocf_evaluation", std::move(message), std::move(w)));
    return problems_;
  }
  void error(std::size_t c, const std::string& suffix, std::string code, std::string message) {
    problems_.push_back(Diagnostic::error(std::move(code), std::move(message), where(c, suffix)));
  }

  // Events name conditions; a VESTING_START_DATE condition's event is the vesting start.
  void check_events() {
    start_ = g_.vesting_start.value_or(g_.grant_date);
    start_pending_ = g_.vesting_start_pending;
    if (start_pending_ && g_.vesting_start)
      fail(t_.json_path, "the vesting start is given as " + to_iso(*g_.vesting_start) + " and as not yet occurred");
    for (const auto& [id, date] : g_.events) {
      const std::string& name = id;  // clang 14 cannot capture a structured binding
      const auto it = std::find_if(t_.conditions.begin(), t_.conditions.end(), [&](const auto& c) { return c.id == name; });
      if (it == t_.conditions.end()) {
        fail(t_.json_path, "event \"" + id + "\": the terms \"" + t_.id + "\" have no condition with that id");
      } else if (it->trigger.type == TriggerType::vesting_start) {
        if (g_.vesting_start && *g_.vesting_start != date)
          fail(t_.json_path, "event \"" + id + "\" on " + to_iso(date) + " contradicts the vesting start " +
                                 to_iso(*g_.vesting_start));
        start_ = date;
        start_pending_ = false;
      } else if (it->trigger.type != TriggerType::event) {
        fail(t_.json_path, "event \"" + id + "\": condition \"" + id + "\" is triggered by a schedule, not an event");
      }
    }
  }

  // When candidate c first triggers; std::nullopt for an event that has not occurred.
  std::optional<Fired> first_trigger(std::size_t c) {
    const OcfTrigger& tr = t_.conditions[c].trigger;
    switch (tr.type) {
      case TriggerType::vesting_start:
        if (start_pending_) return std::nullopt;  // a vesting start that has not occurred: an event
        return Fired{start_, 0, 0, DayOfMonthPolicy::vesting_start_day(), start_, {}};
      case TriggerType::absolute: return Fired{tr.date, 0, 0, DayOfMonthPolicy::vesting_start_day(), tr.date, {}};
      case TriggerType::event: {
        auto it = g_.events.find(t_.conditions[c].id);
        if (it == g_.events.end()) return std::nullopt;
        return Fired{it->second, 0, 0, DayOfMonthPolicy::vesting_start_day(), it->second, {}};
      }
      case TriggerType::relative: {
        const auto& base = fired_[tr.relative_to];
        if (!base) {
          if (awaits_event(tr.relative_to)) return std::nullopt;  // counts from an event that has not occurred
          error(c, ".trigger.relative_to_condition_id", "ocf_unreached_condition",
                "counts from \"" + t_.conditions[tr.relative_to].id + "\", which the path has not reached");
          return std::nullopt;
        }
        return occurrence(c, std::max(tr.period.cliff, 1));
      }
    }
    return std::nullopt;
  }

  // Occurrence k (1-based) of relative condition c, anchored on its base.
  Fired occurrence(std::size_t c, int k) const {
    const OcfTrigger& tr = t_.conditions[c].trigger;
    Fired f = *fired_[tr.relative_to];
    if (tr.period.months) {
      f.months += k * tr.period.length;
      f.policy = tr.period.day_of_month.policy();
    } else {
      f.days += k * tr.period.length;
    }
    f.date = date_of(f);
    return f;
  }

  // Part of the grant one occurrence of c vests, given what is vested already.
  std::optional<Fraction> part(std::size_t c, const Fraction& already) {
    const OcfCondition& cond = t_.conditions[c];
    if (cond.has_quantity) return cond.quantity / g_.shares;
    if (cond.remainder) return cond.portion * (Fraction(1) - already);
    return cond.portion;
  }

  // Enters condition c (first trigger at `at`): vests every occurrence; returns the last date.
  // Occurrences due before the path reached c vest when it did: held until the
  // event that let the path through (core's double trigger, Segment::held_until).
  // Occurrences counting from an event that has not occurred start on it
  // (Segment::starts); build_schedule makes them contingent until it occurs.
  Date enter(std::size_t c, const Fired& at) {
    const OcfCondition& cond = t_.conditions[c];
    used_[c] = true;
    const bool relative = cond.trigger.type == TriggerType::relative;
    const int n = relative ? cond.trigger.period.occurrences : 1;
    const int cliff = relative ? std::max(cond.trigger.period.cliff, 1) : 1;
    Provenance prov{"ocf " + t_.id + ": " + cond.id, {}};
    std::optional<DayRule> hold;
    if (awaiting_) hold = DayRule::of(DayTerm::on_event(use_event(*awaiting_)));
    else if (relative && reached_ && at.awaits.empty() && occurrence(c, cliff).date < *reached_)
      hold = DayRule::of(reached_by_event_ ? DayTerm::on_event(use_event(*reached_by_event_)) : DayTerm::on(*reached_));
    const auto add = [&](Segment seg) {
      if (hold && !seg.starts) seg.held_until = hold;
      spec_.segments.push_back(std::move(seg));
    };
    Fired last = at;
    std::vector<Date> dates;
    Fraction total_part;
    for (int k = cliff; k <= n; ++k) {
      const Fired f = relative ? occurrence(c, k) : at;
      const Fraction p = *part(c, vested_) * Fraction(k == cliff ? cliff : 1);
      vested_ += p;
      if (vested_ > Fraction(1)) {
        error(c, cond.has_quantity ? ".quantity" : ".portion", "ocf_over_100_percent",
              "vesting \"" + cond.id + "\" brings the grant to " + vested_.to_string() + " vested (over 100%)");
        return at.date;
      }
      if (!p.is_zero()) {
        const Portion portion = cond.has_quantity ? Portion::fixed_shares(cond.quantity * Fraction(k == cliff ? cliff : 1))
                                                  : Portion::of_grant(p);
        if (!f.awaits.empty()) {
          Segment seg{LumpSegment{}, portion, prov};
          seg.starts = DayRule::of(DayTerm::on_event(f.awaits).plus(f.months, f.days, f.policy));
          add(std::move(seg));
        } else if (cond.remainder || cond.has_quantity || k == cliff) {
          // Own segment: remainder parts differ per occurrence; a cliff pays several.
          add({LumpSegment{f.date}, portion, prov});
        } else {
          dates.push_back(f.date);
          total_part += p;
        }
      }
      last = f;
    }
    if (!dates.empty()) add({DateListSegment{std::move(dates)}, Portion::of_grant(total_part), prov});
    fired_[c] = last;
    return last.date;
  }

  // Whether condition b is an event (or the vesting start) that has not occurred.
  bool awaits_event(std::size_t b) const {
    const auto& cond = t_.conditions[b];
    if (cond.trigger.type == TriggerType::vesting_start) return start_pending_;
    return cond.trigger.type == TriggerType::event && !g_.events.count(cond.id);
  }

  // The core event for condition c (an event or the vesting start), added to the spec once.
  std::string use_event(std::size_t c) {
    const auto& cond = t_.conditions[c];
    for (const auto& e : spec_.events)
      if (e.id == cond.id) return cond.id;
    ScheduleEvent e{cond.id, cond.description.empty() && cond.trigger.type == TriggerType::vesting_start ? "the vesting start" : words(c),
                    std::nullopt, std::nullopt};
    if (cond.trigger.type == TriggerType::vesting_start) {
      if (!start_pending_) e.occurred = start_;
    } else if (auto it = g_.events.find(cond.id); it != g_.events.end()) {
      e.occurred = it->second;
    }
    spec_.events.push_back(std::move(e));
    return cond.id;
  }

  // The conditions after pending event p when they form one chain the path
  // must follow once p occurs (each at most one next condition, schedules
  // only: relative or absolute triggers, no racing deadline): p's schedule.
  std::optional<std::vector<std::size_t>> chain_after(std::size_t p) const {
    std::vector<std::size_t> chain;
    std::vector<bool> in(t_.conditions.size());
    in[p] = true;
    for (std::size_t q = p;;) {
      const auto& next = t_.conditions[q].next;
      if (next.empty()) break;
      if (next.size() > 1) return std::nullopt;
      q = next[0];
      const auto& tr = t_.conditions[q].trigger;
      if (in[q] || (tr.type != TriggerType::relative && tr.type != TriggerType::absolute)) return std::nullopt;
      if (tr.type == TriggerType::relative && !in[tr.relative_to] && !fired_[tr.relative_to]) return std::nullopt;
      in[q] = true;
      chain.push_back(q);
    }
    if (chain.empty()) return std::nullopt;
    return chain;
  }

  // Pending event p and the chain after it, all awaiting p (lapsing on `lapse`).
  void enter_awaiting(std::size_t p, const std::vector<std::size_t>& chain, std::optional<Date> lapse) {
    const std::string id = use_event(p);
    for (auto& e : spec_.events)
      if (e.id == id) e.deadline = lapse;
    Fired symbolic;
    symbolic.awaits = id;
    fired_[p] = symbolic;
    used_[p] = true;
    const auto& cond = t_.conditions[p];
    if (!cond.vests_nothing()) {
      const Fraction own = *part(p, vested_);
      vested_ += own;
      if (vested_ > Fraction(1)) {
        error(p, ".portion", "ocf_over_100_percent", "\"" + cond.id + "\" would bring the grant to " + vested_.to_string() + " (over 100%)");
        return;
      }
      Segment seg{LumpSegment{}, cond.has_quantity ? Portion::fixed_shares(cond.quantity) : Portion::of_grant(own),
                  {"ocf " + t_.id + ": " + cond.id, {}}};
      seg.starts = DayRule::of(DayTerm::on_event(id));
      spec_.segments.push_back(std::move(seg));
    }
    awaiting_ = p;
    for (std::size_t q : chain) {
      const auto& tr = t_.conditions[q].trigger;
      const Fired at = tr.type == TriggerType::relative ? occurrence(q, std::max(tr.period.cliff, 1))
                                                        : Fired{tr.date, 0, 0, DayOfMonthPolicy::vesting_start_day(), tr.date, {}};
      enter(q, at);
      if (has_errors(problems_)) return;
    }
    awaiting_.reset();
  }

  std::string words(std::size_t c) const {
    const auto& cond = t_.conditions[c];
    return cond.description.empty() ? cond.id : cond.description;
  }

  // A schedule condition: events that were possible when the path moved on.
  void note_passed_over(const std::vector<std::size_t>& pending, std::size_t chosen, Date on) {
    for (std::size_t p : pending)
      spec_.conditions.push_back({"ocf_event_alternative",
                                  "event \"" + t_.conditions[p].id + "\" (" + words(p) + ") could have preceded \"" +
                                      t_.conditions[chosen].id + "\" on " + to_iso(on),
                                  {"ocf " + t_.id + ": " + t_.conditions[p].id, {}}});
  }

  // The earliest zero-vesting terminal deadline among candidates, if one can be dated now.
  std::optional<Date> deadline(const std::vector<std::size_t>& candidates, std::vector<std::size_t>& others) {
    std::optional<Date> out;
    for (std::size_t c : candidates) {
      const auto& cond = t_.conditions[c];
      const bool is_deadline = cond.vests_nothing() && cond.next.empty() && cond.trigger.type != TriggerType::event;
      std::optional<Fired> at;
      if (is_deadline && (cond.trigger.type == TriggerType::absolute ||
                          (cond.trigger.type == TriggerType::relative && fired_[cond.trigger.relative_to])))
        at = first_trigger(c);
      if (at) {
        if (!out || at->date < *out) out = at->date;
      } else if (!cond.vests_nothing() || !cond.next.empty()) {
        others.push_back(c);
      }
    }
    return out;
  }

  // Events that have not occurred: contingent portions, lapsing on `lapse`.
  void contingent_tail(std::vector<std::size_t> pending, std::optional<Date> lapse) {
    Fraction assumed = vested_;  // as if each earlier contingent portion were earned
    while (!pending.empty()) {
      if (pending.size() == 1 && awaits_event(pending[0])) {
        const std::size_t p = pending[0];
        if (vested_ == assumed) {
          if (auto chain = chain_after(p)) {
            enter_awaiting(p, *chain, lapse);
            return;
          }
        }
        used_[p] = true;
        const auto part_of_grant = part(p, assumed);
        if (!part_of_grant) return;
        assumed += *part_of_grant;
        if (assumed > Fraction(1)) {
          error(p, ".portion", "ocf_over_100_percent",
                "\"" + t_.conditions[p].id + "\" would bring the grant to " + assumed.to_string() + " (over 100%)");
          return;
        }
        if (!part_of_grant->is_zero()) {
          ContingentSegment seg{words(p), lapse};
          Portion portion = t_.conditions[p].has_quantity ? Portion::fixed_shares(t_.conditions[p].quantity)
                                                          : Portion::of_grant(*part_of_grant);
          spec_.segments.push_back({seg, portion, {"ocf " + t_.id + ": " + t_.conditions[p].id, {}}});
          contingent_ += *part_of_grant;
        }
        std::vector<std::size_t> others;
        if (auto d = deadline(t_.conditions[p].next, others)) lapse = d;
        pending = std::move(others);
        continue;
      }
      // Several alternatives (or a schedule counting from an unoccurred event): the rest, on any of them.
      std::string text = "any of: ";
      for (std::size_t i = 0; i < pending.size(); ++i) text += (i ? "; " : "") + words(pending[i]);
      const Fraction rest = Fraction(1) - assumed;
      if (rest > Fraction(0)) {
        spec_.segments.push_back({ContingentSegment{text, lapse}, Portion::of_grant(rest), {"ocf " + t_.id + ": alternatives", {}}});
        contingent_ += rest;
      }
      return;
    }
  }

  const VestingTerms& t_;
  const OcfGrant& g_;
  Date start_{};
  bool start_pending_ = false;           // the vesting start is an event that has not occurred
  std::optional<Date> reached_;          // when the path reached the condition being entered
  std::optional<std::size_t> reached_by_event_;  // the event condition entered last, if the last was one
  std::optional<std::size_t> awaiting_;  // entering a chain that waits for this pending event
  std::vector<std::optional<Fired>> fired_;
  std::vector<bool> used_;
  Fraction vested_, contingent_;
  ScheduleSpec spec_;
  Diagnostics problems_;
};

}  // namespace

Result<ScheduleSpec> terms_to_spec(const VestingTerms& terms, const OcfGrant& grant) { return Walk(terms, grant).run(); }

Result<Schedule> evaluate_terms(const VestingTerms& terms, const OcfGrant& grant) {
  auto spec = terms_to_spec(terms, grant);
  if (!spec) return spec.diagnostics();
  auto built = build_schedule(*spec);
  if (!built) return built;
  Diagnostics warnings = spec.diagnostics();
  warnings.insert(warnings.end(), built.diagnostics().begin(), built.diagnostics().end());
  return Result<Schedule>(std::move(built).value(), std::move(warnings));
}

std::optional<std::pair<std::string, Date>> parse_event_argument(std::string_view text) {
  return parse_event_parameter(text);
}

}  // namespace vest::ocf
