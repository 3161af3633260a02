"""The heading vocabulary of every language, read as one table, and what the sections stage asks
of it: the kind of a heading, the lead-ins, and where a heading may start inside flattened text.

The data are :mod:`..rules` (``HEADINGS_BY_KIND``, ``HEADINGS_KIND_AFTER_QUALIFICATIONS``,
``HEADINGS_KEYWORDS_BY_KIND``, ``HEADINGS_LEADINS`` of every language in
:data:`..rules.LANGUAGES`, then :mod:`..rules.employers`): plain lower-case headings, looked up
in every language at once (a bilingual posting reads in both).  A heading and a phrase of the
table are compared by their :func:`heading_key`: markup, emoji, a leading number, gender tags
(``(m/w/d)``), a trailing colon / question mark / ellipsis, commas and dashes removed; curly
apostrophes straight; ``&``, ``and``, ``und``, ``et``, ``y``, ``e``, ``en`` alike.

Section kinds are those of the tables, with ``description`` (about the role) read as ``role``:
``responsibilities``, ``day_in_the_life``, ``basic_qualifications``,
``preferred_qualifications``, ``role``, ``team``, ``company``, ``benefits``, ``pay``,
``process`` (how to apply), ``other``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import regex

from ..rules import LANGUAGES, employers
from ..rules.limits import MAX_MISSPELT_WORDS, MIN_MISSPELT_LENGTH
from .patterns import trie_pattern

# the tables' name of a kind -> the section kind the stages use
_KIND_NAMES = {"description": "role"}
APOSTROPHES = "'’‘`´"
# the words that join two parts of a heading, read alike (``Duties & Responsibilities``)
_CONNECTORS = frozenset({"&", "and", "und", "et", "y", "e", "en"})

_KEY_DROP = regex.compile(
    r"\((?:[a-z*]{1,2}\s*[/|]\s*){1,3}[a-z*]{1,2}\)"  # (m/w/d), (f/m/d), (h/f)
    r"|[*_#>\\|=~`\[\]\"“”„«»¿¡:?!.…,;]|[\p{So}\p{Sk}\p{Cf}\p{Cs}]"
)
_KEY_SPACE = regex.compile(r"[\s\-–—]+")
_KEY_NUMBER = regex.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-z])[.)]\s+")


@functools.lru_cache(maxsize=4096)  # the lines of the postings parsed are a finite set
def heading_key(text: str) -> str:
    """What a heading (or a phrase of the table) is looked up by: lower case, markup, emoji,
    numbering, punctuation and dashes removed, apostrophes straight, connectors alike."""
    text = text.lower()
    for a in APOSTROPHES[1:]:
        text = text.replace(a, "'")
    text = _KEY_NUMBER.sub("", text.strip(" \t*_#>-–—•·"))
    words = _KEY_SPACE.split(_KEY_DROP.sub(" ", text))
    return " ".join("&" if w in _CONNECTORS else w for w in words if w)


def _kind(name: str) -> str:
    return _KIND_NAMES.get(name, name)


def _table_entries() -> Iterator[tuple[str, str]]:
    """(phrase, kind) of every language's table, English first, then the employers'."""
    for module in LANGUAGES.values():
        for name, phrases in module.HEADINGS_BY_KIND.items():
            for phrase in phrases:
                yield phrase, _kind(name)
    for name, phrases in employers.HEADINGS.items():
        for phrase in phrases:
            yield phrase, _kind(name)


def _heading_kinds() -> dict[str, str]:
    """key -> kind; where two languages disagree, the first (English) wins."""
    kinds: dict[str, str] = {}
    for phrase, kind in _table_entries():
        kinds.setdefault(heading_key(phrase), kind)
    return kinds


HEADING_KINDS: dict[str, str] = _heading_kinds()
# headings whose kind changes after the qualifications section (``What you can expect``)
KINDS_AFTER_QUALIFICATIONS: dict[str, str] = {
    heading_key(phrase): _kind(kind)
    for module in LANGUAGES.values()
    for phrase, kind in module.HEADINGS_KIND_AFTER_QUALIFICATIONS.items()
}
# the longest phrase of the table, in words: a longer line is not looked up by prefix
MAX_PHRASE_WORDS = max(k.count(" ") + 1 for k in HEADING_KINDS)


def _keyword_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern of its keywords in every language), in the order the kinds are tried:
    English's order, which puts the narrow kinds first (``Preferred Requirements``)."""
    order: dict[str, list[str]] = {}
    for module in LANGUAGES.values():
        for name, words in module.HEADINGS_KEYWORDS_BY_KIND.items():
            order.setdefault(_kind(name), []).extend(heading_key(w) for w in words)
    return tuple(
        (kind, re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(set(words)))) + ")"))
        for kind, words in order.items()
    )


_KEYWORDS = _keyword_patterns()
# any keyword of any kind: most headings hold none, and one search tells
_ANY_KEYWORD = re.compile("|".join(f"(?:{p.pattern})" for _, p in _KEYWORDS))


def _long_words() -> dict[str, tuple[tuple[str, str], ...]]:
    """The long one-word phrases and keywords of the tables with their kind, by their first two
    letters: what a misspelt heading is compared with."""
    found: dict[str, dict[str, str]] = {}
    words = list(HEADING_KINDS.items())
    words += [
        (heading_key(w), _kind(n))
        for m in LANGUAGES.values()
        for n, ws in m.HEADINGS_KEYWORDS_BY_KIND.items()
        for w in ws
    ]
    for word, kind in words:
        if " " not in word and len(word) >= MIN_MISSPELT_LENGTH:
            found.setdefault(word[:2], {}).setdefault(word, kind)
    return {start: tuple(ws.items()) for start, ws in found.items()}


_LONG_WORDS = _long_words()
# the first two words of the phrases of three words or more: a heading that starts with none
# of them starts with no phrase of the table
_TWO_WORD_STARTS = frozenset(" ".join(k.split(" ")[:2]) for k in HEADING_KINDS if k.count(" ") >= 2)


class Classified(NamedTuple):
    kind: str
    known: bool  # the whole heading is a phrase of the table (else a prefix or a keyword)


def classify(key: str) -> Classified | None:
    """The kind of a heading by its key: a phrase of the table; else the longest phrase of two
    words or more it starts with (``What you'll do in this role``); else the first kind with a
    keyword in it (``Mobile Backend Developer Responsibilities``); else None."""
    kind = HEADING_KINDS.get(key)
    if kind is not None:
        return Classified(kind, True)
    words = key.split(" ", MAX_PHRASE_WORDS)
    if len(words) > 2:
        kind = _longest_start(words)
        if kind is not None:
            return Classified(kind, False)
    if _ANY_KEYWORD.search(key) is None:
        return _misspelt(words)
    return next((Classified(k, False) for k, p in _KEYWORDS if p.search(key)), None)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter left out, added or changed."""
    if len(a) > len(b):
        a, b = b, a
    i = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _misspelt(words: list[str]) -> Classified | None:
    """The kind of a short heading with a long word one letter off a word of the table
    (``Responsabiliades``)."""
    if len(words) > MAX_MISSPELT_WORDS:
        return None
    for word in words:
        if len(word) < MIN_MISSPELT_LENGTH:
            continue
        for known, kind in _LONG_WORDS.get(word[:2], ()):
            if abs(len(known) - len(word)) <= 1 and _one_edit(word, known):
                return Classified(kind, False)
    return None


def _longest_start(words: list[str]) -> str | None:
    """The kind of the longest phrase of two words or more that ``words`` start with."""
    if words[0] + " " + words[1] not in _TWO_WORD_STARTS and words[0] + " " + words[1] not in (
        HEADING_KINDS
    ):
        return None
    for n in range(min(len(words) - 1, MAX_PHRASE_WORDS), 1, -1):
        kind = HEADING_KINDS.get(" ".join(words[:n]))
        if kind is not None:
            return kind
    return None


_DUTIES = dict(_KEYWORDS)["responsibilities"]


def names_duties(text: str) -> bool:
    """Whether ``text`` names the duties (a keyword of ``responsibilities``: ``missions``)."""
    return _DUTIES.search(heading_key(text)) is not None


def placed_kind(key: str) -> str | None:
    """The kind a heading takes after the qualifications where its place decides its kind
    (``What you can expect``, ``What you can expect at Acme``), else None."""
    words = key.split(" ")
    for n in range(min(len(words), MAX_PHRASE_WORDS), 1, -1):
        kind = KINDS_AFTER_QUALIFICATIONS.get(" ".join(words[:n]))
        if kind is not None:
            return kind
    return KINDS_AFTER_QUALIFICATIONS.get(key)


def _lead_in_pattern() -> regex.Pattern[str]:
    """The lead-ins of every language, each at the end of a line before its colon: matched
    backwards (``REVERSE``) from the end of a text that ends with the colon or ellipsis, the one
    place a match can end (a search would go on trying every place before it)."""
    alternatives = [
        p.replace("'", "['’]") for module in LANGUAGES.values() for p in module.HEADINGS_LEADINS
    ]
    return regex.compile(
        r"(?:" + "|".join(alternatives) + r")[ \t]*(?::|…|\.\.\.)[ \t]*$",
        regex.IGNORECASE | regex.REVERSE,
    )


LEAD_IN = _lead_in_pattern()


# --- headings glued inside flattened text ----------------------------------------------------
def _phrases() -> tuple[str, ...]:
    """Every phrase of the table as written (lower case), longest first."""
    return tuple(sorted({p.lower() for p, _ in _table_entries()}, key=lambda p: (-len(p), p)))


_PHRASES = _phrases()


def _written_forms(word: str) -> set[str]:
    """How one word of a phrase may be written: either apostrophe; a connector as ``&``."""
    forms = {word, word.replace("'", "’")}
    if word in _CONNECTORS:
        forms.add("&")
    return forms


_SEPARATORS = (" ", "-")


def phrase_starts(phrase: str) -> frozenset[str]:
    """The lower-case starts (first two words, a space or hyphen after them when more follow)
    a phrase may begin with inline, in each way of writing them (``your day to``, ``your
    day-to``)."""
    words = phrase.split(" ")
    firsts = _written_forms(words[0])
    if len(words) == 1:
        return frozenset(firsts)
    tails = _SEPARATORS if len(words) > 2 else ("",)
    return frozenset(
        f + sep + s + tail
        for f in firsts
        for sep in _SEPARATORS
        for s in _written_forms(words[1])
        for tail in tails
    )


def _first_word(start: str) -> tuple[str, str]:
    """A start cut after its first word: the word, and the rest from its separator on."""
    cut = min((i for i in (start.find(" "), start.find("-")) if i > 0), default=len(start))
    return start[:cut], start[cut:]


def _first_variants(word: str) -> set[str]:
    """How the first word of a heading is written inline: capitalised or in capitals."""
    return {word[:1].upper() + word[1:], word.upper()}


def inline_start_pattern(starts: Iterable[str]) -> str:
    """A pattern for the places where a heading of the table may start inside flattened text,
    from the :func:`phrase_starts` of its phrases.

    The first word capitalised or in capitals, then the second word in any case (``Key job``,
    ``KEY JOB``, ``Your Day-to-Day``).
    """
    rests: dict[str, set[str]] = {}
    for start in starts:
        first, rest = _first_word(start)
        for variant in _first_variants(first):
            rests.setdefault(variant, set()).add(rest)
    ends = {first: _case_blind(trie_pattern(sorted(r))) for first, r in rests.items()}
    return trie_pattern(sorted(rests), ends)


def _case_blind(pattern: str) -> str:
    """``pattern`` matched without regard to case."""
    return f"(?i:{pattern})" if pattern else ""


_STARTS = {p: phrase_starts(p) for p in _PHRASES}
INLINE_CANDIDATE = re.compile(
    inline_start_pattern(s for starts in _STARTS.values() for s in starts)
)
# the phrases by the first word of their starts (longest phrase first)
_BY_FIRST: dict[str, list[str]] = {}
for _phrase, _starts in _STARTS.items():
    for _first in {_first_word(s)[0] for s in _starts}:
        _BY_FIRST.setdefault(_first, []).append(_phrase)


def _phrase_pattern(phrase: str) -> str:
    """A phrase as it may be written inline: either apostrophe, a space or a hyphen (after a
    comma or not) between words, a connector as ``&``."""
    parts = []
    for word in phrase.split(" "):
        forms = sorted(_written_forms(word), key=len, reverse=True)
        parts.append("(?:" + "|".join(map(re.escape, forms)) + ")")
    return r",?[ \-]".join(parts)


@functools.cache  # keys: the finite set of starts the candidate pattern knows
def phrases_from(start: str) -> re.Pattern[str]:
    """The phrases of the table that can match where a candidate ``start`` (lower case) was
    found, as one pattern, longest first: a phrase can match only if one of its starts and
    ``start`` agree (one is a prefix of the other)."""
    fitting = [
        p
        for p in _BY_FIRST.get(_first_word(start)[0], ())
        if any(start.startswith(s) or s.startswith(start) for s in _STARTS[p])
    ]
    return re.compile("|".join(map(_phrase_pattern, fitting)) or "(?!)", re.IGNORECASE)


def inline_kind(phrase: str) -> str | None:
    """The kind of a phrase found inline (as written in the text)."""
    return HEADING_KINDS.get(heading_key(phrase))
