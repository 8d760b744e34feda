// Portfolios in Python: `_vest.Book`.
#pragma once
#include <pybind11/pybind11.h>

namespace vest::python {
void bind_portfolio(pybind11::module_& m);
}  // namespace vest::python
