// The registry: every rule family, in the order the interpreter tries them.
// Within a level, item rules are tried in this order at each position and the
// first that matches (and whose production accepts) wins; clause rules are
// tried in this order for each clause. Conditions come first so that what
// they consume ("provided that the RSUs vest in full upon a change in
// control") is hidden from the schedule rules.
#include "rules/grammar.hpp"

namespace vest::rules {

const std::vector<Family>& families() {
  static const std::vector<Family> all = [] {
    // Words that productions and the interpreter look up by id (function-local
    // statics) are interned here, before any text is tokenised: the word table
    // is read-only once interpretation starts. (Keep in sync: grep 'intern("'.)
    for (std::string_view word : {"","according","achievement","after","agreement","and","anniversaries","anniversary","annual","annually","as","at","award","awards","before","by","calculated","cent","closing","consummation","continued","continues","continuous","control","date","dates","death","determined","disability","discretion","during","each","earlier","employed","employment","equally","except","following","for","fully","grant","if","immediately","in","is","lapse","lapsed","lapses","later","mean","means","measured","month","monthly","months","next","offering","on","option","options","or","over","per","percent","performance","prior","psus","quarter","quarterly","quarters","ratably","respectively","retirement","rsu","rsus","sar","sars","semi","semiannual","semiannually","serve","service","shall","such","terminated","termination","the","this","units","unless","upon","vesting","was","week","weeks","when","whichever","will","year","yearly"})
      intern(word);
    std::vector<Family> f;
    f.push_back(conditions_family());
    f.push_back(anchors_family());
    f.push_back(cadence_family());
    f.push_back(amounts_family());
    f.push_back(schedules_family());
    return f;
  }();
  return all;
}

}  // namespace vest::rules
