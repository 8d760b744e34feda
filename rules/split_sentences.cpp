// split_sentences: reads the final node stream; guarantees sentences that cover it in
// order (split at '.' outside parentheses, not after "Inc."), the item and punctuation nodes
// listed in order, and the footnote-wide words later passes ask about — in one pass over the nodes.
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

namespace vest::rules {

namespace {

// "Inc." and "Co." end words, not sentences.
bool abbreviation(const Normalized& norm, const std::vector<Node>& nodes, std::size_t i) {
  if (i == 0 || i + 1 >= nodes.size() || nodes[i - 1].kind != NK::word) return false;
  const std::string_view w = std::string_view(norm.text).substr(nodes[i - 1].b, nodes[i - 1].e - nodes[i - 1].b);
  // (Most words before a period are longer than any abbreviation: one compare instead of the list.)
  if (w.size() > 6) return false;
  static constexpr std::string_view kAbbreviations[] = {"inc", "co",  "corp", "ltd", "llc", "no",  "nos", "sec", "u.s",
                                                        "i.e", "e.g", "approx", "mr", "ms", "dr",  "jr",  "sr",  "st",
                                                        "vs",  "etc", "l.p", "lp",  "n.a", "s.a", "e",   "i",   "g"};
  for (std::string_view a : kAbbreviations)
    if (w == a) return true;
  return false;
}

}  // namespace

void split_sentences(const Normalized& norm, const std::vector<Node>& nodes, std::vector<std::uint32_t>& item_nodes,
                     std::vector<std::uint32_t>& punct_nodes, Sentences& out) {
  static const std::uint16_t w_number = intern("number"), w_psus = intern("psus"), w_be = intern("be");
  // The footnote-wide words, one table lookup a word (instead of six compares): 1 a vesting word, 2 a certification's.
  enum : std::uint8_t { kVesting = 1, kCertification = 2 };
  static const std::vector<std::uint8_t> word_class = [] {
    const std::uint16_t vesting[] = {intern("vest"), intern("vesting")};
    const std::uint16_t certification[] = {intern("certified"), intern("satisfied"), intern("certification"),
                                           intern("met")};
    return helpers::word_id_table({{vesting, kVesting}, {certification, kCertification}});
  }();
  const std::uint8_t* const word_classes = word_class.data();
  const std::size_t classified = word_class.size();
  out.sentences.clear();
  out.words = FootnoteWords{};
  FootnoteWords& words = out.words;
  item_nodes.clear();
  punct_nodes.clear();
  std::size_t start = 0;
  int depth = 0;
  // (The size and data held in locals: the lists' stores could otherwise alias them, and both would be
  // reloaded for every node.)
  const std::size_t count = nodes.size();
  const Node* const node = nodes.data();
  for (std::size_t i = 0; i < count; ++i) {
    const Node& n = node[i];
    switch (n.kind) {
      case NK::item:
        item_nodes.push_back(static_cast<std::uint32_t>(i));
        if (n.itype == IT::vest_verb) words.vesting_word = true;
        // "the maximum number of PSUs that can be earned", "the actual number earned may range from 0% to
        // 150%": earning is the vesting of a performance award.
        if (n.itype == IT::performance && i > 0 && node[i - 1].kind == NK::word &&
            (node[i - 1].wid == w_be || node[i - 1].wid == w_number || node[i - 1].wid == w_psus) &&
            std::string_view(norm.text).substr(n.b, n.e - n.b).starts_with("earn"))
          words.vesting_word = true;
        if (n.itype == IT::not_vesting) words.any_not_vesting = true;
        break;
      case NK::word:
        if (n.wid < classified && word_classes[n.wid]) {
          if (word_classes[n.wid] == kVesting) words.vesting_word = true;
          else words.certification_word = true;
        }
        break;
      case NK::punct:
        punct_nodes.push_back(static_cast<std::uint32_t>(i));
        if (n.punct == '(') ++depth;
        else if (n.punct == ')' && depth > 0) --depth;
        else if (n.punct == '.' && (depth == 0 || i + 1 == count) && !abbreviation(norm, nodes, i)) {
          if (i > start) out.sentences.push_back({start, i});
          start = i + 1;
          depth = 0;
        }
        break;
      default: break;
    }
  }
  if (start < count) out.sentences.push_back({start, count});
}

}  // namespace vest::rules
