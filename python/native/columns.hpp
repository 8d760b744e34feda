// Building result columns for pandas in bulk (the GIL held): int64, datetime64[D]
// and bool arrays written in place, object arrays filled in place, and caches
// that hand out one Python object per repeated value (ints and strs are
// immutable, so sharing them is invisible to the caller and makes the columns
// smaller to pickle). Shared by parse_many (batch.cpp) and read_filings (filings.cpp).
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vest::python {

namespace py = pybind11;

constexpr std::int64_t kNaT = std::numeric_limits<std::int64_t>::min();

py::array_t<std::int64_t> int64_array(std::size_t n, auto&& value) {
  py::array_t<std::int64_t> out(static_cast<py::ssize_t>(n));
  std::int64_t* p = out.mutable_data();
  for (std::size_t i = 0; i < n; ++i) p[i] = value(i);
  return out;
}

// Day numbers (kNaT where absent) as datetime64[D].
py::array day_array(std::size_t n, auto&& day) { return int64_array(n, day).attr("view")("datetime64[D]"); }

py::array_t<bool> bool_array(std::size_t n, auto&& value) {
  py::array_t<bool> out(static_cast<py::ssize_t>(n));
  bool* p = out.mutable_data();
  for (std::size_t i = 0; i < n; ++i) p[i] = value(i);
  return out;
}

// A list (for the per-row lists of texts, which stay lists inside a cell).
py::list object_list(std::size_t n, auto&& make) {
  PyObject* list = PyList_New(static_cast<Py_ssize_t>(n));
  if (!list) throw py::error_already_set();
  auto out = py::reinterpret_steal<py::list>(list);
  for (std::size_t i = 0; i < n; ++i) PyList_SET_ITEM(list, static_cast<Py_ssize_t>(i), make(i).release().ptr());
  return out;
}

// An object ndarray, filled in place: pandas takes it as it is, where a list
// costs a second pass (numpy.array over the list) and a copy per column.
py::array object_array(std::size_t n, auto&& make) {
  py::array out(py::dtype("O"), std::vector<py::ssize_t>{static_cast<py::ssize_t>(n)}, std::vector<py::ssize_t>{});
  auto** items = static_cast<PyObject**>(out.mutable_data());
  for (std::size_t i = 0; i < n; ++i) {
    PyObject* previous = items[i];  // None or NULL, as numpy initialised it
    items[i] = make(i).release().ptr();
    Py_XDECREF(previous);
  }
  return out;
}

// One int object per value recently seen: a share column repeats a few
// amounts (250, 250, 250...), and each int saved is an allocation and a free
// less. 256 slots, indexed by a multiplicative hash.
class IntCache {
 public:
  py::object get(std::int64_t v) {
    Slot& s = slots_[(static_cast<std::uint64_t>(v) * 0x9E3779B97F4A7C15ull) >> 56];
    if (!s.object || s.value != v) {
      s.object = py::reinterpret_steal<py::object>(PyLong_FromLongLong(v));
      if (!s.object) throw py::error_already_set();
      s.value = v;
    }
    return s.object;
  }

 private:
  struct Slot {
    std::int64_t value = 0;
    py::object object;
  };
  std::array<Slot, 256> slots_;
};

// One str object per distinct text ("continued_service" is one object shared
// by every row that has it). The views must outlive the cache.
class StrCache {
 public:
  py::object get(std::string_view s) {
    auto [it, added] = cache_.try_emplace(s);
    if (added) it->second = py::str(s.data(), s.size());
    return it->second;
  }

 private:
  std::unordered_map<std::string_view, py::object> cache_;
};

}  // namespace vest::python
