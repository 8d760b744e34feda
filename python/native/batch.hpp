// `_vest.interpret_many`: the engine of `vest.parse_many`, columns in and columns out.
//
// Python hands over whole columns (NumPy arrays or sequences), never one dict
// per row: texts are read in place (views of the str objects' UTF-8, kept
// alive for the call), ints and day numbers are formatted in C++, and only a
// value of another type (Decimal, Fraction, a date object...) goes through
// the Python converter given for its column (`vest._values`), so that the
// accepted types and the messages stay the same. The footnotes are then
// interpreted on every core with the GIL released, and each worker reduces
// its rows to plain values (kinds, day numbers, exact amounts, strings); with
// the GIL taken again, the columns are built in bulk: int64 arrays for counts
// and whole share amounts, datetime64[D] for dates, Python objects only where
// needed (ints and fractions.Fraction in a share column that is not whole,
// lists of conditions and warnings).
#pragma once

#include <pybind11/pybind11.h>

namespace vest::python {

void bind_batch(pybind11::module_& m);

}  // namespace vest::python
