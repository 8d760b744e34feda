// One ownership filing (Form 3, 4 or 5, or an amendment), whatever it was read from.
//
// The three readers (EDGAR ownership XML, the SEC insider-transactions data
// sets, PDF-to-text copies) all produce this one shape, so that everything
// downstream — finding the grants, interpreting their footnotes, printing —
// is written once and the three paths give the same grants for the same
// filing. A `Row` is one line of Table I (non-derivative) or Table II
// (derivative): a transaction, or a holding (Form 3, and holdings reported on
// Forms 4/5). Every field keeps the footnotes that were attached to it, because
// filers attach the vesting footnote wherever they like (often only to the
// exercise date or the expiration date of an option).
//
// Values are exact (`Amount`, `Date`); a value the document states but that
// cannot be read ("N/A", "see footnote") is left empty and reported as a
// warning in `Filing::diagnostics` with its file, line and field.
#pragma once

#include "engine/core/amount.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vest::filings {

enum class SourceFormat { edgar_xml, dataset_tsv, pdf_text };

std::string_view to_string(SourceFormat f);  // "edgar_xml", "dataset_tsv", "pdf_text"

// A footnote mark on a field: <transactionShares><footnoteId id="F1"/>, a
// TRANS_SHARES_FN cell holding "F1", or "58,824(1)" in a PDF copy.
struct FootnoteRef {
  std::string field;  // the element or column it was attached to: "exerciseDate", "transactionShares"
  std::string id;     // "F1"
  friend bool operator==(const FootnoteRef&, const FootnoteRef&) = default;
};

struct Footnote {
  std::string id;    // "F1"
  std::string text;  // as filed, leading/trailing whitespace removed
  std::size_t line = 0;
};

struct Issuer {
  std::string cik;
  std::string name;
  std::string ticker;
};

struct ReportingOwner {
  std::string cik;
  std::string name;
  bool is_director = false;
  bool is_officer = false;
  bool is_ten_percent_owner = false;
  bool is_other = false;
  std::string officer_title;
  std::string other_text;
  // "Director, Officer (Chief Financial Officer)"; empty when nothing is stated.
  std::string relationship() const;
};

struct Signature {
  std::string name;
  std::optional<Date> date;
};

struct Row {
  bool derivative = false;  // Table II
  bool holding = false;     // a holding, not a transaction
  std::string security;
  std::optional<Amount> exercise_price;  // conversion or exercise price (Table II)
  std::optional<Date> transaction_date;
  std::optional<Date> deemed_execution_date;
  std::string form_type;  // transactionFormType: "4"
  std::string code;       // transaction code: "A", "M", "F", "S"...
  bool equity_swap = false;
  std::optional<Amount> shares;
  std::optional<Amount> price;
  std::string acquired_disposed;  // "A" or "D"
  std::optional<Date> exercise_date;  // date exercisable
  std::optional<Date> expiration_date;
  std::string underlying_security;
  std::optional<Amount> underlying_shares;
  std::optional<Amount> owned_after;
  std::string direct_indirect;  // "D" or "I"
  std::string nature_of_ownership;
  std::vector<FootnoteRef> footnotes;  // in document order
  std::size_t line = 0;                // where the row starts in its file
  // Errors about the row's own values that a grant cannot be built over: a
  // share count the filing states but that cannot be read ("1e400", "NaN").
  Diagnostics problems;

  // The footnote ids referenced anywhere on the row, first appearance first, each once.
  std::vector<std::string> footnote_ids() const;
  // True when the row reports the award of securities: code A, acquired.
  bool is_award() const { return code == "A" && acquired_disposed != "D"; }
};

struct Filing {
  std::string source;  // the file (or "DIR/FILE.tsv" for data sets) it was read from
  SourceFormat format = SourceFormat::edgar_xml;
  std::string form;            // "4", "4/A", "3", "5"
  std::string schema_version;  // "X0306" (XML only)
  std::string accession;       // data sets and full-text submissions; empty when unknown
  std::optional<Date> period_of_report;
  std::optional<Date> date_of_original_submission;  // amendments
  Issuer issuer;
  std::vector<ReportingOwner> owners;
  std::vector<Row> rows;
  std::vector<Footnote> footnotes;
  std::string remarks;
  std::vector<Signature> signatures;
  Diagnostics diagnostics;  // warnings about this filing (errors prevent a Filing)

  const Footnote* footnote(std::string_view id) const;
};

// Small parsing helpers shared by the readers.
//
// Amounts as filings write them: "58,824", "$2.76", "200000.0", " 47.5 ".
std::optional<Amount> parse_filing_amount(std::string_view text);
// Dates as filings write them: "2013-02-15", "2013-02-15-05:00" (XML with a
// zone), "15-FEB-2013" (data sets), "02/15/2013" (forms).
std::optional<Date> parse_filing_date(std::string_view text);
// Trims ASCII whitespace (and non-breaking spaces) at both ends.
std::string_view trim(std::string_view s);

// `content` as valid UTF-8: itself when it already is, else a copy in
// `storage` with every invalid sequence replaced by U+FFFD and one
// `invalid_utf8` warning in `out` naming the file, the line and byte offset of
// the first one, and the count. Line numbers are unchanged by the repair.
std::string_view valid_utf8_text(std::string_view content, std::string& storage, const std::string& source, Diagnostics& out);

}  // namespace vest::filings
