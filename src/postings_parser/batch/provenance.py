"""What rows take from their input record, besides its text (``--keep-fields``, ``--id-field``,
``--location-field`` and, with ``--unit posting``, the careers-listing fields).

The reader lifts the fields a run needs out of each record (:func:`lift`: a string as it is, any
other value as its JSON text, a missing field None), and :func:`apply` puts them into the record's
rows after parsing:

- ``source``: a map of every ``--keep-fields`` name to the record's value (null when missing);
- ``title`` / ``job_id`` / ``posted_date``: with ``--unit posting``, when the posting's text gives
  none, the first non-empty record field of :data:`RECORD_FIELDS` (a date must be ISO 8601);
- ``locations``: when the posting's text has no location line, the ``--location-field`` string
  normalised by :func:`postings_parser.parse_location`.

Each column filled from the record is named in the row's ``filled_from_record`` list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..posting.location import parse_location
from .records import field_text
from .rows import location_dicts

Fields = Mapping[str, str | None]
"""A record's lifted fields: name to text (None for a missing or null field)."""

RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "job_title", "jobTitle", "position_title", "position"),
    "job_id": ("job_id", "jobId", "requisition_id", "req_id", "job_code"),
    "posted_date": ("posted_date", "date_posted", "datePosted", "posted_at", "published_at"),
}
"""The record fields that fill a row column the posting's text leaves empty (``--unit posting``),
in the order they are tried."""

WARC_FIELDS = {"url": "WARC-Target-URI", "date": "WARC-Date"}
"""``--keep-fields`` names of a WARC record's headers; any other name is read as a header name."""


def _iso_date(text: str) -> dt.date | None:
    """The date an ISO 8601 date or timestamp starts with (``2026-05-15``, ``…T10:00:00Z``)."""
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _stripped(text: str) -> str | None:
    return text.strip() or None


CONVERTERS: dict[str, Callable[[str], Any]] = {
    "title": _stripped,
    "job_id": _stripped,
    "posted_date": _iso_date,
}
"""How a record field's text becomes the value of the column it fills (None: not filled)."""


def lift(obj: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, str | None]:
    """The fields ``names`` of a JSON record, as text (a missing one None)."""
    return {name: field_text(obj.get(name)) for name in names}


@dataclass(frozen=True, slots=True)
class Provenance:
    """What a run takes from its records: the fields kept in ``source``, the free-text location
    field, and whether the careers-listing fields fill empty columns."""

    keep_fields: tuple[str, ...] = ()
    location_field: str | None = None
    fill: bool = False

    def wanted(self) -> tuple[str, ...]:
        """The record fields the reader lifts for this run, each once."""
        names = list(self.keep_fields)
        if self.location_field:
            names.append(self.location_field)
        if self.fill:
            names += [n for names_ in RECORD_FIELDS.values() for n in names_]
        return tuple(dict.fromkeys(names))

    @property
    def active(self) -> bool:
        return bool(self.keep_fields or self.location_field or self.fill)


NO_PROVENANCE = Provenance()
"""A run that takes nothing from its records but their text and id."""


def _fill_columns(row: dict[str, Any], fields: Fields) -> None:
    """The careers-listing columns the posting's text left empty, from the record."""
    for column, names in RECORD_FIELDS.items():
        if row[column] is not None:
            continue
        texts = (fields.get(name) for name in names)
        value = next((v for t in texts if t and (v := CONVERTERS[column](t)) is not None), None)
        if value is not None:
            row[column] = value
            row["filled_from_record"].append(column)


def _fill_locations(row: dict[str, Any], text: str | None) -> None:
    """The row's locations from the record's location string, when its text gave none."""
    if row["locations"] or not text:
        return
    locations = location_dicts(parse_location(text))
    if locations:
        row["locations"] = locations
        row["filled_from_record"].append("locations")


def apply(rows: list[dict[str, Any]], fields: Fields | None, provenance: Provenance) -> None:
    """Put what ``provenance`` asks for of the record's ``fields`` into its ``rows`` (in place)."""
    if not provenance.active:
        return
    fields = fields or {}
    for row in rows:
        if provenance.keep_fields:
            row["source"] = {name: fields.get(name) for name in provenance.keep_fields}
        if provenance.fill:
            _fill_columns(row, fields)
        if provenance.location_field:
            _fill_locations(row, fields.get(provenance.location_field))
