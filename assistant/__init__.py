"""Kassatsiya core: case file, rule engine, deadlines and document model (no Qt here)."""

__version__ = "0.1.0"
