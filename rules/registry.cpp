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
    // is read-only once interpretation starts. scripts/registry_words.py rewrites
    // this list; tests/rules/text_test.cpp checks it.
    for (std::string_view word : {"","above","according","achieve","achieved","achievement","achieves","achieving","after","agreement","all","and","anniversaries","anniversary","annual","annually","approximately","april","are","as","at","attain","attained","attaining","attainment","attains","august","award","awarded","awards","be","become","becomes","been","before","beginning","by","calculated","calendar","cent","certified","cliff","closed","closing","commencing","consummation","continued","continues","continuous","control","conversion","date","dates","death","december","determined","disability","discretion","during","each","earlier","ebitda","eighths","employed","employment","equal","equally","every","exceed","exceeds","except","exercise","february","fifths","following","for","fourths","from","fully","goal","goals","grant","granted","half","halves","has","have","if","immediately","in","including","initial","installments","is","issuance","january","july","june","lapse","lapsed","lapses","last","later","march","may","mean","means","measured","milestone","milestones","month","monthly","months","next","november","number","october","of","offering","on","option","options","or","over","per","percent","performance","period","previously","price","prior","psus","purchase","pursuant","quarter","quarterly","quarters","ratably","reaches","respectively","restricted","retirement","revenue","revenues","rsu","rsus","sales","sar","sars","satisfied","securities","semi","semiannual","semiannually","september","serve","service","shall","share","shares","sixths","starting","stock","substantially","such","target","targets","terminated","termination","the","thirds","this","through","thru","time","to","units","unless","until","upon","vest","vesting","was","week","weeks","were","when","whichever","will","year","yearly","years"})
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
