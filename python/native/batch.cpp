#include "native/batch.hpp"

#include "engine/core/projection.hpp"
#include "native/convert.hpp"
#include "rules/interpretation.hpp"

#include <pybind11/numpy.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace vest::python {

namespace py = pybind11;

namespace {

constexpr std::int64_t kNaT = std::numeric_limits<std::int64_t>::min();

// One input value in engine text ("2020-01-15", "47.5"), either a view of a
// Python str (alive for the call) or a text made here.
struct Cell {
  bool present = false;
  std::string_view view;
  std::string own;
  std::optional<std::string> text() const {
    if (!present) return std::nullopt;
    return own.empty() ? std::string(view) : own;
  }
};

enum class ColumnKind { text, date, number };

// Reads one input column (see batch.hpp). `keep` holds every Python object
// the views point into.
std::vector<Cell> read_column(const py::handle& column, std::size_t n, ColumnKind kind, const py::handle& convert,
                              std::vector<py::object>& keep) {
  std::vector<Cell> cells(n);
  if (column.is_none()) return cells;
  if (py::isinstance<py::array>(column)) {
    const auto arr = py::reinterpret_borrow<py::array>(column);
    if (arr.dtype().kind() == 'i' && arr.itemsize() == 8 && kind != ColumnKind::text) {
      const auto values = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>::ensure(arr);
      const std::int64_t* v = values.data();
      for (std::size_t i = 0; i < n; ++i) {
        if (kind == ColumnKind::date && v[i] == kNaT) continue;
        cells[i].present = true;
        cells[i].own = kind == ColumnKind::date ? to_iso(from_day_number(v[i])) : std::to_string(v[i]);
      }
      return cells;
    }
  }
  const auto seq = py::reinterpret_steal<py::object>(PySequence_Fast(column.ptr(), "an input column must be a sequence"));
  if (!seq) throw py::error_already_set();
  keep.push_back(seq);
  if (static_cast<std::size_t>(PySequence_Fast_GET_SIZE(seq.ptr())) != n) throw py::value_error("input columns differ in length");
  PyObject** items = PySequence_Fast_ITEMS(seq.ptr());
  for (std::size_t i = 0; i < n; ++i) {
    PyObject* o = items[i];
    Cell& c = cells[i];
    if (o == Py_None) continue;
    if (PyFloat_CheckExact(o) && std::isnan(PyFloat_AS_DOUBLE(o))) continue;
    if (kind == ColumnKind::number && PyLong_CheckExact(o)) {
      int overflow = 0;
      const long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
      if (!overflow) {
        c.present = true;
        c.own = std::to_string(v);
        continue;
      }
    }
    if (!PyUnicode_Check(o)) {
      py::object converted = convert(py::handle(o));  // raises TypeError for a float that is not whole, as before
      if (converted.is_none()) continue;
      keep.push_back(converted);
      o = converted.ptr();
      if (!PyUnicode_Check(o)) throw py::type_error("the converter of an input column returned a non-string");
    }
    Py_ssize_t size = 0;
    const char* utf8 = PyUnicode_AsUTF8AndSize(o, &size);
    if (!utf8) throw py::error_already_set();
    c.present = true;
    c.view = std::string_view(utf8, static_cast<std::size_t>(size));
  }
  return cells;
}

struct Inputs {
  std::vector<Cell> text, grant_date, shares, expiration, exercise_price;
  std::vector<bool> is_option;
  std::size_t size() const { return text.size(); }
};

struct ErrorOut {
  std::string code, message;
  std::optional<Span> span;
};

struct TrancheOut {
  std::int64_t date, vests_on;
  Amount shares, cumulative;
  std::string percent;
};

// A footnote's answer reduced to plain values, made on a worker.
struct RowOut {
  rules::Kind kind = rules::Kind::unrecognized;
  bool exercisable = false, has_schedule = false;
  std::int64_t first = kNaT, last = kNaT;
  Amount total, contingent;
  std::vector<std::string> conditions, warnings;
  std::vector<ErrorOut> errors;  // input problems, then the interpreter's errors
  std::vector<TrancheOut> tranches;
  std::vector<rules::ExplainStep> explain;
};

rules::GrantContext read_context(const Inputs& in, std::size_t i, std::vector<std::string>& problems) {
  rules::GrantContext c;
  c.grant_date = read_date(in.grant_date[i].text(), "grant_date", problems);
  c.expiration = read_date(in.expiration[i].text(), "expiration", problems);
  c.shares = read_shares(in.shares[i].text(), "shares", problems);
  if (const auto price = in.exercise_price[i].text()) {
    c.exercise_price = read_amount(*price);
    if (!c.exercise_price) problems.push_back("exercise_price: \"" + *price + "\" is not a number");
  }
  c.is_option = in.is_option[i];
  return c;
}

RowOut interpret_row(const Inputs& in, std::size_t i, bool explain, bool percent) {
  RowOut r;
  std::vector<std::string> problems;
  if (!in.text[i].present) problems.push_back("text is missing");
  const auto context = read_context(in, i, problems);
  for (auto& p : problems) r.errors.push_back({"invalid_input", std::move(p), std::nullopt});
  if (!problems.empty()) return r;
  rules::Interpretation it = rules::interpret(in.text[i].own.empty() ? in.text[i].view : std::string_view(in.text[i].own), context);
  r.kind = it.kind;
  r.exercisable = it.exercisable_immediately;
  for (const auto& c : it.conditions) r.conditions.push_back(c.kind);
  for (auto& d : it.diagnostics) {
    if (d.severity == Severity::warning)
      r.warnings.push_back(d.code + ": " + d.message);
    else
      r.errors.push_back({d.code, d.message, d.where.span});
  }
  if (it.kind == rules::Kind::unrecognized && !has_errors(it.diagnostics))
    r.errors.push_back({"unrecognized", "no vesting schedule recognised", std::nullopt});
  if (const auto& s = it.schedule) {
    r.has_schedule = true;
    r.total = s->total();
    r.contingent = s->contingent_total();
    const auto tranches = s->tranches();
    if (!tranches.empty()) r.first = day_number(tranches.front().date), r.last = day_number(tranches.back().date);
    r.tranches.reserve(tranches.size());
    Amount cumulative;
    for (const auto& t : tranches) {
      cumulative += t.shares;
      r.tranches.push_back({day_number(t.date), day_number(t.vests_on), t.shares, cumulative,
                            percent ? percent_string(cumulative / s->total()) : std::string()});
    }
  }
  if (explain) r.explain = std::move(it.explain);
  return r;
}

std::vector<RowOut> interpret_rows(const Inputs& in, unsigned threads, bool explain, bool percent) {
  std::vector<RowOut> rows(in.size());
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, (in.size() + 7) / 8));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    // Small chunks from a shared counter: footnotes differ a lot in cost.
    for (std::size_t begin; (begin = next.fetch_add(8)) < in.size();)
      for (std::size_t i = begin; i < std::min(begin + 8, in.size()); ++i) rows[i] = interpret_row(in, i, explain, percent);
  };
  py::gil_scoped_release no_gil;
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return rows;
}

// Bulk column builders (the GIL held).
py::array_t<std::int64_t> int64_array(std::size_t n, auto&& value) {
  py::array_t<std::int64_t> out(static_cast<py::ssize_t>(n));
  std::int64_t* p = out.mutable_data();
  for (std::size_t i = 0; i < n; ++i) p[i] = value(i);
  return out;
}

py::array day_array(std::size_t n, auto&& day) { return int64_array(n, day).attr("view")("datetime64[D]"); }

py::array_t<bool> bool_array(std::size_t n, auto&& value) {
  py::array_t<bool> out(static_cast<py::ssize_t>(n));
  bool* p = out.mutable_data();
  for (std::size_t i = 0; i < n; ++i) p[i] = value(i);
  return out;
}

// int64 when every value is whole and fits, else a list of ints and Fractions.
py::object exact_array(std::size_t n, auto&& amount) {
  py::array_t<std::int64_t> ints(static_cast<py::ssize_t>(n));
  std::int64_t* p = ints.mutable_data();
  std::size_t i = 0;
  for (; i < n; ++i) {
    const Amount& a = amount(i);
    const auto v = a.is_integer() ? a.to_fixed(0) : std::nullopt;
    if (!v) break;
    p[i] = *v;
  }
  if (i == n) return py::object(std::move(ints));
  py::list out(n);
  for (std::size_t j = 0; j < n; ++j) out[j] = exact(amount(j));
  return py::object(std::move(out));
}

py::list object_list(std::size_t n, auto&& make) {
  PyObject* list = PyList_New(static_cast<Py_ssize_t>(n));
  if (!list) throw py::error_already_set();
  auto out = py::reinterpret_steal<py::list>(list);
  for (std::size_t i = 0; i < n; ++i) PyList_SET_ITEM(list, static_cast<Py_ssize_t>(i), make(i).release().ptr());
  return out;
}

py::list string_list(const std::vector<std::string>& strings) {
  return object_list(strings.size(), [&](std::size_t i) { return py::str(strings[i]); });
}

py::dict columns(const std::vector<RowOut>& rows, bool explain, bool percent) {
  const std::size_t n = rows.size();
  py::dict out;
  std::vector<py::str> kind_names;
  for (int k = 0; k <= static_cast<int>(rules::Kind::unrecognized); ++k)
    kind_names.emplace_back(std::string(rules::to_string(static_cast<rules::Kind>(k))));
  out["kind"] = object_list(n, [&](std::size_t i) { return kind_names[static_cast<int>(rows[i].kind)]; });
  out["tranche_count"] = int64_array(n, [&](std::size_t i) { return static_cast<std::int64_t>(rows[i].tranches.size()); });
  out["first_vest"] = day_array(n, [&](std::size_t i) { return rows[i].first; });
  out["last_vest"] = day_array(n, [&](std::size_t i) { return rows[i].last; });
  out["has_schedule"] = bool_array(n, [&](std::size_t i) { return rows[i].has_schedule; });
  out["total"] = exact_array(n, [&](std::size_t i) -> const Amount& { return rows[i].total; });
  out["contingent_shares"] = exact_array(n, [&](std::size_t i) -> const Amount& { return rows[i].contingent; });
  out["exercisable_immediately"] = bool_array(n, [&](std::size_t i) { return rows[i].exercisable; });
  out["conditions"] = object_list(n, [&](std::size_t i) { return string_list(rows[i].conditions); });
  out["warnings"] = object_list(n, [&](std::size_t i) { return string_list(rows[i].warnings); });
  out["error"] = object_list(n, [&](std::size_t i) -> py::object {
    if (rows[i].errors.empty()) return py::none();
    return py::str(rows[i].errors.front().message);
  });

  // One row per footnote × tranche, and per error.
  std::vector<std::pair<std::uint32_t, const TrancheOut*>> tranches;
  std::vector<std::pair<std::uint32_t, const ErrorOut*>> errors;
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto& t : rows[i].tranches) tranches.emplace_back(static_cast<std::uint32_t>(i), &t);
    for (const auto& e : rows[i].errors) errors.emplace_back(static_cast<std::uint32_t>(i), &e);
  }
  const std::size_t t = tranches.size();
  py::dict tr;
  tr["row"] = int64_array(t, [&](std::size_t k) { return static_cast<std::int64_t>(tranches[k].first); });
  tr["date"] = day_array(t, [&](std::size_t k) { return tranches[k].second->date; });
  tr["vests_on"] = day_array(t, [&](std::size_t k) { return tranches[k].second->vests_on; });
  tr["shares"] = exact_array(t, [&](std::size_t k) -> const Amount& { return tranches[k].second->shares; });
  tr["cumulative"] = exact_array(t, [&](std::size_t k) -> const Amount& { return tranches[k].second->cumulative; });
  tr["percent"] = percent ? object_list(t, [&](std::size_t k) { return py::str(tranches[k].second->percent); }) : py::list();
  out["tranches"] = tr;

  const std::size_t e = errors.size();
  py::dict er;
  er["row"] = int64_array(e, [&](std::size_t k) { return static_cast<std::int64_t>(errors[k].first); });
  er["code"] = object_list(e, [&](std::size_t k) { return py::str(errors[k].second->code); });
  er["message"] = object_list(e, [&](std::size_t k) { return py::str(errors[k].second->message); });
  er["span"] = object_list(e, [&](std::size_t k) -> py::object {
    const auto& s = errors[k].second->span;
    return s ? py::object(py::make_tuple(s->begin, s->end)) : py::object(py::none());
  });
  out["errors"] = er;

  if (explain) {
    std::vector<std::pair<std::uint32_t, const rules::ExplainStep*>> steps;
    for (std::size_t i = 0; i < n; ++i)
      for (const auto& x : rows[i].explain) steps.emplace_back(static_cast<std::uint32_t>(i), &x);
    const std::size_t x = steps.size();
    py::dict ex;
    ex["row"] = int64_array(x, [&](std::size_t k) { return static_cast<std::int64_t>(steps[k].first); });
    ex["rule"] = object_list(x, [&](std::size_t k) { return py::str(std::string(steps[k].second->rule)); });
    ex["begin"] = int64_array(x, [&](std::size_t k) { return static_cast<std::int64_t>(steps[k].second->span.begin); });
    ex["end"] = int64_array(x, [&](std::size_t k) { return static_cast<std::int64_t>(steps[k].second->span.end); });
    ex["text"] = object_list(x, [&](std::size_t k) { return py::str(steps[k].second->text); });
    out["explain"] = ex;
  }
  return out;
}

py::dict interpret_many(const py::dict& columns_in, unsigned threads, bool explain, bool percent, const py::dict& converters) {
  std::vector<py::object> keep;
  const auto column = [&](const char* key) { return columns_in.contains(key) ? py::object(columns_in[key]) : py::object(py::none()); };
  const auto converter = [&](const char* key) { return py::object(converters[key]); };
  const py::object texts = column("text");
  const std::size_t n = static_cast<std::size_t>(py::len(texts));
  Inputs in;
  in.text = read_column(texts, n, ColumnKind::text, converter("text"), keep);
  in.grant_date = read_column(column("grant_date"), n, ColumnKind::date, converter("grant_date"), keep);
  in.expiration = read_column(column("expiration"), n, ColumnKind::date, converter("expiration"), keep);
  in.shares = read_column(column("shares"), n, ColumnKind::number, converter("shares"), keep);
  in.exercise_price = read_column(column("exercise_price"), n, ColumnKind::number, converter("exercise_price"), keep);
  in.is_option.assign(n, false);
  if (const py::object option = column("is_option"); !option.is_none()) {
    const auto flags = py::array_t<bool, py::array::c_style | py::array::forcecast>::ensure(option);
    if (!flags || static_cast<std::size_t>(flags.size()) != n) throw py::value_error("is_option must be a bool array of the texts' length");
    for (std::size_t i = 0; i < n; ++i) in.is_option[i] = flags.data()[i];
  }
  const auto rows = interpret_rows(in, threads, explain, percent);
  return columns(rows, explain, percent);
}

}  // namespace

void bind_batch(py::module_& m) {
  m.def("interpret_many", &interpret_many, py::arg("columns"), py::arg("threads") = 0, py::arg("explain") = false,
        py::arg("percent") = false, py::arg("converters"),
        "Interprets a batch of footnotes on all cores with the GIL released: columns in (text, grant_date, shares, "
        "expiration, exercise_price: sequences or int64 arrays; is_option: bool array), columns out, in input order");
}

}  // namespace vest::python
