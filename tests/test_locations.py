"""Location codes: ISO 3166 country + subdivision + city, from real location lines."""

from __future__ import annotations

from typing import Any

import pytest

import postings_parser as pp

# (location line as written, country, region, city, country name, region name) — real lines
# from the model page and the careers corpus; names checked against ISO 3166 by hand.
REAL_LOCATIONS = [
    ("GB, MLN, Edinburgh", "GB", "MLN", "Edinburgh", "United Kingdom", "Midlothian"),
    ("US, WA, Seattle", "US", "WA", "Seattle", "United States", "Washington"),
    ("IL, Tel Aviv", "IL", None, "Tel Aviv", "Israel", None),
    ("JP, 13, Tokyo", "JP", "13", "Tokyo", "Japan", "Tokyo"),
    ("ES, M, Madrid", "ES", "M", "Madrid", "Spain", "Madrid"),
    ("CA, ON, Toronto", "CA", "ON", "Toronto", "Canada", "Ontario"),
    ("CA, BC, Vancouver", "CA", "BC", "Vancouver", "Canada", "British Columbia"),
    ("LU, Luxembourg", "LU", None, "Luxembourg", "Luxembourg", None),
    ("DE, BE, Berlin", "DE", "BE", "Berlin", "Germany", "Berlin"),
    ("US, MA, N.reading", "US", "MA", "N.reading", "United States", "Massachusetts"),
    ("US, MD, Annapolis Junction", "US", "MD", "Annapolis Junction", "United States", "Maryland"),
    ("IT, Turin", "IT", None, "Turin", "Italy", None),
    ("AU, VIC, Melbourne", "AU", "VIC", "Melbourne", "Australia", "Victoria"),
]


@pytest.mark.parametrize(
    ("line", "country", "region", "city", "country_name", "region_name"), REAL_LOCATIONS
)
def test_location_line_opens_a_posting_with_its_iso_codes(
    line: str,
    country: str,
    region: str | None,
    city: str,
    country_name: str,
    region_name: str | None,
) -> None:
    posting = pp.parse_posting(f"{line}\nWe are looking for a scientist.")
    [loc] = posting.locations
    assert (loc.raw, loc.country, loc.region, loc.city) == (line, country, region, city)
    assert (loc.country_name, loc.region_name, loc.valid) == (country_name, region_name, True)
    assert posting.text[loc.start : loc.end] == line


def test_unknown_codes_are_kept_and_flagged_not_dropped() -> None:
    posting = pp.parse_posting("ZZ, QQ, Nowhere\nWe are hiring.")
    [loc] = posting.locations
    assert (loc.country, loc.region, loc.city, loc.valid) == ("ZZ", "QQ", "Nowhere", False)
    assert loc.country_name is None
    assert [w.code for w in posting.warnings] == [pp.WarningCode.INVALID_LOCATION]


def test_known_country_with_unknown_subdivision_is_invalid() -> None:
    [loc] = pp.parse_posting("US, QQ, Springfield\nText.").locations
    assert loc.country_name == "United States"
    assert loc.region_name is None
    assert loc.valid is False


def test_strict_mode_raises_on_unknown_codes() -> None:
    with pytest.raises(pp.InvalidLocationError):
        pp.parse_posting("ZZ, QQ, Nowhere\nWe are hiring.", strict=True)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "US, WA, Seattle | US, CA, Palo Alto",
            [("US", "WA", "Seattle"), ("US", "CA", "Palo Alto")],
        ),
        ("US, NY, New York; GB, London", [("US", "NY", "New York"), ("GB", None, "London")]),
        (
            "US, WA, Seattle and US, NY, New York",
            [("US", "WA", "Seattle"), ("US", "NY", "New York")],
        ),
    ],
)
def test_a_line_may_name_several_locations(
    line: str, expected: list[tuple[str, str | None, str]]
) -> None:
    locs = pp.parse_posting(f"{line}\nText of the posting.").locations
    assert [(x.country, x.region, x.city) for x in locs] == expected


def test_consecutive_location_lines_belong_to_one_posting() -> None:
    page = pp.parse_page("US, WA, Seattle\nUS, CA, Sunnyvale\nWe build things.")
    [posting] = page.postings
    assert [x.city for x in posting.locations] == ["Seattle", "Sunnyvale"]


# The seven careers records whose ``location`` field the scraper left empty, read by hand.
MISSED_BY_SCRAPER = {
    "10436636": ("CA", "BC", "Vancouver"),
    "10437666": ("CA", "BC", "Vancouver"),
    "10439323": ("JP", "13", "Tokyo"),
    "10440658": ("ES", "M", "Madrid"),
    "10441198": ("CA", "ON", "Toronto"),
    "10443598": ("LU", None, "Luxembourg"),
    "10450357": ("DE", "BE", "Berlin"),
}


def _expected_location(record: dict[str, Any]) -> tuple[str, str | None, str]:
    if record["job_id"] in MISSED_BY_SCRAPER:
        return MISSED_BY_SCRAPER[record["job_id"]]
    parts = record["location"].split(", ")
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else (parts[0], None, parts[1])


def test_every_careers_corpus_location_parses_exactly(amazon_records: list[dict[str, Any]]) -> None:
    assert {r["job_id"] for r in amazon_records if not r["location"]} == set(MISSED_BY_SCRAPER)
    wrong = []
    for record in amazon_records:
        posting = pp.parse_posting(record["text"])
        got = [(x.country, x.region, x.city) for x in posting.locations]
        if got != [_expected_location(record)] or not all(x.valid for x in posting.locations):
            wrong.append((record["job_id"], got))
    assert wrong == []
