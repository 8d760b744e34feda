// `_vest.Schedule` and `_vest.build_schedule(params)`: the parameters of
// `vest schedule` (engine/cli/cmd_schedule.cpp) read the same way, built by
// the same `build_schedule` and `apply_events`.
#include "native/schedules.hpp"

#include "engine/core/events.hpp"
#include "engine/core/projection.hpp"
#include "native/convert.hpp"

#include <charconv>

namespace vest::python {

namespace py = pybind11;

py::dict tranche_columns(const Schedule& s) {
  std::vector<std::optional<Date>> dates, vests_on;
  std::vector<Amount> shares, cumulative;
  py::list forfeited;
  for (const auto& r : tranche_table(s)) {
    dates.push_back(r.date);
    vests_on.push_back(r.vests_on);
    shares.push_back(r.shares);
    cumulative.push_back(r.cumulative);
    forfeited.append(r.forfeited);
  }
  py::dict out;
  out["date"] = dates_column(dates);
  out["vests_on"] = dates_column(vests_on);
  out["shares"] = exact_column(shares);
  out["cumulative"] = exact_column(cumulative);
  out["forfeited"] = forfeited;
  return out;
}

py::dict projection_dict(const Schedule& s, Date as_of) {
  const Projection p = project(s, as_of);
  py::dict out;
  out["as_of"] = day_number(p.as_of);
  out["total"] = exact(p.total);
  out["vested"] = exact(p.vested);
  out["unvested"] = exact(p.unvested);
  out["contingent"] = exact(p.contingent);
  out["forfeited"] = exact(p.forfeited);
  out["exercisable"] = p.is_option ? exact(p.exercisable) : py::object(py::none());
  out["is_option"] = p.is_option;
  out["expired"] = p.expired;
  out["next_vest"] = day_or_none(p.next_vest_date);
  out["next_vest_shares"] = p.next_vest_date ? exact(p.next_vest_shares) : py::object(py::none());
  return out;
}

namespace {

struct Problems {
  std::vector<std::string> list;
  void add(std::string s) { list.push_back(std::move(s)); }
};

template <class T>
T get(const py::dict& d, const char* key, T fallback) {
  if (!d.contains(key) || d[key].is_none()) return fallback;
  return d[key].cast<T>();
}

std::optional<Date> date_param(const std::string& name, const std::string& value, Problems& problems) {
  if (auto d = parse_iso_date(value)) return d;
  problems.add(name + ": \"" + value + "\" is not a valid YYYY-MM-DD date");
  return std::nullopt;
}

std::optional<Amount> amount_param(const std::string& name, const std::string& value, Problems& problems) {
  if (auto a = read_amount(value)) return a;
  problems.add(name + ": \"" + value + "\" is not a number");
  return std::nullopt;
}

// "3m", "1y", "1q", "2w", "30d", as on the command line.
std::optional<Period> parse_period(const std::string& text) {
  if (text.size() < 2) return std::nullopt;
  int n = 0;
  const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size() - 1, n);
  if (ec != std::errc{} || p != text.data() + text.size() - 1 || n < 1) return std::nullopt;
  switch (text.back()) {
    case 'd': return Period::days(n);
    case 'w': return Period::weeks(n);
    case 'm': return Period::months(n);
    case 'q': return Period::quarters(n);
    case 'y': return Period::years(n);
  }
  return std::nullopt;
}

// "25%", "1/4", "rest", or a number of shares.
std::optional<Portion> parse_portion(const std::string& text) {
  if (text == "rest") return Portion::remainder();
  if (!text.empty() && text.back() == '%') {
    auto a = Amount::parse(text.substr(0, text.size() - 1));
    if (!a) return std::nullopt;
    return Portion::of_grant(Fraction(a->value() / 100));
  }
  if (text.find('/') != std::string::npos) {
    auto f = read_amount(text);
    if (!f) return std::nullopt;
    return Portion::of_grant(Fraction(f->value()));
  }
  if (auto a = Amount::parse(text)) return Portion::fixed_shares(*a);
  return std::nullopt;
}

void read_segments(const py::dict& d, const std::optional<Date>& grant, ScheduleSpec& spec, Problems& problems) {
  for (const auto& item : get<py::list>(d, "lumps", py::list())) {
    const auto lump = item.cast<std::string>();
    const auto colon = lump.find(':');
    const auto day = date_param("lump", lump.substr(0, colon), problems);
    const auto portion = colon == std::string::npos ? std::optional<Portion>(Portion::all()) : parse_portion(lump.substr(colon + 1));
    if (!portion) problems.add("lump: \"" + lump + "\" needs DATE[:PORTION] with PORTION like 25%, 1/4, 1000 or rest");
    if (day && portion) spec.segments.push_back({LumpSegment{*day}, *portion, {"parameters: lump " + lump, {}}});
  }
  for (const auto& item : get<py::list>(d, "contingent", py::list())) {
    const auto c = item.cast<std::string>();
    const auto colon = c.find(':');
    const auto portion = parse_portion(c.substr(0, colon));
    if (!portion) problems.add("contingent: \"" + c + "\" needs PORTION[:CONDITION]");
    else
      spec.segments.push_back({ContingentSegment{colon == std::string::npos ? "condition" : c.substr(colon + 1)}, *portion,
                               {"parameters: contingent " + c, {}}});
  }
  const int installments = get<int>(d, "installments", 0);
  const auto start = get<std::string>(d, "start", "");
  if (installments > 0) {
    const auto anchor = start.empty() ? grant : date_param("start", start, problems);
    const auto period_text = get<std::string>(d, "period", "1m");
    const auto day_text = get<std::string>(d, "day_policy", "vesting_start_day");
    const auto period = parse_period(period_text);
    const auto day = parse_day_of_month_policy(day_text);
    if (!period) problems.add("period: \"" + period_text + "\" is not like 1m, 3m, 1q, 1y, 2w, 30d");
    if (!day) problems.add("day_policy: unknown policy \"" + day_text + "\"");
    if (anchor && period && day) {
      InstallmentSegment seg;
      seg.anchor = *anchor;
      seg.period = *period;
      seg.count = installments;
      seg.cliff = get<int>(d, "cliff", 0);
      seg.first_step = get<int>(d, "first_step", 1);
      seg.day_policy = *day;
      const bool others = !spec.segments.empty();
      spec.segments.push_back({seg, others ? Portion::remainder() : Portion::all(), {"parameters: installments", {}}});
    }
  } else if (!start.empty() || get<int>(d, "cliff", 0)) {
    problems.add("start and cliff need installments");
  }
  if (spec.segments.empty() && problems.list.empty()) problems.add("no vesting given: use lump, installments or contingent");
}

void read_option(const py::dict& d, ScheduleSpec& spec, Problems& problems) {
  const auto price = get<std::string>(d, "exercise_price", ""), expiration = get<std::string>(d, "expiration", "");
  const bool early = get<bool>(d, "early_exercise", false);
  if (price.empty() && expiration.empty() && !early) return;
  OptionTerms terms;
  if (!price.empty()) terms.exercise_price = amount_param("exercise_price", price, problems);
  if (!expiration.empty()) terms.expiration = date_param("expiration", expiration, problems);
  if (const auto exercised = get<std::string>(d, "exercised", ""); !exercised.empty())
    if (auto a = amount_param("exercised", exercised, problems)) terms.exercised = *a;
  if (const auto window = get<std::string>(d, "window", ""); !window.empty()) {
    terms.post_termination_window = parse_period(window);
    if (!terms.post_termination_window) problems.add("window: \"" + window + "\" is not like 90d or 3m");
  }
  terms.early_exercisable = early;
  spec.option = terms;
}

std::vector<Event> read_events(const py::dict& d, Problems& problems) {
  std::vector<Event> events;
  if (const auto t = get<std::string>(d, "terminate", ""); !t.empty())
    if (auto day = date_param("terminate", t, problems)) events.push_back(Termination{*day});
  for (const auto& item : get<py::list>(d, "accelerate", py::list())) {
    const auto a = item.cast<std::string>();
    const auto colon = a.find(':');
    const auto day = date_param("accelerate", a.substr(0, colon), problems);
    Acceleration acc;
    if (day) acc.date = *day;
    if (colon != std::string::npos) {
      const std::string what = a.substr(colon + 1);
      const bool percent = !what.empty() && what.back() == '%';
      const auto number = what == "full" ? std::nullopt : Amount::parse(percent ? what.substr(0, what.size() - 1) : what);
      if (what != "full" && !number) problems.add("accelerate: \"" + a + "\" needs DATE[:full|SHARES|PERCENT%]");
      else if (percent) {
        acc.extent = Acceleration::Extent::percent_of_unvested;
        acc.fraction_of_unvested = Fraction(number->value() / 100);
      } else if (number) {
        acc.extent = Acceleration::Extent::shares;
        acc.shares = *number;
      }
    }
    events.push_back(acc);
  }
  return events;
}

// (Schedule, []) or (None, diagnostics); bad parameters are "invalid_parameter" diagnostics.
py::tuple build(const py::dict& d) {
  Problems problems;
  ScheduleSpec spec;
  const auto grant = date_param("grant_date", get<std::string>(d, "grant_date", ""), problems);
  const auto total = amount_param("shares", get<std::string>(d, "shares", ""), problems);
  if (grant) spec.grant_date = grant;
  if (total) spec.total_shares = *total;
  const auto policy_text = get<std::string>(d, "policy", "cumulative_round_down");
  if (const auto policy = parse_allocation_policy(policy_text)) spec.policy = *policy;
  else problems.add("policy: unknown allocation policy \"" + policy_text + "\"");
  spec.catch_up_before_grant = true;  // the grant date given here is the real one
  read_segments(d, grant, spec, problems);
  read_option(d, spec, problems);
  const auto events = read_events(d, problems);
  if (!problems.list.empty()) {
    Diagnostics ds;
    for (auto& p : problems.list) ds.push_back(Diagnostic::error("invalid_parameter", std::move(p)));
    return py::make_tuple(py::none(), diagnostics_list(ds));
  }
  auto built = build_schedule(spec);
  if (built && !events.empty()) built = apply_events(*built, events);
  if (!built) return py::make_tuple(py::none(), diagnostics_list(built.diagnostics()));
  return py::make_tuple(py::cast(std::move(built).value()), py::list());
}

}  // namespace

void bind_schedules(py::module_& m) {
  py::class_<Schedule>(m, "Schedule", "An exact vesting schedule built by the engine")
      .def("tranches", &tranche_columns, "Tranche table as columns")
      .def("project", [](const Schedule& s, std::int64_t day) { return projection_dict(s, from_day_number(day)); },
           py::arg("day"), "Projection as of a day number (days since 1970-01-01)")
      .def_property_readonly("total", [](const Schedule& s) { return exact(s.total()); })
      .def_property_readonly("contingent_total", [](const Schedule& s) { return exact(s.contingent_total()); })
      .def_property_readonly("contingent", [](const Schedule& s) {
        py::list out;
        for (const auto& c : s.contingent()) out.append(py::make_tuple(exact(c.shares), c.condition));
        return out;
      })
      .def_property_readonly("grant_date", [](const Schedule& s) { return day_or_none(s.grant_date()); })
      .def_property_readonly("policy", [](const Schedule& s) { return std::string(to_string(s.policy())); })
      .def_property_readonly("is_option", [](const Schedule& s) { return s.option().has_value(); });
  m.def("build_schedule", &build, py::arg("params"),
        "Builds a schedule from `vest schedule` parameters: (Schedule, []) or (None, diagnostics)");
}

}  // namespace vest::python
