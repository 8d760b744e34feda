#include "engine/filings/filing.hpp"

#include "engine/core/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace vest::filings {

std::string_view to_string(SourceFormat f) {
  switch (f) {
    case SourceFormat::edgar_xml: return "edgar_xml";
    case SourceFormat::dataset_tsv: return "dataset_tsv";
    case SourceFormat::pdf_text: return "pdf_text";
  }
  return "unknown";
}

std::string ReportingOwner::relationship() const {
  std::string out;
  auto add = [&](std::string_view part) {
    if (!out.empty()) out += ", ";
    out += part;
  };
  if (is_director) add("Director");
  if (is_officer) add(officer_title.empty() ? std::string("Officer") : "Officer (" + officer_title + ")");
  if (is_ten_percent_owner) add("10% Owner");
  if (is_other) add(other_text.empty() ? std::string("Other") : "Other (" + other_text + ")");
  return out;
}

std::vector<std::string> Row::footnote_ids() const {
  std::vector<std::string> ids;
  for (const auto& f : footnotes)
    if (std::find(ids.begin(), ids.end(), f.id) == ids.end()) ids.push_back(f.id);
  return ids;
}

const Footnote* Filing::footnote(std::string_view id) const {
  for (const auto& f : footnotes)
    if (f.id == id) return &f;
  return nullptr;
}

std::string_view trim(std::string_view s) {
  auto is_space = [](std::string_view t, std::size_t i) -> std::size_t {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    return 0;
  };
  for (;;) {
    if (!s.empty() && is_space(s, 0)) { s.remove_prefix(1); continue; }
    if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC2 && static_cast<unsigned char>(s[1]) == 0xA0) {
      s.remove_prefix(2);
      continue;
    }
    break;
  }
  for (;;) {
    if (!s.empty() && is_space(s, s.size() - 1)) { s.remove_suffix(1); continue; }
    if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
        static_cast<unsigned char>(s[s.size() - 1]) == 0xA0) {
      s.remove_suffix(2);
      continue;
    }
    break;
  }
  return s;
}

std::optional<Amount> parse_filing_amount(std::string_view text) {
  text = trim(text);
  if (!text.empty() && text.front() == '$') text = trim(text.substr(1));
  if (text.empty()) return std::nullopt;
  return Amount::parse(text);
}

namespace {

std::optional<int> parse_int(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<unsigned> month_from_abbrev(std::string_view m) {
  static constexpr std::array<std::string_view, 12> names{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                          "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  if (m.size() != 3) return std::nullopt;
  std::string up(m);
  for (auto& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (unsigned i = 0; i < names.size(); ++i)
    if (names[i] == up) return i + 1;
  return std::nullopt;
}

}  // namespace

std::optional<Date> parse_filing_date(std::string_view text) {
  text = trim(text);
  // ISO, possibly followed by a zone offset ("2013-02-15-05:00", "2013-02-15Z").
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
    if (text.size() > 10 && !(text[10] == '-' || text[10] == '+' || text[10] == 'Z' || text[10] == 'T'))
      return std::nullopt;
    return parse_iso_date(text.substr(0, 10));
  }
  // Data sets: "15-FEB-2013".
  if (text.size() == 11 && text[2] == '-' && text[6] == '-') {
    auto d = parse_int(text.substr(0, 2));
    auto m = month_from_abbrev(text.substr(3, 3));
    auto y = parse_int(text.substr(7, 4));
    if (!d || !m || !y) return std::nullopt;
    return make_date(*y, *m, static_cast<unsigned>(*d));
  }
  // Forms: "02/15/2013" (month first).
  const auto s1 = text.find('/');
  const auto s2 = s1 == std::string_view::npos ? s1 : text.find('/', s1 + 1);
  if (s1 != std::string_view::npos && s2 != std::string_view::npos) {
    auto m = parse_int(text.substr(0, s1));
    auto d = parse_int(text.substr(s1 + 1, s2 - s1 - 1));
    auto y = parse_int(text.substr(s2 + 1));
    if (!m || !d || !y || text.substr(s2 + 1).size() != 4) return std::nullopt;
    return make_date(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
  }
  return std::nullopt;
}

std::string_view valid_utf8_text(std::string_view content, std::string& storage, const std::string& source, Diagnostics& out) {
  const auto first = find_invalid_utf8(content);
  if (!first) return content;
  Utf8Repair repair;
  storage = sanitized_utf8(content, &repair);
  const auto before = content.substr(0, *first);
  const std::size_t line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
  const auto line_start = before.rfind('\n');
  const std::size_t column = *first - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
  out.push_back(Diagnostic::warning(
      "invalid_utf8",
      std::to_string(repair.replaced) + " invalid UTF-8 sequence(s) replaced by U+FFFD; the first at byte offset " + std::to_string(*first),
      {source, line, column, "", {}}));
  return storage;
}

}  // namespace vest::filings
