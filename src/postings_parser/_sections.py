"""Stage 3b: split a posting's body into named sections."""

from __future__ import annotations

from ._blocks import Block, Normalized
from ._models import Section


def find_sections(
    norm: Normalized, blocks: tuple[Block, ...], start: int, end: int
) -> list[Section]:
    """The sections of the body ``start:end`` (empty until section detection lands)."""
    del norm, blocks, start, end
    return []
