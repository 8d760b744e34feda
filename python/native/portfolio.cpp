// `_vest.Book`: a loaded portfolio (engine/portfolio) and its queries, as
// `vest portfolio` runs them: Loader, cluster, AsOfQuery::run,
// vesting_calendar, tranches. Share figures leave in the portfolio's fixed
// point (int64 / Python int of 1/10,000 share), exact; Python turns them
// into whole numbers or Decimals. Loads and queries release the GIL.
#include "engine/portfolio/load.hpp"
#include "engine/portfolio/portfolio.hpp"
#include "native/convert.hpp"
#include "native/portfolio.hpp"

#include <pybind11/stl.h>

namespace vest::python {

namespace py = pybind11;
using namespace vest::portfolio;

namespace {

struct Book {
  Portfolio p;
  LoadReport report;
  bool loaded = true;
};

// A 128-bit sum as a Python int.
py::object wide(Wide v) {
  if (v >= std::numeric_limits<std::int64_t>::min() && v <= std::numeric_limits<std::int64_t>::max())
    return py::int_(static_cast<std::int64_t>(v));
  const bool negative = v < 0;
  UWide u = negative ? UWide(0) - UWide(v) : UWide(v);
  std::string digits;
  do {
    digits.insert(digits.begin(), char('0' + int(u % 10)));
    u /= 10;
  } while (u);
  if (negative) digits.insert(digits.begin(), '-');
  return py::reinterpret_steal<py::object>(PyLong_FromString(digits.c_str(), nullptr, 10));
}

template <class T>
py::array_t<T> array(const std::vector<T>& v) {
  py::array_t<T> out(static_cast<py::ssize_t>(v.size()));
  std::copy(v.begin(), v.end(), out.mutable_data());
  return out;
}

std::unique_ptr<Book> load(const std::vector<std::string>& files, const std::vector<std::pair<std::string, std::string>>& texts,
                           bool strict, bool keep_order) {
  auto book = std::make_unique<Book>();
  {
    py::gil_scoped_release no_gil;
    Loader loader(LoadOptions{strict});
    for (const auto& f : files)
      if (!loader.load_file(f)) {
        book->loaded = false;
        break;
      }
    for (const auto& [data, name] : texts)
      if (book->loaded && !loader.load(data, name, InputFormat::csv)) book->loaded = false;
    book->report = loader.report();
    book->p = std::move(loader).take();
    // Aggregates do not depend on the order: walk each shape's grants together (as `vest portfolio` does).
    if (!keep_order) cluster(book->p);
  }
  return book;
}

py::list totals_row(const Totals& t) {
  py::list row;
  row.append(t.grants);
  for (Wide v : {t.total, t.vested, t.unvested, t.contingent, t.forfeited, t.exercisable}) row.append(wide(v));
  row.append(t.expired);
  return row;
}

// (keys, rows, total row); rows are [grants, total, vested, unvested, contingent, forfeited, exercisable, expired].
py::tuple as_of(const Book& b, std::int64_t day, const std::string& group_by, unsigned threads) {
  const auto group = parse_group_by(group_by);
  if (!group) throw py::value_error("group_by must be holder, issuer, security or None, not \"" + group_by + "\"");
  AsOfQuery::Result r;
  {
    py::gil_scoped_release no_gil;
    const AsOfQuery q(b.p, from_day_number(day));
    r = q.run(*group, threads, false);
  }
  py::list keys, rows;
  const Dictionary* dict = group_keys(b.p, *group);
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    keys.append((*dict)[static_cast<std::uint32_t>(g)]);
    rows.append(totals_row(r.groups[g]));
  }
  return py::make_tuple(keys, rows, totals_row(r.totals));
}

py::dict calendar(const Book& b, const std::string& unit_text, std::int64_t from, std::int64_t to, bool per_issuer, unsigned threads) {
  const auto unit = parse_calendar_unit(unit_text);
  if (!unit) throw py::value_error("unit must be day, week, month, quarter or year, not \"" + unit_text + "\"");
  if (to < from) throw py::value_error("calendar end is before its start");
  Calendar cal;
  {
    py::gil_scoped_release no_gil;
    cal = vesting_calendar(b.p, *unit, from_day_number(from), from_day_number(to), per_issuer, threads, false);
  }
  std::vector<std::optional<Date>> starts, ends;
  py::list shares;
  for (const auto& k : cal.buckets) starts.push_back(k.start), ends.push_back(k.end), shares.append(wide(k.shares));
  py::dict out;
  out["start"] = dates_column(starts);
  out["end"] = dates_column(ends);
  out["shares"] = shares;
  if (per_issuer) {
    py::list issuers, rows;
    for (std::size_t g = 0; g < cal.issuer_shares.size(); ++g) {
      issuers.append(b.p.issuers[static_cast<std::uint32_t>(g)]);
      py::list row;
      for (Wide v : cal.issuer_shares[g]) row.append(wide(v));
      rows.append(row);
    }
    out["issuers"] = issuers;
    out["issuer_shares"] = rows;
  }
  return out;
}

// One row per grant x tranche, in the book's order: grant index, dates (day
// numbers), fixed-point shares and cumulative, forfeited.
py::dict tranche_table(const Book& b) {
  std::vector<std::int64_t> grant, shares, cumulative;
  std::vector<std::int32_t> date, vests_on;
  std::vector<bool> forfeited;
  {
    py::gil_scoped_release no_gil;
    std::vector<TrancheOut> ts;
    for (std::size_t i = 0; i < b.p.size(); ++i) {
      tranches(b.p, i, ts);
      for (const auto& t : ts) {
        grant.push_back(static_cast<std::int64_t>(i));
        date.push_back(t.date);
        vests_on.push_back(t.vests_on);
        shares.push_back(t.shares);
        cumulative.push_back(t.cumulative);
        forfeited.push_back(t.forfeited);
      }
    }
  }
  py::dict out;
  out["grant"] = array(grant);
  out["date"] = array(date);
  out["vests_on"] = array(vests_on);
  out["shares"] = array(shares);
  out["cumulative"] = array(cumulative);
  py::array_t<bool> f(static_cast<py::ssize_t>(forfeited.size()));
  std::copy(forfeited.begin(), forfeited.end(), f.mutable_data());
  out["forfeited"] = f;
  return out;
}

// Per grant: id and the dictionary codes of holder / issuer / security, with the dictionaries.
py::dict grant_table(const Book& b) {
  py::list ids;
  for (std::size_t i = 0; i < b.p.size(); ++i) ids.append(std::string(b.p.id(i)));
  auto names = [](const Dictionary& d) {
    py::list out;
    for (std::size_t k = 0; k < d.size(); ++k) out.append(d[static_cast<std::uint32_t>(k)]);
    return out;
  };
  py::dict out;
  out["id"] = ids;
  out["holder"] = array(b.p.holder);
  out["issuer"] = array(b.p.issuer);
  out["security"] = array(b.p.security);
  out["holders"] = names(b.p.holders);
  out["issuers"] = names(b.p.issuers);
  out["securities"] = names(b.p.securities);
  return out;
}

}  // namespace

void bind_portfolio(py::module_& m) {
  py::class_<Book>(m, "Book", "A loaded portfolio (engine/portfolio)")
      .def_static("load", &load, py::arg("files"), py::arg("texts"), py::arg("strict") = false, py::arg("keep_order") = false)
      .def("__len__", [](const Book& b) { return b.p.size(); })
      .def_property_readonly("complete", [](const Book& b) { return b.loaded; })
      .def_property_readonly("report", [](const Book& b) {
        py::dict r;
        r["loaded"] = b.report.loaded;
        r["rejected"] = b.report.rejected;
        r["not_understood"] = b.report.not_understood;
        r["interpretations"] = b.report.interpretations;
        r["cache_hits"] = b.report.cache_hits;
        r["diagnostics"] = diagnostics_list(b.report.diagnostics);
        return r;
      })
      .def("as_of", &as_of, py::arg("day"), py::arg("group_by") = "none", py::arg("threads") = 0)
      .def("calendar", &calendar, py::arg("unit"), py::arg("start"), py::arg("end"), py::arg("per_issuer") = false,
           py::arg("threads") = 0)
      .def("tranches", &tranche_table)
      .def("grants", &grant_table);
  m.attr("SHARE_SCALE") = kScale;
}

}  // namespace vest::python
