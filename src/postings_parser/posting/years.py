"""The grammar of a count of years (``5+ years``, ``3-5 yrs``, ``two (2) years``), written once.

The requirements stage reads counts of years with it; the split stage cuts a run-on item where
one starts.  The number words come from the language rules.
"""

from __future__ import annotations

from ..rules import en

# a number: one or two digits (``2.5`` too) or a number word
NUMBER = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(en.NUMBER_WORDS) + r")"
_DIGITS = r"\d{1,2}"
_PLUS = r"\+|[ ]plus"
# what joins the two ends of a range (``3-5``, ``3 to 5``)
_TO = "-|–|—|to"
# the units that end a count: of years, and of years or months
YEAR_UNIT = r"(?:years?|yrs?)"
UNIT = r"(?:years?|yrs?|months?)"


def count(number: str = NUMBER, *, named: bool = True, to: str = _TO) -> str:
    """The count itself, up to its unit: ``5+``, ``3-5``, ``two (2)``, ``ten plus``.  With
    ``named``, its parts are the groups ``a`` (the number), ``paren`` (a number in brackets after
    it), ``plus`` and ``b`` (a range's end).  ``to`` is what may join a range's two ends."""

    def group(name: str, pattern: str) -> str:
        return f"(?P<{name}>{pattern})" if named else f"(?:{pattern})"

    a, paren, b = group("a", number), group("paren", _DIGITS), group("b", number)
    plus = group("plus", _PLUS)
    return (
        rf"(?<!\d)(?<!\d[.,]){a}(?:[ ]?\({paren}\))?[ ]?{plus}?"
        rf"(?:[ ]?(?:{to})[ ]?{b}[ ]?\+?)?[ ]?"
    )
