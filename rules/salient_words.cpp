// The salient word table (salient_words.hpp): one line per class. A word here
// that no item consumed, in a footnote that yields dates, makes the answer
// unrecognized unless its sentence is set aside with a reason.
#include "rules/salient_words.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace vest::rules {

std::string_view to_string(Salient s) {
  switch (s) {
    case Salient::none: return "none";
    case Salient::number: return "number";
    case Salient::date: return "date";
    case Salient::month: return "month name";
    case Salient::weekday: return "weekday name";
    case Salient::cadence: return "cadence word";
    case Salient::day_of_month: return "day-of-month word";
    case Salient::anchor: return "anchor word";
    case Salient::sequence: return "sequence word";
    case Salient::scope: return "scope word";
    case Salient::rounding: return "rounding word";
  }
  return "none";
}

namespace {

// By word id. Interned on first use (registry.cpp lists every word, so ids exist already).
const std::vector<Salient>& salient_table() {
  static const std::vector<Salient> table = [] {
    const std::vector<std::pair<Salient, std::vector<std::uint16_t>>> classes = {
        {Salient::month,
         {intern("january"), intern("february"), intern("april"), intern("june"), intern("july"), intern("august"),
          intern("september"), intern("october"), intern("november"), intern("december")}},  // ("may", "march": verbs too)
        {Salient::weekday,
         {intern("monday"), intern("tuesday"), intern("wednesday"), intern("thursday"), intern("friday"),
          intern("saturday"), intern("sunday")}},
        {Salient::cadence,
         {intern("month"), intern("months"), intern("monthly"), intern("quarter"), intern("quarters"),
          intern("quarterly"), intern("calendar"), intern("annual"), intern("annually"), intern("year"), intern("years"),
          intern("yearly"), intern("anniversary"), intern("anniversaries"), intern("installment"),
          intern("installments"), intern("instalment"), intern("instalments"), intern("increment"),
          intern("increments"), intern("period"), intern("periods"), intern("semi-annual"), intern("semi-annually"),
          intern("semiannual"), intern("semiannually"), intern("week"), intern("weeks"), intern("weekly"),
          intern("ratably"), intern("tranche"), intern("tranches"), intern("cliff")}},
        {Salient::day_of_month, {intern("day"), intern("days"), intern("last")}},
        {Salient::anchor,
         {intern("grant"), intern("commencement"), intern("hire"), intern("start"), intern("closing"),
          intern("effective"), intern("appointment")}},
        {Salient::sequence,
         {intern("thereafter"), intern("following"), intern("beginning"), intern("commencing"), intern("starting"),
          intern("until"), intern("through"), intern("ending"), intern("then")}},
        {Salient::rounding,
         {intern("rounded"), intern("rounding"), intern("round"), intern("fractional"), intern("divided"),
          intern("divisible")}},
        {Salient::scope,
         {intern("settled"), intern("settle"), intern("settlement"), intern("delivered"), intern("delivery"), intern("deliver"),
          intern("paid"), intern("payable"), intern("adopted"), intern("plan"), intern("purchase"),
          intern("purchased"), intern("sale"), intern("sold"), intern("withheld"), intern("withholding"),
          intern("converted"), intern("conversion"), intern("assumed"),
          intern("dated")}},  // ("the employment agreement dated <date>": a document's date)
    };
    std::uint16_t top = 0;
    for (const auto& [cls, ids] : classes) top = std::max(top, *std::max_element(ids.begin(), ids.end()));
    std::vector<Salient> t(top + 1u, Salient::none);
    for (const auto& [cls, ids] : classes)
      for (auto id : ids) t[id] = cls;
    return t;
  }();
  return table;
}

}  // namespace

Salient salience(const Node& n) {
  switch (n.kind) {
    case NK::number:
    case NK::percent:
    case NK::fraction:
    case NK::ordinal: return Salient::number;
    case NK::date:
    case NK::month_day: return Salient::date;
    case NK::word: {
      const auto& t = salient_table();
      return n.wid != 0 && n.wid < t.size() ? t[n.wid] : Salient::none;
    }
    case NK::punct:
    case NK::item: return Salient::none;
  }
  return Salient::none;
}

}  // namespace vest::rules
