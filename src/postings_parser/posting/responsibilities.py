"""Stage 3d: the responsibilities of a posting: the heading, intro and items of its
responsibilities section (``Key job responsibilities``, ``What you'll do``, ``Your impact``, …).

Where several sections could qualify, the first wins, except that a heading whose body is prose
(``Your impact`` over paragraphs about the team) gives way to a list of duties after it, and a
heading whose kind depends on its place (``What you can expect``) to one that names the duties
wherever it stands.
"""

from __future__ import annotations

import bisect

from ..models import Responsibilities, Section, Span, unvalidated
from ..normalize.blocks import Normalized
from ..rules.limits import MAX_LIST_LINE
from .headings import heading_key, placed_kind
from .items import SectionItems
from .split import BULLET_LINE, trim

# the pipeline builds its models from values its stages have checked (models.unvalidated)
_Responsibilities = unvalidated(Responsibilities)
_Span = unvalidated(Span)


def _intro(norm: Normalized, first: int, last: int) -> tuple[str | None, Span | None]:
    s, e = trim(norm.text, first, last)
    if e <= s:
        return None, None
    return norm.text[s:e], _Span(start=s, end=e)


def _is_prose(norm: Normalized, section: Section) -> bool:
    """Whether a section's body is prose: no bullets, and a paragraph longer than a list's
    line."""
    body = section.body
    first = max(0, bisect.bisect_right(norm.block_starts, body.start) - 1)
    last = bisect.bisect_left(norm.block_starts, body.end, first)
    blocks = [b for b in norm.blocks[first:last] if b.end > body.start]
    if any(b.kind == "list_item" or BULLET_LINE.match(norm.text, b.start) for b in blocks):
        return False
    return any(min(b.end, body.end) - max(b.start, body.start) > MAX_LIST_LINE for b in blocks)


def _responsibilities_section(norm: Normalized, sections: list[Section]) -> Section | None:
    """The first responsibilities section, passing over one whose body is prose (``Your
    impact`` over paragraphs about the team) or whose kind depends on its place (``What you
    can expect``) where a later one has neither."""
    candidates = [s for s in sections if s.kind == "responsibilities" and s.heading]
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    lists = [s for s in candidates if not _is_prose(norm, s)]
    plain = [s for s in lists if placed_kind(heading_key(s.heading or "")) is None]
    return (plain or lists or candidates)[0]


def find_responsibilities(
    norm: Normalized, sections: list[Section], items: SectionItems
) -> Responsibilities | None:
    """The responsibilities of a posting, from its responsibilities section."""
    section = _responsibilities_section(norm, sections)
    if section is None or section.heading is None:
        return None
    _, intro = items(section)
    intro_text, intro_span = _intro(norm, *intro)
    return _Responsibilities(
        heading=section.heading,
        intro=intro_text,
        intro_span=intro_span,
        items=list(section.items),  # a list of its own, as validation made it
        start=section.start,
        end=section.end,
    )
