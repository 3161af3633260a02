"""Stage 1a: bytes to ``str``.

The first reading the bytes agree with wins (they agree when they decode without an error):

1. a byte order mark's (UTF-8, UTF-16, UTF-32);
2. the caller's ``encoding`` when it is not ASCII-compatible (UTF-16 without a BOM);
3. UTF-8;
4. UTF-8 with a few broken sequences (then with replacement characters and a warning);
5. the caller's ``encoding`` (an HTTP charset, say);
6. the encoding the page declares: ``<meta charset>``, ``<meta http-equiv="Content-Type">``
   or an XML declaration's, as browsers read their labels (ISO-8859-1 is windows-1252);
7. windows-1252;
8. else UTF-8 with replacement characters and a warning.

A named encoding that is unknown or that the bytes do not agree with is skipped with a warning.
"""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError, InputTypeError
from ..models import ParseWarning, WarningCode
from ..rules.chars import DECLARED_ENCODING_ALIASES

# byte order marks, the longer first (a UTF-32 LE mark starts with the UTF-16 LE one)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LABEL = r"""["']?\s*([A-Za-z0-9][A-Za-z0-9_.:+-]{0,40})"""
# ``<meta charset="x">`` and ``<meta http-equiv="Content-Type" content="text/html; charset=x">``,
# each within one tag of bounded length; an XML declaration's encoding, at the start
_META_CHARSET = re.compile(rf"<meta\b[^<>]{{0,500}}?\bcharset\s*=\s*{_LABEL}", re.IGNORECASE)
_XML_ENCODING = re.compile(rf"\s*<\?xml\b[^<>]{{0,200}}?\bencoding\s*=\s*{_LABEL}", re.IGNORECASE)
_HEAD = 20000  # how many bytes a declaration is looked for in
_CALLER = "the encoding named by the caller"
_DECLARED = "the page's declared encoding"


def decode(
    source: str | bytes, *, strict: bool = False, encoding: str | None = None
) -> tuple[str, list[ParseWarning]]:
    """Turn ``source`` into ``str`` (see the module's docstring for the order of readings);
    ``strict=True`` turns any replacement into a :class:`DecodeError`."""
    if isinstance(source, str):
        return source, []
    if not isinstance(source, bytes | bytearray | memoryview):
        raise InputTypeError(f"source must be str or bytes, not {type(source).__name__}")
    data = bytes(source)
    warnings: list[ParseWarning] = []
    text = _with_bom(data)
    if text is not None:
        return text, warnings
    hint = _codec(encoding, _CALLER, warnings)
    if hint is not None and not _ascii_compatible(hint):
        text = _agreeing(data, hint, _CALLER, warnings)
        hint = None
    if text is None:
        text = _agreeing(data, "utf-8", None, warnings)
    if text is not None:
        return text, warnings
    as_utf8 = data.decode("utf-8", errors="replace")
    if _mostly_utf8(as_utf8):
        return _replaced(as_utf8, strict, warnings)
    text = _agreeing(data, hint, _CALLER, warnings) if hint else None
    if text is None and (declared := _declared(data, warnings)) is not None:
        text = _agreeing(data, declared, _DECLARED, warnings)
    if text is None:
        text = _agreeing(data, "windows-1252", None, warnings)
    return (text, warnings) if text is not None else _replaced(as_utf8, strict, warnings)


def _with_bom(data: bytes) -> str | None:
    """``data`` decoded with the encoding its byte order mark names, or None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _codec(label: str | None, what: str, warnings: list[ParseWarning]) -> str | None:
    """The codec's name for an encoding label, or None (with a warning when it is unknown)."""
    if label is None:
        return None
    try:
        return codecs.lookup(label.strip()).name
    except LookupError:
        warnings.append(_ignored(f"{what}, {label[:40]!r}, is unknown"))
        return None


def _ascii_compatible(codec: str) -> bool:
    try:
        return "<p>charset=aZ09".encode(codec) == b"<p>charset=aZ09"
    except (UnicodeError, LookupError):
        return False


def _agreeing(
    data: bytes, codec: str, what: str | None, warnings: list[ParseWarning]
) -> str | None:
    """``data`` decoded with ``codec``, or None when the bytes do not agree with it (then a
    warning when ``what`` names where the encoding came from)."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        if what is not None:
            warnings.append(_ignored(f"the bytes do not decode as {what}, {codec}"))
        return None


def _mostly_utf8(as_utf8: str) -> bool:
    """Bytes that are mostly UTF-8 with a few broken sequences: at least as many characters
    beyond ASCII as replacement characters."""
    broken = as_utf8.count("\ufffd")
    valid = len(as_utf8) - len(as_utf8.encode("ascii", errors="ignore")) - broken
    return valid > 0 and broken <= valid


def _declared(data: bytes, warnings: list[ParseWarning]) -> str | None:
    """The encoding the markup at the start of ``data`` declares, as a codec's name, or None."""
    head = data[:_HEAD].decode("latin-1")  # markup and labels are ASCII
    if "<" not in head:
        return None
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if m is None:
        return None
    label = m.group(1).lower()
    return _codec(DECLARED_ENCODING_ALIASES.get(label, label), _DECLARED, warnings)


def _ignored(message: str) -> ParseWarning:
    return ParseWarning(code=WarningCode.DECLARED_ENCODING_IGNORED, message=message)


def _replaced(
    text: str, strict: bool, warnings: list[ParseWarning]
) -> tuple[str, list[ParseWarning]]:
    if strict:
        raise DecodeError("the bytes are not valid in their encoding; strict mode")
    warning = ParseWarning(
        code=WarningCode.REPLACED_BYTES,
        message="undecodable bytes were replaced by U+FFFD (decoded as UTF-8)",
    )
    return text, [*warnings, warning]
