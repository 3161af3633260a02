"""postings_parser: turn raw scraped job-posting pages into clean, validated records.

>>> import postings_parser
>>> page = postings_parser.parse_page(open("page.txt", encoding="utf-8").read())  # doctest: +SKIP
>>> page.postings[0].locations[0].country  # doctest: +SKIP
'GB'

Everything public is importable from here; modules with a leading underscore are private.
"""

from __future__ import annotations

from .errors import (
    DecodeError,
    EmptyInputError,
    InputTypeError,
    InvalidLocationError,
    NoPostingsError,
    PostingsParserError,
)
from .models import (
    Article,
    Boilerplate,
    Degree,
    EmploymentKind,
    EmploymentType,
    Item,
    Location,
    Page,
    ParseWarning,
    PayKind,
    PayPeriod,
    PayRange,
    Posting,
    QualificationPath,
    Requirement,
    Responsibilities,
    Section,
    Segment,
    SegmentKind,
    Span,
    TextSpan,
    VisaSponsorship,
    WarningCode,
    Workplace,
    WorkplaceType,
    json_schema,
)
from .pipeline import parse_page, parse_posting
from .posting.location import parse_location

__version__ = "0.1.0"  # the package version (pyproject.toml reads it from here)

__all__ = [
    "Article",
    "Boilerplate",
    "DecodeError",
    "Degree",
    "EmploymentKind",
    "EmploymentType",
    "EmptyInputError",
    "InputTypeError",
    "InvalidLocationError",
    "Item",
    "Location",
    "NoPostingsError",
    "Page",
    "ParseWarning",
    "PayKind",
    "PayPeriod",
    "PayRange",
    "Posting",
    "PostingsParserError",
    "QualificationPath",
    "Requirement",
    "Responsibilities",
    "Section",
    "Segment",
    "SegmentKind",
    "Span",
    "TextSpan",
    "VisaSponsorship",
    "WarningCode",
    "Workplace",
    "WorkplaceType",
    "__version__",
    "json_schema",
    "parse_location",
    "parse_page",
    "parse_posting",
]
