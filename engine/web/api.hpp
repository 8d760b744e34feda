// The workbench's JSON API, as plain functions from a request to a reply so
// that tests call them without a socket. Each answers with the library calls
// and JSON writers the CLI uses, so /api/parse, /api/filing and /api/portfolio
// print what `vest parse --format json`, `vest filing --format json` and
// `vest portfolio --format json` print. Additions (documented in the README):
//   /api/parse      every tranche has "spans": [[begin, end], ...], the
//                   characters of the footnote that produced it (from the
//                   schedule's provenance, unless the parse JSON has them already);
//   /api/filing     every grant has "text" (the footnote text the interpreter
//                   read) and "is_option", so the page can open it in the footnote view;
//   /api/portfolio  "diagnostics": what the CLI prints on stderr (FILE:LINE:COLUMN).
// Requests that are not understood get 400 and {"errors": [{"code", "message", "field"?}]}.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vest::web {

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// An uploaded file. `name` is the client's name for it: a label in
// diagnostics, never opened.
struct Upload {
  std::string name;
  std::string content;
};

// POST /api/parse, body {"text", "grant_date"?, "shares"?, "expiration"?,
// "is_option"?, "exercise_price"?, "as_of"?}.
Reply parse(std::string_view body);
// POST /api/chart/parse: the same request; the `vest chart parse` SVG, or 422
// with the parse JSON when the footnote yields no schedule.
Reply parse_chart(std::string_view body);

// POST /api/filing?as_of=YYYY-MM-DD: {"filings": [...]}.
Reply filing(const std::vector<Upload>& uploads, std::string_view as_of);

struct PortfolioQuery {
  std::string as_of;                 // as-of totals (default when no calendar)
  std::string group_by = "issuer";
  std::string calendar;              // day | week | month | quarter | year
  std::string from, to;
  bool per_issuer = false;
};
// POST /api/portfolio?as_of=...&group_by=... or ?calendar=month&from=...&to=...[&per_issuer=1]
Reply portfolio(const std::vector<Upload>& uploads, const PortfolioQuery& query);
// POST /api/chart/portfolio?calendar=...&from=...&to=...[&per_issuer=1]: the calendar SVG.
Reply portfolio_chart(const std::vector<Upload>& uploads, const PortfolioQuery& query);

// {"errors": [{"code", "message", "field"?}]} with the given status.
Reply error_reply(int status, std::string_view code, std::string_view message, std::string_view field = {});

}  // namespace vest::web
