"""Alias of :mod:`postings_parser.testing.strategies` (this import path goes on working)."""

from .testing.strategies import *  # noqa: F403
from .testing.strategies import __all__ as __all__
