#include "engine/filings/pdf_text.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace vest::filings {

namespace {

// Letters and digits only, upper case: "| STATEMENT | OF CHANGES I | N BENEFICIAL" -> "STATEMENTOFCHANGESINBENEFICIAL".
std::string compact(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Undoes the markdown escapes converters add: "\$2.76" -> "$2.76", "\*\*" -> "**".
std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) continue;
    out += s[i];
  }
  return out;
}

// A line with cell separators turned into spaces and runs of spaces collapsed.
std::string flat(std::string_view line) {
  std::string out;
  for (char c : unescape(line)) {
    if (c == '|' || c == '\t' || c == '\r') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

enum class TokKind { word, date, fragment, amount, mark_only };

struct Tok {
  std::string text;                // the value without its marks
  std::vector<std::string> marks;  // "F1"...
  TokKind kind = TokKind::word;
  std::string raw;
};

bool is_full_date(std::string_view s) {
  const auto a = s.find('/');
  const auto b = a == std::string_view::npos ? a : s.find('/', a + 1);
  if (b == std::string_view::npos) return false;
  return all_digits(s.substr(0, a)) && a <= 2 && all_digits(s.substr(a + 1, b - a - 1)) && b - a - 1 <= 2 &&
         s.substr(b + 1).size() == 4 && all_digits(s.substr(b + 1));
}

// Pieces of a broken date: "02/15/3", "02/15/", "/2013", "02/".
bool is_date_fragment(std::string_view s) {
  if (s.find('/') == std::string_view::npos) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '/' || (c >= '0' && c <= '9'); });
}

Tok make_token(std::string_view word) {
  Tok t;
  t.raw = std::string(word);
  std::string w(word);
  // Trailing marks: "58,824(1)", "(1)(2)", "12/16/2023(3)".
  for (;;) {
    if (w.size() < 3 || w.back() != ')') break;
    const auto open = w.rfind('(');
    if (open == std::string::npos || !all_digits(std::string_view(w).substr(open + 1, w.size() - open - 2))) break;
    // Appended rather than "F" + substr(): GCC 12 -O3 warns falsely (-Wstringop-overflow) on the latter.
    std::string id = "F";
    id.append(w, open + 1, w.size() - open - 2);
    t.marks.insert(t.marks.begin(), std::move(id));
    w.erase(open);
  }
  t.text = w;
  if (w.empty() && !t.marks.empty())
    t.kind = TokKind::mark_only;
  else if (is_full_date(w))
    t.kind = TokKind::date;
  else if (is_date_fragment(w))
    t.kind = TokKind::fragment;
  else if (parse_filing_amount(w) && (std::isdigit(static_cast<unsigned char>(w.back()))))
    t.kind = TokKind::amount;
  return t;
}

std::vector<Tok> tokenize(std::string_view line) {
  std::vector<Tok> toks;
  const std::string f = flat(line);
  std::size_t i = 0;
  while (i < f.size()) {
    const auto sp = f.find(' ', i);
    const auto w = std::string_view(f).substr(i, sp == std::string::npos ? std::string::npos : sp - i);
    // "$ 0" -> one token.
    if (w == "$" && sp != std::string::npos) {
      i = sp + 1;
      continue;
    }
    if (!w.empty()) toks.push_back(make_token(w));
    if (sp == std::string::npos) break;
    i = sp + 1;
  }
  return toks;
}

bool is_code(const Tok& t) {
  static constexpr std::string_view codes = "ACDEFGHIJKLMOPSUVWXZ";
  return t.kind == TokKind::word && t.text.size() == 1 && codes.find(t.text[0]) != std::string_view::npos;
}

std::optional<Date> from_form_date(std::string_view s) { return parse_filing_date(s); }

// Rebuilds "02/15/3 | /2013" as 02/15/2013: month and day from the first
// fragment that has them, the year from a "/yyyy" or bare "yyyy" fragment.
std::optional<Date> repair_date(const std::vector<std::string>& fragments) {
  std::optional<int> month, day, year;
  for (const auto& f : fragments) {
    const auto a = f.find('/');
    if (!month && a != std::string::npos && a > 0) {
      const auto b = f.find('/', a + 1);
      const auto m = f.substr(0, a);
      const auto d = b == std::string::npos ? std::string() : f.substr(a + 1, b - a - 1);
      if (all_digits(m) && all_digits(d) && m.size() <= 2 && d.size() <= 2) {
        month = std::stoi(m);
        day = std::stoi(d);
        continue;
      }
    }
    std::string y = f;
    if (!y.empty() && y.front() == '/') y.erase(0, 1);
    if (!year && y.size() == 4 && all_digits(y)) year = std::stoi(y);
  }
  if (!month || !day || !year) return std::nullopt;
  return make_date(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
}

struct Parser {
  const std::string& source;
  Filing& filing;
  std::optional<Date> earliest;

  void warn(std::size_t line, std::string field, std::string code, std::string message) {
    filing.diagnostics.push_back(Diagnostic::warning(std::move(code), std::move(message), {source, line, 0, std::move(field), {}}));
  }

  static void add_marks(Row& r, const Tok& t, const char* field) {
    for (const auto& m : t.marks) r.footnotes.push_back({field, m});
  }

  // Reads the transaction date (and deemed date) from toks[i..] up to the code.
  void dates(Row& r, const std::vector<Tok>& toks, std::size_t& i, std::size_t line) {
    std::vector<std::string> fragments;
    std::vector<Date> full;
    std::string seen;
    while (i < toks.size() && !is_code(toks[i])) {
      const Tok& t = toks[i];
      if (t.kind == TokKind::date) {
        if (auto d = from_form_date(t.text)) full.push_back(*d);
        add_marks(r, t, full.size() <= 1 ? "transactionDate" : "deemedExecutionDate");
      } else if (t.kind == TokKind::fragment || (t.kind == TokKind::amount && all_digits(t.text) && t.text.size() == 4)) {
        fragments.push_back(t.text);
        add_marks(r, t, "transactionDate");
      } else if (t.kind == TokKind::mark_only) {
        add_marks(r, t, "transactionDate");
      } else {
        break;  // something unexpected: leave it to the caller
      }
      seen += (seen.empty() ? "" : " ") + t.raw;
      ++i;
    }
    if (!full.empty()) {
      r.transaction_date = full[0];
      if (full.size() > 1) r.deemed_execution_date = full[1];
      return;
    }
    if (auto d = repair_date(fragments)) {
      r.transaction_date = d;
      std::string how = "transaction date broken in the text (\"" + seen + "\"); recovered as " + to_iso(*d) + " from its fragments";
      if (earliest) how += *earliest == *d ? ", which matches the Date of Earliest Transaction" : "; note the Date of Earliest Transaction is " + to_iso(*earliest);
      warn(line, "transactionDate", "recovered_transaction_date", how);
    } else if (earliest) {
      r.transaction_date = earliest;
      warn(line, "transactionDate", "recovered_transaction_date",
           "transaction date unreadable in the text (\"" + seen + "\"); taken from the Date of Earliest Transaction, " + to_iso(*earliest));
    } else {
      warn(line, "transactionDate", "missing_transaction_date", "no transaction date could be read (\"" + seen + "\")");
    }
  }

  std::optional<Row> row(const std::vector<Tok>& toks, bool derivative, std::size_t line) {
    Row r;
    r.derivative = derivative;
    r.line = line;
    std::size_t i = 0;
    std::string title;
    while (i < toks.size() && toks[i].kind == TokKind::word) title += (title.empty() ? "" : " ") + toks[i++].text;
    if (title.empty()) return std::nullopt;
    r.security = title;
    if (i > 0) add_marks(r, toks[i - 1], "securityTitle");
    if (derivative && i < toks.size() && (toks[i].kind == TokKind::amount || toks[i].kind == TokKind::mark_only)) {
      r.exercise_price = parse_filing_amount(toks[i].text);
      add_marks(r, toks[i], "conversionOrExercisePrice");
      ++i;
    }
    dates(r, toks, i, line);
    if (i >= toks.size() || !is_code(toks[i])) return std::nullopt;
    r.code = toks[i].text;
    add_marks(r, toks[i], "transactionCode");
    ++i;
    if (i + 1 < toks.size() && toks[i].text == "V" && toks[i + 1].kind == TokKind::amount) ++i;
    if (i < toks.size() && toks[i].kind == TokKind::amount) {
      r.shares = parse_filing_amount(toks[i].text);
      add_marks(r, toks[i], "transactionShares");
      ++i;
    } else {
      warn(line, "transactionShares", "missing_amount", "no transaction amount after code " + r.code);
    }
    return derivative ? table2(r, toks, i, line) : table1(r, toks, i, line);
  }

  Row table1(Row& r, const std::vector<Tok>& toks, std::size_t i, std::size_t) {
    while (i < toks.size() && toks[i].kind == TokKind::mark_only) add_marks(r, toks[i++], "transactionShares");
    if (i < toks.size() && (toks[i].text == "A" || toks[i].text == "D")) {
      r.acquired_disposed = toks[i].text;
      add_marks(r, toks[i++], "transactionAcquiredDisposedCode");
    }
    if (i < toks.size() && (toks[i].kind == TokKind::amount || toks[i].kind == TokKind::mark_only)) {
      r.price = parse_filing_amount(toks[i].text);
      add_marks(r, toks[i++], "transactionPricePerShare");
    }
    tail(r, toks, i);
    return r;
  }

  // A date-exercisable or expiration slot: a date, a lone mark, or words such as "Immediately".
  void slot(Row& r, const std::vector<Tok>& toks, std::size_t& i, std::optional<Date>& date, const char* field) {
    if (i >= toks.size()) return;
    const Tok& t = toks[i];
    if (t.kind == TokKind::date) {
      date = from_form_date(t.text);
    } else if (t.kind == TokKind::mark_only) {
    } else if (t.kind == TokKind::word && (t.text == "Immediately" || t.text == "Immediate" || t.text == "Immed.")) {
    } else {
      return;
    }
    add_marks(r, t, field);
    ++i;
  }

  Row table2(Row& r, const std::vector<Tok>& toks, std::size_t i, std::size_t line) {
    slot(r, toks, i, r.exercise_date, "exerciseDate");
    slot(r, toks, i, r.expiration_date, "expirationDate");
    std::string title;
    while (i < toks.size() && toks[i].kind == TokKind::word) title += (title.empty() ? "" : " ") + toks[i++].text;
    r.underlying_security = title;
    if (!title.empty() && i > 0) add_marks(r, toks[i - 1], "underlyingSecurityTitle");
    if (i < toks.size() && toks[i].kind == TokKind::amount) {
      r.underlying_shares = parse_filing_amount(toks[i].text);
      add_marks(r, toks[i++], "underlyingSecurityShares");
    }
    if (i < toks.size() && (toks[i].kind == TokKind::amount || toks[i].kind == TokKind::mark_only)) {
      r.price = parse_filing_amount(toks[i].text);
      add_marks(r, toks[i++], "transactionPricePerShare");
    }
    tail(r, toks, i);
    static constexpr std::string_view acquire = "APJWLCIKZ";
    static constexpr std::string_view dispose = "MXSFGDEHOU";
    if (r.code.size() == 1 && acquire.find(r.code[0]) != std::string_view::npos && r.code != "C")
      r.acquired_disposed = "A";
    else if (r.code.size() == 1 && dispose.find(r.code[0]) != std::string_view::npos)
      r.acquired_disposed = "D";
    else
      warn(line, "transactionAcquiredDisposedCode", "acquired_disposed_unknown",
           "cannot tell from the text whether the " + r.code + " amount was acquired or disposed of");
    return r;
  }

  void tail(Row& r, const std::vector<Tok>& toks, std::size_t& i) {
    if (i < toks.size() && toks[i].kind == TokKind::amount) {
      r.owned_after = parse_filing_amount(toks[i].text);
      add_marks(r, toks[i++], "sharesOwnedFollowingTransaction");
    }
    while (i < toks.size() && toks[i].kind == TokKind::mark_only) add_marks(r, toks[i++], "sharesOwnedFollowingTransaction");
    if (i < toks.size() && (toks[i].text == "D" || toks[i].text == "I")) {
      r.direct_indirect = toks[i].text;
      add_marks(r, toks[i++], "directOrIndirectOwnership");
    }
    std::string nature;
    for (; i < toks.size(); ++i) {
      nature += (nature.empty() ? "" : " ") + toks[i].text;
      add_marks(r, toks[i], "natureOfOwnership");
    }
    r.nature_of_ownership = nature;
  }
};

// Text after `label` on the same flat line, or std::nullopt.
std::optional<std::string> after(const std::string& flat_line, std::string_view label) {
  const auto p = flat_line.find(label);
  if (p == std::string::npos) return std::nullopt;
  return flat_line.substr(p + label.size());
}

bool starts_footnote(std::string_view line, std::string& id, std::string_view& rest) {
  std::string_view s = trim(line);
  if (!s.empty() && (s[0] == '-' || s[0] == '*')) s = trim(s.substr(1));
  bool paren = false;
  if (!s.empty() && s[0] == '(') {
    paren = true;
    s.remove_prefix(1);
  }
  std::size_t n = 0;
  while (n < s.size() && n < 3 && std::isdigit(static_cast<unsigned char>(s[n]))) ++n;
  if (n == 0 || n >= s.size()) return false;
  const char end = s[n];
  if (!(paren ? end == ')' : (end == '.' || end == ')'))) return false;
  if (n + 1 < s.size() && s[n + 1] != ' ') return false;
  id = "F" + std::string(s.substr(0, n));
  rest = trim(s.substr(n + 1));
  return true;
}

// The lines of a form text, read in two passes: the header fields, then the sections.
struct FormLines {
  const std::vector<std::string_view>& raw;
  std::vector<std::string> flat;  // flat(raw[n])
};

// Form type: the first "FORM n" title ("" when there is none).
std::string form_type(const FormLines& text) {
  for (const auto& f : text.flat) {
    const std::string c = compact(f);
    if (c.rfind("FORM", 0) == 0 && c.size() >= 5 && (c[4] == '3' || c[4] == '4' || c[4] == '5')) return std::string(1, c[4]);
  }
  return {};
}

// The first reporting owner's name ("Name and Address of Reporting Person*") and, on later
// lines, the relationship boxes and officer title.
void read_owner_line(std::string_view raw_line, const std::string& f, Filing& filing) {
  if (filing.owners.empty()) {
    const auto p = raw_line.find("Reporting Person*");
    if (p != std::string_view::npos) {
      std::string raw = unescape(raw_line.substr(p + 17));
      auto cut = std::min({raw.find('\t'), raw.find('|'), raw.find("(Last)"), raw.find(" 2. ")});
      std::string name(trim(std::string_view(raw).substr(0, cut)));
      if (!name.empty()) {
        ReportingOwner o;
        o.name = name;
        filing.owners.push_back(std::move(o));
      }
    }
  }
  if (filing.owners.empty()) return;
  auto& o = filing.owners.front();
  if (f.find("X Officer") != std::string::npos) o.is_officer = true;
  if (f.find("X Director") != std::string::npos) o.is_director = true;
  if (f.find("X 10% Owner") != std::string::npos) o.is_ten_percent_owner = true;
  const auto p = raw_line.find("(specify below)");
  if (p != std::string_view::npos && o.officer_title.empty()) {
    std::string raw = unescape(raw_line.substr(p + 15));
    raw = raw.substr(0, std::min(raw.find('\t'), raw.find('|')));
    const std::string title(trim(raw));
    if (!title.empty() && title[0] != '(') o.officer_title = title;
  }
}

// The header: issuer and ticker, the reporting owner, the date of the earliest transaction.
void read_header(const FormLines& text, Filing& filing, Parser& parser) {
  for (std::size_t n = 0; n < text.raw.size(); ++n) {
    const std::string& f = text.flat[n];
    if (filing.issuer.name.empty()) {
      if (auto rest = after(f, "Trading Symbol")) {
        const auto open = rest->find('[');
        const auto close = open == std::string::npos ? open : rest->find(']', open);
        if (open != std::string::npos && close != std::string::npos) {
          filing.issuer.name = std::string(trim(std::string_view(*rest).substr(0, open)));
          filing.issuer.ticker = std::string(trim(std::string_view(*rest).substr(open + 1, close - open - 1)));
        }
      }
    }
    read_owner_line(text.raw[n], f, filing);
    if (!parser.earliest) {
      if (auto rest = after(f, "Date of Earliest Transaction")) {
        for (const auto& t : tokenize(rest->substr(0, std::min<std::size_t>(rest->size(), 60))))
          if (t.kind == TokKind::date) {
            parser.earliest = parse_filing_date(t.text);
            break;
          }
      }
    }
  }
}

enum class Section { header, table1, table2, footnotes, remarks, done };

// A line that starts a section (true: the line is only its heading) moves `section` on.
bool enter_section(const std::string& c, Section& section) {
  if (c.find("EXPLANATIONOFRESPONSES") != std::string::npos) {
    section = Section::footnotes;
    return true;
  }
  if (section != Section::footnotes && section != Section::remarks) {
    if (c.find("TABLEII") != std::string::npos || c.find("TITLEOFDERIVATIVE") != std::string::npos ||
        c.find("CALLSWARRANTS") != std::string::npos) {
      section = Section::table2;
      return true;
    }
    if (section == Section::header &&
        (c.find("NONDERIVATIVE") != std::string::npos || c.find("TITLEOFSECURITY") != std::string::npos)) {
      section = Section::table1;
      return true;
    }
  }
  if (c.rfind("REMARKS", 0) == 0 && (section == Section::footnotes || section == Section::table1 || section == Section::table2)) {
    section = Section::remarks;
    return true;
  }
  return false;
}

// A line of Table I or II: a row when it starts with a word and has a date.
void read_table_line(std::string_view raw_line, const std::string& c, bool derivative, std::size_t line_no,
                     Filing& filing, Parser& parser) {
  if (c.find("INSTR") != std::string::npos || c.find("TITLEOF") != std::string::npos) return;
  const auto toks = tokenize(raw_line);
  const bool has_date = std::any_of(toks.begin(), toks.end(), [](const Tok& t) {
    return t.kind == TokKind::date || t.kind == TokKind::fragment;
  });
  if (toks.empty() || toks[0].kind != TokKind::word || !has_date) return;
  if (auto r = parser.row(toks, derivative, line_no)) filing.rows.push_back(std::move(*r));
}

// A line of the Explanation of Responses: a new footnote ("(1) ..."), or the continuation of `current`.
void read_footnote_line(const std::string& f, std::size_t line_no, Filing& filing, Parser& parser, Footnote*& current) {
  std::string id;
  std::string_view rest;
  if (starts_footnote(f, id, rest)) {
    if (filing.footnote(id)) {
      parser.warn(line_no, id, "duplicate_footnote", "footnote " + id + " appears twice; the first is used");
      current = nullptr;
    } else {
      filing.footnotes.push_back({id, std::string(rest), line_no});
      current = &filing.footnotes.back();
    }
  } else if (!trim(f).empty() && current) {
    current->text += " " + std::string(trim(f));
  }
}

// A line after "Remarks": remarks text, or a signature (a name and a date, possibly on two lines),
// until the signature block's own heading ends the form.
void read_remarks_line(const FormLines& text, std::size_t n, const std::string& c, Filing& filing, Section& section) {
  const std::string& f = text.flat[n];
  if (c.find("SIGNATUREOFREPORTINGPERSON") != std::string::npos || c.rfind("REMINDER", 0) == 0) {
    section = Section::done;
    return;
  }
  const std::string t(trim(f));
  if (t.empty()) return;
  // The signature line: a name followed by a date, or a lone date.
  const auto toks = tokenize(t);
  if (!toks.empty() && toks.back().kind == TokKind::date) {
    Signature s;
    for (std::size_t k = 0; k + 1 < toks.size(); ++k) s.name += (s.name.empty() ? "" : " ") + toks[k].text;
    s.date = parse_filing_date(toks.back().text);
    if (s.name.empty() && !filing.signatures.empty() && !filing.signatures.back().date)
      filing.signatures.back().date = s.date;
    else
      filing.signatures.push_back(std::move(s));
  } else if (filing.signatures.empty() && !filing.remarks.empty() && n + 1 < text.raw.size()) {
    filing.remarks += " " + t;
  } else if (filing.signatures.empty()) {
    // Converters put the signature name alone on a line before its date.
    bool next_is_date = false;
    for (std::size_t k = n + 1; k < text.raw.size(); ++k) {
      const auto nt = tokenize(text.flat[k]);
      if (nt.empty()) continue;
      next_is_date = nt.size() == 1 && nt[0].kind == TokKind::date;
      break;
    }
    if (next_is_date)
      filing.signatures.push_back({t, std::nullopt});
    else
      filing.remarks += (filing.remarks.empty() ? "" : " ") + t;
  }
}

// The tables, then the footnotes and remarks.
void read_sections(const FormLines& text, Filing& filing, Parser& parser) {
  Section section = Section::header;
  Footnote* current = nullptr;
  for (std::size_t n = 0; n < text.raw.size(); ++n) {
    const std::string& f = text.flat[n];
    const std::string c = compact(f);
    const std::size_t line_no = n + 1;
    if (enter_section(c, section)) {
      if (section == Section::remarks) current = nullptr;
      continue;
    }
    switch (section) {
      case Section::table1:
      case Section::table2: read_table_line(text.raw[n], c, section == Section::table2, line_no, filing, parser); break;
      case Section::footnotes: read_footnote_line(f, line_no, filing, parser, current); break;
      case Section::remarks: read_remarks_line(text, n, c, filing, section); break;
      default: break;
    }
  }
}

// Warnings for what the form lacks: the issuer, the owner, footnotes its rows refer to.
void warn_missing(const Filing& filing, Parser& parser) {
  if (filing.issuer.name.empty())
    parser.warn(0, "issuer", "missing_issuer", "no \"Issuer Name and Ticker or Trading Symbol\" could be read");
  if (filing.owners.empty())
    parser.warn(0, "reportingOwner", "missing_owner", "no \"Name and Address of Reporting Person\" could be read");
  for (const auto& r : filing.rows)
    for (const auto& ref : r.footnotes)
      if (!filing.footnote(ref.id))
        parser.warn(r.line, ref.field, "undefined_footnote", "row references footnote (" + ref.id.substr(1) + ") but the Explanation of Responses has no such footnote");
}

}  // namespace

bool looks_like_form_text(std::string_view head) {
  const std::string c = compact(head);
  return c.find("BENEFICIALOWNERSHIP") != std::string::npos &&
         (c.find("FORM4") != std::string::npos || c.find("FORM3") != std::string::npos ||
          c.find("FORM5") != std::string::npos);
}

Result<Filing> read_pdf_text(std::string_view content, const std::string& source) {
  Diagnostics repairs;
  std::string repaired;
  content = valid_utf8_text(content, repaired, source, repairs);
  const auto lines = split_lines(content);
  if (!looks_like_form_text(content)) {
    return Result<Filing>::failure(Diagnostic::error(
        "not_a_form", "not a Form 3, 4 or 5: no \"FORM 4\" title and \"Statement of Changes in Beneficial Ownership\" found",
        {source, 1, 0, "", {}}));
  }
  Filing filing;
  filing.source = source;
  filing.format = SourceFormat::pdf_text;
  filing.diagnostics = std::move(repairs);
  Parser parser{source, filing, std::nullopt};
  FormLines text{lines, {}};
  text.flat.reserve(lines.size());
  for (auto l : lines) text.flat.push_back(flat(l));

  if (std::string form = form_type(text); !form.empty()) filing.form = std::move(form);
  read_header(text, filing, parser);
  filing.period_of_report = parser.earliest;
  read_sections(text, filing, parser);
  warn_missing(filing, parser);
  if (filing.rows.empty()) {
    return Result<Filing>::failure(Diagnostic::error(
        "no_transactions", "a Form " + filing.form + " text, but no row of Table I or Table II could be read", {source, 0, 0, "", {}}));
  }
  return Result<Filing>(std::move(filing));
}

}  // namespace vest::filings
