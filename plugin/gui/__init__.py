"""Thin GUI: the dock, the options page and background-task wiring."""
