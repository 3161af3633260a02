"""The HTML half of the normalize stage: render markup to text with blocks, on ``lxml.html``.

The rendering is the text a reader sees, one block per line: headings (``h1``-``h6``),
paragraphs (one whose whole text is bold, ``<p><strong>Heading:</strong></p>``, is marked
``bold``), list items
(``<li>``, nested lists included) and ``<br>`` line breaks.  Scripts, styles, navigation, page
headers and footers, forms and cookie banners are dropped; entities are decoded by the parser.
Offsets of the result are into the rendering (``Page.text``), not into the markup.

Safety: the parser never touches the network, loads no DTD, expands no external entity and keeps
``huge_tree`` off; the tree is walked without recursion, so deep nesting cannot overflow the stack.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import lxml.html
from lxml import etree

from ..rules.chars import ASCII_LINE_BREAKS, INVISIBLE, SPACES
from .blocks import Block, BlockKind

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
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
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
_SPACE = re.compile(r"\s+")
# text that is not already single-spaced plain text: ``\n``, the ASCII line breaks, odd
# spaces and invisible characters (a run of spaces is checked apart).  The markup that
# :func:`.text.normalize` renders has been cleaned: U+0085, U+2028 and U+2029 reach the
# rendering only as character references
_IRREGULAR = re.compile("[\n" + re.escape(ASCII_LINE_BREAKS + SPACES + INVISIBLE) + "]")
# characters the text path would normalize: keep the rendering in the same normal form (line
# breaks and runs of spaces are then collapsed by ``_SPACE``)
_TRANSLATE = str.maketrans({**dict.fromkeys(SPACES, " "), **dict.fromkeys(INVISIBLE)})


class _Renderer:
    """Accumulates rendered lines; one instance per document."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.line: list[str] = []
        self.bold_chars = 0
        self.kind: BlockKind = "paragraph"

    def add(self, text: str | None, bold: bool) -> None:
        if not text:
            return
        if text.isspace():  # white space between tags: one space, where none stands before
            text = " "
        # text that ``str.isprintable`` accepts holds no irregular character (the tests check
        # this over all of Unicode): only a run of spaces sends it to the rewrite
        elif "  " in text or (not text.isprintable() and _IRREGULAR.search(text)):
            text = _SPACE.sub(" ", text.translate(_TRANSLATE))
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
                and len(text) <= 150
                and self.bold_chars >= len(text.replace(" ", ""))
            )
            if self.out:
                self.out.append("\n")
                self.length += 1
            self.out.append(text)
            self.blocks.append(Block(self.length, self.length + len(text), self.kind, bold))
            self.length += len(text)
        self.line = []
        self.bold_chars = 0
        self.kind = next_kind


def _kind_of(tag: str, parent: BlockKind) -> BlockKind:
    """The kind of the block an element opens (a paragraph inside a list item is the item)."""
    if tag == "li":
        return "list_item"
    if tag in _HEADING:
        return "heading"
    return "list_item" if parent == "list_item" else "paragraph"


def _dropped(el: etree._Element, tag: str, in_content: bool) -> bool:
    """Whether ``el`` and everything in it is left out of the rendering."""
    if tag in _DROP or (tag in _PAGE_LEVEL and not in_content):
        return True
    if tag in ("body", "html"):
        return False
    role = el.get("role")
    if role is not None and role.lower() in _BOILERPLATE_ROLES:
        return True
    ident, cls = el.get("id"), el.get("class")
    if not (ident or cls):  # most elements have neither
        return False
    return _BOILERPLATE_ATTR.search(f"{ident or ''} {cls or ''}") is not None


class _FlatRenderer(HTMLParser):
    """The standard library's tokenizer, for markup nested too deep for the tree parser: the
    same blocks, without the tree (no depth limit, linear time)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.r = _Renderer()
        self.skip = 0  # inside dropped elements (scripts, styles, navigation, ...)
        self.bold = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip or tag in _DROP:
            self.skip += tag not in _VOID
            return
        if tag in _BLOCK:
            self.r.flush(_kind_of(tag, self.r.kind))
        elif tag == "br":
            self.r.flush(self.r.kind)
        self.bold += tag in _BOLD

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            self.skip -= 1
            return
        self.bold -= tag in _BOLD and self.bold > 0
        if tag in _BLOCK:
            self.r.flush("paragraph")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.r.add(data, self.bold > 0)


def _render_flat(markup: str) -> tuple[str, tuple[Block, ...]]:
    flat = _FlatRenderer()
    flat.feed(markup)
    flat.close()
    flat.r.flush("paragraph")
    return "".join(flat.r.out), tuple(flat.r.blocks)


def render_html(markup: str) -> tuple[str, tuple[Block, ...], bool]:
    """Render ``markup`` to text; return the text, its blocks, and whether the markup was too
    deep for the tree parser (then it is rendered flat, without losing its text)."""
    parsed = _parse(markup)
    if parsed is None:
        return "", (), False
    root, too_deep = parsed
    if too_deep:
        text, blocks = _render_flat(markup)
        return text, blocks, True
    text, blocks = _render_tree(root)
    return text, blocks, False


def _parse(markup: str) -> tuple[etree._Element, bool] | None:
    """The document's tree and whether the parser hit its depth limit; ``None`` when the
    markup holds no document.

    One parser per call: its error log tells whether it hit a limit.  It is lxml's plain HTML
    parser (the one ``lxml.html`` uses), without ``lxml.html``'s element classes."""
    parser = etree.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _render_tree(root: etree._Element) -> tuple[str, tuple[Block, ...]]:
    """Walk the tree in document order, without recursion, feeding a :class:`_Renderer`: a
    block element flushes the line at its start and at its end, ``<br>`` flushes it, and the
    subtree of a dropped element is skipped (its tail is kept)."""
    r = _Renderer()
    kinds: list[BlockKind] = ["paragraph"]
    bold = 0
    content = 0  # how many article / main / section elements enclose the current one
    walker = etree.iterwalk(root, events=("start", "end"))
    skipped = etree.Element("none")  # the element whose subtree was skipped: its end comes next
    for event, el in walker:
        tag = el.tag  # a new string at each access: read once
        tag = tag.lower() if isinstance(tag, str) else ""
        if event == "start":
            if not tag or _dropped(el, tag, content > 0):
                skipped = el
                walker.skip_subtree()
                continue
            content += tag in _CONTENT
            if tag in _BLOCK:
                r.flush(_kind_of(tag, kinds[-1]))
                kinds.append(r.kind)
            elif tag == "br":
                r.flush(r.kind)
            bold += tag in _BOLD
            r.add(el.text, bold > 0)
        elif el is skipped:
            r.add(el.tail, bold > 0)
        else:
            content -= tag in _CONTENT
            bold -= tag in _BOLD
            if tag in _BLOCK:
                kinds.pop()
                r.flush(kinds[-1])
            r.add(el.tail, bold > 0)
    r.flush("paragraph")
    return "".join(r.out), tuple(r.blocks)
