"""Stage 3c: the responsibilities section as a list of items.

The section is the first one of kind ``responsibilities`` (``Key job responsibilities``,
``What you'll do``, ``Your impact``, …); :mod:`postings_parser._items` cuts it into items.
Group labels are not items, and the list ends where closing boilerplate (an equal-opportunity
statement, the pay range) starts.
"""

from __future__ import annotations

import re

from ..models import Item, Responsibilities, Section, Span
from ..normalize.blocks import Normalized
from ..rules.en import CLOSING_SENTENCES
from ..rules.limits import EQUAL_REACH
from .items import SectionItems
from .split import Range, is_label, trim

_CLOSING = re.compile("|".join(CLOSING_SENTENCES), re.IGNORECASE)
# The equal-opportunity sentence may open with up to 40 characters of its own (``Amazon is an
# equal …``), which costs most of the match. It names ``equal`` within its first
# ``EQUAL_REACH`` characters; where an item does not, only the other sentences are tried.
_CLOSING_OTHER = re.compile(
    "|".join(c for c in CLOSING_SENTENCES if " equal" not in c), re.IGNORECASE
)


def _closes(text: str, s: int, e: int) -> bool:
    """Whether closing boilerplate starts at ``s`` (``text[s:e]`` is an item)."""
    maybe_equal = "equal" in text[s : min(e, s + EQUAL_REACH)].lower()
    return (_CLOSING if maybe_equal else _CLOSING_OTHER).match(text, s, e) is not None


def _intro(norm: Normalized, first: int, last: int) -> tuple[str | None, Span | None]:
    s, e = trim(norm.text, first, last)
    if e <= s:
        return None, None
    return norm.text[s:e], Span(start=s, end=e)


def _items(norm: Normalized, ranges: list[Range]) -> list[Item]:
    """Items from ranges: labels dropped, and the list ends where closing boilerplate starts."""
    text = norm.text
    items = []
    for s, e in ranges:
        s, e = trim(text, s, e)
        if e <= s or is_label(text[s:e]):
            continue
        if _closes(text, s, e):
            break
        items.append(Item(text=text[s:e], start=s, end=e))
    return items


def find_responsibilities(
    norm: Normalized, sections: list[Section], items: SectionItems
) -> Responsibilities | None:
    """The responsibilities of a posting, from its first responsibilities section."""
    section = next((s for s in sections if s.kind == "responsibilities"), None)
    if section is None or section.heading is None:
        return None
    ranges, intro = items(section)
    intro_text, intro_span = _intro(norm, *intro)
    return Responsibilities(
        heading=section.heading,
        intro=intro_text,
        intro_span=intro_span,
        items=_items(norm, ranges),
        start=section.start,
        end=section.end,
    )
