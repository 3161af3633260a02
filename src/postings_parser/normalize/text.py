"""Stage 1: decode the source and normalize it into text + blocks with offsets.

* bytes are decoded by :mod:`.decode` (a BOM's encoding, UTF-8, the caller's or the page's
  declared encoding, windows-1252);
* the characters of :mod:`postings_parser.rules.chars` are rewritten: line breaks (``\\r\\n``,
  ``\\r``, U+2028, ...) become ``\\n``, odd spaces become ``' '``, zero-width characters, BOMs,
  format characters (bidi marks and overrides, ...) and control characters are removed, C1
  controls become their windows-1252 characters, lone surrogates become U+FFFD;
* the result remembers where its offsets drift from the source's (``source_map``: one
  breakpoint per run of removed characters);
* a plain-text source is cut into blocks at line breaks; an HTML source is rendered to text by
  :mod:`postings_parser.normalize.html`, which yields blocks from the markup.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from ..errors import EmptyInputError
from ..models import ParseWarning, SourceMap, WarningCode
from ..rules.chars import (
    C1_AS_WINDOWS_1252,
    C1_CONTROLS,
    CONTROLS,
    FORMAT,
    INVISIBLE,
    LINE_BREAKS,
    REPLACEMENT_CHARACTER,
    SPACES,
    SURROGATES,
)
from .blocks import Normalized, line_blocks
from .charclass import CharClass, has_astral
from .decode import decode

__all__ = ["clean", "decode", "line_blocks", "looks_like_html", "normalize"]

# the groups of the pattern whose characters are counted in a warning, none counted yet
_NONE = {"control": 0, "format": 0, "surrogate": 0, "c1": 0}
_REMOVED_CONTROLS = CONTROLS + "".join(c for c in C1_CONTROLS if c not in C1_AS_WINDOWS_1252)
# every character :func:`clean` rewrites, a run of removed characters (or of spaces, or of lone
# surrogates) at once; the group that matched names what becomes of it
_SPECIAL = re.compile(
    "|".join(
        [
            f"(?P<control>[{re.escape(_REMOVED_CONTROLS)}]+)",
            f"(?P<format>[{re.escape(FORMAT)}]+)",
            f"(?P<invisible>[{re.escape(INVISIBLE)}]+)",
            f"(?P<space>[{re.escape(SPACES)}]+)",
            f"(?P<line_break>\r\n|[{re.escape(LINE_BREAKS)}])",
            "(?P<surrogate>[\ud800-\udfff]+)",
            f"(?P<c1>[{re.escape(''.join(C1_AS_WINDOWS_1252))}])",
        ]
    )
)
# the characters a match of the pattern starts with (one lookup a character in a text without
# astral characters; a text with them is read by the pattern itself)
_SPECIAL_START = CharClass(
    "".join(
        sorted(
            set(_REMOVED_CONTROLS + FORMAT + INVISIBLE + SPACES + LINE_BREAKS + SURROGATES)
            | set(C1_AS_WINDOWS_1252)
        )
    )
)
# a tag of the elements that make up most markup, opening or closing, and the start of a document
_TAG_PATTERN = (
    r"</?(?:p|div|ul|ol|li|br|h[1-6]|span|strong|b|em|article|section|body|table|tr|td|th|pre|a)"
    r"\b[^<>]{0,500}>"
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


def clean(text: str) -> tuple[str, SourceMap, list[ParseWarning]]:
    """Normalize line breaks, spaces and invisible characters in one pass; return the text,
    its source map, warnings.

    Text that ``str.isprintable`` accepts, line breaks aside, is returned as it is: every
    character the pattern replaces is one that ``str.isprintable`` rejects (the tests check
    this over all of Unicode)."""
    if not _special(text):
        return text, SourceMap(), []
    cleaned, source_map, counts = _replace_special(text)
    return cleaned, source_map, _warnings(counts)


def _special(text: str) -> bool:
    """Whether ``text`` may hold a character :func:`clean` rewrites."""
    return not text.replace("\n", " ").isprintable()


def _replacement(group: str, run: str) -> str:
    """What a run of special characters that ``group`` of the pattern matched becomes."""
    if group == "space":
        return " " * len(run)
    if group == "line_break":
        return "\n"
    if group == "surrogate":
        return REPLACEMENT_CHARACTER * len(run)
    if group == "c1":
        return C1_AS_WINDOWS_1252[run]
    return ""  # control, format and invisible characters are removed


def _special_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of the special-character pattern in ``text``, in order: those of
    ``_SPECIAL.finditer``, found by jumping from one possible start to the next."""
    if has_astral(text):
        yield from _SPECIAL.finditer(text)
        return
    starts = _SPECIAL_START.pattern(text, astral=False)
    start = starts.search(text)
    while start is not None:
        m = _SPECIAL.match(text, start.start())
        assert m is not None  # every character of the class starts a match
        yield m
        start = starts.search(text, m.end())


def _replace_special(text: str) -> tuple[str, SourceMap, dict[str, int]]:
    """Rewrite each run of special characters; return the text, its source map (a breakpoint
    where the offsets drift apart, one per run of removed characters) and how many characters
    of each counted group were rewritten."""
    pieces = io.StringIO()  # one buffer, not a string per run
    breakpoints = SourceMap()
    counts = dict(_NONE)
    pos = out = 0  # in the source, in the normalized text
    for m in _special_runs(text):
        s, e = m.span()
        group = m.lastgroup
        assert group is not None
        rep = _replacement(group, m.group())
        if group in counts:
            counts[group] += e - s
        pieces.write(text[pos:s])
        pieces.write(rep)
        out += s - pos + len(rep)
        pos = e
        if len(rep) != e - s:
            breakpoints.add(out, pos)  # nothing between two: the later one says it all
    pieces.write(text[pos:])
    return pieces.getvalue(), breakpoints, counts


def _warnings(counts: dict[str, int]) -> list[ParseWarning]:
    """The warnings for removed or replaced control and format characters, if there were any."""
    warnings = []
    controls = counts["control"] + counts["surrogate"] + counts["c1"]
    if controls:
        message = f"removed or replaced {controls} control character(s) or lone surrogate(s)"
        warnings.append(ParseWarning(code=WarningCode.CONTROL_CHARACTERS, message=message))
    if counts["format"]:
        message = (
            f"removed {counts['format']} invisible format character(s) (bidi marks, overrides, "
            "...): the text may have displayed in another order"
        )
        warnings.append(ParseWarning(code=WarningCode.FORMAT_CHARACTERS, message=message))
    return warnings


def normalize(
    source: str | bytes, *, strict: bool = False, encoding: str | None = None
) -> Normalized:
    """Decode and normalize ``source`` (plain text or HTML); ``encoding`` is the caller's word
    on the encoding of bytes (an HTTP charset, say), used when the bytes agree with it.  Whether
    the source is markup is told from its cleaned text: no character that cleaning removes can
    change what it is."""
    text, warnings = decode(source, strict=strict, encoding=encoding)
    cleaned, source_map, counts = (
        _replace_special(text) if _special(text) else (text, SourceMap(), _NONE)
    )
    del text  # the decoded source is not needed any more
    if looks_like_html(cleaned):
        from .html import render_html  # the HTML path: a rendering with its own blocks

        rendered, blocks, removed = render_html(cleaned)
        counts = {group: n + removed.get(group, 0) for group, n in counts.items()}
        noticed = (*warnings, *_warnings(counts))
        result = Normalized(rendered, blocks, SourceMap(), noticed, is_html=True)
    else:
        blocks = line_blocks(cleaned)
        result = Normalized(cleaned, blocks, source_map, (*warnings, *_warnings(counts)))
    if not result.blocks:
        raise EmptyInputError("the source holds no text")
    return result
