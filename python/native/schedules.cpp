// `_vest.Schedule` and `_vest.build_schedule(params)`: the parameters of
// `vest schedule`, read by the same `read_schedule_parameters`
// (engine/core/schedule_parameters.hpp) and built by the same `build_schedule`
// and `apply_events`.
#include "native/schedules.hpp"

#include "engine/core/events.hpp"
#include "engine/core/projection.hpp"
#include "engine/core/schedule_parameters.hpp"
#include "native/convert.hpp"


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

template <class T>
T get(const py::dict& d, const char* key, T fallback) {
  if (!d.contains(key) || d[key].is_none()) return fallback;
  return d[key].cast<T>();
}

// A count keyword: a Python int of any size; one beyond a long long is kept
// as a value the range checks refuse by name.
long long count(const py::dict& d, const char* key, long long fallback, std::vector<std::string>& problems) {
  if (!d.contains(key) || d[key].is_none()) return fallback;
  int overflow = 0;
  const long long v = PyLong_AsLongLongAndOverflow(py::int_(d[key]).ptr(), &overflow);
  if (overflow != 0) problems.push_back(std::string(key) + ": " + py::str(d[key]).cast<std::string>() + " is out of range");
  return overflow != 0 ? 0 : v;
}

std::vector<std::string> strings(const py::dict& d, const char* key) {
  std::vector<std::string> out;
  for (const auto& item : get<py::list>(d, key, py::list())) out.push_back(item.cast<std::string>());
  return out;
}

// (Schedule, warnings) or (None, diagnostics); bad parameters are "invalid_parameter" diagnostics.
// The keywords are read by engine/core/schedule_parameters, as `vest schedule` reads its options.
py::tuple build(const py::dict& d) {
  std::vector<std::string> count_problems;
  ScheduleParameters p;
  p.grant_date = get<std::string>(d, "grant_date", "");
  p.shares = get<std::string>(d, "shares", "");
  p.lumps = strings(d, "lumps");
  p.contingent = strings(d, "contingent");
  p.installments = count(d, "installments", 0, count_problems);
  p.cliff = count(d, "cliff", 0, count_problems);
  p.first_step = count(d, "first_step", 1, count_problems);
  p.start = get<std::string>(d, "start", "");
  p.period = get<std::string>(d, "period", "1m");
  p.day_policy = get<std::string>(d, "day_policy", "vesting_start_day");
  p.policy = get<std::string>(d, "policy", "cumulative_round_down");
  p.exercise_price = get<std::string>(d, "exercise_price", "");
  p.expiration = get<std::string>(d, "expiration", "");
  p.early_exercise = get<bool>(d, "early_exercise", false);
  p.exercised = get<std::string>(d, "exercised", "");
  p.window = get<std::string>(d, "window", "");
  p.terminate = get<std::string>(d, "terminate", "");
  p.accelerate = strings(d, "accelerate");
  p.anchor_event = get<std::string>(d, "anchor_event", "");
  p.earlier_of = get<std::string>(d, "earlier_of", "");
  p.later_of = get<std::string>(d, "later_of", "");
  p.double_trigger = get<std::string>(d, "double_trigger", "");
  p.then = strings(d, "then");
  p.events = strings(d, "events");
  p.event_deadlines = strings(d, "event_deadlines");
  auto read = read_schedule_parameters(p, ParameterSpelling::python);
  read.problems.insert(read.problems.begin(), count_problems.begin(), count_problems.end());
  if (!read.problems.empty()) {
    Diagnostics ds;
    for (auto& problem : read.problems) ds.push_back(Diagnostic::error("invalid_parameter", std::move(problem)));
    return py::make_tuple(py::none(), diagnostics_list(ds));
  }
  auto built = build_schedule(read.spec);
  if (built && !read.events.empty()) built = apply_events(*built, read.events);
  if (!built) return py::make_tuple(py::none(), diagnostics_list(built.diagnostics()));
  py::list warnings = diagnostics_list(built.diagnostics());  // e.g. an event after its deadline
  return py::make_tuple(py::cast(std::move(built).value()), warnings);
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
      .def_property_readonly("conditions", [](const Schedule& s) {
        py::list out;
        for (const auto& c : s.conditions()) out.append(py::make_tuple(c.kind, c.text));
        return out;
      })
      .def_property_readonly("grant_date", [](const Schedule& s) { return day_or_none(s.grant_date()); })
      .def_property_readonly("policy", [](const Schedule& s) { return std::string(to_string(s.policy())); })
      .def_property_readonly("is_option", [](const Schedule& s) { return s.option().has_value(); });
  m.def("build_schedule", &build, py::arg("params"),
        "Builds a schedule from `vest schedule` parameters: (Schedule, warnings) or (None, diagnostics)");
}

}  // namespace vest::python
