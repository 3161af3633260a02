"""The site's boilerplate after a page's last posting: footer links (``Research areas``,
``Blog``, ``Publications``, ``Careers``), ``Privacy Notice``, ``Conditions of Use``, the
copyright line, a cookie notice and its buttons.

The page ends with a run of such lines; the footer is that run from its first line the site
vocabulary names (a few plain links just before it go with it), so that a posting that ends
with short lines of its own keeps them.
"""

from __future__ import annotations

from ..normalize.blocks import Normalized
from ..rules.limits import MAX_FOOTER_LEAD, MAX_FOOTER_NOTICE
from .lines import is_link_like, is_site_boilerplate
from .markers import is_location_line


def _plain_link(line: str) -> bool:
    """A footer link the vocabulary does not name (``Amazon Science``): a few capitalised
    words without punctuation."""
    return is_link_like(line) and line[0].isupper() and not is_location_line(line)


def _between_cues(norm: Normalized, i: int, first: int, cue: int | None) -> bool:
    """A line of the footer that is neither a link nor named by the vocabulary (the second
    sentence of a cookie notice): footer lines the vocabulary names stand on both sides."""
    return (
        cue is not None
        and i - 1 >= first
        and len(norm.block_text(norm.blocks[i])) <= MAX_FOOTER_NOTICE
        and is_site_boilerplate(norm.block_text(norm.blocks[i - 1]))
    )


def footer_start(norm: Normalized, first: int) -> int | None:
    """Where the site's footer starts among the page's blocks, if the page ends with one; it
    starts at ``first`` or later (the blocks before ``first`` are the last posting's own)."""
    blocks = norm.blocks
    i = len(blocks)
    cue = None  # the earliest line of the run the vocabulary names
    while i > first:
        text = norm.block_text(blocks[i - 1])
        if is_site_boilerplate(text):
            cue = i - 1
        elif not (is_link_like(text) or _between_cues(norm, i - 1, first, cue)):
            break
        i -= 1
    if cue is None:
        return None
    start = cue
    while start > max(i, first) and cue - start < MAX_FOOTER_LEAD:
        if not _plain_link(norm.block_text(blocks[start - 1])):
            break
        start -= 1
    return start
