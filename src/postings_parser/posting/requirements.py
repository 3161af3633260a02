"""Stage 3d: degree and years-of-experience requirements, with their alternative paths.

Every statement of the posting (an item or a sentence of any section, cut as
:mod:`postings_parser._items` cuts lists) is read for degree mentions (``PhD``, ``M.Sc.``,
``Bachelor's``, ``undergraduate degree``, …) and counts of years of experience (``5+``, ``3-5``,
``at least two``, ``six months``, ``(3) years``).  A count of years is a requirement only where the
text around it speaks of experience: ``over the next three years`` and ``190 years of human
effort`` are not.

Alternatives: the mentions are grouped at each ``or`` (or ``;``) that opens a new degree or
count, except between two degrees named side by side (``Bachelor's or Master's degree``,
``BS/MS``), which share what follows.  Each degree of a group is a path with the group's years; a
group with years but no degree is a path without a degree.  Nested counts (``8+ years of X,
including 4+ years of Y``) are one path with the larger number.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from ..models import Degree, QualificationPath, Requirement, Section, Span
from ..normalize.blocks import Normalized
from ..rules import en
from ..rules.limits import (
    COUNT_REACH,
    EXPERIENCE_REACH_AFTER,
    EXPERIENCE_REACH_BEFORE,
    MAX_STATEMENT,
    MAX_TIME_CHECKS,
    TEMPORAL_REACH,
)
from . import years
from .items import SectionItems, list_items
from .split import Range, holds, spaces_start, trim

_COUNT = years.count()
# A count of years ends at a time word: searched backwards (``regex.REVERSE``), so the engine
# tries only the places where such a word ends
_YEARS = regex.compile(
    rf"(?P<pre>\b(?:at[ ]least|a[ ]minimum[ ]of|minimum[ ]of|minimum|min\.?|over|more[ ]than|"
    rf"up[ ]to)[ ])?"
    rf"{_COUNT}(?P<unit>{years.UNIT})(?:\(s\))?\b",
    regex.IGNORECASE | regex.REVERSE,
)
# a count that ends where the text does (searched up to a time word; backwards, as above)
_COUNT_BEFORE = regex.compile(_COUNT + "$", regex.IGNORECASE | regex.REVERSE)
_COUNT_WORD_ENDS = (*en.NUMBER_WORDS, "plus")
# a bare ``5+`` in a statement that counts years elsewhere (``7+ years with a BS, or 5+ with …``)
_BARE_PLUS = regex.compile(rf"\b(?P<a>\d{{1,2}})\+(?![ ]?{years.UNIT}\b)")
# words that make a count of years a count of experience
_EXPERIENCE_AFTER = re.compile(
    r"[ ]?(?:[-–,:)]|of|in|as|with|at|on|working|managing|leading|building|developing|designing|"
    r"running|selling|doing|total|professional|industry|relevant|related|direct|hands-on|"
    r"full[- ]time|progressive|practical|prior|post|combined|experience|exp\b|expertise|"
    r"hands|applied|proven|demonstrated|successful|recent|overall|technical|\*\*|$)",
    re.IGNORECASE,
)
_EXPERIENCE_WORD = re.compile(r"\bexperience|\bexpertise|\bexp\b", re.IGNORECASE)
# counts of years that are about time, not about the candidate
_TEMPORAL_BEFORE = re.compile(
    r"(?:\bnext|\blast|\bpast|\bevery|\bwithin|\bfirst|\bsince|\bafter|\bfor[ ]over|\bnearly|"
    r"\balmost|\bthe[ ]coming|\bin[ ]the|\bthan)[ ]$",
    re.IGNORECASE,
)
_TEMPORAL_AFTER = re.compile(
    r"[ ]?(?:ago|old|of[ ]age|thereafter|later|from[ ]now|in[ ]a[ ]row|program|contract|"
    r"term|internship|rotation)\b",
    re.IGNORECASE,
)

# a word boundary, or the seam of two glued words (``QualificationsMaster's``)
_B = r"(?:\b|(?-i:(?<=\p{Ll})(?=\p{Lu})))"
# the word boundary is checked once, before the alternatives: most positions fail there
_DEGREE = regex.compile(
    _B + "(?:" + "|".join(f"(?P<{level}>{pattern})" for level, pattern in en.DEGREES) + ")",
    regex.IGNORECASE,
)
_DEGREE_OF: dict[str | None, Degree] = {d.value: d for d in Degree}
_Needles = dict[bytes, tuple[tuple[bytes, int], ...]]


def _needles(words: tuple[str, ...], shared: tuple[str, ...] = ("ph", "school")) -> _Needles:
    """What to search for to find ``words``: a piece several of them share (``ph`` of ``ph.d``,
    ``phd``, ``ph. d`` and ``dphil``), with each word and where the piece starts in it, or the
    word itself.  One scan of the posting per piece instead of one per word."""
    needles: _Needles = {}
    for word in words:
        needle = next((n for n in shared if n in word), word)
        key = needle.encode()  # the words are ASCII: searched in :func:`ascii_lower` copies
        needles[key] = (*needles.get(key, ()), (word.encode(), word.index(needle)))
    return needles


_TIME_NEEDLES = _needles(en.TIME_WORDS)
_DEGREE_NEEDLES = _needles(en.DEGREE_WORDS)


def ascii_lower(text: str) -> bytes:
    """``text`` with its ASCII letters in lower case and every other character as ``?``: one
    byte per character, so offsets stay the text's (``str.lower`` makes ``İ`` two characters)."""
    return text.encode("ascii", "replace").lower()


# plain-case abbreviations (``MS``, ``BA``, ``JD``) only count in capitals
_ABBREVIATION_ANCHOR = re.compile(r"[MBJGL](?:\.?[SADEPFT]|ED|BA|L\.M)")
_LOWER_SLASH = regex.compile(r"\p{Ll}/|/\p{Ll}")
_JOINER = re.compile(r"\band\b|\bwith\b|\bplus\b", re.IGNORECASE)
_ALTERNATIVE = regex.compile(r"\bor\b|\bOR\b|;|\beither\b", regex.IGNORECASE)
# what may stand between two degrees named side by side
_COORDINATION_GAP = re.compile(
    # possessive: runs of spaces cannot be shared out between the parts in many ways
    r"[ ]*+(?:(?:['’]s)?+[ ]*+(?:degree|diploma)?+[ ]*+(?:/|or|\(|and/or)[ ]*+(?:an?[ ])?+)$",
    re.IGNORECASE,
)
_EQUIVALENT = regex.compile(
    r"\bequivalent[ ](?:[\w-]+[ ]){0,2}experience|\bor[ ](?:equivalent|comparable|relevant|"
    r"practical|hands-on|professional|work|industry)[ ](?:[\w-]+[ ]){0,2}experience\b|"
    r"\bin[ ]lieu[ ]of\b",
    regex.IGNORECASE,
)
_PREFERRED = regex.compile(
    r"\bpreferred\b|\bprefer\b|\ba[ ](?:big[ ]|huge[ ]|strong[ ])?plus\b|\bnice[ ]to[ ]have\b|"
    r"\bideally\b|\bbonus\b|\bdesired\b|\bdesirable\b|\badvantageous\b|\ban[ ]advantage\b",
    regex.IGNORECASE,
)
# ``… as equivalent to a master's degree and three years``: the second half restates another path
_RESTATEMENT = regex.compile(r"\bas[ ](?:an[ ])?equivalent[ ]to\b", regex.IGNORECASE)
# ``Must have three years of experience in the following skills: (1) …`` ends at the colon
_ENUMERATION = re.compile(r":[ ]*(?:\(?1\)|1\.|\(a\)|a\))")
_FIELDS = re.compile(
    r"[ ]?\b(?:in|of)[ ](?P<fields>[^.;:()]{2,200}?)"
    r"(?=[ ]?(?:,?[ ]?or[ ](?:a[ ])?(?:related|similar|equivalent|other)"
    r"|,?[ ](?:and|AND|OR|with|from|plus)[ ]|[.;:()]|$))"
)
_DEGREE_NOUN = re.compile(
    r"(?:['’]s)?[ ]?(?:degree|diploma)?(?:[ ]or[ ]foreign[ ]equivalent[ ]degree)?"
    r"(?:[ ]\(or[ ]higher\))?",
    re.IGNORECASE,
)
_YEARS_FIELDS = re.compile(
    r"[ ]of[ ](?P<fields>[^.;:()]{2,120}?)[ ]or[ ](?:a[ ])?related[ ]field[ ]experience"
)
_NOT_A_FIELD = re.compile(r"(?i)(?:a|the|any|an|relevant|related|field|experience|other)\b")
# ``high degree of …``, ``some degree of …``: not a degree
_QUALIFIED_DEGREE = re.compile(r"(?:high|some|any)[ ]$")
# the rest of a run of non-spaces, where a window of text would end inside it
_TOKEN_REST = re.compile(r"[^ \n]*")
_FIELD_SPLIT = re.compile(r",[ ]?(?:or[ ]|and[ ])?|[ ](?:or|and)[ ]|/")
_PREFERRED_SECTIONS = frozenset({"preferred_qualifications"})


class _Mention(NamedTuple):
    start: int
    end: int
    degree: Degree | None = None
    min_years: float | None = None
    max_years: float | None = None


def _number(token: str) -> float:
    token = token.lower()
    return float(en.NUMBER_WORDS[token]) if token in en.NUMBER_WORDS else float(token)


@dataclass(frozen=True, slots=True)
class _Hits:
    """Where the words a requirement needs occur in a posting: ``(start, end)`` ranges, sorted,
    found once per posting by plain substring search of a lower-cased copy."""

    # ``year``, ``yr``, ``month`` with a number close enough before them to be counted
    # (``5+ years``): only these can be part of a count of years (``every year`` cannot)
    time: list[Range]
    degree: list[Range]  # ``bachelor``, ``ph.d``, ``degree``, …
    abbreviations: list[Range]  # candidates in capitals: ``MS``, ``B.S``, ``GED``
    # all three together, sorted, without the capitals that end a longer word (``AMS``)
    merged: list[Range] = field(default_factory=list)

    def anchors(self, s: int, e: int) -> list[int]:
        """Where a degree or a count of time may be named in ``s:e``, sorted."""
        return [a for a, _ in _within(self.merged, s, e)]


def _find_words(start: int, low: bytes, needles: _Needles) -> list[Range]:
    """Where the words of ``needles`` occur in the text from ``start`` on, whose
    :func:`ascii_lower` is ``low``, sorted."""
    hits = []
    for needle, words in needles.items():
        at = low.find(needle)
        while at != -1:
            for word, offset in words:
                if at >= offset and low.startswith(word, at - offset):
                    hits.append((start + at - offset, start + at - offset + len(word)))
            at = low.find(needle, at + 1)
    return sorted(hits)


def _counted(text: str, start: int, hit: Range) -> bool:
    """True for a time word right after a count (``5+ years``, ``three (3) years``); not for
    ``every year`` or ``$150,000 per year``.  The count lies within ``COUNT_REACH`` before it,
    and not before ``start``."""
    lo = max(start, hit[0] - COUNT_REACH)
    last = spaces_start(text, hit[0], lo)  # the end of what stands before the time word
    if last == lo:
        return False
    # a count ends in a digit, ``+``, ``)`` or a number word (``plus``): a cheap test first
    if not (
        text[last - 1] in "+)"
        or text[last - 1].isdigit()
        or text[max(lo, last - 8) : last].lower().endswith(_COUNT_WORD_ENDS)
    ):
        return False
    return _COUNT_BEFORE.search(text, lo, hit[0]) is not None


def _find_hits(text: str, start: int, end: int) -> _Hits:
    low = ascii_lower(text[start:end])
    time = _find_words(start, low, _TIME_NEEDLES)
    degree = _find_words(start, low, _DEGREE_NEEDLES)
    # past a few hundred time words (no real posting has them) the check costs more than it saves
    if len(time) <= MAX_TIME_CHECKS:
        time = [hit for hit in time if _counted(text, start, hit)]
    abbreviations = [m.span() for m in _ABBREVIATION_ANCHOR.finditer(text, start, end)]
    # ``MS``, not the end of ``AMS``
    whole = [h for h in abbreviations if not text[h[0] - 1 : h[0]].isupper()]
    return _Hits(time, degree, abbreviations, sorted(time + degree + whole))


def _within(hits: list[Range], s: int, e: int) -> list[Range]:
    """The hits that lie inside ``s:e``."""
    i = bisect.bisect_left(hits, (s, -1))
    j = bisect.bisect_left(hits, (e, -1), i)
    return [h for h in hits[i:j] if h[1] <= e]


def _around(hits: list[Range], s: int, e: int, before: int, after: int) -> Iterator[Range]:
    """The stretch of ``s:e`` from ``before`` characters before each hit to ``after`` past its
    start, in order."""
    return ((max(s, at - before), min(e, at + after)) for at, _ in _within(hits, s, e))


def _windows(text: str, stretches: Iterable[Range], e: int) -> list[Range]:
    """The ``stretches`` (sorted by start) merged: the only places a pattern needs to look.

    A window never ends inside a run of non-spaces.  The end of a search is the end of the text
    to a pattern: ``ReBAC`` cut after ``BA`` would read as a degree, and ``Ph.D. in Statistics``
    cut after ``Ph.D`` would lose its field.  (Where a window starts does not matter: a pattern
    sees the text before its start.)
    """
    merged: list[Range] = []
    for lo, hi in stretches:
        if merged and lo <= merged[-1][1]:
            if hi <= merged[-1][1]:
                continue
            lo = merged.pop()[0]
        rest = _TOKEN_REST.match(text, hi, e)  # read on from ``hi``: each character at most once
        merged.append((lo, rest.end() if rest else hi))
    return merged


def _years(text: str, s: int, e: int, hits: _Hits) -> list[_Mention]:
    """The counts of years of experience in ``text[s:e]``."""
    found = []
    # a count lies inside the window of its own time word, which has a number before it
    windows = _windows(text, _around(hits.time, s, e, COUNT_REACH, 12), e)
    # a backward search finds a window's counts from its end: put them back in text order
    for m in (m for ws, we in windows for m in reversed(list(_YEARS.finditer(text, ws, we)))):
        head = text[max(s, m.start() - TEMPORAL_REACH) : m.start()]
        tail_start = m.end()
        if _TEMPORAL_BEFORE.search(head) or _TEMPORAL_AFTER.match(text, tail_start, e):
            continue
        near = text[
            max(s, m.start() - EXPERIENCE_REACH_BEFORE) : min(e, m.end() + EXPERIENCE_REACH_AFTER)
        ]
        strong = m.group("plus") or m.group("pre") or m.group("paren")
        if not (
            _EXPERIENCE_WORD.search(near)
            or (strong and _EXPERIENCE_AFTER.match(text, tail_start, e))
        ):
            continue
        a = _number(m.group("paren") or m.group("a"))
        b = _number(m.group("b")) if m.group("b") else None
        if m.group("unit").lower().startswith("month"):
            a, b = a / 12, (b / 12 if b is not None else None)
        if b is not None and b < a:
            b = None
        found.append(_Mention(m.start(), m.end(), None, a, b))
    if found:
        for bare in _BARE_PLUS.finditer(text, s, e):
            if not any(x.start <= bare.start() < x.end for x in found):
                found.append(_Mention(bare.start(), bare.end(), None, float(bare.group("a")), None))
    return found


def _degrees(text: str, s: int, e: int, hits: _Hits) -> list[_Mention]:
    found: list[_Mention] = []
    # one list of windows: a degree is read once, in full
    around_words = _around(hits.degree, s, e, 30, 40)
    around_capitals = _around(hits.abbreviations, s, e, 2, 12)
    windows = _windows(text, heapq.merge(around_words, around_capitals), e)
    for m in (m for ws, we in windows for m in _DEGREE.finditer(text, ws, we)):
        core = m.group().replace(".", "").replace(" ", "")
        if core.upper() in en.CAPITALS_ONLY_DEGREES and (
            core not in en.CAPITALS_ONLY_DEGREES  # ``measured in Bs not Ms`` is not a degree
            or _LOWER_SLASH.search(text, max(s, m.start() - 2), min(e, m.end() + 2))
        ):
            continue  # ``legal/BA/player parameters``
        if (
            m.group().lower().startswith("degree")
            and (
                found  # ``Master's degree or foreign equivalent degree in …``: the same degree
                or _QUALIFIED_DEGREE.search(text[max(s, m.start() - 6) : m.start()])
            )
        ):
            continue
        level = _DEGREE_OF[m.lastgroup]  # the degree's named group: the alternative that matched
        found.append(_Mention(m.start(), m.end(), level))
    return found


def _opens_alternative(gap: str) -> bool:
    """True when the text between two mentions ends in an ``or`` that opens the second one
    (``PhD, or Master's``; ``… OR 12+ years``), not in one that closes a list of fields
    (``… or a related field and three years``)."""
    ends = [m.end() for m in _ALTERNATIVE.finditer(gap)]
    if not ends:
        return False
    filler = gap[ends[-1] :]
    return len(filler) <= 30 and _JOINER.search(filler) is None


def _groups(text: str, mentions: list[_Mention], s: int, e: int) -> list[list[_Mention]]:
    """Mentions grouped into alternatives."""
    groups: list[list[_Mention]] = [[]]
    prev: _Mention | None = None
    for mention in mentions:
        if prev is not None:
            gap = text[prev.end : mention.start]
            side_by_side = (
                prev.degree is not None
                and mention.degree is not None
                and _COORDINATION_GAP.fullmatch(gap) is not None
            )
            if not side_by_side and groups[-1] and _opens_alternative(gap):
                groups.append([])
        groups[-1].append(mention)
        prev = mention
    return [g for g in groups if g]


def _paths(groups: list[list[_Mention]]) -> list[QualificationPath]:
    paths: dict[tuple[Degree | None, float | None, float | None], None] = {}  # ordered, unique
    for group in groups:
        counts = [m for m in group if m.min_years is not None]
        widest = max(counts, key=lambda m: m.min_years or 0.0) if counts else None
        min_years = widest.min_years if widest else None
        max_years = widest.max_years if widest else None
        degrees: list[Degree | None] = list(
            dict.fromkeys(m.degree for m in group if m.degree is not None)
        )
        for degree in degrees or [None]:
            paths[degree, min_years, max_years] = None
    return [QualificationPath(degree=d, min_years=lo, max_years=hi) for d, lo, hi in paths]


def _fields(text: str, mentions: list[_Mention], e: int) -> list[str]:
    """Fields of study: ``… degree in Computer Science, Engineering, or a related field``,
    ``4+ years of CS, CE, ML or related field experience``."""
    fields: list[str] = []
    for mention in mentions:
        at = mention.end
        if mention.degree is not None:
            degree_word = _DEGREE_NOUN.match(text, at, e)
            at = degree_word.end() if degree_word else at
            m = _FIELDS.match(text, at, e)
        else:
            m = _YEARS_FIELDS.match(text, at, e)
        if m is None:
            continue
        for part in _FIELD_SPLIT.split(m.group("fields")):
            part = part.strip(" *")
            if (
                part[:1].isalpha()
                and len(part.split()) <= 4
                and part not in fields
                and not _NOT_A_FIELD.match(part)
            ):
                fields.append(part)
    return fields


def parse_statement(
    text: str, start: int, end: int, hits: _Hits, *, preferred_section: bool = False
) -> Requirement | None:
    """The requirement stated by ``text[start:end]``, or None if it asks for neither; ``hits``
    are the posting's anchor words (:func:`_find_hits`).

    A "statement" of more than ``MAX_STATEMENT`` characters is not a sentence or a list item
    but text that no punctuation cuts up; it is not read as a requirement.
    """
    start, end = trim(text, start, end)
    if end - start > MAX_STATEMENT:
        return None
    enumeration = _ENUMERATION.search(text, start, end)
    if enumeration is not None:
        end = enumeration.start()
    restated = _RESTATEMENT.search(text, start, end)
    scope_end = restated.start() if restated else end
    mentions = sorted(
        _degrees(text, start, scope_end, hits) + _years(text, start, scope_end, hits),
        key=lambda m: m.start,
    )
    if not mentions:
        return None
    paths = _paths(_groups(text, mentions, start, scope_end))
    statement = text[start:end]
    names_degree = any(m.degree is not None for m in mentions)
    return Requirement(
        text=statement,
        span=Span(start=start, end=end),
        paths=paths,
        fields=_fields(text, mentions, scope_end),
        or_equivalent=names_degree and _EQUIVALENT.search(text, start, end) is not None,
        preferred=preferred_section or _PREFERRED.search(text, start, end) is not None,
    )


def _statements(
    norm: Normalized, items: SectionItems, section: Section, anchors: list[int]
) -> list[Range]:
    """The statements of a section: the responsibilities' own items, elsewhere the items of
    the sentences that hold an anchor (the other sentences are skipped anyway)."""
    if section.kind == "responsibilities":
        ranges, intro = items(section)
    else:
        ranges, intro = list_items(norm, section, focus=anchors)
    return [intro, *ranges] if intro[1] > intro[0] else ranges


def find_requirements(
    norm: Normalized, sections: list[Section], items: SectionItems
) -> list[Requirement]:
    """Every statement of the posting that asks for a degree and/or years of experience."""
    requirements: list[Requirement] = []
    if not sections:
        return requirements
    hits = _find_hits(norm.text, sections[0].body.start, sections[-1].body.end)
    for section in sections:
        anchors = hits.anchors(section.body.start, section.body.end)
        if not anchors:
            continue  # most sections name no degree and no time: no need to cut them up
        preferred = section.kind in _PREFERRED_SECTIONS
        for s, e in _statements(norm, items, section, anchors):
            if not holds(anchors, s, e):
                continue  # a statement that names neither
            requirement = parse_statement(norm.text, s, e, hits, preferred_section=preferred)
            if requirement is not None:
                requirements.append(requirement)
    return requirements
