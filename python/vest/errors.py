"""Exceptions and warnings of the vest package.

Every problem vest reports carries the engine's diagnostic: a stable ``code``
and, where it is known, the ``file``, ``line`` and ``column`` of the input, in
the message as the command line prints it (``file:line:column: error: message
[code]``).

>>> import vest
>>> try:
...     vest.parse("25% vests on December 16, 2014.", grant_date="2013-02-30")
... except vest.InputError as e:
...     print(e.code, "|", e)
invalid_input | grant_date: "2013-02-30" is not a valid YYYY-MM-DD date [invalid_input]
"""

__all__ = ["Error", "InputError", "ScheduleError", "FileError", "InputWarning", "ScheduleWarning"]


class Error(Exception):
    """Base class of vest's exceptions.

    Attributes: ``code`` (stable, snake_case), ``file``, ``line``, ``column``
    (``None`` when unknown) and ``diagnostics`` (every diagnostic, as dicts
    with ``severity, code, message, file, line, column, field, span, text``).

    >>> e = Error("shares: \\"-3\\" is not a positive number", code="invalid_input")
    >>> (e.code, e.file, str(e))
    ('invalid_input', None, 'shares: "-3" is not a positive number [invalid_input]')
    """

    def __init__(self, message, code=None, file=None, line=None, column=None, diagnostics=()):
        self.message = message
        self.code = code
        self.file = file or None
        self.line = line or None
        self.column = column or None
        self.diagnostics = list(diagnostics)
        super().__init__(message if code is None or message.endswith("[%s]" % code) else "%s [%s]" % (message, code))

    @classmethod
    def from_diagnostics(cls, diagnostics):
        """The first error of a list of engine diagnostics, with all of them attached.

        >>> d = {"severity": "error", "code": "bad_row", "message": "m", "file": "a.csv",
        ...      "line": 3, "column": 7, "field": "", "span": None,
        ...      "text": "a.csv:3:7: error: m [bad_row]"}
        >>> e = Error.from_diagnostics([d])
        >>> (str(e), e.line, e.column)
        ('a.csv:3:7: error: m [bad_row]', 3, 7)
        """
        errors = [d for d in diagnostics if d["severity"] == "error"] or list(diagnostics)
        first = errors[0]
        text = "\n".join(d["text"] for d in errors)
        return cls(text, code=first["code"], file=first["file"], line=first["line"], column=first["column"],
                   diagnostics=diagnostics)


class InputError(Error, ValueError):
    """An argument vest cannot read: a date that is not YYYY-MM-DD, a share
    count that is not a positive exact number, an unknown option."""


class ScheduleError(Error, ValueError):
    """Parameters that do not make a valid schedule (the engine's validating
    factory said why: amounts that do not sum, dates out of order...)."""


class FileError(Error, OSError):
    """An input file that cannot be read at all (a bad row is not this: it is
    reported in an ``errors`` frame and the rest is read)."""


class InputWarning(UserWarning):
    """Some rows or files of a batch could not be read; the frame's
    ``attrs["errors"]`` lists them and the good ones were kept."""


class ScheduleWarning(UserWarning):
    """The engine built the schedule and said something about it that the
    caller should know: an event that occurred after its deadline counts as
    not having occurred (``event_after_deadline``). ``Schedule.warnings``
    keeps the texts."""
