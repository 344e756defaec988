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
