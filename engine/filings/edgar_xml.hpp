// EDGAR ownership XML: the machine-readable Form 3, 4 and 5.
//
// Every Form 3/4/5 (and 3/A, 4/A, 5/A) filed on EDGAR since 2003 carries an
// `<ownershipDocument>`: the schema versions (X0101 ... X0306, X0407, X0508,
// X0609) differ in optional elements only (aff10b5One, transactionTimeliness,
// booleans written "1" or "true"), so one reader takes them all and reads
// each field where present. Values sit in `<value>` children; footnote marks
// are `<footnoteId id="F1"/>` siblings of the value and may appear on any
// element — often only on `<exerciseDate>` or `<expirationDate>`.
//
// The reader accepts the bare XML document and the EDGAR full-text submission
// (`0001234567-13-000123.txt`) whose `<XML>` block holds it; from the latter it
// also takes the accession number.
//
// Example:
//   auto r = read_edgar_xml(text, "snowflake.xml");
//   r->issuer.ticker == "SNOW";  r->rows.size() == 14;  r->footnotes.size() == 16
//   r->rows.back().footnotes == {{"exerciseDate", "F16"}}
// Errors ("xml_malformed" at file:line, "not_ownership_document") leave no Filing.
#pragma once

#include "engine/filings/filing.hpp"
#include "engine/filings/limits.hpp"

#include <string>
#include <string_view>

namespace vest::filings {

// Nesting deeper than limits.max_xml_depth is an error (xml_too_deep) naming
// the line; invalid UTF-8 becomes U+FFFD with an invalid_utf8 warning.
Result<Filing> read_edgar_xml(std::string_view content, const std::string& source, const ReadLimits& limits = {});

// True when `head` (the first bytes of a file) looks like an ownership document
// or a full-text submission that embeds one.
bool looks_like_edgar_xml(std::string_view head);

}  // namespace vest::filings
