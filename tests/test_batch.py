"""The batch CLI: every input record ends up in the output or in the errors file."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from postings_parser.batch.arrow import SCHEMA
from postings_parser.batch.cli import main
from postings_parser.batch.run import iter_records

from .conftest import FIXTURES

BAD_LINES = [
    b'{"id": "truncated", "text": "US, WA, Seattle\\nWe',  # malformed JSON
    b"\x00\xff\xfe\x9c binary garbage \x81\n",  # not JSON at all
    b'{"id": "empty", "text": ""}',  # an empty text
    b'{"id": "number", "text": 42}',  # a text that is not text
    b'{"id": "no-text"}',  # no text field
    b'{"id": "article", "text": "A title\\n\\nAn article and no posting."}',  # no postings
    b"[1, 2, 3]",  # JSON, not an object
]


@pytest.fixture
def dirty_jsonl(tmp_path: Path) -> tuple[Path, int, int]:
    """Real amazon postings with bad lines injected; (path, good records, bad records)."""
    good = (FIXTURES / "amazon_science_careers.dev.jsonl").read_bytes().splitlines()[:40]
    lines: list[bytes] = []
    for i, line in enumerate(good):
        lines.append(line)
        if i % 6 == 0 and i // 6 < len(BAD_LINES):
            lines.append(BAD_LINES[i // 6])
    path = tmp_path / "dirty.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, len(good), len(BAD_LINES)


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_record_lands_in_output_or_errors(
    dirty_jsonl: tuple[Path, int, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    jobs: int,
) -> None:
    path, n_good, n_bad = dirty_jsonl
    out, errors = tmp_path / "out.parquet", tmp_path / "errors.jsonl"
    code = main(["parse", str(path), "-o", str(out), "--errors", str(errors), "--jobs", str(jobs)])
    assert code == 0
    table = pq.read_table(out)
    assert table.schema.equals(SCHEMA)
    error_lines = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert table.num_rows == n_good  # one posting per careers record
    assert len(error_lines) == n_bad
    assert len(set(table.column("page_id").to_pylist())) == n_good
    assert {e["id"] for e in error_lines} >= {"empty", "number", "no-text", "article"}
    assert all(e["line"] is not None and e["reason"] for e in error_lines)
    summary = capsys.readouterr().err
    assert f"records read: {n_good + n_bad}" in summary
    assert f"postings written: {n_good}" in summary
    assert f"errors: {n_bad}" in summary


def test_parquet_rows_are_nested_not_json_strings(tmp_path: Path) -> None:
    out = tmp_path / "page.parquet"
    page = FIXTURES / "amazon_science_article_page.txt"
    assert main(["parse", str(page), "-o", str(out), "--quiet"]) == 0
    rows = pq.read_table(out).to_pylist()
    assert len(rows) == 10
    assert rows[0]["locations"][0]["region"] == "MLN"
    assert rows[2]["responsibilities"]["intro"] == "As a Applied Scientist II, you will:"
    tel_aviv = rows[4]
    assert tel_aviv["requirements"][0]["paths"] == [
        {"degree": "doctorate", "min_years": None, "max_years": None},
        {"degree": "master", "min_years": 4.0, "max_years": None},
    ]
    assert tel_aviv["min_degree"] == "master"
    assert tel_aviv["min_years"] == 3.0


def test_jsonl_output_and_postings_unit(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    sample = FIXTURES / "employers.sample.jsonl"
    assert main(["parse", str(sample), "-o", str(out), "--unit", "posting", "--quiet"]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    n_records = sum(1 for _ in sample.open(encoding="utf-8"))
    assert len(rows) == n_records
    assert rows[0]["page_id"].count(":") == 1  # source:job_id


def test_directories_and_html_files(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "nested").mkdir(parents=True)
    (pages / "a.txt").write_text("US, WA, Seattle\nWe build models.", encoding="utf-8")
    (pages / "nested" / "b.html").write_text(
        "<p>IL, Tel Aviv</p><p>Come join the team.</p>", encoding="utf-8"
    )
    (pages / "notes.bin").write_bytes(b"\x00\x01")  # not a page: not read
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(pages), "-o", str(out), "--quiet"]) == 0
    cities = [json.loads(x)["locations"][0]["city"] for x in out.read_text().splitlines()]
    assert cities == ["Seattle", "Tel Aviv"]


def test_warc_html_responses_are_read(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for uri, ctype, body in [
            ("https://example.org/a", "text/html; charset=utf-8", b"<p>GB, London</p><p>Text</p>"),
            ("https://example.org/b.css", "text/css", b"p { color: red }"),
            ("https://example.org/c", "text/html", b"<p>JP, 13, Tokyo</p><p>Text</p>"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    records = [r for r in iter_records([path]) if r.skipped is None]
    assert [r.id for r in records] == ["https://example.org/a", "https://example.org/c"]
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(path), "-o", str(out), "--quiet"]) == 0
    assert len(out.read_text().splitlines()) == 2


def test_missing_input_fails_the_run(tmp_path: Path) -> None:
    assert main(["parse", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 2


def _run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


@pytest.mark.parametrize("jobs", [1, 2])
def test_parquet_batch_does_not_import_pandas(tmp_path: Path, jobs: int) -> None:
    # pyarrow imports pandas, when installed, on its first conversion (0.25 s a process)
    pytest.importorskip("pandas")
    page = FIXTURES / "amazon_science_article_page.txt"
    out = tmp_path / "o.parquet"
    args = ["parse", str(page), "-o", str(out), "--quiet", "--jobs", str(jobs)]
    code = (
        "import sys\n"
        "from postings_parser.batch import run as _batch\n"
        "from postings_parser.batch.cli import main\n"
        "encode = _batch.encode_arrow\n"
        "def checked(rows):\n"  # runs where the batch is encoded: here or in a worker
        "    encoded = encode(rows)\n"
        "    assert 'pandas' not in sys.modules, 'pandas imported'\n"
        "    return encoded\n"
        "_batch.ENCODERS['parquet'] = checked\n"
        f"code = main({args!r})\n"
        "print(code, 'pandas' in sys.modules)"
    )
    assert _run_python(code) == "0 False"
    assert pq.read_table(out).num_rows == 10


def test_pandas_still_imports_after_the_batch_layer_looked_for_it() -> None:
    pytest.importorskip("pandas")
    code = (
        "import pyarrow as pa\n"
        "from postings_parser.batch.run import arrow_without_pandas\n"
        "arrow_without_pandas()\n"
        "import pandas\n"
        "print(pa.table({'a': [1, 2]}).to_pandas()['a'].sum())"
    )
    assert _run_python(code) == "3"


def test_parquet_output_carries_package_and_schema_versions(tmp_path: Path) -> None:
    from postings_parser import __version__
    from postings_parser.batch.rows import SCHEMA_VERSION

    records = tmp_path / "in.jsonl"
    records.write_bytes(
        b"".join((FIXTURES / "amazon_science_careers.dev.jsonl").read_bytes().splitlines(True)[:3])
    )
    out = tmp_path / "out.parquet"
    assert main(["parse", str(records), "-o", str(out), "--quiet"]) == 0
    meta = pq.read_schema(out).metadata
    assert meta[b"postings_parser.version"] == __version__.encode()
    assert meta[b"postings_parser.schema_version"] == SCHEMA_VERSION.encode()
    rows = pq.read_table(out).to_pylist()
    sections = [(row, s) for row in rows for s in row["sections"]]
    assert sections
    for row, section in sections:
        assert section["body"] in row["text"][section["char_start"] : section["char_end"]]
