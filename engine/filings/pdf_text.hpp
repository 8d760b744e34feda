// Forms 3/4/5 converted from PDF to text.
//
// PDF converters turn the form's two tables into pipe tables ("| A | | 58,824(1) |")
// or tab-separated lines, and they break things on the way: a date split over
// two cells ("02/15/3 | | | | /2013"), words split across cells ("Non-Deriv |
// ative"), footnote marks glued to numbers ("58,824(1)"), markdown escapes
// ("\$2.76"). The reader does not rely on column positions, which drift; it
// reads each data line as a sequence of tokens in the order the form prints its
// columns:
//
//   Table I:  title, date, [deemed date], code, [V], amount, (A)/(D), price,
//             owned after, D/I, [nature]
//   Table II: title, exercise price, date, [deemed date], code, [V], amount,
//             date exercisable, expiration date, underlying title, underlying
//             amount, price, owned after, D/I, [nature]
//
// A mark "(n)" belongs to the value it is glued to or follows; a mark alone in
// the date-exercisable or expiration slot of Table II is that field's footnote
// (the usual "(1)" where the vesting schedule is explained). Footnote n is
// given the id "Fn", as in EDGAR XML.
//
// A field that is broken is recovered from the rest of the document when it can
// be — a transaction date from its fragments and the "Date of Earliest
// Transaction" — and a warning says what was recovered from what. Table II
// rows do not show which of the (A) and (D) columns the amount sat in once
// empty cells collapse; it is taken from the transaction code (A, P, J... acquire;
// M, X, S, F, G, D... dispose) and said so when the code is unusual.
#pragma once

#include "engine/filings/filing.hpp"

#include <string>
#include <string_view>

namespace vest::filings {

// Errors: "not_a_form" (the text is not a Form 3/4/5), "no_transactions" (no
// row of either table could be read), each with the file and line.
Result<Filing> read_pdf_text(std::string_view content, const std::string& source);

// True when the text reads as a Form 3/4/5 once spaces, pipes and case are ignored.
bool looks_like_form_text(std::string_view head);

}  // namespace vest::filings
