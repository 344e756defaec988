"""Registry of the provider's algorithms (one module per algorithm)."""

ALGORITHMS: list = []
