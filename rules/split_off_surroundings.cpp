// split_off_surroundings: the trailing part of a sentence that is about something around the schedule
// ("...; vested shares will be issued within 30 days following each vesting date", ", except that vesting
// will accelerate in full upon a change in control", ", and will be settled in shares ...") becomes a
// sentence of its own, so that it is set aside with its reason (surrounding_sentences.cpp) instead of being
// read as part of the schedule's clause. Only when the part, by itself, is one of the classes there.
#include "rules/definition_verbs.hpp"
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include <algorithm>

namespace vest::rules {

namespace {

using helpers::is_w;

// Where such a part may begin (node index of its first node), given the node at `i`: after a ';';
// at "except" after ','; at "and" + "will"/"shall"/"are"/"is" after ',' ("and will be settled"), or "and any / all"
// + up to two words + "will"/"shall" ("and any unvested options will become fully vested upon ...").
std::optional<std::size_t> tail_start(const std::vector<Node>& n, std::size_t i, std::size_t e) {
  static const std::uint16_t except = intern("except"), and_ = intern("and"), will = intern("will"),
                             shall = intern("shall"), are = intern("are"), is = intern("is");
  if (n[i].kind != NK::punct) return std::nullopt;
  if (n[i].punct == ';') return i + 1;
  if (n[i].punct != ',' || i + 2 >= e) return std::nullopt;
  if (is_w(n[i + 1], except)) return i + 1;
  const Node& m = n[i + 2];
  if (is_w(n[i + 1], and_) && (is_w(m, will) || is_w(m, shall) || is_w(m, are) || is_w(m, is))) return i + 1;
  // ", and, if not previously vested, will vest in full upon ...": a parenthetical of up to six nodes between "and" and
  // the verb (what the part then says decides whether it is split, as for the others).
  if (is_w(n[i + 1], and_) && m.kind == NK::punct && m.punct == ',')
    for (std::size_t j = i + 3; j + 1 < e && j <= i + 9; ++j)
      if (n[j].kind == NK::punct) {
        if (n[j].punct == ',' && (is_w(n[j + 1], will) || is_w(n[j + 1], shall))) return i + 1;
        break;
      }
  // ", and any unvested options will become fully vested upon ...", ", and all outstanding RSUs shall ...": a subject
  // of "any" / "all" and up to two plain words before the verb (what the part then says decides whether it is split).
  static const std::uint16_t any = intern("any"), all = intern("all");
  if (is_w(n[i + 1], and_) && (is_w(m, any) || is_w(m, all)))
    for (std::size_t j = i + 3; j < e && j <= i + 5 && n[j].kind == NK::word; ++j)
      if (is_w(n[j], will) || is_w(n[j], shall)) return i + 1;
  return std::nullopt;
}

// A part that sizes a portion ("the remaining shares will vest upon a change in control") is part of the
// schedule (a contingent remainder), never set aside; "100% of the unvested units" sizes nothing.
bool sizes_a_portion(const PassState& a, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i) {
    const Node& n = a.nodes[i];
    if (n.kind != NK::item || n.itype != IT::portion) continue;
    const Item& it = a.pool[n.payload];
    if (!(it.pkind == Item::PortionKind::fraction && it.fraction == Fraction(1))) return true;
  }
  return false;
}

// A part with a vest verb of its own ("except that the final installment will vest upon a change in control")
// may say when part of the grant vests: only an acceleration that says so ("vesting will accelerate",
// "subject to accelerated vesting") is split off.
bool vests_of_its_own(const PassState& a, const Sentence& t) {
  if (!read_sentence_facts(a, t).vest_statement_words) return false;  // ("vested shares will be issued")
  const std::string_view text = std::string_view(a.norm.text).substr(a.nodes[t.b].b, a.nodes[t.e - 1].e - a.nodes[t.b].b);
  return text.find("accelerat") == std::string_view::npos;
}

// "except that the option will vest in full upon the optionee's death or disability", "except that a pro-rata
// portion will vest upon an earlier termination due to retirement": the whole grant (or a pro-rata part of it)
// vesting on an event the acceleration class names is an acceleration even without the word; "except that the
// final installment will vest upon a change in control" names a part of the schedule and stays.
bool vests_the_whole(const PassState& a, const Sentence& t) {
  const std::string_view text = std::string_view(a.norm.text).substr(a.nodes[t.b].b, a.nodes[t.e - 1].e - a.nodes[t.b].b);
  // ("and will vest earlier upon a Change in Control": vesting sooner than the schedule says, whatever part it names.)
  for (std::string_view sign : {"in full", "fully", "pro-rata", "pro rata", "all unvested", "any unvested",
                                "earlier upon", "sooner upon", "earlier in the event"})
    if (text.find(sign) != std::string_view::npos) return true;
  return false;
}

// After ';' or ", with", a definition of dates that runs to the sentence's end with nothing of the schedule in it
// ("..., with "Vesting Date" meaning ..., until fully vested" keeps its end: not split).
bool defines_days_to_the_end(const PassState& a, const Node& at, const Sentence& tail) {
  static const std::uint16_t with = intern("with");
  std::size_t b = tail.b;
  if (at.punct == ',') {
    if (!is_w(a.nodes[b], with)) return false;
    ++b;
  } else if (at.punct != ';') {
    return false;
  }
  if (!defines_dates(a.nodes, b, std::min<std::size_t>(b + 6, tail.e))) return false;
  for (std::size_t i = b; i < tail.e; ++i) {
    const Node& x = a.nodes[i];
    if (x.kind == NK::item && x.itype != IT::cadence && x.itype != IT::day_policy && x.itype != IT::when &&
        x.itype != IT::when_list)
      return false;
  }
  return true;
}

bool splits_off(Surrounding k) {
  return k == Surrounding::acceleration || k == Surrounding::proviso || k == Surrounding::option_terms ||
         k == Surrounding::settlement || k == Surrounding::transfer_restriction;
}

}  // namespace

void split_off_surroundings(const PassState& a, Sentences& sentences) {
  auto& list = sentences.sentences;
  // (A definition of dates needs its verb and "date(s)": most footnotes skip its check at every ',' and ';'.)
  static const DefinitionVerbs& v = definition_verbs();
  static const std::uint16_t verbs[] = {v.means, v.mean, v.are, v.is, v.meaning},
                             date_words[] = {intern("date"), intern("dates")}, with[] = {intern("with")};
  const bool may_define = a.may_hold(verbs) && a.may_hold(date_words);
  const bool may_define_with = may_define && a.may_hold(with);
  for (std::size_t k = 0; k < list.size(); ++k) {
    const Sentence s = list[k];
    int depth = 0;
    // (Only punctuation opens or closes parentheses or begins a part: the other nodes need not be looked at.)
    for (const std::uint32_t i : a.puncts_in(s.b + 1, s.e > s.b + 1 ? s.e - 1 : s.b + 1)) {
      const Node& n = a.nodes[i];
      if (n.punct == '(') ++depth;
      else if (n.punct == ')' && depth > 0) --depth;
      if (depth != 0) continue;
      if (may_define_with && n.punct == ',' && i + 1 < s.e && defines_days_to_the_end(a, n, Sentence{i + 1, s.e})) {
        list[k].e = i;
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(k) + 1, Sentence{i + 1, s.e});
        break;
      }
      const auto t = tail_start(a.nodes, i, s.e);
      if (!t || *t >= s.e) continue;
      const Sentence tail{*t, s.e};
      // "...; Quarterly Vesting Dates are March 1, June 1, ...", '..., with "Monthly Vesting Date" meaning the 10th day
      // of each calendar month': a definition of the days the schedule names is a sentence of its own, read and set
      // aside as one (read_definitions), not a clause of the schedule.
      if (may_define && defines_days_to_the_end(a, n, tail)) {
        list[k].e = i;
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(k) + 1, tail);
        break;
      }
      if (sizes_a_portion(a, tail.b, tail.e)) continue;
      const Surrounding kind = classify_surrounding(a, tail);
      if (!splits_off(kind) || (vests_of_its_own(a, tail) && !(kind == Surrounding::acceleration && vests_the_whole(a, tail)))) continue;
      list[k].e = i;
      list.insert(list.begin() + static_cast<std::ptrdiff_t>(k) + 1, tail);
      break;  // (the tail is looked at again as a sentence of its own: it may hold another)
    }
  }
}

}  // namespace vest::rules
