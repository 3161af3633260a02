"""The inputs of a batch run, read by content: every record of every input, in order.

An input is a path, a directory (walked in name order), ``-`` (stdin) or a URL (through
``fsspec``, with the matching extra installed).  Its compression is told by its first bytes (else
the suffix, as fsspec infers it) and its format by ``--input-format`` or, with ``auto``, by its
start and suffix: ``WARC/1.`` is a WARC file, ``.jsonl`` / ``.ndjson`` or a first ``{`` is JSONL,
``.txt`` / ``.html`` or other text is one page.  Binary data (an image, an archive) is an error
line, never parsed as a page.  In a directory, hidden files (``.x``, ``_x``) are skipped and
counted; broken links, FIFOs, sockets and unreadable entries are error lines.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from .jsonl import JsonlFields, jsonl_records
from .records import MAX_RECORD_BYTES, InputRecord, error_record, printable, skipped_record
from .streams import (
    BombError,
    Reported,
    compression_of,
    decompress_head,
    decompressed,
    open_raw,
    read_head,
)
from .warc import meta_charset, warc_records

InputFormat = Literal["auto", "jsonl", "warc", "page"]
PAGE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
COMPRESSION_SUFFIXES = (".gz", ".gzip", ".bz2", ".xz", ".lzma", ".zst", ".zstd")
BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"RIFF": "a RIFF file (WebP, WAV)",
    b"\x7fELF": "an executable",
    b"PAR1": "a Parquet file",
}
CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How the inputs are read: ``id_field`` names a JSONL record's id, ``keep`` the fields
    its records carry (:mod:`.provenance`), and ``on_bytes`` is told of every input byte read."""

    text_field: str | None = None
    input_format: InputFormat = "auto"
    max_record_bytes: int = MAX_RECORD_BYTES
    id_field: str | None = None
    keep: tuple[str, ...] = ()
    on_bytes: Callable[[int], None] | None = field(default=None, compare=False)

    def jsonl_fields(self) -> JsonlFields:
        """The fields of a JSONL record to read."""
        return JsonlFields(self.text_field, self.id_field, self.keep)


def display_name(name: str | Path) -> str:
    """How an input is named in ids and error lines (undecodable bytes of a file name as
    ``\\xff``)."""
    if str(name) == "-":
        return "<stdin>"
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return printable(str(name))


def binary_kind(head: bytes) -> str | None:
    """What binary data ``head`` starts, or None when it reads as text."""
    for magic, kind in BINARY_MAGIC.items():
        if head.startswith(magic):
            return kind
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text with its byte order mark
    sample = head[:4096]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if b"\x00" in sample or controls > len(sample) // 20:
        return "binary data"
    return None


def _stem(name: str) -> str:
    lower = name.lower()
    for suffix in COMPRESSION_SUFFIXES:
        if lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


def sniff_format(head: bytes, name: str) -> str:
    """``warc``, ``jsonl``, ``page``, or what binary data it is."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    stem = _stem(name)
    if start.startswith(b"WARC/1.") or stem.endswith(".warc"):
        return "warc"
    if Path(stem).suffix in JSONL_SUFFIXES:
        return "jsonl"
    kind = binary_kind(head)
    if kind is not None:
        return kind
    return "jsonl" if start.startswith(b"{") else "page"


def _page(stream: IO[bytes], name: str, cap: int) -> Iterator[InputRecord]:
    data = stream.read(cap + 1)
    if len(data) > cap:
        yield error_record(name, name, None, f"record too large: more than {cap:,} bytes")
        return
    yield InputRecord(name, name, None, data, encoding=meta_charset(data))


def _records_of(raw: IO[bytes], name: str, options: ReadOptions) -> Iterator[InputRecord]:
    """The records of one opened input."""
    head, stream = read_head(raw)
    compression = compression_of(head, name)
    fmt = options.input_format
    if fmt == "auto":
        fmt = sniff_format(decompress_head(head, compression), name)  # type: ignore[assignment]
    cap = options.max_record_bytes
    if fmt == "warc" and compression == "gzip":
        yield from warc_records(stream, name, cap, gzipped=True, keep=options.keep)
        return
    if compression is not None:
        stream = decompressed(stream, compression)
    if fmt == "jsonl":
        yield from jsonl_records(stream, name, options.jsonl_fields(), cap)
    elif fmt == "warc":
        yield from warc_records(stream, name, cap, gzipped=False, keep=options.keep)
    elif fmt == "page":
        yield from _page(stream, name, cap)
    else:
        yield error_record(name, name, None, f"not a page, JSONL or WARC: {fmt}")


def read_input(name: str, options: ReadOptions) -> Iterator[InputRecord]:
    """Every record of one input; a failure to read it is an error line, and what was read
    before the failure stays read."""
    shown = display_name(name)
    try:
        raw = open_raw(name)
    except OSError as exc:
        yield error_record(shown, shown, None, f"unreadable input: {exc.strerror or exc}")
        return
    counted = raw if options.on_bytes is None else Reported(raw, options.on_bytes)
    try:
        yield from _records_of(counted, shown, options)  # type: ignore[arg-type]
    except BombError as exc:
        yield error_record(shown, shown, None, str(exc))
    except Exception as exc:  # a read error, a corrupt or truncated compressed stream
        detail = printable(f"{type(exc).__name__}: {exc}")[:300]
        yield error_record(shown, shown, None, f"unreadable input: {detail}")
    finally:
        if name != "-":
            raw.close()


def _entry(path: str) -> str | InputRecord:
    """A directory entry to read, or the record saying why it is not read."""
    shown = display_name(path)
    if os.path.basename(path).startswith((".", "_")):
        return skipped_record(shown, shown, None, "hidden file")
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        reason = "broken symbolic link" if os.path.islink(path) else exc.strerror or str(exc)
        return error_record(shown, shown, None, f"unreadable input: {reason}")
    if not stat.S_ISREG(mode):
        kind = "FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"
        return error_record(shown, shown, None, f"unreadable input: not a regular file ({kind})")
    return path


def _walk(top: str) -> Iterator[str | InputRecord]:
    """The files under ``top`` in name order (and a record for each entry not read)."""
    problems: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=problems.append):
        for exc in problems:
            shown = display_name(str(exc.filename))
            yield error_record(shown, shown, None, f"unreadable input: {exc.strerror or exc}")
        problems.clear()
        dirs.sort()
        for d in [d for d in dirs if d.startswith((".", "_"))]:
            dirs.remove(d)
            shown = display_name(os.path.join(root, d))
            yield skipped_record(shown, shown, None, "hidden file")
        for d in [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            shown = display_name(os.path.join(root, d))
            yield skipped_record(shown, shown, None, "link to a directory")
        for name in sorted(files):
            yield _entry(os.path.join(root, name))
    for exc in problems:
        shown = display_name(str(exc.filename))
        yield error_record(shown, shown, None, f"unreadable input: {exc.strerror or exc}")


def directory_files(top: str) -> Iterator[str]:
    """The files a run reads under the directory ``top``, in order (hidden ones left out)."""
    return (entry for entry in _walk(top) if isinstance(entry, str))


def iter_records(
    inputs: Iterable[str | Path],
    text_field: str | None = None,
    *,
    options: ReadOptions | None = None,
) -> Iterator[InputRecord]:
    """Every record of the inputs, lazily, in order."""
    opts = options or ReadOptions(text_field)
    for given in inputs:
        name = str(given)
        if name != "-" and "://" not in name and os.path.isdir(name):
            for entry in _walk(name):
                yield from read_input(entry, opts) if isinstance(entry, str) else [entry]
        else:
            yield from read_input(name, opts)
