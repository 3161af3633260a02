"""Flat rows for tables: one row per posting, with nested lists and structs (no JSON strings).

The layout is declared once, as data, in :data:`ROW_FIELDS`: each field has a name, a type
(:data:`Scalar` names, :class:`Struct`, :class:`ListOf`), its nullability, a one-line description
and a getter from the model object.  :func:`posting_row` builds plain dictionaries from it, so this
module needs no pyarrow and the JSONL output shares the exact same rows;
:mod:`postings_parser.batch.arrow` derives the Arrow schema from it and :func:`describe` renders
it as text.

Offsets: the row's own ``char_start`` / ``char_end`` say where the posting stands in the page's
normalized text; every nested ``char_start`` / ``char_end`` (items, sections, requirements, pay,
workplace, …) is an offset into the row's own ``text``, so ``text[char_start:char_end]`` is the
nested object's text.  Column names avoid SQL reserved words (``start`` / ``end``).

The layout is versioned by :data:`SCHEMA_VERSION` (``MAJOR.MINOR``, the bump rule is in
CHANGELOG.md); Parquet files carry it and the package version in their metadata
(:func:`schema_metadata`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Literal, TypeAlias

from .. import __version__
from ..models import Location, Page, Posting

__all__ = [
    "ROW_FIELDS",
    "SCHEMA_VERSION",
    "FieldType",
    "ListOf",
    "MapOf",
    "RowField",
    "Scalar",
    "Struct",
    "describe",
    "json_schema",
    "location_dicts",
    "page_rows",
    "posting_row",
    "schema_metadata",
]

SCHEMA_VERSION = "2.1"
"""The row layout's version: MAJOR bumps when a column is renamed, removed, changes type or
meaning; MINOR when a column is added (see CHANGELOG.md).  1.0 had page offsets named
``start`` / ``end`` at every level; 2.0 names them ``char_start`` / ``char_end`` and makes nested
offsets relative to the row's ``text``; 2.1 adds ``filled_from_record`` and ``source``."""

Scalar: TypeAlias = Literal["string", "int32", "float64", "bool", "date32"]
"""The scalar types of a row; :mod:`postings_parser.batch.arrow` maps each to a pyarrow type."""

FieldType: TypeAlias = "Scalar | Struct | ListOf | MapOf"

Getter: TypeAlias = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Struct:
    """A struct of named fields; null when the getter gives None."""

    fields: tuple[RowField, ...]


@dataclass(frozen=True, slots=True)
class ListOf:
    """A list whose items are all of ``item``'s type."""

    item: FieldType


@dataclass(frozen=True, slots=True)
class MapOf:
    """A map from string keys to values of ``value``'s type (a dict in Python)."""

    value: Scalar


@dataclass(frozen=True, slots=True)
class RowField:
    """One field of the row: its name, type, nullability, description and getter.

    ``get`` takes the model object the enclosing struct is built from (the :class:`Posting` for
    the top-level fields) and returns the field's value; None means the caller supplies the value
    (``page_id``).
    """

    name: str
    type: FieldType
    doc: str
    get: Getter | None
    nullable: bool = True


def _field(name: str, type_: FieldType, doc: str, path: str | None = None) -> RowField:
    """A nullable field read from the attribute ``path`` (dotted; ``name`` by default)."""
    return RowField(name, type_, doc, attrgetter(path or name))


def _span(path: str = "") -> tuple[RowField, RowField]:
    """The ``char_start`` and ``char_end`` fields of the span at ``path`` (the object itself by
    default); nested ones are made relative to the row's text by :func:`posting_row`."""
    prefix = f"{path}." if path else ""
    return (
        _field("char_start", "int32", "offset of the first character", f"{prefix}start"),
        _field("char_end", "int32", "offset one past the last character", f"{prefix}end"),
    )


def _enum_value(name: str) -> Getter:
    """A getter of the value of the enum attribute ``name``, None when it is unset."""
    return lambda obj: v.value if (v := getattr(obj, name)) else None


_LOCATION = Struct(
    (
        _field("raw", "string", "the location as written"),
        _field("country", "string", "ISO 3166-1 alpha-2 country code"),
        _field("region", "string", "ISO 3166-2 subdivision code after the dash"),
        _field("city", "string", "the city"),
        _field("remote", "bool", "remote work (Remote - US, US, Virtual)"),
        _field("country_name", "string", "the country's ISO 3166 name"),
        _field("region_name", "string", "the subdivision's ISO 3166-2 name"),
        _field("valid", "bool", "false when ISO 3166 does not know a code, or no country found"),
    )
)

_SECTION = Struct(
    (
        _field("heading", "string", "the heading as written, without a trailing colon"),
        _field("kind", "string", "what the heading means, e.g. responsibilities"),
        _field("body", "string", "the section's text after its heading, trimmed", "body.text"),
        *_span(),
    )
)

_RESPONSIBILITIES = Struct(
    (
        _field("heading", "string", "the section heading as written"),
        _field("intro", "string", "the lead-in before the first item"),
        _field(
            "items",
            ListOf(Struct((_field("text", "string", "the item, as written"), *_span()))),
            "the items, without bullet marks",
        ),
    )
)

_PATH = Struct(
    (
        RowField("degree", "string", "the degree it asks for", _enum_value("degree")),
        _field("min_years", "float64", "fewest years of experience"),
        _field("max_years", "float64", "most years of experience"),
    )
)

_REQUIREMENT = Struct(
    (
        _field("text", "string", "the item or sentence that states it"),
        *_span("span"),
        _field("paths", ListOf(_PATH), "alternative ways to qualify"),
        _field("fields", ListOf("string"), "fields of study it names"),
        _field("or_equivalent", "bool", "equivalent experience is accepted in place of the degree"),
        _field("preferred", "bool", "under a preferred heading, or marked preferred / a plus"),
    )
)

_WARNING = Struct(
    (
        RowField("code", "string", "the warning's code", attrgetter("code.value")),
        _field("message", "string", "what went wrong"),
    )
)
_ITEM = Struct((_field("text", "string", "the item, as written"), *_span()))
_WORKPLACE = Struct(
    (
        RowField("type", "string", "onsite, hybrid or remote", attrgetter("type.value")),
        _field("countries", ListOf("string"), "ISO 3166-1 codes where remote work may be done"),
        _field("text", "string", "the sentence that says so"),
        *_span(),
    )
)
_EMPLOYMENT = Struct(
    (
        RowField("type", "string", "full_time, part_time, …", attrgetter("type.value")),
        _field("text", "string", "the text that says so"),
        *_span(),
    )
)
_VISA = Struct(
    (
        _field("sponsors", "bool", "true when the employer sponsors a work visa"),
        _field("text", "string", "the sentence that says so"),
        *_span(),
    )
)

_PAY = Struct(
    (
        _field("min", "float64", "lower end (null for an open end: up to X)"),
        _field("max", "float64", "upper end (null for an open end: from X)"),
        _field("currency", "string", "ISO 4217 code"),
        RowField(
            "period", "string", "hour, day, week, biweekly, month or year", _enum_value("period")
        ),
        RowField("kind", "string", "base, total, ote or unknown", _enum_value("kind")),
        _field("qualifier", "string", "the location / zone / level it applies to"),
        _field("annual_min", "float64", "min per year (2,080 hours, 260 days, 52 weeks, …)"),
        _field("annual_max", "float64", "max per year"),
        _field("text", "string", "the text that states it"),
        *_span(),
    )
)


def _pay_part(name: str) -> Getter:
    def get(posting: Posting) -> Any:
        pay = posting.headline_pay()
        value = None if pay is None else getattr(pay, name)
        return getattr(value, "value", value)

    return get


def _workplace_type(posting: Posting) -> str | None:
    return None if posting.workplace is None else posting.workplace.type.value


def _employment_type_names(posting: Posting) -> list[str]:
    return [e.type.value for e in posting.employment_types]


def _sponsors(posting: Posting) -> bool | None:
    return None if posting.visa_sponsorship is None else posting.visa_sponsorship.sponsors


ROW_FIELDS: tuple[RowField, ...] = (
    RowField("page_id", "string", "the record / page the posting came from", None, False),
    RowField("posting_index", "int32", "its position on the page", attrgetter("index"), False),
    _field("title", "string", "from a careers-listing header (null otherwise)"),
    _field("job_id", "string", "from a careers-listing header (null otherwise)"),
    _field("posted_date", "date32", "from a careers-listing header (null otherwise)"),
    RowField(
        "char_start", "int32", "where the posting starts in the page", attrgetter("span.start")
    ),
    RowField("char_end", "int32", "one past its end in the page", attrgetter("span.end")),
    _field("locations", ListOf(_LOCATION), "the locations of its location line, in order"),
    _field("sections", ListOf(_SECTION), "its sections, in order"),
    _field("responsibilities", _RESPONSIBILITIES, "its list of responsibilities"),
    _field("language", "string", "ISO 639-1 code of its language"),
    _field("qualifications", ListOf(_ITEM), "the items of its required qualification sections"),
    _field(
        "preferred_qualifications",
        ListOf(_ITEM),
        "the items of its nice-to-have qualification sections",
    ),
    _field("requirements", ListOf(_REQUIREMENT), "its qualification requirements"),
    _field("pay", ListOf(_PAY), "every pay range it states, in order"),
    RowField("pay_min", "float64", "min of the first base pay range, flat", _pay_part("min")),
    RowField("pay_max", "float64", "max of the first base pay range, flat", _pay_part("max")),
    RowField("pay_currency", "string", "its currency, flat", _pay_part("currency")),
    RowField("pay_period", "string", "its period, flat", _pay_part("period")),
    _field("workplace", _WORKPLACE, "on site, hybrid or remote, with its evidence"),
    RowField("workplace_type", "string", "workplace.type, flat", _workplace_type),
    _field("employment_types", ListOf(_EMPLOYMENT), "each kind of employment it states"),
    RowField(
        "employment_type_names",
        ListOf("string"),
        "employment_types' types, flat",
        _employment_type_names,
    ),
    _field("visa_sponsorship", _VISA, "whether it sponsors a work visa, with its evidence"),
    RowField("sponsors_visa", "bool", "visa_sponsorship.sponsors, flat", _sponsors),
    RowField(
        "min_degree",
        "string",
        "lowest degree of the non-preferred requirements",
        _enum_value("min_degree"),
    ),
    _field("min_years", "float64", "fewest years of the non-preferred requirements"),
    _field(
        "warnings",
        ListOf(_WARNING),
        "what the parser noticed and worked around (the posting's, then its page's)",
    ),
    _field("text", "string", "the posting's text"),
    RowField(
        "filled_from_record",
        ListOf("string"),
        "the columns (title, job_id, posted_date, locations) taken from the input record's "
        "fields because the posting's text has none",
        lambda posting: [],
        False,
    ),
    RowField(
        "source",
        MapOf("string"),
        "the input record's fields named by --keep-fields (a missing one null, a value that is "
        "not a string as JSON text); null without --keep-fields",
        lambda posting: None,
    ),
)
"""The row layout: one row per posting, these fields in this order (a column added goes last)."""


def _converter(type_: FieldType) -> Getter | None:
    """What turns a value of ``type_`` into its row value; None for scalars (kept as they are)."""
    if isinstance(type_, Struct):
        return _struct_builder(type_)
    if isinstance(type_, ListOf):
        convert = _converter(type_.item)
        if convert is None:
            return list
        return lambda values: [convert(v) for v in values]
    return None  # scalars, and maps (plain dicts already)


def _reader(field: RowField) -> Getter:
    """What reads ``field``'s row value from the model object."""
    get, convert = field.get, _converter(field.type)
    if get is None:
        raise ValueError(f"field {field.name!r} has no getter")
    if convert is None:
        return get
    return lambda obj: convert(get(obj))


def _struct_builder(struct: Struct) -> Getter:
    """What builds the dict of ``struct`` from a model object (None from None)."""
    readers = [(f.name, _reader(f)) for f in struct.fields]
    return lambda obj: None if obj is None else {name: read(obj) for name, read in readers}


_ROW_READERS = [(f.name, None if f.get is None else _reader(f)) for f in ROW_FIELDS]
_SPAN_NAMES = ("char_start", "char_end")


def _has_span(type_: FieldType) -> bool:
    """Whether values of ``type_`` hold ``char_start`` / ``char_end`` fields at some depth."""
    if isinstance(type_, Struct):
        return any(f.name in _SPAN_NAMES or _has_span(f.type) for f in type_.fields)
    return isinstance(type_, ListOf) and _has_span(type_.item)


_NESTED_SPANS = [f.name for f in ROW_FIELDS if _has_span(f.type)]


def _shift(value: Any, base: int) -> None:
    """Make every ``char_start`` / ``char_end`` inside ``value`` relative to ``base`` (in place)."""
    if isinstance(value, list):
        for item in value:
            _shift(item, base)
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key in _SPAN_NAMES and inner is not None:
                value[key] = inner - base
            elif isinstance(inner, (list, dict)):
                _shift(inner, base)


def posting_row(page_id: str, posting: Posting) -> dict[str, Any]:
    """The row of one posting of the page (or record) ``page_id``, in :data:`ROW_FIELDS` order;
    nested offsets point into the row's ``text``."""
    row = {name: page_id if read is None else read(posting) for name, read in _ROW_READERS}
    for name in _NESTED_SPANS:
        _shift(row[name], posting.span.start)
    return row


_WARNING_DICTS = _converter(ListOf(_WARNING))
_LOCATION_DICTS = _struct_builder(_LOCATION)


def location_dicts(locations: Iterable[Location]) -> list[dict[str, Any]]:
    """Locations as the entries of a row's ``locations`` column."""
    return [_LOCATION_DICTS(loc) for loc in locations]


def page_rows(page_id: str, page: Page) -> list[dict[str, Any]]:
    """The rows of every posting of ``page``; the page's own warnings (control characters,
    replaced bytes, …) follow each row's warnings."""
    rows = [posting_row(page_id, p) for p in page.postings]
    if page.warnings and _WARNING_DICTS is not None:
        shared = _WARNING_DICTS(page.warnings)
        for row in rows:
            row["warnings"] += [w for w in shared if w not in row["warnings"]]
    return rows


def _type_name(type_: FieldType) -> str:
    """``type_`` written out, e.g. ``list<struct<text: string, start: int32>>``."""
    if isinstance(type_, Struct):
        inner = ", ".join(f"{f.name}: {_type_name(f.type)}" for f in type_.fields)
        return f"struct<{inner}>"
    if isinstance(type_, ListOf):
        return f"list<{_type_name(type_.item)}>"
    if isinstance(type_, MapOf):
        return f"map<string, {type_.value}>"
    return type_


def schema_metadata() -> dict[str, str]:
    """The key-value metadata of a rows file: the package's and the row layout's versions."""
    return {
        "postings_parser.version": __version__,
        "postings_parser.schema_version": SCHEMA_VERSION,
    }


_JSON_SCALARS: dict[str, dict[str, str]] = {
    "string": {"type": "string"},
    "int32": {"type": "integer"},
    "float64": {"type": "number"},
    "bool": {"type": "boolean"},
    "date32": {"type": "string", "format": "date"},
}


def _json_type(type_: FieldType) -> dict[str, Any]:
    """The JSON Schema of a value of ``type_`` (not null)."""
    if isinstance(type_, Struct):
        return {
            "type": "object",
            "properties": {f.name: _json_field(f) for f in type_.fields},
            "required": [f.name for f in type_.fields],
            "additionalProperties": False,
        }
    if isinstance(type_, ListOf):
        return {"type": "array", "items": _json_type(type_.item)}
    if isinstance(type_, MapOf):
        value = {"anyOf": [_json_type(type_.value), {"type": "null"}]}
        return {"type": "object", "additionalProperties": value}
    return dict(_JSON_SCALARS[type_])


def _json_field(field: RowField) -> dict[str, Any]:
    """The JSON Schema of ``field``: its type, or null when nullable, and its description."""
    schema = _json_type(field.type)
    if field.nullable:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "description": field.doc}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a row (a JSONL output line), with :data:`SCHEMA_VERSION`."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "postings_parser posting row",
        "x-schema-version": SCHEMA_VERSION,
        **_json_type(Struct(ROW_FIELDS)),
    }


def describe() -> str:
    """The row layout as text: one line per field, with its type and description."""
    width = max(len(f.name) for f in ROW_FIELDS)
    lines = []
    for f in ROW_FIELDS:
        null = "" if f.nullable else " not null"
        lines.append(f"{f.name:<{width}}  {_type_name(f.type)}{null}  -- {f.doc}")
    return "\n".join(lines)
