"""The heading table the sections stage reads, and where its phrases may start inline.

The phrases are data (:mod:`..rules.en`, :mod:`..rules.employers`): regular expressions in a
small subset — literals, ``(?:a|b)`` groups, ``[- ]`` sets of single characters and ``?`` —
matched case-insensitively against a whole heading; ``'`` stands for either apostrophe.  A
phrase outside that subset (``[a-z ]{0,30}``, ``\\w+``) is matched on a line of its own only.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..rules import employers, en
from .patterns import trie_pattern


def _with_employers() -> dict[str, tuple[str, ...]]:
    """The generic phrases of each kind, then the employer-specific ones of the same kind."""
    table = dict(en.HEADINGS)
    for kind, phrases in employers.HEADINGS.items():
        table[kind] = (*table.get(kind, ()), *phrases)
    return table


# kind -> phrases, in the order they are tried
HEADING_TABLE: dict[str, tuple[str, ...]] = _with_employers()

# a node of a parsed phrase: a literal character, or a choice between sequences of nodes
# (``(?:a|b)``, ``[- ]``, and ``x?`` as the choice of ``x`` or nothing)
_Node = tuple[str, "str | list[list[_Node]]"]


# a part whose matches are not listed (``\\w+``, ``[a-z ]{0,30}``): a start that reaches it is
# not known
_UNLISTED: _Node = ("unlisted", "")


class _Unlisted(ValueError):
    """The phrase uses syntax outside the subset whose starts can be listed."""


def _parse(phrase: str, i: int = 0) -> tuple[list[list[_Node]], int]:
    """The alternatives of ``phrase`` from ``i`` to its end or to an unmatched ``)``."""
    alternatives: list[list[_Node]] = [[]]
    while i < len(phrase) and phrase[i] != ")":
        if phrase[i] == "|":
            alternatives.append([])
            i += 1
            continue
        node, i = _atom(phrase, i)
        if phrase.startswith("?", i):
            node, i = ("choice", [[node], []]), i + 1
        elif i < len(phrase) and phrase[i] in "*+{":  # a repeat: what it matches is not listed
            node, i = _UNLISTED, (phrase.find("}", i) + 1 if phrase[i] == "{" else i + 1)
        alternatives[-1].append(node)
    return alternatives, i


def _atom(phrase: str, i: int) -> tuple[_Node, int]:
    """One literal, group or set of ``phrase`` at ``i``, and where it ends."""
    ch = phrase[i]
    if ch == "(":
        if not phrase.startswith("(?:", i):
            raise _Unlisted(phrase)
        inner, end = _parse(phrase, i + 3)
        if not phrase.startswith(")", end):
            raise _Unlisted(phrase)
        return ("choice", inner), end + 1
    if ch == "[":
        end = phrase.find("]", i + 1)
        members = phrase[i + 1 : end]
        if end < 0:
            raise _Unlisted(phrase)
        if "\\" in members or members.startswith("^") or "-" in members[1:-1]:
            return _UNLISTED, end + 1
        return ("choice", [[("literal", m)] for m in members]), end + 1
    if ch == "\\":
        escaped = phrase[i + 1 : i + 2]
        return (_UNLISTED if escaped.isalnum() else ("literal", escaped)), i + 2
    if ch in ".^$":
        return _UNLISTED, i + 1
    return ("literal", ch), i + 1


def _prefixes(nodes: list[_Node], prefix: str, out: set[str | None], spaces: int = 0) -> None:
    """Every start of up to two words (``key job ``, ``responsibilities``) ``nodes`` can match
    after ``prefix``, added to ``out``; None where a start reaches a part that is not listed."""
    if not nodes:
        out.add(prefix)
        return
    (op, value), rest = nodes[0], nodes[1:]
    if op == "unlisted":
        out.add(None)
        return
    if op == "literal":
        assert isinstance(value, str)
        if value == " " and spaces == 1:
            out.add(prefix + " ")  # two words are enough to tell a heading from prose
        else:
            _prefixes(rest, prefix + value, out, spaces + (value == " "))
        return
    assert isinstance(value, list)
    for alternative in value:
        _prefixes([*alternative, *rest], prefix, out, spaces)


def _first_variants(word: str) -> set[str]:
    """How the first word of a heading is written inline: capitalised or in capitals."""
    return {word[:1].upper() + word[1:], word.upper()}


def phrase_starts(phrase: str) -> frozenset[str] | None:
    """The lower-case starts (first two words) a phrase of the table can begin with, or None
    where they cannot be listed (``… annual pay range``)."""
    try:
        alternatives, end = _parse(phrase.replace("'", "['’]"))
    except _Unlisted:
        return None
    if end != len(phrase.replace("'", "['’]")):
        return None
    found: set[str | None] = set()
    for alternative in alternatives:
        _prefixes(alternative, "", found)
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
