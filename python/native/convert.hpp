// Values between the C++ library and Python, exactly.
//
// Share counts leave as Python ints when whole and as fractions.Fraction
// otherwise (never float); a column of them is an int64 NumPy array when every
// value is whole and fits, else a list of ints and Fractions. Dates leave as NumPy
// datetime64[D] arrays (NaT where absent) or day numbers; they come in as ISO
// strings, read by the library's own parser so that errors read as on the CLI.
// Diagnostics leave as dicts with the CLI's formatted line under "text".
#pragma once
#include "engine/core/amount.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vest::python {

namespace py = pybind11;

// Python int (whole) or fractions.Fraction.
py::object exact(const Amount& a);
// int64 array if all whole and in range, else a list of exact() values (ints where whole).
py::object exact_column(const std::vector<Amount>& values);

std::int64_t day_number(Date d);
Date from_day_number(std::int64_t days);
// datetime64[D] array; std::nullopt becomes NaT.
py::array dates_column(const std::vector<std::optional<Date>>& days);
py::object day_or_none(const std::optional<Date>& d);

// "2013-12-16" -> Date; a bad text appends "<what>: "...." is not a valid YYYY-MM-DD date".
std::optional<Date> read_date(std::optional<std::string_view> text, const char* what, std::vector<std::string>& problems);
// "58824", "47.5", "10/3" -> Amount; must be positive.
std::optional<Amount> read_shares(std::optional<std::string_view> text, const char* what, std::vector<std::string>& problems);
// Any number "2.91", "10/3" (not necessarily positive).
std::optional<Amount> read_amount(std::string_view text);

py::dict diagnostic_dict(const Diagnostic& d);
py::list diagnostics_list(const Diagnostics& ds);

}  // namespace vest::python
