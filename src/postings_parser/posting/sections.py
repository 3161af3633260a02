"""Stage 3b: split a posting's body into named sections.

A line is a heading by its **form** first — a markdown ``#`` heading, an HTML heading, a whole
line in bold, a line in capitals, a short line ending with a colon or a question mark, an emoji
and a few words — whether or not its words are known; a line of the heading table
(:mod:`.headings`, every language) is a heading on its own line whatever its form.  The
**vocabulary** then says its kind (:func:`.headings.classify`); a heading by form that the
vocabulary does not know is a section of kind ``other``, so that it ends the list before it.

Headings are also found glued into flattened text, where a phrase of the table must be marked
off on the left (start of a block, sentence punctuation, or — for headings of two words or
more — a space) and on the right (a colon, the block's end, a space before a capital, bullet
or digit, or a glued capital).

Each heading has a level: markdown ``#`` counts, HTML headings, then bold lines, then the other
forms.  Inside a list section (:func:`_nested`) a heading of the table of another kind ends the
section; a heading of no known kind stays in it as a group label where it stands directly over
bullets, directly under the section's heading, or looks like the section's first label, and as
a sub-heading where it is deeper (a ``###`` under a ``##``, a bold line under an ``<h2>``) and
bullets follow it or none came yet; a heading of the section's own kind stays as a lead-in, a
translation or a sub-heading.  A heading whose kind depends on its place (``Was dich
erwartet``: duties before the profile, benefits after it) takes the kind of its place.

Where no heading names the duties, a lead-in of any language (``For this role, you will:``,
``vous serez amené à :``) heads them: the line (with the hard-wrapped lines before it) without
its colon, or the clause glued into flattened text before a colon that an item follows.
Front matter (``---`` … ``---``), HTML comments left in a text, and lines that go on in lower
case hold no heading.

Text before the first heading is the ``description`` section.  A heading repeated with nothing
between (``A day in the life A day in the life``) is one heading.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from ..models import Section, Span, TextSpan, unvalidated
from ..normalize.blocks import Block, Normalized
from ..rules.kinds import LIST_KINDS, PREFERRED_KINDS, REQUIRED_KINDS
from ..rules.limits import (
    INLINE_MIN_WORDS,
    LEAD_IN_REACH,
    MAX_FORM_HEADING_WORDS,
    MAX_HEADING_LINE,
    MAX_LEAD_IN_CHECKS,
)
from .headings import (
    HEADING_KINDS,
    INLINE_CANDIDATE,
    LEAD_IN,
    MAX_PHRASE_WORDS,
    Classified,
    classify,
    heading_key,
    inline_kind,
    names_duties,
    phrases_from,
    placed_kind,
)
from .split import BULLET_LINE, spaces_start, trim

# the pipeline builds its models from values its stages have checked (models.unvalidated)
_Section = unvalidated(Section)
_Span = unvalidated(Span)
_TextSpan = unvalidated(TextSpan)

# decoration around a heading on its own line: markdown marks, emoji, dashes, a trailing colon
_DECOR_LEFT = regex.compile(r"^(?::[a-z_]{1,30}:|[\s#*_>\\\-–—=|:\p{So}\p{Sk}\p{Cf}])+")
# searched from the end (``REVERSE``): the run before the end, not a scan of the whole line
_DECOR_RIGHT = regex.compile(
    r"(?:[\s*_\\\-–—=:|\p{So}\p{Sk}\p{Cf}]|(?<!\.)\.(?!\.))+$", regex.REVERSE
)
_MARKDOWN_HEADING = re.compile(r"(#{1,6})[ \t]")
_MARKDOWN_BOLD = re.compile(r"(?:\*\*|__)[^\n]+(?:\*\*|__)[ ]?:?")
_EMOJI_FIRST = regex.compile(r"(?:\p{So}|:[a-z_]{1,30}:)")
_SETEXT_RULE = re.compile(r"={3,}[ \t]*")
# what may stand before an inline heading (or a lower-case letter it is glued to)
_LEFT_BOUNDARY = frozenset('\n .!?:;)]”"')
_RIGHT_OK = regex.compile(
    r"$|[ ]*[:;?]|[ ]+[\p{Lu}\d*•·▪\-–(“\"']|(?<=\p{Ll})[\p{Lu}\d]"
    r"|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}|\d)"  # ``THE OPPORTUNITYNetflix``, ``EXPERIENCE10+ years``
)
# the end of the sentence before a glued lead-in, searched from the colon back
_SENTENCE_BEFORE = regex.compile(r"[.!?][\"”’)]?(?:[ ]+|(?=\p{Lu}))", regex.REVERSE)
# what starts the first item after a glued lead-in's colon: a capital, a bullet, a quote
_FIRST_ITEM = regex.compile(r"[ \t\n]{0,4}[\p{Lu}*•·▪◦‣\-–—\"“(]")
# up to four more words and a colon after a phrase of the table found inline
_COLON_TAIL = regex.compile(r"(?:[ ][\p{L}'’/&-]+){1,4}:(?=[ ]|$)")
# sentence punctuation that ends a hard-wrapped line of a paragraph
_LINE_END_PUNCTUATION = frozenset(".!?:;")

# heading levels: markdown ``#`` counts 1-6; an HTML heading's level is not kept, it stands
# with ``##``; then a whole line in bold, then every other form
_HTML_LEVEL = 2.0
_BOLD_LEVEL = 7.0
_LINE_LEVEL = 8.0
_QUALIFICATION_KINDS = REQUIRED_KINDS | PREFERRED_KINDS
# sections in which a lead-in may head the duties
_LEAD_IN_KINDS = frozenset({"description", "role", "team", "company", "other"})


class _Heading(NamedTuple):
    start: int  # start of the heading span (decoration included)
    end: int  # end of the heading span (trailing colon included)
    text_start: int  # the heading text, verbatim, without decoration or colon
    text_end: int
    kind: str
    level: float = _LINE_LEVEL
    known: bool = True  # the whole heading is a phrase of the table
    line: bool = True  # a heading on a line of its own (not glued into text)
    key: str = ""
    html: bool = False  # an HTML or markdown heading
    markdown: bool = False  # a markdown heading: its level is known
    colon: bool = False  # a line ending with a colon


def _core(text: str) -> tuple[int, int]:
    """Where the heading text of a line starts and ends, decoration left out."""
    # decoration is never a letter or digit: most lines start and end with one
    left = None if text[:1].isalnum() else _DECOR_LEFT.match(text)
    lo = left.end() if left else 0
    right = None if text[-1:].isalnum() else _DECOR_RIGHT.search(text, lo)
    return lo, (right.start() if right else len(text))


def _is_bullet(norm: Normalized, block: Block) -> bool:
    return block.kind == "list_item" or BULLET_LINE.match(norm.text, block.start) is not None


def _starts_like_words(core: str) -> bool:
    """A heading starts with a letter not in lower case (a hard-wrapped line goes on in lower
    case), an opening mark or a number of a list (``1. Profil``), not with an amount
    (``$183,200—$274,800 USD``)."""
    first = core[:1]
    if first.isalpha():
        return not first.islower()
    number = first.isdigit() and core[1:3].strip("0123456789")[:1] in ".)"
    return number or first in "¿¡\"“'("


def _form_level(norm: Normalized, block: Block, text: str, core: str) -> float | None:
    """The level of a line that is a heading by its form, or None."""
    md = _MARKDOWN_HEADING.match(text)
    if md is not None:
        return float(len(md.group(1)))
    if block.kind == "heading":
        return _HTML_LEVEL
    if _is_bullet(norm, block) or not _starts_like_words(core):
        return None
    words = core.count(" ") + 1
    tail = text.rstrip(" *_")
    ends_sentence = tail.endswith((".", ",", ";")) and not tail.endswith("...")
    if ends_sentence or words > MAX_FORM_HEADING_WORDS:
        return None
    if block.bold or _MARKDOWN_BOLD.fullmatch(text):
        return _BOLD_LEVEL
    marked = (
        _EMOJI_FIRST.match(text) is not None
        or tail.endswith((":", "?"))
        or (core.isupper() and sum(w.isalpha() for w in core.split()) >= 2)
    )
    return _LINE_LEVEL if marked else None


def _setext_level(norm: Normalized, after: Block | None) -> float | None:
    """Level 1 where the next line (``after``) underlines this one with ``===``."""
    if after is not None and _SETEXT_RULE.fullmatch(norm.block_text(after)):
        return 1.0
    return None


def _lead_in_kind(text: str) -> Classified | None:
    """A heading line that is a lead-in of the duties (``… because you will...``)."""
    tail = text.rstrip(" *_")
    if tail.endswith((":", "…", "...")) and LEAD_IN.match(tail, max(0, len(tail) - LEAD_IN_REACH)):
        return Classified("responsibilities", False)
    return None


def _said_by_words(
    norm: Normalized, block: Block, after: Block | None, core: str
) -> tuple[str, Classified] | None:
    """The key and kind of a line without a heading's form that is a heading by its words: a
    phrase of the table (of two words or more on a bullet: ``- Bonus`` is an item), or a short
    line whose words classify it directly over a list (``Mobile Backend Developer
    Responsibilities``); else None.  A heading does not start in lower case (``description``
    on a line of hard-wrapped text)."""
    spaces = core.count(" ")
    if core[:1].islower() or spaces >= MAX_PHRASE_WORDS:
        return None
    key = heading_key(core)
    kind = HEADING_KINDS.get(key)
    bullet = _is_bullet(norm, block)
    if kind is not None:
        return (key, Classified(kind, True)) if not bullet or spaces else None
    over_list = after is not None and _is_bullet(norm, after)
    if bullet or spaces >= MAX_FORM_HEADING_WORDS // 2 or not over_list:
        return None
    found = classify(key)
    return (key, found) if found is not None else None


def _line_heading(norm: Normalized, block: Block, after: Block | None) -> _Heading | None:
    """A heading that is a whole block (line), or None; ``after`` is the next block."""
    if block.end - block.start > MAX_HEADING_LINE:
        return None
    text = norm.block_text(block)
    lo, hi = _core(text)
    if hi <= lo:
        return None
    core = text[lo:hi]
    level = _form_level(norm, block, text, core) or _setext_level(norm, after)
    found: Classified | None
    if level is None:
        said = _said_by_words(norm, block, after, core)
        if said is None:
            return None
        key, found = said
    else:
        key = heading_key(core)
        found = (classify(key) if key else None) or _lead_in_kind(text)
    kind, known = (found.kind, found.known) if found else ("other", False)
    return _Heading(
        block.start,
        block.end,
        block.start + lo,
        block.start + hi,
        kind,
        level or _LINE_LEVEL,
        known,
        True,
        key,
        block.kind == "heading" or text.startswith("#"),
        text.startswith("#"),
        text.rstrip(" *_").endswith(":"),
    )


def _inline_headings(norm: Normalized, block: Block) -> list[_Heading]:
    """Headings glued into the flattened text of ``block``."""
    found = []
    pos = block.start
    while (candidate := INLINE_CANDIDATE.search(norm.text, pos, block.end)) is not None:
        heading = _inline_heading_at(norm.text, block, candidate)
        if heading is None:
            pos = candidate.start() + 1  # the next candidate may start inside this one
            continue
        found.append(heading)
        pos = heading.end
    return found


def _inline_heading_at(text: str, block: Block, candidate: re.Match[str]) -> _Heading | None:
    """The heading of the table that starts at ``candidate``, if it is marked off as one."""
    at = candidate.start()
    before = text[at - 1] if at > 0 else "\n"
    if not text[at].isupper() or not (before in _LEFT_BOUNDARY or before.islower()):
        return None  # a heading starts with a capital after a break, a space or punctuation
    if _words(candidate.group()) < INLINE_MIN_WORDS and not _marked_on_the_left(text, block, at):
        return None  # a one-word heading stands after sentence punctuation or a mark
    h = phrases_from(candidate.group().lower()).match(text, at, block.end)
    if h is None:
        return None
    several = _words(h.group()) >= INLINE_MIN_WORDS
    end = h.end()
    if _RIGHT_OK.match(text, end, block.end) is None:
        # a phrase of several words, a few more and a colon, opening a paragraph (``We are
        # looking for a web developer with: Good experience …``)
        tail = _COLON_TAIL.match(text, end, block.end) if several and at == block.start else None
        if tail is None:
            return None
        end = tail.end() - 1
    elif not several and not (
        _marked_on_the_left(text, block, at) and _marked_on_the_right(text, block, h)
    ):
        return None
    kind = inline_kind(h.group())
    if kind is None:
        return None
    heading = _Heading(at, end, at, end, kind, line=False, key=heading_key(h.group()))
    return _with_trailing_marks(text, block, heading)


def _words(phrase: str) -> int:
    """How many words a phrase found inline has (a hyphen joins two, ``Day-to-Day``)."""
    return phrase.count(" ") + phrase.count("-") + 1


def _marked_on_the_left(text: str, block: Block, at: int) -> bool:
    """Whether sentence punctuation or a mark stands before ``at`` (up to four spaces back)."""
    mark = spaces_start(text, at, max(block.start, at - 4))
    return (text[mark - 1] if mark > block.start else ".") in '.!?:;)]”"|•*#'


def _marked_on_the_right(text: str, block: Block, h: re.Match[str]) -> bool:
    """Whether a one-word heading ends the block, or stands before a colon or question mark, a
    glued capital or digit, or (in capitals) a capital."""
    end = h.end()
    return (
        end == block.end
        or text[end] in ":?"
        or ((text[end].isupper() or text[end].isdigit()) and text[end - 1].islower())
        or (h.group().isupper() and text[end].isupper())
    )


def _with_trailing_marks(text: str, block: Block, heading: _Heading) -> _Heading:
    """``heading`` with the colons, semicolons and question marks after it in its span; a
    question mark also belongs to its text (``Why AWS?``)."""
    span_end = end = heading.end
    while span_end < block.end and text[span_end] in ":;?":
        if text[span_end] == "?":
            end += 1
        span_end += 1
    return heading._replace(end=span_end, text_end=end)


def _merge_repeats(norm: Normalized, headings: list[_Heading]) -> list[_Heading]:
    """One heading where the posting repeats itself.

    ``Key job responsibilities Key job responsibilities`` and ``Responsibilities`` over ``Key
    Responsibilities`` are one heading.
    """
    merged: list[_Heading] = []
    for h in headings:
        if merged and merged[-1].kind == h.kind and h.kind != "other":
            prev = merged[-1]
            between = norm.text[prev.end : h.start]
            first = norm.text[prev.text_start : prev.text_end].casefold()
            second = norm.text[h.text_start : h.text_end].casefold()
            repeated = first.endswith(second) or second.endswith(first)
            if not between.strip(" \n:-–—*•") and (repeated or (h.line and h.known)):
                merged[-1] = prev._replace(end=h.end)
                continue
        merged.append(h)
    return merged


class _Bullets:
    """Where the bulleted lines and list items of a body start (found when first asked)."""

    def __init__(self, norm: Normalized, blocks: Sequence[Block]) -> None:
        self.norm = norm
        self.blocks = blocks
        self._starts: list[int] | None = None

    def between(self, start: int, end: int) -> bool:
        if self._starts is None:
            self._starts = [b.start for b in self.blocks if _is_bullet(self.norm, b)]
        i = bisect.bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end


_Form = tuple[float, bool, bool]


def _form(h: _Heading) -> _Form:
    """What a group label looks like: its level, and whether HTML or markdown made it."""
    return h.level, h.html, h.markdown


class _Place(NamedTuple):
    next_block: int  # where the block after the heading starts
    next_start: int  # where the next heading starts
    under: bool  # nothing but space between the section's heading and this one


def _deeper(top: _Heading, h: _Heading) -> bool:
    """Whether ``h`` is a sub-heading of ``top`` by its form.  Levels compare between markdown
    headings, and between bold and other lines; any line is below an HTML heading.  An HTML
    heading's level is not kept, and postings mix markdown levels with bold lines as they
    please, so those are not compared."""
    if h.markdown and top.markdown:
        return h.level > top.level
    if h.html or top.html:
        return top.html and not h.html
    return h.level > top.level


def _nested(
    top: _Heading, h: _Heading, bullets: _Bullets, place: _Place, label: _Form | None
) -> bool:
    """Whether ``h`` stays inside the section headed by ``top`` (a list section).

    ``label`` is the form of the section's first group label.  A heading of the section's own
    kind stays (a lead-in, a translation, a sub-heading) before the list or below the
    section's heading; a heading of the table of another kind ends the section, and so does a
    markdown heading above the section's.  A heading of no known kind (or of a kind that is not
    a list, ``Team Leadership``) directly over bullets is a group label of the section
    (``**Create Marketplace Strategy**``, ``<h4>Talent Program Architecture</h4><ul>``), and so
    are one directly under the section's heading and one that looks like the section's first
    group label.  Otherwise a sub-heading whose words name another list kind stays only over
    bullets of its own, and one of no known kind where bullets follow it or none came yet.
    """
    if top.kind not in LIST_KINDS:
        return False
    next_block, next_start, under = place
    listed = bullets.between(top.end, h.start)  # the section's list has started
    deeper = _deeper(top, h)
    if h.kind == top.kind:  # a lead-in before the list, a sub-heading, a translation
        return not h.line or (top.line and (deeper or (h.colon and not listed)))
    if h.known or (h.markdown and top.markdown and h.level < top.level):
        return False
    if (
        _form(h) == label
        or under
        or (h.kind not in LIST_KINDS and bullets.between(next_block, next_block + 1))
    ):
        return True
    if h.kind != "other":  # its words name another list kind
        return deeper and bullets.between(h.end, next_start)
    if deeper:
        return not listed or bullets.between(h.end, next_start)
    plain = not (h.html or top.html) and h.level == top.level
    return plain and h.colon and not listed  # a lead-in before the list


def _placed(h: _Heading, after_qualifications: bool) -> _Heading:
    """``h`` with the kind its place gives it (``Was dich erwartet`` after the profile)."""
    kind = placed_kind(h.key) if after_qualifications else None
    return h if kind is None else h._replace(kind=kind)


def _resolve(
    norm: Normalized, headings: list[_Heading], bullets: _Bullets, end: int
) -> list[_Heading]:
    """The headings that start sections: nested ones left inside theirs, kinds placed."""
    kept: list[_Heading] = []
    after_qualifications = False
    label: _Form | None = None  # the form of the group labels of the last section
    for i, h in enumerate(headings):
        h = _placed(h, after_qualifications)
        next_start = headings[i + 1].start if i + 1 < len(headings) else end
        b = bisect.bisect_left(norm.block_starts, h.end)
        next_block = norm.block_starts[b] if b < len(norm.block_starts) else end
        under = bool(kept) and not norm.text[kept[-1].end : h.start].strip()
        if kept and _nested(kept[-1], h, bullets, _Place(next_block, next_start, under), label):
            label = label or (None if h.kind == kept[-1].kind else _form(h))
            continue
        kept.append(h)
        label = None
        after_qualifications = after_qualifications or h.kind in _QUALIFICATION_KINDS
    return kept


def _unread(norm: Normalized, blocks: Sequence[Block]) -> set[int]:
    """The blocks that hold no heading: front matter (between two ``---`` lines at the start)
    and HTML comments (``<!--`` … ``-->``) left in a text posting."""
    unread: set[int] = set()
    texts = [norm.block_text(b) for b in blocks]
    if texts and texts[0] == "---":
        end = next((j for j in range(1, len(texts)) if texts[j] == "---"), 0)
        unread.update(range(end + 1 if end else 0))
    opened = None
    for i, text in enumerate(texts):
        if opened is None and text.startswith("<!--"):
            opened = i
        if opened is not None and text.endswith("-->"):
            unread.update(range(opened, i + 1))
            opened = None
    return unread


def _with_next(blocks: Sequence[Block]) -> Iterator[tuple[Block, Block | None]]:
    """Each block with the block after it (None after the last), in one pass."""
    following: Iterator[Block | None] = itertools.chain(itertools.islice(blocks, 1, None), [None])
    return zip(blocks, following, strict=False)  # as long as blocks (no blocks: a lone None)


def _all_headings(norm: Normalized, blocks: Sequence[Block]) -> list[_Heading]:
    """Every heading of ``blocks``: a whole line, or glued into a line's text."""
    headings: list[_Heading] = []
    unread = _unread(norm, blocks)
    for i, (block, after) in enumerate(_with_next(blocks)):
        if i in unread:
            continue
        line = _line_heading(norm, block, after)
        if line is not None:
            headings.append(line)
        elif block.kind != "list_item":  # an item of an HTML list holds no glued heading
            headings.extend(_inline_headings(norm, block))
    return _merge_repeats(norm, headings)


# --- lead-ins ----------------------------------------------------------------------------------
def _paragraph_start(norm: Normalized, blocks: Sequence[Block], i: int, lo: int) -> int:
    """Where the paragraph of line ``i`` starts: its hard-wrapped lines before it (no blank line
    between, the line before not ending a sentence) belong to it."""
    start = blocks[i].start
    while i > 0 and blocks[i].kind == "line":
        prev = blocks[i - 1]
        prev_text = norm.block_text(prev)
        if (
            prev.start < lo
            or prev.kind != "line"
            or norm.text[prev.end : blocks[i].start].count("\n") != 1
            or prev_text[-1:] in _LINE_END_PUNCTUATION
            or _is_bullet(norm, prev)
        ):
            break
        start, i = prev.start, i - 1
    return start


def _lead_in_at(norm: Normalized, blocks: Sequence[Block], i: int, lo: int) -> _Heading | None:
    """The lead-in that line ``i`` ends with, as a responsibilities heading, or None."""
    block = blocks[i]
    text = norm.text
    end = block.end
    while end > block.start and text[end - 1] in " *_":
        end -= 1
    if text.endswith(("...", "…"), block.start, end):
        colon = 0  # an ellipsis stays in the heading (``… because you will...``)
    elif text.endswith(":", block.start, end):
        colon = 1
    else:
        return None
    window = max(block.start, end - LEAD_IN_REACH)
    if LEAD_IN.match(text, window, end) is None and not names_duties(text[window:end]):
        return None
    if not _leads_into_duties(text[window : end - colon]):
        return None
    start = _paragraph_start(norm, blocks, i, lo)
    s, e = trim(text, start, end - colon)
    left = _DECOR_LEFT.match(text, s, e)
    return _Heading(start, block.end, left.end() if left else s, e, "responsibilities", known=False)


def _leads_into_duties(clause: str) -> bool:
    """Whether a lead-in clause is not one of another list (``To succeed in this role, you will
    need:`` leads into the qualifications)."""
    found = classify(heading_key(clause))
    return found is None or found.kind == "responsibilities" or found.kind not in LIST_KINDS


def _glued_lead_in(text: str, lo: int, hi: int, checks: list[int]) -> _Heading | None:
    """The first lead-in glued into flattened text ``lo:hi`` (``… Division. The Voter Services
    Manager also: Manages …``): the clause before a colon that text follows, from its
    sentence's start.  Each colon tried counts against ``checks``."""
    colon = text.find(":", lo, hi)
    while colon != -1 and checks[0] > 0:
        if _FIRST_ITEM.match(text, colon + 1, hi) is not None:  # not a URL, a time, a clause
            checks[0] -= 1
            window = max(lo, colon - LEAD_IN_REACH)
            sentence = _SENTENCE_BEFORE.search(text, window, colon)
            start = sentence.end() if sentence else window
            if LEAD_IN.match(text, start, colon + 1) and _leads_into_duties(text[start:colon]):
                return _Heading(
                    start, colon + 1, start, colon, "responsibilities", known=False, line=False
                )
        colon = text.find(":", colon + 1, hi)
    return None


def _lead_in_in(
    norm: Normalized,
    blocks: Sequence[Block],
    i: int,
    pair: tuple[Block, Block | None],
    bounds: tuple[int, int],
    checks: list[int],
) -> _Heading | None:
    """The lead-in of block ``i`` within ``bounds`` (its section): glued into its text, or the
    line itself when something follows it in the section (``pair``: the block and the next)."""
    block, after = pair
    lo, hi = max(block.start, bounds[0]), min(block.end, bounds[1])
    glued = _glued_lead_in(norm.text, lo, hi, checks)
    if glued is not None:
        return glued
    if after is None or after.start >= bounds[1] or checks[0] <= 0:
        return None  # nothing follows it in its section
    checks[0] -= 1
    return _lead_in_at(norm, blocks, i, bounds[0])


def _with_lead_in(
    norm: Normalized, blocks: Sequence[Block], headings: list[_Heading], end: int
) -> list[_Heading]:
    """``headings`` and, where none names the duties, the first lead-in of a section that may
    hold one (before the first heading, about the role or the team, or unknown)."""
    if any(h.kind == "responsibilities" for h in headings):
        return headings
    starts = [h.start for h in headings]
    checks = [MAX_LEAD_IN_CHECKS]
    for i, pair in enumerate(_with_next(blocks)):
        block = pair[0]
        n = bisect.bisect_right(starts, block.start)
        above = headings[n - 1] if n else None
        if (above.kind if above else "description") not in _LEAD_IN_KINDS:
            continue
        bounds = (above.end if above else blocks[0].start, starts[n] if n < len(starts) else end)
        lead_in = _lead_in_in(norm, blocks, i, pair, bounds, checks)
        if lead_in is not None:
            level = (above.level if above else 0.0) + 0.5
            return [*headings[:n], lead_in._replace(level=level), *headings[n:]]
    return headings


# --- sections ------------------------------------------------------------------------------------
def _description(text: str, start: int, end: int) -> Section | None:
    """The text before the first heading, or None where there is none."""
    s, e = trim(text, start, end)
    if e <= s:
        return None
    body = _TextSpan(text=text[s:e], start=s, end=e)
    return _Section(heading=None, heading_span=None, body=body, kind="description", start=s, end=e)


def _section(text: str, h: _Heading, stop: int) -> Section:
    """The section headed by ``h``, its body running to ``stop``."""
    s, e = trim(text, h.end, stop)
    return _Section(
        heading=text[h.text_start : h.text_end],
        heading_span=_Span(start=h.start, end=h.end),
        body=_TextSpan(text=text[s:e], start=s, end=max(s, e)),
        kind=h.kind,
        start=h.start,
        end=max(e, h.end),
    )


def find_sections(norm: Normalized, blocks: Sequence[Block], start: int, end: int) -> list[Section]:
    """The sections of the body ``start:end``, in order; they cover the body."""
    bullets = _Bullets(norm, blocks)
    headings = _resolve(norm, _all_headings(norm, blocks), bullets, end)
    with_lead_in = _with_lead_in(norm, blocks, headings, end)
    if with_lead_in is not headings:  # the sections under the lead-in are read again
        headings = _resolve(norm, with_lead_in, bullets, end)
    description = _description(norm.text, start, headings[0].start if headings else end)
    sections = [description] if description is not None else []
    stops = [h.start for h in headings[1:]] + [end]
    sections.extend(_section(norm.text, h, stop) for h, stop in zip(headings, stops, strict=False))
    return sections
