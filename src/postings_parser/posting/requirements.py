"""Stage 3d: degree and years-of-experience requirements, with their alternative paths.

Every statement of the posting (an item or a sentence of any section, cut as
:mod:`postings_parser.posting.items` cuts lists) is read for degree names (``PhD``, ``M.Sc.``,
``Bachelor's``, ``Studium``, ``Bac+5``, ``Mestrado``, …) and counts of years of experience (``5+``,
``3-5``, ``at least two``, ``six months``, ``mind. 5 Jahre``, ``más de 3 años``).  A count of
years is a requirement only where the text around it speaks of experience: ``over the next three
years`` and ``190 years of human effort`` are not.  The words are those of every language's
``REQ_*`` tables, read in every posting (a posting may mix languages).

Where to look is found first, in one pass over the posting: an Aho-Corasick automaton finds every
degree name, every unit of time and every ``N+`` in a folded copy of the text (lower case, accents
and apostrophes unified, one byte per character), a second one the abbreviations that count only
as written (``MS``, not ``ms``).  Only the statements that hold such a word are read further.

Alternatives: the mentions are grouped at each ``or`` that opens a new degree or count, except
between two degrees named side by side (``Bachelor's or Master's degree``, ``BS/MS``), which share
what follows; a ``;`` joins (``Bachelor's degree; three (3) years``).  Each degree of a group is a
path with the group's years; a group with years but no degree is a path without a degree.  Nested
counts (``8+ years of X, including 4+ years of Y``) are one path with the larger number; a group
that pairs counts and degrees in turn (``5 years with a BS, 3 years with a MS``) is one path per
pair.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import ahocorasick_rs

from ..models import Degree, QualificationPath, Requirement, Section, Span, unvalidated
from ..normalize.blocks import Normalized
from ..rules import LANGUAGES
from ..rules.limits import (
    COUNT_REACH,
    EXPERIENCE_REACH_AFTER,
    EXPERIENCE_REACH_BEFORE,
    MAX_ANCHORS,
    MAX_STATEMENT,
    SCAN_CHUNK,
    TEMPORAL_REACH,
    URL_REACH,
)
from . import years
from .items import SectionItems
from .split import Range, holds, trim

# the pipeline builds its models from values its stages have checked (models.unvalidated)
_QualificationPath = unvalidated(QualificationPath)
_Requirement = unvalidated(Requirement)
_Span = unvalidated(Span)

# --- the folded copy: one byte per character ----------------------------------------------


def _fold_table() -> bytes:
    """Latin-1 bytes -> lower case without accents (``É`` -> ``e``, ``ñ`` -> ``n``)."""
    table = bytearray(range(256))
    for byte in range(256):
        char = chr(byte)
        lower = char.lower()
        if char.isalpha() and len(lower) == 1:
            base = unicodedata.normalize("NFD", lower)[0]
            table[byte] = ord(base if base.isascii() else lower)
    return bytes(table)


_FOLD = _fold_table()
# the bytes of a word in a folded copy (``?`` stands for a character outside Latin-1)
_WORD_BYTES = frozenset(b for b in range(256) if chr(_FOLD[b]).isalnum())


def _latin(text: str) -> bytes:
    """``text`` as Latin-1 bytes, one per character: ``’`` as ``'``, other characters as ``?``."""
    return text.replace("’", "'").encode("latin-1", "replace")


def fold(text: str) -> bytes:
    """``text`` lower case, without accents, one byte per character (offsets stay the text's)."""
    return _latin(text).translate(_FOLD)


# --- the vocabulary of every language -----------------------------------------------------


class _Needle(NamedTuple):
    """A word to find: what it is, and where its name lies inside it."""

    kind: str  # "degree", "not" (no degree here), "time" (a unit of time), "plus" (``5+``)
    core: tuple[int, int]  # the name inside the needle (``ausbildung`` of ``eine ausbildung``)
    level: Degree | None = None
    compound: bool = False  # may close a compound word (``Informatikstudium``)
    unleveled: bool = False  # names no level (``degree in``, ``Studium``)


_BRACKETS = re.compile(r"(?:\[(?P<before>[^\]]*)\] )?(?P<core>.*?)(?: \[(?P<after>[^\]]*)\])?")


def _bracketed(phrase: str) -> tuple[str, tuple[int, int]]:
    """``[eine] ausbildung`` -> (``eine ausbildung``, where ``ausbildung`` lies in it)."""
    m = _BRACKETS.fullmatch(phrase)
    assert m is not None  # every phrase matches
    before, core, after = m.group("before", "core", "after")
    plain = " ".join(part for part in (before, core, after) if part)
    first = len(before) + 1 if before else 0
    return plain, (first, first + len(core))


def _levels() -> dict[str, Degree]:
    """Every language's degree names (lower case, as written in the tables) -> level; a name
    that names no level (``degree in``, ``Studium``) is a bachelor's (ANNOTATION.md)."""
    levels: dict[str, Degree] = {}
    for module in LANGUAGES.values():
        for level, names in module.REQ_DEGREES_BY_LEVEL.items():
            levels.update((name, Degree(level)) for name in names)
        levels.update((name, Degree.BACHELOR) for name in module.REQ_UNLEVELED_DEGREES)
    return levels


_LEVELS = _levels()
_ABBREVIATIONS = years.union("REQ_DEGREE_ABBREVIATIONS", lower=False)
_AS_WRITTEN = frozenset(a.lower() for a in _ABBREVIATIONS)
_COMPOUNDS = frozenset(years.union("REQ_COMPOUND_DEGREES"))
_UNLEVELED = frozenset(years.union("REQ_UNLEVELED_DEGREES"))
# units of at most this many letters (``an``, ``yr``) are found only with the characters around
# them: ``5 an ``, ``3y+``, not ``an`` in ``and``
_SHORT_UNIT = 3
_UNIT_BEFORE = " 0123456789+)-"
# a word glued to the next one (``skillsBA``) has at least this many lower-case letters
_GLUED_WORD = 3
# two names with at most this many spaces between them stand side by side (``PhD degree``)
_NEXT_TO = 3
_UNIT_AFTER = " ,.;:!?)(/-+'*\n"


def _unit_needles() -> dict[str, _Needle]:
    """The units of time to find: long ones alone, short ones with what stands around them."""
    needles: dict[str, _Needle] = {}
    for unit in (*years.YEAR_WORDS, *years.MONTH_WORDS):
        folded = fold(unit).decode("latin-1")
        if len(folded) > _SHORT_UNIT:
            needles[folded] = _Needle("time", (0, len(folded)))
            continue
        befores = _UNIT_BEFORE[1:11] if len(folded) == 1 else _UNIT_BEFORE  # ``3y+``: glued
        for before in befores:
            for after in _UNIT_AFTER:
                needles[before + folded + after] = _Needle("time", (1, 1 + len(folded)))
    return needles


def _word_needles() -> dict[bytes, _Needle]:
    """Everything the folded copy is searched for: degree names, not-degree contexts, units of
    time, and ``N+``."""
    needles: dict[str, _Needle] = {f"{d}+": _Needle("plus", (0, 2)) for d in "0123456789"}
    needles.update(_unit_needles())
    for phrase in years.union("REQ_NOT_DEGREES"):
        plain, core = _bracketed(phrase)
        needles[fold(plain).decode("latin-1")] = _Needle("not", core)
    for name, level in _LEVELS.items():
        plain, core = _bracketed(name)
        if name not in _AS_WRITTEN:
            key = fold(plain).decode("latin-1")
            needles[key] = _Needle("degree", core, level, name in _COMPOUNDS, name in _UNLEVELED)
    return {key.encode("latin-1"): needle for key, needle in needles.items()}


def _abbreviation_needles() -> dict[bytes, _Needle]:
    """The abbreviations, as written."""
    needles: dict[bytes, _Needle] = {}
    for name in _ABBREVIATIONS:
        plain, core = _bracketed(name)
        needles[_latin(plain)] = _Needle("degree", core, _LEVELS[name.lower()])
    return needles


def _automaton(needles: dict[bytes, _Needle]) -> ahocorasick_rs.BytesAhoCorasick:
    return ahocorasick_rs.BytesAhoCorasick(
        list(needles),
        matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
        implementation=ahocorasick_rs.Implementation.DFA,
    )


_WORD_NEEDLES = _word_needles()
_WORDS = _automaton(_WORD_NEEDLES)
_WORD_KINDS = tuple(_WORD_NEEDLES.values())
_ABBREVIATION_NEEDLES = _abbreviation_needles()
_ABBREVIATION_AUTOMATON = _automaton(_ABBREVIATION_NEEDLES)
_ABBREVIATION_KINDS = tuple(_ABBREVIATION_NEEDLES.values())
# a match that starts in one chunk of a scan ends within this many bytes after it
_LONGEST_NEEDLE = max(map(len, (*_WORD_NEEDLES, *_ABBREVIATION_NEEDLES)))

# --- patterns built from the tables, read in the folded copy ------------------------------


def _folded(words: Iterable[str], *, whole: bool = False) -> str:
    """An alternation of ``words`` as the folded copy writes them (``años`` as ``anos``); with
    ``whole``, of whole words (:func:`years.alternation`)."""
    return years.alternation((_folded_word(word) for word in words), whole=whole)


def _folded_word(word: str) -> str:
    """``word`` as the folded copy writes it, its `` … `` (any two words) kept."""
    return years.GAP.join(fold(part).decode("latin-1") for part in word.split(years.GAP))


def _phrases(phrases: Iterable[str]) -> str:
    """A pattern of whole ``phrases`` in the folded copy: a space stands for spaces, `` … `` for
    up to two words."""
    return _folded(phrases, whole=True)


def _compiled(pattern: str) -> re.Pattern[bytes]:
    """``pattern``, to be searched in a folded copy."""
    return re.compile(pattern.encode("latin-1"))


def _table(name: str) -> str:
    """The phrases of the table ``name`` of every language, as a pattern (:func:`_phrases`)."""
    return _phrases(years.union(name))


_PLUS_WORDS = [p for p in years.union("REQ_PLUS_PHRASES") if p != "+"]
_F_NUMBER = rf"(?:\d{{1,2}}(?:[.,]\d)?|\b{_folded(years.NUMBER_WORDS)})"
_F_PLUS = rf"[ ]?\+|[ ]{_folded(_PLUS_WORDS)}(?!\w)"
_F_COUNT = years.count(
    _F_NUMBER, to=_folded(years.union("REQ_RANGE_WORDS")), hyphen=True, plus=_F_PLUS
)
_F_MIN = _phrases(p for p in years.union("REQ_MIN_PHRASES") if p != "+")
# a count that ends where its unit starts, with what stands before it (``at least``, ``mind.``,
# ``más de``, ``+``)
_COUNT_AT = _compiled(rf"(?P<pre>{_F_MIN}[ ]?|\+[ ]?)?{_F_COUNT}\Z")
# what follows a unit and belongs to its count: ``year(s)``, ``years'``, ``3y+``, ``ou mais``
_AFTER_UNIT = _compiled(rf"(?:\(s\))?(?:'|(?P<after>[ ]?\+|[ ]{_folded(_PLUS_WORDS)}(?!\w)))?")
_COUNT_END_BYTES = frozenset(b"0123456789+)-")
# where a count may start: a word, ``+3 años``
_COUNT_START_BYTES = _WORD_BYTES | {ord("+")}
_DIGIT_BYTES = frozenset(b"0123456789")
_COUNT_WORD_ENDS = tuple(fold(w) for w in years.NUMBER_WORDS) + tuple(
    fold(p.split(" ")[-1]) for p in _PLUS_WORDS
)
_NUMBERS = {fold(word).decode("latin-1"): value for word, value in years.NUMBER_WORDS.items()}
_MONTHS = frozenset(fold(word) for word in years.MONTH_WORDS)
_F_UNITS = _folded(u for u in (*years.YEAR_WORDS, *years.MONTH_WORDS) if len(u) > 1)
_EXPERIENCE_WORDS = years.union("REQ_EXPERIENCE_WORDS")
# longer experience words also end compounds (``Berufserfahrung``)
_F_EXPERIENCE = (
    _folded(w for w in _EXPERIENCE_WORDS if len(w) > 4)
    + "|"
    + _phrases(w for w in _EXPERIENCE_WORDS if len(w) <= 4)
)
_EXPERIENCE = _compiled(_F_EXPERIENCE)
# a bare ``5+`` in a statement that counts years elsewhere (``7+ years with a BS, or 5+ with …``)
_BARE_PLUS = _compiled(rf"\b(?P<a>\d{{1,2}})\+(?![ ]?{_F_UNITS}(?!\w))")
# ``3+ Web Developing experience``: a count without its unit, right before experience
_BARE_COUNT = _compiled(
    rf"(?<![\d.,])(?P<a>\d{{1,2}})\+[ ](?:[\w-]+[ ]){{0,3}}?(?:{_F_EXPERIENCE})"
)
# what may follow a count of experience where no experience word is near (``–`` is ``?``)
_FOLLOWER = _compiled(rf"[ ]?(?:[-?:)]|{_table('REQ_COUNT_FOLLOWERS')}|\*\*|$)")
_NOT_BEFORE = _compiled(rf"{_table('REQ_NOT_EXPERIENCE_YEARS')}[ ]$")
_NOT_AFTER = _compiled(rf"[ ]?{_table('REQ_NOT_EXPERIENCE_AFTER')}")
_NOT_EXPERIENCE_CONTEXT = _compiled(_table("REQ_NOT_EXPERIENCE_CONTEXTS"))
# ``6 Monate bis 1 Jahr``: two counts that are the ends of one range
_RANGE_GAP = _compiled(rf"[ ]?{_table('REQ_RANGE_WORDS')}[ ]?")

_OR = _table("REQ_OR_WORDS")
_ALTERNATIVE = _compiled(_OR)
_JOINER = _compiled(_table("REQ_AND_WORDS"))
_FIELD_CLOSER = _compiled(rf"[ ]*{_table('REQ_FIELD_CLOSERS')}")
# what may stand between two degrees named side by side: ``'s or``, `` degree or a``, ``/``, ``(``
_COORDINATION_GAP = _compiled(
    rf"(?:'s)?(?:[ ]+[\w-]+)?[ ]*(?:/|\(|{_OR}(?:/\w+)?)[ ]*(?:\w{{1,4}}[ ])?"
)
# a coordination gap is short
_MAX_COORDINATION_GAP = 40
_EQUIVALENT = _compiled(_table("REQ_EQUIVALENT_PHRASES"))
_SAME_DEGREE = _compiled(_table("REQ_SAME_DEGREE_PHRASES"))
_PREFERRED = _compiled(_table("REQ_PREFERRED_PHRASES"))
_PREFERRED_ADVERB = _compiled(_table("REQ_PREFERRED_ADVERBS"))
# ``… as equivalent to a master's degree and three years``: the second half restates another path
_RESTATEMENT = re.compile(r"\bas[ ](?:an[ ])?equivalent[ ]to\b", re.IGNORECASE)
# ``Must have three years of experience in the following skills: (1) …`` ends at the colon
_ENUMERATION = re.compile(r":[ ]*(?:\(?1\)|1\.|\(a\)|a\))")


def _either_case(words: Iterable[str]) -> str:
    """A pattern of whole ``words`` in any case (``and``, ``AND``)."""
    return rf"(?i:{years.alternation(words, whole=True)})"


_ORS = years.union("REQ_OR_WORDS")
# the fields of study after a degree: ``in Computer Science, Engineering, or a related field``,
# up to a closing ``or related`` phrase, an ``and``, ``with``, ``from`` (any case) or an ``OR``
_FIELDS = re.compile(
    rf"[ ]?{_either_case(years.union('REQ_FIELD_PREPOSITIONS'))}[ ]+"
    r"(?P<fields>[^.;:()]{2,200}?)(?=[ ]?(?:"
    rf",?[ ]?{_either_case(_ORS)}[ ](?:\w{{1,5}}[ ])?"
    rf"{_either_case(years.union('REQ_FIELD_CLOSERS'))}"
    rf"|,?[ ](?:{_either_case(years.union('REQ_AND_WORDS') + years.union('REQ_FIELD_ENDS'))}"
    rf"|{years.alternation(o.upper() for o in _ORS)})[ ]|[.;:()]|$))"
)
_DEGREE_NOUN = re.compile(
    r"(?:['’]s)?(?:[ ]?(?:degree|diploma))?(?:[ ]or[ ]foreign[ ]equivalent[ ]degree)?"
    r"(?:[ ]\(or[ ]higher\))?",
    re.IGNORECASE,
)
_YEARS_FIELDS = re.compile(
    r"[ ]of[ ](?P<fields>[^.;:()]{2,120}?)[ ]or[ ](?:a[ ])?related[ ]field[ ]experience"
)
_NOT_A_FIELD = re.compile(_either_case(years.union("REQ_NOT_FIELD_WORDS")))
_OR_AND = _either_case(_ORS + years.union("REQ_AND_WORDS"))
_FIELD_SPLIT = re.compile(rf",[ ]?(?:{_OR_AND}[ ])?|[ ]{_OR_AND}[ ]|/")
_OR_AND_WORD = re.compile(_OR_AND)
# what ends a list cut where the next degree is named: ``Informatik oder ``
_LAST_JOIN = re.compile(rf"[ ,]*(?:[ ,]{_OR_AND})?[ ,]*$")
_PREFERRED_SECTIONS = frozenset({"preferred_qualifications"})


class _Mention(NamedTuple):
    start: int
    end: int
    degree: Degree | None = None
    min_years: float | None = None
    max_years: float | None = None
    unleveled: bool = False  # a degree named without its level
    lead: int = -1  # where the words that make it a name start (``abgeschlossene Ausbildung``)


def _number(token: bytes) -> float:
    """The value of a number of the folded copy: ``5``, ``2,5``, ``five``, ``funf``."""
    word = token.decode("latin-1")
    return float(_NUMBERS[word]) if word in _NUMBERS else float(word.replace(",", "."))


# --- where the words are: one pass over the posting ---------------------------------------


@dataclass(frozen=True, slots=True)
class _Hits:
    """What a requirement needs in a posting, found once per posting: the counts of time and
    the degree names, with the folded copy of the text they were found in."""

    low: bytes  # the folded copy of the text from ``base`` on
    base: int
    counts: list[_Count]  # counts of years (``5+ years``, ``zweijährige``), in order
    degrees: list[_Mention]  # each degree name, with its level, in order
    plus: list[int]  # where a ``N+`` stands (``3+ Web Developing experience``)
    merged: list[int] = field(default_factory=list)  # where each of the above starts, sorted

    def anchors(self, s: int, e: int) -> list[int]:
        """Where a degree or a count of time may be named in ``s:e``, sorted."""
        i = bisect.bisect_left(self.merged, s)
        return self.merged[i : bisect.bisect_left(self.merged, e, i)]

    def search(self, pattern: re.Pattern[bytes], s: int, e: int) -> re.Match[bytes] | None:
        """``pattern`` searched in the folded copy of ``s:e`` (offsets in the folded copy)."""
        return pattern.search(self.low, s - self.base, e - self.base)

    def match(self, pattern: re.Pattern[bytes], s: int, e: int) -> re.Match[bytes] | None:
        """``pattern`` matched at ``s`` in the folded copy of ``s:e``."""
        return pattern.match(self.low, s - self.base, e - self.base)

    def finditer(self, pattern: re.Pattern[bytes], s: int, e: int) -> Iterator[re.Match[bytes]]:
        """``pattern`` found in the folded copy of ``s:e``."""
        return pattern.finditer(self.low, s - self.base, e - self.base)


class _Count(NamedTuple):
    """A count of years: where it stands, its years, and whether it is a strong one (``5+``,
    ``at least 5``, ``three (3)``, ``5 ans minimum``), which may stand without ``experience``."""

    start: int
    end: int
    min_years: float
    max_years: float | None
    strong: bool


def _whole(text: str, low: bytes, a: int, b: int, needle: _Needle) -> bool:
    """Whether the needle found at ``a:b`` stands as a whole word (or glued after a lower-case
    word: ``QualificationsMaster's``, ``skillsBA``; or closing a compound it may close).  A unit
    of time may be glued to its number (``zweijährige``, ``3y``): what precedes it is checked
    when its count is read."""
    if b < len(low) and low[b - 1] in _WORD_BYTES and low[b] in _WORD_BYTES:
        return False
    if needle.kind == "time" or a == 0 or low[a] not in _WORD_BYTES:
        return True
    return low[a - 1] not in _WORD_BYTES or needle.compound or _glued(text, a)


def _glued(text: str, at: int) -> bool:
    """Whether a word starts at ``at`` glued to a lower-case word before it (``skillsBA``,
    ``directedJ.D.``), not to a prefix (``ReBAC``)."""
    return (
        text[at].isupper()
        and at >= _GLUED_WORD
        and text[at - _GLUED_WORD : at].isalpha()
        and text[at - _GLUED_WORD : at].islower()
    )


def _in_url(text: str, a: int, b: int) -> bool:
    """Whether ``a:b`` lies inside a web address (``…/blob/master/…``)."""
    lo = text.rfind(" ", max(0, a - URL_REACH), a) + 1
    token = text[lo : b + URL_REACH].split(" ", 1)[0]
    return "://" in token or "www." in token


def _abbreviations(text: str, low: bytes, raw: bytes, base: int) -> list[_Mention]:
    """The abbreviations as written in ``text`` (``raw`` its Latin-1 bytes; offsets plus
    ``base``): whole words, not between lower-case words and slashes (``legal/BA/player``)."""
    found: list[_Mention] = []
    for i, a, b in _scan(_ABBREVIATION_AUTOMATON, raw):
        needle = _ABBREVIATION_KINDS[i]
        s, e = a + needle.core[0], a + needle.core[1]
        if _whole(text, low, a, b, needle) and not _between_lower_words(text, s, e):
            found.append(_Mention(base + s, base + e, needle.level, lead=base + a))
            if len(found) == MAX_ANCHORS:
                break
    return found


def _between_lower_words(text: str, s: int, e: int) -> bool:
    """Whether ``s:e`` is joined by a slash to a lower-case word (``legal/BA/player``)."""
    return (s >= 2 and text[s - 1] == "/" and text[s - 2].islower()) or (
        text[e : e + 1] == "/" and text[e + 1 : e + 2].islower()
    )


def _without_overlaps(found: list[_Mention], nots: list[Range], text: str) -> list[_Mention]:
    """``found`` in order, without those inside a not-degree context or a longer name; a name
    without a level right next to one with a level is that degree (``PhD degree in``,
    ``formation universitaire Bac+5``)."""
    kept: list[_Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        i = bisect.bisect_right(nots, (mention.start, len(text))) - 1  # the last not before it
        if i >= 0 and mention.end <= nots[i][1]:
            continue
        if kept and mention.start < kept[-1].end:
            continue
        if kept and _same_degree(text, kept[-1], mention):
            prev = kept.pop()
            named = prev if mention.unleveled else mention
            mention = named._replace(start=prev.start, end=mention.end)
        kept.append(mention)
    return kept


def _same_degree(text: str, a: _Mention, b: _Mention) -> bool:
    """Whether the names ``a`` and ``b`` name one degree: side by side, one without a level."""
    if not (a.unleveled or b.unleveled) or b.start - a.end > _NEXT_TO:
        return False
    return not text[a.end : b.start].strip()


def _count_at(low: bytes, unit: Range) -> _Count | None:
    """The count of years whose unit stands at ``unit`` in the folded copy ``low`` (offsets
    of ``low``), or None: ``5+ years``, ``three (3) years``, ``zweijährige``; not ``every
    year`` or ``$150,000 per year``.  The count starts within ``COUNT_REACH`` before its unit."""
    lo = max(0, unit[0] - COUNT_REACH)
    last = len(low[lo : unit[0]].rstrip(b" ")) + lo  # the end of what stands before the unit
    # a count ends in a digit, ``+``, ``)``, ``-`` or a number word (``plus``): a cheap test first
    if last == lo or not (
        low[last - 1] in _COUNT_END_BYTES
        or low[max(lo, last - 12) : last].endswith(_COUNT_WORD_ENDS)
    ):
        return None
    m = _count_before(low, lo, unit[0])
    if m is None:
        return None
    after = _AFTER_UNIT.match(low, unit[1])
    a = _number(m["paren"] or m["a"])
    b = _number(m["b"]) if m["b"] else None
    if low[unit[0] : unit[1]] in _MONTHS:
        a, b = a / 12, (b / 12 if b is not None else None)
    strong = bool(m["plus"] or m["pre"] or m["paren"] or (after and after["after"]))
    end = after.end() if after else unit[1]
    return _Count(m.start(), end, a, b if b is not None and b >= a else None, strong)


def _count_before(low: bytes, lo: int, at: int) -> re.Match[bytes] | None:
    """The longest count that ends at ``at`` and starts after ``lo``: tried where words and
    numbers start (``For4-6 years``), the farthest first (a search would try every place, each
    in every way)."""
    for p in range(lo, at):
        char, before = low[p], low[p - 1] if p else 32
        if char in _COUNT_START_BYTES and (
            before not in _COUNT_START_BYTES
            or (char in _DIGIT_BYTES and before not in _DIGIT_BYTES)
        ):
            m = _COUNT_AT.match(low, p, at)
            if m is not None:
                return m
    return None


def _scan(
    automaton: ahocorasick_rs.BytesAhoCorasick, data: bytes
) -> Iterator[tuple[int, int, int]]:
    """The automaton's matches in ``data`` (needle, start, end), found a chunk at a time."""
    view = memoryview(data)
    at = 0
    while at < len(data):
        stop, last = at + SCAN_CHUNK, at
        for i, a, b in automaton.find_matches_as_indexes(view[at : stop + _LONGEST_NEEDLE]):
            if a + at >= stop:
                break  # found again, whole, in the next chunk
            last = b + at
            yield i, a + at, last
        at = max(stop, last)


def _find_hits(text: str, start: int, end: int) -> _Hits:
    """The anchors of ``text[start:end]``: offsets are the text's."""
    segment = text[start:end]
    raw = _latin(segment)
    low = raw.translate(_FOLD)
    units: list[Range] = []
    plus: list[int] = []
    degrees: list[_Mention] = []
    nots: list[Range] = []
    # a short unit's needle ends with what follows it, even at the end: one space more
    for i, a, b in _scan(_WORDS, low + b" "):
        needle = _WORD_KINDS[i]
        if needle.kind == "plus":
            plus.append(start + a)
        elif _whole(segment, low, a, b, needle):
            s, e = a + needle.core[0], a + needle.core[1]
            if needle.kind == "time":
                units.append((s, e))
            elif needle.kind == "not":
                nots.append((start + a, start + b))
            elif not _in_url(segment, s, e):
                degrees.append(
                    _Mention(
                        s + start, e + start, needle.level, None, None, needle.unleveled, a + start
                    )
                )
        if max(len(units), len(plus), len(degrees), len(nots)) == MAX_ANCHORS:
            break
    degrees += _abbreviations(segment, low, raw, start)
    degrees = _without_overlaps(degrees, nots, text)
    found = (_count_at(low, unit) for unit in units)
    counts = [c._replace(start=c.start + start, end=c.end + start) for c in found if c]
    merged = sorted([c.start for c in counts] + plus + [m.start for m in degrees])
    return _Hits(low, start, counts, degrees, plus, merged)


# --- counts of years of experience --------------------------------------------------------


def _of_experience(hits: _Hits, s: int, e: int, count: _Count, names_degree: bool) -> bool:
    """Whether ``count`` (in the statement ``s:e``) is one of experience: not about time (``over
    the next three years``, ``25 years ago``), and experience named near it, or a strong count
    or one in a statement naming a degree, followed by what follows experience."""
    if hits.search(_NOT_BEFORE, max(s, count.start - TEMPORAL_REACH), count.start):
        return False
    if hits.match(_NOT_AFTER, count.end, e):
        return False
    before, after = count.start - EXPERIENCE_REACH_BEFORE, count.end + EXPERIENCE_REACH_AFTER
    if hits.search(_EXPERIENCE, max(s, before), min(e, after)):
        return True
    return (count.strong or names_degree) and hits.match(_FOLLOWER, count.end, e) is not None


def _ranges_joined(hits: _Hits, counts: list[_Count]) -> list[_Count]:
    """``6 Monate bis 1 Jahr``: a count that ends where a range word leads to the next is the
    range from the one to the other."""
    joined: list[_Count] = []
    for count in counts:
        prev = joined[-1] if joined else None
        gap = prev and _RANGE_GAP.fullmatch(hits.low, prev.end - hits.base, count.start - hits.base)
        if prev is not None and gap:
            top = count.max_years if count.max_years is not None else count.min_years
            joined[-1] = prev._replace(end=count.end, max_years=top)
        else:
            joined.append(count)
    return joined


def _years(hits: _Hits, s: int, e: int, names_degree: bool) -> list[_Mention]:
    """The counts of years of experience in the statement ``s:e``; none in a statement about
    the job's terms (``Período de adaptação (experiência) de 3 meses``)."""
    i = bisect.bisect_left(hits.counts, s, key=_count_start)
    j = bisect.bisect_left(hits.counts, e, i, key=_count_start)
    counts = [c for c in hits.counts[i:j] if c.end <= e]
    if counts and hits.search(_NOT_EXPERIENCE_CONTEXT, s, e):
        return []
    kept = _ranges_joined(hits, [c for c in counts if _of_experience(hits, s, e, c, names_degree)])
    found = [_Mention(c.start, c.end, None, c.min_years, c.max_years) for c in kept]
    if holds(hits.plus, s, e):
        found += _bare_counts(hits, s, e, found)
    return found


def _count_start(count: _Count) -> int:
    return count.start


def _bare_counts(hits: _Hits, s: int, e: int, found: list[_Mention]) -> list[_Mention]:
    """Counts without a unit: ``3+ Web Developing experience`` where no other count is, the
    ``5+`` of ``7+ years with a BS, or 5+ with a MS`` where there is one."""
    if not found:
        bare = hits.search(_BARE_COUNT, s, e)
        return [] if bare is None else [_bare(hits, bare)]
    return [
        _bare(hits, m)
        for m in hits.finditer(_BARE_PLUS, s, e)
        if not any(x.start <= m.start() + hits.base < x.end for x in found)
    ]


def _bare(hits: _Hits, m: re.Match[bytes]) -> _Mention:
    return _Mention(m.start() + hits.base, m.end() + hits.base, None, float(m["a"]))


def _degrees(s: int, e: int, hits: _Hits) -> list[_Mention]:
    """The degree names in ``s:e``; a name without a level after one with a level names that
    degree again (``Master's Degree in Business Administration degree in Sales``)."""
    i = bisect.bisect_left(hits.degrees, s, key=_start)
    j = bisect.bisect_left(hits.degrees, e, i, key=_start)
    found = [m for m in hits.degrees[i:j] if m.end <= e]
    first = next((k for k, m in enumerate(found) if not m.unleveled), len(found))
    return [m for k, m in enumerate(found) if k <= first or not m.unleveled]


def _start(mention: _Mention) -> int:
    return mention.start


# --- alternatives -------------------------------------------------------------------------


def _opens_alternative(gap: bytes) -> bool:
    """True when the text between two mentions ends in an ``or`` that opens the second one
    (``PhD, or Master's``; ``… OR 12+ years``), not in one that closes a list of fields
    (``… or a related field and three years``, ``… or related field, 7 years``)."""
    ends = [m.end() for m in _ALTERNATIVE.finditer(gap)]
    if not ends:
        return False
    filler = gap[ends[-1] :]
    return (
        len(filler) <= 30
        and not _JOINER.search(filler)
        and not any(c in filler for c in b",;")
        and not _FIELD_CLOSER.match(filler)
    )


def _groups(hits: _Hits, mentions: list[_Mention]) -> list[list[_Mention]]:
    """Mentions grouped into alternatives."""
    groups: list[list[_Mention]] = [[]]
    prev: _Mention | None = None
    for mention in mentions:
        if prev is not None:
            gap = hits.low[prev.end - hits.base : mention.start - hits.base]
            side_by_side = (
                prev.degree is not None
                and mention.degree is not None
                and len(gap) <= _MAX_COORDINATION_GAP
                and _COORDINATION_GAP.fullmatch(gap) is not None
            )
            if not side_by_side and groups[-1] and _opens_alternative(gap):
                groups.append([])
        groups[-1].append(mention)
        prev = mention
    return [pair for g in groups if g for pair in _pairs(g)]


def _pairs(group: list[_Mention]) -> list[list[_Mention]]:
    """A group that names a count and a degree in turn, twice or more (``5 years with a BS, 3
    years with a MS``), as one group per pair; any other group as it is."""
    kinds = [m.degree is None for m in group]
    alternating = all(kinds[i] != kinds[i + 1] for i in range(len(kinds) - 1))
    if len(group) < 4 or len(group) % 2 or not alternating:
        return [group]
    return [group[i : i + 2] for i in range(0, len(group), 2)]


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
    return [_QualificationPath(degree=d, min_years=lo, max_years=hi) for d, lo, hi in paths]


# --- what else a statement says -----------------------------------------------------------


def _fields(text: str, mentions: list[_Mention], e: int, hits: _Hits) -> list[str]:
    """Fields of study: ``… degree in Computer Science, Engineering, or a related field``,
    ``Studium der Informatik``, ``4+ years of CS, CE, ML or related field experience``.  A list
    ends where the next degree or count, or an equivalent (``oder entsprechende
    Berufserfahrung``), is named."""
    stops = sorted(m.start() + hits.base for m in hits.finditer(_EQUIVALENT, mentions[0].end, e))
    fields: list[str] = []
    for k, mention in enumerate(mentions):
        at = mention.end
        after = [m.lead if m.lead >= 0 else m.start for m in mentions[k + 1 : k + 2]]
        stop = min([e, *after, *stops[bisect.bisect(stops, at) :][:1]])
        if mention.degree is not None:
            degree_word = _DEGREE_NOUN.match(text, at, stop)
            at = degree_word.end() if degree_word else at
            m = _FIELDS.match(text, at, stop)
        else:
            m = _YEARS_FIELDS.match(text, at, stop)
        if m is None:
            continue
        fields += (f for f in _field_list(m.group("fields")) if f not in fields)
    return fields


def _field_list(text: str) -> list[str]:
    """The fields of a list (``Computer Science, Engineering, or``): words that start with a
    letter, at most four, not an article or a conjunction."""
    text = _LAST_JOIN.sub("", text)
    parts = (part.strip(" *") for part in _FIELD_SPLIT.split(text))
    return [
        part
        for part in parts
        if part[:1].isalpha()
        and len(part.split()) <= 4
        and not _NOT_A_FIELD.match(part.replace("’", "'"))
        and not _OR_AND_WORD.fullmatch(part)
    ]


def _or_equivalent(hits: _Hits, start: int, end: int) -> bool:
    """Whether experience may replace the degree (``or equivalent experience``); the same
    degree from abroad (``foreign equivalent degree``, ``ou équivalent``) is not that."""
    same = [m.span() for m in hits.finditer(_SAME_DEGREE, start, end)]
    return any(
        not any(a <= m.start() < b for a, b in same) for m in hits.finditer(_EQUIVALENT, start, end)
    )


def _preferred(hits: _Hits, start: int, end: int, mentions: list[_Mention]) -> bool:
    """Whether the statement as a whole is preferred: a ``preferred`` / ``a plus`` phrase before
    or after all it asks (``MBA preferred``), an ``ideally`` before it (``Ideally, a Master's``);
    not one in brackets or between its parts (``5+ years (Python preferred)``, ``Bachelor's
    degree required; advanced degree preferred; 4 to 8 years``)."""
    first, last = mentions[0].start - hits.base, mentions[-1].end - hits.base
    low, s = hits.low, start - hits.base

    def free(m: re.Match[bytes]) -> bool:
        before = low[s : m.start()]
        return before.count(b"(") <= before.count(b")")

    if any(free(m) for m in hits.finditer(_PREFERRED_ADVERB, start, mentions[0].start)):
        return True
    return any(
        free(m) and (m.end() <= first or m.start() >= last)
        for m in hits.finditer(_PREFERRED, start, end)
    )


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
    degrees = _degrees(start, scope_end, hits)
    counts = _years(hits, start, scope_end, bool(degrees))
    mentions = sorted(degrees + counts, key=lambda m: m.start)
    if not mentions:
        return None
    return _Requirement(
        text=text[start:end],
        span=_Span(start=start, end=end),
        paths=_paths(_groups(hits, mentions)),
        fields=_fields(text, mentions, scope_end, hits),
        or_equivalent=bool(degrees) and _or_equivalent(hits, start, end),
        preferred=preferred_section or _preferred(hits, start, end, mentions),
    )


def _statements(items: SectionItems, section: Section, anchors: list[int]) -> list[Range]:
    """The statements of a section: the responsibilities' own items, elsewhere the items of
    the sentences that hold an anchor (the other sentences are skipped anyway)."""
    if section.kind == "responsibilities":
        ranges, intro = items(section)
    else:
        ranges, intro = items.focused(section, anchors)
    return [intro, *ranges] if intro[1] > intro[0] else ranges


def find_requirements(
    norm: Normalized, sections: list[Section], items: SectionItems
) -> list[Requirement]:
    """Every statement of the posting that asks for a degree and/or years of experience."""
    requirements: list[Requirement] = []
    if not sections:
        return requirements
    hits = _find_hits(norm.text, sections[0].start, sections[-1].body.end)
    for section in sections:
        anchors = hits.anchors(section.start, section.body.end)
        if not anchors:
            continue  # most sections name no degree and no time: no need to cut them up
        preferred = section.kind in _PREFERRED_SECTIONS
        heading = (
            [(section.heading_span.start, section.heading_span.end)] if section.heading_span else []
        )
        for s, e in heading + _statements(items, section, anchors):
            if not holds(anchors, s, e):
                continue  # a statement that names neither
            requirement = parse_statement(norm.text, s, e, hits, preferred_section=preferred)
            if requirement is not None:
                requirements.append(requirement)
    return requirements
