"""Pay: every pay range a posting states, as numbers with currency, period, kind and evidence.

Language-free: the words read here come from the per-language rule modules (:mod:`..rules`) and the
language-neutral tables of :mod:`..rules.money`.  Structure and not-pay words are those of the
posting's language plus English (whose boilerplate turns up everywhere); words that name pay,
periods and base salaries are read in every language.  How figures are found and judged:

1. a scan for currency cues standing next to a digit (``$5``, ``5 €``, ``USD 5``, ``5 PLN``,
   ``5 euro``) and for JSON-LD ``baseSalary``; a text without one states no pay;
2. a bounded window around each cue is matched against the money pattern: one or two figures
   with currency marks, multipliers, a range connector and a period;
3. the statement around the figures (its sentence, the heading lines above a figure that starts
   its line, the words right after) decides whether they are this job's pay and gives the kind,
   the period, the open ends and the qualifier.

Numbers are read with babel in the posting's locale, then in a few fallback locales when the
written format does not fit (``164,955`` is not 164.955).
"""

from __future__ import annotations

import dataclasses
import functools
import heapq
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import ModuleType

import pycountry
import regex
from babel import Locale, UnknownLocaleError
from babel.numbers import NumberFormatError, parse_decimal

from ..models import PayKind, PayPeriod, PayRange
from ..rules import LANGUAGES
from ..rules import en as rules_en
from ..rules import money as C

__all__ = ["find_pay", "find_pay_in"]

_RULES: dict[str, ModuleType] = LANGUAGES

_Pattern = regex.Pattern[str]
_Match = regex.Match[str]

# Space between the tokens of one figure (horizontal only), and around a range connector.
_FILL = "|".join(regex.escape(f) for f in C.PAY_SPACE_FILLERS)
_SP = rf"(?:[ \t\u00a0\u202f]|{_FILL}){{0,3}}"
_CSP = rf"(?:\s|{_FILL}){{0,4}}"
_HS = r"[ \t\u00a0\u202f]+"
# A written number: grouped (1,234,567.89 / 1.234,56 / 60 000 / 100'000), lakh-grouped
# (12,00,000) or plain (15000.00 / 24.76 / 1,1).  Never starts or ends inside a longer number.
_NUM = (
    r"(?=\d)(?<![\w.,])(?:\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d{1,2})?"
    r"|\d{1,3}(?:(?:[,.'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?)(?!\d)"
)
# ``,-`` / ``.--`` for "no cents" after a whole figure (``€ 5.517,-``).
_NO_CENTS = r"[.,](?:-{1,2}|—)(?!\d)"
# Sentence boundaries: end punctuation before a capital, a line break before anything but a
# lower-case continuation, and list / table separators.
_BOUNDARY = regex.compile(r"[.!?](?=[\s\"”’)]*\s+[^\s\p{Ll}])|\n(?=[^\S\n]*[^\s\p{Ll}])|[;•|]")
_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)|\n|\d")
_FULL_STOP = regex.compile(r"[.!?](?=\s|$)|\n")
_LABEL_STOPS = "\n|:;•"
_JSONLD_FIELD = regex.compile(
    r'"(?P<key>currency|value|minValue|maxValue|unitText)"\s*:\s*"?(?P<val>[^",{}\s]+)'
)


# --- vocabulary -----------------------------------------------------------------------------------
def _phrase(phrase: str) -> str:
    """Regex for one phrase: whole words, flexible inner spaces, case-insensitive unless the
    phrase is written in capitals."""
    body = r"\s+".join(regex.escape(word) for word in phrase.split())
    if phrase[:1].isalnum():
        body = r"(?<!\w)" + body
    if phrase[-1:].isalnum():
        body += r"(?!\w)"
    return body if phrase.isupper() else f"(?i:{body})"


def _alt(phrases: Iterable[str]) -> str:
    """Alternation of phrases, longest first (never empty: an empty table matches nothing)."""
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(_phrase(p) for p in uniq) + ")" if uniq else "(?!)"


def _key(phrase: str) -> str:
    """Lookup key of a matched phrase."""
    return " ".join(phrase.split()).lower()


def _table(modules: Sequence[ModuleType], name: str) -> tuple[str, ...]:
    """Union of one tuple table over modules."""
    return tuple(p for m in modules for p in getattr(m, name))


def _mapping(modules: Sequence[ModuleType], *names: str) -> dict[str, str]:
    """Union of dict tables over modules (earlier modules win)."""
    out: dict[str, str] = {}
    for m in reversed(modules):
        for name in names:
            out.update(getattr(m, name))
    return out


@functools.cache
def _code_set() -> frozenset[str]:
    """ISO 4217 codes read as currency marks (and the obsolete ones we translate)."""
    codes = {c.alpha_3 for c in pycountry.currencies} | set(C.PAY_CODE_ALIASES)
    return frozenset(codes - C.PAY_CODE_STOPWORDS)


def _symbols() -> str:
    """Alternation of currency symbols, longest first; letter symbols as whole words."""
    parts = []
    for sym in sorted(C.PAY_CURRENCY_SYMBOLS, key=lambda s: (-len(s), s)):
        body = regex.escape(sym)
        if sym[0].isalpha():
            body = r"(?<![^\W\d_])" + body
        if sym[-1].isalpha():
            body += r"(?![^\W\d_])"
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


_GAP = "[ \t\u00a0\u202f]?"


@dataclass(frozen=True, slots=True)
class _Cue:
    """A currency mark next to a digit (or a JSON-LD salary key) at ``start``."""

    start: int
    jsonld: bool = False


@dataclass(frozen=True, slots=True)
class _Scanners:
    """Cheap scans (stdlib ``re``, each led by a character class) for currency cues."""

    symbol: re.Pattern[str]
    lettered: re.Pattern[str]
    after: re.Pattern[str]
    before: re.Pattern[str]
    word: _Pattern


@functools.cache
def _scanners() -> _Scanners:
    """Build the cue scans from the currency tables."""
    plain = {ch for sym in C.PAY_CURRENCY_SYMBOLS for ch in sym}
    chars = sorted(ch for ch in plain if not (ch.isascii() and (ch.isalnum() or ch == ".")))
    letters = [s for s in C.PAY_CURRENCY_SYMBOLS if s.isascii() and s.replace(".", "").isalpha()]
    words = "|".join(map(re.escape, sorted(C.PAY_CURRENCY_WORDS, key=len, reverse=True)))
    space = r"[ \t\u00a0\u202f]"
    near = rf"(?:(?={space}?\d)|" + "|".join(rf"(?<=\d.{{{n}}})" for n in range(1, 5)) + ")"
    initials = "".join(sorted({w[0].lower() for w in C.PAY_CURRENCY_WORDS}))
    after = (
        rf"\d(?={space}{{0,2}}[kK]?{space}?[A-Z{initials}{initials.upper()}]){_GAP}[kK]?{_GAP}"
        rf"(?:[A-Z]?[A-Z]{{3}}(?![A-Za-z])|(?i:{words})(?!\w))"
    )
    return _Scanners(
        symbol=re.compile(f"[{''.join(map(re.escape, chars))}]{near}"),
        lettered=re.compile(
            "(?:"
            + "|".join(map(re.escape, sorted(letters, key=len, reverse=True)))
            + rf"){_GAP}(?=\d)"
        ),
        after=re.compile(after),
        before=re.compile(rf"[A-Z][A-Z][A-Z](?={_GAP}\d)"),
        word=regex.compile(_alt(C.PAY_CURRENCY_WORDS)),
    )


def _digit_cue(text: str, m: re.Match[str], sc: _Scanners) -> int | None:
    """Start of the code or currency word a digit-scan hit stands next to, if it is one."""
    at = m.end() - len(m.group().lstrip("0123456789 \t\u00a0\u202fkK"))
    for code_at in (at, at + 1):
        if text[code_at : code_at + 3] in _code_set() and m.end() - code_at == 3:
            return code_at
    return at if sc.word.match(text, at) else None


def _lettered_cues(text: str, sc: _Scanners) -> Iterator[_Cue]:
    """Letter symbols (``Rs``) before a digit, not inside a word."""
    for m in sc.lettered.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalpha():
            yield _Cue(m.start())


def _digit_cues(text: str, sc: _Scanners) -> Iterator[_Cue]:
    """Codes and currency words after a digit."""
    for m in sc.after.finditer(text):
        at = _digit_cue(text, m, sc)
        if at is not None:
            yield _Cue(at)


def _code_cues(text: str, sc: _Scanners) -> Iterator[_Cue]:
    """Codes before a digit."""
    for m in sc.before.finditer(text):
        if m.group() in _code_set() and not (m.start() and text[m.start() - 1].isalpha()):
            yield _Cue(m.start())


def _jsonld_cues(text: str) -> Iterator[_Cue]:
    """JSON-LD salary keys."""
    at = text.find(C.PAY_JSONLD_KEY)
    while at >= 0:
        yield _Cue(at, jsonld=True)
        at = text.find(C.PAY_JSONLD_KEY, at + 1)


def _cues(text: str) -> Iterator[_Cue]:
    """Every currency cue of ``text``, in order (lazily: each scan runs as far as it is read)."""
    sc = _scanners()
    symbols = (_Cue(m.start()) for m in sc.symbol.finditer(text))
    merged = heapq.merge(
        symbols,
        _lettered_cues(text, sc),
        _digit_cues(text, sc),
        _code_cues(text, sc),
        _jsonld_cues(text),
        key=lambda c: c.start,
    )
    last = -1
    for cue in merged:
        if cue.start != last:
            last = cue.start
            yield cue


# --- phrase tables, matched on word tokens -----------------------------------------------------
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_TRAILING = frozenset({":", "*", "_", "#"})


@dataclass(frozen=True, slots=True)
class _Tokens:
    """Word and punctuation tokens of a string: text (``’`` read as ``'``), lower case, spans."""

    text: tuple[str, ...]
    low: tuple[str, ...]
    start: tuple[int, ...]
    end: tuple[int, ...]


@functools.lru_cache(maxsize=256)
def _tokens(s: str) -> _Tokens:
    """Tokenize ``s`` (whole words and single punctuation marks)."""
    found = [(m.group().replace("’", "'"), m.start(), m.end()) for m in _TOKEN.finditer(s)]
    return _Tokens(
        tuple(t for t, _, _ in found),
        tuple(t.lower() for t, _, _ in found),
        tuple(a for _, a, _ in found),
        tuple(b for _, _, b in found),
    )


@dataclass(frozen=True, slots=True)
class _Hit:
    """A phrase found in a string: its span, value and first token."""

    start: int
    end: int
    value: str
    size: int


@dataclass(frozen=True, slots=True)
class _Phrases:
    """A phrase table: first token -> (tokens, matched as written?, value), longest first.

    Phrases match whole tokens, so ``base`` never matches inside ``based``; phrases in
    capitals (``OTE``) match as written, the others in any case."""

    first: dict[str, tuple[tuple[tuple[str, ...], bool, str], ...]]

    def at(self, toks: _Tokens, i: int) -> _Hit | None:
        """The longest phrase starting at token ``i``."""
        for words, exact, value in self.first.get(toks.low[i], ()):
            seen = toks.text if exact else toks.low
            n = len(words)
            if seen[i : i + n] == words:
                return _Hit(toks.start[i], toks.end[i + n - 1], value, n)
        return None

    def _found(self, s: str) -> Iterator[_Hit]:
        """Every phrase of ``s``, left to right, not overlapping: only the tokens that start a
        phrase of the table are tried."""
        toks, first = _tokens(s), self.first
        after = 0  # the token after the last phrase found
        for i in [i for i, low in enumerate(toks.low) if low in first]:
            if i >= after and (hit := self.at(toks, i)) is not None:
                yield hit
                after = i + hit.size

    def hits(self, s: str) -> list[_Hit]:
        """Every phrase of ``s``, left to right, not overlapping."""
        return list(self._found(s))

    def first_hit(self, s: str) -> _Hit | None:
        """The first phrase of ``s``."""
        return next(self._found(s), None)

    def last_hit(self, s: str) -> _Hit | None:
        """The last phrase of ``s``."""
        found = self.hits(s)
        return found[-1] if found else None

    def within(self, s: str, words: int, stop: frozenset[str] = frozenset()) -> _Hit | None:
        """A phrase starting among the first ``words`` words of ``s`` (after a closing bracket),
        with only words before it, none of them in ``stop``."""
        toks = _tokens(s)
        i = 0
        while i < len(toks.text) and toks.text[i] == ")":
            i += 1
        for j in range(i, min(len(toks.text), i + words)):
            hit = self.at(toks, j) if toks.low[j] in self.first else None
            if hit is not None or not toks.text[j][0].isalnum() or toks.low[j] in stop:
                return hit
        return None

    def ends(self, s: str) -> bool:
        """Whether a phrase ends ``s`` (before trailing ``:``, ``*``, ``_``, ``#``)."""
        toks = _tokens(s)
        last = len(toks.text)
        while last > 0 and toks.text[last - 1] in _TRAILING:
            last -= 1
        return any(
            (h := self.at(toks, i)) is not None and h.end == toks.end[last - 1]
            for i in range(max(0, last - 4), last)
            if toks.low[i] in self.first
        )


def _phrases(table: Iterable[str] | dict[str, str]) -> _Phrases:
    """Build a phrase table from phrases (value: the phrase) or a phrase -> value mapping."""
    pairs = table.items() if isinstance(table, dict) else ((p, p) for p in table)
    first: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
    for phrase, value in pairs:
        exact = phrase.isupper()
        words = tuple(t.replace("’", "'") for t in _TOKEN.findall(phrase))
        words = words if exact else tuple(w.lower() for w in words)
        if words:
            first.setdefault(words[0].lower(), []).append((words, exact, value))
    return _Phrases({k: tuple(sorted(set(v), key=lambda e: -len(e[0]))) for k, v in first.items()})


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The compiled vocabulary of one posting language."""

    locales: tuple[str, ...]
    money: _Pattern
    kinds: _Phrases
    not_pay: _Phrases
    not_pay_after: _Phrases
    refers_back: _Phrases
    base_context: _Phrases
    periods: _Phrases
    period_cues: _Phrases
    up_to: _Phrases
    from_: _Phrases
    between: _Phrases
    and_words: frozenset[str]
    currency_words: dict[str, str]
    qualifiers: tuple[_Pattern, ...]
    scope_stopwords: frozenset[str]
    additive: frozenset[str]


def _modules(language: str | None) -> tuple[ModuleType, ...]:
    """Rule modules for a language: its own (if any), then English."""
    own = _RULES.get(language or "en")
    return (rules_en,) if own is None or own is rules_en else (own, rules_en)


def _locales(language: str | None, modules: Sequence[ModuleType]) -> tuple[str, ...]:
    """Number locales to try: the language's own, then the fallbacks."""
    first = str(modules[0].PAY_NUMBER_LOCALE)
    if language and language not in _RULES:
        try:
            first = str(Locale.parse(language))
        except (UnknownLocaleError, ValueError, TypeError):
            first = "en_US"
    rest = tuple(x for x in C.PAY_FALLBACK_LOCALES if x != first)
    return (first, *rest)


def _money_pattern(mods: Sequence[ModuleType], every: Sequence[ModuleType]) -> _Pattern:
    """The money pattern: one figure, or two joined by a range connector (connectors and
    multipliers of ``mods``, period words of ``every`` language)."""
    thousand = _table(mods, "PAY_THOUSAND_WORDS")
    magnitude = set(_table(tuple(_RULES.values()), "PAY_MAGNITUDE_WORDS")) - set(thousand)
    codes = r"[A-Z]{3}(?![A-Za-z])"
    sym, cur_words = _symbols(), _alt(C.PAY_CURRENCY_WORDS)
    pre = rf"(?:\b{codes}{_SP})?{sym}|\b{codes}|\({codes}\)"
    glued = "".join(w for w in thousand if w.isalpha() and len(w) == 1)
    after_num = rf"(?:(?<=\d[ \t\u00a0\u202f]?[kK{glued}]?)|(?<![A-Za-z])){codes}"
    post = rf"{sym}|{after_num}|\({codes}\)|{cur_words}"
    words = _alt(w for w in thousand if len(w) > 1)
    glued_mult = rf"|[{glued}](?=[A-Z]{{3}}(?![A-Za-z])|{sym})" if glued else ""
    mult = rf"[kK](?:(?=[A-Z]{{3}}(?![A-Za-z]))|(?!\w)){glued_mult}|{words}"
    suffixes = "|".join(regex.escape(s) for s in C.PAY_MAGNITUDE_SUFFIXES)
    mag = rf"(?:{suffixes})(?![A-Za-z])\.?|{_alt(magnitude)}"
    units, prefixes = (
        _alt(_mapping(every, "PAY_PERIOD_UNITS")),
        _alt(_table(every, "PAY_PERIOD_PREFIXES")),
    )
    gross, words_p = (
        _alt(_table(every, "PAY_GROSS_WORDS")),
        _alt(_mapping(every, "PAY_PERIOD_WORDS")),
    )
    period = (
        rf"(?:{gross}{_SP})?(?:/{_SP}(?:{prefixes}{_SP})?{units}|{prefixes}{_SP}{units}|{words_p})"
    )
    range_words = _alt(_table(mods, "PAY_RANGE_WORDS") + _table(mods, "PAY_BETWEEN_AND"))
    dashes = "|".join(regex.escape(d) for d in C.PAY_DASHES)
    conn = rf"{_CSP}(?:{dashes}){_CSP}|{_HS}{range_words}{_HS}"

    def side(x: str) -> str:
        return (
            rf"(?:(?P<{x}_pre>{pre}){_SP})?(?P<{x}_num>{_NUM})(?P<{x}_dash>{_NO_CENTS})?"
            rf"(?:{_SP}(?P<{x}_mult>{mult}))?"
            rf"(?:{_SP}(?P<{x}_mag>{mag}))?(?:{_SP}(?P<{x}_post>{post}))?(?P<{x}_plus>\+)?"
            rf"(?P<{x}_per>{_SP}{period})?"
        )

    return regex.compile(rf"{side('a')}(?:(?P<conn>{conn}){side('b')})?")


@functools.lru_cache(maxsize=64)
def _lexicon(language: str | None) -> _Lexicon:
    """The vocabulary of ``language`` (ISO 639-1; None reads English) with its number locales."""
    mods = _modules(language)
    return dataclasses.replace(_vocabulary(mods[0].__name__), locales=_locales(language, mods))


@functools.cache
def _vocabulary(module: str) -> _Lexicon:
    """Compile the vocabulary of one rules module (plus English).

    Words that name pay, periods and base salaries are read in every language (a German salary
    line in a posting detected as English is still pay); structure words (range connectors,
    lead-ins, references back) and not-pay words only in the posting's language and English."""
    own = next(m for m in _RULES.values() if m.__name__ == module)
    mods = (own,) if own is rules_en else (own, rules_en)
    every = (*mods, *(m for m in _RULES.values() if m not in mods))
    qualifiers = _table(mods, "PAY_QUALIFIER_PATTERNS")
    return _Lexicon(
        locales=_locales(None, mods),
        money=_money_pattern(mods, every),
        kinds=_phrases(_mapping(every, "PAY_KIND_CUES")),
        not_pay=_phrases(_table(mods, "PAY_NOT_PAY_CUES")),
        not_pay_after=_phrases(_table(mods, "PAY_NOT_PAY_NOUNS")),
        refers_back=_phrases(_table(mods, "PAY_REFERS_BACK")),
        base_context=_phrases(_table(every, "PAY_BASE_CONTEXT")),
        periods=_phrases(_mapping(every, "PAY_PERIOD_UNITS", "PAY_PERIOD_WORDS")),
        period_cues=_phrases(_mapping(every, "PAY_PERIOD_CUES", "PAY_PERIOD_WORDS")),
        up_to=_phrases(_table(mods, "PAY_UP_TO")),
        from_=_phrases(_table(mods, "PAY_FROM")),
        between=_phrases(_table(mods, "PAY_BETWEEN")),
        and_words=frozenset(_key(w) for w in _table(mods, "PAY_BETWEEN_AND")),
        currency_words={_key(k): v for k, v in C.PAY_CURRENCY_WORDS.items()},
        qualifiers=tuple(regex.compile(p, regex.M) for p in qualifiers),
        scope_stopwords=frozenset(w.lower() for w in _table(mods, "PAY_SCOPE_STOPWORDS")),
        additive=frozenset(w.lower() for w in _table(mods, "PAY_ADDITIVE_WORDS")),
    )


# --- figures ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Side:
    """One figure of a money match."""

    value: Decimal
    marks: tuple[str, ...]
    per: str | None
    start: int
    end: int
    plus: bool
    mult: bool
    raw: Decimal


@dataclass(frozen=True, slots=True)
class _Money:
    """One or two figures that may state pay, and where they stand."""

    sides: tuple[_Side, ...]
    start: int
    end: int
    magnitude: bool = False
    connector: str = ""
    currency: str | None = None
    period: str | None = None
    kind: str | None = None

    @property
    def per(self) -> str | None:
        """The period written next to the figures (the last one written)."""
        pers = [s.per for s in self.sides if s.per]
        return pers[-1] if pers else None


def _decimals(value: Decimal) -> int:
    """Digits after the decimal mark."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


@functools.lru_cache(maxsize=4096)
def _parse_number(num: str, locales: tuple[str, ...]) -> Decimal | None:
    """Read a written number with babel: strictly in each locale first, then leniently;
    a reading with more than two decimals is not a money figure."""
    for strict in (True, False):
        for loc in locales:
            try:
                value = parse_decimal(num, locale=loc, strict=strict)
            except NumberFormatError:
                continue
            if _decimals(value) <= C.PAY_MAX_DECIMALS:
                return value
    return None


def _side(m: _Match, x: str, lex: _Lexicon) -> _Side | None:
    """The figure ``x`` (a or b) of a money match, or None when absent or unreadable."""
    num = m.group(f"{x}_num")
    raw = None if num is None else _parse_number(num, lex.locales)
    if raw is None:
        return None
    mult = m.group(f"{x}_mult") is not None and raw < Decimal(C.PAY_MULTIPLIER_BELOW)
    pre, post = _known(m.group(f"{x}_pre")), _known(m.group(f"{x}_post"))
    start = m.start(f"{x}_pre") if pre else m.start(f"{x}_num")
    tail = ("post", "plus", "per") if post or not m.group(f"{x}_post") else ()
    ends = [m.end(f"{x}_{g}") for g in ("num", "dash", "mult", "mag", *tail)]
    per = m.group(f"{x}_per") if tail else None
    return _Side(
        value=raw * 1000 if mult else raw,
        marks=tuple(g for g in (pre, post) if g),
        per=per.strip() if per else None,
        start=start,
        end=max(ends),
        plus=bool(tail) and m.group(f"{x}_plus") is not None,
        mult=mult,
        raw=raw,
    )


def _known(mark: str | None) -> str | None:
    """A currency mark, or None when it is absent or a three-letter word that is no ISO code."""
    if mark is None:
        return None
    code = mark.strip("() \t\u00a0\u202f")[:3]
    if len(code) == 3 and code.isalpha() and code.isupper() and code not in _code_set():
        return None
    return mark


def _pair(a: _Side, b: _Side, text: str, conn: str) -> tuple[_Side, ...]:
    """Both figures when they make a range; otherwise the figure with a currency mark.

    A shared multiplier applies to both (``$80-105K``).  An unmarked end must not be below the
    marked one nor more than PAY_RANGE_MAX_RATIO times it; an unmarked end after a line break
    must not be followed by a word (a list item)."""
    if b.mult and not a.mult and a.raw < b.raw:
        a = _Side(a.raw * 1000, a.marks, a.per, a.start, a.end, a.plus, True, a.raw)
    ok = a.value <= b.value <= a.value * Decimal(C.PAY_RANGE_MAX_RATIO)
    if not b.marks and not b.per and "\n" in conn:
        ok = ok and not regex.match(r"[ \t]*[^\W\d_]", text[b.end : b.end + 3])
    if ok:
        return (a, b)
    if not a.marks:
        return (b,)
    return (a,)


def _money(m: _Match, text: str, lex: _Lexicon) -> _Money | None:
    """The figures of a money match (None when no figure is readable)."""
    a, b = _side(m, "a", lex), _side(m, "b", lex)
    magnitude = bool(m.group("a_mag") or (b is not None and m.group("b_mag")))
    conn = m.group("conn") or ""
    if a is None:
        return None
    sides: tuple[_Side, ...] = (a,) if b is None else _pair(a, b, text, conn)
    if len(sides) == 2 and _key(conn) in lex.and_words:
        left = text[max(0, sides[0].start - 40) : sides[0].start]
        if not lex.between.ends(left):
            sides = sides[:1] if sides[0].marks else sides[1:]
    if not any(s.marks for s in sides):
        return None
    start, end = sides[0].start, sides[-1].end
    return _Money(sides, start, end, magnitude, conn if len(sides) == 2 else "")


def _jsonld(text: str, key_end: int) -> _Money | None:
    """A JSON-LD ``baseSalary`` object: its value(s), currency and unit."""
    open_at = text.find("{", key_end, key_end + 40)
    if open_at < 0:
        return None
    depth, pos, stop = 0, open_at, min(len(text), open_at + 800)
    while pos < stop:
        depth += {"{": 1, "}": -1}.get(text[pos], 0)
        pos += 1
        if depth == 0:
            break
    fields: dict[str, _Match] = {}
    for f in _JSONLD_FIELD.finditer(text, open_at, pos):
        fields.setdefault(f.group("key"), f)
    return _jsonld_money(fields)


def _jsonld_money(fields: dict[str, _Match]) -> _Money | None:
    """Build the money of a JSON-LD salary from its fields."""
    figures = [fields[k] for k in ("minValue", "maxValue", "value") if k in fields]
    sides = []
    for f in figures[:2]:
        try:
            value = Decimal(f.group("val"))
        except ArithmeticError:
            continue
        sides.append(_Side(value, (), None, f.start("val"), f.end("val"), False, False, value))
    cur = fields.get("currency")
    if not sides or cur is None:
        return None
    code = cur.group("val").upper()
    unit = fields.get("unitText")
    period = C.PAY_JSONLD_UNITS.get(unit.group("val").upper()) if unit else None
    return _Money(
        tuple(sides),
        sides[0].start,
        sides[-1].end,
        currency=C.PAY_CODE_ALIASES.get(code, code),
        period=period,
        kind="base",
    )


def _window_start(text: str, start: int, floor: int) -> int:
    """Move a window start back to whitespace so it does not cut a number."""
    limit = max(floor, start - 20)
    while start > limit and not text[start - 1].isspace():
        start -= 1
    return start


def _can_start(text: str, p: int) -> bool:
    """Whether a money match may start at ``p``: a number's first digit, a capital not inside a
    word (a code, ``R$``, ``CA$``), a currency symbol or an opening bracket."""
    ch, prev = text[p], text[p - 1] if p > 0 else " "
    if ch.isdigit():
        return not (prev.isalnum() or prev in ".,_")
    if ch.isalpha():
        return ch.isupper() and not prev.isalpha()
    return ch in _start_chars()


@functools.cache
def _start_chars() -> frozenset[str]:
    """Non-letter characters a currency mark starts with, and ``(``."""
    return frozenset(s[0] for s in C.PAY_CURRENCY_SYMBOLS if not s[0].isalnum()) | {"("}


# the most common characters no money match starts with (lower-case ASCII letters, blanks,
# punctuation), unless a currency mark starts with one
_SKIPPABLE = "abcdefghijklmnopqrstuvwxyz \t\n,.;:!?'\"/-"


@functools.cache
def _possible_starts() -> re.Pattern[str]:
    """A character a money match may start with: any but the skippable ones."""
    skipped = "".join(c for c in _SKIPPABLE if c not in _start_chars())
    return re.compile(f"[^{re.escape(skipped)}]")


def _covering(lex: _Lexicon, text: str, ws: int, we: int, cue: int) -> _Match | None:
    """The leftmost money match starting in ``text[ws:cue + 1]`` that covers offset ``cue``."""
    for candidate in _possible_starts().finditer(text, ws, cue + 1):
        p = candidate.start()
        if _can_start(text, p):
            m = lex.money.match(text, p, we)
            if m is not None and m.end() > cue:
                return m
    return None


def _moneys(text: str, cues: Iterable[_Cue], lex: _Lexicon) -> Iterator[_Money]:
    """Every money match around a currency cue, in order (at most PAY_MAX_WINDOWS windows)."""
    floor, windows = 0, 0
    for cue in cues:
        if cue.start < floor:
            continue
        windows += 1
        if windows > C.PAY_MAX_WINDOWS:
            return
        if cue.jsonld:
            money = _jsonld(text, cue.start + len(C.PAY_JSONLD_KEY))
            floor = cue.start + 1 if money is None else money.end
        else:
            ws = _window_start(text, max(floor, cue.start - C.PAY_WINDOW_BEFORE), floor)
            we = min(len(text), cue.start + C.PAY_WINDOW_AFTER)
            m = _covering(lex, text, ws, we, cue.start)
            if m is None:
                continue
            floor = m.end()
            money = _money(m, text, lex)
        if money is not None:
            yield money


# --- the statement around figures -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Statement:
    """The words around a money match."""

    left: str
    left_start: int
    headings: tuple[str, ...]
    previous: str
    right: str
    following: str
    line_left: str


def _last_boundary(text: str, lo: int, hi: int) -> int:
    """Offset just after the last sentence boundary in ``text[lo:hi]`` (``lo`` if none)."""
    last = lo
    for b in _BOUNDARY.finditer(text, lo, min(len(text), hi + 2)):
        if b.end() > hi:
            break
        last = b.end()
    return last


def _last_boundary_end(s: str) -> int:
    """Length of the first sentence of ``s`` (all of it when it has no boundary)."""
    end = _FULL_STOP.search(s.lstrip())
    return len(s) if end is None else end.start() + len(s) - len(s.lstrip())


def _headings(text: str, line_start: int) -> tuple[str, ...]:
    """Up to PAY_HEADING_LINES non-empty lines above ``line_start`` that read as headings
    (short, or ending with a colon), nearest first."""
    out: list[str] = []
    end = line_start - 1
    floor = max(0, line_start - C.PAY_CONTEXT_BEFORE)
    while end > floor and len(out) < C.PAY_HEADING_LINES:
        begin = max(text.rfind("\n", floor, end) + 1, floor)
        line = text[begin:end].strip()
        end = begin - 1
        if not line:
            continue
        if len(line) > C.PAY_HEADING_MAX and not line.endswith(":"):
            break
        out.append(line)
    return tuple(out)


def _statement(text: str, money: _Money, floor: int) -> _Statement:
    """Sentence, heading lines, previous sentence and following words of a money match."""
    lo = max(floor, money.start - C.PAY_CONTEXT_BEFORE, 0)
    begin = _last_boundary(text, lo, money.start)
    line_begin = text.rfind("\n", 0, money.start) + 1
    starts_line = begin >= line_begin and not text[line_begin:begin].strip()
    headings = _headings(text, line_begin) if starts_line else ()
    prev_lo = max(floor, begin - C.PAY_CONTEXT_BEFORE)
    prev_begin = _last_boundary(text, prev_lo, max(prev_lo, begin - 1))
    after = text[money.end : money.end + C.PAY_CONTEXT_AFTER]
    stop = _SENTENCE_END.search(after)
    end = _FULL_STOP.search(after)
    following = after[end.end() :] if end else ""
    following = following[: _last_boundary_end(following)]
    return _Statement(
        left=text[begin : money.start],
        left_start=begin,
        headings=headings,
        previous=text[prev_begin:begin],
        right=after[: stop.start()] if stop else after,
        following=following,
        line_left=text[max(line_begin, floor) : money.start],
    )


def _region(st: _Statement, lex: _Lexicon) -> str:
    """The sentence before the figures; when it names no pay, with the heading lines above it
    up to the nearest one that does."""
    if lex.kinds.first_hit(st.left):
        return st.left
    for i, line in enumerate(st.headings):
        if lex.kinds.first_hit(line):
            return "\n".join((*reversed(st.headings[: i + 1]), st.left))
    return st.left


def _continues(text: str, prev: PayRange | None, money: _Money, lex: _Lexicon) -> bool:
    """Whether ``money`` continues the list or table of the previous pay range."""
    if prev is None or not 0 <= money.start - prev.end <= C.PAY_LIST_GAP:
        return False
    gap = text[prev.end : money.start]
    if regex.search(r"[.!?]\s", gap) or lex.not_pay.first_hit(gap):
        return False
    return len(gap.split()) <= C.PAY_LIST_WORDS


def _is_pay(money: _Money, st: _Statement, lex: _Lexicon, continues: bool, currency: str) -> bool:
    """Whether the figures state this job's pay."""
    if money.magnitude or lex.not_pay_after.within(st.right, C.PAY_NOUN_WORDS_AFTER, lex.additive):
        return False
    region = _region(st, lex)
    cue, not_pay = lex.kinds.last_hit(region), lex.not_pay.last_hit(region)
    if not_pay is not None and (cue is None or not_pay.start > cue.start):
        return False
    if cue is not None or money.currency or continues:
        return True
    if money.per and _fits(money, lex, currency):
        return True
    if _refers_back(st.following, lex) and _cue_first(st.following, lex):
        return True
    if len(money.sides) == 2 and lex.kinds.first_hit(st.previous):
        return lex.not_pay.first_hit(st.previous) is None
    return lex.kinds.within(st.right, C.PAY_NOUN_WORDS_AFTER) is not None


def _refers_back(sentence: str, lex: _Lexicon) -> bool:
    """Whether ``sentence`` refers back to the figures before it (``This reflects ...``)."""
    toks = _tokens(sentence)
    words = [i for i, t in enumerate(toks.text) if t[0].isalnum()][: C.PAY_REFERS_BACK_WORDS]
    return any(lex.refers_back.at(toks, i) is not None for i in words)


def _fits(money: _Money, lex: _Lexicon, currency: str) -> bool:
    """Whether the figures are a plausible salary for the period written next to them."""
    if currency not in C.PAY_PLAUSIBLE_CURRENCIES:
        return True
    period = _period_of(money.per or "", lex)
    low, high = C.PAY_PLAUSIBLE.get(period or "", (0.0, 0.0))
    return all(Decimal(low) <= s.value <= Decimal(high) for s in money.sides)


def _cue_first(sentence: str, lex: _Lexicon) -> bool:
    """Whether ``sentence`` names pay before anything that is not pay."""
    cue, not_pay = lex.kinds.first_hit(sentence), lex.not_pay.first_hit(sentence)
    return cue is not None and (not_pay is None or cue.start < not_pay.start)


def _bounds(money: _Money, st: _Statement, lex: _Lexicon) -> tuple[Decimal | None, ...]:
    """(min, max): both figures of a range; one figure is both ends unless a lead-in opens it."""
    if len(money.sides) == 2:
        return money.sides[0].value, money.sides[1].value
    value, lead = money.sides[0].value, st.left[-40:]
    if lex.up_to.ends(lead):
        return None, value
    if lex.from_.ends(lead) or money.sides[0].plus:
        return value, None
    return value, value


def _mark(mark: str, lex: _Lexicon) -> tuple[bool, str | None, str]:
    """(explicit code?, currency, symbol) of one currency mark (``USD$``, ``€``, ``euro``)."""
    m = mark.strip("() \t\u00a0\u202f")
    head = m[:3]
    if head.isupper() and head.isalpha() and head in _code_set():
        return True, C.PAY_CODE_ALIASES.get(head, head), m[3:].strip()
    if m in C.PAY_CURRENCY_SYMBOLS:
        return False, C.PAY_CURRENCY_SYMBOLS[m], m
    return False, lex.currency_words.get(_key(m)), m


def _currency(money: _Money, lex: _Lexicon, countries: tuple[str, ...]) -> str | None:
    """ISO 4217 code: an explicit code wins, then the symbol or word (a local symbol takes
    the currency every posting location agrees on)."""
    if money.currency:
        return money.currency
    marks = [_mark(x, lex) for s in money.sides for x in s.marks]
    explicit = [cur for is_code, cur, _ in marks if is_code and cur]
    if explicit:
        return explicit[0]
    for _, cur, sym in marks:
        local = {C.PAY_SYMBOL_BY_COUNTRY.get(sym, {}).get(c) for c in countries}
        if sym in C.PAY_SYMBOL_BY_COUNTRY and len(local) == 1 and None not in local:
            return local.pop()
        if cur:
            return cur
    return None


def _period_of(per: str, lex: _Lexicon) -> str | None:
    """The period a written period phrase names (its last period word)."""
    token = lex.periods.last_hit(per)
    return None if token is None else token.value


def _period_cue(st: _Statement, lex: _Lexicon) -> str | None:
    """The period a word of the statement names: nearest before the figures, else right after
    them, else in the heading lines."""
    cue = lex.period_cues.last_hit(st.left) or lex.period_cues.first_hit(st.right)
    for line in st.headings:
        cue = cue or lex.period_cues.last_hit(line)
    return None if cue is None else cue.value


def _by_size(value: Decimal, currency: str) -> str:
    """The period a figure of this size has in its market when nothing names one."""
    bound = C.PAY_MONTHLY_MARKETS.get(currency)
    if bound is not None:
        return "month" if value < Decimal(bound) else "year"
    if value < Decimal(C.PAY_HOURLY_BELOW):
        return "hour"
    return "month" if value < Decimal(C.PAY_MONTHLY_BELOW) else "year"


def _period(money: _Money, st: _Statement, lex: _Lexicon, value: Decimal, currency: str) -> str:
    """Period: written next to the figures, else named by the statement (when the figure's size
    fits it), else from the figure's size."""
    written = money.period or (_period_of(money.per, lex) if money.per else None)
    if written:
        return written
    cue = _period_cue(st, lex)
    if cue and currency in C.PAY_PLAUSIBLE_CURRENCIES:
        low, high = C.PAY_PLAUSIBLE[cue]
        cue = cue if Decimal(low) <= value <= Decimal(high) else None
    return cue or _by_size(value, currency)


def _kind(
    text: str, money: _Money, st: _Statement, lex: _Lexicon, period: str, inherited: str | None
) -> str:
    """Kind: the last specific pay word before the figures (base / total / ote), else a specific
    one right after them, else a generic one; hourly rates are base."""
    if money.kind:
        return money.kind
    kinds = [h.value for h in lex.kinds.hits(_region(st, lex))]
    specific = [k for k in kinds if k != "unknown"]
    kind = specific[-1] if specific else ("unknown" if kinds else inherited)
    if kind in (None, "unknown"):
        following = st.following if _refers_back(st.following, lex) else ""
        kind = _specific(st.right, lex) or _specific(following, lex) or kind
    if kind in (None, "unknown") and (period == "hour" or _base_nearby(text, money, lex)):
        return "base"
    return kind or "unknown"


def _base_nearby(text: str, money: _Money, lex: _Lexicon) -> bool:
    """Whether the paragraph around figures stated without a specific pay word calls the pay
    a base salary (``The base pay range is subject to change`` ... ``Pay Range`` ...)."""
    before = text[max(0, money.start - C.PAY_KIND_BEFORE) : money.start]
    after = text[money.end : money.end + C.PAY_KIND_AFTER]
    return bool(lex.base_context.first_hit(before) or lex.base_context.first_hit(after))


def _specific(s: str, lex: _Lexicon) -> str | None:
    """The first specific kind (base / total / ote) a pay word of ``s`` names."""
    for hit in lex.kinds.hits(s):
        if hit.value != "unknown":
            return hit.value
    return None


def _label(line_left: str) -> str | None:
    """The label a line gives the figures after it (``UK:`` in ``Salary: UK: £110,000``)."""
    body = line_left.rstrip(" \t\u00a0*_")
    if not body.endswith(":"):
        return None
    body = body[:-1]
    cut = max(body.rfind(c) for c in _LABEL_STOPS)
    name = body[cut + 1 :].strip(" \t\u00a0*#_-")
    return name if 0 < len(name) <= C.PAY_LABEL_MAX else None


def _qualifier(text: str, money: _Money, st: _Statement, lex: _Lexicon) -> str | None:
    """The location / zone / level the statement names as the scope of the figures."""
    if money.kind is not None:
        return None
    name = _label(st.line_left)
    if name is not None and not lex.kinds.first_hit(name):
        line_start = money.start - len(st.line_left)
        reach = min(line_start, C.PAY_TITLE_REACH)
        repeated = len(name.split()) >= 3 and text.find(name, 0, reach) >= 0
        return None if repeated else name
    scope = "\n".join((*reversed(st.headings), st.left))
    best: tuple[int, str] | None = None
    for pattern in lex.qualifiers:
        for m in pattern.finditer(scope):
            if best is None or m.end() > best[0]:
                best = (m.end(), m.group("q").strip(" ,;"))
    if best is not None:
        return best[1]
    region = _region(st, lex)
    if region == st.left and st.left != st.line_left:
        return None
    return _scope_before_cue(region.split("\n", 1)[0], lex)


def _scope_before_cue(segment: str, lex: _Lexicon) -> str | None:
    """The capitalised name a pay heading or label puts before its pay words
    (``Canada Annual Pay Range``, ``CO Salary Range:``, ``The US base salary range``)."""
    cues = [
        h.start for h in (lex.kinds.first_hit(segment), lex.period_cues.first_hit(segment)) if h
    ]
    if not cues:
        return None
    toks = _tokens(segment[: min(cues)])
    words = [i for i, low in enumerate(toks.low) if low not in lex.scope_stopwords]
    if not words or any(not toks.text[i][0].isupper() for i in words if toks.text[i][0].isalpha()):
        return None
    first, last = words[0], len(toks.text) - 1
    if last < first or not toks.text[last][0].isalnum():
        return None
    if sum(t[0].isalpha() for t in toks.text[first : last + 1]) > C.PAY_SCOPE_WORDS:
        return None
    return segment[toks.start[first] : toks.end[last]]


def _judge(
    text: str,
    money: _Money,
    lex: _Lexicon,
    countries: tuple[str, ...],
    prev: PayRange | None,
    floor: int,
) -> PayRange | None:
    """The pay range ``money`` states, or None when it is not this job's pay."""
    st = _statement(text, money, floor)
    continues = _continues(text, prev, money, lex)
    currency = _currency(money, lex, countries)
    if currency is None or not _is_pay(money, st, lex, continues, currency):
        return None
    low, high = _bounds(money, st, lex)
    value = max(x for x in (low, high) if x is not None)
    if value < Decimal(C.PAY_MIN_FIGURE):
        return None
    period = _period(money, st, lex, value, currency)
    inherited = prev.kind.value if continues and prev is not None else None
    return PayRange(
        min=None if low is None else float(low),
        max=None if high is None else float(high),
        currency=currency,
        period=PayPeriod(period),
        kind=PayKind(_kind(text, money, st, lex, period, inherited)),
        qualifier=_qualifier(text, money, st, lex),
        text=text[money.start : money.end],
        start=money.start,
        end=money.end,
    )


def _language(language: str | None) -> str | None:
    """ISO 639-1 code from a language tag (``pt-BR`` -> ``pt``)."""
    if not language:
        return None
    return language.replace("_", "-").split("-")[0].lower() or None


def find_pay_in(
    text: str, *, language: str | None = None, countries: Sequence[str] = ()
) -> list[PayRange]:
    """Every pay range ``text`` states, in order.

    ``language``: ISO 639-1 code of the posting (its number format and words; None reads
    English words and tries the common number formats).  ``countries``: ISO 3166 alpha-2 codes
    of the posting's locations; a bare ``$`` is their local dollar when they all agree on one
    (CA -> CAD), else USD."""
    cues = _cues(text)
    first = next(cues, None)
    if first is None:
        return []
    lex = _lexicon(_language(language))
    where = tuple(c.upper() for c in countries)
    found: list[PayRange] = []
    floor = 0
    for money in _moneys(text, itertools.chain((first,), cues), lex):
        pay = _judge(text, money, lex, where, found[-1] if found else None, floor)
        floor = money.end
        if pay is None:
            continue
        joined = _join(text, found[-1], pay, lex) if found else None
        if joined is not None:
            found[-1] = joined
        else:
            found.append(pay)
    return found


def _join(text: str, first: PayRange, second: PayRange, lex: _Lexicon) -> PayRange | None:
    """One range from a single figure and an ``up to`` figure later in its sentence
    (``$136,000/year in our lowest geographic market up to $260,000/year``), else None."""
    if first.min != first.max or second.min is not None or second.max is None:
        return None
    if first.min is None or first.min >= second.max:
        return None
    same = (first.currency, first.period) == (second.currency, second.period)
    gap = text[first.end : second.start]
    if not same or len(gap) > C.PAY_JOIN_GAP or second.kind not in (first.kind, PayKind.UNKNOWN):
        return None
    if _BOUNDARY.search(gap) or lex.not_pay.first_hit(gap) or lex.kinds.first_hit(gap):
        return None
    data = first.model_dump()
    data.update(max=second.max, text=text[first.start : second.end], end=second.end)
    return PayRange.model_validate(data)


def find_pay(
    text: str, start: int, end: int, *, language: str | None = None, countries: Sequence[str] = ()
) -> list[PayRange]:
    """:func:`find_pay_in` of ``text[start:end]``, with offsets into ``text``."""
    found = find_pay_in(text[start:end], language=language, countries=countries)
    if not start:
        return found
    return [p.model_copy(update={"start": p.start + start, "end": p.end + start}) for p in found]
