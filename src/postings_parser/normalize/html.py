"""The HTML half of the normalize stage: render markup to text with blocks, on lxml's HTML parser.

The rendering is the text a reader sees, one block per line: headings (``h1``-``h6``),
paragraphs (one whose whole text is bold, ``<p><strong>Heading:</strong></p>``, is marked
``bold``), list items (``<li>``, nested lists included) and ``<br>`` line breaks; the text of
``<pre>``, ``<textarea>``, ``<plaintext>``, ``<listing>`` and ``<xmp>`` keeps its lines and
spaces, as the text path would (a text page wrapped in ``<pre>`` renders to the text itself).
Scripts, styles, navigation, page headers and footers, forms and cookie banners are dropped;
entities are decoded by the parser.  Offsets of the result are into the rendering
(``Page.text``), not into the markup.

The parser hands its events (start tag, end tag, text) to the renderer as it reads: no tree
is built, so memory stays within the markup's size and the rendering's, and no depth of nesting
is too deep.  An XML declaration, a doctype, comments and processing instructions are read
past; text after ``</html>`` is kept.

Safety: the parser never touches the network, loads no DTD, expands no external entity and keeps
``huge_tree`` off.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import cast

from lxml import etree

from ..rules.chars import (
    ASCII_LINE_BREAKS,
    C1_AS_WINDOWS_1252,
    C1_CONTROLS,
    CONTROLS,
    FORMAT,
    INVISIBLE,
    LINE_BREAKS,
    SPACES,
)
from .blocks import LINE, Block, BlockKind, BlockStore
from .charclass import CharClass, has_astral

_DROP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "nav",
        "form",
        "button",
        "select",
        "option",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "audio",
        "video",
        "picture",
        "source",
        "dialog",
    ]
)
_BLOCK = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "textarea",
        "plaintext",
        "listing",
        "xmp",
        "hr",
        "address",
        "figure",
        "figcaption",
        "details",
        "summary",
        "fieldset",
        "body",
        "html",
        "center",
    ]
)
_HEADING = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_BOLD = frozenset(["strong", "b"])
# boilerplate containers by class, id or role: cookie banners and navigation menus
_BOILERPLATE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|onetrust|nav|navbar|navigation|menu|breadcrumbs?)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "dialog", "alertdialog"})
# page-level header and footer are boilerplate; inside an article they hold its title and notes
_PAGE_LEVEL = frozenset({"header", "footer"})
_CONTENT = frozenset({"article", "main", "section"})
# the tags whose text keeps its line breaks and spaces (``white-space: pre``)
_PREFORMATTED = frozenset(["pre", "textarea", "plaintext", "listing", "xmp"])
_SPACE = re.compile(r"\s+")
# control characters a character reference may still bring in (the markup itself was cleaned):
# removed, or a C1 control's windows-1252 character, as the text path does
_CONTROL_FORMS = {
    **dict.fromkeys(CONTROLS + C1_CONTROLS),
    **C1_AS_WINDOWS_1252,
}
# text that is not already single-spaced plain text: ``\n``, the ASCII line breaks, odd
# spaces, invisible, format and control characters (a run of spaces is checked apart).  The
# markup that :func:`.text.normalize` renders has been cleaned: U+0085, U+2028 and U+2029, format
# and control characters reach the rendering only as character references
_IRREGULAR = CharClass(
    "\n" + ASCII_LINE_BREAKS + SPACES + INVISIBLE + FORMAT + "".join(_CONTROL_FORMS)
)
# characters the text path would normalize: keep the rendering in the same normal form (line
# breaks and runs of spaces are then collapsed by ``_SPACE``)
_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys(SPACES, " "),
        **dict.fromkeys(INVISIBLE + FORMAT),
        **_CONTROL_FORMS,
    }
)
# the same for preformatted text, whose line breaks stay line breaks
_PRE_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys(LINE_BREAKS, "\n"),
        **dict.fromkeys(SPACES, " "),
        **dict.fromkeys(INVISIBLE + FORMAT),
        **_CONTROL_FORMS,
    }
)
# the characters a warning counts, by the text path's names for them
_COUNTED = {"format": CharClass(FORMAT), "control": CharClass("".join(_CONTROL_FORMS))}
_MAX_BOLD_BLOCK = 150


class _Renderer:
    """Accumulates the rendering, block by block; one instance per document."""

    def __init__(self) -> None:
        self.out = io.StringIO()  # the rendering: one buffer, not a string per line
        self.length = 0
        self.blocks = BlockStore()
        self.line: list[str] = []
        self.bold_chars = 0
        self.kind: BlockKind = "paragraph"
        self.removed = {"format": 0, "control": 0}  # what character references brought in
        self.pre = 0  # inside how many preformatted elements
        self.pre_text: list[str] = []  # the preformatted text so far, in the text path's form
        self.pre_bold: list[tuple[int, int]] = []  # the bold stretches of it
        self.pre_length = 0

    def _normal_form(self, text: str, table: dict[int, str | None]) -> str:
        """``text`` with the characters the text path rewrites rewritten (counted)."""
        astral = has_astral(text)
        for group, chars in _COUNTED.items():
            self.removed[group] += len(chars.pattern(text, astral=astral).findall(text))
        return text.translate(table)

    def add(self, text: str, bold: bool) -> None:
        if self.pre:
            self._add_pre(text, bold)
            return
        if text.isspace():  # white space between tags: one space, where none stands before
            text = " "
        # text that ``str.isprintable`` accepts holds no irregular character (the tests check
        # this over all of Unicode): only a run of spaces sends it to the rewrite
        elif "  " in text or (not text.isprintable() and _IRREGULAR.pattern(text).search(text)):
            text = _SPACE.sub(" ", self._normal_form(text, _TRANSLATE))
        if not text.strip() and (not self.line or self.line[-1].endswith(" ")):
            return
        self.line.append(text)
        if bold:
            self.bold_chars += len(text.replace(" ", ""))

    def flush(self, next_kind: BlockKind) -> None:
        text = "".join(self.line).strip() if self.line else ""  # most flushes have no text
        if text:
            bold = (
                self.bold_chars > 0
                and len(text) <= _MAX_BOLD_BLOCK
                and self.bold_chars >= len(text.replace(" ", ""))
            )
            self._write(text)
            self.blocks.append(self.length - len(text), self.length, self.kind, bold)
        self.line = []
        self.bold_chars = 0
        self.kind = next_kind

    def _write(self, text: str) -> None:
        """Append ``text`` to the rendering, on a line of its own."""
        if self.length:
            self.out.write("\n")
            self.length += 1
        self.out.write(text)
        self.length += len(text)

    def open_pre(self) -> None:
        self.pre += 1

    def close_pre(self) -> None:
        self.pre -= 1
        if not self.pre:
            self._flush_pre()

    def pre_break(self) -> None:
        """A line break inside preformatted text (``<br>``, a block's edge)."""
        if self.pre_text and not self.pre_text[-1].endswith("\n"):
            self._add_pre("\n", False)

    def _add_pre(self, text: str, bold: bool) -> None:
        text = text.replace("\r\n", "\n")
        if not text.replace("\n", " ").isprintable():
            text = self._normal_form(text, _PRE_TRANSLATE)
        if not self.pre_text and text.startswith("\n"):
            text = text[1:]  # a line break right after the start tag is not the text's
        if bold:
            self.pre_bold.append((self.pre_length, self.pre_length + len(text)))
        self.pre_text.append(text)
        self.pre_length += len(text)

    def _flush_pre(self) -> None:
        """Write the preformatted text as it stands, with a block per line that is not blank
        (trimmed, of the text path's kind ``line``)."""
        text = "".join(self.pre_text)
        bold = self.pre_bold
        self.pre_text, self.pre_bold, self.pre_length = [], [], 0
        if not text.strip():
            return
        self._write(text)
        start = self.length - len(text)
        i = 0  # the first bold stretch that does not end before the line
        for m in LINE.finditer(text):
            s, e = m.span()
            while i < len(bold) and bold[i][1] <= s:
                i += 1
            whole = i < len(bold) and bold[i][0] <= s and e <= bold[i][1]
            self.blocks.append(start + s, start + e, "line", whole and e - s <= _MAX_BOLD_BLOCK)


def _kind_of(tag: str, parent: BlockKind) -> BlockKind:
    """The kind of the block an element opens (a paragraph inside a list item is the item)."""
    if tag == "li":
        return "list_item"
    if tag in _HEADING:
        return "heading"
    return "list_item" if parent == "list_item" else "paragraph"


def _dropped(attrib: dict[str, str], tag: str, in_content: bool) -> bool:
    """Whether the element and everything in it is left out of the rendering."""
    if tag in _DROP or (tag in _PAGE_LEVEL and not in_content):
        return True
    if not attrib or tag in ("body", "html"):  # most elements have no attribute
        return False
    role = attrib.get("role")
    if role is not None and role.lower() in _BOILERPLATE_ROLES:
        return True
    ident, cls = attrib.get("id"), attrib.get("class")
    if not (ident or cls):  # most elements have neither
        return False
    return _BOILERPLATE_ATTR.search(f"{ident or ''} {cls or ''}") is not None


class _Target:
    """Receives the parser's events in document order and feeds a :class:`_Renderer`: a block
    element flushes the line at its start and at its end, ``<br>`` flushes it, and what a
    dropped element holds is skipped (the text after it is kept).  Adjacent pieces of text
    (the parser may cut a text at an entity) are joined first, as one text node."""

    def __init__(self) -> None:
        self.r = _Renderer()
        self.kinds: list[BlockKind] = ["paragraph"]
        self.bold = 0
        self.content = 0  # how many article / main / section elements enclose the current one
        self.skip = 0  # the depth inside a dropped element
        self.text: list[str] = []

    def _text(self) -> None:
        text = self.text[0] if len(self.text) == 1 else "".join(self.text)
        self.text = []
        if not self.skip and text:
            self.r.add(text, self.bold > 0)

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if self.text:
            self._text()
        if self.skip or _dropped(attrib, tag, self.content > 0):
            self.skip += 1
            return
        self.content += tag in _CONTENT
        if tag in _BLOCK:
            self._block_edge(_kind_of(tag, self.kinds[-1]))
            self.kinds.append(self.r.kind)
            if tag in _PREFORMATTED:
                self.r.open_pre()
        elif tag == "br":
            self._block_edge(self.r.kind)
        self.bold += tag in _BOLD

    def end(self, tag: str) -> None:
        if self.text:
            self._text()
        if self.skip:
            self.skip -= 1
            return
        self.content -= tag in _CONTENT
        self.bold -= tag in _BOLD
        if tag in _BLOCK:
            self.kinds.pop()
            if tag in _PREFORMATTED:
                self.r.close_pre()
            self._block_edge(self.kinds[-1])

    def _block_edge(self, next_kind: BlockKind) -> None:
        if self.r.pre:
            self.r.pre_break()
        else:
            self.r.flush(next_kind)

    def data(self, data: str) -> None:
        self.text.append(data)

    def close(self) -> None:
        if self.text:
            self._text()
        while self.r.pre:  # a preformatted element the markup never closes
            self.r.close_pre()
        self.r.flush("paragraph")


def render_html(markup: str) -> tuple[str, Sequence[Block], dict[str, int]]:
    """Render ``markup`` to text; return the text, its blocks, and how many format and control
    characters the markup's character references brought in (they are removed)."""
    target = _Target()
    parser = etree.HTMLParser(
        # the target has no ``comment`` method: the parser's comments never reach it
        target=cast("etree.ParserTarget", target),
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=False,
    )
    try:
        parser.feed(markup)
        parser.close()
    except (etree.ParserError, ValueError):
        return "", (), {}
    r = target.r
    text, blocks = r.out.getvalue(), r.blocks.freeze()
    r.out.close()  # the parser may hold its target a while longer: not the rendering's copies
    r.blocks = BlockStore()
    return text, blocks, r.removed
