"""Errors and row-level issue reporting shared by every reader and analysis."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


class BalloonWatchError(Exception):
    """An error whose message is meant for the analyst (no traceback needed)."""


class InputError(BalloonWatchError):
    """Input that cannot be used: names the source, and where known the line and field."""

    def __init__(self, reason: str, source: str = "", line: int | None = None, field: str | None = None):
        self.reason = reason
        self.source = source
        self.line = line
        self.field = field
        super().__init__(self._compose())

    def _compose(self) -> str:
        where = []
        if self.source:
            where.append(str(self.source))
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(f"field '{self.field}'")
        reason = re.sub(r"\s*[\r\n]+\s*", " ", str(self.reason))  # one line, whatever the input held
        return f"{', '.join(where)}: {reason}" if where else reason


class OutputError(BalloonWatchError):
    """An output that could not be written completely (disk full, read-only, locked, vanished folder)."""

    def __init__(self, reason: str, target: str = ""):
        self.reason, self.target = reason, target
        super().__init__(f"{target}: {reason}" if target else reason)


def describe_failure(exc: BaseException) -> str:
    """One sentence for an unexpected failure (no traceback): the cause an analyst can act on, where known."""
    import sqlite3

    if isinstance(exc, MemoryError):
        return "not enough memory for this input (is it far larger than expected?)"
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to be read"
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "full" in text:
            return "the disk is full"
        if "locked" in text or "busy" in text:
            return "the GeoPackage is locked by another program (close it there and run again)"
        if "readonly" in text or "read-only" in text:
            return "the GeoPackage or its folder is read-only"
        if "unable to open" in text:
            return "the GeoPackage cannot be opened (missing folder or no permission)"
        return f"the GeoPackage could not be written ({str(exc)[:160]})"
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return f"{exc.strerror or str(exc)[:160]}{where}"
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class Cancelled(BalloonWatchError):  # noqa: N818 - a cancellation is not an error for the analyst
    """Raised when the user cancelled through a feedback object."""

    def __init__(self) -> None:
        super().__init__("Cancelled by the user.")


@dataclass
class RowIssue:
    """A skipped record: its line (1-based, None if unknown), field and reason."""

    line: int | None
    reason: str
    field: str | None = None

    def __str__(self) -> str:
        loc = f"line {self.line}" if self.line is not None else "record"
        fld = f" ({self.field})" if self.field else ""
        return f"{loc}{fld}: {self.reason}"


@dataclass
class IssueLog:
    """Collects skipped records; readers append, callers report."""

    source: str = ""
    issues: list[RowIssue] = field(default_factory=list)

    def add(self, line: int | None, reason: str, field: str | None = None) -> None:
        self.issues.append(RowIssue(line, reason, field))

    def __len__(self) -> int:
        return len(self.issues)

    def summary(self, first: int = 3) -> str:
        """A one-line summary naming the first few issues."""
        if not self.issues:
            return ""
        head = "; ".join(str(i) for i in self.issues[:first])
        more = f" (and {len(self.issues) - first} more)" if len(self.issues) > first else ""
        return f"{len(self.issues)} record(s) skipped in {self.source}: {head}{more}"
