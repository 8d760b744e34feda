#include "native/footnotes.hpp"

#include "engine/core/projection.hpp"
#include "native/convert.hpp"
#include "native/schedules.hpp"

#include <pybind11/stl.h>


namespace vest::python {

namespace py = pybind11;
using namespace pybind11::literals;

rules::GrantContext read_context(const FootnoteInput& in, std::vector<std::string>& problems) {
  rules::GrantContext c;
  c.grant_date = read_date(in.grant_date, "grant_date", problems);
  c.expiration = read_date(in.expiration, "expiration", problems);
  c.shares = read_shares(in.shares, "shares", problems);
  if (in.exercise_price) {
    c.exercise_price = read_amount(*in.exercise_price);
    if (!c.exercise_price) problems.push_back("exercise_price: \"" + *in.exercise_price + "\" is not a number");
  }
  c.is_option = in.is_option;
  return c;
}

namespace {

py::list explain_list(const rules::Interpretation& in) {
  py::list out;
  for (const auto& s : in.explain) out.append(py::make_tuple(std::string(s.rule), s.span.begin, s.span.end, s.text));
  return out;
}

py::list conditions_list(const rules::Interpretation& in) {
  py::list out;
  for (const auto& c : in.conditions) out.append(py::make_tuple(c.kind, c.text));
  return out;
}

bool failed(const rules::Interpretation& in) {
  return has_errors(in.diagnostics) || in.kind == rules::Kind::unrecognized;
}

// One footnote with everything: kind, schedule object, conditions, diagnostics, explain.
py::dict interpret_one(const FootnoteInput& input) {
  std::vector<std::string> problems;
  const auto context = read_context(input, problems);
  py::dict out;
  out["problems"] = problems;
  if (!problems.empty()) return out;
  rules::Interpretation in;
  {
    py::gil_scoped_release no_gil;
    in = rules::interpret(input.text, context);
  }
  out["kind"] = std::string(rules::to_string(in.kind));
  out["failed"] = failed(in);
  out["schedule"] = in.schedule ? py::cast(*in.schedule) : py::object(py::none());
  out["has_spec"] = in.spec.has_value();
  out["exercisable_immediately"] = in.exercisable_immediately;
  out["conditions"] = conditions_list(in);
  out["diagnostics"] = diagnostics_list(in.diagnostics);
  out["explain"] = explain_list(in);
  return out;
}

}  // namespace

void bind_footnotes(py::module_& m) {
  m.def(
      "interpret",
      [](std::string text, std::optional<std::string> grant_date, std::optional<std::string> shares,
         std::optional<std::string> expiration, bool is_option, std::optional<std::string> exercise_price) {
        return interpret_one({std::move(text), std::move(grant_date), std::move(shares), std::move(expiration),
                              std::move(exercise_price), is_option});
      },
      py::arg("text"), py::arg("grant_date") = py::none(), py::arg("shares") = py::none(), py::arg("expiration") = py::none(),
      py::arg("is_option") = false, py::arg("exercise_price") = py::none(), "Interprets one footnote (rules::interpret)");
}

}  // namespace vest::python
