#include "engine/filings/dataset_tsv.hpp"

#include <archive.h>
#include <archive_entry.h>

#include "engine/core/utf8.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

// Field `n` (from 0) of a tab-separated line; empty when the line has fewer.
std::string_view nth_field(std::string_view line, std::size_t n) {
  std::size_t start = 0;
  for (; n > 0; --n) {
    const auto t = line.find('\t', start);
    if (t == std::string_view::npos) return {};
    start = t + 1;
  }
  const auto end = line.find('\t', start);
  return line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
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

// Reads the lines of a FILE* through a fixed buffer, never holding more than
// `max` bytes of one line: a longer line is consumed and reported, not kept.
class LineReader {
 public:
  enum class Status { line, too_long, eof };
  LineReader(std::FILE* f, std::uint64_t max, std::size_t buffer = 1 << 16) : f_(f), max_(max), buf_(buffer) {}

  Status next(std::string& line) {
    line.clear();
    line_start_ = offset_;
    bool too_long = false, any = false;
    for (;;) {
      if (pos_ == len_ && !fill()) {
        if (!any) return Status::eof;
        break;  // a last line without a newline
      }
      any = true;
      const char* b = buf_.data() + pos_;
      const std::size_t avail = len_ - pos_;
      const auto* nl = static_cast<const char*>(std::memchr(b, '\n', avail));
      const std::size_t take = nl ? static_cast<std::size_t>(nl - b) : avail;
      if (!too_long && line.size() + take > max_) {
        too_long = true;
        std::string().swap(line);
      }
      if (!too_long) line.append(b, take);
      pos_ += take;
      offset_ += take;
      if (nl) {
        ++pos_;
        ++offset_;
        break;
      }
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return too_long ? Status::too_long : Status::line;
  }

  // Positions the reader at `offset`, reusing the buffer when it already holds it.
  bool seek(std::uint64_t offset) {
    const std::uint64_t window_start = offset_ - pos_;
    if (offset >= window_start && offset < window_start + len_) {
      pos_ = static_cast<std::size_t>(offset - window_start);
      offset_ = offset;
      return true;
    }
    if (::fseeko(f_, static_cast<off_t>(offset), SEEK_SET) != 0) return false;
    pos_ = len_ = 0;
    offset_ = offset;
    return true;
  }

  std::uint64_t line_start() const { return line_start_; }
  std::uint64_t offset() const { return offset_; }

 private:
  bool fill() {
    len_ = std::fread(buf_.data(), 1, buf_.size(), f_);
    pos_ = 0;
    return len_ > 0;
  }
  std::FILE* f_;
  std::uint64_t max_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, len_ = 0;
  std::uint64_t offset_ = 0, line_start_ = 0;
};

// Columns without which a table's rows would be read wrong (a grant with no
// share count, a footnote with no text): their absence is an error, not a
// quiet gap.
std::vector<std::string_view> required_columns(Table t) {
  switch (t) {
    case submission: return {"ACCESSION_NUMBER", "DOCUMENT_TYPE", "ISSUERNAME"};
    case owner: return {"ACCESSION_NUMBER", "RPTOWNERNAME"};
    case nonderiv_trans: return {"ACCESSION_NUMBER", "SECURITY_TITLE", "TRANS_DATE", "TRANS_CODE", "TRANS_SHARES", "TRANS_ACQUIRED_DISP_CD"};
    case nonderiv_holding: return {"ACCESSION_NUMBER", "SECURITY_TITLE", "SHRS_OWND_FOLWNG_TRANS"};
    case deriv_trans: return {"ACCESSION_NUMBER", "SECURITY_TITLE", "TRANS_DATE", "TRANS_CODE", "TRANS_SHARES", "TRANS_ACQUIRED_DISP_CD", "UNDLYNG_SEC_SHARES"};
    case deriv_holding: return {"ACCESSION_NUMBER", "SECURITY_TITLE", "UNDLYNG_SEC_SHARES"};
    case footnotes: return {"ACCESSION_NUMBER", "FOOTNOTE_ID", "FOOTNOTE_TXT"};
    case signature: return {"ACCESSION_NUMBER"};
    case table_count: break;
  }
  return {};
}

// Share counts: unreadable is an error on the row (its grant is refused), not a warning.
bool is_share_column(std::string_view col) {
  return col == "TRANS_SHARES" || col == "UNDLYNG_SEC_SHARES" || col == "SHRS_OWND_FOLWNG_TRANS";
}

std::optional<Table> table_of(std::string_view file_name) {
  const std::string up = upper(std::string(file_name));
  for (std::size_t t = 0; t < table_count; ++t)
    if (up == std::string(table_names[t]) + ".TSV") return static_cast<Table>(t);
  return std::nullopt;
}

// One table: its header and, after pass 1, an index of its data lines.
struct TableFile {
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
  std::unique_ptr<LineReader> reader;  // pass 2
  bool usable = false;                 // pass 1 accepted its header
  std::size_t errors = 0;              // row errors so far
  TableFile() = default;
  TableFile(const TableFile&) = delete;
  TableFile& operator=(const TableFile&) = delete;
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

class DatasetReader {
 public:
  DatasetReader(std::string display, const DatasetSink& sink, const ProgressFn& progress, const ReadLimits& limits,
                DatasetPart part)
      : display_(std::move(display)), sink_(sink), progress_(progress), limits_(limits), part_(part) {}

  // Takes the tables (and their FILE*s); two files for one table: an error naming both, the first is used.
  void add(DatasetTable&& t) {
    const auto which = table_of(t.name);
    if (!which) {
      if (t.file) std::fclose(t.file);
      return;
    }
    TableFile& tf = tables_[*which];
    if (tf.file) {
      error("duplicate_table", "\"" + t.display + "\" and \"" + tf.display + "\" are both the " +
                                   std::string(table_names[*which]) + " table; the first, \"" + tf.display + "\", is used",
            {t.display, 0, 0, "", {}});
      if (t.file) std::fclose(t.file);
      return;
    }
    tf.display = std::move(t.display);
    tf.file = t.file;
  }

  void run() {
    if (!tables_[submission].file) {
      error("missing_table", "no SUBMISSION.tsv in the data set", {display_, 0, 0, "", {}});
      return;
    }
    std::uint64_t total = 0, done = 0;
    for (auto& t : tables_)
      if (t.file && ::fseeko(t.file, 0, SEEK_END) == 0) total += static_cast<std::uint64_t>(::ftello(t.file));
    for (std::size_t t = 0; t < table_count; ++t) {
      if (!tables_[t].file) continue;
      if (!index(static_cast<Table>(t), done, total) && t == submission) return;
    }
    for (auto& t : tables_) {
      std::stable_sort(t.entries.begin(), t.entries.end(), [](const auto& a, const auto& b) { return a.accession < b.accession; });
      if (t.usable) t.reader = std::make_unique<LineReader>(t.file, limits_.max_row_bytes, 1 << 12);
    }
    const std::uint64_t n = submission_count_, count = std::max(1u, part_.count);
    const auto begin = static_cast<std::uint32_t>(n * part_.index / count);
    const auto end = static_cast<std::uint32_t>(std::min<std::uint64_t>(n, n * (part_.index + 1) / count));
    for (std::uint32_t a = begin; a < end; ++a) {
      emit(a);
      if (progress_ && (a % 1024 == 0 || a + 1 == end)) progress_(a + 1 - begin, end - begin, "filings");
    }
  }

 private:
  void error(std::string code, std::string message, SourceLocation where) {
    sink_(Result<Filing>::failure(Diagnostic::error(std::move(code), std::move(message), std::move(where))));
  }

  // A row error, printed for the first max_errors_per_file of a table and counted after.
  void row_error(TableFile& tf, std::string code, std::string message, std::size_t line, std::string field = "") {
    if (++tf.errors <= limits_.max_errors_per_file) error(std::move(code), std::move(message), {tf.display, line, 0, std::move(field), {}});
  }

  // The header: column positions, no duplicates, every required column present.
  bool read_header(Table t, TableFile& tf, std::string line) {
    if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    sanitize_utf8(line);
    for (auto f : split_tabs(line)) {
      const std::string name = upper(std::string(trim(f)));
      if (const auto [it, inserted] = tf.column.try_emplace(name, tf.header.size()); !inserted) {
        error("duplicate_column", "the header names column " + name + " twice (columns " + std::to_string(it->second + 1) + " and " +
                                      std::to_string(tf.header.size() + 1) + "); the table is not read",
              {tf.display, 1, tf.header.size() + 1, name, {}});
        return false;
      }
      tf.header.emplace_back(trim(f));
    }
    bool ok = true;
    for (const auto col : required_columns(t)) {
      if (tf.column.count(std::string(col))) continue;
      error("missing_column", "the header has no " + std::string(col) + " column, which vest needs; the table is not read",
            {tf.display, 1, 0, std::string(col), {}});
      ok = false;
    }
    if (ok) tf.accession_col = tf.column.at("ACCESSION_NUMBER");
    return ok;
  }

  // Pass 1: header, line offsets and accession of every data line.
  bool index(Table t, std::uint64_t& done, std::uint64_t total) {
    TableFile& tf = tables_[t];
    std::rewind(tf.file);
    LineReader in(tf.file, limits_.max_row_bytes);
    std::string line;
    const auto first = in.next(line);
    if (first == LineReader::Status::eof) {
      error("empty_table", "the table has no header line", {tf.display, 1, 0, "", {}});
      return false;
    }
    if (first == LineReader::Status::too_long) {
      error("row_too_long", "the header line is longer than " + std::to_string(limits_.max_row_bytes) + " bytes (--max-row-bytes); the table is not read", {tf.display, 1, 0, "", {}});
      return false;
    }
    if (!read_header(t, tf, std::move(line))) return false;
    std::uint32_t line_no = 1;
    std::uint64_t last_report = 0;
    std::string last_accession;
    std::optional<std::uint32_t> last_id;
    for (;;) {
      const auto status = in.next(line);
      if (status == LineReader::Status::eof) break;
      ++line_no;
      if (status == LineReader::Status::too_long) {
        row_error(tf, "row_too_long", "row is longer than " + std::to_string(limits_.max_row_bytes) + " bytes (--max-row-bytes); row skipped", line_no);
        continue;
      }
      if (line.empty()) continue;
      // Only the field count and the accession are needed here: counted and
      // found in place (no vector of fields per line).
      const std::size_t field_count = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
      if (field_count != tf.header.size()) {
        row_error(tf, field_count < tf.header.size() ? "short_row" : "long_row",
                  "row has " + std::to_string(field_count) + " fields but the header has " + std::to_string(tf.header.size()) + "; row skipped",
                  line_no);
        continue;
      }
      const std::string_view accession = trim(nth_field(line, tf.accession_col));
      std::uint32_t id;
      if (t == submission) {
        const auto [it, inserted] = accessions_.try_emplace(std::string(accession), submission_count_);
        if (!inserted) {
          row_error(tf, "duplicate_accession", "accession " + sanitized_utf8(accession) + " appears twice in SUBMISSION; the first is used", line_no, "ACCESSION_NUMBER");
          continue;
        }
        id = submission_count_++;
      } else if (last_id && accession == last_accession) {
        id = *last_id;  // a filing's rows usually come together: one lookup for all of them
      } else {
        const auto it = accessions_.find(std::string(accession));
        if (it == accessions_.end()) {
          row_error(tf, "unknown_accession", "accession " + sanitized_utf8(accession) + " is not in SUBMISSION; row skipped", line_no, "ACCESSION_NUMBER");
          continue;
        }
        id = it->second;
        last_accession.assign(accession);
        last_id = id;
      }
      tf.entries.push_back({id, line_no, in.line_start()});
      if (progress_ && in.offset() - last_report > (64u << 20)) {
        progress_(done + in.offset(), total, "indexing");
        last_report = in.offset();
      }
    }
    if (tf.errors > limits_.max_errors_per_file)
      error("too_many_errors", std::to_string(tf.errors - limits_.max_errors_per_file) + " more row errors in this table not shown (" +
                                   std::to_string(tf.errors) + " in all; --max-errors-per-file)",
            {tf.display, 0, 0, "", {}});
    done += in.offset();
    if (progress_) progress_(done, total, "indexing");
    tf.usable = true;
    return true;
  }

  // Pass 2 helper: the lines of table `t` for accession `a`, as valid UTF-8.
  std::vector<std::pair<std::string, std::size_t>> lines_of(Table t, std::uint32_t a, Filing& filing) {
    std::vector<std::pair<std::string, std::size_t>> out;
    TableFile& tf = tables_[t];
    if (!tf.usable) return out;
    auto range = std::equal_range(tf.entries.begin(), tf.entries.end(), TableFile::Entry{a, 0, 0},
                                  [](const auto& x, const auto& y) { return x.accession < y.accession; });
    std::string line;
    for (auto it = range.first; it != range.second; ++it) {
      if (!tf.reader->seek(it->offset) || tf.reader->next(line) != LineReader::Status::line) {
        filing.diagnostics.push_back(Diagnostic::warning("read_failed", "cannot read this row back", {tf.display, it->line, 0, "", {}}));
        continue;
      }
      if (const auto fix = sanitize_utf8(line))
        filing.diagnostics.push_back(Diagnostic::warning(
            "invalid_utf8", std::to_string(fix.replaced) + " invalid UTF-8 sequence(s) replaced by U+FFFD, the first at byte " +
                                std::to_string(*fix.first_offset) + " of the line (file offset " + std::to_string(it->offset + *fix.first_offset) + ")",
            {tf.display, it->line, *fix.first_offset + 1, "", {}}));
      out.emplace_back(std::move(line), it->line);
    }
    return out;
  }

  template <class F>
  void each_row(Table t, std::uint32_t a, Filing& filing, F&& f) {
    for (auto& [text, line] : lines_of(t, a, filing)) {
      RowView v{&tables_[t], split_tabs(text), line};
      f(v);
    }
  }

  std::optional<Amount> amount(const RowView& v, std::string_view col, Filing& filing, Row* row = nullptr) {
    const auto s = v.get(col);
    if (s.empty()) return std::nullopt;
    auto a = parse_filing_amount(s);
    if (!a) {
      const std::string message = "cannot read the amount \"" + std::string(s) + "\" of " + std::string(col);
      const SourceLocation where{v.table->display, v.line, 0, std::string(col), {}};
      if (is_share_column(col) && row)
        row->problems.push_back(Diagnostic::error("unreadable_shares", message, where));
      else
        filing.diagnostics.push_back(Diagnostic::warning("unreadable_amount", message, where));
    }
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
      r.shares = amount(v, "TRANS_SHARES", filing, &r);
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
      r.underlying_shares = amount(v, "UNDLYNG_SEC_SHARES", filing, &r);
    }
    r.owned_after = amount(v, "SHRS_OWND_FOLWNG_TRANS", filing, &r);
    r.direct_indirect = std::string(v.get("DIRECT_INDIRECT_OWNERSHIP"));
    r.nature_of_ownership = std::string(v.get("NATURE_OF_OWNERSHIP"));
    refs(v, r);
    return r;
  }

  void emit(std::uint32_t a) {
    Filing filing;
    filing.format = SourceFormat::dataset_tsv;
    each_row(submission, a, filing, [&](const RowView& v) {
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
    each_row(owner, a, filing, [&](const RowView& v) {
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
    each_row(nonderiv_trans, a, filing, [&](const RowView& v) { filing.rows.push_back(row(v, filing, false, false)); });
    each_row(nonderiv_holding, a, filing, [&](const RowView& v) { filing.rows.push_back(row(v, filing, false, true)); });
    each_row(deriv_trans, a, filing, [&](const RowView& v) { filing.rows.push_back(row(v, filing, true, false)); });
    each_row(deriv_holding, a, filing, [&](const RowView& v) { filing.rows.push_back(row(v, filing, true, true)); });
    each_row(footnotes, a, filing, [&](const RowView& v) {
      Footnote f{std::string(v.get("FOOTNOTE_ID")), std::string(v.get("FOOTNOTE_TXT")), v.line};
      if (f.id.empty()) return;
      if (filing.footnote(f.id))
        filing.diagnostics.push_back(Diagnostic::warning("duplicate_footnote", "footnote " + f.id + " is defined twice; the first is used", {v.table->display, v.line, 0, f.id, {}}));
      else
        filing.footnotes.push_back(std::move(f));
    });
    each_row(signature, a, filing, [&](const RowView& v) {
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

  std::string display_;
  const DatasetSink& sink_;
  const ProgressFn& progress_;
  const ReadLimits& limits_;
  DatasetPart part_;
  std::array<TableFile, table_count> tables_;
  std::unordered_map<std::string, std::uint32_t> accessions_;
  std::uint32_t submission_count_ = 0;
};

// A temporary file with no name: unlinked as soon as it exists, so it is gone
// on any exit (Ctrl-C and kill -9 included) and never left behind. A zip that
// is already in memory (an upload to `vest serve`) keeps its tables in memory
// too (memfd): nothing of it touches the disk.
std::FILE* anonymous_temp_file(bool in_memory) {
  const char* env = std::getenv("TMPDIR");
  const std::string dir = env && *env ? env : "/tmp";
  int fd = in_memory ? ::memfd_create("vest-table", MFD_CLOEXEC) : -1;
#ifdef O_TMPFILE
  if (fd < 0) fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
#endif
  if (fd < 0) {
    std::string tmpl = dir + "/vest-table-XXXXXX";
    fd = ::mkstemp(tmpl.data());
    if (fd >= 0) ::unlink(tmpl.c_str());
  }
  if (fd < 0) return nullptr;
  std::FILE* f = ::fdopen(fd, "w+b");
  if (!f) ::close(fd);
  return f;
}

// libarchive's messages may span lines; a diagnostic is one line.
std::string one_line(const char* s) {
  std::string out = s ? s : "unknown error";
  for (auto& c : out)
    if (c == '\n' || c == '\r') c = ' ';
  return sanitized_utf8(out);
}

std::string bytes_text(std::uint64_t n) { return std::to_string(n) + " bytes"; }

// Reads the known tables of an opened archive into anonymous temporary files, within the limits.
void read_zip_archive(archive* ar, const std::string& zip, const DatasetSink& sink, const ProgressFn& progress, const ReadLimits& limits,
                      bool in_memory, const DatasetPart& part = {}) {
  auto fail = [&](std::string code, std::string message) {
    sink(Result<Filing>::failure(Diagnostic::error(std::move(code), std::move(message), {zip, 0, 0, "", {}})));
  };
  std::vector<DatasetTable> tables;
  std::array<std::string, table_count> member_of;
  std::vector<char> block(1 << 16);
  std::uint64_t total = 0;
  archive_entry* entry = nullptr;
  int r;
  bool stop = false;
  while (!stop && (r = archive_read_next_header(ar, &entry)) == ARCHIVE_OK) {
    const char* raw = archive_entry_pathname(entry);
    const std::string path = sanitized_utf8(raw ? raw : "");
    const std::string name = fs::path(path).filename().string();  // flat: no path escapes
    const auto t = table_of(name);
    if (!t || archive_entry_filetype(entry) != AE_IFREG) continue;  // other members are never decompressed
    const std::string display = zip + "!" + path;
    if (!member_of[*t].empty()) {
      fail("duplicate_table", "zip members \"" + member_of[*t] + "\" and \"" + path + "\" are both the " + std::string(table_names[*t]) +
                                  " table; the first, \"" + member_of[*t] + "\", is used");
      continue;
    }
    member_of[*t] = path;
    if (archive_entry_size_is_set(entry) && static_cast<std::uint64_t>(archive_entry_size(entry)) > limits.max_zip_member_bytes) {
      fail("zip_member_too_large", "member \"" + path + "\" is " + bytes_text(static_cast<std::uint64_t>(archive_entry_size(entry))) +
                                       " uncompressed, above the limit of " + bytes_text(limits.max_zip_member_bytes) +
                                       " (--zip-max-member-bytes); the table is not read");
      continue;
    }
    std::FILE* f = anonymous_temp_file(in_memory);
    if (!f) {
      fail("temp_failed", "cannot create a temporary file to read \"" + path + "\" from the zip");
      break;
    }
    std::uint64_t size = 0;
    la_ssize_t n;
    bool keep = true;
    while ((n = archive_read_data(ar, block.data(), block.size())) > 0) {
      size += static_cast<std::uint64_t>(n);
      total += static_cast<std::uint64_t>(n);
      if (size > limits.max_zip_member_bytes) {
        fail("zip_member_too_large", "member \"" + path + "\" is more than " + bytes_text(limits.max_zip_member_bytes) +
                                         " uncompressed (--zip-max-member-bytes); the table is not read");
        keep = false;
        break;
      }
      if (total > limits.max_zip_total_bytes) {
        fail("zip_too_large", "the zip's tables are more than " + bytes_text(limits.max_zip_total_bytes) +
                                  " uncompressed (--zip-max-total-bytes); \"" + path + "\" and the members after it are not read");
        keep = false;
        stop = true;
        break;
      }
      if (std::fwrite(block.data(), 1, static_cast<std::size_t>(n), f) != static_cast<std::size_t>(n)) {
        fail("temp_failed", "cannot write \"" + path + "\" to a temporary file (disk full?); the table is not read");
        keep = false;
        break;
      }
    }
    if (keep && n < 0) {
      fail("zip_unreadable", "cannot read member \"" + path + "\": " + one_line(archive_error_string(ar)) + "; the table is not read");
      keep = false;
    }
    if (!keep) {
      std::fclose(f);
      continue;
    }
    std::fflush(f);
    tables.push_back({name, display, f});
  }
  if (!stop && r != ARCHIVE_EOF && r != ARCHIVE_OK)
    fail("zip_unreadable", "damaged zip: " + one_line(archive_error_string(ar)) + "; the tables read before the damage are used");
  read_dataset_tables(std::move(tables), zip + "!", sink, progress, limits, part);
}

archive* new_zip_reader() {
  archive* ar = archive_read_new();
  archive_read_support_format_zip(ar);
  archive_read_support_filter_all(ar);
  return ar;
}

}  // namespace

bool is_dataset_dir(const fs::path& dir) { return table_file(dir, "SUBMISSION").has_value(); }

// Parts after the first drop the errors: part 0 reports them, before its filings.
static DatasetSink sink_of_part(const DatasetSink& sink, const DatasetPart& part) {
  if (part.index == 0) return sink;
  return [&sink](Result<Filing>&& r) {
    if (r) sink(std::move(r));
  };
}

void read_dataset_tables(std::vector<DatasetTable> tables, const std::string& display, const DatasetSink& sink,
                         const ProgressFn& progress, const ReadLimits& limits, const DatasetPart& part) {
  const DatasetSink part_sink = sink_of_part(sink, part);
  DatasetReader reader(display, part_sink, progress, limits, part);
  for (auto& t : tables) reader.add(std::move(t));
  reader.run();
}

void read_dataset_dir(const fs::path& dir, const DatasetSink& given_sink, const ProgressFn& progress, const ReadLimits& limits,
                      const DatasetPart& part) {
  const DatasetSink sink = sink_of_part(given_sink, part);
  const std::string prefix = (dir / "").string();
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file(ec) && table_of(e.path().filename().string())) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<DatasetTable> tables;
  for (const auto& p : files) {
    std::FILE* f = std::fopen(p.c_str(), "rb");
    if (!f) {
      sink(Result<Filing>::failure(Diagnostic::error("read_failed", "cannot open the table", {prefix + p.filename().string(), 0, 0, "", {}})));
      continue;
    }
    tables.push_back({p.filename().string(), prefix + p.filename().string(), f});
  }
  read_dataset_tables(std::move(tables), prefix, sink, progress, limits, part);
}

void read_dataset_zip(const fs::path& zip, const DatasetSink& given_sink, const ProgressFn& progress, const ReadLimits& limits,
                      const DatasetPart& part) {
  const DatasetSink sink = sink_of_part(given_sink, part);
  archive* ar = new_zip_reader();
  if (archive_read_open_filename(ar, zip.c_str(), 1 << 16) != ARCHIVE_OK) {
    sink(Result<Filing>::failure(Diagnostic::error("zip_unreadable", "cannot open the zip: " + one_line(archive_error_string(ar)), {zip.string(), 0, 0, "", {}})));
    archive_read_free(ar);
    return;
  }
  read_zip_archive(ar, zip.string(), sink, progress, limits, false, part);
  archive_read_free(ar);
}

void read_dataset_zip_bytes(std::string_view bytes, const std::string& display, const DatasetSink& sink, const ReadLimits& limits) {
  archive* ar = new_zip_reader();
  if (archive_read_open_memory(ar, bytes.data(), bytes.size()) != ARCHIVE_OK) {
    sink(Result<Filing>::failure(Diagnostic::error("zip_unreadable", "cannot open the zip: " + one_line(archive_error_string(ar)), {display, 0, 0, "", {}})));
    archive_read_free(ar);
    return;
  }
  read_zip_archive(ar, display, sink, {}, limits, true);
  archive_read_free(ar);
}

}  // namespace vest::filings
