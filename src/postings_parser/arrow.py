"""Alias of :mod:`postings_parser.batch.arrow`, so that this import path goes on working."""

from .batch.arrow import *  # noqa: F403
from .batch.arrow import __all__ as __all__
