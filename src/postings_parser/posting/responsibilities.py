"""Stage 3d: the responsibilities of a posting: its first responsibilities section's heading,
intro and items (``Key job responsibilities``, ``What you'll do``, ``Your impact``, …)."""

from __future__ import annotations

from ..models import Responsibilities, Section, Span
from ..normalize.blocks import Normalized
from .items import SectionItems
from .split import trim


def _intro(norm: Normalized, first: int, last: int) -> tuple[str | None, Span | None]:
    s, e = trim(norm.text, first, last)
    if e <= s:
        return None, None
    return norm.text[s:e], Span(start=s, end=e)


def find_responsibilities(
    norm: Normalized, sections: list[Section], items: SectionItems
) -> Responsibilities | None:
    """The responsibilities of a posting, from its first responsibilities section."""
    section = next((s for s in sections if s.kind == "responsibilities"), None)
    if section is None or section.heading is None:
        return None
    _, intro = items(section)
    intro_text, intro_span = _intro(norm, *intro)
    return Responsibilities(
        heading=section.heading,
        intro=intro_text,
        intro_span=intro_span,
        items=section.items,
        start=section.start,
        end=section.end,
    )
