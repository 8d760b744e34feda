#include "engine/core/timing.hpp"

#include <algorithm>

namespace vest {
namespace {

constexpr int kMaxOffsetMonths = 12 * 300, kMaxOffsetDays = 366 * 300;

// What a day waits for when it is not known yet.
struct Awaiting {
  std::vector<std::size_t> events;  // indices into spec.events
  bool any = false;                 // EARLIER OF: any one of them; else all
};

// A resolved day: a date, or the events it awaits.
struct Day {
  std::optional<Date> date;
  Awaiting awaiting;
};

class Resolver {
 public:
  explicit Resolver(const ScheduleSpec& spec) : in_(spec), ends_(spec.segments.size()) {}

  Result<ResolvedTiming> run() {
    out_.spec = in_;
    out_.spec.segments.clear();
    out_.held_until.clear();
    for (std::size_t i = 0; i < in_.segments.size(); ++i) resolve_segment(i);
    if (has_errors(problems_)) return problems_;
    return Result<ResolvedTiming>(std::move(out_), std::move(problems_));
  }

 private:
  std::string label(std::size_t i) const {
    std::string l = "segment " + std::to_string(i + 1);
    if (!in_.segments[i].provenance.rule.empty()) l += " (" + std::string(in_.segments[i].provenance.rule.view()) + ")";
    return l;
  }
  void error(std::string code, std::string message) { problems_.push_back(Diagnostic::error(std::move(code), std::move(message))); }

  std::optional<std::size_t> event_index(const std::string& id) const {
    for (std::size_t e = 0; e < in_.events.size(); ++e)
      if (in_.events[e].id == id) return e;
    return std::nullopt;
  }
  std::string words(std::size_t e) const {
    const ScheduleEvent& ev = in_.events[e];
    return ev.description.empty() ? ev.id : ev.description;
  }
  // The day event e counts as occurred, if it did (in time).
  std::optional<Date> occurred(std::size_t e) {
    const ScheduleEvent& ev = in_.events[e];
    if (!ev.occurred) return std::nullopt;
    if (ev.deadline && *ev.occurred > *ev.deadline) {
      if (std::find(late_.begin(), late_.end(), e) == late_.end()) {
        late_.push_back(e);
        problems_.push_back(Diagnostic::warning("event_after_deadline", "event \"" + ev.id + "\" on " + to_iso(*ev.occurred) +
                                                                            " is after its deadline " + to_iso(*ev.deadline) +
                                                                            ": it counts as not having occurred"));
      }
      return std::nullopt;
    }
    return ev.occurred;
  }

  Day term_day(std::size_t i, const DayTerm& t) {
    if (t.months < -kMaxOffsetMonths || t.months > kMaxOffsetMonths || t.days < -kMaxOffsetDays || t.days > kMaxOffsetDays) {
      error("date_out_of_range", label(i) + ": offset of " + std::to_string(t.months) + " months and " +
                                     std::to_string(t.days) + " days is beyond 300 years");
      return {};
    }
    Day base;
    switch (t.kind) {
      case DayTerm::Kind::date: base.date = t.date; break;
      case DayTerm::Kind::event: {
        const auto e = event_index(t.event);
        if (!e) {
          error("unknown_event", label(i) + ": names event \"" + t.event + "\", which the schedule does not list");
          return {};
        }
        base.date = occurred(*e);
        if (!base.date) base.awaiting.events = {*e};
        break;
      }
      case DayTerm::Kind::end_of_segment:
        if (t.segment >= i) {
          error("segment_order", label(i) + ": starts where segment " + std::to_string(t.segment + 1) +
                                     " ends, which is not an earlier segment");
          return {};
        }
        base = ends_[t.segment];
        if (!base.date && base.awaiting.events.empty()) {
          error("segment_order", label(i) + ": starts where segment " + std::to_string(t.segment + 1) +
                                     " ends, but that segment has no end day (a contingent portion)");
          return {};
        }
        break;
    }
    if (base.date) base.date = add_months(*base.date, t.months, t.policy) + date::days{t.days};
    return base;
  }

  Day rule_day(std::size_t i, const DayRule& r) {
    if (r.terms.empty() || (r.pick == DayRule::Pick::only && r.terms.size() != 1)) {
      error("invalid_day_rule", label(i) + ": a day rule needs " +
                                    std::string(r.pick == DayRule::Pick::only ? "exactly one term" : "at least one term"));
      return {};
    }
    std::vector<Day> days;
    for (const auto& t : r.terms) days.push_back(term_day(i, t));
    if (has_errors(problems_)) return {};
    Day out;
    std::vector<std::size_t> unknown;
    for (const Day& d : days) {
      if (d.date) {
        if (!out.date || (r.pick == DayRule::Pick::earlier_of ? *d.date < *out.date : *d.date > *out.date)) out.date = d.date;
      } else {
        for (std::size_t e : d.awaiting.events)
          if (std::find(unknown.begin(), unknown.end(), e) == unknown.end()) unknown.push_back(e);
      }
    }
    if (unknown.empty()) return out;
    if (r.pick == DayRule::Pick::earlier_of && out.date) {
      for (std::size_t e : unknown)
        out_.spec.conditions.push_back({"earlier_of_event",
                                        label(i) + " starts on the earlier of " + to_iso(*out.date) + " and \"" + words(e) +
                                            "\", which has not occurred: if it occurs first the statement starts then",
                                        in_.segments[i].provenance});
      return out;
    }
    return {std::nullopt, {std::move(unknown), r.pick == DayRule::Pick::earlier_of}};
  }

  // The last scheduled day of a resolved (dated) segment.
  static std::optional<Date> last_day(const Segment& s) {
    if (const auto* l = std::get_if<LumpSegment>(&s.shape)) return l->date;
    if (const auto* n = std::get_if<InstallmentSegment>(&s.shape)) {
      if (n->count < 1 || n->first_step < 0 || n->count > 10000) return std::nullopt;  // build_schedule reports it
      return step(n->anchor, n->period, n->first_step + n->count - 1, n->day_policy);
    }
    if (const auto* d = std::get_if<DateListSegment>(&s.shape)) {
      if (d->dates.empty()) return std::nullopt;
      return *std::max_element(d->dates.begin(), d->dates.end());
    }
    return std::nullopt;
  }

  std::optional<Date> lapse(const Awaiting& a) const {
    std::optional<Date> out;
    for (std::size_t e : a.events) {
      const auto& dl = in_.events[e].deadline;
      if (!dl) {
        if (a.any) return std::nullopt;  // one of them can still come at any time
        continue;
      }
      if (!out || (a.any ? *dl > *out : *dl < *out)) out = dl;
    }
    return out;
  }

  std::string awaiting_words(const Awaiting& a) const {
    std::string text;
    for (std::size_t k = 0; k < a.events.size(); ++k)
      text += (k == 0 ? "" : (a.any ? " or " : " and ")) + words(a.events[k]);
    return text;
  }

  void resolve_segment(std::size_t i) {
    Segment seg = in_.segments[i];
    Awaiting waits;
    const auto add_waits = [&](const Awaiting& a) {
      for (std::size_t e : a.events)
        if (std::find(waits.events.begin(), waits.events.end(), e) == waits.events.end()) waits.events.push_back(e);
      waits.any = waits.any || a.any;
    };
    if (seg.starts) {
      if (std::holds_alternative<DateListSegment>(seg.shape) || std::holds_alternative<ContingentSegment>(seg.shape)) {
        error("starts_not_applicable", label(i) + ": only an installment series or a lump can start on a day rule");
        return;
      }
      const Day d = rule_day(i, *seg.starts);
      if (has_errors(problems_)) return;
      if (d.date) {
        if (auto* l = std::get_if<LumpSegment>(&seg.shape)) l->date = *d.date;
        if (auto* n = std::get_if<InstallmentSegment>(&seg.shape)) n->anchor = *d.date;
      } else {
        add_waits(d.awaiting);
      }
    }
    std::optional<Date> held;
    if (seg.held_until) {
      const Day d = rule_day(i, *seg.held_until);
      if (has_errors(problems_)) return;
      if (d.date) held = d.date;
      else add_waits(d.awaiting);
    }
    seg.starts.reset();
    seg.held_until.reset();
    if (waits.events.empty()) {
      ends_[i].date = last_day(seg);
      out_.spec.segments.push_back(std::move(seg));
      out_.held_until.push_back(held);
      return;
    }
    if (waits.events.size() == 1) waits.any = false;
    ends_[i].awaiting = waits;
    append_awaiting(std::move(seg), waits);
  }

  // The statement as a contingent portion, joined with the one before it when
  // that awaits the same and its portion adds up exactly.
  void append_awaiting(Segment seg, const Awaiting& waits) {
    ContingentSegment c{awaiting_words(waits), lapse(waits)};
    auto& segs = out_.spec.segments;
    if (!segs.empty() && last_awaiting_ == segs.size() - 1) {
      Segment& prev = segs.back();
      const auto& pc = std::get<ContingentSegment>(prev.shape);
      const bool same_kind = prev.portion.kind == seg.portion.kind && seg.portion.kind != Portion::Kind::remainder;
      if (pc.condition == c.condition && pc.lapses_on == c.lapses_on && same_kind) {
        if (seg.portion.kind == Portion::Kind::shares) prev.portion.shares += seg.portion.shares;
        else prev.portion.fraction += seg.portion.fraction;
        prev.provenance.spans.insert(prev.provenance.spans.end(), seg.provenance.spans.begin(), seg.provenance.spans.end());
        return;
      }
    }
    seg.shape = std::move(c);
    segs.push_back(std::move(seg));
    out_.held_until.push_back(std::nullopt);
    last_awaiting_ = segs.size() - 1;
  }

  const ScheduleSpec& in_;
  ResolvedTiming out_;
  std::vector<Day> ends_;  // by input segment
  std::vector<std::size_t> late_;
  std::size_t last_awaiting_ = static_cast<std::size_t>(-1);
  Diagnostics problems_;
};

}  // namespace

bool has_timing(const ScheduleSpec& spec) {
  return std::any_of(spec.segments.begin(), spec.segments.end(), [](const Segment& s) { return s.starts || s.held_until; });
}

Result<ResolvedTiming> resolve_timing(const ScheduleSpec& spec) { return Resolver(spec).run(); }

}  // namespace vest
