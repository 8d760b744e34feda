// `_vest.read_filings(paths, as_of)`: every input through filings::read_input
// and filings::extract_grants with the interpreter (what `vest filing` does),
// on every core (threads=0) with the GIL released, as columns: one entry per grant, in input order.
// Inputs that cannot be read become error rows (file, line, code, message);
// the rest is still read.
#include "engine/core/ordered_pool.hpp"
#include "engine/core/projection.hpp"
#include "engine/filings/filing_json.hpp"
#include "engine/filings/grants.hpp"
#include "engine/filings/reader.hpp"
#include "native/convert.hpp"
#include "native/filings.hpp"

#include <pybind11/stl.h>

#include <algorithm>
#include <iterator>
#include <thread>

namespace vest::python {

namespace py = pybind11;

namespace {

struct GrantRow {
  std::string source, accession, owner, issuer, ticker, security, code, kind, text;
  std::optional<Date> grant_date, expiration, first_vest, last_vest;
  std::optional<Amount> shares, exercise_price;
  std::size_t tranches = 0, line = 0;
  bool award = true, is_option = false, has_schedule = false;
  std::optional<Projection> as_of;
  std::string warnings;
};

// One tranche of a grant (`tranches=True`): what vest.tranches() would compute
// from the grant's context, taken from the same interpretation instead.
struct TrancheRow {
  std::size_t grant = 0;  // the grant's row number in the result
  Date date, vests_on;
  Amount shares, cumulative;
  std::string percent;
};

struct Collected {
  std::vector<GrantRow> grants;
  std::vector<TrancheRow> tranches;
  Diagnostics errors;
  std::size_t filings = 0;
};

// The tranche rows of parse_many(..., percent=True) for one schedule.
void collect_tranches(const Schedule& s, std::size_t grant, std::vector<TrancheRow>& out) {
  Amount cumulative;
  for (const auto& t : s.tranches()) {
    cumulative += t.shares;
    out.push_back({grant, t.date, t.vests_on, t.shares, cumulative, percent_string(cumulative / s.total())});
  }
}

void collect(const filings::Filing& f, const filings::FilingGrants& grants, const std::optional<Date>& as_of, bool tranches,
             Collected& out) {
  ++out.filings;
  const std::string owner = filings::owner_names(f);
  for (const auto& g : grants.grants) {
    const auto& row = f.rows.at(g.row);
    const auto& s = g.interpretation.schedule;
    GrantRow r;
    r.source = f.source;
    r.accession = f.accession;
    r.owner = owner;
    r.issuer = f.issuer.name;
    r.ticker = f.issuer.ticker;
    r.security = row.security;
    r.code = row.code;
    r.kind = std::string(rules::to_string(g.interpretation.kind));
    r.text = g.text;
    r.grant_date = g.context.grant_date;
    r.expiration = g.context.expiration;
    r.shares = g.context.shares;
    r.exercise_price = g.context.exercise_price;
    r.is_option = g.context.is_option;
    r.line = row.line;
    r.award = g.award;
    r.has_schedule = s.has_value();
    if (s && !s->tranches().empty()) {
      r.tranches = s->tranches().size();
      r.first_vest = s->tranches().front().date;
      r.last_vest = s->tranches().back().date;
    }
    if (s && as_of) r.as_of = project(*s, *as_of);
    if (s && tranches) collect_tranches(*s, out.grants.size(), out.tranches);
    for (const auto& d : g.warnings) r.warnings += (r.warnings.empty() ? "" : "\n") + format(d);
    out.grants.push_back(std::move(r));
  }
}

template <class F>
py::list strings(const std::vector<GrantRow>& rows, F field) {
  py::list out(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) out[i] = py::str(field(rows[i]));
  return out;
}

template <class F>
py::object amounts(const std::vector<GrantRow>& rows, F field) {
  // Missing values are None in a list; a complete column goes through exact_column (int64 when whole).
  std::vector<Amount> values;
  for (const auto& r : rows) {
    const std::optional<Amount> v = field(r);
    if (!v) {
      py::list out;
      for (const auto& r2 : rows) {
        const std::optional<Amount> v2 = field(r2);
        out.append(v2 ? exact(*v2) : py::object(py::none()));
      }
      return py::object(std::move(out));
    }
    values.push_back(*v);
  }
  return exact_column(values);
}

template <class F>
py::array dates(const std::vector<GrantRow>& rows, F field) {
  std::vector<std::optional<Date>> values;
  for (const auto& r : rows) values.push_back(field(r));
  return dates_column(values);
}

py::dict tranche_columns(const std::vector<TrancheRow>& t) {
  py::dict out;
  py::array_t<std::int64_t> grant(static_cast<py::ssize_t>(t.size()));
  std::vector<std::optional<Date>> date, vests_on;
  std::vector<Amount> shares, cumulative;
  py::list percent(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    grant.mutable_data()[i] = static_cast<std::int64_t>(t[i].grant);
    date.emplace_back(t[i].date);
    vests_on.emplace_back(t[i].vests_on);
    shares.push_back(t[i].shares);
    cumulative.push_back(t[i].cumulative);
    percent[i] = py::str(t[i].percent);
  }
  out["row"] = grant;
  out["date"] = dates_column(date);
  out["vests_on"] = dates_column(vests_on);
  out["shares"] = exact_column(shares);
  out["cumulative"] = exact_column(cumulative);
  out["percent"] = percent;
  return out;
}

py::dict columns(const Collected& c, const std::optional<Date>& as_of) {
  const auto& g = c.grants;
  py::dict out;
  out["source"] = strings(g, [](const GrantRow& r) { return r.source; });
  out["accession"] = strings(g, [](const GrantRow& r) { return r.accession; });
  out["owner"] = strings(g, [](const GrantRow& r) { return r.owner; });
  out["issuer"] = strings(g, [](const GrantRow& r) { return r.issuer; });
  out["ticker"] = strings(g, [](const GrantRow& r) { return r.ticker; });
  out["security"] = strings(g, [](const GrantRow& r) { return r.security; });
  out["code"] = strings(g, [](const GrantRow& r) { return r.code; });
  out["grant_date"] = dates(g, [](const GrantRow& r) { return r.grant_date; });
  out["shares"] = amounts(g, [](const GrantRow& r) { return r.shares; });
  out["kind"] = strings(g, [](const GrantRow& r) { return r.kind; });
  py::list counts;
  for (const auto& r : g) counts.append(r.tranches);
  out["tranches"] = counts;
  out["first_vest"] = dates(g, [](const GrantRow& r) { return r.first_vest; });
  out["last_vest"] = dates(g, [](const GrantRow& r) { return r.last_vest; });
  if (as_of) {
    auto figure = [&](Amount Projection::*m, bool option_only) {
      return amounts(g, [=](const GrantRow& r) -> std::optional<Amount> {
        if (!r.as_of || (option_only && !r.as_of->is_option)) return std::nullopt;
        return (*r.as_of).*m;
      });
    };
    out["vested"] = figure(&Projection::vested, false);
    out["unvested"] = figure(&Projection::unvested, false);
    out["contingent"] = figure(&Projection::contingent, false);
    out["exercisable"] = figure(&Projection::exercisable, true);
    py::list expired;
    for (const auto& r : g) expired.append(r.as_of && r.as_of->is_option ? py::object(py::bool_(r.as_of->expired)) : py::object(py::none()));
    out["expired"] = expired;
  }
  // The interpreter's context, so that vest.tranches() and parse_many can read the grant again.
  out["text"] = strings(g, [](const GrantRow& r) { return r.text; });
  out["is_option"] = py::cast([&] {
    std::vector<bool> v;
    for (const auto& r : g) v.push_back(r.is_option);
    return v;
  }());
  out["expiration"] = dates(g, [](const GrantRow& r) { return r.expiration; });
  out["exercise_price"] = amounts(g, [](const GrantRow& r) { return r.exercise_price; });
  py::list lines, awards;
  for (const auto& r : g) lines.append(r.line), awards.append(r.award);
  out["line"] = lines;
  out["award"] = awards;
  out["warnings"] = strings(g, [](const GrantRow& r) { return r.warnings; });
  out["tranches_of"] = tranche_columns(c.tranches);
  return out;
}

// A filing as read, or an input that could not be read, in input order.
struct Event {
  std::optional<filings::Filing> filing;
  Diagnostics errors;
};

// Part `part` of `parts` (filings::DatasetPart) of every input that is a data
// set (its zip or folder); any other input is read whole by part 0 and skipped
// by the others, so that reading parts 0..parts-1 in turn gives what one read gives.
void read_part(const std::string& path, unsigned part, unsigned parts, const filings::FilingSink& sink) {
  const auto kind = filings::detect_input(path);
  const bool data_set = kind == filings::InputKind::dataset_zip || kind == filings::InputKind::dataset_dir;
  if (!data_set && part != 0) return;
  filings::ReadOptions options;
  if (data_set) options.part = {part, parts};
  filings::read_input(path, sink, options);
}

py::tuple read_filings(const std::vector<std::string>& paths, std::optional<std::int64_t> as_of_day, unsigned threads,
                       unsigned part, unsigned parts, bool tranches) {
  if (parts == 0 || part >= parts) throw py::value_error("part must be in 0 .. parts-1");
  const std::optional<Date> as_of = as_of_day ? std::optional<Date>(from_day_number(*as_of_day)) : std::nullopt;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  Collected c;
  {
    py::gil_scoped_release no_gil;
    // Grants are found on `threads` workers (the interpreter's work), a batch
    // of filings at a time, and collected in input order: the same rows for
    // any number of threads, and only a few batches in memory.
    auto work = [&](std::vector<Event>& batch) {
      thread_local filings::NoteKinds note_kinds;
      Collected part;
      for (auto& e : batch) {
        if (!e.filing) {
          part.errors.insert(part.errors.end(), e.errors.begin(), e.errors.end());
          continue;
        }
        collect(*e.filing, filings::extract_grants(*e.filing, rules::interpret, &note_kinds), as_of, tranches, part);
      }
      return part;
    };
    auto consume = [&](Collected&& part) {
      c.filings += part.filings;
      c.errors.insert(c.errors.end(), part.errors.begin(), part.errors.end());
      for (auto& t : part.tranches) t.grant += c.grants.size();  // batch-local row numbers become the result's
      std::move(part.tranches.begin(), part.tranches.end(), std::back_inserter(c.tranches));
      std::move(part.grants.begin(), part.grants.end(), std::back_inserter(c.grants));
    };
    OrderedPool<std::vector<Event>, Collected> pool(threads, 4 * std::size_t{threads}, work, consume);
    std::vector<Event> pending;
    const std::size_t batch_size = threads > 1 ? 16 : 1;
    const filings::FilingSink sink = [&](Result<filings::Filing>&& r) {
      if (r)
        pending.push_back({std::move(r).value(), {}});
      else
        pending.push_back({std::nullopt, r.diagnostics()});
      if (pending.size() >= batch_size) pool.submit(std::exchange(pending, {}));
    };
    for (const auto& p : paths) {
      if (!std::filesystem::exists(p)) {
        if (part == 0) pending.push_back({std::nullopt, {Diagnostic::error("cannot_open", "no such file or folder", {p, 0, 0, {}, {}})}});
        continue;
      }
      read_part(p, part, parts, sink);
    }
    if (!pending.empty()) pool.submit(std::exchange(pending, {}));
    pool.finish();
  }
  return py::make_tuple(columns(c, as_of), diagnostics_list(c.errors), c.filings);
}

}  // namespace

void bind_filings(py::module_& m) {
  m.def("read_filings", &read_filings, py::arg("paths"), py::arg("as_of") = py::none(), py::arg("threads") = 0,
        py::arg("part") = 0, py::arg("parts") = 1, py::arg("tranches") = false,
        "Reads filings (EDGAR XML, SEC data sets, PDF-to-text): (grant columns, error diagnostics, filings read); "
        "part/parts: one share of every data set's filings; tranches: columns['tranches_of'] holds the tranche rows");
}

}  // namespace vest::python
