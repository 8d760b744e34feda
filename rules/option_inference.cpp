#include "rules/option_inference.hpp"

#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace vest::rules {
namespace {

struct Word {
  std::string text;       // lower-case letters only
  std::size_t begin, end;  // byte offsets in the original
};

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> out;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    Word w{{}, i, i};
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
      w.text += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
    w.end = i;
    out.push_back(std::move(w));
  }
  return out;
}

bool is_option_word(const std::string& w) { return w == "option" || w == "options" || w == "optionee"; }

// "at the Company's option", "at its option", "the option to defer": a choice, not the award.
bool is_choice(const std::vector<Word>& ws, std::size_t i) {
  if (i + 1 < ws.size() && ws[i + 1].text == "to") return true;
  for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
    const std::string& w = ws[i - back].text;
    if (w == "at") return true;
    if (w == "vest" || w == "vests" || w == "shares" || w == "this" || w == "stock") break;
  }
  return false;
}

// The words that decide it, or nothing.
std::optional<Span> option_words(std::string_view text, const std::vector<Word>& ws) {
  static const std::array<std::string_view, 3> exercise_words{"exercisable", "exercisability", "exercised"};
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string& w = ws[i].text;
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
  const auto ws = words_of(text);
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
