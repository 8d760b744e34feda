#include "native/convert.hpp"

#include "engine/core/schedule_parameters.hpp"

#include <limits>

namespace vest::python {

namespace {
py::object fraction_type() {
  // Looked up per call: cheap (module cache) and safe across interpreter restarts.
  return py::module_::import("fractions").attr("Fraction");
}
}  // namespace

py::object exact(const Amount& a) {
  if (a.is_integer()) {
    if (const auto v = a.to_fixed(0)) return py::int_(*v);
    return py::reinterpret_steal<py::object>(PyLong_FromString(a.to_string().c_str(), nullptr, 10));
  }
  // Fraction(numerator, denominator) from two ints: no text to parse (Fraction("95/2") runs a regex).
  std::int64_t n = 0, d = 1;
  if (a.rational().small_parts(n, d)) return fraction_type()(py::int_(n), py::int_(d));
  return fraction_type()(py::str(a.to_string()));
}

py::object exact_column(const std::vector<Amount>& values) {
  bool whole = true;
  std::vector<std::int64_t> ints;
  ints.reserve(values.size());
  for (const auto& a : values) {
    const auto v = a.is_integer() ? a.to_fixed(0) : std::nullopt;
    if (!v) {
      whole = false;
      break;
    }
    ints.push_back(*v);
  }
  if (whole) {
    py::array_t<std::int64_t> out(static_cast<py::ssize_t>(ints.size()));
    std::copy(ints.begin(), ints.end(), out.mutable_data());
    return py::object(std::move(out));
  }
  // Whole values stay ints and only the others become Fractions: both exact, and
  // a Fraction costs ~10 us to build (most tranches of a fractional grant are whole).
  py::list out(values.size());
  const py::object fraction = fraction_type();
  for (std::size_t i = 0; i < values.size(); ++i) {
    const auto whole = values[i].is_integer() ? values[i].to_fixed(0) : std::nullopt;
    out[i] = whole ? py::object(py::int_(*whole)) : exact(values[i]);
  }
  return py::object(std::move(out));
}

std::int64_t day_number(Date d) { return d.time_since_epoch().count(); }
Date from_day_number(std::int64_t days) { return Date(date::days(days)); }

py::array dates_column(const std::vector<std::optional<Date>>& days) {
  py::array_t<std::int64_t> raw(static_cast<py::ssize_t>(days.size()));
  auto* p = raw.mutable_data();
  for (std::size_t i = 0; i < days.size(); ++i)
    p[i] = days[i] ? day_number(*days[i]) : std::numeric_limits<std::int64_t>::min();  // NaT
  return raw.attr("view")("datetime64[D]");
}

py::object day_or_none(const std::optional<Date>& d) {
  if (!d) return py::none();
  return py::int_(day_number(*d));
}

std::optional<Date> read_date(std::optional<std::string_view> text, const char* what, std::vector<std::string>& problems) {
  if (!text) return std::nullopt;
  if (auto d = parse_iso_date(*text)) return d;
  problems.push_back(std::string(what) + ": \"" + std::string(*text) + "\" is not a valid YYYY-MM-DD date");
  return std::nullopt;
}

std::optional<Amount> read_amount(std::string_view text) { return parse_amount_parameter(text); }

std::optional<Amount> read_shares(std::optional<std::string_view> text, const char* what, std::vector<std::string>& problems) {
  if (!text) return std::nullopt;
  auto a = read_amount(*text);
  if (!a || a->is_negative() || a->is_zero()) {
    problems.push_back(std::string(what) + ": \"" + std::string(*text) + "\" is not a positive number");
    return std::nullopt;
  }
  return a;
}

py::dict diagnostic_dict(const Diagnostic& d) {
  py::dict out;
  out["severity"] = d.severity == Severity::error ? "error" : "warning";
  out["code"] = d.code;
  out["message"] = d.message;
  out["file"] = d.where.file;
  out["line"] = d.where.line;
  out["column"] = d.where.column;
  out["field"] = d.where.field;
  out["span"] = d.where.span ? py::object(py::make_tuple(d.where.span->begin, d.where.span->end)) : py::object(py::none());
  out["text"] = format(d);
  return out;
}

py::list diagnostics_list(const Diagnostics& ds) {
  py::list out;
  for (const auto& d : ds) out.append(diagnostic_dict(d));
  return out;
}

}  // namespace vest::python
