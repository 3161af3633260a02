"""The article of a page: which block is its title, and the role of every block after it.

The title is the page's ``<h1>`` where the HTML has one near the start; in text, it is the first
headline among the page's first blocks that is not a caption: file names (``SfM.gif``), credits
(``Credit: …``), captions (a sentence, a line whose credit follows it), bylines and dates are not
headlines.  The dek is the one short sentence right under the title; questions are the short
lines ending with ``?`` that an answer follows; footnotes end the article (``1WiCV is …``).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..normalize.blocks import Block, Normalized
from ..rules.limits import (
    MAX_DEK,
    MAX_LEAD_BLOCKS,
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
)


@dataclass(frozen=True, slots=True)
class ArticleParts:
    """The article's blocks, by role."""

    title: Block
    dek: Block | None
    questions: tuple[Block, ...]
    paragraphs: tuple[Block, ...]
    footnotes: tuple[Block, ...]


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


def _is_headline(line: str) -> bool:
    """A line that reads as a headline: a few words, not a sentence, not image furniture."""
    return (
        len(line) <= MAX_TITLE
        and len(line.split()) >= MIN_TITLE_WORDS
        and not is_prose(line)
        and not _is_furniture(line)
    )


def _credited(texts: list[str], i: int) -> bool:
    """Whether line ``i`` is followed by a credit or a file name (the caption of an image)."""
    return i + 1 < len(texts) and (is_credit(texts[i + 1]) or is_file_name(texts[i + 1]))


def _is_caption(texts: list[str], i: int) -> bool:
    """A headline-like line that is an image's caption: its credit follows it, or it follows
    the image's file name and the headline comes after it."""
    if _credited(texts, i):
        return True
    return (
        i > 0 and is_file_name(texts[i - 1]) and i + 1 < len(texts) and _is_headline(texts[i + 1])
    )


def _heading_title(blocks: tuple[Block, ...], texts: list[str]) -> int | None:
    """The first heading (HTML ``<h1>``-``<h6>``) of the page's first blocks, where the blocks
    before it are short lines (captions, a credit), not the article's body."""
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            return i if _is_headline(texts[i]) and not texts[i].endswith("?") else None
        if len(texts[i]) > MAX_DEK or texts[i].endswith("?"):
            return None
    return None


def title_index(norm: Normalized, blocks: tuple[Block, ...]) -> int:
    """Where the article's title stands among ``blocks`` (the page's blocks before its first
    boilerplate heading or posting); the blocks before it are captions and credits.

    In text, the title is the last of the first run of headlines: a caption that reads as a
    headline stands before the title, and the dek, the byline or the body follows it."""
    window = blocks[:MAX_LEAD_BLOCKS]
    texts = [norm.block_text(b) for b in window]
    heading = _heading_title(window, texts)
    if heading is not None:
        return heading
    title = None
    for i, text in enumerate(texts):
        headline = _is_headline(text) and not _is_caption(texts, i)
        if title is not None and (not headline or text.endswith("?")):
            break
        if headline:
            title = i
    return title or 0


def _is_dek(texts: list[str]) -> bool:
    """Whether ``texts[0]`` (the line under the title) is a dek: one short sentence, not a
    caption (its credit after it), not the byline, and more of the article follows."""
    line = texts[0]
    return (
        len(texts) >= 2
        and len(line) <= MAX_DEK
        and len(line.split()) >= MIN_DEK_WORDS
        and is_prose(line)
        and sentence_count(line) == 1
        and not _is_furniture(line)
        and not _credited(texts, 0)
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


def split_article(norm: Normalized, blocks: tuple[Block, ...]) -> ArticleParts | None:
    """Give each block of the article (its title first) its role: title, dek, question,
    paragraph or footnote."""
    if not blocks:
        return None
    texts = [norm.block_text(b) for b in blocks]
    n_footnotes = _footnote_count(texts)
    main = blocks[1 : len(blocks) - n_footnotes]
    dek = None
    if main and _is_dek(texts[1 : 1 + len(main)]):
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
