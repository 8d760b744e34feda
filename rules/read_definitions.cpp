// read_definitions: "Quarterly Date" means each of February 28, May 31, August 31, and November 30.
// Reads the node stream before the item rules run; guarantees ctx.named_dates holds every
// "<Name> Date(s) means/shall mean" with two or more month-days, sorted (productions consult them).
#include "rules/definition_verbs.hpp"
#include "rules/passes.hpp"

#include <algorithm>

namespace vest::rules {

const DefinitionVerbs& definition_verbs() {
  static const DefinitionVerbs v{intern("means"), intern("mean")};
  return v;
}

void read_definitions(const std::vector<Node>& t, Context& ctx) {
  static const std::uint16_t w_date = intern("date"), w_dates = intern("dates"), w_shall = intern("shall"),
                             w_vesting = intern("vesting");
  const std::uint16_t w_means = definition_verbs().means, w_mean = definition_verbs().mean;
  // Found by its verb: "means" is rare, so most footnotes cost one pass of integer compares.
  for (std::size_t j = 2; j + 1 < t.size(); ++j) {  // (j >= 2: a name and "date" before the verb)
    if (t[j].kind != NK::word || (t[j].wid != w_means && t[j].wid != w_mean)) continue;
    std::size_t d = j - 1;  // "<Name> Date means", "<Name> Date shall mean", '"<Name> Vesting Date" means'
    if (t[d].kind == NK::word && t[d].wid == w_shall) --d;
    if (d > 0 && t[d].kind == NK::punct && t[d].punct == '"') --d;
    if (d < 1 || t[d].kind != NK::word || (t[d].wid != w_date && t[d].wid != w_dates)) continue;
    std::size_t i = d - 1;
    // "Quarterly Vesting Date": the name is its first word ("each Quarterly Vesting Date" reads it so).
    if (i > 0 && t[i].kind == NK::word && t[i].wid == w_vesting && t[i - 1].kind == NK::word && t[i - 1].wid != 0) --i;
    if (t[i].kind != NK::word || t[i].wid == 0) continue;
    std::vector<std::pair<unsigned, unsigned>> days;
    for (std::size_t k = j + 1; k < t.size() && k < j + 40; ++k) {
      if (t[k].kind == NK::month_day) days.emplace_back(t[k].month, t[k].day);
      else if (t[k].kind == NK::punct && t[k].punct == '.') break;
    }
    if (days.size() >= 2) {
      std::sort(days.begin(), days.end());
      ctx.named_dates.emplace_back(t[i].wid, std::move(days));
    }
  }
}

}  // namespace vest::rules
