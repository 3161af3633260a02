"""Workplace type, employment type and visa sponsorship of a job posting, each with its evidence.

Language-free: every word and phrase comes from the per-language rule modules (:mod:`..rules`) (see
:mod:`..rules.en` for their conventions).  How it reads a posting:

1. One pass of an Aho-Corasick automaton over the UTF-8 bytes of the text (ASCII-lower-cased)
   finds the cues of the three topics; a posting without cues costs nothing more.
2. Around each cue, the sentence (at most ``_WINDOW`` characters on each side) is cut out and the
   topic's phrases are run on it alone, so the work is linear in the text's length.  A second,
   small automaton finds in the sentence the literals each phrase requires (derived from the
   phrase itself), and only phrases whose literals all occur are run.
3. Workplace statements are ranked: a statement about this role (3) beats other prose such as
   company policy (2), which beats tags and field values (1).  Within a rank a remote statement
   beats hybrid beats onsite; tags and fields that contradict each other give hybrid.
4. Employment types are collected once each; a visa statement that rules sponsorship out (or
   limits the job to citizens) beats one that offers it.

Offsets in the results are offsets into the string passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from types import ModuleType
from typing import TypeVar

import ahocorasick_rs
import pycountry
import regex

from ..models import (
    EmploymentKind,
    EmploymentType,
    VisaSponsorship,
    Workplace,
    WorkplaceType,
)
from ..rules import LANGUAGES
from .patterns import trie_pattern

__all__ = ["find_employment_types", "find_facts", "find_visa_sponsorship", "find_workplace"]

_RULES: dict[str, ModuleType] = LANGUAGES
_TOPICS = ("WORKPLACE", "EMPLOYMENT", "VISA")
_WINDOW = 300  # characters read on each side of a cue, at most
_FIELD_MAX = 150  # longest sentence read as a field ("key: value", a short line, a header)
_CONTEXT = 45  # characters read before / after a phrase for negations and scope
_MAX_MATCHES = 8  # matches of one phrase read in one sentence (bounds the work on repetitive text)
_PREFERENCE = ("remote", "hybrid", "onsite")
_NEVER = re.compile(r"(?!)")
_STOPS = ("\n", ".", "!", "?", "•")  # characters that may end a sentence
_STOP = re.compile(f"[{re.escape(''.join(_STOPS))}]")
_STOP_BACKWARDS = regex.compile(_STOP.pattern, regex.REVERSE)  # the nearest one before first
_PERCENT = re.compile(r"(?P<p>\d{1,3})(?:[.,]\d+)?\s?%")
_BRACKETED = re.compile(r"[\[(]([^\[\]()\n]{1,40})[\])]")
_FIELD_SEP = re.compile(r"\s*[/|•·;]\s*|\s+[-–—]\s+")
_FIELD_SEP_COMMA = re.compile(r"\s*[/|•·;,]\s*|\s+[-–—]\s+")
_LABEL_STRIP = " \t\r\n*_#>-'\"`.!:"
_CLAUSE_END = re.compile(r"[,;:]")
_JSONLD_TYPE = re.compile(r'"employmentType"\s*:\s*(\[[^\]]{0,200}\]|"[^"]{0,40}")')
_JSONLD_VALUE = re.compile(r'"([A-Za-z_]+)"')
_FIELD_NAME_END = re.compile(r"\s*:")
_CODE_NEXT_TO_REMOTE = re.compile(r"(?i:remote)\W{1,4}([A-Z]{2})\b|\b([A-Z]{2})\W{1,4}(?i:remote)")


# --- phrases ---------------------------------------------------------------------------------
def _alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of ``patterns`` (one that never matches when there are none)."""
    parts = [f"(?:{p})" for p in patterns]
    return re.compile("|".join(parts)) if parts else _NEVER


def _before(patterns: Iterable[str]) -> re.Pattern[str]:
    """A pattern for words that end a preceding context (searched in the text before)."""
    return _alternation([rf"\b(?:{'|'.join(patterns)})\b[\s-]+(?:[\w'-]+\s+){{0,2}}$"])


def _after(patterns: Iterable[str]) -> re.Pattern[str]:
    """A pattern for words that open a following context (matched right after a phrase)."""
    words = "|".join(patterns)
    return _alternation([rf"[\s*_-]*(?:{words})(?!\w)"]) if words else _NEVER


def _skip_group(pattern: str, i: int) -> int:
    """The index after the group or class that opens at ``pattern[i]``."""
    depth, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1
        if depth == 0 and not in_class:
            return i
    return i


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``."""
    parts, i, last = [], 0, 0
    while i < len(pattern):
        if pattern[i] in "([":
            i = _skip_group(pattern, i)
            continue
        if pattern[i] == "|":
            parts.append(pattern[last:i])
            last = i + 1
        i += 2 if pattern[i] == "\\" else 1
    return [*parts, pattern[last:]]


def _group_body(group: str) -> str | None:
    """The body of a capturing or non-capturing group; None for look-arounds and the like."""
    if group.startswith("(?:"):
        return group[3:-1]
    if group.startswith("(?P<"):
        return group[group.index(">") + 1 : -1]
    return None if group.startswith("(?") else group[1:-1]


def _requirements(pattern: str) -> list[frozenset[str]]:
    """Sets of literals such that every match of ``pattern`` contains one literal of each set."""
    alternatives = _top_level_alternatives(pattern)
    if len(alternatives) > 1:
        best = [_best(_requirements(a)) for a in alternatives]
        return [frozenset().union(*best)] if all(best) else []
    found, run, i = [], "", 0
    while i < len(pattern):
        c = pattern[i]
        if c in "([":
            j = _skip_group(pattern, i)
            optional = pattern[j : j + 1] in ("?", "*") or pattern.startswith("{0", j)
            body = _group_body(pattern[i:j]) if c == "(" and not optional else None
            found += [frozenset([run])] + ([_best(_requirements(body))] if body else [])
            i, run = j, ""
            continue
        if c in "?*{" and run:  # the quantified character may be absent
            run = run[:-1]
        if c == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            run, i = run + pattern[i + 1], i + 2
            continue
        if c in ".^$?*+{}\\":
            found, run = [*found, frozenset([run])], ""
            i = pattern.find("}", i) + 1 if c == "{" else i + (2 if c == "\\" else 1)
            continue
        run, i = run + c, i + 1
    return [*found, frozenset([run])]


def _best(requirements: list[frozenset[str]]) -> frozenset[str]:
    """The most selective requirement: the one whose shortest literal is longest."""
    usable = [r for r in requirements if r and min(map(len, r)) >= 2]
    return max(usable, key=_selectivity, default=frozenset())


def _selectivity(requirement: frozenset[str]) -> tuple[int, float]:
    """How rarely a requirement is met by chance: its shortest, then its mean literal length."""
    return min(map(len, requirement)), sum(map(len, requirement)) / len(requirement)


_Found = dict[str, list[re.Match[str]]]


@dataclass(frozen=True)
class _Phrase:
    group: str
    pattern: re.Pattern[str]
    needs: tuple[frozenset[int], ...]  # literal ids: one of each set occurs in every match


@dataclass(frozen=True)
class _Index:
    """Named groups of phrases found together: one automaton pass over a sentence finds the
    literals the phrases require, then only the phrases whose literals all occur are run."""

    automaton: ahocorasick_rs.AhoCorasick | None
    by_literal: tuple[tuple[int, ...], ...]  # literal id -> phrases indexed under it
    always: tuple[int, ...]  # phrases that require no literal
    phrases: tuple[_Phrase, ...]

    @classmethod
    def of(cls, groups: Mapping[str, Iterable[str]]) -> _Index:
        """The index of ``groups`` (group name -> patterns)."""
        ids: dict[str, int] = {}
        indexed: list[list[int]] = []
        phrases: list[_Phrase] = []
        always: list[int] = []
        for group, patterns in groups.items():
            for pattern in dict.fromkeys(patterns):
                needs = [r for r in _requirements(pattern) if r and min(map(len, r)) >= 2]
                needs_ids = tuple(frozenset(ids.setdefault(x, len(ids)) for x in r) for r in needs)
                indexed += [[] for _ in range(len(ids) - len(indexed))]
                for literal in _best(needs):
                    indexed[ids[literal]].append(len(phrases))
                always += [] if needs else [len(phrases)]
                phrases.append(_Phrase(group, re.compile(pattern), needs_ids))
        automaton = ahocorasick_rs.AhoCorasick(list(ids)) if ids else None
        return cls(automaton, tuple(map(tuple, indexed)), tuple(always), tuple(phrases))

    def _candidates(self, text: str) -> Iterator[_Phrase]:
        """The phrases that can match in ``text`` (all the literals each needs occur), in the
        order of the table."""
        present: set[int] = set()
        if self.automaton is not None:
            hits = self.automaton.find_matches_as_indexes(text, overlapping=True)
            present = {literal for literal, _, _ in hits}
        if not present and not self.always:
            return
        for i in sorted(set(self.always).union(*(self.by_literal[i] for i in present))):
            phrase = self.phrases[i]
            if all(not need.isdisjoint(present) for need in phrase.needs):
                yield phrase

    def find(self, text: str) -> _Found:
        """Every match of every phrase in ``text``, by group name, in order of position."""
        found: _Found = {}
        for phrase in self._candidates(text):
            matches = list(islice(phrase.pattern.finditer(text), _MAX_MATCHES))
            if matches:
                found.setdefault(phrase.group, []).extend(matches)
        for matches in found.values():
            if len(matches) > 1:
                matches.sort(key=lambda m: m.start())
        return found

    def holds(self, text: str) -> bool:
        """Whether a phrase matches somewhere in ``text`` (as a search of their alternation
        would tell)."""
        return any(phrase.pattern.search(text) for phrase in self._candidates(text))


# --- vocabulary -------------------------------------------------------------------------------
def _languages(language: str | None) -> tuple[str, ...]:
    """The rule modules to read: English plus the posting's language, or all of them."""
    code = (language or "").lower()[:2]
    if code not in _RULES:
        return tuple(_RULES)
    return ("en",) if code == "en" else ("en", code)


def _tuple(langs: tuple[str, ...], name: str) -> tuple[str, ...]:
    """One tuple constant of the given languages, concatenated without repeats."""
    return tuple(dict.fromkeys(p for lang in langs for p in getattr(_RULES[lang], name)))


def _merged(langs: tuple[str, ...], name: str) -> dict[str, str]:
    """One dict constant of the given languages, merged (keys lower-cased)."""
    out: dict[str, str] = {}
    for lang in langs:
        out.update({k.lower(): v for k, v in getattr(_RULES[lang], name).items()})
    return out


def _days(patterns: Iterable[str], numbers: Mapping[str, int]) -> list[str]:
    """Day-count phrases with ``{num}`` replaced by digits or number words (the words as a
    trie: the engine tries a number at every position of a sentence)."""
    num = r"\d{1,2}|" + trie_pattern(sorted(numbers))
    return [p.replace("{num}", num) for p in patterns]


@dataclass(frozen=True)
class _Workplace:
    index: _Index  # groups: the lower-cased _WORKPLACE_GROUPS, days_week, days_month, tag:<kind>
    labels: dict[str, str]
    numbers: dict[str, int]
    full_before: re.Pattern[str]
    percent_not: _Index  # phrases that make a percentage not a share of the week
    neg_before: re.Pattern[str]
    neg_after: re.Pattern[str]
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    countries: re.Pattern[str]
    country_codes: dict[str, str]


@dataclass(frozen=True)
class _Employment:
    index: _Index  # groups: each employment type, and "hours"; on the lower-cased sentence
    cased: _Index  # groups: each employment type; on the sentence as written
    field_keys: _Index  # the names of an employment field
    labels: dict[str, str]
    jsonld: dict[str, str]
    not_after: re.Pattern[str]
    not_before: _Index  # what makes a type phrase after it about other people or a requirement
    full_min: int
    part_max: int
    schedule_max: int


@dataclass(frozen=True)
class _Visa:
    index: _Index  # groups: yes, no, citizens_only, partial, citizen_alternatives, eeo


_WORKPLACE_GROUPS = (
    "REMOTE",
    "HYBRID",
    "ONSITE",
    "TELEWORK",
    "REMOTE_WORDS",
    "OFFICE",
    "PARTIAL",
    "FULL_WEEK",
    "CLAUSE_EXCLUSIONS",
    "SENTENCE_EXCLUSIONS",
    "ROLE_SUBJECT",
    "LASTING_MARKERS",
)
_VISA_GROUPS = ("YES", "NO", "CITIZENS_ONLY", "PARTIAL", "CITIZEN_ALTERNATIVES", "EEO")


def _country_table(langs: tuple[str, ...]) -> dict[str, str]:
    """Country names (pycountry's English names and the rules' aliases) -> alpha-2 code."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                table[name] = country.alpha_2
    for lang in langs:
        table.update(_RULES[lang].WORKPLACE_COUNTRY_ALIASES)
    return table


def _workplace_vocab(langs: tuple[str, ...]) -> _Workplace:
    """The compiled workplace phrases of the given languages."""

    def t(name: str) -> tuple[str, ...]:
        """The ``WORKPLACE_<name>`` phrases of the languages."""
        return _tuple(langs, "WORKPLACE_" + name)

    # the languages' number words: the same table the requirements stage reads
    numbers = {k.lower(): n for lang in langs for k, n in _RULES[lang].NUMBER_WORDS.items()}
    groups: dict[str, list[str]] = {name.lower(): list(t(name)) for name in _WORKPLACE_GROUPS}
    groups["days_week"] = _days(t("DAYS_PER_WEEK"), numbers)
    groups["days_month"] = _days(t("DAYS_PER_MONTH"), numbers)
    for lang in langs:
        for pattern, kind in _RULES[lang].WORKPLACE_TAGS.items():
            groups.setdefault("tag:" + kind, []).append(pattern)
    codes = _country_table(langs)
    names = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    return _Workplace(
        index=_Index.of(groups),
        labels=_merged(langs, "WORKPLACE_LABELS"),
        numbers=numbers,
        full_before=_alternation([rf"(?:{'|'.join(t('FULL'))})[\s-]*\(?\s*$"]),
        percent_not=_Index.of({"not": t("PERCENT_NOT")}),
        neg_before=_before(t("NEGATION_BEFORE")),
        neg_after=_after(t("NEGATION_AFTER")),
        not_after=_after(t("NOT_AFTER")),
        not_before=_alternation([rf"\b(?:{'|'.join(t('NOT_BEFORE'))})\b[^.,;:]{{0,30}}$"]),
        countries=re.compile(rf"(?<![\w.])(?:{names})(?![\w])"),
        country_codes=codes,
    )


def _kind_groups(langs: tuple[str, ...], name: str) -> dict[str, list[str]]:
    """Per employment type, the phrases of one ``EMPLOYMENT_TYPES*`` table."""
    return {
        kind.value: [p for lang in langs for p in getattr(_RULES[lang], name).get(kind.value, ())]
        for kind in EmploymentKind
    }


def _employment_vocab(langs: tuple[str, ...]) -> _Employment:
    """The compiled employment-type phrases of the given languages."""
    modifiers = "|".join(_tuple(langs, "EMPLOYMENT_MODIFIERS"))
    nouns = "|".join(_tuple(langs, "EMPLOYMENT_NOT_AFTER"))
    joiner = r"(?:and|or|und|oder|et|ou|y|o|e|en|&)"
    far = "|".join(_tuple(langs, "EMPLOYMENT_NOT_AFTER_FAR"))
    not_after = (
        rf"(?:[\s,/&-]+(?:{joiner}\s+)?(?:{modifiers})){{0,3}}"
        rf"[\s,/&*-]*(?:{joiner}\s+)?(?:{nouns})"
    )
    not_after_far = rf"(?:[\s,/&*-]+[\w'’.-]+){{0,3}}?[\s,/&*-]+(?:{far})"
    groups = _kind_groups(langs, "EMPLOYMENT_TYPES")
    groups["hours"] = list(_tuple(langs, "EMPLOYMENT_HOURS"))
    return _Employment(
        index=_Index.of(groups),
        cased=_Index.of(_kind_groups(langs, "EMPLOYMENT_TYPES_CASED")),
        field_keys=_Index.of({"key": _tuple(langs, "EMPLOYMENT_FIELD_KEYS")}),
        labels=_merged(langs, "EMPLOYMENT_LABELS"),
        jsonld={k.upper(): v for k, v in _merged(langs, "EMPLOYMENT_JSONLD").items()},
        not_after=_alternation([not_after, not_after_far]),
        not_before=_Index.of({"not": _tuple(langs, "EMPLOYMENT_NOT_BEFORE")}),
        full_min=min(_RULES[lang].EMPLOYMENT_FULL_TIME_MIN_HOURS for lang in langs),
        part_max=max(_RULES[lang].EMPLOYMENT_PART_TIME_MAX_HOURS for lang in langs),
        schedule_max=max(_RULES[lang].EMPLOYMENT_SCHEDULE_MAX_HOURS for lang in langs),
    )


def _visa_vocab(langs: tuple[str, ...]) -> _Visa:
    """The compiled visa phrases of the given languages."""
    return _Visa(_Index.of({name.lower(): _tuple(langs, "VISA_" + name) for name in _VISA_GROUPS}))


@dataclass(frozen=True)
class _Vocab:
    cues: ahocorasick_rs.BytesAhoCorasick
    cue_topics: tuple[int, ...]
    workplace: _Workplace
    employment: _Employment
    visa: _Visa


def _cue_table(langs: tuple[str, ...]) -> dict[bytes, int]:
    """Every cue as lower-case UTF-8 bytes (and its upper-case-accent variant) -> topic bits."""
    table: dict[bytes, int] = {}
    for bit, topic in enumerate(_TOPICS):
        for cue in _tuple(langs, topic + "_CUES"):
            for variant in {cue.lower(), cue.upper().lower() if cue.isascii() else cue.upper()}:
                key = variant.encode("utf-8").lower()
                table[key] = table.get(key, 0) | (1 << bit)
    return table


@lru_cache(maxsize=16)
def _vocab(langs: tuple[str, ...]) -> _Vocab:
    """Everything compiled for one set of languages."""
    table = _cue_table(langs)
    return _Vocab(
        cues=ahocorasick_rs.BytesAhoCorasick(
            list(table), implementation=ahocorasick_rs.Implementation.DFA
        ),
        cue_topics=tuple(table.values()),
        workplace=_workplace_vocab(langs),
        employment=_employment_vocab(langs),
        visa=_visa_vocab(langs),
    )


# --- cues and sentences -----------------------------------------------------------------------
@lru_cache(maxsize=4)
def _cue_hits(text: str, langs: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """Character offsets of the cues of each topic (workplace, employment, visa), in order."""
    vocab = _vocab(langs)
    raw = text.encode("utf-8", "surrogatepass").lower()
    found = sorted(vocab.cues.find_matches_as_indexes(raw, overlapping=True), key=lambda f: f[1])
    hits: tuple[list[int], ...] = ([], [], [])
    ascii_only = len(raw) == len(text)
    char = prev = 0
    for index, start, _end in found:
        if ascii_only:
            char = start
        else:  # UTF-8 is self-synchronizing: a cue starts on a character boundary
            char += len(raw[prev:start].decode("utf-8", "surrogatepass"))
            prev = start
        for bit in range(len(_TOPICS)):
            if vocab.cue_topics[index] >> bit & 1:
                hits[bit].append(char)
    return tuple(tuple(h) for h in hits)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without surrounding blanks, bullets and markdown emphasis."""
    while start < end and (text[start] in " \t\r\n-*•>|·" or text.startswith(("# ", "##"), start)):
        start += 1
    while end > start and text[end - 1] in " \t\r\n*|":
        end -= 1
    return start, end


def _lower(sent: str) -> str:
    """``sent`` lower-cased, character for character (offsets stay valid)."""
    low = sent.lower()
    if len(low) == len(sent):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in sent)


def _is_boundary(text: str, i: int) -> bool:
    """Whether ``text[i]`` (a line break, bullet or stop) ends a sentence."""
    c = text[i]
    if c == "•":
        return True
    after = text[i + 1 : i + 3].lstrip(" \t\"'”’)*")
    if c == "\n":  # a hard-wrapped line goes on in lower case after a word or comma
        wraps = i > 0 and (text[i - 1].isalnum() or text[i - 1] == ",")
        return not (wraps and text[i + 1 : i + 80].lstrip(" \t")[:1].islower())
    if i >= 2 and text[i - 1].isalpha() and not text[i - 2].isalnum():
        return False  # a one-letter abbreviation: "U.S.", "e.g."
    nxt = text[i + 1 : i + 2]
    if not nxt or nxt.isupper():
        return True
    if nxt.isalnum() or after[:1].islower():
        return False
    return not after[:1].isdigit() or text[max(0, i - 4) : i].isalpha()  # "ca. 90 %" goes on


def _boundary_before(text: str, pos: int, lo: int) -> int:
    """Where the sentence holding ``pos`` starts (not before ``lo``)."""
    for stop in _STOP_BACKWARDS.finditer(text, lo, pos):
        if _is_boundary(text, stop.start()):
            return stop.end()
    return lo


def _boundary_after(text: str, pos: int, hi: int) -> int:
    """Where the sentence holding ``pos`` ends (not after ``hi``)."""
    for stop in _STOP.finditer(text, pos, hi):
        if _is_boundary(text, stop.start()):
            return stop.start()
    return hi


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` (a field name's sentence takes the next line, its value)."""
    lo, hi = max(0, pos - _WINDOW), min(len(text), pos + _WINDOW)
    start, end = _boundary_before(text, pos, lo), _boundary_after(text, pos, hi)
    if text[start:end].rstrip().endswith(":") and text[end : end + 1] == "\n":
        end = _boundary_after(text, end + 1, min(len(text), end + 1 + _WINDOW))
    return _trim(text, start, end)


def _sentences(text: str, hits: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Each sentence holding a cue, once, in order."""
    last_end = -1
    for pos in hits:
        if pos < last_end:
            continue
        start, end = _sentence(text, pos)
        if end > start:
            yield start, end
        last_end = max(end, pos + 1)


def _evidence_start(text: str, start: int, anchor: int) -> int:
    """Evidence starts after a ``label:`` that precedes the deciding phrase."""
    colon = text.rfind(": ", start, anchor)
    return colon + 2 if colon != -1 else start


# --- workplace --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Candidate:
    rank: int  # 3: about this role, 2: other prose, 1: tag or field value
    kind: str
    start: int
    end: int


def _clause_before(work: str, pos: int) -> str:
    """The text of the same clause before ``pos`` (at most ``_CONTEXT`` characters)."""
    before = work[max(0, pos - _CONTEXT) : pos]
    cut = max(before.rfind(c) for c in ",;:?!()")
    return before[cut + 1 :]


def _clause_after(work: str, pos: int) -> str:
    """The text after ``pos`` (at most ``_CONTEXT`` characters)."""
    return work[pos : pos + _CONTEXT]


def _negation(work: str, m: re.Match[str], v: _Workplace) -> str | None:
    """What a negated remote phrase states (onsite; hybrid for 'not fully'), else None."""
    before = _clause_before(work, m.start())
    if not (v.neg_before.search(before) or v.neg_after.match(_clause_after(work, m.end()))):
        return None
    return "hybrid" if v.full_before.search(before) else "onsite"


def _not_statement(work: str, m: re.Match[str], v: _Workplace) -> bool:
    """The phrase names a tool, an allowance, a skill ... not how this job is done."""
    return bool(
        v.not_after.match(_clause_after(work, m.end()))
        or v.not_before.search(_clause_before(work, m.start()))
    )


def _day_count(m: re.Match[str], numbers: Mapping[str, int]) -> int:
    """The largest number of days a day-count match names."""
    values = [g for g in (m.group("n"), m.groupdict().get("m")) if g]
    return max(int(g) if g.isdigit() else numbers.get(g.lower(), 0) for g in values)


def _share(count: int, whole: int) -> str:
    """'none', 'partial' or 'full' for ``count`` out of ``whole``."""
    return "none" if count == 0 else "full" if count >= whole else "partial"


def _shares(work: str, found: _Found, v: _Workplace) -> set[str]:
    """'none' / 'partial' / 'full' for each share of the week the sentence names."""
    shares = {_share(_day_count(m, v.numbers), 5) for m in found.get("days_week", ())}
    shares |= {_share(_day_count(m, v.numbers), 20) for m in found.get("days_month", ())}
    for m in _PERCENT.finditer(work) if "%" in work else ():
        around = work[max(0, m.start() - _CONTEXT) : m.end() + _CONTEXT]
        if not v.percent_not.holds(around) and int(m.group("p")) <= 100:
            shares.add(_share(int(m.group("p")), 100))
    shares |= {"partial"} if "partial" in found else set()
    return shares | ({"full"} if "full_week" in found else set())


def _attendance(work: str, found: _Found, v: _Workplace) -> str | None:
    """The mode a share of the week in the office (or at home) states."""
    office, home = "office" in found, "telework" in found or "remote_words" in found
    if not (office or home):
        return None
    shares = _shares(work, found, v)
    if "partial" in shares:
        return "hybrid"
    if "full" in shares:
        return "onsite" if office else "remote"
    return "remote" if office and "none" in shares else None


def _prose_kinds(work: str, found: _Found, v: _Workplace) -> set[str]:
    """The modes the prose of one sentence states."""
    kinds = {
        "remote"
        for m in found.get("remote", ())
        if _negation(work, m, v) is None and not v.not_after.match(_clause_after(work, m.end()))
    }
    for m in found.get("telework", ()):
        if not _not_statement(work, m, v):
            full = v.full_before.search(_clause_before(work, m.start()))
            kinds.add(_negation(work, m, v) or ("remote" if full else "hybrid"))
    for m in found.get("remote_words", ()):
        negated = _negation(work, m, v)
        if negated and not _not_statement(work, m, v):
            kinds.add(negated)
    kinds |= {"hybrid" for m in found.get("hybrid", ()) if _negation(work, m, v) is None}
    kinds |= {"onsite" for m in found.get("onsite", ()) if not _not_statement(work, m, v)}
    mode = _attendance(work, found, v)
    return kinds | {mode} if mode else kinds


def _field_parts(sent: str, *, commas: bool = True) -> list[str]:
    """The values of a field-like sentence, normalized: bracketed parts and separated parts."""
    parts = _BRACKETED.findall(sent) if "(" in sent or "[" in sent else []
    if len(sent) <= _FIELD_MAX:
        _, colon, value = sent.rpartition(":")
        value = value if colon and value.strip() else sent
        sep = _FIELD_SEP_COMMA if colon and commas else _FIELD_SEP
        parts += sep.split(_BRACKETED.sub(" ", value))
    return [" ".join(p.strip(_LABEL_STRIP).lower().split()) for p in parts]


def _blank(work: str, start: int, end: int) -> str:
    """``work`` with ``[start, end)`` replaced by spaces (offsets stay valid)."""
    return work[:start] + " " * (end - start) + work[end:]


def _lasting(sent: str, found: _Found, v: _Workplace) -> tuple[str, _Found, set[str]]:
    """The sentence without exception clauses ('unless approved to work remotely,') and without
    a temporary arrangement before a lasting one; its phrases; the lasting one's bare labels."""
    work, labels = sent, set()
    for m in found.get("clause_exclusions", ()):
        end = _CLAUSE_END.search(sent, m.end())
        work = _blank(work, m.start(), end.start() if end else len(sent))
    for m in found.get("lasting_markers", ())[:1]:
        work = _blank(work, 0, m.end())
        labels = {v.labels[p] for p in _field_parts(work.strip()) if p in v.labels}
    return work, (v.index.find(work) if work != sent else found), labels


def _workplace_in(text: str, start: int, end: int, v: _Workplace) -> list[_Candidate]:
    """The workplace candidates one sentence gives."""
    sent = _lower(text[start:end])
    found = v.index.find(sent)
    kinds = [name[4:] for name in found if name.startswith("tag:")]
    kinds += [v.labels[p] for p in _field_parts(sent, commas=False) if p in v.labels]
    candidates = [_Candidate(1, k, start, end) for k in kinds]
    if "sentence_exclusions" in found:
        return candidates
    work, found_in_work, prose = _lasting(sent, found, v)
    prose |= _prose_kinds(work, found_in_work, v)
    if "hybrid" in prose:
        prose.discard("onsite")
    rank = 3 if "role_subject" in found else 2
    return candidates + [_Candidate(rank, k, start, end) for k in sorted(prose)]


def _decide(candidates: list[_Candidate]) -> _Candidate | None:
    """The candidate that decides: highest rank; remote > hybrid > onsite; tags in conflict
    give hybrid."""
    if not candidates:
        return None
    top = max(c.rank for c in candidates)
    best = [c for c in candidates if c.rank == top]
    if top == 1 and len({c.kind for c in best}) > 1:
        first = next((c for c in best if c.kind == "hybrid"), best[0])
        return _Candidate(1, "hybrid", first.start, first.end)
    return min(best, key=lambda c: _PREFERENCE.index(c.kind))


def _remote_countries(sent: str, v: _Workplace) -> list[str]:
    """ISO alpha-2 codes of the countries a remote statement names."""
    codes = [v.country_codes[m.group()] for m in v.countries.finditer(sent)]
    for m in _CODE_NEXT_TO_REMOTE.finditer(sent):
        country = pycountry.countries.get(alpha_2=m.group(1) or m.group(2))
        codes += [country.alpha_2] if country else []
    return list(dict.fromkeys(codes))


def find_workplace(text: str, *, language: str | None = None) -> Workplace | None:
    """Whether the posting's job is onsite, hybrid or remote, with the sentence that says it.

    ``language`` is the posting's ISO 639-1 code; None (or a language without rules) reads the
    vocabularies of all languages.  None when the text does not say.
    """
    langs = _languages(language)
    v = _vocab(langs).workplace
    candidates = [
        c
        for start, end in _sentences(text, _cue_hits(text, langs)[0])
        for c in _workplace_in(text, start, end, v)
    ]
    best = _decide(candidates)
    if best is None:
        return None
    evidence = text[best.start : best.end]
    countries = _remote_countries(evidence, v) if best.kind == "remote" else []
    return Workplace(
        type=WorkplaceType(best.kind),
        countries=countries,
        text=evidence,
        start=best.start,
        end=best.end,
    )


# --- employment type --------------------------------------------------------------------------
def _kept(low: str, m: re.Match[str], v: _Employment) -> bool:
    """The type phrase is about this job (not a field name, other people, a requirement)."""
    after = low[m.end() : m.end() + _CONTEXT * 2]
    if _FIELD_NAME_END.match(after) or v.not_after.match(after):
        return False
    return not v.not_before.holds(low[max(0, m.start() - _CONTEXT) : m.start()])


def _hours_kind(m: re.Match[str], v: _Employment) -> str | None:
    """full_time / part_time for a weekly-hours statement (None for a range across both)."""
    lo = int(m.group("lo"))
    hi = int(m.groupdict().get("hi") or lo)
    if hi > v.schedule_max:
        return None
    if lo >= v.full_min:
        return "full_time"
    return "part_time" if hi <= v.part_max else None


def _field_kinds(text: str, start: int, low: str, v: _Employment) -> list[tuple[str, int, int]]:
    """Types named as the value of an employment field ('Job type: Contract', 'Contrato\\nPJ')."""
    key, colon, _value = low.rpartition(":")
    if not colon:
        line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
        key = text[line_start:start].lower() if text[start - 1 : start] == "\n" else ""
    if not key.strip() or not v.field_keys.holds(key):
        return []
    return [(v.labels[p], start, start + len(low)) for p in _field_parts(low) if p in v.labels]


def _employment_in(text: str, start: int, end: int, v: _Employment) -> list[tuple[str, int, int]]:
    """(type, phrase start, phrase end) for each type one sentence states."""
    sent = text[start:end]
    low = _lower(sent)
    in_low, in_sent = v.index.find(low), v.cased.find(sent)
    found = [
        (kind, start + m.start(), start + m.end())
        for table in (in_low, in_sent)
        for kind, matches in table.items()
        for m in matches
        if kind != "hours" and _kept(low, m, v)
    ]
    for m in in_low.get("hours", ()):
        kind = _hours_kind(m, v)
        found += [(kind, start + m.start(), start + m.end())] if kind else []
    for m in _JSONLD_TYPE.finditer(sent) if "employmentType" in sent else ():
        found += [
            (v.jsonld[x.upper()], start + m.start(), start + m.end())
            for x in _JSONLD_VALUE.findall(m.group(1))
            if x.upper() in v.jsonld
        ]
    found += _field_kinds(text, start, low, v)
    return _without_overlaps(found)


def _without_overlaps(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Without 'contract' phrases overlapping a longer phrase of another type ('fixed-term
    contract role', '12-month contract'): such a contract is an employee's fixed term."""
    return [
        (kind, s, e)
        for kind, s, e in found
        if kind != "contract"
        or not any(k != kind and s < ke and ks < e and ke - ks > e - s for k, ks, ke in found)
    ]


def find_employment_types(text: str, *, language: str | None = None) -> list[EmploymentType]:
    """The kinds of employment the posting states for its job, each with its sentence.

    In order of first statement; empty when unstated.  ``language`` as for
    :func:`find_workplace`.
    """
    langs = _languages(language)
    v = _vocab(langs).employment
    first: dict[str, tuple[int, int, int]] = {}
    for start, end in _sentences(text, _cue_hits(text, langs)[1]):
        for kind, anchor, _ in _employment_in(text, start, end, v):
            first.setdefault(kind, (_evidence_start(text, start, anchor), end, anchor))
    return [
        EmploymentType(type=EmploymentKind(kind), text=text[s:e], start=s, end=e)
        for kind, (s, e, _) in sorted(first.items(), key=lambda item: item[1][2])
    ]


# --- visa sponsorship -------------------------------------------------------------------------
def _visa_in(text: str, start: int, end: int, v: _Visa) -> tuple[bool, int] | None:
    """(sponsors, phrase start) when the sentence decides, else None (questions never do)."""
    if text[end : end + 1] == "?":
        return None
    found = v.index.find(_lower(text[start:end]))
    if "no" in found:
        return None if "partial" in found else (False, start + found["no"][0].start())
    if "citizens_only" in found and not ({"eeo", "citizen_alternatives"} & found.keys()):
        return False, start + found["citizens_only"][0].start()
    return (True, start + found["yes"][0].start()) if "yes" in found else None


def find_visa_sponsorship(text: str, *, language: str | None = None) -> VisaSponsorship | None:
    """Whether the employer sponsors a work visa for the job, with the sentence that says it.

    A statement ruling sponsorship out (including a citizens-only job) beats one offering it.
    None when the text does not say ("must be authorized to work" alone does not).
    ``language`` as for :func:`find_workplace`.
    """
    langs = _languages(language)
    v = _vocab(langs).visa
    decided: dict[bool, tuple[int, int]] = {}
    for start, end in _sentences(text, _cue_hits(text, langs)[2]):
        verdict = _visa_in(text, start, end, v)
        if verdict is not None:
            decided.setdefault(verdict[0], (_evidence_start(text, start, verdict[1]), end))
    for sponsors in (False, True):
        if sponsors in decided:
            s, e = decided[sponsors]
            return VisaSponsorship(sponsors=sponsors, text=text[s:e], start=s, end=e)
    return None


_Fact = TypeVar("_Fact", Workplace, EmploymentType, VisaSponsorship)


def _shifted(fact: _Fact, offset: int) -> _Fact:
    """``fact`` with its evidence offsets moved by ``offset``."""
    if not offset:
        return fact
    return fact.model_copy(update={"start": fact.start + offset, "end": fact.end + offset})


def find_facts(
    text: str, start: int, end: int, *, language: str | None = None
) -> tuple[Workplace | None, list[EmploymentType], VisaSponsorship | None]:
    """The workplace, employment types and visa sponsorship ``text[start:end]`` states, with
    offsets into ``text``."""
    part = text[start:end]
    workplace = find_workplace(part, language=language)
    employment = find_employment_types(part, language=language)
    visa = find_visa_sponsorship(part, language=language)
    return (
        None if workplace is None else _shifted(workplace, start),
        [_shifted(e, start) for e in employment],
        None if visa is None else _shifted(visa, start),
    )
