#include "rules/option_inference.hpp"

#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace vest::rules {
namespace {

struct Word {
  std::string_view text;   // lower-case letters only (a view into the lower-cased copy)
  std::size_t begin, end;  // byte offsets in the original
};

// The words of `lower` (the footnote lower-cased, same offsets).
std::vector<Word> words_of(std::string_view lower) {
  std::vector<Word> out;
  for (std::size_t i = 0; i < lower.size();) {
    if (lower[i] < 'a' || lower[i] > 'z') {
      ++i;
      continue;
    }
    const std::size_t b = i;
    while (i < lower.size() && lower[i] >= 'a' && lower[i] <= 'z') ++i;
    out.push_back({lower.substr(b, i - b), b, i});
  }
  return out;
}

bool starts_with_at(std::string_view lower, std::size_t i, std::string_view w) { return lower.substr(i, w.size()) == w; }

// One pass: most footnotes have none of these words, and this check keeps
// them from paying for a word list.
bool may_name_an_option(std::string_view lower) {
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const char c = lower[i];
    if ((c == 'o' && starts_with_at(lower, i, "option")) || (c == 'e' && starts_with_at(lower, i, "exercis")) ||
        (c == 'a' && starts_with_at(lower, i, "appreciation")))
      return true;
  }
  return false;
}

bool is_option_word(std::string_view w) { return w == "option" || w == "options" || w == "optionee"; }

// "at the Company's option", "at its option", "the option to defer": a choice, not the award.
bool is_choice(const std::vector<Word>& ws, std::size_t i) {
  if (i + 1 < ws.size() && ws[i + 1].text == "to") return true;
  for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
    const std::string_view w = ws[i - back].text;
    if (w == "at") return true;
    if (w == "vest" || w == "vests" || w == "shares" || w == "this" || w == "stock") break;
  }
  return false;
}

// The words that decide it, or nothing.
std::optional<Span> option_words(std::string_view text, const std::vector<Word>& ws) {
  static const std::array<std::string_view, 3> exercise_words{"exercisable", "exercisability", "exercised"};
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string_view w = ws[i].text;
    if (is_option_word(w) && !is_choice(ws, i)) {
      const std::size_t b = i > 0 ? ws[i - 1].begin : ws[i].begin;
      const std::size_t e = i + 1 < ws.size() ? ws[i + 1].end : ws[i].end;
      return Span{b, e};
    }
    for (auto x : exercise_words)
      if (w == x) return Span{ws[i].begin, ws[i].end};
    if (w == "appreciation" && i + 1 < ws.size() && (ws[i + 1].text == "right" || ws[i + 1].text == "rights"))
      return Span{ws[i].begin, ws[i + 1].end};
  }
  (void)text;
  return std::nullopt;
}

std::size_t chars_before(std::string_view text, std::size_t byte) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

OptionDecision decide_option(std::string_view text, const GrantContext& context, std::optional<bool> given) {
  if (given) return {*given, std::nullopt};
  if (context.is_option) return {true, std::nullopt};
  if (context.expiration)
    return {true, Diagnostic::warning("option_inferred", "treated as an option: an expiration date is given", {})};
  if (context.exercise_price)
    return {true, Diagnostic::warning("option_inferred", "treated as an option: an exercise price is given", {})};
  std::string lower(text);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (!may_name_an_option(lower)) return {false, std::nullopt};
  const auto ws = words_of(lower);
  if (auto span = option_words(text, ws)) {
    SourceLocation where;
    where.span = Span{chars_before(text, span->begin), chars_before(text, span->end)};
    std::string quoted(text.substr(span->begin, span->end - span->begin));
    return {true, Diagnostic::warning("option_inferred", "treated as an option: the footnote says \"" + quoted + "\"",
                                      where)};
  }
  return {false, std::nullopt};
}

Interpretation interpret_grant(std::string_view text, GrantContext context, std::optional<bool> given) {
  OptionDecision d = decide_option(text, context, given);
  context.is_option = d.is_option;
  Interpretation out = interpret(text, context);
  // Only a result with a schedule has something exercisable to explain.
  if (d.warning && out.spec) out.diagnostics.push_back(std::move(*d.warning));
  return out;
}

}  // namespace vest::rules
