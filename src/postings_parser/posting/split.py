"""Cutting flattened text into list items: bullets, sentences and run-on items.

All functions work on ``(start, end)`` ranges of one string and return ranges, so every piece
stays a verbatim slice of the normalized text.  Every pattern here is a bounded character class
or a literal, so matching is linear in the input.

The vocabulary (abbreviations, connectors, item starters) is read from every language module
of :mod:`..rules`; an abbreviation only one other language knows is read where the text is in
that language (``so.`` is German for Sunday, and ends many an English sentence).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

import regex

from ..rules import LANGUAGES
from . import years
from .patterns import trie_pattern

Range = tuple[int, int]
# the language of the text being cut, asked only when a word is an abbreviation of another
# language than English (``bzw.``, ``p. ex.``): None where it is not known
Language = Callable[[], str | None]


def _union(name: str) -> frozenset[str]:
    """The words of table ``name`` in every language module that has it."""
    return frozenset(w for module in LANGUAGES.values() for w in getattr(module, name, ()))


ITEM_STARTERS = _union("ITEM_STARTERS")
# lower-case words after which a capitalised word continues the sentence (``of Amazon``)
CONNECTORS = _union("CONNECTORS")


def _abbreviation_table(module: object) -> dict[str, tuple[tuple[str, str], ...]]:
    """A language's abbreviations (lower case, dots kept) filed under their last token
    (``z. b.`` under ``b.``), each with its kind: ``split``, those that never end a sentence
    (``e.g.``), or ``final``, those that close an enumeration or a name (``etc.``, ``Inc.``)
    and so end one before a capitalised word.  The longest of a token's come first."""
    table: dict[str, list[tuple[str, str]]] = {}
    for kind, name in (("split", "SPLIT_ABBREVIATIONS"), ("final", "FINAL_ABBREVIATIONS")):
        for entry in getattr(module, name, ()):
            table.setdefault(entry.rsplit(" ", 1)[-1], []).append((entry, kind))
    return {
        token: tuple(sorted(entries, key=lambda e: -len(e[0]))) for token, entries in table.items()
    }


# language -> last token -> (abbreviation, kind)
_ABBREVIATIONS = {code: _abbreviation_table(m) for code, m in LANGUAGES.items()}
_TOKENS = frozenset(token for table in _ABBREVIATIONS.values() for token in table)
_FOREIGN_TOKENS = _TOKENS - _ABBREVIATIONS["en"].keys()

_TOKEN_BEFORE = regex.compile(r"[^\s(\[\"“‘'«]{1,24}$")
# sentence end: punctuation, then spaces and a capital/digit/quote, or a capital glued on
_SENTENCE_END = regex.compile(
    r"[.!?](?:[\"”’»)]?)(?:[ \t\n]+(?=[\p{Lu}\d\"“«(¿¡])|(?=\p{Lu}\p{Ll})|(?=\d{1,2}[ ]?\+)"
    r"|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\.\p{Lu}\.))"  # ``… to be asked.J.D. from …``
)
_TITLE_WORD = regex.compile(r"[ \t\n]+[\"“«(¿¡]?\p{Lu}\p{Ll}")
# a word that may open a run-on item, after a space: an item starter (a trie, so most words
# are rejected after a letter or two) or a capitalised adverb (``Proactively identify …``).
_NOT_TOKEN_CHAR = r"(?![^\W\d_]|['’.\-])"
_STARTER_WORD = re.compile(
    r"[ ](?P<w>(?:"
    + trie_pattern(sorted(w for w in ITEM_STARTERS if not w.endswith(".")))
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
# what every cut stands before, each asked of the engine whose scan reads it (``re`` and
# ``regex`` may know different versions of Unicode): a capital (the glue scan's ``\p{Lu}``;
# item starters begin with one) or a digit (the years scan's ``\d``)
_CAPITAL = regex.compile(r"\p{Lu}")
_DIGIT = re.compile(r"\d")
_TOKEN_START = regex.compile(r"[\p{L}\p{N}'’.\p{Pd}]{1,40}$")
# a semicolon that separates the items of a flattened list: a capitalised word follows, maybe
# after a connector (``…webinars; Responsible for …``, ``…management; and Remain …``)
_SEMICOLON = regex.compile(r";[ ]+(?:(?P<c>\p{Ll}{1,4})[ ]+)?(?=\p{Lu}\p{Ll})")

_LABEL_WORD = regex.compile(
    r"\p{Lu}[\p{L}\p{Pd}'’./]*|&|and|of|the|for|to|in|on|with|a|an|/|\p{Pd}"
)

# a bullet mark at the start of a line: a mark and a space, a number, or a hyphen or star glued
# to a capitalised word (``-Build``; not an italic ``*Note*``)
BULLET_LINE = regex.compile(
    r"(?:[-*+•·▪◦‣●○■□►▶➢➤✓✔–—]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])[ \t]+"
    r"|[-*](?=\p{Lu}\p{Ll})(?![^*\n]*\*)"
)
# (the mark first, then what stands before it: the engine scans for the mark)
_INLINE_STAR = regex.compile(r"[*•·▪◦‣●○■](?<![^ \n].)(?:[ ]+|(?=\p{Lu})(?!\p{L}{1,40}\*))")
# ``regex`` scans for the hyphen first; the standard library tries the look-behind everywhere
_INLINE_HYPHEN = regex.compile(r"(?<![^ \n])[-–][ ]+(?=\S)")
# a hyphen glued to a capitalised word after a space: ``… systems -Design and …``
_GLUED_HYPHEN = regex.compile(r"(?<![^ \n])-(?=\p{Lu}\p{Ll})")


def is_label(text: str) -> bool:
    """A short title-case phrase that names a group of items (``Technical Ownership``), or a
    short title-case question (``Do You Have What It Takes?``)."""
    core = text.strip(" *_:#")
    if core.endswith("?"):
        core = core[:-1].rstrip()
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
    if m is None or m.group("prev").lower() in CONNECTORS or not m.group("prev").islower():
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


def _known(text: str, token: str, dot: int, lo: int, language: Language | None) -> str | None:
    """The kind of the abbreviation of English, or of the text's language, that ends at
    ``dot`` where the token ``token`` (lower case) ends, or None."""
    codes: tuple[str, ...] = ("en",)
    if token in _FOREIGN_TOKENS and language is not None:
        code = language()
        if code is not None and code != "en":
            codes = ("en", code)
    for code in codes:
        for entry, kind in _ABBREVIATIONS.get(code, {}).get(token, ()):
            begin = dot + 1 - len(entry)
            if (
                begin >= lo
                and text[begin : dot + 1].lower() == entry
                and (begin == lo or not text[begin - 1].isalnum())
            ):
                return kind
    return None


def _abbreviation(text: str, dot: int, lo: int, language: Language | None) -> str | None:
    """``"split"`` where an abbreviation that never ends a sentence ends at ``dot`` (``e.g.``,
    ``z. B.``, an initial), ``"final"`` for one that closes an enumeration (``etc.``), else
    None."""
    lo = max(lo, dot - 40)  # a bounded look back: linear time
    word = _plain_word_before(text, dot, lo)
    if word is None:
        m = _TOKEN_BEFORE.search(text, lo, dot)
        word = m.group() if m else ""
    if len(word) == 1 and word.isalpha():
        return "split"  # a single letter: an initial
    token = word.lower() + "."
    return _known(text, token, dot, lo, language) if token in _TOKENS else None


def _ends_sentence(
    text: str, m: regex.Match[str], start: int, end: int, language: Language | None
) -> bool:
    """Whether the punctuation ``m`` found ends a sentence: not after an abbreviation that
    needs words after it (``e.g. Spanish``), nor after ``etc.`` unless a capitalised word
    follows (``… Amarillo, etc. Work directly …``); glued (``etc.Arrange``) it always does."""
    at = m.start()
    if text[at] != "." or not text[m.end() - 1].isspace():
        return True
    kind = _abbreviation(text, at, start, language)
    if kind is None:
        return True
    if kind == "split":
        return False
    after = at + 1
    while after < end and text[after] in '"”’»)':
        after += 1
    return _TITLE_WORD.match(text, after, end) is not None


def sentences(text: str, start: int, end: int, language: Language | None = None) -> list[Range]:
    """Cut ``start:end`` at sentence ends (``. X``, ``.X`` glued, ``? X``)."""
    pieces = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if not _ends_sentence(text, m, start, end, language):
            continue
        cut = m.start() + 1
        while cut < end and text[cut] in '"”’»)':
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


def semicolon_items(text: str, start: int, end: int) -> list[Range]:
    """Cut ``start:end`` where semicolons separate items: two or more, each followed by a
    capitalised word (``…webinars; Responsible for …``); a connector between them belongs to
    neither item (``…management; and Remain available …``)."""
    separators = [
        m
        for m in _SEMICOLON.finditer(text, start, end)
        if m.group("c") is None or m.group("c") in CONNECTORS
    ]
    if len(separators) < 2:  # ``… (written and spoken); French language skills a plus``
        return [(start, end)]
    bounds = [start, *(x for m in separators for x in (m.start(), m.end())), end]
    pieces = (trim(text, a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True))
    return [p for p in pieces if p[1] > p[0]]


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
    if (
        _CAPITAL.search(text, start + 1, end) is None
        and _DIGIT.search(text, start + 1, end) is None
    ):
        return []  # every cut stands before a capital or a digit (none at ``start`` is cut)
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
        if w.start() <= start or not (word in ITEM_STARTERS or _adverb_then_verb(text, w, end)):
            continue
        if text[w.start() - 1] == ";":  # ``… other partners; Collaborate …``
            yield w.start() + 1
            continue
        prev = _previous_word(text, w.start(), start)
        after = _NEXT_WORD.match(text, w.end(), end)
        if (
            prev
            and not (len(prev) == 1 and prev.isalpha())  # ``o Install software …``: a mark
            and prev.lower() not in CONNECTORS
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
        if prev and prev.lower() not in CONNECTORS and prev[-1].isalpha() and y.start() > start:
            yield y.start() + 1


def _glue_cuts(text: str, start: int, end: int) -> Iterator[int]:
    """Cuts at a capitalised word glued to the word before (``domainsLead``); not inside a
    camelCase name (``pyOpenSci``: a glue left uncut makes the whole word a name)."""
    name_until = -1  # the end of the word that holds an uncut glue
    for m in _GLUE.finditer(text, start, end):
        if m.start() < name_until:
            continue
        prev = _previous_word(text, m.start(), start)
        nxt = _GLUED_WORD.match(text, m.start(), min(end, m.start() + 30))
        after = text[nxt.end() : nxt.end() + 2] if nxt else ""
        if (
            prev
            and nxt
            and (
                # ``domainsLead``, ``goYou bring``; not a name (``pyOpenSci``)
                (prev[0].islower() and (len(prev) > 2 or not after[:1].isupper()))
                # ``StrategyOwn and …``; not a name (``DoubleVerify, Kantar``)
                or (nxt.group() in ITEM_STARTERS and after[:1] == " ")
                # ``Scope & ExpectationsOperates`` (a label is short: no long slice is made)
                or (m.start() - start <= 80 and is_label(text[start : m.start()]))
            )
        ):
            yield m.start()
        else:
            space = text.find(" ", m.start(), min(end, m.start() + 60))
            name_until = space if space != -1 else m.start() + 60


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


def sentence_items(
    text: str, start: int, end: int, focus: Focus = None, language: Language | None = None
) -> list[Range]:
    """Items of unbulleted text: one per sentence, run-on sentences cut where an item starts,
    and at semicolons that separate items.

    With ``focus`` (sorted offsets), a sentence that holds none of them is left whole, and text
    that holds none of them is one range: a caller that reads only what holds them is spared the
    rest of the work.
    """
    if focus is not None and not holds(focus, start, end):
        return [(start, end)]
    out = []
    for s, e in sentences(text, start, end, language):
        if focus is not None and not holds(focus, s, e):
            out.append((s, e))
            continue
        for a, b in semicolon_items(text, s, e) if text.find(";", s, e) != -1 else [(s, e)]:
            cuts = run_on_cuts(text, a, b)
            out.extend(split_at(text, a, b, cuts) if cuts else [(a, b)])  # a piece is trimmed
    return out


def spaces_start(text: str, at: int, lo: int) -> int:
    """Where the run of spaces that ends at ``at`` starts (not before ``lo``)."""
    while at > lo and text[at - 1] == " ":
        at -= 1
    return at


def _glued_hyphens(text: str, start: int, end: int) -> list[int] | None:
    """The marks of a list of hyphens glued to their items (``-Build … -Design …``): two or
    more, the first at the start of the text or after a colon."""
    marks = [m.start() for m in _GLUED_HYPHEN.finditer(text, start, end)]
    if len(marks) < 2:
        return None
    b = spaces_start(text, marks[0], start)
    return marks if b == start or text[b - 1] in ":.!?" else None


def inline_bullets(text: str, start: int, end: int) -> list[int] | None:
    """Positions of the bullet marks of a flattened list in ``start:end``, or None.

    ``*``, ``•`` and the like are always bullets.  A hyphen is a bullet only once a list has
    started: at the very start of the text or after a colon or a sentence end; a single hyphen
    between two parts of a sentence is not a bullet, nor one between two numbers (``3 - 5``).
    Hyphens glued to their items (``-Build``) are bullets where two or more make a list.
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
    return marks or _glued_hyphens(text, start, end)
