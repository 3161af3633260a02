"""The data the normalize stage hands to the later stages: text cut into blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from ..models import ParseWarning

BlockKind = Literal["line", "heading", "paragraph", "list_item"]


class Block(NamedTuple):
    """A run of text the markup or a line break sets apart, trimmed of surrounding space."""

    start: int
    end: int
    kind: BlockKind = "line"
    bold: bool = False  # the whole block is bold (``<p><strong>…</strong></p>``)


@dataclass(frozen=True, slots=True)
class Normalized:
    """The output of the normalize stage: normalized text, its blocks, and what was noticed."""

    text: str
    blocks: tuple[Block, ...]
    source_map: tuple[tuple[int, int], ...]
    warnings: tuple[ParseWarning, ...]
    is_html: bool = False

    block_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the start offsets of the blocks, for bisecting (blocks are in text order)
        object.__setattr__(self, "block_starts", tuple(b.start for b in self.blocks))

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


# a line's text from its first to its last character that is not white space; each match
# starts at a character that is not space (the search skips the rest), and the inner
# ``[^\n]*`` gives back at most the line's trailing spaces: linear
LINE = re.compile(r"\S(?:[^\n]*\S)?")


def line_blocks(text: str, offset: int = 0) -> tuple[Block, ...]:
    """One block per non-blank line of ``text``, trimmed; ``offset`` is where ``text`` stands."""
    return tuple(Block(offset + m.start(), offset + m.end()) for m in LINE.finditer(text))
