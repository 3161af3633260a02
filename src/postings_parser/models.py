"""The result models: frozen pydantic v2 models with documented fields.

Offsets: every ``start`` / ``end`` pair is a half-open range of code points into the *normalized*
text of the parsed source (``Page.text`` for :func:`parse_page`, ``Posting.text`` of a standalone
posting for :func:`parse_posting`), so ``page.text[x.start:x.end] == x.text`` wherever a model has
both.  ``Page.to_source_offset`` maps a normalized offset back to the original string.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import Any, Literal, TypeVar, cast, overload

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    computed_field,
    model_validator,
)
from pydantic_core import core_schema

__all__ = [
    "ANNUAL_FACTORS",
    "Article",
    "Boilerplate",
    "Degree",
    "EmploymentKind",
    "EmploymentType",
    "Item",
    "Location",
    "Page",
    "ParseWarning",
    "PayKind",
    "PayPeriod",
    "PayRange",
    "Posting",
    "QualificationPath",
    "Requirement",
    "Responsibilities",
    "Section",
    "Segment",
    "SegmentKind",
    "SourceMap",
    "Span",
    "TextSpan",
    "VisaSponsorship",
    "WarningCode",
    "Workplace",
    "WorkplaceType",
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        # the models that set the same fields share one set of their names (pydantic keeps a set
        # per model, larger than most models' values; a frozen model never changes it, and a
        # copy gets a set of its own)
        fields_set = _shared_fields_set(frozenset(self.__pydantic_fields_set__))
        object.__setattr__(self, "__pydantic_fields_set__", fields_set)


@functools.cache
def _shared_fields_set(names: frozenset[str]) -> set[str]:
    """One set of field names for all the models that set those fields."""
    return set(names)


_M = TypeVar("_M", bound=_Model)
_T = TypeVar("_T")


def _defaults(model: type[BaseModel]) -> dict[str, Callable[[], Any]]:
    """Each optional field's default, as a function of no arguments (its factory, if any)."""
    return {
        name: cast(Callable[[], Any], field.default_factory)
        if field.default_factory is not None
        else functools.partial(_same, field.default)
        for name, field in model.model_fields.items()
        if not field.is_required()
    }


def _plan(
    model: type[BaseModel], given: tuple[str, ...], defaults: Mapping[str, object]
) -> tuple[set[str], bool]:
    """For a call of :func:`unvalidated` that gives the fields ``given`` (in its order): the set
    of names the model records as set, and whether ``given`` is all its fields in its order
    (the values' dict is then the model's as it is).  TypeError for names the model lacks or
    required fields left out."""
    names = tuple(model.model_fields)
    unknown = sorted(set(given) - set(names))
    if unknown:
        raise TypeError(f"{model.__name__} has no fields {unknown}")
    missing = [n for n in names if n not in given and n not in defaults]
    if missing:
        raise TypeError(f"{model.__name__} needs values for {missing}")
    return _shared_fields_set(frozenset(given)), given == names


def _same(value: _T) -> _T:
    return value


def unvalidated(model: type[_M]) -> type[_M]:
    """``model``'s constructor for the pipeline, whose stages build values that already hold:
    the model is made from them as given, without pydantic validating them again (type checkers
    still check the arguments against the model's fields).  Missing fields take their
    defaults; unknown or missing required fields raise ``TypeError``.  Models that users
    construct, or validate from data, are validated as always; tests check that every model
    the pipeline builds validates to itself (``tests/test_unvalidated.py``)."""
    names = tuple(model.model_fields)
    defaults = _defaults(model)
    plans: dict[tuple[str, ...], tuple[set[str], bool]] = {}  # by the names a call gives
    new, set_attribute = object.__new__, object.__setattr__

    def make(**values: Any) -> _M:
        given = tuple(values)
        plan = plans.get(given) or plans.setdefault(given, _plan(model, given, defaults))
        if not plan[1]:
            values = {n: values[n] if n in values else defaults[n]() for n in names}
        made = new(model)
        set_attribute(made, "__dict__", values)
        set_attribute(made, "__pydantic_fields_set__", plan[0])
        set_attribute(made, "__pydantic_extra__", None)
        set_attribute(made, "__pydantic_private__", None)
        return made

    return cast(type[_M], make)


def offsets() -> array[int]:
    """An empty array of text offsets: four bytes each (:func:`append_offsets` moves to eight
    for an offset of 4 GB or more)."""
    return array("I")


def append_offsets(
    first: array[int], second: array[int], a: int, b: int
) -> tuple[array[int], array[int]]:
    """Append ``a`` to ``first`` and ``b`` to ``second`` (two arrays of :func:`offsets`); both
    move to eight-byte offsets when one of the two is 4 GB or more.  Returns the arrays."""
    if max(a, b) >= _FOUR_GB and first.typecode != "q":
        first, second = array("q", first), array("q", second)
    first.append(a)
    second.append(b)
    return first, second


_FOUR_GB = 2**32


class SourceMap(Sequence[tuple[int, int]]):
    """Breakpoints ``(normalized_offset, source_offset)`` where the normalized text's offsets
    drift from the source's, ascending: a sequence of pairs stored as two arrays of ints (a
    text of ``\r\n`` line breaks has one per line, eight bytes each).  Validated from, and
    serialized as, a list of pairs."""

    __slots__ = ("_normalized", "_source")

    def __init__(self, pairs: Iterable[tuple[int, int]] = ()) -> None:
        self._normalized = offsets()
        self._source = offsets()
        for n, s in pairs:
            self.add(n, s)

    def add(self, normalized: int, source: int) -> None:
        """Add a breakpoint after the others; one at the same normalized offset replaces it."""
        if self._normalized and self._normalized[-1] == normalized:
            self._source[-1] = source
            return
        self._normalized, self._source = append_offsets(
            self._normalized, self._source, normalized, source
        )

    def __len__(self) -> int:
        return len(self._normalized)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):
            return list(zip(self._normalized[index], self._source[index], strict=True))
        return self._normalized[index], self._source[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._normalized, self._source, strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SourceMap):
            return self._normalized == other._normalized and self._source == other._source
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(
                a == tuple(b) for a, b in zip(self, other, strict=True)
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash((tuple(self._normalized), tuple(self._source)))

    def __repr__(self) -> str:
        return f"SourceMap({list(self)!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return SourceMap, (list(self),)

    def to_source_offset(self, offset: int) -> int:
        """Map an offset into the normalized text back to one into the source."""
        i = bisect.bisect_right(self._normalized, offset) - 1
        if i < 0:
            return offset
        return self._source[i] + (offset - self._normalized[i])

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        pairs = handler.generate_schema(list[tuple[int, int]])
        from_pairs = core_schema.no_info_after_validator_function(cls, pairs)
        return core_schema.json_or_python_schema(
            json_schema=from_pairs,
            python_schema=core_schema.union_schema(
                [core_schema.is_instance_schema(cls), from_pairs]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(
                list, return_schema=pairs
            ),
        )


class Span(_Model):
    """A half-open range ``[start, end)`` of the normalized text."""

    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset one past the last character.")

    def slice(self, text: str) -> str:
        """Return ``text[start:end]``."""
        return text[self.start : self.end]


class TextSpan(_Model):
    """A piece of text together with where it stands in the normalized text."""

    text: str = Field(description="The text, verbatim from the normalized input.")
    start: int = Field(ge=0, description="Offset of its first character.")
    end: int = Field(ge=0, description="Offset one past its last character.")

    def __str__(self) -> str:
        return self.text


class Item(TextSpan):
    """One item of a list (one bullet, or one sentence where the list has no bullets)."""


class WarningCode(StrEnum):
    """What a :class:`ParseWarning` is about."""

    REPLACED_BYTES = "replaced_bytes"
    """Undecodable bytes were replaced by U+FFFD."""
    CONTROL_CHARACTERS = "control_characters"
    """NUL or other control characters, or lone surrogates, were replaced."""
    NO_POSTINGS = "no_postings"
    """The page has no posting block."""
    INVALID_LOCATION = "invalid_location"
    """A location line names a country or subdivision code ISO 3166 does not know, or holds a
    replaced byte (U+FFFD)."""
    FLAT_MARKUP = "flat_markup"
    """HTML nested too deep for the tree parser was rendered without its tree (text kept).
    No longer given: the rendering keeps no tree, so no depth is too deep for it."""
    FORMAT_CHARACTERS = "format_characters"
    """Invisible format characters (bidi marks, embeddings, overrides and isolates, tag
    characters, ...) were removed: the text may have displayed in another order."""
    DECLARED_ENCODING_IGNORED = "declared_encoding_ignored"
    """The encoding the page declares, or the caller named, is unknown or does not decode the
    bytes; another encoding was used."""


class ParseWarning(_Model):
    """Something the parser noticed and worked around (in strict mode, some of these raise)."""

    code: WarningCode
    message: str
    start: int | None = Field(
        default=None, description="Where the problem is, when it has a place."
    )
    end: int | None = None


class Location(_Model):
    """One place a posting names: a code line (``GB, MLN, Edinburgh``) or free text
    (``San Francisco, CA``, ``Remote - United States``), normalised to ISO 3166."""

    raw: str = Field(description="The place as written, e.g. ``GB, MLN, Edinburgh``.")
    country: str | None = Field(
        description="ISO 3166-1 alpha-2 country code, e.g. ``GB``; as written in a code line; "
        "None when the place names no country (a bare ``Remote``)."
    )
    region: str | None = Field(
        description="ISO 3166-2 subdivision code after the dash (``MLN`` of ``GB-MLN``, ``CA`` of "
        "``US-CA``); None when not written (and not implied by an unambiguous city)."
    )
    city: str | None = Field(
        description="The city: as written in a code line, else its common English name "
        "(``Bengaluru``); None when the place names no city."
    )
    remote: bool = Field(
        default=False, description="True for remote work (``Remote - US``, ``US, Virtual``)."
    )
    country_name: str | None = Field(description="The country's ISO 3166 name; None if unknown.")
    region_name: str | None = Field(
        description="The subdivision's ISO 3166-2 name; None if unknown."
    )
    valid: bool = Field(
        description="False when ISO 3166 does not know a code written, no country was found, "
        "or a code line's city holds a replaced byte (U+FFFD)."
    )
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Section(_Model):
    """A named section of a posting: its heading and the body up to the next heading."""

    heading: str | None = Field(
        description="The heading verbatim (without a trailing colon); None for the description "
        "before the first heading."
    )
    heading_span: Span | None = Field(description="Where the heading stands, colon included.")
    body: TextSpan = Field(description="The section's text after its heading, trimmed.")
    kind: str = Field(
        description="What the heading means: ``description``, ``responsibilities``, "
        "``basic_qualifications``, ``preferred_qualifications``, ``team``, ``other``, ..."
    )
    start: int = Field(ge=0, description="Start of the heading (or of the body, with no heading).")
    end: int = Field(ge=0, description="End of the body.")
    items: list[Item] = Field(
        default_factory=list,
        description="The items of a list section (responsibilities, qualifications, preferred "
        "qualifications, a day in the life), verbatim, without bullet marks; empty for others.",
    )


class Responsibilities(_Model):
    """The "Key job responsibilities" section (or its equivalent) as a list of items."""

    heading: str = Field(description="The section heading verbatim, without a trailing colon.")
    intro: str | None = Field(description="The lead-in before the first item, e.g. ``You will:``.")
    intro_span: Span | None = None
    items: list[Item] = Field(description="The items, verbatim, trimmed, without bullet marks.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Degree(StrEnum):
    """A degree level, lowest first."""

    HIGH_SCHOOL = "high_school"
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"

    @property
    def rank(self) -> int:
        """0 for high school up to 4 for a doctorate."""
        return list(Degree).index(self)


class QualificationPath(_Model):
    """One way to qualify: a degree and/or a number of years of experience."""

    degree: Degree | None = None
    min_years: float | None = Field(default=None, ge=0)
    max_years: float | None = Field(default=None, ge=0)


class Requirement(_Model):
    """A statement that asks for a degree and/or years of experience."""

    text: str = Field(description="The item or sentence that states it, verbatim.")
    span: Span
    paths: list[QualificationPath] = Field(description="Alternative ways to qualify.")
    fields: list[str] = Field(default_factory=list, description="Fields of study it names.")
    or_equivalent: bool = Field(
        default=False, description="Equivalent experience is accepted in place of the degree."
    )
    preferred: bool = Field(
        default=False, description="Under a preferred heading, or marked preferred / a plus."
    )


class PayPeriod(StrEnum):
    """The time a pay figure is paid for."""

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    BIWEEKLY = "biweekly"
    MONTH = "month"
    YEAR = "year"


class PayKind(StrEnum):
    """What a pay figure covers, as the posting names it."""

    BASE = "base"
    TOTAL = "total"
    OTE = "ote"
    UNKNOWN = "unknown"


# Periods in a working year: 2,080 hours, 260 days, 52 weeks, 26 fortnights, 12 months.
ANNUAL_FACTORS: dict[PayPeriod, int] = {
    PayPeriod.HOUR: 2080,
    PayPeriod.DAY: 260,
    PayPeriod.WEEK: 52,
    PayPeriod.BIWEEKLY: 26,
    PayPeriod.MONTH: 12,
    PayPeriod.YEAR: 1,
}


def _annual(value: Any, period: Any) -> float | None:
    """``value`` per ``period`` as a yearly figure, rounded to the cent; None stays None."""
    if value is None or period is None:
        return None
    return round(float(value) * ANNUAL_FACTORS[PayPeriod(period)], 2)


class PayRange(_Model):
    """A pay range (or single figure) the posting states for this job.

    ``annual_min`` / ``annual_max`` are always derived from ``min`` / ``max`` and ``period``
    (values given for them are replaced)."""

    min: float | None = Field(
        description="Lower end as a plain number (separators dropped, cents kept, 120K is "
        "120000); None for an open lower end ('up to X'). A single figure has min == max."
    )
    max: float | None = Field(
        description="Upper end as a plain number; None for an open upper end ('from X', "
        "'starting at X', 'no less than X')."
    )
    currency: str = Field(
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 code (USD, CAD, EUR, BRL, ...). A bare '$' is USD unless the "
        "statement names another dollar or the posting's location uses one.",
    )
    period: PayPeriod = Field(
        description="What the figures are paid for: hour, day, week, biweekly (every two "
        "weeks), month or year; from the statement, else from the size of the figure."
    )
    kind: PayKind = Field(
        default=PayKind.UNKNOWN,
        description="base (base salary / hourly rate), total (total compensation), ote "
        "(on-target earnings) or unknown (only 'pay' / 'compensation').",
    )
    qualifier: str | None = Field(
        default=None,
        description="The location, zone or level the posting names as the scope of this "
        "range, verbatim and without framing words ('New York, NY', 'U.S.'); None if none.",
    )
    annual_min: float | None = Field(
        default=None,
        description="min per year: min x 2080 (hour), x 260 (day), x 52 (week), x 26 "
        "(biweekly), x 12 (month), x 1 (year); None when min is None.",
    )
    annual_max: float | None = Field(
        default=None,
        description="max per year with the same factors as annual_min; None when max is None.",
    )
    text: str = Field(
        description="The evidence: the shortest span holding the figures, the currency marker "
        "and the period next to them, verbatim."
    )
    start: int = Field(ge=0, description="Offset of the evidence's first character.")
    end: int = Field(ge=0, description="Offset one past the evidence's last character.")

    @model_validator(mode="before")
    @classmethod
    def _derive_annual(cls, data: Any) -> Any:
        """Fill annual_min / annual_max from min, max and period."""
        if isinstance(data, dict):
            data = dict(data)
            data["annual_min"] = _annual(data.get("min"), data.get("period"))
            data["annual_max"] = _annual(data.get("max"), data.get("period"))
        return data

    @model_validator(mode="after")
    def _check(self) -> PayRange:
        """At least one end; min <= max; a well-formed evidence span."""
        if self.min is None and self.max is None:
            raise ValueError("a pay range needs min or max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min > max")
        if self.end - self.start != len(self.text):
            raise ValueError("end - start must equal len(text)")
        return self


class WorkplaceType(StrEnum):
    """Where the job is done."""

    ONSITE = "onsite"
    """At the employer's (or a client's) site, with no remote part."""
    HYBRID = "hybrid"
    """Part of the time in an office, part elsewhere (an office-attendance policy counts)."""
    REMOTE = "remote"
    """Fully remote (occasional visits or a residence limit still count as remote)."""


class EmploymentKind(StrEnum):
    """The kind of employment the text states for the job."""

    FULL_TIME = "full_time"
    """Full-time, or a permanent / open-ended contract, or a full weekly schedule."""
    PART_TIME = "part_time"
    """Part-time, or a short weekly schedule."""
    CONTRACT = "contract"
    """The hire is a contractor / freelancer / consultant, not an employee."""
    TEMPORARY = "temporary"
    """Employment for a fixed term (temporary, seasonal, fixed-term)."""
    INTERNSHIP = "internship"
    """The job is an internship."""


class _Evidence(_Model):
    text: str = Field(description="The sentence or clause that states the fact, verbatim.")
    start: int = Field(ge=0, description="Offset of the evidence's first character.")
    end: int = Field(ge=0, description="Offset one past the evidence's last character.")

    @model_validator(mode="after")
    def _span_fits_text(self) -> _Evidence:
        if self.end - self.start != len(self.text):
            raise ValueError("end - start must equal len(text)")
        return self


class Workplace(_Evidence):
    """Whether the job is done on site, hybrid or remotely, as the posting states it."""

    type: WorkplaceType = Field(description="onsite, hybrid or remote.")
    countries: list[str] = Field(
        default_factory=list,
        description="ISO 3166-1 alpha-2 codes of the countries where remote work may be done "
        "(only for remote; empty when the text names none).",
    )

    @model_validator(mode="after")
    def _countries_are_codes(self) -> Workplace:
        if any(len(c) != 2 or not c.isascii() or not c.isupper() for c in self.countries):
            raise ValueError("countries must be ISO 3166-1 alpha-2 codes")
        return self


class EmploymentType(_Evidence):
    """One kind of employment the posting states for the job."""

    type: EmploymentKind = Field(
        description="full_time, part_time, contract, temporary or internship."
    )


class VisaSponsorship(_Evidence):
    """Whether the employer sponsors a work visa for the job, as the posting states it."""

    sponsors: bool = Field(
        description="True when the text says it sponsors or supports work visas; False when it "
        "says it does not, requires authorization without sponsorship, or limits the job "
        "to citizens."
    )


class Posting(_Model):
    """One job posting."""

    index: int = Field(ge=0, description="Position of the posting on its page (0 for a lone one).")
    text: str = Field(description="The posting's whole text (location line included).")
    span: Span = Field(description="Where the posting stands in the page's normalized text.")
    title: str | None = Field(default=None, description="Title, from a careers-listing header.")
    job_id: str | None = Field(default=None, description="``Job ID``, from a careers header.")
    posted_date: dt.date | None = Field(default=None, description="``Posted`` date of the header.")
    location_span: Span | None = Field(default=None, description="Where the locations are written.")
    locations: list[Location] = Field(default_factory=list)
    body: Span = Field(description="The posting's description after its header / location line.")
    language: str | None = Field(
        default=None,
        description="ISO 639-1 code of the language the posting is written in (``en``, ``de``); "
        "None when the identifier cannot tell.",
    )
    sections: list[Section] = Field(default_factory=list)
    responsibilities: Responsibilities | None = None
    qualifications: list[Item] = Field(
        default_factory=list,
        description="The items of the required (basic) qualification sections, in order.",
    )
    preferred_qualifications: list[Item] = Field(
        default_factory=list,
        description="The items of the nice-to-have (preferred) qualification sections, in order.",
    )
    requirements: list[Requirement] = Field(default_factory=list)
    pay: list[PayRange] = Field(
        default_factory=list,
        description="Every pay range the posting states, in its order (per location, zone or "
        "level), with currency, period and evidence; empty when it states none.",
    )
    workplace: Workplace | None = Field(
        default=None,
        description="On site, hybrid or remote, with the sentence that says so; None when the "
        "posting does not say.",
    )
    employment_types: list[EmploymentType] = Field(
        default_factory=list,
        description="Full time, part time, contract, temporary, internship: each kind the "
        "posting states, with its evidence; empty when unstated.",
    )
    visa_sponsorship: VisaSponsorship | None = Field(
        default=None,
        description="Whether the employer sponsors a work visa, with its evidence; None when "
        "the posting does not say.",
    )
    warnings: list[ParseWarning] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _drop_computed(cls, data: Any) -> Any:
        """Accept a dump that carries the computed conveniences, so dumps round-trip."""
        if isinstance(data, dict) and ("min_degree" in data or "min_years" in data):
            data = {k: v for k, v in data.items() if k not in ("min_degree", "min_years")}
        return data

    def text_at(self, start: int, end: int) -> str:
        """The text between two offsets of the normalized text this posting was parsed from."""
        return self.text[start - self.span.start : end - self.span.start]

    def to_jsonld(
        self, *, hiring_organization: str | None = None, url: str | None = None
    ) -> dict[str, Any]:
        """This posting as a schema.org ``JobPosting`` JSON-LD document (a dict); the employer's
        name and the posting's address are added when given."""
        from .jsonld import to_jsonld

        return to_jsonld(self, hiring_organization=hiring_organization, url=url)

    def headline_pay(self) -> PayRange | None:
        """The pay range to show in one figure: the first base range, else the first range."""
        return next(
            (p for p in self.pay if p.kind is PayKind.BASE), self.pay[0] if self.pay else None
        )

    def _required_paths(self) -> list[QualificationPath]:
        return [p for r in self.requirements if not r.preferred for p in r.paths]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def min_degree(self) -> Degree | None:
        """The lowest degree on any path of the non-preferred requirements."""
        degrees = [p.degree for p in self._required_paths() if p.degree is not None]
        return min(degrees, key=lambda d: d.rank) if degrees else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def min_years(self) -> float | None:
        """The fewest years of experience any non-preferred requirement's path asks for."""
        years = [p.min_years for p in self._required_paths() if p.min_years is not None]
        return min(years) if years else None


class Article(_Model):
    """The article part of a page."""

    title: TextSpan
    dek: TextSpan | None = Field(description="The standfirst under the title.")
    questions: list[TextSpan] = Field(description="Question headings of a Q&A article.")
    paragraphs: list[TextSpan] = Field(description="Every other block of the article body.")
    footnote: TextSpan | None = Field(description="The first footnote, e.g. ``1WiCV is ...``.")
    footnotes: list[TextSpan] = Field(default_factory=list, description="All footnotes.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Boilerplate(_Model):
    """A boilerplate block of the page such as "Research areas" or "Related content"."""

    heading: TextSpan
    entries: list[TextSpan] = Field(description="The lines under the heading.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


SegmentKind = Literal["article", "research_areas", "related_content", "boilerplate", "posting"]


class Segment(_Model):
    """One piece of the page; the segments cover the normalized text exactly, in order."""

    kind: SegmentKind
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Page(_Model):
    """A parsed page: its article, its boilerplate blocks and its postings."""

    article: Article | None = None
    research_areas: Boilerplate | None = None
    related_content: Boilerplate | None = None
    postings: list[Posting] = Field(default_factory=list)
    segments: list[Segment] = Field(description="Contiguous cover of ``text``.")
    warnings: list[ParseWarning] = Field(default_factory=list)
    is_html: bool = Field(default=False, description="True when the source was HTML.")
    text: str = Field(description="The normalized text every offset points into.")
    source_map: SourceMap = Field(
        default_factory=SourceMap,
        description="Breakpoints ``(normalized_offset, source_offset)`` where the two drift "
        "apart (plain-text sources only; empty for HTML, whose offsets are into ``text``).",
    )

    def to_source_offset(self, offset: int) -> int:
        """Map an offset into ``text`` back to an offset into the original (decoded) source."""
        return self.source_map.to_source_offset(offset)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Page` (which includes every other model)."""
    return Page.model_json_schema()
