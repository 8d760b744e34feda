#include "native/batch.hpp"

#include "engine/core/projection.hpp"
#include "native/columns.hpp"
#include "native/convert.hpp"
#include "rules/interpretation.hpp"

#include <pybind11/numpy.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace vest::python {

namespace py = pybind11;

namespace {

// One input value in engine text ("2020-01-15", "47.5"), either a view of a
// Python str (alive for the call) or a text made here.
struct Cell {
  bool present = false;
  std::string_view view;
  std::string own;
  // Valid while the cell lives (no copy: read for every row of a batch).
  std::optional<std::string_view> text() const {
    if (!present) return std::nullopt;
    return own.empty() ? view : std::string_view(own);
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

// A value of a share column: whole and within int64 (nearly all), or an
// exact Amount set aside in its worker's `amounts`.
struct ExactRef {
  std::int64_t whole = 0;
  std::int32_t aside = -1;
};

struct TrancheRec {
  std::int64_t date, vests_on;
  ExactRef shares, cumulative;
  std::uint32_t percent;  // a text of the worker (percent=True only)
};

struct ErrorRec {
  std::uint32_t code, message;  // texts of the worker
  std::optional<Span> span;
};

struct Range {
  std::uint32_t begin = 0, count = 0;
};

// A footnote's answer reduced to plain values by a worker; what has a length
// (tranches, texts, errors, explain steps) is a range of that worker's buffers.
struct RowRec {
  rules::Kind kind = rules::Kind::unrecognized;
  bool exercisable = false, has_schedule = false;
  std::uint16_t worker = 0;
  std::int64_t first = kNaT, last = kNaT;
  ExactRef total, contingent;
  Range tranches, conditions, warnings, errors, explain;  // conditions, warnings: texts
};

// One worker's output. Kept between calls (BatchBuffers) so that a batch
// writes into memory that is already mapped and warm: with fresh buffers per
// call, page faults and cold cache lines cost as much as the interpreting.
struct WorkerOut {
  std::vector<TrancheRec> tranches;
  std::vector<Amount> amounts;
  std::string chars;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> texts;  // offset, length in chars
  std::vector<ErrorRec> errors;
  std::vector<rules::ExplainStep> explain;

  void clear() {
    tranches.clear(), amounts.clear(), chars.clear(), texts.clear(), errors.clear(), explain.clear();
  }
  std::size_t bytes() const {
    return tranches.capacity() * sizeof(TrancheRec) + amounts.capacity() * sizeof(Amount) + chars.capacity() +
           texts.capacity() * 8 + errors.capacity() * sizeof(ErrorRec) + explain.capacity() * sizeof(rules::ExplainStep);
  }
  std::uint32_t text(std::string_view s) {
    texts.emplace_back(static_cast<std::uint32_t>(chars.size()), static_cast<std::uint32_t>(s.size()));
    chars.append(s);
    return static_cast<std::uint32_t>(texts.size() - 1);
  }
  std::string_view text_at(std::uint32_t i) const { return std::string_view(chars).substr(texts[i].first, texts[i].second); }
  ExactRef exact(const Amount& a) {
    std::int64_t n = 0, d = 1;
    if (a.rational().small_parts(n, d) && d == 1) return {n, -1};
    if (const auto v = a.is_integer() ? a.to_fixed(0) : std::nullopt) return {*v, -1};
    amounts.push_back(a);
    return {0, static_cast<std::int32_t>(amounts.size() - 1)};
  }
};

struct BatchBuffers {
  std::vector<RowRec> rows;
  std::vector<WorkerOut> workers;
  std::size_t bytes() const {
    std::size_t b = rows.capacity() * sizeof(RowRec);
    for (const auto& w : workers) b += w.bytes();
    return b;
  }
};

// Buffers kept for the next call, up to this size (a batch of 10M rows must
// not hold its memory for ever); concurrent calls (the GIL is released) each
// take their own.
constexpr std::size_t kKeptBufferBytes = 64u << 20;  // ~100,000 footnotes of 6 tranches
std::mutex kept_mutex;
std::vector<std::unique_ptr<BatchBuffers>> kept;

std::unique_ptr<BatchBuffers> take_buffers() {
  std::lock_guard lock(kept_mutex);
  if (kept.empty()) return std::make_unique<BatchBuffers>();
  auto b = std::move(kept.back());
  kept.pop_back();
  return b;
}

void give_back(std::unique_ptr<BatchBuffers> b) {
  if (b->bytes() > kKeptBufferBytes) return;
  std::lock_guard lock(kept_mutex);
  if (kept.size() < 2) kept.push_back(std::move(b));
}

rules::GrantContext read_context(const Inputs& in, std::size_t i, std::vector<std::string>& problems) {
  rules::GrantContext c;
  c.grant_date = read_date(in.grant_date[i].text(), "grant_date", problems);
  c.expiration = read_date(in.expiration[i].text(), "expiration", problems);
  c.shares = read_shares(in.shares[i].text(), "shares", problems);
  if (const auto price = in.exercise_price[i].text()) {
    c.exercise_price = read_amount(*price);
    if (!c.exercise_price) problems.push_back("exercise_price: \"" + std::string(*price) + "\" is not a number");
  }
  c.is_option = in.is_option[i];
  return c;
}

void add_error(WorkerOut& w, RowRec& r, std::string_view code, std::string_view message, std::optional<Span> span) {
  if (r.errors.count == 0) r.errors.begin = static_cast<std::uint32_t>(w.errors.size());
  w.errors.push_back({w.text(code), w.text(message), span});
  ++r.errors.count;
}

void add_schedule(const Schedule& s, bool percent, WorkerOut& w, RowRec& r) {
  r.has_schedule = true;
  r.total = w.exact(s.total());
  r.contingent = w.exact(s.contingent_total());
  const auto tranches = s.tranches();
  if (!tranches.empty()) r.first = day_number(tranches.front().date), r.last = day_number(tranches.back().date);
  r.tranches = {static_cast<std::uint32_t>(w.tranches.size()), static_cast<std::uint32_t>(tranches.size())};
  Amount cumulative;
  for (const auto& t : tranches) {
    cumulative += t.shares;
    w.tranches.push_back({day_number(t.date), day_number(t.vests_on), w.exact(t.shares), w.exact(cumulative),
                          percent ? w.text(percent_string(cumulative / s.total())) : 0u});
  }
}

void interpret_row(const Inputs& in, std::size_t i, bool explain, bool percent, WorkerOut& w, RowRec& r) {
  r = RowRec{};
  std::vector<std::string> problems;
  if (!in.text[i].present) problems.push_back("text is missing");
  const auto context = read_context(in, i, problems);
  for (auto& p : problems) add_error(w, r, "invalid_input", p, std::nullopt);
  if (!problems.empty()) return;
  rules::Interpretation it = rules::interpret(*in.text[i].text(), context);
  r.kind = it.kind;
  r.exercisable = it.exercisable_immediately;
  r.conditions.begin = static_cast<std::uint32_t>(w.texts.size());
  for (const auto& c : it.conditions) w.text(c.kind), ++r.conditions.count;
  r.warnings.begin = static_cast<std::uint32_t>(w.texts.size());
  for (const auto& d : it.diagnostics)
    if (d.severity == Severity::warning) w.text(d.code + ": " + d.message), ++r.warnings.count;
  for (const auto& d : it.diagnostics)
    if (d.severity != Severity::warning) add_error(w, r, d.code, d.message, d.where.span);
  if (it.kind == rules::Kind::unrecognized && !has_errors(it.diagnostics))
    add_error(w, r, "unrecognized", "no vesting schedule recognised", std::nullopt);
  if (const auto& s = it.schedule) add_schedule(*s, percent, w, r);
  if (explain) {
    r.explain = {static_cast<std::uint32_t>(w.explain.size()), static_cast<std::uint32_t>(it.explain.size())};
    for (auto& x : it.explain) w.explain.push_back(std::move(x));
  }
}

void interpret_rows(const Inputs& in, unsigned threads, bool explain, bool percent, BatchBuffers& out) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::clamp<std::size_t>(std::min<std::size_t>(threads, (in.size() + 7) / 8), 1, 1024));
  out.rows.resize(in.size());
  if (out.workers.size() < threads) out.workers.resize(threads);
  for (auto& w : out.workers) w.clear();
  std::atomic<std::size_t> next{0};
  auto work = [&](unsigned worker) {
    WorkerOut& w = out.workers[worker];
    // Small chunks from a shared counter: footnotes differ a lot in cost.
    for (std::size_t begin; (begin = next.fetch_add(8)) < in.size();)
      for (std::size_t i = begin; i < std::min(begin + 8, in.size()); ++i) {
        interpret_row(in, i, explain, percent, w, out.rows[i]);
        out.rows[i].worker = static_cast<std::uint16_t>(worker);
      }
  };
  py::gil_scoped_release no_gil;
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& t : pool) t.join();
}

// int64 when every value is whole and fits, else an object array of ints and Fractions.
// `value(i)` gives (ExactRef, its worker).
py::object exact_array(std::size_t n, IntCache& ints, auto&& value) {
  bool whole = true;
  for (std::size_t i = 0; i < n && whole; ++i) whole = value(i).first.aside < 0;
  if (whole) return int64_array(n, [&](std::size_t i) { return value(i).first.whole; });
  return object_array(n, [&](std::size_t i) -> py::object {
    const auto [ref, worker] = value(i);
    if (ref.aside < 0) return ints.get(ref.whole);
    return exact(worker->amounts[static_cast<std::size_t>(ref.aside)]);
  });
}

py::dict columns(const BatchBuffers& b, bool explain, bool percent) {
  const auto& rows = b.rows;
  const std::size_t n = rows.size();
  const auto worker = [&](const RowRec& r) -> const WorkerOut& { return b.workers[r.worker]; };
  StrCache strs;
  IntCache ints;
  py::dict out;
  out["kind"] = object_array(n, [&](std::size_t i) { return strs.get(rules::to_string(rows[i].kind)); });
  out["tranche_count"] = int64_array(n, [&](std::size_t i) { return static_cast<std::int64_t>(rows[i].tranches.count); });
  out["first_vest"] = day_array(n, [&](std::size_t i) { return rows[i].first; });
  out["last_vest"] = day_array(n, [&](std::size_t i) { return rows[i].last; });
  out["has_schedule"] = bool_array(n, [&](std::size_t i) { return rows[i].has_schedule; });
  out["total"] = exact_array(n, ints, [&](std::size_t i) { return std::pair{rows[i].total, &worker(rows[i])}; });
  out["contingent_shares"] = exact_array(n, ints, [&](std::size_t i) { return std::pair{rows[i].contingent, &worker(rows[i])}; });
  out["exercisable_immediately"] = bool_array(n, [&](std::size_t i) { return rows[i].exercisable; });
  const auto texts = [&](const RowRec& r, Range range) {
    return object_list(range.count, [&](std::size_t k) { return strs.get(worker(r).text_at(range.begin + static_cast<std::uint32_t>(k))); });
  };
  out["conditions"] = object_array(n, [&](std::size_t i) { return texts(rows[i], rows[i].conditions); });
  out["warnings"] = object_array(n, [&](std::size_t i) { return texts(rows[i], rows[i].warnings); });
  out["error"] = object_array(n, [&](std::size_t i) -> py::object {
    if (rows[i].errors.count == 0) return py::none();
    return strs.get(worker(rows[i]).text_at(worker(rows[i]).errors[rows[i].errors.begin].message));
  });

  // One row per footnote × tranche, written in one walk over the rows (no
  // index of (row, worker, position) to allocate).
  std::size_t t = 0;
  for (const auto& r : rows) t += r.tranches.count;
  py::array_t<std::int64_t> row_of(static_cast<py::ssize_t>(t)), date(static_cast<py::ssize_t>(t)),
      vests_on(static_cast<py::ssize_t>(t)), shares(static_cast<py::ssize_t>(t)), cumulative(static_cast<py::ssize_t>(t));
  bool whole = true;
  {
    std::int64_t *p_row = row_of.mutable_data(), *p_date = date.mutable_data(), *p_vests = vests_on.mutable_data(),
                 *p_shares = shares.mutable_data(), *p_cumulative = cumulative.mutable_data();
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const WorkerOut& w = worker(rows[i]);
      for (std::uint32_t j = 0; j < rows[i].tranches.count; ++j, ++k) {
        const TrancheRec& x = w.tranches[rows[i].tranches.begin + j];
        p_row[k] = static_cast<std::int64_t>(i);
        p_date[k] = x.date;
        p_vests[k] = x.vests_on;
        p_shares[k] = x.shares.whole;
        p_cumulative[k] = x.cumulative.whole;
        whole = whole && x.shares.aside < 0 && x.cumulative.aside < 0;
      }
    }
  }
  // A share column with a value that is not a whole int64: ints and Fractions.
  const auto tranche_objects = [&](ExactRef TrancheRec::*field) {
    std::vector<std::pair<const WorkerOut*, ExactRef>> refs;
    refs.reserve(t);
    for (const auto& r : rows)
      for (std::uint32_t j = 0; j < r.tranches.count; ++j) refs.emplace_back(&worker(r), worker(r).tranches[r.tranches.begin + j].*field);
    return object_array(t, [&](std::size_t k) -> py::object {
      const auto [w, ref] = refs[k];
      return ref.aside < 0 ? ints.get(ref.whole) : exact(w->amounts[static_cast<std::size_t>(ref.aside)]);
    });
  };
  py::dict tr;
  tr["row"] = row_of;
  tr["date"] = date.attr("view")("datetime64[D]");
  tr["vests_on"] = vests_on.attr("view")("datetime64[D]");
  tr["shares"] = whole ? py::object(shares) : py::object(tranche_objects(&TrancheRec::shares));
  tr["cumulative"] = whole ? py::object(cumulative) : py::object(tranche_objects(&TrancheRec::cumulative));
  if (percent) {
    std::vector<std::string_view> texts;
    texts.reserve(t);
    for (const auto& r : rows)
      for (std::uint32_t j = 0; j < r.tranches.count; ++j) texts.push_back(worker(r).text_at(worker(r).tranches[r.tranches.begin + j].percent));
    tr["percent"] = object_array(t, [&](std::size_t k) { return strs.get(texts[k]); });
  } else {
    tr["percent"] = object_array(0, [](std::size_t) { return py::none(); });
  }
  out["tranches"] = tr;

  // One row per error and per explain step: (row, worker, index in the worker).
  struct At {
    std::uint32_t row;
    const WorkerOut* worker;
    std::uint32_t index;
  };
  const auto flatten = [&](Range RowRec::*range) {
    std::vector<At> at;
    for (std::size_t i = 0; i < n; ++i) {
      const Range r = rows[i].*range;
      for (std::uint32_t k = 0; k < r.count; ++k) at.push_back({static_cast<std::uint32_t>(i), &worker(rows[i]), r.begin + k});
    }
    return at;
  };
  const auto errors = flatten(&RowRec::errors);
  const auto error = [&](std::size_t k) -> const ErrorRec& { return errors[k].worker->errors[errors[k].index]; };
  const std::size_t e = errors.size();
  py::dict er;
  er["row"] = int64_array(e, [&](std::size_t k) { return static_cast<std::int64_t>(errors[k].row); });
  er["code"] = object_array(e, [&](std::size_t k) { return strs.get(errors[k].worker->text_at(error(k).code)); });
  er["message"] = object_array(e, [&](std::size_t k) { return strs.get(errors[k].worker->text_at(error(k).message)); });
  er["span"] = object_array(e, [&](std::size_t k) -> py::object {
    const auto& s = error(k).span;
    return s ? py::object(py::make_tuple(s->begin, s->end)) : py::object(py::none());
  });
  out["errors"] = er;

  if (explain) {
    const auto steps = flatten(&RowRec::explain);
    const auto step = [&](std::size_t k) -> const rules::ExplainStep& { return steps[k].worker->explain[steps[k].index]; };
    const std::size_t x = steps.size();
    py::dict ex;
    ex["row"] = int64_array(x, [&](std::size_t k) { return static_cast<std::int64_t>(steps[k].row); });
    ex["rule"] = object_array(x, [&](std::size_t k) { return strs.get(step(k).rule); });
    ex["begin"] = int64_array(x, [&](std::size_t k) { return static_cast<std::int64_t>(step(k).span.begin); });
    ex["end"] = int64_array(x, [&](std::size_t k) { return static_cast<std::int64_t>(step(k).span.end); });
    ex["text"] = object_array(x, [&](std::size_t k) { return py::str(step(k).text); });
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
  auto buffers = take_buffers();
  interpret_rows(in, threads, explain, percent, *buffers);
  py::dict out = columns(*buffers, explain, percent);
  give_back(std::move(buffers));
  return out;
}

}  // namespace

void bind_batch(py::module_& m) {
  m.def("interpret_many", &interpret_many, py::arg("columns"), py::arg("threads") = 0, py::arg("explain") = false,
        py::arg("percent") = false, py::arg("converters"),
        "Interprets a batch of footnotes on all cores with the GIL released: columns in (text, grant_date, shares, "
        "expiration, exercise_price: sequences or int64 arrays; is_option: bool array), columns out, in input order");
}

}  // namespace vest::python
