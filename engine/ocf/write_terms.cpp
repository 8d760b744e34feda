#include "engine/ocf/write_terms.hpp"

#include "engine/ocf/evaluate.hpp"
#include "engine/ocf/read_terms.hpp"

#include <algorithm>

namespace vest::ocf {
namespace {

using nlohmann::json;

std::string big(const BigInt& i) { return i.str(); }

json portion_json(const Fraction& f) {
  return {{"numerator", big(f.numerator())}, {"denominator", big(f.denominator())}};
}

// Months m >= 0 with add_months(start, m) == d, if d is on the start's monthly grid.
std::optional<int> months_on_grid(Date start, Date d) {
  if (d < start) return std::nullopt;
  const date::year_month_day a{start}, b{d};
  const int m = (int(b.year()) - int(a.year())) * 12 + int(unsigned(b.month())) - int(unsigned(a.month()));
  if (m >= 0 && add_months(start, m) == d) return m;
  return std::nullopt;
}

std::optional<std::string> day_of_month(DayOfMonthPolicy p) {
  switch (p.kind) {
    case DayOfMonthPolicy::Kind::vesting_start_day: return to_ocf_string(OcfDayOfMonth{0});
    case DayOfMonthPolicy::Kind::last_day_of_month: return to_ocf_string(OcfDayOfMonth{31});
    case DayOfMonthPolicy::Kind::first_day_of_month: return to_ocf_string(OcfDayOfMonth{1});
    case DayOfMonthPolicy::Kind::fixed_day:
      if (p.day >= 1 && p.day <= 31) return to_ocf_string(OcfDayOfMonth{p.day});
      return std::nullopt;
    case DayOfMonthPolicy::Kind::vesting_start_day_minus_one: return std::nullopt;
  }
  return std::nullopt;
}

// Builds the condition chain; `why` says what could not be expressed.
class TermsWriter {
 public:
  TermsWriter(const ScheduleSpec& spec, Date start) : spec_(spec), start_(start) {}

  std::optional<json> conditions(std::string& why) {
    json out = json::array();
    out.push_back({{"id", "vesting-start"}, {"quantity", "0"}, {"trigger", {{"type", "VESTING_START_DATE"}}},
                   {"next_condition_ids", json::array()}});
    // Resolve portions to fractions of the grant (as build_schedule does).
    std::vector<Fraction> fractions(spec_.segments.size());
    Fraction sum;
    std::optional<std::size_t> rest;
    for (std::size_t i = 0; i < spec_.segments.size(); ++i) {
      const Portion& p = spec_.segments[i].portion;
      if (p.kind == Portion::Kind::remainder) rest = i;
      else fractions[i] = p.kind == Portion::Kind::shares ? p.shares / spec_.total_shares : p.fraction;
      sum += fractions[i];
    }
    if (rest) fractions[*rest] = Fraction(1) - sum;
    // Dated statements in order of their first date; contingent ones at the end.
    std::vector<std::size_t> order(spec_.segments.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return first(a) < first(b); });
    std::optional<Date> previous_last;
    std::string previous_id = "vesting-start";
    int months_at_previous = 0;  // previous condition's total months from the start (when on the grid)
    bool previous_on_grid = true;  // the chain so far counts months from the start
    for (std::size_t i : order) {
      const Segment& seg = spec_.segments[i];
      const std::string id = "s" + std::to_string(i + 1);
      const std::string words = seg.provenance.rule.empty() ? id : std::string(seg.provenance.rule.view());
      if (const auto* c = std::get_if<ContingentSegment>(&seg.shape)) {
        if (c->lapses_on) return fail(why, "a contingent portion lapses on a date");
        add(out, previous_id, {{"id", id}, {"description", c->condition}, {"portion", portion_json(fractions[i])},
                               {"trigger", {{"type", "VESTING_EVENT"}}}, {"next_condition_ids", json::array()}});
        previous_id = id;
        previous_on_grid = false;
        continue;
      }
      if (previous_last && first(i) < *previous_last) return fail(why, "statements overlap in time");
      if (const auto* lump = std::get_if<LumpSegment>(&seg.shape)) {
        json c = dated(id, words, fractions[i], lump->date, previous_id, months_at_previous, previous_on_grid);
        add(out, previous_id, std::move(c));
        previous_last = lump->date;
      } else if (const auto* list = std::get_if<DateListSegment>(&seg.shape)) {
        const Fraction each = fractions[i] / Fraction(static_cast<std::int64_t>(list->dates.size()));
        for (std::size_t k = 0; k < list->dates.size(); ++k) {
          if (previous_last && list->dates[k] < *previous_last) return fail(why, "dates out of order");
          const std::string kid = id + "-" + std::to_string(k + 1);
          json c = dated(kid, words, each, list->dates[k], previous_id, months_at_previous, previous_on_grid);
          add(out, previous_id, std::move(c));
          previous_id = kid;
          previous_last = list->dates[k];
        }
        continue;
      } else if (const auto* inst = std::get_if<InstallmentSegment>(&seg.shape)) {
        if (!installments(out, id, words, fractions[i], *inst, previous_id, months_at_previous, previous_on_grid, why))
          return std::nullopt;
        previous_last = step(inst->anchor, inst->period, inst->first_step + inst->count - 1, inst->day_policy);
        continue;
      }
      previous_id = id;
    }
    return out;
  }

 private:
  Date first(std::size_t i) const {
    const auto& shape = spec_.segments[i].shape;
    if (const auto* l = std::get_if<LumpSegment>(&shape)) return l->date;
    if (const auto* d = std::get_if<DateListSegment>(&shape)) return d->dates.empty() ? Date::max() : d->dates.front();
    if (const auto* n = std::get_if<InstallmentSegment>(&shape))
      return step(n->anchor, n->period, n->first_step + std::max(n->cliff, 1) - 1, n->day_policy);
    return Date::max();
  }
  static std::optional<json> fail(std::string& why, std::string reason) {
    why = std::move(reason);
    return std::nullopt;
  }
  // Appends `c` and makes it the next condition of `after`.
  static void add(json& out, const std::string& after, json c) {
    for (auto& existing : out)
      if (existing["id"] == after) existing["next_condition_ids"].push_back(c["id"]);
    out.push_back(std::move(c));
  }
  static json relative(const std::string& to, bool months, int length, int occurrences, const std::string& dom) {
    json period = {{"length", length}, {"type", months ? "MONTHS" : "DAYS"}, {"occurrences", occurrences}};
    if (months) period["day_of_month"] = dom;
    return {{"type", "VESTING_SCHEDULE_RELATIVE"}, {"period", period}, {"relative_to_condition_id", to}};
  }
  // One date: months from the start when on its grid (and after the previous condition), else absolute.
  json dated(const std::string& id, const std::string& words, const Fraction& f, Date d, const std::string& previous_id,
             int& months_at_previous, bool& on_grid) {
    json c = {{"id", id}, {"description", words}, {"portion", portion_json(f)}, {"next_condition_ids", json::array()}};
    const auto m = months_on_grid(start_, d);
    if (m && on_grid && *m >= months_at_previous) {
      c["trigger"] = relative(previous_id, true, *m - months_at_previous, 1, to_ocf_string(OcfDayOfMonth{0}));
      months_at_previous = *m;
    } else {
      c["trigger"] = {{"type", "VESTING_SCHEDULE_ABSOLUTE"}, {"date", to_iso(d)}};
      on_grid = false;
    }
    return c;
  }
  bool installments(json& out, const std::string& id, const std::string& words, const Fraction& f,
                    const InstallmentSegment& inst, std::string& previous_id, int& months_at_previous, bool& on_grid,
                    std::string& why) {
    const auto period_months = inst.period.in_months();
    const bool months = period_months.has_value();
    const int length = months ? *period_months  // in_months() counts the whole period
                              : inst.period.count * (inst.period.unit == PeriodUnit::weeks ? 7 : 1);
    const auto dom = months ? day_of_month(inst.day_policy) : std::optional<std::string>("");
    if (!dom) {
      why = "day-of-month rule " + to_string(inst.day_policy) + " has no OCF value";
      return false;
    }
    if (inst.first_step == 0 && inst.cliff <= 1) {
      // "Beginning on" the anchor: the first installment on the anchor itself, then the rest thereafter.
      const Fraction each = f / Fraction(inst.count);
      json c = dated(id + "-first", words, each, inst.anchor, previous_id, months_at_previous, on_grid);
      add(out, previous_id, std::move(c));
      previous_id = id + "-first";
      if (inst.count == 1) return true;
      InstallmentSegment rest = inst;
      rest.first_step = 1;
      rest.count = inst.count - 1;
      return installments(out, id, words, f - each, rest, previous_id, months_at_previous, on_grid, why);
    }
    // The base: the condition the first occurrence counts from, at anchor + (first_step - 1) periods.
    const int base_steps = inst.first_step - 1;
    std::string base = previous_id;
    const bool start_day_rule = inst.day_policy.kind == DayOfMonthPolicy::Kind::vesting_start_day;
    // Month steps under a fixed-day rule depend only on the anchor's month.
    std::optional<int> anchor_months = months_on_grid(start_, inst.anchor);
    if (!start_day_rule && inst.anchor >= start_) {
      const date::year_month_day a{start_}, b{inst.anchor};
      anchor_months = (int(b.year()) - int(a.year())) * 12 + int(unsigned(b.month())) - int(unsigned(a.month()));
    }
    if (months && on_grid && anchor_months &&
        *anchor_months + base_steps * length >= months_at_previous) {
      const int base_months = *anchor_months + base_steps * length;
      if (base_months != months_at_previous || base_steps < 0) {
        add(out, previous_id, {{"id", id + "-from"}, {"quantity", "0"},
                               {"trigger", relative(previous_id, true, base_months - months_at_previous, 1, *dom)},
                               {"next_condition_ids", json::array()}});
        base = id + "-from";
      }
      months_at_previous = base_months;
    } else if (!months && inst.anchor >= start_ && on_grid && months_at_previous == 0) {
      const int base_days = static_cast<int>((inst.anchor - start_).count()) + base_steps * length;
      if (base_days != 0) {
        add(out, previous_id, {{"id", id + "-from"}, {"quantity", "0"},
                               {"trigger", relative(previous_id, false, base_days, 1, "")},
                               {"next_condition_ids", json::array()}});
        base = id + "-from";
      }
      on_grid = false;
    } else if (base_steps == 0 && (start_day_rule || !months)) {
      // Off the grid: an anchor condition on the anchor date itself.
      add(out, previous_id, {{"id", id + "-from"}, {"quantity", "0"},
                             {"trigger", {{"type", "VESTING_SCHEDULE_ABSOLUTE"}, {"date", to_iso(inst.anchor)}}},
                             {"next_condition_ids", json::array()}});
      base = id + "-from";
      on_grid = false;
    } else {
      why = "installments anchored off the vesting start's calendar";
      return false;
    }
    const Fraction each = f / Fraction(inst.count);
    const int cliff = std::max(inst.cliff, 1);
    std::string last = base;
    if (cliff > 1) {
      add(out, base, {{"id", id + "-cliff"}, {"description", words}, {"portion", portion_json(each * Fraction(cliff))},
                      {"trigger", relative(base, months, length * cliff, 1, *dom)}, {"next_condition_ids", json::array()}});
      last = id + "-cliff";
    }
    if (inst.count > cliff || cliff == 1) {
      const int remaining = inst.count - (cliff > 1 ? cliff : 0);
      add(out, last, {{"id", id}, {"description", words}, {"portion", portion_json(each)},
                      {"trigger", relative(last, months, length, remaining, *dom)}, {"next_condition_ids", json::array()}});
      last = id;
    }
    if (months) months_at_previous += length * inst.count;
    previous_id = last;
    return true;
  }

  const ScheduleSpec& spec_;
  Date start_;
};

// "" when the two give the same dated tranches and contingent portions, else the first difference.
std::string difference(const Schedule& a, const Schedule& b) {
  const auto tranche = [](const Schedule& s, std::size_t i) {
    return i < s.tranches().size() ? to_iso(s.tranches()[i].date) + " " + s.tranches()[i].shares.to_string() : "none";
  };
  for (std::size_t i = 0; i < std::max(a.tranches().size(), b.tranches().size()); ++i)
    if (tranche(a, i) != tranche(b, i))
      return "tranche " + std::to_string(i + 1) + " would read back as " + tranche(b, i) + " instead of " + tranche(a, i);
  if (a.contingent().size() != b.contingent().size()) return "the contingent portions differ";
  for (std::size_t i = 0; i < a.contingent().size(); ++i)
    if (a.contingent()[i].shares != b.contingent()[i].shares || a.contingent()[i].condition != b.contingent()[i].condition)
      return "contingent portion " + std::to_string(i + 1) + " differs";
  return "";
}

}  // namespace

Date ocf_vesting_start(const ScheduleSpec& spec, const Schedule& schedule) {
  if (spec.vesting_commencement) return *spec.vesting_commencement;
  // The grant date, unless the schedule starts before it (an OCF condition
  // never triggers before the vesting start): then its earliest anchor or date.
  std::optional<Date> earliest;
  const auto consider = [&](Date d) { earliest = earliest ? std::min(*earliest, d) : d; };
  if (!schedule.tranches().empty()) consider(schedule.tranches().front().date);
  for (const auto& seg : spec.segments)
    if (const auto* inst = std::get_if<InstallmentSegment>(&seg.shape)) consider(inst->anchor);
  if (spec.grant_date && (!earliest || *spec.grant_date <= *earliest)) return *spec.grant_date;
  return earliest.value_or(Date{});
}

std::optional<std::string> ocf_numeric(const Amount& a) {
  if (!a.has_finite_decimal()) return std::nullopt;
  std::string s = a.to_string();
  const auto dot = s.find('.');
  if (dot != std::string::npos && s.size() - dot - 1 > 10) return std::nullopt;
  return s;
}

OcfOut ocf_grant_json(const ScheduleSpec& spec, const Schedule& schedule, const std::string& id,
                      const std::string& description) {
  OcfOut out;
  const std::string terms_id = id + "-terms";
  json vestings = json::array();
  bool exact_amounts = true;
  // Explicit vestings: what vests on each day (tranches before the grant on the grant date).
  for (const auto& t : schedule.tranches()) {
    const std::string date = to_iso(t.vests_on);
    auto amount = ocf_numeric(t.shares);
    if (!amount) {
      exact_amounts = false;
      out.warnings.push_back(Diagnostic::warning("ocf_inexact_amount", "tranche of " + t.shares.to_string() + " shares on " +
                                                                           date + " has no exact OCF Numeric"));
      break;
    }
    if (!vestings.empty() && vestings.back()["date"] == date) {
      vestings.back()["amount"] = *ocf_numeric(*Amount::parse(vestings.back()["amount"].get<std::string>()) + t.shares);
    } else {
      vestings.push_back({{"date", date}, {"amount", *amount}});
    }
  }
  out.grant["vestings"] = exact_amounts ? vestings : json::array();

  const Date start = ocf_vesting_start(spec, schedule);
  std::string why;
  TermsWriter writer(spec, start);
  auto conditions = writer.conditions(why);
  if (conditions) {
    json terms = {{"id", terms_id}, {"object_type", "VESTING_TERMS"}, {"name", terms_id},
                  {"description", description.empty() ? std::string("vesting terms written by vest") : description},
                  {"allocation_type", to_ocf_string(spec.policy)}, {"vesting_conditions", *conditions}};
    // Read the terms back: they are written only if they give this very schedule.
    auto read = read_vesting_terms(terms, terms_id);
    if (!read) {
      why = "the terms do not read back: " + format(read.diagnostics().front());
    } else {
      OcfGrant g;
      g.grant_date = spec.grant_date.value_or(start);
      g.vesting_start = start;
      g.shares = spec.total_shares;
      auto back = evaluate_terms((*read)[0], g);
      if (!back) why = "the terms do not evaluate: " + format(back.diagnostics().front());
      else if (auto diff = difference(schedule, *back); !diff.empty()) why = "the terms give a different schedule: " + diff;
      else {
        out.grant["vesting_terms"] = terms;
        out.expressed = true;
      }
    }
  }
  if (out.expressed) {
    out.grant["vesting_terms_id"] = terms_id;
  } else {
    out.warnings.push_back(Diagnostic::warning("ocf_not_expressible",
                                               "vesting terms not written (" + why + "): explicit vestings only"));
  }
  json warnings = json::array();
  for (const auto& w : out.warnings) warnings.push_back(w.message);
  out.grant["warnings"] = warnings;
  return out;
}

const Diagnostics& OcfDocument::add(const std::string& security_id, const ScheduleSpec& spec, const Schedule& schedule,
                                    const std::string& description) {
  OcfOut out = ocf_grant_json(spec, schedule, security_id, description);
  nlohmann::json issuance = {{"security_id", security_id}};
  if (out.expressed) {
    items_.push_back(out.grant["vesting_terms"]);
    issuance["vesting_terms_id"] = out.grant["vesting_terms_id"];
    transactions_.push_back({{"object_type", "TX_VESTING_START"}, {"id", security_id + "-vesting-start"},
                             {"security_id", security_id}, {"date", to_iso(ocf_vesting_start(spec, schedule))},
                             {"vesting_condition_id", "vesting-start"}});
  }
  issuance["vestings"] = out.grant["vestings"];
  issuance["warnings"] = out.grant["warnings"];
  issuances_.push_back(std::move(issuance));
  last_ = std::move(out.warnings);
  return last_;
}

void OcfDocument::add_unscheduled(const std::string& security_id, const std::string& why) {
  issuances_.push_back({{"security_id", security_id}, {"vestings", nlohmann::json::array()},
                        {"warnings", nlohmann::json::array({why})}});
}

nlohmann::json OcfDocument::json() const {
  return {{"vesting_terms_file", {{"file_type", "OCF_VESTING_TERMS_FILE"}, {"items", items_}}},
          {"issuances", issuances_}, {"transactions", transactions_}};
}

}  // namespace vest::ocf
