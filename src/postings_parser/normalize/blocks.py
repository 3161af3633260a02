"""The data the normalize stage hands to the later stages: text cut into blocks.

A page may hold a block every few characters (``x<br>`` ten million times), so a page of many
blocks keeps them in a compact store (:class:`Blocks`: two arrays of offsets and a byte of kind
and boldness per block, 9 bytes a block) and a :class:`Block` is made only when a stage reads
one.  A page of up to :data:`MAX_TUPLE_BLOCKS` blocks (every real page) keeps a tuple of them
(indexed without a method call per block); both are sequences of :class:`Block`.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, overload

from ..models import ParseWarning, SourceMap, append_offsets, offsets

BlockKind = Literal["line", "heading", "paragraph", "list_item"]


class Block(NamedTuple):
    """A run of text the markup or a line break sets apart, trimmed of surrounding space."""

    start: int
    end: int
    kind: BlockKind = "line"
    bold: bool = False  # the whole block is bold (``<p><strong>…</strong></p>``)


# up to this many blocks (about 300 KB of named tuples) a page's blocks are a tuple
MAX_TUPLE_BLOCKS = 2000
_KINDS: tuple[BlockKind, ...] = ("line", "heading", "paragraph", "list_item")
_KIND_CODE = {kind: n for n, kind in enumerate(_KINDS)}
_BOLD = 4  # the flag bit of a bold block, above the kind's code
# each flag byte's kind and boldness
_FLAGS = tuple((kind, bool(flags & _BOLD)) for flags in range(8) for kind in [_KINDS[flags & 3]])
_new_block = tuple.__new__  # a Block from its four fields, without the named tuple's checks


class Blocks(Sequence[Block]):
    """Blocks in text order, stored compactly; a slice is a view that shares the store.

    ``first_start`` (a view's) moves the start of its first block forward: a posting's body
    starts inside the block of its header's last line."""

    __slots__ = ("_ends", "_first_start", "_flags", "_hi", "_lo", "_starts")

    def __init__(
        self,
        starts: array[int],
        ends: array[int],
        flags: bytearray | bytes,
        lo: int = 0,
        hi: int | None = None,
        first_start: int | None = None,
    ) -> None:
        self._starts, self._ends, self._flags = starts, ends, flags
        self._lo, self._hi = lo, len(starts) if hi is None else hi
        self._first_start = first_start

    @classmethod
    def of(cls, blocks: Iterable[Block]) -> Blocks:
        """A store holding ``blocks``."""
        store = BlockStore()
        for b in blocks:
            store.append(b.start, b.end, b.kind, b.bold)
        return store.store()

    def __len__(self) -> int:
        return self._hi - self._lo

    def _block(self, i: int) -> Block:
        kind, bold = _FLAGS[self._flags[i]]
        start = self._starts[i]
        if i == self._lo and self._first_start is not None:
            start = max(start, self._first_start)
        return _new_block(Block, (start, self._ends[i], kind, bold))

    @overload
    def __getitem__(self, index: int) -> Block: ...
    @overload
    def __getitem__(self, index: slice) -> Blocks: ...
    def __getitem__(self, index: int | slice) -> Block | Blocks:
        if isinstance(index, slice):
            lo, hi, step = index.indices(self._hi - self._lo)
            if step != 1:
                raise ValueError("a view of blocks has step 1")
            first = self._first_start if lo == 0 else None
            args = (self._starts, self._ends, self._flags)
            return Blocks(*args, self._lo + lo, self._lo + max(lo, hi), first)
        i = (self._lo if index >= 0 else self._hi) + index
        if not self._lo <= i < self._hi:
            raise IndexError("block index out of range")
        return self._block(i)

    def __iter__(self) -> Iterator[Block]:
        lo, hi = self._lo, self._hi
        if lo >= hi:
            return
        yield self._block(lo)
        rest = zip(
            memoryview(self._starts)[lo + 1 : hi],
            memoryview(self._ends)[lo + 1 : hi],
            memoryview(self._flags)[lo + 1 : hi],
            strict=True,
        )
        for start, end, flags in rest:
            yield _new_block(Block, (start, end, *_FLAGS[flags]))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Blocks({list(self)!r})"

    def __reduce__(self) -> tuple[object, ...]:
        starts, ends = self._starts[self._lo : self._hi], self._ends[self._lo : self._hi]
        return Blocks, (starts, ends, bytes(self._flags[self._lo : self._hi]), 0, None,
                        self._first_start)  # fmt: skip

    def starts(self) -> Sequence[int]:
        """The blocks' start offsets, for bisecting (a view's first start as stored)."""
        return memoryview(self._starts)[self._lo : self._hi]

    def after(self, offset: int) -> Blocks:
        """The blocks that end after ``offset``, the first one starting there at the latest."""
        lo = bisect.bisect_right(self._ends, offset, self._lo, self._hi)
        return Blocks(self._starts, self._ends, self._flags, lo, self._hi, offset)


class BlockStore:
    """Collects blocks as they are found; :meth:`freeze` hands them on as :class:`Blocks`."""

    __slots__ = ("_ends", "_flags", "_starts")

    def __init__(self) -> None:
        self._starts = offsets()
        self._ends = offsets()
        self._flags = bytearray()

    def append(self, start: int, end: int, kind: BlockKind = "line", bold: bool = False) -> None:
        self._starts, self._ends = append_offsets(self._starts, self._ends, start, end)
        self._flags.append(_KIND_CODE[kind] | (_BOLD if bold else 0))

    def __len__(self) -> int:
        return len(self._starts)

    def store(self) -> Blocks:
        """The blocks collected, in a store."""
        return Blocks(self._starts, self._ends, bytes(self._flags))

    def freeze(self) -> Sequence[Block]:
        """The blocks collected: a tuple of up to :data:`MAX_TUPLE_BLOCKS`, else a store."""
        blocks = self.store()
        return tuple(blocks) if len(blocks) <= MAX_TUPLE_BLOCKS else blocks


def blocks_after(blocks: Sequence[Block], offset: int) -> Sequence[Block]:
    """The blocks that end after ``offset``, the first one starting there at the latest."""
    if isinstance(blocks, Blocks):
        return blocks.after(offset)
    return tuple(
        b if b.start >= offset else b._replace(start=offset) for b in blocks if b.end > offset
    )


def block_starts(blocks: Sequence[Block]) -> Sequence[int]:
    """The start offsets of ``blocks``, for bisecting."""
    return blocks.starts() if isinstance(blocks, Blocks) else tuple(b.start for b in blocks)


@dataclass(frozen=True, slots=True)
class Normalized:
    """The output of the normalize stage: normalized text, its blocks, and what was noticed."""

    text: str
    blocks: Sequence[Block]
    source_map: SourceMap
    warnings: tuple[ParseWarning, ...]
    is_html: bool = False

    block_starts: Sequence[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the start offsets of the blocks, for bisecting (blocks are in text order)
        object.__setattr__(self, "block_starts", block_starts(self.blocks))

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


# a line's text from its first to its last character that is not white space; each match
# starts at a character that is not space (the search skips the rest), and the inner
# ``[^\n]*`` gives back at most the line's trailing spaces: linear
LINE = re.compile(r"\S(?:[^\n]*\S)?")


def line_blocks(text: str, offset: int = 0) -> Sequence[Block]:
    """One block per non-blank line of ``text``, trimmed; ``offset`` is where ``text`` stands."""
    store = BlockStore()
    for m in LINE.finditer(text):
        store.append(offset + m.start(), offset + m.end())
    return store.freeze()
