"""Alias of :mod:`postings_parser.batch.spark`, so that this import path goes on working."""

from .batch.spark import *  # noqa: F403
from .batch.spark import __all__ as __all__
