"""Cutting flattened text into list items: bullets, sentences and run-on items.

All functions work on ``(start, end)`` ranges of one string and return ranges, so every piece
stays a verbatim slice of the normalized text.  Every pattern here is a bounded character class
or a literal, so matching is linear in the input.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

import regex

from ..rules import en
from . import years
from .patterns import trie_pattern

Range = tuple[int, int]

_WORD_BEFORE = regex.compile(r"[\p{L}\p{N}.'’-]{1,40}$")
# sentence end: punctuation, then spaces and a capital/digit/quote, or a capital glued on
_SENTENCE_END = regex.compile(
    r"[.!?](?:[\"”’)]?)(?:[ ]+(?=[\p{Lu}\d\"“(])|(?=\p{Lu}\p{Ll})|(?=\d{1,2}[ ]?\+)"
    r"|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\.\p{Lu}\.))"  # ``… to be asked.J.D. from …``
)
# a word that may open a run-on item, after a space: an item starter (a trie, so most words
# are rejected after a letter or two) or a capitalised adverb (``Proactively identify …``).
_NOT_TOKEN_CHAR = r"(?![^\W\d_]|['’.\-])"
_STARTER_WORD = re.compile(
    r"[ ](?P<w>(?:"
    + trie_pattern(sorted(w for w in en.ITEM_STARTERS if not w.endswith(".")))
    + rf")\.*{_NOT_TOKEN_CHAR}|[A-Z](?:[^\W\d_]|['’.\-]){{3,28}}ly{_NOT_TOKEN_CHAR})"
)
# a count of years in digits, its range joined by a hyphen (``3-5 years``)
_YEARS = re.compile(
    r"[ ](?=" + years.count(r"\d{1,2}", named=False, to="-") + years.YEAR_UNIT + r"\b)"
)
# camelCase glue: ``domainsLead`` (a lower-case word, then a capitalised one)
_GLUE = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll}|\p{Lu}\.\p{Lu}\.)")  # ``directedJ.D.``
_GLUED_WORD = regex.compile(r"\p{Lu}\p{Ll}+|\p{Lu}\.\p{Lu}\.")
_GLUED_CONNECTOR = regex.compile(r"\p{Ll}(?:OR|AND)$")
_NEXT_WORD = re.compile(r"[ ]+(\S)")
_TOKEN_START = regex.compile(r"[\p{L}\p{N}'’.\p{Pd}]{1,40}$")

_LABEL_WORD = regex.compile(
    r"\p{Lu}[\p{L}\p{Pd}'’./]*|&|and|of|the|for|to|in|on|with|a|an|/|\p{Pd}"
)

BULLET_LINE = re.compile(r"(?:[-*•·▪◦‣–]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])[ \t]+")
_INLINE_STAR = regex.compile(r"(?<![^ \n])[*•·▪◦‣](?:[ ]+|(?=\p{Lu}))")
# ``regex`` scans for the hyphen first; the standard library tries the look-behind everywhere
_INLINE_HYPHEN = regex.compile(r"(?<![^ \n])[-–][ ]+(?=\S)")


def is_label(text: str) -> bool:
    """A short title-case phrase that names a group of items (``Technical Ownership``)."""
    core = text.strip(" *_:#")
    if not core or core[-1] in ".!?":
        return False
    words = core.split(None, 8)  # a ninth part: more than eight words (no need to cut them all)
    if not 0 < len(words) <= 8:
        return False
    return all(_LABEL_WORD.fullmatch(w) for w in words)


_LABEL_WORD_PATTERN = r"\p{Lu}[\p{L}\p{Pd}'’]*"
_TRAILING_LABEL = regex.compile(
    rf"(?<=(?P<prev>\p{{L}}+)[ ]){_LABEL_WORD_PATTERN}"
    rf"(?:[ ](?:&|and|of|for|{_LABEL_WORD_PATTERN})){{1,6}}$"
)


def without_trailing_label(text: str, start: int, end: int) -> int:
    """Where an item ends once a group label glued to its end is cut off (``… streaming
    contexts Post-Training & Reinforcement Learning`` ends after ``contexts``)."""
    start, end = trim(text, start, end)
    m = _TRAILING_LABEL.search(text, max(start, end - 120), end)
    if m is None or m.group("prev").lower() in en.CONNECTORS or not m.group("prev").islower():
        return end
    return m.start() if m.start() > start else end


def trim(text: str, start: int, end: int) -> Range:
    """Shrink ``start:end`` to exclude surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _plain_word_before(text: str, at: int, lo: int) -> str | None:
    """The word of letters and digits that ends at ``at`` after a space (or at ``lo``), or None
    when what stands there is anything else: the common case, found without a pattern."""
    token = text[text.rfind(" ", lo, at) + 1 or lo : at]
    return token if token.isalnum() else None


def _is_abbreviation(text: str, dot: int, lo: int) -> bool:
    lo = max(lo, dot - 40)  # a bounded look back: linear time
    word = _plain_word_before(text, dot, lo)
    if word is None:
        m = _WORD_BEFORE.search(text, lo, dot)
        word = m.group().lstrip("(") if m else ""
    word = word.lower()
    return word in en.ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentences(text: str, start: int, end: int) -> list[Range]:
    """Cut ``start:end`` at sentence ends (``. X``, ``.X`` glued, ``? X``)."""
    pieces = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        at = m.start()
        # ``e.g. Spanish`` is one sentence; but ``etc.Arrange`` glued ends one
        if text[at] == "." and text[m.end() - 1] == " " and _is_abbreviation(text, at, start):
            continue
        cut = at + 1
        while cut < end and text[cut] in '"”’)':
            cut += 1
        while pos < cut and text[pos].isspace():
            pos += 1  # the piece, trimmed: it ends with its punctuation
        if pos < cut:
            pieces.append((pos, cut))
        pos = cut
    last = trim(text, pos, end)
    if last[1] > last[0]:
        pieces.append(last)
    return pieces


def _adverb_then_verb(text: str, m: re.Match[str], end: int) -> bool:
    """``Consistently gather …``, ``Proactively identify …``: an adverb opening an item."""
    after = _NEXT_WORD.match(text, m.end(), end)
    return after is not None and after.group(1).islower()


def _previous_word(text: str, at: int, lo: int) -> str:
    lo = max(lo, at - 40)  # a bounded look back: linear time
    word = _plain_word_before(text, at, lo)
    if word is not None:
        return word
    m = _TOKEN_START.search(text, lo, at)
    return m.group() if m else ""


def run_on_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a new item starts inside ``start:end`` although no punctuation says so.

    ``… related field experience 3+ years of building …`` and ``… live robotic equipment Work
    directly with …`` and glued ``… domainsLead cross-functional …``.
    """
    cuts = {
        *_starter_cuts(text, start, end),
        *_years_cuts(text, start, end),
        *_glue_cuts(text, start, end),
    }
    return sorted(cuts)


def _starter_cuts(text: str, start: int, end: int) -> Iterator[int]:
    """Cuts before an item starter that follows a plain word (``equipment Work directly``)."""
    for w in _STARTER_WORD.finditer(text, start, end):
        word = w.group("w").rstrip(".")
        if w.start() <= start or not (word in en.ITEM_STARTERS or _adverb_then_verb(text, w, end)):
            continue
        if text[w.start() - 1] == ";":  # ``… other partners; Collaborate …``
            yield w.start() + 1
            continue
        prev = _previous_word(text, w.start(), start)
        after = _NEXT_WORD.match(text, w.end(), end)
        if (
            prev
            and prev.lower() not in en.CONNECTORS
            and not prev.endswith(("'s", "’s"))  # ``Bachelor's Degree in …``
            and not _GLUED_CONNECTOR.search(prev)  # ``… experienceOR Bachelor's …``
            # ``the Global Design Team``, ``CSA Partner CSAMs``: one name, not a new item
            # (``… Interaction Design, or related field``: a name ends where punctuation follows)
            and not (prev[0].isupper() and (after is None or after.group(1).isupper()))
        ):
            yield w.start() + 1


def _years_cuts(text: str, start: int, end: int) -> Iterator[int]:
    """Cuts before a count of years that follows a plain word (``experience 3+ years``)."""
    for y in _YEARS.finditer(text, start, end):
        prev = _previous_word(text, y.start(), start)
        if prev and prev.lower() not in en.CONNECTORS and prev[-1].isalpha() and y.start() > start:
            yield y.start() + 1


def _glue_cuts(text: str, start: int, end: int) -> Iterator[int]:
    """Cuts at a capitalised word glued to the word before (``domainsLead``)."""
    for m in _GLUE.finditer(text, start, end):
        prev = _previous_word(text, m.start(), start)
        nxt = _GLUED_WORD.match(text, m.start(), min(end, m.start() + 30))
        if (
            prev
            and nxt
            and (
                prev[0].islower()  # ``domainsLead``
                or nxt.group() in en.ITEM_STARTERS  # ``StrategyOwn``
                # ``Scope & ExpectationsOperates`` (a label is short: no long slice is made)
                or (m.start() - start <= 80 and is_label(text[start : m.start()]))
            )
        ):
            yield m.start()


def split_at(text: str, start: int, end: int, cuts: list[int]) -> list[Range]:
    """Cut ``start:end`` at ``cuts`` and trim each piece; drop empty pieces."""
    bounds = [start, *cuts, end]
    pieces = (trim(text, a, b) for a, b in itertools.pairwise(bounds))
    return [p for p in pieces if p[1] > p[0]]


Focus = Sequence[int] | None  # sorted offsets a caller will read around, or None for all


def holds(points: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``points`` lies in ``start:end``."""
    i = bisect.bisect_left(points, start)
    return i < len(points) and points[i] < end


def sentence_items(text: str, start: int, end: int, focus: Focus = None) -> list[Range]:
    """Items of unbulleted text: one per sentence, run-on sentences cut where an item starts.

    With ``focus`` (sorted offsets), a sentence that holds none of them is left whole, and text
    that holds none of them is one range: a caller that reads only what holds them is spared the
    rest of the work.
    """
    if focus is not None and not holds(focus, start, end):
        return [(start, end)]
    out = []
    for s, e in sentences(text, start, end):
        if focus is not None and not holds(focus, s, e):
            out.append((s, e))
            continue
        cuts = run_on_cuts(text, s, e)
        out.extend(split_at(text, s, e, cuts) if cuts else [(s, e)])  # a sentence is trimmed
    return out


def spaces_start(text: str, at: int, lo: int) -> int:
    """Where the run of spaces that ends at ``at`` starts (not before ``lo``)."""
    while at > lo and text[at - 1] == " ":
        at -= 1
    return at


def inline_bullets(text: str, start: int, end: int) -> list[int] | None:
    """Positions of the bullet marks of a flattened list in ``start:end``, or None.

    ``*``, ``•`` and the like are always bullets.  A hyphen is a bullet only once a list has
    started: at the very start of the text or after a colon or a sentence end; a single hyphen
    between two parts of a sentence is not a bullet, nor one between two numbers (``3 - 5``).
    """
    stars = [m.start() for m in _INLINE_STAR.finditer(text, start, end)]
    if stars:
        return stars
    marks = []
    started = False
    for m in _INLINE_HYPHEN.finditer(text, start, end):
        at, after = m.start(), m.end()
        b = spaces_start(text, at, start)
        if b > start and text[b - 1].isdigit() and after < end and text[after].isdigit():
            continue  # ``3 - 5 years``: a range, not a bullet
        if not started:
            # a list starts at the text's start, after a colon or a sentence, or after a label
            # that names its first group (``Foundation Model Scaling - Build …``)
            started = (
                b == start or text[b - 1] in ":.!?" or (b - start <= 80 and is_label(text[start:b]))
            )
        if started:
            marks.append(at)
    return marks or None
