"""Stage 3b: split a posting's body into named sections.

Headings come from one table (:mod:`postings_parser._headings`) and are found

* on a line of their own (markdown, bold or HTML headings included), and
* glued into flattened text, where a heading must be marked off on the left (start of a block,
  sentence punctuation, or — for headings of two words or more — a space) and on the right (a
  colon, the block's end, a space before a capital, bullet or digit, or a glued capital).

Markdown (``#``) and HTML (``<h1>``-``<h6>``) headings that are not in the table are sections of
kind ``other``.  Text before the first heading is the ``description`` section.  A heading repeated
with nothing between (``A day in the life A day in the life``) is one heading.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..models import Section, Span, TextSpan
from ..normalize.blocks import Block, Normalized
from ..rules.kinds import LIST_KINDS
from ..rules.limits import INLINE_MIN_WORDS, MAX_HEADING_LINE
from .headings import HEADING_TABLE, inline_start_pattern, phrase_starts
from .split import BULLET_LINE, spaces_start, trim

APOSTROPHE = "'"


@dataclass(frozen=True, slots=True)
class _Phrase:
    kind: str
    pattern: re.Pattern[str]  # matched case-insensitively
    starts: frozenset[str] | None  # what it can start with (lower case), None if unknown


def _phrases() -> tuple[_Phrase, ...]:
    return tuple(
        _Phrase(
            kind,
            re.compile(pattern.replace(APOSTROPHE, "[’" + APOSTROPHE + "]"), re.IGNORECASE),
            phrase_starts(pattern),
        )
        for kind, patterns in HEADING_TABLE.items()
        for pattern in patterns
    )


_PHRASES = _phrases()


@functools.cache  # keys: the finite set of starts the candidate pattern knows
def _phrases_from(start: str) -> tuple[_Phrase, ...]:
    """The phrases of the table that can match where a candidate ``start`` (lower case) was
    found: one to three instead of a hundred.  The text there begins with ``start``, so a
    phrase can match only if one of its starts and ``start`` agree (one is a prefix of the
    other)."""
    return tuple(
        p
        for p in _PHRASES
        if p.starts is None or any(start.startswith(s) or s.startswith(start) for s in p.starts)
    )


def _match_table(
    phrases: tuple[_Phrase, ...], text: str, at: int, end: int, *, whole: bool = False
) -> tuple[str, re.Match[str]] | None:
    """The kind and match of the first phrase (in table order) that matches at ``at`` (the
    whole of ``text[at:end]`` with ``whole``), as one alternation of them all would."""
    for phrase in phrases:
        m = (phrase.pattern.fullmatch if whole else phrase.pattern.match)(text, at, end)
        if m is not None:
            return phrase.kind, m
    return None


# where a heading of the table may start: one trie-shaped pattern, scanned by the engine
_CANDIDATE = re.compile(inline_start_pattern(s for p in _PHRASES for s in p.starts or ()))
# decoration around a heading on its own line: markdown marks, emoji, dashes, a trailing colon
_DECOR_LEFT = regex.compile(r"^(?:[\s#*_>\\\-–—=|\p{So}\p{Sk}\p{Cf}]|:[a-z_]{1,30}:)+")
# searched from the end (``REVERSE``): the run before the end, not a scan of the whole line
_DECOR_RIGHT = regex.compile(r"[\s*_\\\-–—=:|.\p{So}\p{Sk}\p{Cf}]+$", regex.REVERSE)
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]")
# what may stand before an inline heading (or a lower-case letter it is glued to)
_LEFT_BOUNDARY = frozenset('\n .!?:;)]”"')
_RIGHT_OK = regex.compile(
    r"$|[ ]*[:?]|[ ]+[\p{Lu}\d*•·▪\-–(“\"']|(?<=\p{Ll})[\p{Lu}\d]"
    r"|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}|\d)"  # ``THE OPPORTUNITYNetflix``, ``EXPERIENCE10+ years``
)


class _Heading(NamedTuple):
    start: int  # start of the heading span (decoration included)
    end: int  # end of the heading span (trailing colon included)
    text_start: int  # the heading text, verbatim, without decoration or colon
    text_end: int
    kind: str
    line: bool = False  # a heading on a line of its own (not glued into text)
    generic: bool = False  # a markdown / HTML heading the table does not know


def _line_heading(norm: Normalized, block: Block) -> _Heading | None:
    """A heading that is a whole block (line), or None."""
    if block.end - block.start > MAX_HEADING_LINE:
        return None
    text = norm.block_text(block)
    # decoration is never a letter or digit: most lines start and end with one
    left = None if text[:1].isalnum() else _DECOR_LEFT.match(text)
    lo = left.end() if left else 0
    right = None if text[-1:].isalnum() else _DECOR_RIGHT.search(text, lo)
    hi = right.start() if right else len(text)
    if hi <= lo:
        return None
    core = text[lo:hi]
    # the whole table is tried only where a heading of it can start (or for the one phrase
    # whose start cannot be listed, ``… pay range``)
    candidate = _CANDIDATE.match(core[:1].upper() + core[1:])
    if candidate is not None:
        table = _match_table(
            _phrases_from(candidate.group().lower()), core, 0, len(core), whole=True
        )
    elif "pay range" in core.lower():
        table = _match_table(_PHRASES, core, 0, len(core), whole=True)
    else:
        table = None
    kind = table[0] if table is not None else None
    generic = kind is None and (
        block.kind == "heading" or _MARKDOWN_HEADING.match(text) is not None
    )
    if generic:
        kind = "other"
    if kind is None:
        return None
    return _Heading(block.start, block.end, block.start + lo, block.start + hi, kind, True, generic)


def _inline_headings(norm: Normalized, block: Block) -> list[_Heading]:
    """Headings glued into the flattened text of ``block``."""
    found = []
    pos = block.start
    while (candidate := _CANDIDATE.search(norm.text, pos, block.end)) is not None:
        heading = _inline_heading_at(norm.text, block, candidate)
        if heading is None:
            pos = candidate.start() + 1  # the next candidate may start inside this one
            continue
        found.append(heading)
        pos = heading.end
    return found


def _inline_heading_at(text: str, block: Block, candidate: re.Match[str]) -> _Heading | None:
    """The heading of the table that starts at ``candidate``, if it is marked off as one."""
    at = candidate.start()
    before = text[at - 1] if at > 0 else "\n"
    if not text[at].isupper() or not (before in _LEFT_BOUNDARY or before.islower()):
        return None  # a heading starts with a capital after a break, a space or punctuation
    table = _match_table(_phrases_from(candidate.group().lower()), text, at, block.end)
    if table is None:
        return None
    kind, h = table
    several_words = h.group().count(" ") + 1 >= INLINE_MIN_WORDS
    left_char = text[at - 1] if at > block.start else "."
    if left_char.islower() and not several_words:
        return None  # only a heading of several words may be glued to a word
    if _RIGHT_OK.match(text, h.end(), block.end) is None:
        return None
    if not several_words and not _one_word_marked_off(text, block, at, h):
        return None
    return _with_trailing_marks(text, block, _Heading(at, h.end(), at, h.end(), kind))


def _one_word_marked_off(text: str, block: Block, at: int, h: re.Match[str]) -> bool:
    """A one-word heading stands inline only after sentence punctuation or a mark, and before
    the block's end, a colon or question mark, a glued capital or digit, or (in capitals) a
    capital."""
    end = h.end()
    mark = spaces_start(text, at, max(block.start, at - 4))  # up to four spaces back
    left_mark = text[mark - 1] if mark > block.start else "."
    return left_mark in '.!?:;)]”"|•*#' and (
        end == block.end
        or text[end] in ":?"
        or ((text[end].isupper() or text[end].isdigit()) and text[end - 1].islower())
        or (h.group().isupper() and text[end].isupper())
    )


def _with_trailing_marks(text: str, block: Block, heading: _Heading) -> _Heading:
    """``heading`` with the colons and question marks after it in its span; a question mark
    also belongs to its text (``Why AWS?``)."""
    span_end = end = heading.end
    while span_end < block.end and text[span_end] in ":?":
        if text[span_end] == "?":
            end += 1
        span_end += 1
    return heading._replace(end=span_end, text_end=end)


def _merge_repeats(norm: Normalized, headings: list[_Heading]) -> list[_Heading]:
    """One heading where the posting repeats itself.

    ``Key job responsibilities Key job responsibilities`` and ``Responsibilities`` over ``Key
    Responsibilities`` are one heading.  An inline heading of the same kind inside the section
    it would repeat is the section's lead-in, not a heading (``Key job responsibilities In this
    role, you will: * …``, ``What you'll do: … In this role, you will:``).
    """
    merged: list[_Heading] = []
    for h in headings:
        if merged and merged[-1].kind == h.kind and h.kind != "other":
            prev = merged[-1]
            between = norm.text[prev.end : h.start]
            first = norm.text[prev.text_start : prev.text_end].casefold()
            second = norm.text[h.text_start : h.text_end].casefold()
            repeated = first.endswith(second) or second.endswith(first)
            if not between.strip(" \n:-–—*•") and (repeated or h.line):
                merged[-1] = _Heading(prev.start, h.end, prev.text_start, prev.text_end, prev.kind)
                continue
            if not h.line:
                continue
        merged.append(h)
    return merged


def _drop_group_labels(
    norm: Normalized, blocks: tuple[Block, ...], headings: list[_Heading]
) -> list[_Heading]:
    """A heading not in the table that heads a group of list items inside a list section is
    a group label (``<h4>Talent Program Architecture</h4><ul>…``), not a new section."""
    kept: list[_Heading] = []
    starts = {b.start: i for i, b in enumerate(blocks)}
    for h in headings:
        i = starts.get(h.start)
        nxt = blocks[i + 1] if i is not None and i + 1 < len(blocks) else None
        in_list_section = bool(kept) and kept[-1].kind in LIST_KINDS
        if (
            h.kind == "other"
            and h.generic
            and in_list_section
            and nxt is not None
            and (nxt.kind == "list_item" or BULLET_LINE.match(norm.block_text(nxt)))
        ):
            continue
        kept.append(h)
    return kept


def _all_headings(norm: Normalized, blocks: tuple[Block, ...]) -> list[_Heading]:
    """Every heading of ``blocks``: a whole line, or glued into a line's text."""
    headings: list[_Heading] = []
    for block in blocks:
        line = _line_heading(norm, block)
        if line is not None:
            headings.append(line)
        else:
            headings.extend(_inline_headings(norm, block))
    return _merge_repeats(norm, _drop_group_labels(norm, blocks, headings))


def _description(text: str, start: int, end: int) -> Section | None:
    """The text before the first heading, or None where there is none."""
    s, e = trim(text, start, end)
    if e <= s:
        return None
    body = TextSpan(text=text[s:e], start=s, end=e)
    return Section(heading=None, heading_span=None, body=body, kind="description", start=s, end=e)


def _section(text: str, h: _Heading, stop: int) -> Section:
    """The section headed by ``h``, its body running to ``stop``."""
    s, e = trim(text, h.end, stop)
    return Section(
        heading=text[h.text_start : h.text_end],
        heading_span=Span(start=h.start, end=h.end),
        body=TextSpan(text=text[s:e], start=s, end=max(s, e)),
        kind=h.kind,
        start=h.start,
        end=max(e, h.end),
    )


def find_sections(
    norm: Normalized, blocks: tuple[Block, ...], start: int, end: int
) -> list[Section]:
    """The sections of the body ``start:end``, in order; they cover the body."""
    headings = _all_headings(norm, blocks)
    description = _description(norm.text, start, headings[0].start if headings else end)
    sections = [description] if description is not None else []
    stops = [h.start for h in headings[1:]] + [end]
    sections.extend(_section(norm.text, h, stop) for h, stop in zip(headings, stops, strict=False))
    return sections
