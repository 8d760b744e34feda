// The `_vest` extension module: the C++ library's calls for the `vest`
// Python package (python/vest). Thin: each function here is one library call
// (or the loop `vest` itself runs) plus the conversion of its values; the
// pandas shapes, argument handling and exceptions are in the Python package.
#include "native/batch.hpp"
#include "native/filings.hpp"
#include "native/filings_csv.hpp"
#include "native/footnotes.hpp"
#include "native/portfolio.hpp"
#include "native/schedules.hpp"

PYBIND11_MODULE(_vest, m) {
  m.doc() = "vest's C++ engine (use the `vest` package)";
  vest::python::bind_schedules(m);
  vest::python::bind_footnotes(m);
  vest::python::bind_batch(m);
  vest::python::bind_filings(m);
  vest::python::bind_filings_csv(m);
  vest::python::bind_portfolio(m);
}
