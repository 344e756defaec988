"""Errors and row-level issue reporting shared by every reader and analysis."""

from __future__ import annotations

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
        return f"{', '.join(where)}: {self.reason}" if where else self.reason


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
