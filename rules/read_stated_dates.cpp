// read_stated_dates: reads every definition item ("the grant date of the RSUs was X",
// "the vesting commencement date, which is X", "X (the "Grant Date")"), wherever it is
// nested; guarantees s.grant / s.vcd hold the footnote's own dates (the last stated wins).
#include "rules/passes.hpp"

namespace vest::rules {

void read_stated_dates(PassState& s) {
  // ("the first anniversary of the vesting commencement date, which is May 20, 2024" defines it inside the anniversary.)
  for (const Item& it : s.pool) {
    if (it.type == IT::definition) {
      if (it.note == "grant" && it.when.ref == When::Ref::absolute) {
        s.grant = it.when.date;
        s.grant_from_text = true;
      } else if (it.note == "vcd" && it.when.ref == When::Ref::absolute) {
        s.vcd = it.when.date;
      }
    } else if (it.type == IT::when && !it.note.empty() && it.when.ref == When::Ref::absolute) {
      if (it.note == "grant") {
        s.grant = it.when.date;
        s.grant_from_text = true;
      } else if (it.note == "vcd") {
        s.vcd = it.when.date;
      }
    }
  }
}

}  // namespace vest::rules
