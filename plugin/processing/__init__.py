"""Processing provider and thin algorithms over plugin/core."""
