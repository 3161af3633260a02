"""The table of section headings real postings use, and what each kind of heading means.

One table, read by the sections stage: a heading is recognised by the phrases below, on a line
of its own (``## **What You'll Do**``, ``<p><strong>Responsibilities:</strong></p>``) or glued
into flattened text (``… business judgement. Key job responsibilities Develop …``,
``…effectiveness.ResponsibilitiesDevelop …``).  Phrases are regular expressions matched
case-insensitively against the whole heading; ``'`` stands for either apostrophe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..rules import employers, en

try:  # the standard library's own parser of patterns (CPython 3.11+), to read the table
    import re._constants as _sre  # type: ignore[import-not-found]
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - another Python: every capital is a candidate
    _sre = _sre_parse = None


def _with_employers() -> dict[str, tuple[str, ...]]:
    """The generic phrases of each kind, then the employer-specific ones of the same kind."""
    table = dict(en.HEADINGS)
    for kind, phrases in employers.HEADINGS.items():
        table[kind] = (*table.get(kind, ()), *phrases)
    return table


# kind -> phrases, in the order they are tried
HEADING_TABLE: dict[str, tuple[str, ...]] = _with_employers()


def _prefixes(items: list[Any], prefix: str, out: set[str | None], spaces: int = 0) -> None:
    """Every two-word prefix a parsed phrase can start with (``key job ``, ``responsibilities``);
    None where it cannot be listed."""
    if not items:
        out.add(prefix)
        return
    op, av = items[0]
    rest = items[1:]
    if op is _sre.LITERAL:
        ch = chr(av)
        if ch == " " and spaces == 1:
            out.add(prefix + " ")  # two words are enough to tell a heading from prose
        else:
            _prefixes(rest, prefix + ch, out, spaces + (ch == " "))
    elif op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        for _, code in av:
            _prefixes([(_sre.LITERAL, code), *rest], prefix, out, spaces)
    elif op is _sre.SUBPATTERN:
        _prefixes([*av[-1], *rest], prefix, out, spaces)
    elif op is _sre.BRANCH:
        for alternative in av[1]:
            _prefixes([*alternative, *rest], prefix, out, spaces)
    elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] == 1:
        if av[0] == 0:
            _prefixes(rest, prefix, out, spaces)
        _prefixes([*av[2], *rest], prefix, out, spaces)
    else:
        out.add(None)


def _first_variants(word: str) -> set[str]:
    """How the first word of a heading is written inline: capitalised or in capitals."""
    return {word[:1].upper() + word[1:], word.upper()}


def trie_pattern(words: list[str], ends: Mapping[str, str] | None = None) -> str:
    """One regular expression that matches any of ``words``, shaped as a trie, so that the engine
    rejects a position after a character or two instead of trying every word.  ``ends`` gives a
    pattern that must follow a word (none by default); it must not start with a character a
    word of the trie can continue with, so that the longest match is still the one found."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = (ends or {}).get(word, "")

    def emit(node: dict[str, Any]) -> str:
        # what may end a word last: an end that can match nothing must not cut a longer word
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        branches += [node[""]] if "" in node else []
        if branches == [""]:
            return ""
        optional = "" in branches
        branches = [b for b in branches if b]
        one = len(branches) == 1 and not optional
        body = branches[0] if one else "(?:" + "|".join(branches) + ")"
        return body + "?" if optional else body

    return emit(trie)


def phrase_starts(phrase: str) -> frozenset[str] | None:
    """The lower-case starts (first two words) a phrase of the table can begin with, or None
    where they cannot be listed (``… annual pay range``)."""
    if _sre_parse is None:  # pragma: no cover
        return None
    found: set[str | None] = set()
    _prefixes(list(_sre_parse.parse(phrase.replace("'", "['’]"))), "", found)
    if None in found:
        return None
    return frozenset(p.lower() for p in found if p)


def inline_start_pattern(starts: Iterable[str]) -> str:
    """A pattern for the places where a heading of the table may start inside flattened text,
    from the :func:`phrase_starts` of its phrases.

    The first word capitalised or in capitals, then the second word in any case (``Key job``,
    ``KEY JOB``, ``Your Day-to-Day``); a phrase whose start cannot be listed (``… annual pay
    range``) is matched on a line of its own only.
    """
    if _sre_parse is None:  # pragma: no cover
        return r"[^\W\d_]"
    # the first word in its two cases, then the words that may follow it in any case
    rests: dict[str, set[str]] = {}
    for start in starts:
        first, space, rest = start.partition(" ")
        for variant in _first_variants(first):
            rests.setdefault(variant, set()).add(space + rest)
    ends = {first: _case_blind(trie_pattern(sorted(r))) for first, r in rests.items()}
    return trie_pattern(sorted(rests), ends)


def _case_blind(pattern: str) -> str:
    """``pattern`` matched without regard to case."""
    return f"(?i:{pattern})" if pattern else ""
