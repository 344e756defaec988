"""Errors and row-level issue reporting shared by every reader and analysis."""

from __future__ import annotations

from dataclasses import dataclass, field

from .messages import Message, Translate, joined, message_of, one_line, plain, tr


class BalloonWatchError(Exception):
    """An error whose message is meant for the analyst (no traceback needed); ``str()`` is English."""

    @property
    def message(self) -> Message:
        """The message as a :class:`Message` (translatable when it was built with ``tr``)."""
        first = self.args[0] if self.args else ""
        return first if isinstance(first, Message) else plain(str(first))

    def render(self, translate: Translate) -> str:
        """The message in the language of ``translate``."""
        return one_line(self.message.render(translate))


class InputError(BalloonWatchError):
    """Input that cannot be used: names the source, and where known the line and field."""

    def __init__(self, reason: str, source: str = "", line: int | None = None, field: str | None = None):
        self.reason = reason
        self.source = source
        self.line = line
        self.field = field
        super().__init__(self._compose())

    def _compose(self) -> Message:
        where: list[str] = []
        if self.source:
            where.append(plain(str(self.source)))
        if self.line is not None:
            where.append(tr("line {line}", line=self.line))
        if self.field:
            where.append(tr("field '{field}'", field=self.field))
        reason = self.reason if isinstance(self.reason, Message) else plain(str(self.reason))
        if "\n" in reason or "\r" in reason:  # one line, whatever the input held
            reason = Message(
                reason.template, **{k: one_line(v) if isinstance(v, str) else v for k, v in reason.args.items()}
            )
        return Message("{where}: {reason}", where=joined(where), reason=reason) if where else reason


class OutputError(BalloonWatchError):
    """An output that could not be written completely (disk full, read-only, locked, vanished folder)."""

    def __init__(self, reason: str, target: str = ""):
        self.reason, self.target = reason, target
        reason = reason if isinstance(reason, Message) else plain(str(reason))
        super().__init__(Message("{target}: {reason}", target=plain(str(target)), reason=reason) if target else reason)


def describe_failure(exc: BaseException) -> str:
    """One sentence for an unexpected failure (no traceback): the cause an analyst can act on, where known."""
    import sqlite3

    if isinstance(exc, MemoryError):
        return tr("not enough memory for this input (is it far larger than expected?)")
    if isinstance(exc, RecursionError):
        return tr("the input is nested too deeply to be read")
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "full" in text:
            return tr("the disk is full")
        if "locked" in text or "busy" in text:
            return tr("the GeoPackage is locked by another program (close it there and run again)")
        if "readonly" in text or "read-only" in text:
            return tr("the GeoPackage or its folder is read-only")
        if "unable to open" in text:
            return tr("the GeoPackage cannot be opened (missing folder or no permission)")
        return tr("the GeoPackage could not be written ({detail})", detail=str(exc)[:160])
    if isinstance(exc, OSError):
        cause = exc.strerror or str(exc)[:160]
        if getattr(exc, "filename", None):
            return Message("{cause} ({filename})", cause=plain(cause), filename=plain(str(exc.filename)))
        return plain(cause)
    if isinstance(exc, BalloonWatchError):
        return message_of(exc)
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return plain(f"{type(exc).__name__}: {text}" if text else type(exc).__name__)


class Cancelled(BalloonWatchError):  # noqa: N818 - a cancellation is not an error for the analyst
    """Raised when the user cancelled through a feedback object."""

    def __init__(self) -> None:
        super().__init__(tr("Cancelled by the user."))


@dataclass
class RowIssue:
    """A skipped record: its line (1-based, None if unknown), field and reason."""

    line: int | None
    reason: str
    field: str | None = None

    def __str__(self) -> str:
        return self.message

    @property
    def message(self) -> Message:
        loc = tr("line {line}", line=self.line) if self.line is not None else tr("record")
        reason = self.reason if isinstance(self.reason, Message) else plain(str(self.reason))
        if self.field:
            return Message("{loc} ({field}): {reason}", loc=loc, field=plain(str(self.field)), reason=reason)
        return Message("{loc}: {reason}", loc=loc, reason=reason)


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
        """A one-line summary naming the first few issues (a Message: English as text, translatable)."""
        if not self.issues:
            return ""
        head = joined((i.message for i in self.issues[:first]), "; ")
        text = tr(
            "{count} record(s) skipped in {source}: {head}",
            count=len(self.issues),
            source=plain(str(self.source)),
            head=head,
        )
        if len(self.issues) > first:
            return Message("{text}{more}", text=text, more=tr(" (and {count} more)", count=len(self.issues) - first))
        return text
