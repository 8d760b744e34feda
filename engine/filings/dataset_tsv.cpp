#include "engine/filings/dataset_tsv.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <unordered_map>

namespace vest::filings {

namespace fs = std::filesystem;

namespace {

enum Table : std::uint8_t { submission, owner, nonderiv_trans, nonderiv_holding, deriv_trans, deriv_holding, footnotes, signature, table_count };

constexpr std::array<std::string_view, table_count> table_names{
    "SUBMISSION", "REPORTINGOWNER", "NONDERIV_TRANS", "NONDERIV_HOLDING", "DERIV_TRANS", "DERIV_HOLDING", "FOOTNOTES", "OWNER_SIGNATURE"};

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The table file in `dir` whose name is NAME.tsv in any case.
std::optional<fs::path> table_file(const fs::path& dir, std::string_view name) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file(ec) && upper(e.path().filename().string()) == std::string(name) + ".TSV") return e.path();
  return std::nullopt;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    const auto t = line.find('\t', start);
    out.push_back(line.substr(start, t == std::string_view::npos ? std::string_view::npos : t - start));
    if (t == std::string_view::npos) break;
    start = t + 1;
  }
  return out;
}

// SEC column name of a value -> the element name EDGAR XML uses for it, so
// footnote references read the same whichever path a filing came by.
std::string_view xml_field(std::string_view column) {
  static const std::unordered_map<std::string_view, std::string_view> names{
      {"SECURITY_TITLE", "securityTitle"},
      {"CONV_EXERCISE_PRICE", "conversionOrExercisePrice"},
      {"TRANS_DATE", "transactionDate"},
      {"DEEMED_EXECUTION_DATE", "deemedExecutionDate"},
      {"EQUITY_SWAP_TRANS_CD", "transactionCoding"},
      {"EQUITY_SWAP_INVOLVED", "transactionCoding"},
      {"TRANS_TIMELINESS", "transactionTimeliness"},
      {"TRANS_FORM_TYPE", "transactionFormType"},
      {"TRANS_SHARES", "transactionShares"},
      {"TRANS_TOTAL_VALUE", "transactionTotalValue"},
      {"TRANS_PRICEPERSHARE", "transactionPricePerShare"},
      {"TRANS_ACQUIRED_DISP_CD", "transactionAcquiredDisposedCode"},
      {"EXCERCISE_DATE", "exerciseDate"},
      {"EXERCISE_DATE", "exerciseDate"},
      {"EXPIRATION_DATE", "expirationDate"},
      {"UNDLYNG_SEC_TITLE", "underlyingSecurityTitle"},
      {"UNDLYNG_SEC_SHARES", "underlyingSecurityShares"},
      {"UNDLYNG_SEC_VALUE", "underlyingSecurityValue"},
      {"SHRS_OWND_FOLWNG_TRANS", "sharesOwnedFollowingTransaction"},
      {"VALU_OWND_FOLWNG_TRANS", "valueOwnedFollowingTransaction"},
      {"DIRECT_INDIRECT_OWNERSHIP", "directOrIndirectOwnership"},
      {"NATURE_OF_OWNERSHIP", "natureOfOwnership"},
  };
  const auto it = names.find(column);
  return it == names.end() ? column : it->second;
}

// One table: its header and, after pass 1, an index of its data lines.
struct TableFile {
  fs::path path;
  std::string display;  // what diagnostics call it
  std::vector<std::string> header;
  std::unordered_map<std::string, std::size_t> column;
  std::size_t accession_col = 0;
  struct Entry {
    std::uint32_t accession;
    std::uint32_t line;
    std::uint64_t offset;
  };
  std::vector<Entry> entries;  // sorted by accession (stable) after pass 1
  std::FILE* file = nullptr;
  ~TableFile() {
    if (file) std::fclose(file);
  }
};

// A parsed data line with access by column name.
struct RowView {
  const TableFile* table;
  std::vector<std::string_view> fields;
  std::size_t line;
  std::string_view get(std::string_view name) const {
    const auto it = table->column.find(std::string(name));
    if (it == table->column.end() || it->second >= fields.size()) return {};
    return trim(fields[it->second]);
  }
};

std::string strip_cr(std::string s) {
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}

class DatasetReader {
 public:
  DatasetReader(fs::path dir, std::string display_prefix, const DatasetSink& sink, const ProgressFn& progress)
      : dir_(std::move(dir)), prefix_(std::move(display_prefix)), sink_(sink), progress_(progress) {}

  // Tables given one by one (path to open, name to show) instead of found in a folder.
  void use_table(std::size_t t, fs::path path, const std::string& name) {
    tables_[t].path = std::move(path);
    tables_[t].display = prefix_ + name;
  }

  void run() {
    for (std::size_t t = 0; t < table_count && !dir_.empty(); ++t) {
      if (auto p = table_file(dir_, table_names[t])) {
        tables_[t].path = *p;
        tables_[t].display = prefix_ + p->filename().string();
      }
    }
    if (tables_[submission].path.empty()) {
      sink_(Result<Filing>::failure(Diagnostic::error("missing_table", "no SUBMISSION.tsv in the data set", {prefix_, 0, 0, "", {}})));
      return;
    }
    std::uint64_t total = 0, done = 0;
    std::error_code ec;
    for (auto& t : tables_)
      if (!t.path.empty()) total += fs::file_size(t.path, ec);
    for (std::size_t t = 0; t < table_count; ++t)
      if (!tables_[t].path.empty() && !index(static_cast<Table>(t), done, total)) return;
    for (auto& t : tables_)
      std::stable_sort(t.entries.begin(), t.entries.end(), [](const auto& a, const auto& b) { return a.accession < b.accession; });
    for (std::uint32_t a = 0; a < submission_count_; ++a) {
      emit(a);
      if (progress_ && (a % 1024 == 0 || a + 1 == submission_count_)) progress_(a + 1, submission_count_, "filings");
    }
  }

 private:
  // Pass 1: header, line offsets and accession of every data line.
  bool index(Table t, std::uint64_t& done, std::uint64_t total) {
    TableFile& tf = tables_[t];
    std::ifstream in(tf.path, std::ios::binary);
    std::string line;
    if (!std::getline(in, line)) {
      sink_(Result<Filing>::failure(Diagnostic::error("empty_table", "the table has no header line", {tf.display, 1, 0, "", {}})));
      return t != submission;
    }
    line = strip_cr(line);
    if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    for (auto f : split_tabs(line)) {
      tf.column[upper(std::string(trim(f)))] = tf.header.size();
      tf.header.emplace_back(trim(f));
    }
    const auto acc = tf.column.find("ACCESSION_NUMBER");
    if (acc == tf.column.end()) {
      sink_(Result<Filing>::failure(Diagnostic::error("missing_column", "the header has no ACCESSION_NUMBER column", {tf.display, 1, 0, "ACCESSION_NUMBER", {}})));
      return t != submission;
    }
    tf.accession_col = acc->second;
    std::uint64_t offset = static_cast<std::uint64_t>(in.tellg());
    std::uint32_t line_no = 1;
    std::uint64_t last_report = offset;
    while (std::getline(in, line)) {
      ++line_no;
      const std::uint64_t this_offset = offset;
      offset += line.size() + 1;
      line = strip_cr(line);
      if (line.empty()) continue;
      const auto fields = split_tabs(line);
      if (fields.size() != tf.header.size()) {
        sink_(Result<Filing>::failure(Diagnostic::error(
            fields.size() < tf.header.size() ? "short_row" : "long_row",
            "row has " + std::to_string(fields.size()) + " fields but the header has " + std::to_string(tf.header.size()) + "; row skipped",
            {tf.display, line_no, 0, "", {}})));
        continue;
      }
      const std::string accession(trim(fields[tf.accession_col]));
      std::uint32_t id;
      if (t == submission) {
        const auto [it, inserted] = accessions_.try_emplace(accession, submission_count_);
        if (!inserted) {
          sink_(Result<Filing>::failure(Diagnostic::error("duplicate_accession", "accession " + accession + " appears twice in SUBMISSION; the first is used", {tf.display, line_no, 0, "ACCESSION_NUMBER", {}})));
          continue;
        }
        id = submission_count_++;
      } else {
        const auto it = accessions_.find(accession);
        if (it == accessions_.end()) {
          sink_(Result<Filing>::failure(Diagnostic::error("unknown_accession", "accession " + accession + " is not in SUBMISSION; row skipped", {tf.display, line_no, 0, "ACCESSION_NUMBER", {}})));
          continue;
        }
        id = it->second;
      }
      tf.entries.push_back({id, line_no, this_offset});
      if (progress_ && offset - last_report > (64u << 20)) {
        progress_(done + offset, total, "indexing");
        last_report = offset;
      }
    }
    done += offset;
    if (progress_) progress_(done, total, "indexing");
    tf.file = std::fopen(tf.path.c_str(), "rb");
    return true;
  }

  // Pass 2 helper: the lines of table `t` for accession `a`.
  std::vector<std::pair<std::string, std::size_t>> lines_of(Table t, std::uint32_t a) {
    std::vector<std::pair<std::string, std::size_t>> out;
    TableFile& tf = tables_[t];
    if (!tf.file) return out;
    auto range = std::equal_range(tf.entries.begin(), tf.entries.end(), TableFile::Entry{a, 0, 0},
                                  [](const auto& x, const auto& y) { return x.accession < y.accession; });
    for (auto it = range.first; it != range.second; ++it) {
      if (std::fseek(tf.file, static_cast<long>(it->offset), SEEK_SET) != 0) continue;
      char* buf = nullptr;
      std::size_t cap = 0;
      const auto n = ::getline(&buf, &cap, tf.file);
      std::string line = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
      std::free(buf);
      if (!line.empty() && line.back() == '\n') line.pop_back();
      out.emplace_back(strip_cr(std::move(line)), it->line);
    }
    return out;
  }

  template <class F>
  void each_row(Table t, std::uint32_t a, F&& f) {
    for (auto& [text, line] : lines_of(t, a)) {
      RowView v{&tables_[t], split_tabs(text), line};
      f(v);
    }
  }

  std::optional<Amount> amount(const RowView& v, std::string_view col, Filing& filing) {
    const auto s = v.get(col);
    if (s.empty()) return std::nullopt;
    auto a = parse_filing_amount(s);
    if (!a)
      filing.diagnostics.push_back(Diagnostic::warning("unreadable_amount", "cannot read the amount \"" + std::string(s) + "\" of " + std::string(col), {v.table->display, v.line, 0, std::string(col), {}}));
    return a;
  }

  std::optional<Date> date(const RowView& v, std::string_view col, Filing& filing) {
    const auto s = v.get(col);
    if (s.empty()) return std::nullopt;
    auto d = parse_filing_date(s);
    if (!d)
      filing.diagnostics.push_back(Diagnostic::warning("unreadable_date", "cannot read the date \"" + std::string(s) + "\" of " + std::string(col), {v.table->display, v.line, 0, std::string(col), {}}));
    return d;
  }

  // Footnote references from every *_FN column, in header order.
  static void refs(const RowView& v, Row& r) {
    for (std::size_t i = 0; i < v.table->header.size() && i < v.fields.size(); ++i) {
      const std::string col = upper(v.table->header[i]);
      if (col.size() < 4 || col.compare(col.size() - 3, 3, "_FN") != 0) continue;
      const std::string field(xml_field(std::string_view(col).substr(0, col.size() - 3)));
      std::string_view cell = v.fields[i];
      std::size_t start = 0;
      while (start <= cell.size()) {
        const auto comma = cell.find_first_of(", ;", start);
        const auto id = trim(cell.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (!id.empty()) r.footnotes.push_back({field, std::string(id)});
        if (comma == std::string_view::npos) break;
        start = comma + 1;
      }
    }
  }

  Row row(const RowView& v, Filing& filing, bool derivative, bool holding) {
    Row r;
    r.derivative = derivative;
    r.holding = holding;
    r.line = v.line;
    r.security = std::string(v.get("SECURITY_TITLE"));
    if (derivative) r.exercise_price = amount(v, "CONV_EXERCISE_PRICE", filing);
    if (!holding) {
      r.transaction_date = date(v, "TRANS_DATE", filing);
      r.deemed_execution_date = date(v, "DEEMED_EXECUTION_DATE", filing);
      r.code = std::string(v.get("TRANS_CODE"));
      const auto swap = v.get("EQUITY_SWAP_INVOLVED");
      r.equity_swap = swap == "1" || swap == "true" || swap == "TRUE";
      r.shares = amount(v, "TRANS_SHARES", filing);
      r.price = amount(v, "TRANS_PRICEPERSHARE", filing);
      r.acquired_disposed = std::string(v.get("TRANS_ACQUIRED_DISP_CD"));
    }
    r.form_type = std::string(v.get("TRANS_FORM_TYPE"));
    if (derivative) {
      r.exercise_date = date(v, holding ? "EXERCISE_DATE" : "EXCERCISE_DATE", filing);
      if (!r.exercise_date && !v.get(holding ? "EXCERCISE_DATE" : "EXERCISE_DATE").empty())
        r.exercise_date = date(v, holding ? "EXCERCISE_DATE" : "EXERCISE_DATE", filing);
      r.expiration_date = date(v, "EXPIRATION_DATE", filing);
      r.underlying_security = std::string(v.get("UNDLYNG_SEC_TITLE"));
      r.underlying_shares = amount(v, "UNDLYNG_SEC_SHARES", filing);
    }
    r.owned_after = amount(v, "SHRS_OWND_FOLWNG_TRANS", filing);
    r.direct_indirect = std::string(v.get("DIRECT_INDIRECT_OWNERSHIP"));
    r.nature_of_ownership = std::string(v.get("NATURE_OF_OWNERSHIP"));
    refs(v, r);
    return r;
  }

  void emit(std::uint32_t a) {
    Filing filing;
    filing.format = SourceFormat::dataset_tsv;
    each_row(submission, a, [&](const RowView& v) {
      filing.source = v.table->display + ":" + std::to_string(v.line);
      filing.accession = std::string(v.get("ACCESSION_NUMBER"));
      filing.form = std::string(v.get("DOCUMENT_TYPE"));
      filing.period_of_report = date(v, "PERIOD_OF_REPORT", filing);
      filing.date_of_original_submission = date(v, "DATE_OF_ORIG_SUB", filing);
      filing.issuer.cik = std::string(v.get("ISSUERCIK"));
      filing.issuer.name = std::string(v.get("ISSUERNAME"));
      filing.issuer.ticker = std::string(v.get("ISSUERTRADINGSYMBOL"));
      filing.remarks = std::string(v.get("REMARKS"));
    });
    each_row(owner, a, [&](const RowView& v) {
      ReportingOwner o;
      o.cik = std::string(v.get("RPTOWNERCIK"));
      o.name = std::string(v.get("RPTOWNERNAME"));
      const std::string rel = upper(std::string(v.get("RPTOWNER_RELATIONSHIP")));
      o.is_director = rel.find("DIRECTOR") != std::string::npos;
      o.is_officer = rel.find("OFFICER") != std::string::npos;
      o.is_ten_percent_owner = rel.find("TENPERCENT") != std::string::npos || rel.find("10%") != std::string::npos;
      o.is_other = rel.find("OTHER") != std::string::npos;
      o.officer_title = std::string(v.get("RPTOWNER_TITLE"));
      o.other_text = std::string(v.get("RPTOWNER_TXT"));
      filing.owners.push_back(std::move(o));
    });
    each_row(nonderiv_trans, a, [&](const RowView& v) { filing.rows.push_back(row(v, filing, false, false)); });
    each_row(nonderiv_holding, a, [&](const RowView& v) { filing.rows.push_back(row(v, filing, false, true)); });
    each_row(deriv_trans, a, [&](const RowView& v) { filing.rows.push_back(row(v, filing, true, false)); });
    each_row(deriv_holding, a, [&](const RowView& v) { filing.rows.push_back(row(v, filing, true, true)); });
    each_row(footnotes, a, [&](const RowView& v) {
      Footnote f{std::string(v.get("FOOTNOTE_ID")), std::string(v.get("FOOTNOTE_TXT")), v.line};
      if (f.id.empty()) return;
      if (filing.footnote(f.id))
        filing.diagnostics.push_back(Diagnostic::warning("duplicate_footnote", "footnote " + f.id + " is defined twice; the first is used", {v.table->display, v.line, 0, f.id, {}}));
      else
        filing.footnotes.push_back(std::move(f));
    });
    each_row(signature, a, [&](const RowView& v) {
      filing.signatures.push_back({std::string(v.get("OWNERSIGNATURENAME")), parse_filing_date(v.get("OWNERSIGNATUREDATE"))});
    });
    for (const auto& r : filing.rows)
      for (const auto& ref : r.footnotes)
        if (!filing.footnote(ref.id))
          filing.diagnostics.push_back(Diagnostic::warning(
              "undefined_footnote", "row references footnote " + ref.id + " on " + ref.field + " but FOOTNOTES has no such footnote for " + filing.accession,
              {filing.source, r.line, 0, ref.field, {}}));
    sink_(Result<Filing>(std::move(filing)));
  }

  fs::path dir_;
  std::string prefix_;
  const DatasetSink& sink_;
  const ProgressFn& progress_;
  std::array<TableFile, table_count> tables_;
  std::unordered_map<std::string, std::uint32_t> accessions_;
  std::uint32_t submission_count_ = 0;
};

// A temporary folder removed when it goes out of scope.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "vest-dataset-XXXXXX").string();
    if (char* p = ::mkdtemp(tmpl.data())) path = p;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

}  // namespace

bool is_dataset_dir(const fs::path& dir) { return table_file(dir, "SUBMISSION").has_value(); }

void read_dataset_dir(const fs::path& dir, const DatasetSink& sink, const ProgressFn& progress) {
  DatasetReader(dir, (dir / "").string(), sink, progress).run();
}

void read_dataset_zip(const fs::path& zip, const DatasetSink& sink, const ProgressFn& progress) {
  TempDir tmp;
  if (tmp.path.empty()) {
    sink(Result<Filing>::failure(Diagnostic::error("temp_failed", "cannot create a temporary folder to extract the zip", {zip.string(), 0, 0, "", {}})));
    return;
  }
  archive* ar = archive_read_new();
  archive_read_support_format_zip(ar);
  archive_read_support_filter_all(ar);
  if (archive_read_open_filename(ar, zip.c_str(), 1 << 16) != ARCHIVE_OK) {
    sink(Result<Filing>::failure(Diagnostic::error("zip_unreadable", std::string("cannot open the zip: ") + archive_error_string(ar), {zip.string(), 0, 0, "", {}})));
    archive_read_free(ar);
    return;
  }
  archive_entry* entry = nullptr;
  bool ok = true;
  std::vector<char> block(1 << 16);
  int r;
  while ((r = archive_read_next_header(ar, &entry)) == ARCHIVE_OK) {
    const std::string name = fs::path(archive_entry_pathname(entry)).filename().string();
    const std::string up = upper(name);
    const bool wanted = std::any_of(table_names.begin(), table_names.end(), [&](std::string_view t) { return up == std::string(t) + ".TSV"; });
    if (!wanted || archive_entry_filetype(entry) != AE_IFREG) continue;  // only the known tables, flat: no path escapes
    std::ofstream out(tmp.path / name, std::ios::binary);
    la_ssize_t n;
    while ((n = archive_read_data(ar, block.data(), block.size())) > 0) out.write(block.data(), n);
    if (n < 0 || !out) {
      sink(Result<Filing>::failure(Diagnostic::error("zip_unreadable", "cannot extract " + name + ": " + (n < 0 ? archive_error_string(ar) : "write failed"), {zip.string(), 0, 0, "", {}})));
      ok = false;
      break;
    }
  }
  if (ok && r != ARCHIVE_EOF) {
    sink(Result<Filing>::failure(Diagnostic::error("zip_unreadable", std::string("damaged zip: ") + archive_error_string(ar), {zip.string(), 0, 0, "", {}})));
    ok = false;
  }
  archive_read_free(ar);
  if (!ok) return;
  DatasetReader(tmp.path, zip.string() + "!", sink, progress).run();
}

namespace {

// An anonymous file in memory (memfd): the data-set reader seeks in its
// tables, so an uploaded zip's tables need file descriptors, not disk.
struct MemoryFile {
  int fd = -1;
  MemoryFile() : fd(::memfd_create("vest-dataset-table", MFD_CLOEXEC)) {}
  ~MemoryFile() {
    if (fd >= 0) ::close(fd);
  }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  fs::path path() const { return "/proc/self/fd/" + std::to_string(fd); }
  bool write_all(const char* data, std::size_t n) {
    while (n > 0) {
      const auto w = ::write(fd, data, n);
      if (w <= 0) return false;
      data += w;
      n -= static_cast<std::size_t>(w);
    }
    return true;
  }
};

}  // namespace

void read_dataset_zip_memory(std::string_view bytes, const std::string& name, const DatasetSink& sink) {
  auto fail = [&](std::string message) {
    sink(Result<Filing>::failure(Diagnostic::error("zip_unreadable", std::move(message), {name, 0, 0, "", {}})));
  };
  archive* ar = archive_read_new();
  archive_read_support_format_zip(ar);
  archive_read_support_filter_all(ar);
  if (archive_read_open_memory(ar, bytes.data(), bytes.size()) != ARCHIVE_OK) {
    fail(std::string("cannot open the zip: ") + archive_error_string(ar));
    archive_read_free(ar);
    return;
  }
  std::vector<std::unique_ptr<MemoryFile>> files;
  const ProgressFn no_progress;
  DatasetReader reader({}, name + "!", sink, no_progress);
  archive_entry* entry = nullptr;
  std::vector<char> block(1 << 16);
  int r;
  bool ok = true;
  while (ok && (r = archive_read_next_header(ar, &entry)) == ARCHIVE_OK) {
    const std::string table = fs::path(archive_entry_pathname(entry)).filename().string();
    const std::string up = upper(table);
    const auto wanted = std::find_if(table_names.begin(), table_names.end(), [&](std::string_view t) { return up == std::string(t) + ".TSV"; });
    if (wanted == table_names.end() || archive_entry_filetype(entry) != AE_IFREG) continue;
    auto file = std::make_unique<MemoryFile>();
    if (file->fd < 0) {
      fail("cannot create an in-memory file for " + table);
      ok = false;
      break;
    }
    la_ssize_t n;
    while ((n = archive_read_data(ar, block.data(), block.size())) > 0)
      if (!file->write_all(block.data(), static_cast<std::size_t>(n))) n = -2;
    if (n < 0) {
      fail("cannot extract " + table + ": " + (n == -2 ? "out of memory" : archive_error_string(ar)));
      ok = false;
      break;
    }
    reader.use_table(static_cast<std::size_t>(wanted - table_names.begin()), file->path(), table);
    files.push_back(std::move(file));
  }
  if (ok && r != ARCHIVE_EOF) {
    fail(std::string("damaged zip: ") + archive_error_string(ar));
    ok = false;
  }
  archive_read_free(ar);
  if (ok) reader.run();
}

}  // namespace vest::filings
