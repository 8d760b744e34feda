// `_vest.read_filings(paths, as_of)`: every input through filings::read_input
// and filings::extract_grants with the interpreter (what `vest filing` does),
// on every core (threads=0) with the GIL released, as columns: one entry per grant, in input order.
// Inputs that cannot be read become error rows (file, line, code, message);
// the rest is still read. Workers reduce each batch of filings to a compact
// Chunk (plain values, one text pool); the chunks become columns in one walk.
// With grant_columns=False only the tranche rows are built (vest.dask.read_tranches).
#include "engine/core/projection.hpp"
#include "engine/filings/filing_json.hpp"
#include "engine/filings/grants.hpp"
#include "native/columns.hpp"
#include "native/convert.hpp"
#include "native/filings.hpp"
#include "native/part_reader.hpp"
#include "native/value_pool.hpp"

#include <pybind11/stl.h>

#include <algorithm>
#include <array>
#include <limits>
#include <thread>
#include <unordered_map>

namespace vest::python {

namespace py = pybind11;

namespace {

// A tranche's cumulative percent: hundredths of a percent (what
// percent_string rounds to), or a text of the chunk when the fraction is not small.
struct PercentRef {
  std::int64_t hundredths = 0;
  std::int32_t text = -1;
};

// The texts every grant of a filing shares (texts of the chunk).
struct FilingRec {
  std::uint32_t source, accession, owner, issuer, ticker;
};

struct GrantRec {
  std::uint32_t filing;  // in the chunk's filings
  std::uint32_t security, code, text, warnings;
  rules::Kind kind;
  bool award, is_option, has_projection, is_option_projection, expired;
  std::int64_t grant_date, expiration, first_vest, last_vest;
  ExactRef shares, exercise_price, vested, unvested, contingent, exercisable;
  std::uint32_t tranches;
  std::uint64_t line;
};

struct TrancheRec {
  std::uint32_t grant;  // in the chunk's grants
  std::int64_t date, vests_on;
  ExactRef shares, cumulative;
  PercentRef percent;
};

// What a worker makes of a batch of filings: plain values and one text pool,
// so that nothing is copied string by string on the way to the columns, and
// the batches are joined by keeping them side by side.
struct Chunk : ValuePool {
  std::vector<FilingRec> filings;
  std::vector<GrantRec> grants;
  std::vector<TrancheRec> tranches;
  Diagnostics errors;
  std::size_t filings_read = 0;

  using ValuePool::exact;
  ExactRef exact(const std::optional<Amount>& a) { return a ? exact(*a) : ExactRef{}; }
  // percent_string(cumulative / total) = Amount(round_half_up(f * 10^4), 100) as text:
  // the rounding done here in 128 bits when f is small, the text made once per distinct value.
  __extension__ typedef __int128 i128;
  PercentRef percent(const Amount& cumulative, const Amount& total) {
    const Fraction f = cumulative / total;
    std::int64_t n = 0, d = 1;
    if (f.rational().small_parts(n, d)) {
      const i128 twice = static_cast<i128>(n) * 20000 + d;  // 2 (f * 10^4 + 1/2), over d
      const i128 den = static_cast<i128>(d) * 2;
      i128 q = twice / den;
      if (twice % den != 0 && twice < 0) --q;  // floor, not truncation
      if (q > std::numeric_limits<std::int64_t>::min() && q <= std::numeric_limits<std::int64_t>::max())
        return {static_cast<std::int64_t>(q), -1};
    }
    return {0, static_cast<std::int32_t>(text(percent_string(f)))};
  }
};

py::object new_str(std::string_view s) { return py::str(s.data(), s.size()); }

std::int64_t day_or_nat(const std::optional<Date>& d) { return d ? day_number(*d) : kNaT; }

void collect_tranches(const Schedule& s, std::uint32_t grant, Chunk& out) {
  Amount cumulative;
  for (const auto& t : s.tranches()) {
    cumulative += t.shares;
    out.tranches.push_back({grant, day_number(t.date), day_number(t.vests_on), out.exact(t.shares), out.exact(cumulative),
                            out.percent(cumulative, s.total())});
  }
}

// What a read returns: the grant columns (with their tranches or not), or only the tranches.
struct Wanted {
  std::optional<Date> as_of;
  bool tranches = false;
  bool grant_columns = true;  // false: only what the tranche rows show of their grant
};

void collect(const filings::Filing& f, const filings::FilingGrants& grants, const Wanted& want, Chunk& out) {
  ++out.filings_read;
  if (grants.grants.empty()) return;
  const auto filing = static_cast<std::uint32_t>(out.filings.size());
  out.filings.push_back({out.text(f.source), out.text(f.accession), out.text(filings::owner_names(f)), out.text(f.issuer.name),
                         out.text(f.issuer.ticker)});
  for (const auto& g : grants.grants) {
    const auto& row = f.rows.at(g.row);
    const auto& s = g.interpretation.schedule;
    GrantRec r{};
    r.filing = filing;
    r.security = out.text(row.security);
    r.code = out.text(row.code);
    if (want.grant_columns) {
      r.text = out.text(g.text);
      std::string warnings;
      for (const auto& d : g.warnings) warnings += (warnings.empty() ? "" : "\n") + format(d);
      r.warnings = out.text(warnings);
    }
    r.kind = g.interpretation.kind;
    r.award = g.award;
    r.is_option = g.context.is_option;
    r.grant_date = day_or_nat(g.context.grant_date);
    r.expiration = day_or_nat(g.context.expiration);
    r.first_vest = r.last_vest = kNaT;
    r.shares = out.exact(g.context.shares);
    r.exercise_price = out.exact(g.context.exercise_price);
    r.line = row.line;
    if (s && !s->tranches().empty()) {
      r.tranches = static_cast<std::uint32_t>(s->tranches().size());
      r.first_vest = day_number(s->tranches().front().date);
      r.last_vest = day_number(s->tranches().back().date);
    }
    if (s && want.as_of) {
      const Projection p = project(*s, *want.as_of);
      r.has_projection = true;
      r.is_option_projection = p.is_option;
      r.expired = p.expired;
      r.vested = out.exact(p.vested);
      r.unvested = out.exact(p.unvested);
      r.contingent = out.exact(p.contingent);
      if (p.is_option) r.exercisable = out.exact(p.exercisable);
    }
    if (s && want.tranches) collect_tranches(*s, static_cast<std::uint32_t>(out.grants.size()), out);
    out.grants.push_back(r);
  }
}

// A row of the result: which chunk, and where in it.
template <class Rec>
struct At {
  const Chunk* chunk;
  const Rec* rec;
};

// int64 when every value is whole and fits, else an object array of ints,
// Fractions and Nones (None where absent).
py::object exact_array(const std::vector<std::pair<const Chunk*, ExactRef>>& refs, IntCache& ints) {
  const std::size_t n = refs.size();
  bool whole = true;
  for (std::size_t i = 0; i < n && whole; ++i) whole = refs[i].second.aside == ExactRef::whole_value;
  if (whole) return int64_array(n, [&](std::size_t i) { return refs[i].second.whole; });
  return object_array(n, [&](std::size_t i) -> py::object {
    const auto& [chunk, ref] = refs[i];
    if (ref.aside == ExactRef::whole_value) return ints.get(ref.whole);
    if (ref.aside == ExactRef::missing) return py::none();
    return exact(chunk->amounts[static_cast<std::size_t>(ref.aside)]);
  });
}

py::object exact_array(const std::vector<At<GrantRec>>& rows, ExactRef GrantRec::*field, IntCache& ints) {
  std::vector<std::pair<const Chunk*, ExactRef>> refs;
  refs.reserve(rows.size());
  for (const auto& r : rows) refs.emplace_back(r.chunk, r.rec->*field);
  return exact_array(refs, ints);
}

// The texts a filing's grants share (source, accession, owner, issuer,
// ticker): one str object per filing, shared by all its rows.
class FilingTexts {
 public:
  enum Field { source, accession, owner, issuer, ticker };
  explicit FilingTexts(const std::vector<Chunk>& chunks) {
    for (const auto& c : chunks) {
      base_.push_back(texts_.size());
      for (const auto& f : c.filings) {
        const auto str = [&](std::uint32_t t) { return new_str(c.text_at(t)); };
        texts_.push_back({str(f.source), str(f.accession), str(f.owner), str(f.issuer), str(f.ticker)});
      }
    }
  }
  // The filing of grant `g` of chunk number `chunk`.
  std::size_t of(std::size_t chunk, const GrantRec& g) const { return base_[chunk] + g.filing; }
  const py::object& get(std::size_t filing, Field f) const { return texts_[filing][f]; }

 private:
  std::vector<std::array<py::object, 5>> texts_;
  std::vector<std::size_t> base_;  // per chunk: its first filing
};

// One row per grant × tranche. With `identity`, also the grant's source,
// accession, owner, issuer, security and grant date on every row (what
// vest.tranches() adds from the grants frame), for a read that returns only tranches.
py::dict tranche_columns(const std::vector<Chunk>& chunks, IntCache& ints, StrCache& strs, bool identity) {
  std::vector<std::int64_t> grant_row;  // the grant's row in the result
  std::vector<At<TrancheRec>> rows;
  std::vector<std::size_t> filing;  // with identity: the grant's filing in FilingTexts
  std::optional<FilingTexts> texts;
  if (identity) texts.emplace(chunks);
  std::size_t grants_before = 0;
  for (std::size_t k = 0; k < chunks.size(); ++k) {
    const Chunk& c = chunks[k];
    for (const auto& t : c.tranches) {
      rows.push_back({&c, &t});
      grant_row.push_back(static_cast<std::int64_t>(grants_before + t.grant));
      if (identity) filing.push_back(texts->of(k, c.grants[t.grant]));
    }
    grants_before += c.grants.size();
  }
  const std::size_t n = rows.size();
  const auto refs = [&](ExactRef TrancheRec::*field) {
    std::vector<std::pair<const Chunk*, ExactRef>> out;
    out.reserve(n);
    for (const auto& r : rows) out.emplace_back(r.chunk, r.rec->*field);
    return out;
  };
  std::unordered_map<std::int64_t, py::object> percents;  // one str per distinct percent
  py::dict out;
  out["row"] = int64_array(n, [&](std::size_t i) { return grant_row[i]; });
  out["date"] = day_array(n, [&](std::size_t i) { return rows[i].rec->date; });
  out["vests_on"] = day_array(n, [&](std::size_t i) { return rows[i].rec->vests_on; });
  out["shares"] = exact_array(refs(&TrancheRec::shares), ints);
  out["cumulative"] = exact_array(refs(&TrancheRec::cumulative), ints);
  out["percent"] = object_array(n, [&](std::size_t i) -> py::object {
    const PercentRef& p = rows[i].rec->percent;
    if (p.text >= 0) return strs.get(rows[i].chunk->text_at(static_cast<std::uint32_t>(p.text)));
    auto [it, added] = percents.try_emplace(p.hundredths);
    if (added) it->second = py::str(Amount(p.hundredths, 100).to_string());
    return it->second;
  });
  if (identity) {
    const auto filing_text = [&](FilingTexts::Field f) { return object_array(n, [&](std::size_t i) { return texts->get(filing[i], f); }); };
    const auto grant = [&](std::size_t i) -> const GrantRec& { return rows[i].chunk->grants[rows[i].rec->grant]; };
    out["source"] = filing_text(FilingTexts::source);
    out["accession"] = filing_text(FilingTexts::accession);
    out["owner"] = filing_text(FilingTexts::owner);
    out["issuer"] = filing_text(FilingTexts::issuer);
    out["security"] = object_array(n, [&](std::size_t i) { return strs.get(rows[i].chunk->text_at(grant(i).security)); });
    out["grant_date"] = day_array(n, [&](std::size_t i) { return grant(i).grant_date; });
  }
  return out;
}

py::dict columns(const std::vector<Chunk>& chunks, const std::optional<Date>& as_of) {
  std::vector<At<GrantRec>> g;
  for (const auto& c : chunks)
    for (const auto& r : c.grants) g.push_back({&c, &r});
  const std::size_t n = g.size();
  IntCache ints;
  StrCache strs;  // for the texts that repeat: kinds, codes, securities
  const FilingTexts texts(chunks);
  std::vector<std::size_t> filing_of;
  filing_of.reserve(n);
  for (std::size_t k = 0; k < chunks.size(); ++k)
    for (const auto& r : chunks[k].grants) filing_of.push_back(texts.of(k, r));
  const auto filing_text = [&](FilingTexts::Field f) {
    return object_array(n, [&](std::size_t i) { return texts.get(filing_of[i], f); });
  };
  const auto own_text = [&](std::uint32_t GrantRec::*field) {
    return object_array(n, [&](std::size_t i) { return new_str(g[i].chunk->text_at(g[i].rec->*field)); });
  };
  const auto shared_text = [&](std::uint32_t GrantRec::*field) {
    return object_array(n, [&](std::size_t i) { return strs.get(g[i].chunk->text_at(g[i].rec->*field)); });
  };
  const auto days = [&](std::int64_t GrantRec::*field) { return day_array(n, [&](std::size_t i) { return g[i].rec->*field; }); };
  py::dict out;
  out["source"] = filing_text(FilingTexts::source);
  out["accession"] = filing_text(FilingTexts::accession);
  out["owner"] = filing_text(FilingTexts::owner);
  out["issuer"] = filing_text(FilingTexts::issuer);
  out["ticker"] = filing_text(FilingTexts::ticker);
  out["security"] = shared_text(&GrantRec::security);
  out["code"] = shared_text(&GrantRec::code);
  out["grant_date"] = days(&GrantRec::grant_date);
  out["shares"] = exact_array(g, &GrantRec::shares, ints);
  out["kind"] = object_array(n, [&](std::size_t i) { return strs.get(rules::to_string(g[i].rec->kind)); });
  out["tranches"] = int64_array(n, [&](std::size_t i) { return static_cast<std::int64_t>(g[i].rec->tranches); });
  out["first_vest"] = days(&GrantRec::first_vest);
  out["last_vest"] = days(&GrantRec::last_vest);
  if (as_of) {
    out["vested"] = exact_array(g, &GrantRec::vested, ints);
    out["unvested"] = exact_array(g, &GrantRec::unvested, ints);
    out["contingent"] = exact_array(g, &GrantRec::contingent, ints);
    out["exercisable"] = exact_array(g, &GrantRec::exercisable, ints);
    out["expired"] = object_array(n, [&](std::size_t i) -> py::object {
      const GrantRec& r = *g[i].rec;
      return r.has_projection && r.is_option_projection ? py::object(py::bool_(r.expired)) : py::object(py::none());
    });
  }
  // The interpreter's context, so that vest.tranches() and parse_many can read the grant again.
  out["text"] = own_text(&GrantRec::text);
  out["is_option"] = bool_array(n, [&](std::size_t i) { return g[i].rec->is_option; });
  out["expiration"] = days(&GrantRec::expiration);
  out["exercise_price"] = exact_array(g, &GrantRec::exercise_price, ints);
  out["line"] = int64_array(n, [&](std::size_t i) { return static_cast<std::int64_t>(g[i].rec->line); });
  out["award"] = bool_array(n, [&](std::size_t i) { return g[i].rec->award; });
  out["warnings"] = shared_text(&GrantRec::warnings);
  out["tranches_of"] = tranche_columns(chunks, ints, strs, false);
  return out;
}

py::tuple read_filings(const std::vector<std::string>& paths, std::optional<std::int64_t> as_of_day, unsigned threads,
                       unsigned part, unsigned parts, bool tranches, bool grant_columns) {
  if (parts == 0 || part >= parts) throw py::value_error("part must be in 0 .. parts-1");
  if (!grant_columns && (!tranches || as_of_day)) throw py::value_error("grant_columns=False needs tranches=True and no as_of");
  Wanted want;
  want.as_of = as_of_day ? std::optional<Date>(from_day_number(*as_of_day)) : std::nullopt;
  want.tranches = tranches;
  want.grant_columns = grant_columns;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<Chunk> chunks;
  {
    py::gil_scoped_release no_gil;
    // Grants are found on `threads` workers (the interpreter's work), a batch
    // of filings at a time, and collected in input order: the same rows for
    // any number of threads, and only a few batches in memory.
    std::function<Chunk(Batch&)> work = [&](Batch& batch) {
      thread_local filings::NoteKinds note_kinds;
      Chunk part;
      for (auto& e : batch) {
        if (!e.filing) {
          part.errors.insert(part.errors.end(), e.errors.begin(), e.errors.end());
          continue;
        }
        collect(*e.filing, filings::extract_grants(*e.filing, rules::interpret, &note_kinds), want, part);
      }
      return part;
    };
    read_ordered<Chunk>(paths, part, parts, threads, work, [&](Chunk&& c) { chunks.push_back(std::move(c)); });
  }
  Diagnostics errors;
  std::size_t filings_read = 0;
  for (const auto& c : chunks) {
    errors.insert(errors.end(), c.errors.begin(), c.errors.end());
    filings_read += c.filings_read;
  }
  py::dict out;
  if (grant_columns) {
    out = columns(chunks, want.as_of);
  } else {
    IntCache ints;
    StrCache strs;
    out["tranches_of"] = tranche_columns(chunks, ints, strs, true);
  }
  return py::make_tuple(out, diagnostics_list(errors), filings_read);
}

}  // namespace

void bind_filings(py::module_& m) {
  m.def("read_filings", &read_filings, py::arg("paths"), py::arg("as_of") = py::none(), py::arg("threads") = 0,
        py::arg("part") = 0, py::arg("parts") = 1, py::arg("tranches") = false, py::arg("grant_columns") = true,
        "Reads filings (EDGAR XML, SEC data sets, PDF-to-text): (grant columns, error diagnostics, filings read); "
        "part/parts: one share of every data set's filings; tranches: columns['tranches_of'] holds the tranche rows; "
        "grant_columns=False: only columns['tranches_of'], with each tranche's source, accession, owner, issuer, security, grant_date");
}

}  // namespace vest::python
