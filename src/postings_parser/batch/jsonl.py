"""JSONL records: one ``{"id", "text"}`` object a line, read a line at a time within the record
size limit; whatever is wrong with one line (malformed or too deep JSON, an integer too long to
read, no text) is that line's error, and reading goes on with the next line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from .provenance import lift
from .records import InputRecord, error_record, printable, record_id

SKIP_CHUNK = 1 << 20


def _skip_rest_of_line(stream: IO[bytes], start: bytes) -> None:
    """Read past the end of a line too long to keep (nothing of it is held)."""
    chunk = start
    while chunk and not chunk.endswith(b"\n"):
        chunk = stream.readline(SKIP_CHUNK)


def _lines(stream: IO[bytes], cap: int) -> Iterator[tuple[int, bytes | None]]:
    """``(number, line)`` for each line; ``line`` is None for a line longer than ``cap``."""
    number = 0
    while True:
        raw = stream.readline(cap + 1)
        if not raw:
            return
        number += 1
        if len(raw) > cap and not (len(raw) == cap + 1 and raw.endswith(b"\n")):
            _skip_rest_of_line(stream, raw)
            yield number, None
            continue
        yield number, raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw


def _load(raw: bytes) -> tuple[Any, str | None]:
    """The JSON value of a line, or why it has none (any exception of the decoder)."""
    try:
        return json.loads(raw), None
    except RecursionError:
        return None, "malformed JSON: nested too deep"
    except Exception as exc:  # JSONDecodeError, UnicodeDecodeError, a too long integer
        return None, f"malformed JSON: {printable(str(exc))[:200]}"


def _text_of(obj: dict[str, Any], text_field: str | None) -> tuple[str | None, str | None]:
    """The record's text and None, or None and why it has none."""
    fields = [text_field] if text_field else ["text", "html"]
    value = next((obj[k] for k in fields if obj.get(k) is not None), None)
    if value is None:
        keys = ", ".join(printable(str(k)) for k in list(obj)[:12])
        wanted = " or ".join(repr(k) for k in fields)
        return None, f"no text field: no {wanted} field (the record has: {keys or 'nothing'})"
    if not isinstance(value, str):
        return None, f"text not a string: the field is {type(value).__name__}"
    return value, None


def _record(obj: Any, name: str, number: int, fields: JsonlFields) -> InputRecord:
    fallback = f"{name}:{number}"
    if not isinstance(obj, dict):
        return error_record(fallback, name, number, "not an object: a JSON line that is not one")
    rid = printable(record_id(obj, fallback, fields.id_field))
    text, reason = _text_of(obj, fields.text_field)
    if text is None:
        return error_record(rid, name, number, reason or "no text")
    kept = lift(obj, fields.keep) if fields.keep else None
    return InputRecord(rid, name, number, text, fields=kept)


@dataclass(frozen=True, slots=True)
class JsonlFields:
    """The fields of a JSONL record a run reads: its text, its id and the fields it keeps."""

    text_field: str | None = None
    id_field: str | None = None
    keep: tuple[str, ...] = ()


def jsonl_records(
    stream: IO[bytes], name: str, fields: JsonlFields, cap: int
) -> Iterator[InputRecord]:
    """Every record of a JSONL stream, good or not, in order (blank lines are no records)."""
    for number, raw in _lines(stream, cap):
        if raw is None:
            too_large = f"record too large: a line of more than {cap:,} bytes"
            yield error_record(f"{name}:{number}", name, number, too_large)
            continue
        if not raw.strip():
            continue
        obj, malformed = _load(raw)
        if malformed is not None:
            yield error_record(f"{name}:{number}", name, number, malformed)
            continue
        yield _record(obj, name, number, fields)
