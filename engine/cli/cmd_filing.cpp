// `vest filing`: grants and their vesting schedules from Form 3/4/5 filings.
//
//   vest filing FILE|DIR... [--as-of DATE] [--format table|json|csv|ocf] [--tranches] [--threads N]
//
// Inputs may be EDGAR ownership XML, PDF-to-text copies, SEC insider-transactions
// data sets (folder or .zip), or folders of any of these; the format is detected
// from the content. Errors go to stderr as file:line: message; the exit status
// is 1 when any input failed, and everything that could be read is still printed.
//
// Filings are read on the main thread and handed in small batches to worker
// threads (OrderedPool), which find the grants and format the output; the main
// thread writes the results in input order, so the output is byte-identical
// for any --threads, and only a few batches per worker are ever in memory.
#include "engine/cli/command.hpp"
#include "engine/cli/table.hpp"
#include "engine/core/ordered_pool.hpp"
#include "engine/core/schedule_json.hpp"
#include "engine/filings/filing_csv.hpp"
#include "engine/filings/grants.hpp"
#include "engine/ocf/write_terms.hpp"
#include "engine/filings/reader.hpp"
#include "rules/interpretation.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>
#include <utility>

namespace vest::cli {
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string as_of;
  std::string format = "table";
  bool tranches = false;
  filings::ReadLimits limits;
  unsigned threads = 0;  // 0: every core
};

// The readers already replace invalid UTF-8 (with a warning); replacing again
// here guarantees valid JSON whatever a future reader forgets.
std::string dump_json(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// A copy of standard input or of a pipe in a private temporary folder, removed
// with this object; make() gives nullopt (and no error) for ordinary files and folders.
class SpooledInput {
 public:
  static std::optional<SpooledInput> make(const std::string& input, std::string& error) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (input != "-") {
      const auto st = fs::status(input, ec);
      if (ec || st.type() == fs::file_type::regular || st.type() == fs::file_type::directory) return std::nullopt;
    }
    char dir_template[] = "/tmp/vest-stdin-XXXXXX";
    const char* dir = ::mkdtemp(dir_template);
    if (dir == nullptr) {
      error = "cannot create a temporary folder to hold the input";
      return std::nullopt;
    }
    SpooledInput s;
    s.dir_ = dir;
    std::ifstream pipe;
    std::istream* in = &std::cin;
    if (input != "-") {
      pipe.open(input, std::ios::binary);
      if (!pipe) {
        error = "cannot open";
        return std::nullopt;
      }
      in = &pipe;
    }
    std::ofstream out(s.path(), std::ios::binary);
    out << in->rdbuf();
    if (!out) error = "cannot copy the input to " + s.path();
    return s;
  }
  SpooledInput() = default;
  SpooledInput(SpooledInput&& o) noexcept : dir_(std::exchange(o.dir_, {})) {}
  SpooledInput& operator=(SpooledInput&&) = delete;
  ~SpooledInput() {
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
  }
  std::string path() const { return dir_ + "/input"; }

 private:
  std::string dir_;
};

// One event of the input stream, kept in the order the readers produced it: a
// filing, an input that could not be read, or a warning about the walk itself.
struct Event {
  std::optional<filings::Filing> filing;
  Diagnostics failure;                   // a failed input (no filing)
  std::optional<Diagnostic> walk_warning;  // a skipped link or special file
};

// What a worker makes of an event: everything but the writing, which is done
// in input order on the main thread.
// The filing and its grants are kept only for OCF (the document is built in
// order); otherwise the worker frees them and keeps what is written.
struct Rendered {
  Event event;
  bool read = false;                            // a filing (else a failed input or a warning)
  std::optional<filings::FilingGrants> grants;  // OCF only
  std::size_t grant_count = 0;
  Diagnostics refused;                          // grants refused for bad input
  Diagnostics diagnostics;                      // table and CSV: said on stderr, in this order
  std::string text;                             // CSV lines, or the filing's JSON
  std::vector<std::vector<std::string>> cells;  // table rows, thousands grouped
};

using Batch = std::vector<Event>;

// One run of `vest filing`: reads the inputs on the main thread, finds the grants
// and formats them on the workers (render), and writes in input order (emit).
class FilingRun {
 public:
  FilingRun(const Options& o, const filings::ViewOptions& view)
      : o_(o),
        view_(view),
        json_(o.format == "json"),
        csv_(o.format == "csv"),
        ocf_out_(o.format == "ocf"),
        tty_(::isatty(2) == 1),
        csv_view_{view, o.tranches},
        columns_(o.tranches ? filings::tranche_columns() : filings::grant_columns(view)),
        right_(right_aligned(columns_)),
        table_(columns_, right_) {}

  // Everything: the header, every input through the pool, the footer. The exit status.
  int run() {
    if (json_) std::cout << "{\"filings\": [";
    if (csv_) std::cout << filings::csv_header(csv_view_);
    const unsigned threads = o_.threads ? o_.threads : std::max(1u, std::thread::hardware_concurrency());
    // Filings are read on this thread and handed to the workers in batches; at
    // most a few batches per worker are in flight, so memory stays bounded.
    Pool pool(threads, 4 * std::size_t{threads}, [this](Batch& batch) { return render(batch); },
              [this](std::vector<Rendered>&& rs) {
                for (auto& r : rs) emit(r);
              });
    Batches batches{pool, threads > 1 ? 16u : 1u, {}};
    read_inputs(batches);
    batches.drain();
    write_footer();
    return failed_ ? exit_input_errors : exit_ok;
  }

 private:
  using Pool = OrderedPool<Batch, std::vector<Rendered>>;

  // Events gathered into batches for the pool.
  struct Batches {
    Pool& pool;
    std::size_t batch_size;
    Batch pending;
    void push(Event&& e) {
      pending.push_back(std::move(e));
      if (pending.size() >= batch_size) pool.submit(std::exchange(pending, {}));
    }
    // Submits what is pending and waits until everything submitted is written.
    void drain() {
      if (!pending.empty()) pool.submit(std::exchange(pending, {}));
      pool.finish();
    }
  };

  static std::vector<bool> right_aligned(const std::vector<std::string>& columns) {
    std::vector<bool> right;
    for (const auto& c : columns)
      right.push_back(c == "shares" || c == "cumulative" || c == "percent" || c == "vested" || c == "unvested" ||
                      c == "contingent" || c == "exercisable" || c == "tranches");
    return right;
  }

  // ---- on the main thread: reading

  // Every input in order. Standard input ("-") and pipes (/dev/stdin, <(...)) are
  // spooled to a private temporary file: the readers detect the format from the
  // content and a zip needs to seek. Diagnostics name "<stdin>" (or the pipe), not the spool.
  void read_inputs(Batches& batches) {
    filings::ReadOptions read_options;
    read_options.limits = o_.limits;
    read_options.warn = [&](const Diagnostic& d) { batches.push(Event{{}, {}, d}); };
    if (tty_) {
      read_options.progress = [](std::uint64_t done, std::uint64_t total, std::string_view what) {
        std::cerr << "\r" << what << ": " << done << " / " << total << "   " << std::flush;
        if (done >= total) std::cerr << "\r\033[K" << std::flush;
      };
    }
    const filings::FilingSink sink = [&](Result<filings::Filing>&& r) {
      if (!r) {
        batches.push(Event{{}, r.diagnostics(), {}});
        return;
      }
      if (!spooled_name_.first.empty() && r.value().source.starts_with(spooled_name_.first))
        r.value().source.replace(0, spooled_name_.first.size(), spooled_name_.second);
      batches.push(Event{std::move(r).value(), {}, {}});
    };
    for (const auto& input : o_.inputs) {
      std::string spool_error;
      const auto spool = SpooledInput::make(input, spool_error);
      if (!spool_error.empty()) {
        batches.drain();
        std::cerr << "vest filing: " << (input == "-" ? "<stdin>" : input) << ": error: " << spool_error << " [cannot_read]\n";
        failed_ = true;
        continue;
      }
      if (!spool) {
        filings::read_input(input, sink, read_options);
        continue;
      }
      batches.drain();  // what was read before is reported under its own name
      spooled_name_ = {spool->path(), input == "-" ? "<stdin>" : input};
      filings::read_input(spool->path(), sink, read_options);
      batches.drain();
      spooled_name_ = {};
    }
  }

  // ---- on a worker: find the grants (the interpreter's work) and format the output

  std::vector<Rendered> render(Batch& batch) const {
    thread_local filings::NoteKinds note_kinds;  // one per thread: boilerplate notes recur across filings
    std::vector<Rendered> out;
    out.reserve(batch.size());
    for (auto& e : batch) out.push_back(render_event(std::move(e), note_kinds));
    return out;
  }

  Rendered render_event(Event&& e, filings::NoteKinds& note_kinds) const {
    Rendered r;
    r.event = std::move(e);
    r.read = r.event.filing.has_value();
    if (!r.read) return r;
    const filings::Filing& f = *r.event.filing;
    auto grants = filings::extract_grants(f, rules::interpret, &note_kinds);
    r.grant_count = grants.grants.size();
    r.refused = grants.errors;
    if (ocf_out_) {
      r.grants = std::move(grants);
      return r;
    }
    if (json_) r.text = dump_json(filings::filing_json(f, grants, view_));
    else render_rows(r, f, grants);
    r.event.filing.reset();  // freed here, not on the thread that writes
    return r;
  }

  // Table and CSV: the rows, and the warnings to say on stderr.
  void render_rows(Rendered& r, const filings::Filing& f, const filings::FilingGrants& grants) const {
    for (const Diagnostics* ds : std::initializer_list<const Diagnostics*>{&f.diagnostics, &grants.warnings, &grants.errors})
      r.diagnostics.insert(r.diagnostics.end(), ds->begin(), ds->end());
    for (const auto& g : grants.grants) r.diagnostics.insert(r.diagnostics.end(), g.warnings.begin(), g.warnings.end());
    if (csv_) {
      filings::append_csv(r.text, f, grants, csv_view_);
      return;
    }
    const auto rows = o_.tranches ? filings::tranche_rows(f, grants) : filings::grant_rows(f, grants, view_);
    for (auto row : rows) {
      for (std::size_t i = 0; i < row.size(); ++i)
        if (right_[i]) row[i] = group_thousands(row[i]);
      r.cells.push_back(std::move(row));
    }
  }

  // ---- on the main thread, in input order: writing

  void emit(Rendered& r) {
    if (r.event.walk_warning) {
      clear_progress();
      std::cerr << format(*r.event.walk_warning) << '\n';
      return;
    }
    if (!r.read) return emit_failed_input(r);
    ++filings_read_;
    grants_found_ += r.grant_count;
    if (!r.refused.empty()) {
      failed_ = true;  // a grant refused for bad input (an unreadable share count)
      if (json_ || ocf_out_) report(r.refused);
    }
    if (ocf_out_) return add_to_ocf(r);
    if (json_) {
      std::cout << (first_json_ ? "\n" : ",\n") << r.text;
      first_json_ = false;
      return;
    }
    // Table and CSV have no place for warnings: say them on stderr (JSON carries them).
    clear_progress();
    report(r.diagnostics);
    if (csv_) std::cout << r.text;
    for (auto& cells : r.cells) table_.add_row(std::move(cells));
  }

  void emit_failed_input(const Rendered& r) {
    failed_ = true;
    clear_progress();
    report(r.event.failure);
    if (json_) {
      std::cout << (first_json_ ? "\n" : ",\n") << dump_json(filings::failed_input_json(r.event.failure));
      first_json_ = false;
    }
  }

  // OCF: the document is built in input order and written at the end.
  void add_to_ocf(const Rendered& r) {
    const filings::Filing& f = *r.event.filing;
    report(f.diagnostics);
    for (const auto& g : r.grants->grants) {
      report(g.warnings);
      const std::string security = (f.accession.empty() ? f.source : f.accession) + "#" + std::to_string(g.row + 1);
      const auto& in = g.interpretation;
      if (in.spec && in.schedule) {
        for (const auto& w : ocf_doc_.add(security, *in.spec, *in.schedule, g.text))
          std::cerr << security << ": " << format(w) << '\n';
      } else {
        ocf_doc_.add_unscheduled(security, "no schedule: " + std::string(rules::to_string(in.kind)));
      }
    }
  }

  void write_footer() {
    if (json_) std::cout << (first_json_ ? "]}\n" : "\n]}\n");
    if (ocf_out_) std::cout << ocf_doc_.json().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (!json_ && !csv_ && !ocf_out_) {
      table_.print(std::cout);
      std::cout << filings_read_ << " filing(s), " << grants_found_ << " grant(s)\n";
    }
  }

  // Diagnostics on stderr, naming a spooled input as the user gave it.
  void report(const Diagnostics& ds) const {
    for (const auto& d : ds) {
      std::string line = format(d);
      if (!spooled_name_.first.empty())
        for (auto at = line.find(spooled_name_.first); at != std::string::npos; at = line.find(spooled_name_.first, at + 1))
          line.replace(at, spooled_name_.first.size(), spooled_name_.second);
      std::cerr << line << '\n';
    }
  }

  // Erases the progress line on a terminal before a message.
  void clear_progress() const {
    if (tty_) std::cerr << "\r\033[K";
  }

  const Options& o_;
  const filings::ViewOptions view_;
  const bool json_, csv_, ocf_out_, tty_;
  const filings::CsvView csv_view_;
  const std::vector<std::string> columns_;
  const std::vector<bool> right_;
  Table table_;
  ocf::OcfDocument ocf_doc_;
  bool failed_ = false, first_json_ = true;
  std::pair<std::string, std::string> spooled_name_;  // the spool's path -> the name the user gave
  std::size_t filings_read_ = 0, grants_found_ = 0;
};

int run(const Options& o) {
  filings::ViewOptions view;
  if (!o.as_of.empty()) {
    view.as_of = parse_iso_date(o.as_of);
    if (!view.as_of) {
      std::cerr << "vest filing: --as-of: \"" << o.as_of << "\" is not a valid YYYY-MM-DD date\n";
      return exit_usage;
    }
  }
  return FilingRun(o, view).run();
}

const CommandRegistration registration{"filing", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<Options>();
  auto* sub = app.add_subcommand("filing", "Grants and vesting schedules from Form 3/4/5 filings (EDGAR XML, SEC data sets, PDF text)");
  sub->add_option("inputs", options->inputs, "Files or folders: EDGAR XML, PDF-to-text Forms, SEC insider-transactions data sets (folder or .zip); - for standard input")
      ->required();
  sub->add_option("--as-of", options->as_of, "Project every grant as of this date (YYYY-MM-DD)");
  sub->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"table", "json", "csv", "ocf"}));
  auto& lim = options->limits;
  sub->add_option("--max-row-bytes", lim.max_row_bytes, "Longest data-set row read; longer rows are skipped with an error")->capture_default_str();
  sub->add_option("--zip-max-member-bytes", lim.max_zip_member_bytes, "Largest uncompressed table read from a zip")->capture_default_str();
  sub->add_option("--zip-max-total-bytes", lim.max_zip_total_bytes, "Largest uncompressed total of the tables read from one zip")->capture_default_str();
  sub->add_option("--max-xml-depth", lim.max_xml_depth, "Deepest element nesting read in an XML filing")->capture_default_str();
  sub->add_option("--max-files", lim.max_files, "Most files read from the folders given")->capture_default_str();
  sub->add_option("--max-file-bytes", lim.max_file_bytes, "Largest XML or text filing read (each is read whole)")->capture_default_str();
  sub->add_option("--max-errors-per-file", lim.max_errors_per_file, "Row errors printed per table before one summary line")->capture_default_str();
  sub->footer("Limits stop hostile or broken input with a clear error (engine/filings/README.md, \"Limits\").\n"
              "Temporary files for zip tables have no name on disk: nothing is left behind on any exit.");
  sub->add_option("--threads", options->threads,
                  "Worker threads for finding grants and interpreting footnotes (0: every core); the output is the same for any number")
      ->capture_default_str();
  sub->add_flag("--tranches", options->tranches, "One row per grant and tranche (source, accession, owner, issuer, security, grant date, tranche date, shares, cumulative, percent)");
  return [options] { return run(*options); };
}};

}  // namespace
}  // namespace vest::cli
