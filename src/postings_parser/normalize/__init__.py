"""Layer 1, normalize: decode the source, clean it and cut it into blocks (plain text or HTML).

Reads nothing from the layers above; hands :class:`~.blocks.Normalized` to the page layer.
"""

from .blocks import Block, Normalized
from .text import normalize

__all__ = ["Block", "Normalized", "normalize"]
