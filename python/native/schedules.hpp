// Schedules in Python: the engine's `Schedule` (tranches, projection) and
// `build_schedule` from the parameters `vest schedule` takes.
#pragma once
#include "engine/core/schedule.hpp"

#include <pybind11/pybind11.h>

namespace vest::python {

// Tranche table as columns: date, vests_on, shares, cumulative, forfeited.
pybind11::dict tranche_columns(const Schedule& s);
// The projection as of a day: vested, unvested, ... as exact values.
pybind11::dict projection_dict(const Schedule& s, Date as_of);

void bind_schedules(pybind11::module_& m);

}  // namespace vest::python
