// Filings to CSV in Python: `_vest.write_filings_csv`.
#pragma once
#include <pybind11/pybind11.h>

namespace vest::python {
void bind_filings_csv(pybind11::module_& m);
}  // namespace vest::python
