"""Stage 3c: the items of every list section (responsibilities, qualifications, …).

:mod:`.items` cuts a section's body into item ranges; here they become :class:`Item` models.
Group labels are not items, nor are the sentences after a list's last bullet, and a list ends
where closing boilerplate (an equal-opportunity statement, the pay range, how to apply) starts,
in any language of :mod:`..rules`.
"""

from __future__ import annotations

import functools
import re

import regex

from ..models import Item, Section, unvalidated
from ..normalize.blocks import Normalized
from ..rules import LANGUAGES
from ..rules.kinds import LIST_KINDS
from ..rules.limits import EQUAL_REACH
from .items import SectionItems
from .split import Range, trim

# the pipeline builds its models from values its stages have checked (models.unvalidated)
_Item = unvalidated(Item)

# the closing sentences of every language: a list ends where one starts, whatever its language
CLOSING_SENTENCES = tuple(
    phrase for module in LANGUAGES.values() for phrase in module.HEADINGS_CLOSING_SENTENCES
)
# The equal-opportunity sentence may open with up to 40 characters of its own (``Amazon is an
# equal …``), which costs most of the match. It names ``equal`` within its first
# ``EQUAL_REACH`` characters; where an item does not, only the other sentences are tried.
_OTHER_SENTENCES = frozenset(c for c in CLOSING_SENTENCES if " equal" not in c)
_NEVER = re.compile(r"(?!)")


@functools.cache
def _partial_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Each closing sentence with a pattern that tells whether a text can start it."""
    return tuple((p, regex.compile(p, regex.IGNORECASE)) for p in CLOSING_SENTENCES)


@functools.lru_cache(maxsize=4096)  # keys: how items start (a few thousand in practice)
def _closing(start: str, maybe_equal: bool) -> re.Pattern[str]:
    """The closing sentences that can start with ``start`` (an item's first characters, lower
    case), as one pattern: a handful of the table's, so the engine does not try every one at
    every item."""
    phrases = [
        p
        for p, pattern in _partial_patterns()
        if (maybe_equal or p in _OTHER_SENTENCES) and pattern.match(start, partial=True) is not None
    ]
    return re.compile("|".join(phrases), re.IGNORECASE) if phrases else _NEVER


def _closes(text: str, s: int, e: int) -> bool:
    """Whether closing boilerplate starts at ``s`` (``text[s:e]`` is an item)."""
    head = text[s : min(e, s + EQUAL_REACH)].lower()
    return _closing(head[:3], "equal" in head).match(text, s, e) is not None


def items_of_ranges(norm: Normalized, ranges: list[Range], end: int | None = None) -> list[Item]:
    """Items from ranges: the list ends where closing boilerplate starts (or at ``end``)."""
    text = norm.text
    items = []
    for s, e in ranges:
        s, e = trim(text, s, e)
        if e <= s:
            continue
        if (end is not None and s >= end) or _closes(text, s, e):
            break
        items.append(_Item(text=text[s:e], start=s, end=e))
    return items


def _items(norm: Normalized, items: SectionItems, section: Section) -> list[Item]:
    """The items of a section: the list also ends where a sentence that is not an item (after
    or between its bullets) is closing boilerplate."""
    cut = items.cut(section)
    if not cut.items:
        return []
    text, first = norm.text, cut.items[0][0]
    closing = next(
        (
            s
            for s, e in (trim(text, *r) for r in cut.others)
            if first < s < e and _closes(text, s, e)
        ),
        None,
    )
    return items_of_ranges(norm, cut.items, closing)


def with_items(norm: Normalized, sections: list[Section], items: SectionItems) -> list[Section]:
    """``sections`` with the items of each list section filled in."""
    return [
        s.model_copy(update={"items": _items(norm, items, s)})
        if s.kind in LIST_KINDS and s.heading is not None
        else s
        for s in sections
    ]
