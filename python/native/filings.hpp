// Filings in Python: `_vest.read_filings`.
#pragma once
#include <pybind11/pybind11.h>

namespace vest::python {
void bind_filings(pybind11::module_& m);
}  // namespace vest::python
