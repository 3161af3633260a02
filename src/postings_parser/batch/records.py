"""What the batch layer passes around: one input record, and the size limits of reading one."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MiB = 1 << 20
MAX_RECORD_BYTES = 20 * MiB
"""The default of ``--max-record-bytes``: a record larger than this, decompressed, is an error."""

MAX_RATIO = 200
"""A compressed input that expands more than this many times is a decompression bomb..."""

RATIO_FLOOR = 8 * MiB
"""... once its output passes this many bytes (small, very repetitive inputs are not bombs)."""


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One record read from the inputs.

    ``payload`` is None when ``error`` says why the record has no text, or when ``skipped``
    names why it is not a page at all (a WARC request, an image, a 404 response).  ``encoding``
    is the charset its source declared (an HTTP header, a ``<meta charset>``), a hint for the
    parser.  ``line`` is the record's line in a JSONL file, or its number in a WARC file.
    ``fields`` are the record's fields a run keeps or reads (:mod:`.provenance`), as text.
    """

    id: str
    source: str
    line: int | None
    payload: str | bytes | None
    error: str | None = None
    skipped: str | None = None
    encoding: str | None = None
    fields: Mapping[str, str | None] | None = None

    def bare(self) -> InputRecord:
        """The record without its payload (what travels back from a worker)."""
        return InputRecord(self.id, self.source, self.line, None, self.error, self.skipped)


def field_text(value: Any) -> str | None:
    """A record field as text: a string as it is, None as None, anything else as JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def record_id(obj: dict[str, Any], fallback: str, id_field: str | None = None) -> str:
    """A record's id: its ``id_field`` (``--id-field``) when given, else its ``id``, else
    ``source:job_id``; ``fallback`` when the record has none of them (never an error).  A value
    that is not a string is its JSON text."""
    if id_field is not None:
        value = field_text(obj.get(id_field))
        return fallback if value is None else value
    if obj.get("id") is not None:
        return str(obj["id"])
    if obj.get("source") is not None and obj.get("job_id") is not None:
        return f"{obj['source']}:{obj['job_id']}"
    return fallback


def printable(text: str) -> str:
    """``text`` with every character UTF-8 cannot encode (a lone surrogate) escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def error_record(rid: str, source: str, line: int | None, reason: str) -> InputRecord:
    """A record that is only an error line."""
    return InputRecord(rid, source, line, None, reason)


def skipped_record(rid: str, source: str, line: int | None, reason: str) -> InputRecord:
    """A record that is not a page (counted under ``reason``, never parsed)."""
    return InputRecord(rid, source, line, None, None, reason)
