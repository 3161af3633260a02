"""Cutting a section body into list items, for the responsibilities and requirements stages.

The body's lines are read by their form first:

* a bullet mark (``- * + • · ▪ ● ○ ◦ ■ – —``, ``-Build`` glued to a capital, numbered ``1.``
  ``1)`` ``(1)`` ``a)``, ``o`` where two lines or more use it, or an HTML list item) starts an
  item;
* a line that is neither a bullet nor a heading continues the item before it when it is indented
  under that item's text, or when the line before has no end punctuation and this one goes on in
  lower case (hard-wrapped text);
* markup is never an item: separator lines (``---``), template tags (``{{< … >}}``), a bullet
  mark or emphasis with no text, a ``Label: value`` line of contact details.

Then, in order of preference:

1. bullets: each bulleted line (or list item) is an item; text before the first bullet is the
   intro when it ends with a colon (else it is an item that lost its bullet); a bold or
   colon-ended line that heads a group of bullets, or a short bullet over a group of deeper
   ones, is a label, not an item; sentences after the last bullet are not items;
2. without bullets, a lead-in that ends with a colon (``In this role, you will:``) is the intro
   and the items are what follows it;
3. each sentence is an item, run-on sentences are cut where a new item starts, and a sentence
   cut off by the section's end (``40 hours / week, 8:00am-5:00pm,``) is not an item.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

import regex

from ..models import Section
from ..normalize.blocks import Normalized
from ..rules.limits import MAX_BOLD_LABEL, MAX_HEADING_LINE
from .language import find_language
from .split import (
    BULLET_LINE,
    ITEM_STARTERS,
    Focus,
    Language,
    Range,
    inline_bullets,
    is_label,
    run_on_cuts,
    sentence_items,
    sentences,
    trim,
    without_trailing_label,
)

# the last words of a lead-in: ``you will:``, ``include:``, ``the following:``, ``focused on:``
_LEAD_IN = regex.compile(
    r"(?:\b(?:you(?:'ll|’ll| will| would| can| may)?|will|include|includes|including|following|"
    r"on|like|are|is|be|to|by|with|in|for|of|areas|responsibilities|duties|tasks|involve|"
    r"involves|opportunity|expect|expected|shall|should|must)|\bwill\s+\p{L}+)[ ]?:",
    regex.IGNORECASE | regex.REVERSE,  # matched backwards from a colon (_lead_in_end)
)
# a label that opens a section's list (``Required:Bachelor's degree …``), at its very start
_LEAD_LABEL = re.compile(
    r"[ ]*(?:(?:basic|minimum|required|preferred|desired)[ ])?"
    r"(?:qualifications|requirements|required|preferred|desired)[ ]?:",
    re.IGNORECASE,
)
_MARKDOWN_BOLD = re.compile(rf"(?:\*\*|__)[^*_\n]{{1,{MAX_BOLD_LABEL}}}(?:\*\*|__):?")
# a line that is markup only: a separator, a template tag, an HTML comment
_MARKUP = regex.compile(
    r"[-*_=~#•·\s]{3,}|\{[{%][^\n]{0,400}[}%]\}|<!--[^\n]{0,400}-->|[^\p{L}\p{N}]{1,20}|o"
)
# a line of contact details: a short label, a colon, a phone number, an e-mail or web address
_CONTACT = regex.compile(
    r"[\p{L}][\p{L} .\-/]{0,30}:[ \t]*"
    r"(?:[+(]?\d[\d \-/().]{5,30}|[^\s@]{1,64}@[^\s@]{1,255}|(?:https?://|www\.)\S{1,500})"
)
_O_BULLET = re.compile(r"o[ \t]+(?=\S)")
_END_PUNCTUATION = frozenset(".!?:;")
_INLINE_MARKS = frozenset("*•·▪◦‣●○■-–")
_OPENING_MARKUP = "_*[(\"'“‘«¿¡"
NO_RANGE: Range = (0, 0)


class _Unit(NamedTuple):
    start: int
    end: int
    bullet: bool  # a list item or a bulleted line
    mark_end: int  # where the text after the bullet mark starts
    bold: bool
    indent: int = 0  # columns of white space before it on its line
    gap: bool = False  # a blank line stands between it and the line before
    list_item: bool = False  # an item of an HTML list


class Cut(NamedTuple):
    """A section body cut into ranges: its items, its intro, and the other sentences of a
    bulleted section (before, between or after its bullets: statements, but not items)."""

    items: list[Range]
    intro: Range
    others: list[Range]

    @property
    def statements(self) -> list[Range]:
        """The items and the other sentences, in the order of the text."""
        return sorted([*self.items, *self.others]) if self.others else self.items


def _indent_and_gap(text: str, start: int, lo: int) -> tuple[int, bool]:
    """The white space before ``start`` on its line, and whether a blank line stands between
    ``lo`` (the end of the line before) and it."""
    line_start = text.rfind("\n", lo, start) + 1 or start
    indent = start - line_start if text[line_start:start].isspace() else 0
    return indent, text.count("\n", lo, start) >= 2


def _is_bold(norm: Normalized, kind: str, bold: bool, s: int, e: int) -> bool:
    text = norm.text
    return (
        bold
        or kind == "heading"
        or (text[s] in "*_" and _MARKDOWN_BOLD.fullmatch(text, s, e) is not None)
    )


def _units(norm: Normalized, section: Section) -> list[_Unit]:
    """The section body cut at the blocks of the normalize stage, with bullet marks found and
    markup left out."""
    body, text = section.body, norm.text
    units = []
    first = max(0, bisect.bisect_right(norm.block_starts, body.start) - 1)
    last = bisect.bisect_left(norm.block_starts, body.end, first)  # no copy of the page's tail
    previous_end = body.start
    for block in norm.blocks[first:last]:
        if block.end <= body.start:
            continue
        s, e = trim(text, max(block.start, body.start), min(block.end, body.end))
        if e <= s:
            continue
        indent, gap = _indent_and_gap(text, s, previous_end)
        previous_end = e
        if _is_markup(text, s, e):
            continue
        m = BULLET_LINE.match(text, s, e)
        mark_end = m.end() if m else s
        bullet = block.kind == "list_item" or m is not None
        bold = _is_bold(norm, block.kind, block.bold, mark_end, e)
        item = block.kind == "list_item"
        units.append(_Unit(s, e, bullet, mark_end, bold, indent, gap, item))
    return _with_o_bullets(text, units)


def _is_markup(text: str, s: int, e: int) -> bool:
    """A line of markup (``---``, ``{{< … >}}``, a lone mark) or of contact details."""
    if (not text[s].isalnum() or e - s == 1) and _MARKUP.fullmatch(text, s, e):
        return True
    return text.find(":", s, min(e, s + 34)) != -1 and _CONTACT.fullmatch(text, s, e) is not None


def _with_o_bullets(text: str, units: list[_Unit]) -> list[_Unit]:
    """``o`` is a bullet mark where two lines or more start with it (``o Install software``)."""
    marks = [
        _O_BULLET.match(text, u.start, u.end) if text[u.start] == "o" and not u.bullet else None
        for u in units
    ]
    if sum(m is not None for m in marks) < 2:
        return units
    return [
        u._replace(bullet=True, mark_end=m.end()) if m else u
        for u, m in zip(units, marks, strict=True)
    ]


def _first_letter_is_lower(text: str, start: int, end: int) -> bool:
    """Whether the line goes on in lower case (markup before its first letter aside)."""
    at = start
    while at < min(end, start + 3) and text[at] in _OPENING_MARKUP:
        at += 1
    return at < end and text[at].islower()


def _continues(text: str, item: _Unit, line: _Unit) -> bool:
    """Whether ``line`` (no bullet, no heading) goes on with ``item``, hard-wrapped: indented
    under a bullet's text, or in lower case after a line without end punctuation."""
    if item.bold:
        return False
    if item.bullet and line.indent > item.indent:
        return True  # a hanging indent, also over a blank line (a loose markdown list)
    if line.gap or text[item.end - 1] in _END_PUNCTUATION:
        return False
    return _first_letter_is_lower(text, line.start, line.end)


def _joined(text: str, units: list[_Unit]) -> list[_Unit]:
    """The units with hard-wrapped lines joined to the item or sentence they continue."""
    joined: list[_Unit] = []
    for u in units:
        if joined and not u.bullet and not u.bold and _continues(text, joined[-1], u):
            joined[-1] = joined[-1]._replace(end=u.end)
        else:
            joined.append(u)
    return joined


def _is_group_label(text: str, u: _Unit, nxt: _Unit | None) -> bool:
    """A line that only names the group of bullets under it (``Technical Ownership``, then its
    bullets): bold or colon-ended over bullets, or a short bullet over deeper bullets."""
    if nxt is None or not nxt.bullet:
        return False
    label_text = text[u.mark_end : u.end]
    if u.bullet and not (u.bold and nxt.list_item and not u.list_item):
        # a bold bullet of its own is an item (``- **Navigate difficult …**``); a bold
        # numbered paragraph over list items is a label (``<p><strong>1. Aufbau …``)
        deeper = u.bold or label_text.endswith(":") or nxt.indent > u.indent
        return deeper and is_label(label_text)
    return u.bold or (label_text.endswith(":") and is_label(label_text))


def _is_bold_label(text: str, u: _Unit) -> bool:
    """A bold line that is a sub-heading, or a bold bullet that ends with a colon
    (``- **Graduate and undergraduate students**:``); a bold bullet of its own is an item."""
    if not u.bold:
        return False
    return text[u.end - 1] == ":" if u.bullet else _is_heading_line(text, u)


def _is_heading_line(text: str, u: _Unit) -> bool:
    """A bold line (or bullet) without end punctuation, or a short title-case one: a
    sub-heading (``- **Graduate and undergraduate students**:``)."""
    label_text = text[u.mark_end : u.end]
    return (u.bold and text[u.end - 1] not in ".!?") or is_label(label_text)


def _label_bullets(text: str, units: list[_Unit]) -> set[int]:
    """Short title-case bullets that label groups of a flat list (``- Operational &
    Performance Support``, then its bullets): two or more of them, each followed by a bullet
    that is no label.  One alone is an item (``- Bachelor's Degree``), as are runs of them
    (``- SQL``, ``- React``)."""
    found = {
        i
        for i, (u, nxt) in enumerate(itertools.pairwise(units))
        if u.bullet
        and nxt.bullet
        and is_label(text[u.mark_end : u.end])
        and not is_label(text[nxt.mark_end : nxt.end])
        and (
            i == 0
            or not (
                units[i - 1].bullet and is_label(text[units[i - 1].mark_end : units[i - 1].end])
            )
        )
    }
    return found if len(found) >= 2 else set()


def _leads_in(text: str, u: _Unit, nxt: _Unit | None) -> bool:
    """A bullet that ends with a colon over more bullets introduces them
    (``- Développement de chaînes de traitement pour :``): not an item of its own."""
    return nxt is not None and nxt.bullet and text[u.end - 1] == ":"


def _from_bulleted_units(
    norm: Normalized, units: list[_Unit], focus: Focus, language: Language
) -> Cut:
    """Items and intro range of a section whose lines or list items carry bullets: each bullet
    is an item; the other lines are labels, the intro, or sentences that are not items."""
    text = norm.text
    first = next(i for i, u in enumerate(units) if u.bullet)
    items: list[Range] = []
    others: list[Range] = []
    intro: Range = NO_RANGE
    lead = units[:first]
    if lead and text[lead[-1].end - 1] == ":" and not lead[-1].bold:
        intro = (lead[-1].start, lead[-1].end)  # the lead-in
        lead = lead[:-1]
    # before the bullets: paragraphs, neither items nor intro; but one sentence between a group
    # label and the bullets is the group's first item, its bullet lost (``**SQL Development**``,
    # ``Write, debug … datasets.``, ``- Build …``)
    if len(lead) > 1 and lead[-2].bold and len(sentences(text, lead[-1].start, lead[-1].end)) == 1:
        items.append((lead[-1].start, lead[-1].end))
        lead = lead[:-1]
    others.extend((u.start, u.end) for u in lead if not u.bold)
    labels = _label_bullets(text, units)
    for i, u in enumerate(units[first:], start=first):
        nxt = units[i + 1] if i + 1 < len(units) else None
        if i in labels or _is_group_label(text, u, nxt) or _is_bold_label(text, u):
            continue
        if u.bullet and _leads_in(text, u, nxt):
            others.append((u.mark_end, u.end))
        elif u.bullet:
            items.append((u.mark_end, u.end))
        elif not _is_heading_line(text, u):
            others.extend(sentence_items(text, u.start, u.end, focus, language))
    return Cut(items, intro, others)


def _lead_in_end(text: str, start: int, end: int) -> int | None:
    """The end of a lead-in colon (``… you will:``) in ``start:end``, or None.

    Text before a lead-in is prose: where it already holds run-on items
    (``… journals Experience in any of the following areas:``), the colon is inside an item.
    """
    label = _LEAD_LABEL.match(text, start, end)
    if label is not None:
        return label.end()
    # the first lead-in ends at the first colon one ends at (none holds a colon of its own)
    colon = text.find(":", start, end)
    while colon != -1 and _LEAD_IN.match(text, start, colon + 1) is None:
        colon = text.find(":", colon + 1, end)
    if colon == -1 or run_on_cuts(text, start, colon + 1):
        return None
    return colon + 1


def _unbulleted_cut(text: str, ranges: list[Range], intro: Range) -> Cut:
    """The cut of text without bullet lines: a label (``Technical Ownership``) is not an item,
    nor is a sentence cut off by the section's end (it ends with a comma)."""
    labels = [b - a <= MAX_HEADING_LINE and is_label(text[a:b]) for a, b in ranges]
    items = [r for r, label in zip(ranges, labels, strict=True) if not label]
    others = [r for r, label in zip(ranges, labels, strict=True) if label]
    if items and text[items[-1][1] - 1] == ",":
        others.append(items.pop())
    return Cut(items, intro, others)


def _from_plain_text(norm: Normalized, unit: _Unit, focus: Focus, language: Language) -> Cut:
    """Items and intro range of a flattened or unbulleted section body (one unit)."""
    text, start, end = norm.text, unit.start, unit.end
    marks = inline_bullets(text, start, end)
    if not marks and unit.bullet:  # one bulleted line: its mark is none of the inline ones
        start = unit.mark_end
    if marks:
        bounds = [*marks, end]
        ranges = [
            (a + 1 if text[a] in _INLINE_MARKS else a, without_trailing_label(text, a, b))
            for a, b in itertools.pairwise(bounds)
        ]
        s, e = trim(text, start, marks[0])
        if e > s and text[e - 1] != ":":  # no lead-in: the first item lost its bullet
            return _unbulleted_cut(text, [(s, e), *ranges], NO_RANGE)
        return _unbulleted_cut(text, ranges, (start, marks[0]))
    lead = _lead_in_end(text, start, end)
    if lead is not None and lead < end:
        items = sentence_items(text, lead, end, focus, language)
        return _unbulleted_cut(text, items, (start, lead))
    return _unbulleted_cut(text, sentence_items(text, start, end, focus, language), NO_RANGE)


def _is_lead_line(text: str, u: _Unit, nxt: _Unit | None) -> bool:
    """A line that ends with a colon and leads into the lines after it: a lead-in
    (``… you will:``), or one sentence that is no label, not bold and holds no run-on items
    (``Vos principales responsabilités :``)."""
    if nxt is None or text[u.end - 1] != ":" or u.bold:
        return False
    if _lead_in_end(text, u.start, u.end) is not None:
        return True
    return (
        not is_label(text[u.start : u.end])
        and len(sentences(text, u.start, u.end)) == 1
        and not run_on_cuts(text, u.start, u.end)
    )


def _starts_with_starter(text: str, u: _Unit) -> bool:
    space = text.find(" ", u.start, u.end)
    return text[u.start : space if space != -1 else u.end] in ITEM_STARTERS


def _plain_labels(text: str, units: list[_Unit]) -> set[int]:
    """The lines that label groups of a list that lost its bullets (``Industrialisation``,
    ``Montée en leadership``): where most lines open with an item starter, a line of three
    words or fewer without end punctuation that opens with none."""
    starters = [_starts_with_starter(text, u) for u in units]
    if 2 * sum(starters) < len(units):
        return set()
    return {
        i
        for i, u in enumerate(units)
        if not starters[i]
        and text[u.end - 1] not in _END_PUNCTUATION
        and sum(any(c.isalpha() for c in w) for w in text[u.start : u.end].split(None, 4)) <= 3
    }


def _from_lines(norm: Normalized, units: list[_Unit], focus: Focus, language: Language) -> Cut:
    """Items and intro range of a body of several unbulleted lines or paragraphs: a lead-in
    line is the intro, the lines after it are the items (a sentence each), the lines before
    it neither."""
    text = norm.text
    lead = next(
        (
            i
            for i, u in enumerate(units)
            if _is_lead_line(text, u, units[i + 1] if i + 1 < len(units) else None)
        ),
        None,
    )
    others: list[Range] = []
    intro = NO_RANGE
    if lead is not None:
        intro = (units[lead].start, units[lead].end)
        others.extend(
            r for u in units[:lead] for r in sentence_items(text, u.start, u.end, focus, language)
        )
        units = units[lead + 1 :]
    labels = _plain_labels(text, units)
    items = []
    for i, u in enumerate(units):
        if i in labels or u.bold or (text[u.end - 1] == ":" and is_label(text[u.start : u.end])):
            continue
        items.extend(sentence_items(text, u.start, u.end, focus, language))
    cut = _unbulleted_cut(text, items, intro)
    return cut._replace(others=others + cut.others) if others else cut


def _language_of(text: str, start: int, end: int) -> Language:
    """The language of ``text[start:end]``, read once, on first demand."""
    found: list[str | None] = []

    def language() -> str | None:
        if not found:
            found.append(find_language(text, start, end))
        return found[0]

    return language


def cut_items(norm: Normalized, section: Section, focus: Focus = None) -> Cut:
    """The item ranges of a section's body, the range of its intro (``NO_RANGE`` if none), and
    the other sentences of a bulleted section.

    Labels are not items: a bulleted line is one unless it heads a group of bullets, other
    text is one unless :func:`is_label` says it is a label.
    With ``focus`` (sorted offsets), only sentences holding one of them are cut further into
    run-on items: a caller that reads only those sentences saves the rest of the work.
    """
    language = _language_of(norm.text, section.body.start, section.body.end)
    units = _joined(norm.text, _units(norm, section))
    if len(units) == 1:  # flattened text: bullets, lead-in and items are inline
        return _from_plain_text(norm, units[0], focus, language)
    if any(u.bullet for u in units):
        return _from_bulleted_units(norm, units, focus, language)
    if units:
        return _from_lines(norm, units, focus, language)
    return Cut([], NO_RANGE, [])


def list_items(
    norm: Normalized, section: Section, focus: Focus = None
) -> tuple[list[Range], Range]:
    """The statements of :func:`cut_items` (its items and other sentences, in text order) and
    the range of its intro."""
    cut = cut_items(norm, section, focus)
    return cut.statements, cut.intro


class SectionItems:
    """:func:`cut_items` of each section of one posting, cut once for every later stage."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self._cut: dict[tuple[int, int], Cut] = {}

    def cut(self, section: Section) -> Cut:
        key = (section.body.start, section.body.end)
        if key not in self._cut:
            self._cut[key] = cut_items(self.norm, section)
        return self._cut[key]

    def __call__(self, section: Section) -> tuple[list[Range], Range]:
        cut = self.cut(section)
        return cut.statements, cut.intro

    def focused(self, section: Section, focus: Focus) -> tuple[list[Range], Range]:
        """:func:`list_items` with ``focus``, read from the section's whole cut where a stage
        has made it already: the sentences that hold a focus point are cut alike; the others,
        which a caller with a focus skips, are cut further."""
        cut = self._cut.get((section.body.start, section.body.end))
        if cut is None:
            return list_items(self.norm, section, focus)
        return cut.statements, cut.intro
