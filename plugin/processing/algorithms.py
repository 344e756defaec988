"""Registry of the provider's algorithms (one module per algorithm, one line each here)."""

from __future__ import annotations


def _classes() -> list:
    classes = []
    # one import per algorithm module; keep alphabetical
    return classes


ALGORITHMS = _classes()
