"""Stage 1: decode the source and normalize it into text + blocks with offsets.

* bytes are decoded as UTF-8 when they are UTF-8, else with the encoding their BOM or their
  markup declares (bs4's ``EncodingDetector``), else as windows-1252 (:func:`decode`);
* the characters of :mod:`postings_parser.rules.chars` are rewritten: line breaks (``\\r\\n``,
  ``\\r``, U+2028, ...) become ``\\n``, odd spaces become ``' '``, zero-width characters, BOMs
  and control characters are removed, lone surrogates become U+FFFD;
* the result remembers where its offsets drift from the source's (``source_map``);
* a plain-text source is cut into blocks at line breaks; an HTML source is rendered to text by
  :mod:`postings_parser.normalize.html`, which yields blocks from the markup.
"""

from __future__ import annotations

import re

from ..errors import DecodeError, EmptyInputError, InputTypeError
from ..models import ParseWarning, WarningCode
from ..rules.chars import (
    CONTROLS,
    INVISIBLE,
    LINE_BREAKS,
    REPLACEMENT_CHARACTER,
    SPACES,
    SURROGATES,
)
from .blocks import Block, Normalized

# what :func:`clean` puts in place of each character of the table (``\r\n`` is paired up there)
_REPLACEMENTS = {
    **dict.fromkeys(LINE_BREAKS, "\n"),
    **dict.fromkeys(SPACES, " "),
    **dict.fromkeys(INVISIBLE, ""),
    **dict.fromkeys(CONTROLS, ""),
    **dict.fromkeys(SURROGATES, REPLACEMENT_CHARACTER),
}
# the replacements a warning counts
_COUNTED = frozenset(CONTROLS + SURROGATES)
# every character :func:`clean` replaces, as one character class
_SPECIAL = re.compile(f"[{re.escape(''.join(_REPLACEMENTS))}]")
# a line's text from its first to its last character that is not white space; each match
# starts at a character that is not space (the search skips the rest), and the inner
# ``[^\n]*`` gives back at most the line's trailing spaces: linear
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
# a tag of the elements that make up most markup, opening or closing, and the start of a document
_TAG_PATTERN = (
    r"</?(?:p|div|ul|ol|li|br|h[1-6]|span|strong|b|em|article|section|body|table|a)\b[^<>]{0,500}>"
)
_DOCUMENT_START = r"<!doctype\s+html|<html[\s>]|<\?xml|<!--"
# Text is markup when it starts with markup or when tags are its structure: real pages and
# fragments have one every 70-170 characters.  A text with a tag or two in it (``Embodies the
# <span>Netflix values</span>``, an article that quotes ``<br>``) stays text, its lines kept.
_MARKUP_START = re.compile(rf"\s*(?:{_DOCUMENT_START}|{_TAG_PATTERN})", re.IGNORECASE)
_TAG = re.compile(_TAG_PATTERN, re.IGNORECASE)
_MAX_CHARACTERS_PER_TAG = 1000
_MIN_TAGS = 3
_HEAD = 20000  # how much of a source tells whether it is markup


def decode(source: str | bytes, *, strict: bool = False) -> tuple[str, list[ParseWarning]]:
    """Turn ``source`` into ``str``.

    Bytes are UTF-8 (a BOM is dropped).  Bytes that are mostly UTF-8 with a few broken
    sequences are decoded as UTF-8 with replacement characters and a warning.  Other bytes are
    decoded with the first encoding that takes them: a BOM's and the page's declared
    charset (read by bs4's ``EncodingDetector``), then windows-1252; what none takes is decoded
    as UTF-8 with replacement characters and a warning.  ``strict=True`` turns any replacement
    into a :class:`DecodeError`.
    """
    if isinstance(source, str):
        return source, []
    if not isinstance(source, bytes | bytearray | memoryview):
        raise InputTypeError(f"source must be str or bytes, not {type(source).__name__}")
    data = bytes(source)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="replace")
    broken = as_utf8.count("\ufffd")
    valid = sum(1 for ch in as_utf8 if ch > "\x7f") - broken
    if valid > 0 and broken <= valid:  # UTF-8 with a few broken sequences
        return _replaced(as_utf8, strict)
    from bs4.dammit import EncodingDetector  # only bytes that are not UTF-8 need it

    # the same test as the rendering's, on the bytes as they stand (markup is ASCII)
    is_html = looks_like_html(data[:_HEAD].decode("latin-1"))
    detector = EncodingDetector(data, is_html=is_html)
    # no statistical guess (it would depend on which detector happens to be installed): the
    # same bytes give the same text everywhere
    for encoding in (detector.sniffed_encoding, detector.declared_encoding, "windows-1252"):
        if not encoding:
            continue
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return (text[1:] if text.startswith("\ufeff") else text), []
    return _replaced(as_utf8, strict)


def _replaced(text: str, strict: bool) -> tuple[str, list[ParseWarning]]:
    if strict:
        raise DecodeError("the bytes are not valid in their encoding; strict mode")
    warning = ParseWarning(
        code=WarningCode.REPLACED_BYTES,
        message="undecodable bytes were replaced by U+FFFD (decoded as UTF-8)",
    )
    return text, [warning]


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than plain text: it starts with markup, or the
    first 20,000 characters hold three tags or more, and one for every 1,000 characters."""
    head = text[:_HEAD]
    if "<" not in head:
        return False
    if _MARKUP_START.match(head) is not None:
        return True
    tags = len(_TAG.findall(head))
    return tags >= _MIN_TAGS and tags * _MAX_CHARACTERS_PER_TAG >= len(head)


def clean(text: str) -> tuple[str, tuple[tuple[int, int], ...], list[ParseWarning]]:
    """Normalize line breaks and spaces in one pass; return the text, its source map, warnings.

    Text that ``str.isprintable`` accepts, line breaks aside, is returned as it is: every
    character the pattern replaces is one that ``str.isprintable`` rejects (the tests check
    this over all of Unicode)."""
    if text.replace("\n", " ").isprintable():
        return text, (), []
    cleaned, source_map, controls = _replace_special(text)
    return cleaned, source_map, _control_warnings(controls)


def _replace_special(text: str) -> tuple[str, tuple[tuple[int, int], ...], int]:
    """Replace each character of the table; return the text, its source map and how many
    control characters and lone surrogates were replaced."""
    pieces: list[str] = []
    breakpoints: list[tuple[int, int]] = []
    pos = 0  # in the source
    out = 0  # in the normalized text
    controls = 0
    for m in _SPECIAL.finditer(text):
        s, e = m.span()
        pieces.append(text[pos:s])
        out += s - pos
        ch = m.group()
        if ch == "\r" and text.startswith("\n", e):
            e += 1  # ``\r\n`` is one line break
        rep = _REPLACEMENTS[ch]
        if ch in _COUNTED:
            controls += 1
        pieces.append(rep)
        out += len(rep)
        pos = e
        if len(rep) != e - s:
            breakpoints.append((out, pos))
    pieces.append(text[pos:])
    return "".join(pieces), tuple(breakpoints), controls


def _control_warnings(controls: int) -> list[ParseWarning]:
    """The warning for ``controls`` removed or replaced characters, if there were any."""
    if not controls:
        return []
    message = f"removed or replaced {controls} control character(s) or lone surrogate(s)"
    return [ParseWarning(code=WarningCode.CONTROL_CHARACTERS, message=message)]


def line_blocks(text: str) -> tuple[Block, ...]:
    """One block per non-blank line, trimmed."""
    return tuple(Block(*m.span()) for m in _LINE.finditer(text))


def normalize(source: str | bytes, *, strict: bool = False) -> Normalized:
    """Decode and normalize ``source`` (plain text or HTML)."""
    text, warnings = decode(source, strict=strict)
    if looks_like_html(text):
        from .html import render_html  # the HTML path: a rendering with its own blocks

        markup, _, more = clean(text)
        rendered, blocks, flat = render_html(markup)
        if flat:
            more.append(
                ParseWarning(
                    code=WarningCode.FLAT_MARKUP,
                    message="markup nested too deep for the tree parser was rendered flat",
                )
            )
        result = Normalized(rendered, blocks, (), (*warnings, *more), is_html=True)
    else:
        cleaned, source_map, more = clean(text)
        result = Normalized(cleaned, line_blocks(cleaned), source_map, (*warnings, *more))
    if not result.blocks:
        raise EmptyInputError("the source holds no text")
    return result
