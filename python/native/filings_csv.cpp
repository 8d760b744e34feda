// `_vest.write_filings_csv(paths, out, ...)`: the CSV `vest filing --format csv
// [--tranches | --as-of DATE]` prints, for share `part` of `parts` of the inputs
// (part_reader.hpp), written to the file `out` by the CLI's own writer
// (engine/filings/filing_csv.hpp) with the GIL released: no Python object per
// row, so a partition of vest.dask.to_csv never becomes a pandas frame. The
// workers format their batches' lines; this thread writes them in input order.
// The file appears whole or not at all: it is written beside `out` and renamed
// when complete (a task retried after a worker died rewrites it from scratch).
#include "native/filings_csv.hpp"

#include "engine/filings/filing_csv.hpp"
#include "native/convert.hpp"
#include "native/part_reader.hpp"
#include "rules/interpretation.hpp"

#include <pybind11/stl.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

namespace vest::python {

namespace py = pybind11;

namespace {

// What a worker makes of a batch: its CSV lines and what went wrong.
struct CsvText {
  std::string text;
  std::size_t rows = 0, filings = 0;
  Diagnostics errors;
};

CsvText render(Batch& batch, const filings::CsvView& view) {
  thread_local filings::NoteKinds note_kinds;
  CsvText out;
  for (auto& e : batch) {
    if (!e.filing) {
      out.errors.insert(out.errors.end(), e.errors.begin(), e.errors.end());
      continue;
    }
    ++out.filings;
    const auto grants = filings::extract_grants(*e.filing, rules::interpret, &note_kinds);
    out.errors.insert(out.errors.end(), grants.errors.begin(), grants.errors.end());  // refused for bad input
    out.rows += filings::append_csv(out.text, *e.filing, grants, view);
    e.filing.reset();  // freed on the worker
  }
  return out;
}

// A file written under a temporary name beside its final one, renamed by
// commit(); removed if never committed.
class PartialFile {
 public:
  explicit PartialFile(std::string path) : path_(std::move(path)) {
    static std::atomic<unsigned> serial{0};
    temp_ = path_ + ".partial-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
    file_ = std::fopen(temp_.c_str(), "wb");
    if (!file_) fail();
  }
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;
  ~PartialFile() {
    if (file_) std::fclose(file_);
    if (!committed_) std::remove(temp_.c_str());
  }
  void write(const std::string& s) {
    if (error_.empty() && !s.empty() && std::fwrite(s.data(), 1, s.size(), file_) != s.size()) fail();
  }
  void commit() {
    if (file_ && std::fclose(file_) != 0) fail();
    file_ = nullptr;
    if (error_.empty() && std::rename(temp_.c_str(), path_.c_str()) != 0) fail();
    committed_ = error_.empty();
  }
  // The first failure ("path: reason"), empty if none.
  const std::string& error() const { return error_; }

 private:
  void fail() {
    if (error_.empty()) error_ = path_ + ": cannot write: " + std::strerror(errno);
  }
  std::string path_, temp_, error_;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
};

py::tuple write_filings_csv(const std::vector<std::string>& paths, const std::string& out, unsigned part, unsigned parts,
                            bool tranches, std::optional<std::int64_t> as_of_day, bool header, unsigned threads) {
  if (parts == 0 || part >= parts) throw py::value_error("part must be in 0 .. parts-1");
  if (tranches && as_of_day) throw py::value_error("as_of applies to grant lines, not to tranches");
  filings::CsvView view;
  view.tranches = tranches;
  if (as_of_day) view.view.as_of = from_day_number(*as_of_day);
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  Diagnostics errors;
  std::size_t rows = 0, filings_read = 0;
  std::string io_error;
  {
    py::gil_scoped_release no_gil;
    PartialFile file(out);
    if (header) file.write(filings::csv_header(view));
    read_ordered<CsvText>(paths, part, parts, threads, [&](Batch& b) { return render(b, view); },
                          [&](CsvText&& t) {
                            file.write(t.text);
                            rows += t.rows;
                            filings_read += t.filings;
                            errors.insert(errors.end(), t.errors.begin(), t.errors.end());
                          });
    file.commit();
    io_error = file.error();
  }
  if (!io_error.empty()) {
    PyErr_SetString(PyExc_OSError, io_error.c_str());
    throw py::error_already_set();
  }
  return py::make_tuple(diagnostics_list(errors), filings_read, rows);
}

}  // namespace

void bind_filings_csv(py::module_& m) {
  m.def("write_filings_csv", &write_filings_csv, py::arg("paths"), py::arg("out"), py::arg("part") = 0, py::arg("parts") = 1,
        py::arg("tranches") = false, py::arg("as_of") = py::none(), py::arg("header") = true, py::arg("threads") = 0,
        "Writes the CSV of `vest filing --format csv` ([--tranches] or [--as-of], a day number) for share part/parts "
        "of the inputs to the file `out` (whole or not at all): (error diagnostics, filings read, rows written, "
        "the header not counted)");
}

}  // namespace vest::python
