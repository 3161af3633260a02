"""Provenance (issue #26): input record fields in rows.  ``--keep-fields`` copies them into the
``source`` map, ``--id-field`` names the record id, ``--unit posting`` fills title / job id / date
from a careers listing's fields where the text has none, and ``--location-field`` normalises the
record's location string when the text has no location line; ``filled_from_record`` says which
columns came from the record."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from postings_parser.batch.cli import main
from postings_parser.batch.provenance import RECORD_FIELDS, Provenance, field_text

from .batchkit import amazon_lines, jsonl, page_html, run_config, warc_record
from .conftest import FIXTURES, read_jsonl

EMPLOYERS = FIXTURES / "employers.sample.jsonl"


def _parse(tmp_path: Path, lines: list[bytes], *flags: str, name: str = "in.jsonl") -> list[Any]:
    """The rows of a run over ``lines`` (written to a Parquet file, read back with pyarrow)."""
    source = tmp_path / name
    source.write_bytes(jsonl(lines))
    out = tmp_path / "rows.parquet"
    assert main(["parse", str(source), "-o", str(out), "--quiet", *flags]) == 0
    return pq.read_table(out).to_pylist()


def _employer_lines(n: int | None = None) -> list[bytes]:
    return EMPLOYERS.read_bytes().splitlines()[:n]


def _with(record: dict[str, Any], **fields: Any) -> bytes:
    return json.dumps({**record, **fields}).encode()


# ------------------------------------------------------------------------------------------
# --keep-fields, --id-field


def test_kept_fields_are_copied_into_every_row_as_text(tmp_path: Path) -> None:
    record = json.loads(_employer_lines(1)[0])
    line = _with(record, salary={"min": 90000, "currency": "USD"}, remote=True, tags=["a", "b"])
    flags = ["--unit", "posting", "--keep-fields", "url,location,salary,remote,tags,missing"]
    [row] = _parse(tmp_path, [line], *flags)
    assert dict(row["source"]) == {
        "url": "https://careers.airbnb.com/positions/8031901/",
        "location": "Remote - USA",
        "salary": '{"currency": "USD", "min": 90000}',
        "remote": "true",
        "tags": '["a", "b"]',
        "missing": None,
    }


def test_kept_fields_reach_every_posting_of_a_page(tmp_path: Path) -> None:
    text = (FIXTURES / "amazon_science_article_page.txt").read_text(encoding="utf-8")
    line = json.dumps({"id": "p1", "text": text, "url": "https://www.amazon.science/x"})
    rows = _parse(tmp_path, [line.encode()], "--keep-fields", "url")
    assert len(rows) > 1
    assert {tuple(r["source"]) for r in rows} == {(("url", "https://www.amazon.science/x"),)}


def test_without_keep_fields_source_is_null(tmp_path: Path) -> None:
    rows = _parse(tmp_path, amazon_lines(2), "--unit", "posting")
    assert [r["source"] for r in rows] == [None, None]


@pytest.mark.parametrize(
    ("fields", "page_id"),
    [
        ({"req": "R-1042"}, "R-1042"),
        ({"req": 1042}, "1042"),  # not a string: its JSON text
        ({}, "{input}:1"),  # missing: the record's file and line, never an error
    ],
)
def test_id_field_names_the_page_id(tmp_path: Path, fields: dict[str, Any], page_id: str) -> None:
    record = {**json.loads(amazon_lines(1)[0]), **fields}
    [row] = _parse(
        tmp_path, [json.dumps(record).encode()], "--unit", "posting", "--id-field", "req"
    )
    assert row["page_id"] == page_id.replace("{input}", str(tmp_path / "in.jsonl"))


def test_warc_records_keep_their_url_and_date_headers(tmp_path: Path) -> None:
    page = page_html("GB, London", "Job 1: we build models.").encode()
    (tmp_path / "crawl.warc.gz").write_bytes(warc_record("https://example.org/job/1", page))
    out = tmp_path / "rows.jsonl"
    args = ["parse", str(tmp_path / "crawl.warc.gz"), "-o", str(out), "--quiet"]
    assert main([*args, "--keep-fields", "url,date,WARC-Type,title"]) == 0
    [row] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    source = row["source"]
    assert source["url"] == "https://example.org/job/1"
    assert dt.datetime.fromisoformat(source["date"].replace("Z", "+00:00")).year >= 2024
    assert source["WARC-Type"] == "response"
    assert source["title"] is None


@pytest.mark.parametrize(
    ("value", "text"),
    [("x", "x"), (None, None), (3, "3"), (2.5, "2.5"), (False, "false"), ({"b": 1}, '{"b": 1}')],
)
def test_field_text(value: Any, text: str | None) -> None:
    assert field_text(value) == text


# ------------------------------------------------------------------------------------------
# careers-listing fields


def test_unit_posting_fills_title_job_id_and_date_from_employer_records(tmp_path: Path) -> None:
    # before: title, job id and date were null for 104 of 104 employer records
    records = read_jsonl("employers.sample.jsonl")
    rows = _parse(tmp_path, _employer_lines(), "--unit", "posting")
    assert len(rows) == len(records) == 104
    for record, row in zip(records, rows, strict=True):
        assert row["title"] == record["title"].strip()
        assert row["job_id"] == record["job_id"]
        date = record["posted_date"]
        assert row["posted_date"] == (dt.date.fromisoformat(date) if date else None)
        filled = ["title", "job_id", *(["posted_date"] if date else [])]
        assert row["filled_from_record"] == filled


def test_the_text_header_wins_over_the_record(tmp_path: Path) -> None:
    """Amazon records open with a careers header (title, Job ID, Posted): nothing is filled."""
    record = json.loads(amazon_lines(1)[0])
    line = _with(record, title="A record title", job_id="0", posted_date="1999-01-01")
    [row] = _parse(tmp_path, [line], "--unit", "posting")
    assert row["job_id"] == record["job_id"]
    assert row["posted_date"] == dt.date.fromisoformat(record["posted_date"])
    assert row["title"] != "A record title"
    assert row["filled_from_record"] == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"jobTitle": "Data Engineer", "datePosted": "2026-05-15T09:30:00Z"}, ("2026-05-15",)),
        ({"posted_date": "May 15, 2026"}, (None,)),  # not ISO 8601: left out
        ({"date_posted": "", "published_at": "2026-01-02"}, ("2026-01-02",)),
    ],
)
def test_record_dates_must_be_iso(
    tmp_path: Path, fields: dict[str, Any], expected: tuple[str | None]
) -> None:
    line = json.dumps({"id": "r", "text": "We build data pipelines in Python.", **fields})
    [row] = _parse(tmp_path, [line.encode()], "--unit", "posting")
    date = row["posted_date"]
    assert (date.isoformat() if date else None,) == expected


def test_pages_are_not_filled_from_record_titles(tmp_path: Path) -> None:
    line = json.dumps({"id": "r", "text": page_html("GB, London", "We build."), "title": "T"})
    [row] = _parse(tmp_path, [line.encode()])
    assert (row["title"], row["filled_from_record"]) == (None, [])


def test_the_fill_table_names_only_row_columns() -> None:
    from postings_parser.batch.arrow import SCHEMA

    assert set(RECORD_FIELDS) <= set(SCHEMA.names)
    wanted = Provenance(("url",), "location", fill=True).wanted()
    assert wanted[:2] == ("url", "location")
    assert len(wanted) == len(set(wanted))


# ------------------------------------------------------------------------------------------
# --location-field

LOCATION_STRINGS = [
    ("Remote - USA", [("US", None, None, True)]),
    ("Toronto, Ontario, Canada", [("CA", "ON", "Toronto", False)]),
    ("Pittsburgh, PA", [("US", "PA", "Pittsburgh", False)]),
    ("Washington D.C.; London", [("US", "DC", "Washington", False), ("GB", None, "London", False)]),
]


@pytest.mark.parametrize(("location", "expected"), LOCATION_STRINGS)
def test_location_field_fills_locations_when_the_text_has_none(
    tmp_path: Path, location: str, expected: list[tuple[Any, ...]]
) -> None:
    line = json.dumps({"id": "r", "text": "We build data pipelines.", "where": location})
    [row] = _parse(tmp_path, [line.encode()], "--unit", "posting", "--location-field", "where")
    got = [(x["country"], x["region"], x["city"], x["remote"]) for x in row["locations"]]
    assert got == expected
    assert row["filled_from_record"] == ["locations"]


def test_a_location_line_in_the_text_wins_over_the_location_field(tmp_path: Path) -> None:
    record = json.loads(amazon_lines(1)[0])  # its text has "US, TX, Austin"
    line = _with(record, where="Tokyo, Japan")
    [row] = _parse(tmp_path, [line], "--unit", "posting", "--location-field", "where")
    assert [x["city"] for x in row["locations"]] == ["Austin"]
    assert "locations" not in row["filled_from_record"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, []),
        ("", []),
        ("Multiple Locations", []),
        ("Narnia", [("Narnia", None, False)]),  # kept, flagged as the text's would be
    ],
)
def test_an_empty_or_unknown_location_field(
    tmp_path: Path, value: Any, expected: list[tuple[Any, ...]]
) -> None:
    line = json.dumps({"id": "r", "text": "We build data pipelines.", "where": value})
    [row] = _parse(tmp_path, [line.encode()], "--unit", "posting", "--location-field", "where")
    assert [(x["city"], x["country"], x["valid"]) for x in row["locations"]] == expected
    assert row["filled_from_record"] == (["locations"] if expected else [])


# ------------------------------------------------------------------------------------------
# workers and resume


def test_workers_carry_the_record_fields(tmp_path: Path) -> None:
    flags = ["--unit", "posting", "--jobs", "2", "--keep-fields", "url", "--location-field"]
    rows = _parse(tmp_path, _employer_lines(40), *flags, "location")
    records = read_jsonl("employers.sample.jsonl")[:40]
    assert [r["source"] for r in rows] == [[("url", x["url"])] for x in records]


@pytest.mark.parametrize(
    ("changed", "named"),
    [
        (["--keep-fields", "title"], "keep_fields"),
        ([], "keep_fields"),
        (["--keep-fields", "url", "--id-field", "job_id"], "id_field"),
        (["--keep-fields", "url", "--location-field", "location"], "location_field"),
    ],
)
def test_resume_with_other_record_fields_is_refused(
    tmp_path: Path, changed: list[str], named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(_employer_lines(4)))
    out = tmp_path / "ds"
    base = ["parse", str(source), "-o", f"{out}/", "--unit", "posting", "--part-records", "2"]
    assert main([*base, "--keep-fields", "url", "--quiet"]) == 0
    (out / "_SUCCESS").unlink()  # as a stopped run leaves it
    (out / "_progress").mkdir()
    (out / "_progress" / "run.json").write_text(
        json.dumps(
            run_config(
                source,
                format="parquet",
                unit="posting",
                part_records=2,
                keep_fields=["url"],
                id_field=None,
                location_field=None,
            )
        )
    )
    capsys.readouterr()
    assert main([*base, "--resume", "--quiet", *changed]) == 2
    assert capsys.readouterr().err.rstrip().endswith(f"other options than the stopped run: {named}")
