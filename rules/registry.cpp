// The registry: every rule family, in the order the interpreter tries them.
// Within a level, item rules are tried in this order at each position and the
// first that matches (and whose production accepts) wins; clause rules are
// tried in this order for each clause. Conditions come first so that what
// they consume ("provided that the RSUs vest in full upon a change in
// control") is hidden from the schedule rules.
#include "rules/grammar.hpp"

namespace vest::rules {

// (Declared here rather than in grammar.hpp, which every rules file includes.)
Family event_anchors_family();    // family_event_anchors.cpp
Family restated_dates_family();   // family_restated_dates.cpp
Family nested_offsets_family();   // family_nested_offsets.cpp
Family series_slots_family();     // family_series_slots.cpp
Family surroundings_family();  // surrounding_sentences.cpp: no rules, the examples of the sentences set aside
Family other_kinds_family();    // family_other_kinds.cpp: 10b5-1 plans, parts of an award counted in shares

const std::vector<Family>& families() {
  static const std::vector<Family> all = [] {
    // Words that productions and the interpreter look up by id (function-local
    // statics) are interned here, before any text is tokenised: the word table
    // is read-only once interpretation starts. scripts/registry_words.py rewrites
    // this list; tests/rules/text_test.cpp checks it.
    for (std::string_view word : {"","a","above","according","accrued","achieve","achieved","achievement","achieves","achieving","acquired","acquisition","adopted","after","agreement","all","an","and","anniversaries","anniversary","annual","annually","any","appointment","approval","approve","approved","approximately","april","are","as","assumed","at","attain","attained","attaining","attainment","attains","august","award","awarded","awards","balance","based","be","became","become","becomes","been","before","beginning","but","by","calculated","calendar","cannot","cent","certification","certified","certifies","certify","change","cliff","closed","closing","combination","commencement","commencing","common","completion","condition","conditions","connection","consideration","consummation","continue","continued","continues","continuous","control","conversion","converted","corp","credited","date","dated","dates","day","days","death","december","defer","deferral","deferred","defers","defined","deliver","delivered","delivers","delivery","determined","different","disability","discretion","distribute","distributed","distribution","divided","dividend","dividends","divisible","down","during","each","earlier","earliest","earned","ebitda","effective","eighths","employed","employment","ending","entirety","equal","equally","every","exceed","exceeds","except","excess","exercisable","exercise","expiration","expire","expired","expires","expiring","expiry","february","fifths","final","fiscal","following","for","forfeit","forfeited","forfeits","forfeiture","fourths","fractional","friday","from","full","fully","goal","goals","grant","granted","had","half","halves","has","have","hire","if","immediately","in","inc","including","increment","increments","initial","installment","installments","instalment","instalments","ipo","is","issuance","issued","its","january","july","june","lapse","lapsed","lapses","last","later","latest","leftover","listing","llc","long","ltd","march","may","mean","meaning","means","measured","merger","met","milestone","milestones","monday","month","monthly","months","next","november","number","occurred","occurs","october","odd","of","offering","on","one","option","options","or","other","others","over","paid","payable","payment","per","percent","performance","period","periods","plan","policy","previously","price","prior","program","provided","psus","purchase","purchased","pursuant","qualifying","quarter","quarterly","quarters","ratably","ratification","reaches","received","recognition","reinvested","remain","remainder","remaining","remains","reorganization","repurchase","requirement","respectively","rest","restricted","retirement","revenue","revenues","right","round","rounded","rounding","rsu","rsus","rule","said","sale","sales","sar","sars","satisfied","saturday","section","securities","semi","semi-annual","semi-annually","semiannual","semiannually","separation","september","serve","service","settle","settled","settlement","settles","settling","shall","share","shares","since","single","sixths","so","sold","spinoff","start","starting","stock","subject","subsequent","substantially","succeeding","such","sunday","target","targets","term","terminate","terminated","terminates","terminating","termination","that","the","then","thereafter","thereof","these","thirds","this","those","through","thru","thursday","time","to","trading","tranche","tranches","transaction","transactions","tuesday","under","underlying","unequal","unit","units","unless","until","upon","varying","vest","vested","vesting","vests","was","wednesday","week","weekly","weeks","were","when","which","whichever","will","with","withheld","withholding","year","yearly","years"})
      intern(word);
    std::vector<Family> f;
    f.push_back(conditions_family());
    f.push_back(restated_dates_family());  // (its level-4 rules before the anchors' date lists)
    f.push_back(anchors_family());
    f.push_back(event_anchors_family());
    f.push_back(nested_offsets_family());
    f.push_back(cadence_family());
    f.push_back(series_slots_family());
    f.push_back(amounts_family());
    f.push_back(other_kinds_family());
    f.push_back(schedules_family());
    f.push_back(surroundings_family());
    return f;
  }();
  return all;
}

}  // namespace vest::rules
