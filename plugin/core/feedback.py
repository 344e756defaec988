"""Duck-typed progress/cancel protocol.

Core functions accept any object with ``isCanceled()`` and ``setProgress(percent)``, so a
``QgsFeedback`` (Processing dialog, QgsTask) drives the same code as a plain test.
"""

from __future__ import annotations

from typing import Protocol

from .errors import Cancelled


class Feedback(Protocol):
    def isCanceled(self) -> bool: ...  # noqa: N802 - QgsFeedback API name

    def setProgress(self, progress: float) -> None: ...  # noqa: N802 - QgsFeedback API name


class NullFeedback:
    """Feedback that never cancels and records the last progress value."""

    def __init__(self) -> None:
        self.progress = 0.0
        self.cancelled = False

    def isCanceled(self) -> bool:  # noqa: N802 - QgsFeedback API name
        return self.cancelled

    def setProgress(self, progress: float) -> None:  # noqa: N802 - QgsFeedback API name
        self.progress = progress

    def cancel(self) -> None:
        self.cancelled = True


def check(feedback: Feedback | None, progress: float | None = None) -> None:
    """Report progress and raise Cancelled if the user asked to stop."""
    if feedback is None:
        return
    if progress is not None:
        feedback.setProgress(progress)
    if feedback.isCanceled():
        raise Cancelled()


class SubFeedback:
    """A stage of a longer job: its 0-100 progress maps into ``start``..``end`` of the parent's bar."""

    def __init__(self, parent: Feedback | None, start: float, end: float) -> None:
        self.parent, self.start, self.end = parent, start, end

    def isCanceled(self) -> bool:  # noqa: N802 - QgsFeedback API name
        return bool(self.parent is not None and self.parent.isCanceled())

    def setProgress(self, progress: float) -> None:  # noqa: N802 - QgsFeedback API name
        if self.parent is not None:
            self.parent.setProgress(self.start + (self.end - self.start) * max(0.0, min(100.0, progress)) / 100.0)
