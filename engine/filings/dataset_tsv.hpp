// The SEC "Insider Transactions Data Sets": every Form 3/4/5 of a quarter as
// tab-separated tables (the FORM345 zip, e.g. 2013q1_form345.zip).
//
//   SUBMISSION        one row per filing: ACCESSION_NUMBER, FILING_DATE, PERIOD_OF_REPORT,
//                     DATE_OF_ORIG_SUB, DOCUMENT_TYPE, ISSUERCIK, ISSUERNAME, ISSUERTRADINGSYMBOL, REMARKS
//   REPORTINGOWNER    RPTOWNERCIK, RPTOWNERNAME, RPTOWNER_RELATIONSHIP ("Director,Officer"),
//                     RPTOWNER_TITLE, RPTOWNER_TXT
//   NONDERIV_TRANS    SECURITY_TITLE, TRANS_DATE, DEEMED_EXECUTION_DATE, TRANS_FORM_TYPE, TRANS_CODE,
//                     EQUITY_SWAP_INVOLVED, TRANS_SHARES, TRANS_PRICEPERSHARE, TRANS_ACQUIRED_DISP_CD,
//                     SHRS_OWND_FOLWNG_TRANS, DIRECT_INDIRECT_OWNERSHIP, NATURE_OF_OWNERSHIP
//   NONDERIV_HOLDING  SECURITY_TITLE, SHRS_OWND_FOLWNG_TRANS, DIRECT_INDIRECT_OWNERSHIP, NATURE_OF_OWNERSHIP
//   DERIV_TRANS       the above plus CONV_EXERCISE_PRICE, EXCERCISE_DATE (sic), EXPIRATION_DATE,
//                     UNDLYNG_SEC_TITLE, UNDLYNG_SEC_SHARES
//   DERIV_HOLDING     as DERIV_TRANS without the transaction columns; EXERCISE_DATE spelled right
//   FOOTNOTES         ACCESSION_NUMBER, FOOTNOTE_ID, FOOTNOTE_TXT
//   OWNER_SIGNATURE   OWNERSIGNATURENAME, OWNERSIGNATUREDATE (newer quarters)
// Every value column X has a footnote column X_FN holding ids such as "F1" or
// "F1,F2" (the coding column's is EQUITY_SWAP_TRANS_CD_FN). Dates read
// "15-FEB-2013". Columns are found by their header names, so extra or
// reordered columns are fine; a missing key column is an error.
//
// Memory strategy. A quarter is several hundred MB, the tables are not
// guaranteed to be ordered alike, and FOOTNOTES must be joined to every row by
// (accession, footnote id). So the reader never holds a table in memory:
//   pass 1 streams each table once and keeps, per data line, only
//          (accession index, byte offset, line number) — 16 bytes — plus one
//          copy of each accession number;
//   pass 2 walks the filings in SUBMISSION order and, for each, reads back just
//          its lines from every table (FOOTNOTES included) by offset, builds
//          the Filing, hands it to the sink and forgets it.
// Memory is O(number of rows × 16 bytes) — about 80 MB for 5 million rows —
// whatever the size of the footnote texts. Lines are read through a bounded
// buffer: a row longer than ReadLimits::max_row_bytes is skipped (error with
// file:line) without ever being held whole.
//
// A zip is read member by member (libarchive, 64 KB blocks); each known table
// is copied into an anonymous temporary file (unlinked at creation, so nothing
// is left on disk on any exit, Ctrl-C and kill -9 included) because pass 2
// needs to seek. Member and total uncompressed sizes are capped
// (ReadLimits); other members are never decompressed. Two members that map
// to the same table (same name in two folders, or differing case) are an
// error naming both; the first is used.
//
// Rows whose field count differs from the header are errors with file:line and
// are skipped; rows for an accession missing from SUBMISSION are errors too. A
// table whose header lacks a column vest needs (TRANS_SHARES, FOOTNOTE_TXT...)
// is an error naming the file and the column, and the table is not read. After
// ReadLimits::max_errors_per_file row errors in one table, one summary line
// gives the count of the rest. Text that is not valid UTF-8 becomes U+FFFD
// with a warning (file:line, byte offset).
#pragma once

#include "engine/filings/filing.hpp"
#include "engine/filings/limits.hpp"

#include <cstdint>
#include <cstdio>
#include <vector>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace vest::filings {

using ProgressFn = std::function<void(std::uint64_t done, std::uint64_t total, std::string_view what)>;
using DatasetSink = std::function<void(Result<Filing>&&)>;

// One of `count` contiguous shares of a data set's filings (in SUBMISSION
// order), so that several processes can read one quarter: part `index` emits
// filings [n*index/count, n*(index+1)/count) and only part 0 emits the errors
// (they all come before the first filing). Reading parts 0..count-1 one after
// the other gives exactly what reading the whole data set gives. Each part
// still decompresses and indexes every table (pass 1 is cheap beside pass 2
// and the interpretation of the footnotes).
struct DatasetPart {
  unsigned index = 0;
  unsigned count = 1;
};

// True when the folder holds a SUBMISSION table (SUBMISSION.tsv, any case).
bool is_dataset_dir(const std::filesystem::path& dir);

void read_dataset_dir(const std::filesystem::path& dir, const DatasetSink& sink, const ProgressFn& progress = {},
                      const ReadLimits& limits = {}, const DatasetPart& part = {});
void read_dataset_zip(const std::filesystem::path& zip, const DatasetSink& sink, const ProgressFn& progress = {},
                      const ReadLimits& limits = {}, const DatasetPart& part = {});
// The same from a zip held in memory (`display` names it in diagnostics): for
// uploads, fuzzing and library users who fetched the zip themselves. Its
// tables are kept in anonymous in-memory files (memfd), never on disk.
void read_dataset_zip_bytes(std::string_view bytes, const std::string& display, const DatasetSink& sink,
                            const ReadLimits& limits = {});

// Tables given as open streams, keyed by file name ("SUBMISSION.tsv"): the
// common core of the two above. The reader takes ownership of the FILE*s.
struct DatasetTable {
  std::string name;     // "FOOTNOTES.tsv" (the table is found from it, any case)
  std::string display;  // what diagnostics call it
  std::FILE* file = nullptr;
};
void read_dataset_tables(std::vector<DatasetTable> tables, const std::string& display, const DatasetSink& sink,
                         const ProgressFn& progress = {}, const ReadLimits& limits = {}, const DatasetPart& part = {});


}  // namespace vest::filings
