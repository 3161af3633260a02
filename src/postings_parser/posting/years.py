"""The grammar of a count of years (``5+ years``, ``3-5 yrs``, ``two (2) years``, ``mind. 5 Jahre``,
``5 à 10 ans``, ``más de 3 años``), written once from the ``REQ_*`` tables of every language.

The requirements stage reads counts of years with it; the split stage cuts a run-on item where
one starts (:data:`YEAR_UNIT`, :func:`count` with digits).  Every language's words are read in
every posting: a posting may mix languages (Spanish lines in a Brazilian posting).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..rules import LANGUAGES


def union(name: str, *, lower: bool = True) -> tuple[str, ...]:
    """The entries of the table ``name`` of every language (lower case unless not ``lower``),
    each once, in order."""
    words: dict[str, None] = {}
    for module in LANGUAGES.values():
        words.update(((word.lower() if lower else word), None) for word in getattr(module, name))
    return tuple(words)


def number_words() -> dict[str, int]:
    """Every language's number words with their values (``fünf`` 5, ``once`` 11)."""
    values: dict[str, int] = {}
    for module in LANGUAGES.values():
        values.update(module.NUMBER_WORDS)
    return values


# a trie: each piece of pattern leads to the words that continue with it; ``""`` ends a word
_Trie = dict[str, "_Trie"]
# `` … `` in a phrase: up to two words
GAP = " … "
_PIECES = {" ": "[ ]+", GAP: r"[ ]+(?:[\w-]+[ ]+){0,2}"}
_SPLIT = re.compile(f"({GAP}| )")


def alternation(words: Iterable[str], *, whole: bool = False) -> str:
    """A pattern matching any of ``words``, the longest where several match; a space stands for
    any spaces, `` … `` for up to two words.  With ``whole``, a word that starts (ends) with a
    letter or digit matches only where a word starts (ends).  The words share their beginnings
    (``jahr(?:e(?:n)?|…)``): a pattern tries one branch per character, not one per word, and a
    search skips the places where no first character stands."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for piece in (p for part in _SPLIT.split(word) for p in _pieces(part)):
            node = node.setdefault(piece, {})
        node[""] = {}
    return "(?:" + _branches(trie, whole=whole, first=True) + ")"


def _pieces(part: str) -> list[str]:
    """The pieces of a word, each a character or a space or a gap."""
    return [part] if part in _PIECES else list(part)


def _branches(node: _Trie, *, whole: bool, first: bool = False, last: str = "") -> str:
    """The pattern of a trie node: its branches, then its end (``last``: the piece before)."""
    branches = []
    for piece, child in sorted(node.items()):
        if not piece:
            continue
        pattern = _PIECES.get(piece) or re.escape(piece)
        if whole and first and piece.isalnum():
            pattern += r"(?<!\w.)"  # after the first character: a search skips on it
        branches.append(pattern + _branches(child, whole=whole, last=piece))
    end = r"(?!\w)" if whole and last.isalnum() else ""
    if not branches:
        return end
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body}|{end})" if "" in node and end else (f"(?:{body})?" if "" in node else body)


NUMBER_WORDS = number_words()
YEAR_WORDS = union("REQ_YEAR_WORDS")
MONTH_WORDS = union("REQ_MONTH_WORDS")
# a number: one or two digits (``2.5``, ``1,5`` too) or a number word of any language
NUMBER = r"(?:\d{1,2}(?:[.,]\d)?|\b" + alternation(NUMBER_WORDS) + r")"
_DIGITS = r"\d{1,2}"
# ``+``, or a phrase between the number and its unit: ``5 or more years``, ``ten plus years``
_PLUS_WORDS = [p for p in union("REQ_PLUS_PHRASES") if p != "+"]
_PLUS = r"[ ]?\+|[ ]" + alternation(_PLUS_WORDS) + r"(?!\w)"
# what joins the two ends of a range: ``3-5``, ``3 to 5``, ``5 à 10``, ``2 o 3``
_TO = alternation(union("REQ_RANGE_WORDS"))
# the units that end a count, every language; a one-letter unit only glued to digits (``3y+``)
_LONG_UNITS = [u for u in YEAR_WORDS + MONTH_WORDS if len(u) > 1]
_GLUED_UNITS = [u for u in YEAR_WORDS + MONTH_WORDS if len(u) == 1]
UNITS = rf"(?:{alternation(_LONG_UNITS)}|(?<=\d){alternation(_GLUED_UNITS)})"
# the English units, for the split stage: of years, and of years or months
YEAR_UNIT = r"(?:years?|yrs?)"
UNIT = r"(?:years?|yrs?|months?)"


def count(
    number: str = NUMBER,
    *,
    named: bool = True,
    to: str = _TO,
    hyphen: bool = False,
    plus: str = _PLUS,
) -> str:
    """The count itself, up to its unit: ``5+``, ``3-5``, ``two (2)``, ``ten plus``, ``four or
    more``, ``zwei`` of ``zweijährige``; with ``hyphen``, ``3-`` of ``3-years``.  With ``named``,
    its parts are the groups ``a`` (the number), ``paren`` (a number in brackets after it),
    ``plus`` and ``b`` (a range's end).  ``to`` is what may join a range's two ends, ``plus``
    what may follow the number (``+``, `` or more``)."""

    def group(name: str, pattern: str) -> str:
        return f"(?P<{name}>{pattern})" if named else f"(?:{pattern})"

    a, paren, b = group("a", number), group("paren", _DIGITS), group("b", number)
    return (
        rf"(?<!\d)(?<!\d[.,]){a}(?:[ ]?\({paren}\))?{group('plus', plus)}?"
        rf"(?:[ ]?(?:{to})[ ]?{b}(?:{plus})?)?" + ("(?:[ ]?|-)" if hyphen else "[ ]?")
    )
