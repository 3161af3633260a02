"""The article of a page: which block is its title, and the role of every block after it.

The title is the page's ``<h1>`` where the HTML has one near the start; in text, it is the first
headline among the page's first blocks that is not a caption: file names (``SfM.gif``), credits
(``Credit: …``), captions (a sentence, a line whose credit follows it), bylines and dates are not
headlines.  The dek is the one short sentence right under the title; questions are the short
lines ending with ``?`` that an answer follows; footnotes end the article (``1WiCV is …``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..normalize.blocks import Block, Normalized
from ..rules.limits import (
    MAX_DEK,
    MAX_LEAD_BLOCKS,
    MAX_LINK_LINE,
    MAX_QUESTION,
    MAX_TITLE,
    MIN_DEK_WORDS,
    MIN_TITLE_WORDS,
)
from .lines import (
    is_byline,
    is_credit,
    is_date,
    is_file_name,
    is_prose,
    is_site_boilerplate,
    sentence_count,
    speaks_in_first_person,
)


@dataclass(frozen=True, slots=True)
class ArticleParts:
    """The article's blocks, by role."""

    title: Block
    dek: Block | None
    questions: Sequence[Block]
    paragraphs: Sequence[Block]
    footnotes: Sequence[Block]


def _is_furniture(line: str) -> bool:
    """A line around an image or an article's head that is never its title or dek: a file
    name, a credit, a byline, a date, the site's links and notices."""
    return (
        is_file_name(line)
        or is_credit(line)
        or is_byline(line)
        or is_date(line)
        or is_site_boilerplate(line)
    )


# a numbered or bulleted list item (``1. Building machine learning models …``)
_LIST_ITEM = regex.compile(r"(?:\d{1,3}[.)]|[-*•·▪–—])[ ]")


def _is_headline(line: str) -> bool:
    """A line that reads as a headline: a few words, not a sentence, not a list item, not
    image furniture."""
    return (
        len(line) <= MAX_TITLE
        and len(line.split()) >= MIN_TITLE_WORDS
        and not is_prose(line)
        and _LIST_ITEM.match(line) is None
        and not _is_furniture(line)
    )


@dataclass(frozen=True, slots=True)
class _Lines:
    """The texts of the page's first blocks, and for each whether blank lines set it apart
    (``None`` where no blank line separates any two of them: a page of single line breaks)."""

    texts: list[str]
    alone: list[bool] | None

    def headline(self, i: int) -> bool:
        return 0 <= i < len(self.texts) and _is_headline(self.texts[i])

    def prose(self, i: int) -> bool:
        return 0 <= i < len(self.texts) and is_prose(self.texts[i])

    def credited(self, i: int) -> bool:
        """Whether line ``i`` is followed by a credit or a file name (an image's caption)."""
        return i + 1 < len(self.texts) and _is_media(self.texts[i + 1])


def _lines(norm: Normalized, blocks: Sequence[Block], count: int) -> _Lines:
    """The first ``count`` of ``blocks`` as :class:`_Lines`."""
    text = norm.text
    gaps = [
        text.count("\n", blocks[i].end, blocks[i + 1].start) >= 2
        for i in range(min(count, len(blocks) - 1))
    ]
    texts = [norm.block_text(b) for b in blocks[:count]]
    if not any(gaps):
        return _Lines(texts, None)
    alone = [(i == 0 or gaps[i - 1]) and (i >= len(gaps) or gaps[i]) for i in range(len(texts))]
    return _Lines(texts, alone)


def _is_short_label(line: str) -> bool:
    """A short line that is neither a headline nor a sentence: a name, a credit, a date."""
    return len(line) <= MAX_LINK_LINE and not is_prose(line) and not _is_headline(line)


def _is_media(line: str) -> bool:
    return is_credit(line) or is_file_name(line)


def _is_caption(lines: _Lines, i: int) -> bool:
    """A headline-like line that is an image's caption: its credit follows it, or it follows
    the image's file name and the headline comes after it, or it is an image's alt text."""
    texts = lines.texts
    if lines.credited(i):
        return True
    if i > 0 and is_file_name(texts[i - 1]) and lines.headline(i + 1):
        return True
    return _is_alt_text(lines, i)


def _is_alt_text(lines: _Lines, i: int) -> bool:
    """An image's alt text: a short caption sentence follows it, perhaps its credit or a name,
    then the headline (a question only with its dek).  Where blank lines set paragraphs apart,
    the headline's dek or byline must follow it too (else the two lines are title and dek)."""
    texts = lines.texts
    if not _is_short_sentence(lines, i + 1):
        return False
    j = i + 2  # past the caption's credit or name (``Stacy Reilly``)
    while j < len(texts) and _is_short_label(texts[j]):
        j += 1
    if not lines.headline(j):
        return False
    head_follows = _is_short_sentence(lines, j + 1) or (
        j + 1 < len(texts) and (is_byline(texts[j + 1]) or is_date(texts[j + 1]))
    )
    if lines.alone is not None:
        return head_follows
    return not texts[j].endswith("?") or _is_short_sentence(lines, j + 1)


def _is_short_sentence(lines: _Lines, i: int) -> bool:
    return lines.prose(i) and len(lines.texts[i]) <= MAX_DEK


def _heading_title(blocks: Sequence[Block], texts: list[str]) -> int | None:
    """The first heading (HTML ``<h1>``-``<h6>``) of the page's first blocks, where the blocks
    before it are short lines (captions, a credit), not the article's body."""
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            return i if _is_headline(texts[i]) and not texts[i].endswith("?") else None
        if len(texts[i]) > MAX_DEK or texts[i].endswith("?"):
            return None
    return None


def _candidates(lines: _Lines) -> list[int]:
    """The lines that may be the title: headlines before the body's first paragraph, after
    the last credit or file name that a headline follows, that are no caption (and, where
    blank lines set paragraphs apart, stand alone)."""
    texts = lines.texts
    body = next((i for i, t in enumerate(texts) if len(t) > MAX_DEK), len(texts))
    headlines = [i for i in range(body) if lines.headline(i)]
    media = [i for i in range(body) if _is_media(texts[i]) and headlines and i < headlines[-1]]
    first = media[-1] + 1 if media else 0
    return [
        i
        for i in headlines
        if i >= first and not _is_caption(lines, i) and (lines.alone is None or lines.alone[i])
    ]


def title_index(norm: Normalized, blocks: Sequence[Block]) -> int:
    """Where the article's title stands among ``blocks`` (the page's blocks before its first
    boilerplate heading or posting); the blocks before it are captions and credits.

    The title is the page's first heading (HTML) where captions only precede it; in text, it is
    the last of the first run of headlines: a caption that reads as a headline may stand
    before the title, the dek, the byline or the body follows it."""
    window = blocks[:MAX_LEAD_BLOCKS]
    lines = _lines(norm, blocks, len(window))
    heading = _heading_title(window, lines.texts)
    if heading is not None:
        return heading
    candidates = _candidates(lines)
    if not candidates:
        return 0
    title = candidates[0]
    for i in candidates[1:]:
        if i != title + 1 or lines.texts[i].endswith("?"):
            break
        title = i
    return title


def _is_dek(texts: list[str], ends_stanza: bool) -> bool:
    """Whether ``texts[0]`` (the line under the title) is a dek: one short sentence in the
    third person (the editor's, not the author's ``we``), not a caption (its credit after it),
    not the byline, that ends its paragraph where blank lines set paragraphs apart
    (``ends_stanza``), and more of the article follows."""
    line = texts[0]
    return (
        len(texts) >= 2
        and ends_stanza
        and len(line) <= MAX_DEK
        and len(line.split()) >= MIN_DEK_WORDS
        and is_prose(line)
        and sentence_count(line) == 1
        and not speaks_in_first_person(line)
        and not _is_furniture(line)
        and not _is_media(texts[1])
    )


# a footnote marker glued to a word (``edition1``) and a footnote that starts with it (``1WiCV``)
_FOOTNOTE = regex.compile(r"(\d{1,2})(?=\p{L})|[*†‡](?=\s?\p{L})")


def _has_marker(body: str, number: str) -> bool:
    """Whether ``number`` stands glued to the end of a word of ``body`` (``edition1``)."""
    at = body.find(number)
    while at != -1:
        end = at + len(number)
        before = body[max(0, at - 2) : at]
        if len(before) == 2 and before.isalpha() and not body[end : end + 1].isalnum():
            return True
        at = body.find(number, at + 1)
    return False


def is_footnote(line: str) -> bool:
    """A line that reads as a footnote: a sentence opened by its marker (``1WiCV is …``)."""
    return _FOOTNOTE.match(line) is not None and is_prose(line)


def _footnote_count(texts: list[str]) -> int:
    """How many of the last lines of ``texts`` (after the title) are footnotes."""
    if len(texts) < 2 or not _FOOTNOTE.match(texts[-1]):  # markers only if a note ends it
        return 0
    body = " ".join(texts[1:])
    count = 0
    for text in reversed(texts[1:]):
        m = _FOOTNOTE.match(text)
        if m is None or (m.group(1) is not None and not _has_marker(body, m.group(1))):
            break
        count += 1
    return count


def _ends_stanza(norm: Normalized, blocks: Sequence[Block]) -> bool:
    """Whether the line under the title ends its paragraph: a blank line follows it, or none
    sets the title, it and the next line apart (a page of single line breaks)."""
    if len(blocks) < 3:
        return True
    title, line, after = blocks[:3]
    blank_before = norm.text.count("\n", title.end, line.start) >= 2
    return norm.text.count("\n", line.end, after.start) >= 2 or not blank_before


def split_article(norm: Normalized, blocks: Sequence[Block]) -> ArticleParts | None:
    """Give each block of the article (its title first) its role: title, dek, question,
    paragraph or footnote."""
    if not blocks:
        return None
    texts = [norm.block_text(b) for b in blocks]
    n_footnotes = _footnote_count(texts)
    main = blocks[1 : len(blocks) - n_footnotes]
    dek = None
    if main and _is_dek(texts[1 : 1 + len(main)], _ends_stanza(norm, blocks)):
        dek, main = main[0], main[1:]
    questions = tuple(
        b
        for i, b in enumerate(main)
        if i + 1 < len(main)
        and norm.block_text(b).endswith("?")
        and b.end - b.start <= MAX_QUESTION
    )
    return ArticleParts(
        title=blocks[0],
        dek=dek,
        questions=questions,
        paragraphs=tuple(b for b in main if b not in questions),
        footnotes=blocks[len(blocks) - n_footnotes :] if n_footnotes else (),
    )
