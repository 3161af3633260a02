"""Stage 3c: the items of every list section (responsibilities, qualifications, …).

:mod:`.items` cuts a section's body into item ranges; here they become :class:`Item` models.
Group labels are not items, and a list ends where closing boilerplate (an equal-opportunity
statement, the pay range) starts.
"""

from __future__ import annotations

import re

from ..models import Item, Section
from ..normalize.blocks import Normalized
from ..rules.en import CLOSING_SENTENCES
from ..rules.kinds import LIST_KINDS
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


def items_of_ranges(norm: Normalized, ranges: list[Range]) -> list[Item]:
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


def with_items(norm: Normalized, sections: list[Section], items: SectionItems) -> list[Section]:
    """``sections`` with the items of each list section filled in."""
    return [
        s.model_copy(update={"items": items_of_ranges(norm, items(s)[0])})
        if s.kind in LIST_KINDS and s.heading is not None
        else s
        for s in sections
    ]
