"""WARC records, checked: each record's bytes are cut out by its ``Content-Length`` (which must
end where the record's closing blank lines are) and parsed by ``warcio`` with its digests checked.

A ``.warc.gz`` is read gzip member by gzip member (one record each, as the WARC standard asks),
so a truncated or corrupt member is one error and reading resumes at the next member that
inflates to a WARC record; in an uncompressed WARC a record whose length is wrong is one error
and reading resumes at the next ``WARC/1.x`` header line.  Records that are no page (requests,
metadata, revisits, responses other than 200, images and other non-HTML types) are skipped
records counted by reason.  The HTTP ``charset``, else the page's ``<meta charset>``, travels
with the page as the parser's encoding hint.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any

from .provenance import WARC_FIELDS
from .records import InputRecord, error_record, printable, skipped_record
from .streams import check_ratio

CHUNK = 1 << 16
MAX_HEADER = 1 << 16
GZIP_MAGIC = b"\x1f\x8b\x08"
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
PAGE_RECORDS = frozenset({"response", "resource"})
CONTENT_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d{1,15})[ \t]*\r?$")
META_CHARSET = re.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w.:]{1,40})""")

Framed = tuple[int, bytes | None, str | None]
"""A record's offset, its bytes, or why it has none."""


class _Buffer:
    """A window on a stream, addressed by absolute offsets; bytes before the window are gone."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._buf = bytearray()
        self._base = 0
        self.eof = False

    def end(self) -> int:
        return self._base + len(self._buf)

    def fill_to(self, offset: int) -> bool:
        """Read until ``offset`` is in the window; False when the stream ends before."""
        while self.end() < offset and not self.eof:
            chunk = self._stream.read(max(CHUNK, min(offset - self.end(), 1 << 24)))
            if chunk:
                self._buf += chunk
            else:
                self.eof = True
        return self.end() >= offset

    def get(self, start: int, stop: int) -> bytes:
        return bytes(self._buf[start - self._base : stop - self._base])

    def drop_before(self, offset: int) -> None:
        offset = min(offset, self.end())
        del self._buf[: offset - self._base]
        self._base = offset

    def discard_to(self, offset: int) -> None:
        """Move the window to ``offset`` without holding the bytes on the way."""
        while self.end() < offset and not self.eof:
            self.drop_before(self.end())
            self.fill_to(min(offset, self.end() + CHUNK))
        self.drop_before(offset)

    def find(self, needle: bytes, start: int) -> int:
        """The offset of ``needle`` at or after ``start``, or -1; drops the window before it."""
        while True:
            found = self._buf.find(needle, max(start - self._base, 0))
            if found >= 0:
                return found + self._base
            if self.eof:
                return -1
            start = max(start, self.end() - len(needle) + 1)
            self.drop_before(start)
            self.fill_to(self.end() + CHUNK)

    def find_within(self, needle: bytes, start: int, limit: int) -> int:
        """The offset of ``needle`` in ``limit`` bytes from ``start``, or -1."""
        self.fill_to(start + limit)
        found = self._buf.find(needle, start - self._base, start + limit - self._base)
        return found + self._base if found >= 0 else -1


# ------------------------------------------------------------------------------------------
# records cut out by their Content-Length


def _content_length(header: bytes) -> int | None:
    match = CONTENT_LENGTH.search(header)
    return int(match.group(1)) if match else None


def _blank_end(buf: _Buffer, pos: int) -> int:
    """The offset after the blank lines at ``pos``."""
    while buf.fill_to(pos + 1) and buf.get(pos, pos + 1) in (b"\r", b"\n"):
        pos += 1
    return pos


def _trailer_ok(buf: _Buffer, stop: int) -> bool:
    """Whether the block ending at ``stop`` is followed by the record's two line breaks."""
    trailer = buf.get(stop, stop + 4)
    return trailer == b"\r\n\r\n" or (buf.eof and b"\r\n\r\n".startswith(trailer))


def _frame_at(buf: _Buffer, pos: int, cap: int) -> tuple[int, bytes | None, str | None]:
    """``(end, record bytes, None)``, or ``(end, None, reason)`` where ``end`` is where the
    next record starts when known, else -1 (find the next header)."""
    buf.fill_to(pos + 7)
    if buf.get(pos, pos + 7) != b"WARC/1.":
        return -1, None, "no WARC header where a record should start"
    head_end = buf.find_within(b"\r\n\r\n", pos, MAX_HEADER)
    if head_end < 0 and buf.eof:
        return -1, None, "truncated record: the data ends inside its WARC header"
    length = _content_length(buf.get(pos, head_end)) if head_end >= 0 else None
    if length is None:
        return -1, None, "a WARC header without a valid Content-Length"
    start, stop = head_end + 4, head_end + 4 + length
    if length > cap:
        return stop, None, f"record too large: a WARC block of {length:,} bytes"
    if not buf.fill_to(stop):
        left = buf.end() - start
        return -1, None, f"truncated record: Content-Length {length:,}, {left:,} bytes left"
    buf.fill_to(stop + 4)
    if not _trailer_ok(buf, stop):
        return -1, None, f"record length mismatch: Content-Length {length:,} is not its end"
    return stop + 4, buf.get(pos, stop), None


def frame_records(stream: IO[bytes], cap: int, base: int = 0) -> Iterator[Framed]:
    """Every record of an uncompressed WARC stream: its offset and bytes, or an error."""
    buf = _Buffer(stream)
    pos = 0
    while True:
        pos = _blank_end(buf, pos)
        if not buf.fill_to(pos + 1):
            return
        end, raw, error = _frame_at(buf, pos, cap)
        yield base + pos, raw, error
        if end >= 0:
            buf.discard_to(end)
            pos = end
            continue
        found = buf.find(b"\nWARC/1.", pos + 1)
        if found < 0:
            return
        pos = found + 1


# ------------------------------------------------------------------------------------------
# gzip members


def _inflate(buf: _Buffer, start: int, cap: int) -> tuple[bytes | None, int, str | None]:
    """The gzip member at ``start``: ``(bytes, end, None)`` or ``(None, where, reason)``."""
    inflater = zlib.decompressobj(31)
    out = bytearray()
    pos = start
    while not inflater.eof:
        if not buf.fill_to(pos + 1):
            return None, pos, "truncated gzip member"
        chunk = buf.get(pos, min(buf.end(), pos + CHUNK))
        try:
            out += inflater.decompress(chunk, cap + 1 - len(out))
            check_ratio(len(out), pos - start + len(chunk))
        except zlib.error as exc:
            return None, pos, f"corrupt gzip member ({exc})"
        except Exception as exc:  # BombError
            return None, pos, str(exc).split(";")[0]
        pos += len(chunk) - len(inflater.unconsumed_tail) - len(inflater.unused_data)
        if len(out) > cap:
            return None, pos, f"record too large: a gzip member of more than {cap:,} bytes"
    return bytes(out), pos, None


def _resync(buf: _Buffer, start: int, cap: int) -> int:
    """The offset of the next gzip member from ``start`` that inflates to a WARC record."""
    while True:
        found = buf.find(GZIP_MAGIC, start)
        if found < 0:
            return buf.end()
        data, _, error = _inflate(buf, found, cap)
        if error is None and data is not None and data.startswith(b"WARC/"):
            return found
        start = found + 1


def _only_padding(buf: _Buffer, pos: int) -> bool:
    """Whether nothing but zero bytes and line breaks is left (padding at the end of a file)."""
    buf.fill_to(pos + CHUNK)
    return buf.eof and not buf.get(pos, buf.end()).strip(b"\x00\r\n\t ")


def gzip_members(stream: IO[bytes], cap: int) -> Iterator[Framed]:
    """Every member of a gzip stream, inflated: its offset and bytes, or an error."""
    buf = _Buffer(stream)
    pos = 0
    while buf.fill_to(pos + 1) and not _only_padding(buf, pos):
        data, end, error = _inflate(buf, pos, cap)
        if error is None:
            yield pos, data, None
            buf.drop_before(end)
            pos = end
            continue
        yield pos, None, error
        pos = _resync(buf, pos + 1, cap)


def _gzip_records(stream: IO[bytes], cap: int) -> Iterator[Framed]:
    for offset, data, error in gzip_members(stream, cap):
        if data is None:
            yield offset, None, error
            continue
        for _, raw, problem in frame_records(io.BytesIO(data), cap):
            yield offset, raw, problem


# ------------------------------------------------------------------------------------------
# what a record holds


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None


def meta_charset(body: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` of its first 4 KB."""
    match = META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _why_skipped(record: Any) -> str | None:
    """Why a record is not a page, or None when it is one."""
    if record.rec_type not in PAGE_RECORDS:
        return str(record.rec_type)
    if record.rec_type == "response":
        status = record.http_headers.get_statuscode() if record.http_headers else None
        if status != "200":
            return f"HTTP {status}" if status else "no HTTP status"
    mime = _content_type(record).split(";")[0].strip().lower()
    return None if not mime or mime in PAGE_TYPES else "non-HTML"


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    return (headers.get_header("Content-Type") if headers else None) or ""


def _kept(record: Any, keep: tuple[str, ...]) -> dict[str, str | None] | None:
    """The ``--keep-fields`` of a WARC record: ``url``, ``date`` or any WARC header by name."""
    if not keep:
        return None
    headers = record.rec_headers
    return {name: headers.get_header(WARC_FIELDS.get(name, name)) for name in keep}


def _page(
    record: Any, rid: str, name: str, number: int, cap: int, keep: tuple[str, ...]
) -> InputRecord:
    body = record.content_stream().read(cap + 1)
    if len(body) > cap:
        return error_record(rid, name, number, f"record too large: more than {cap:,} bytes")
    record.raw_stream.read()  # to the end, where warcio checks the digests
    charset = _charset(_content_type(record)) or meta_charset(body)
    return InputRecord(rid, name, number, body, encoding=charset, fields=_kept(record, keep))


def _entry(raw: bytes, name: str, number: int, cap: int, keep: tuple[str, ...]) -> InputRecord:
    """The input record of one WARC record's bytes: a page, a skipped record or an error."""
    from warcio.archiveiterator import ArchiveIterator

    rid = f"{name}#{number}"
    try:
        record = next(iter(ArchiveIterator(io.BytesIO(raw), check_digests="raise")))
        rid = printable(record.rec_headers.get_header("WARC-Target-URI") or rid)
        reason = _why_skipped(record)
        if reason is not None:
            return skipped_record(rid, name, number, reason)
        return _page(record, rid, name, number, cap, keep)
    except Exception as exc:  # warcio raises plain exceptions on a broken record
        detail = printable(str(exc)).strip()[:200] or type(exc).__name__
        return error_record(rid, name, number, f"broken WARC record: {detail}")


def warc_records(
    stream: IO[bytes], name: str, cap: int, *, gzipped: bool, keep: tuple[str, ...] = ()
) -> Iterator[InputRecord]:
    """Every record of a WARC stream (gzip members read one by one when ``gzipped``); ``keep``
    names the headers its pages carry as fields (:data:`~.provenance.WARC_FIELDS`)."""
    framed = _gzip_records(stream, cap) if gzipped else frame_records(stream, cap)
    for number, (offset, raw, error) in enumerate(framed, start=1):
        if raw is None:
            reason = error or "unreadable"
            if not reason.startswith(("record too large", "decompression bomb")):
                reason = f"broken WARC record: {reason}"
            yield error_record(f"{name}@{offset}", name, number, f"{reason} (offset {offset:,})")
        else:
            yield _entry(raw, name, number, cap, keep)
