"""TPOP Desktop: every TPOP order, its tracking and what to do next, in one window."""

__version__ = "0.1.0"
