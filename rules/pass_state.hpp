// What the interpreter's passes share while reading one footnote: the text and
// its final node stream, the dates the footnote states, the end of the last
// statement assembled (series step on from it), and the answer being built
// (diagnostics and the derivation go straight into it). Spans are converted
// here from normalised byte offsets to character offsets of the ORIGINAL text.
#pragma once

#include "rules/grammar.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vest::rules {

struct PassState {
  PassState(std::string_view original_text, const Normalized& normalized, const GrantContext& context,
            const std::vector<Node>& node_stream, std::vector<Item>& items, const Context& definitions,
            Interpretation& answer)
      : original(original_text), norm(normalized), gc(context), nodes(node_stream), pool(items), ctx(definitions),
        out(answer), grant(context.grant_date) {}

  // The footnote, as read by the text layer and the item rules.
  std::string_view original;
  const Normalized& norm;
  const GrantContext& gc;
  const std::vector<Node>& nodes;
  std::vector<Item>& pool;               // items; pair_respectively adds share counts it reads
  const Context& ctx;                    // the footnote's named dates
  std::span<const std::uint32_t> item_nodes;  // node indices of the items, in order (split_sentences)
  std::span<const std::uint32_t> punct_nodes;  // node indices of the punctuation, in order (split_sentences)
  std::span<const std::uint64_t> words_held;  // bit per word id the footnote's tokens held (apply_item_rules' Present)
  Interpretation& out;                   // the answer: kind, diagnostics, explain, conditions

  // Dates the footnote states (read_stated_dates).
  std::optional<Date> grant;             // the footnote's grant date, else the input's
  bool grant_from_text = false;
  std::optional<Date> vcd;
  bool vcd_named_vesting = false;        // stated as the vesting commencement / start date, not only an event's date
  std::optional<Date> stated_expiration;  // "The option expires on <date>" (surrounding_sentences.cpp)

  // The last date of the previous statement, as an offset from the date it was
  // counted from: "thereafter" keeps counting from that original anchor
  // (QuantLib: anchor + k·period, never from a clamped previous date: Jan 31 → Feb 29 → Mar 31).
  std::optional<Date> prev_end;
  Date prev_base{};
  int prev_months = 0;
  // The previous date named a day of its month ("on the last day of the month in which ... occurs"): a series
  // "thereafter" without a day rule of its own keeps that day.
  std::optional<unsigned> prev_day;

  bool failed = false;                   // an error was reported

  // Character offsets of [b, e) normalised bytes, and their original text.
  Span span(std::uint32_t b, std::uint32_t e);
  std::string quote(std::uint32_t b, std::uint32_t e) const;
  std::string quote(const Item& it) const { return quote(it.b, it.e); }
  // The items among nodes [b, e).
  std::span<const std::uint32_t> items_in(std::size_t b, std::size_t e) const;
  // Whether the footnote may hold one of `ids` among its words (false only when it surely holds none): a pass
  // that acts only on such words skips its scan without it. Items made from words keep them counted.
  bool may_hold(std::span<const std::uint16_t> ids) const {
    if (words_held.empty()) return true;
    for (const std::uint16_t id : ids)
      if ((id >> 6) >= words_held.size() || ((words_held[id >> 6] >> (id & 63u)) & 1u)) return true;  // (beyond: unknown)
    return false;
  }
  // The punctuation nodes among nodes [b, e).
  std::span<const std::uint32_t> puncts_in(std::size_t b, std::size_t e) const;
  // The normalised text of a node.
  std::string_view text_of(const Node& n) const { return std::string_view(norm.text).substr(n.b, n.e - n.b); }

  void error(std::string code, std::string message, std::uint32_t b, std::uint32_t e);
  void warning(std::string code, std::string message, std::uint32_t b, std::uint32_t e);
  // One step of the derivation: `rule` read [b, e).
  void explain(std::string_view rule, std::uint32_t b, std::uint32_t e);

  // Dates: a when's anchor, the when itself, and the when as (base, months after it)
  // so that series can step from the base.
  std::optional<Date> anchor_date(const When& w, std::uint32_t b, std::uint32_t e);
  std::optional<Date> resolve(const When& w, std::uint32_t b, std::uint32_t e);
  std::optional<std::pair<Date, int>> resolve_base(const When& w, std::uint32_t b, std::uint32_t e);
  void set_prev(Date base, int months, std::optional<Date> end = std::nullopt);
  // The first named date (month, day) strictly after `from`.
  static Date next_named(const std::vector<std::pair<unsigned, unsigned>>& days, Date from);

 private:
  // The original bytes [ob, oe) of normalised bytes [b, e), whole characters.
  std::pair<std::size_t, std::size_t> original_bytes(std::uint32_t b, std::uint32_t e) const;
  // (Inline for the usual ASCII footnote: a character offset is its byte offset.)
  std::size_t to_chars(std::size_t byte) { return ascii_checked_ && ascii_ ? byte : to_chars_slow(byte); }
  std::size_t to_chars_slow(std::size_t byte);
  std::vector<std::uint32_t> chars_;  // byte offset → character offset, built once for non-ASCII text
  bool ascii_checked_ = false, ascii_ = true;
  std::size_t errors_reported_ = 0;
};

}  // namespace vest::rules
