"""vest: exact vesting schedules from SEC Form 4 footnotes, for pandas.

The C++ engine does the work (``_vest``, built into build/python by the
project's CMake); this package gives it pandas shapes. Share counts are
exact (int64, Fraction or Decimal; never float), dates are datetime64 /
``datetime.date``, problems are ``vest.Error`` exceptions or ``errors``
frames naming file:line:column and a code.

>>> import vest
>>> vest.parse("100% of the shares vest on June 1, 2025.", shares=300).tranches.shares.tolist()
[300]
"""
from .errors import Error, FileError, InputError, InputWarning, ScheduleError, ScheduleWarning
from .filings import read_filings, tranches, write_csv
from .footnotes import Footnote, parse, parse_many
from .portfolio import Portfolio
from .schedules import Projection, Schedule, schedule

__all__ = ["parse", "parse_many", "schedule", "read_filings", "tranches", "write_csv", "Portfolio", "Footnote", "Schedule",
           "Projection", "Error", "InputError", "ScheduleError", "FileError", "InputWarning",
           "ScheduleWarning"]
