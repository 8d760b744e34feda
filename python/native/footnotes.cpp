#include "native/footnotes.hpp"

#include "engine/core/projection.hpp"
#include "native/convert.hpp"
#include "native/schedules.hpp"

#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <thread>

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

std::vector<BatchRow> interpret_batch(const std::vector<FootnoteInput>& inputs, unsigned threads) {
  std::vector<BatchRow> rows(inputs.size());
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, (inputs.size() + 7) / 8));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    // Small chunks from a shared counter: footnotes differ a lot in cost.
    for (std::size_t begin; (begin = next.fetch_add(8)) < inputs.size();) {
      for (std::size_t i = begin; i < std::min(begin + 8, inputs.size()); ++i) {
        if (inputs[i].text_missing) rows[i].problems.push_back("text is missing");
        const auto context = read_context(inputs[i], rows[i].problems);
        if (rows[i].problems.empty()) rows[i].result = rules::interpret(inputs[i].text, context);
      }
    }
  };
  py::gil_scoped_release no_gil;
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return rows;
}

namespace {

std::optional<std::string> optional_text(const py::handle& h) {
  if (h.is_none()) return std::nullopt;
  return h.cast<std::string>();
}

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

std::vector<FootnoteInput> read_inputs(const py::dict& columns) {
  const auto texts = columns["text"].cast<py::list>();
  const auto grant = columns["grant_date"].cast<py::list>(), shares = columns["shares"].cast<py::list>();
  const auto expiration = columns["expiration"].cast<py::list>(), price = columns["exercise_price"].cast<py::list>();
  const auto option = columns["is_option"].cast<py::list>();
  std::vector<FootnoteInput> inputs(texts.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    inputs[i].text_missing = texts[i].is_none();
    if (!inputs[i].text_missing) inputs[i].text = texts[i].cast<std::string>();
    inputs[i].grant_date = optional_text(grant[i]);
    inputs[i].shares = optional_text(shares[i]);
    inputs[i].expiration = optional_text(expiration[i]);
    inputs[i].exercise_price = optional_text(price[i]);
    inputs[i].is_option = option[i].cast<bool>();
  }
  return inputs;
}

// Columns: per row (kind, tranches, first/last vest, total, contingent,
// exercisable_immediately, conditions, warnings), per tranche (row, date,
// vests_on, shares, cumulative), per error (row, code, message, span), and
// with `explain` per derivation step (row, rule, begin, end, text); `percent`
// adds each tranche's cumulative percentage as `vest filing --tranches` prints it.
py::dict batch_columns(const std::vector<BatchRow>& rows, bool explain, bool percent) {
  py::list kind, conditions, warnings, exercisable;
  std::vector<std::optional<Date>> first, last;
  std::vector<Amount> total, contingent;
  std::vector<bool> has_total;
  std::vector<std::int64_t> t_row;
  std::vector<std::optional<Date>> t_date, t_vests_on;
  std::vector<Amount> t_shares, t_cumulative;
  py::list t_percent, e_row, e_code, e_message, e_span, x_row, x_rule, x_begin, x_end, x_text;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const auto& in = r.result;
    for (const auto& p : r.problems) {
      e_row.append(i), e_code.append("invalid_input"), e_message.append(p), e_span.append(py::none());
    }
    kind.append(r.problems.empty() ? rules::to_string(in.kind) : "unrecognized");
    exercisable.append(in.exercisable_immediately);
    py::list cs, ws;
    for (const auto& c : in.conditions) cs.append(c.kind);
    conditions.append(cs);
    for (const auto& d : in.diagnostics) {
      if (d.severity == Severity::warning) {
        ws.append(d.code + ": " + d.message);
        continue;
      }
      e_row.append(i), e_code.append(d.code), e_message.append(d.message);
      e_span.append(d.where.span ? py::object(py::make_tuple(d.where.span->begin, d.where.span->end)) : py::object(py::none()));
    }
    if (r.problems.empty() && in.kind == rules::Kind::unrecognized && !has_errors(in.diagnostics)) {
      e_row.append(i), e_code.append("unrecognized"), e_message.append("no vesting schedule recognised"), e_span.append(py::none());
    }
    warnings.append(ws);
    const auto& s = in.schedule;
    const auto tranches = s ? s->tranches() : std::span<const Tranche>();
    first.push_back(tranches.empty() ? std::nullopt : std::optional<Date>(tranches.front().date));
    last.push_back(tranches.empty() ? std::nullopt : std::optional<Date>(tranches.back().date));
    total.push_back(s ? s->total() : Amount());
    contingent.push_back(s ? s->contingent_total() : Amount());
    has_total.push_back(s.has_value());
    Amount cumulative;
    for (const auto& t : tranches) {
      cumulative += t.shares;
      t_row.push_back(static_cast<std::int64_t>(i));
      t_date.push_back(t.date);
      t_vests_on.push_back(t.vests_on);
      t_shares.push_back(t.shares);
      t_cumulative.push_back(cumulative);
      if (percent) t_percent.append(percent_string(cumulative / s->total()));  // exact rational division: only on request
    }
    if (explain)
      for (const auto& x : in.explain)
        x_row.append(i), x_rule.append(std::string(x.rule)), x_begin.append(x.span.begin), x_end.append(x.span.end),
            x_text.append(x.text);
  }
  py::dict out;
  out["kind"] = kind;
  py::list counts;
  for (const auto& r : rows) counts.append(r.result.schedule ? r.result.schedule->tranches().size() : 0);
  out["tranche_count"] = counts;
  out["first_vest"] = dates_column(first);
  out["last_vest"] = dates_column(last);
  out["total"] = exact_column(total);
  out["has_schedule"] = has_total;
  out["contingent_shares"] = exact_column(contingent);
  out["exercisable_immediately"] = exercisable;
  out["conditions"] = conditions;
  out["warnings"] = warnings;
  py::dict tr;
  py::array_t<std::int64_t> tr_row(static_cast<py::ssize_t>(t_row.size()));
  std::copy(t_row.begin(), t_row.end(), tr_row.mutable_data());
  tr["row"] = tr_row;
  tr["date"] = dates_column(t_date);
  tr["vests_on"] = dates_column(t_vests_on);
  tr["shares"] = exact_column(t_shares);
  tr["cumulative"] = exact_column(t_cumulative);
  tr["percent"] = t_percent;
  out["tranches"] = tr;
  out["errors"] = py::dict("row"_a = e_row, "code"_a = e_code, "message"_a = e_message, "span"_a = e_span);
  if (explain) out["explain"] = py::dict("row"_a = x_row, "rule"_a = x_rule, "begin"_a = x_begin, "end"_a = x_end, "text"_a = x_text);
  return out;
}

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
  m.def(
      "interpret_many",
      [](const py::dict& columns, unsigned threads, bool explain, bool percent) {
        const auto inputs = read_inputs(columns);
        const auto rows = interpret_batch(inputs, threads);
        return batch_columns(rows, explain, percent);
      },
      py::arg("columns"), py::arg("threads") = 0, py::arg("explain") = false, py::arg("percent") = false,
      "Interprets a batch of footnotes on all cores with the GIL released; columns in input order");
}

}  // namespace vest::python
