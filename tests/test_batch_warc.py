"""WARC inputs: record lengths and digests checked, reading resumed after a broken record, records
that are no page counted as skipped, and the declared charset used."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from postings_parser.batch.cli import main
from postings_parser.batch.run import iter_records

from .batchkit import corrupt_member, good_pages, page_html, warc_record


def _parse(tmp_path: Path, path: Path, *extra: str) -> tuple[int, list[dict], list[dict]]:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code = main(["parse", str(path), "-o", str(out), "--errors", str(errors), "--quiet", *extra])
    rows = [json.loads(x) for x in out.read_text().splitlines()] if out.exists() else []
    errs = [json.loads(x) for x in errors.read_text().splitlines()] if errors.exists() else []
    return code, rows, errs


def _cut_content_length(record: bytes, delta: int) -> bytes:
    """An uncompressed record whose Content-Length says ``delta`` more bytes than it has."""
    head, _, rest = record.partition(b"\r\n\r\n")
    lines = []
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            line = b"Content-Length: %d" % (int(line.split(b":")[1]) + delta)
        lines.append(line)
    return b"\r\n".join(lines) + b"\r\n\r\n" + rest


def _gzip_member(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_truncated_last_record_is_an_error_not_a_short_page(
    tmp_path: Path, gzipped: bool
) -> None:
    # today: a truncated record was parsed as if complete, exit 0
    records = good_pages(10, gzipped=gzipped)
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(b"".join(records)[: -len(records[-1]) // 2])
    code, rows, errors = _parse(tmp_path, path)
    assert code == 0
    assert len(rows) == 9
    assert len(errors) == 1
    reason = errors[0]["reason"]
    assert reason.startswith("broken WARC record: truncated"), reason


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_content_length_too_large_loses_only_its_record(tmp_path: Path, gzipped: bool) -> None:
    # today: the next records vanished uncounted, exit 0
    records = good_pages(10, gzipped=False)
    records[3] = _cut_content_length(records[3], 5000)
    if gzipped:
        records = [_gzip_member(r) for r in records]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(records))
    code, rows, errors = _parse(tmp_path, path)
    assert code == 0
    assert [r["page_id"] for r in rows] == [
        f"https://example.org/job/{i}" for i in range(10) if i != 3
    ]
    assert len(errors) == 1
    assert "Content-Length" in errors[0]["reason"]


def test_a_content_length_too_small_loses_only_its_record(tmp_path: Path) -> None:
    records = good_pages(5, gzipped=False)
    records[1] = _cut_content_length(records[1], -40)
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    _code, rows, errors = _parse(tmp_path, path)
    assert len(rows) == 4
    assert [e["reason"].split(":")[0] for e in errors] == ["broken WARC record"]


def test_a_corrupt_gzip_member_is_an_error_and_reading_resumes(tmp_path: Path) -> None:
    records = good_pages(10)
    records[4] = corrupt_member(records[4])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(records))
    code, rows, errors = _parse(tmp_path, path)
    assert code == 0
    assert len(rows) == 9
    assert len(errors) == 1
    assert "gzip member" in errors[0]["reason"] or "digest" in errors[0]["reason"]


def test_a_digest_mismatch_is_an_error(tmp_path: Path) -> None:
    record = good_pages(1, gzipped=False)[0].replace(b"we build models", b"we build mode1s")
    path = tmp_path / "crawl.warc"
    path.write_bytes(record + good_pages(2, gzipped=False)[1])
    _code, rows, errors = _parse(tmp_path, path)
    assert len(rows) == 1
    assert "digest" in errors[0]["reason"]


RUSSIAN = "Инженер по данным. Мы строим модели машинного обучения."


def test_the_http_charset_decodes_the_page(tmp_path: Path) -> None:
    # today: a response with charset=windows-1251 gave mojibake, no warning
    body = page_html("GB, London", RUSSIAN).encode("cp1251")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        warc_record("https://x.org/ru", body, content_type="text/html; charset=windows-1251")
    )
    code, rows, _errors = _parse(tmp_path, path)
    assert code == 0
    assert RUSSIAN in rows[0]["text"]


def test_the_meta_charset_decodes_a_page_file(tmp_path: Path) -> None:
    # today: <meta charset=windows-1251> was never read
    html = (
        '<html><head><meta charset="windows-1251"><title>x</title></head><body>'
        f"<p>GB, London</p><p>{RUSSIAN}</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1251"))
    code, rows, _errors = _parse(tmp_path, path)
    assert code == 0
    assert RUSSIAN in rows[0]["text"]


def test_records_that_are_no_page_are_skipped_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # today: non-HTML and non-200 records were skipped and not counted; a 404 page was parsed
    page = page_html("GB, London", "We build models.").encode()
    records = [
        warc_record(
            "", b"software: test\r\n", rec_type="warcinfo", content_type="application/warc-fields"
        ),
        warc_record(
            "https://x.org/a",
            b"GET /a HTTP/1.1\r\n\r\n",
            rec_type="request",
            content_type="application/http; msgtype=request",
        ),
        warc_record("https://x.org/a", page),
        warc_record("https://x.org/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        warc_record("https://x.org/gone", page, status="404 Not Found"),
        warc_record(
            "https://x.org/a",
            b"fetchTimeMs: 12\r\n",
            rec_type="metadata",
            content_type="application/warc-fields",
        ),
    ]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(records))
    kinds = [r.skipped for r in iter_records([path])]
    assert kinds == ["warcinfo", "request", None, "non-HTML", "HTTP 404", "metadata"]
    code, rows, errors = _parse(tmp_path, path)
    assert (code, len(rows), errors) == (0, 1, [])
    err = capsys.readouterr().err
    assert "records read: 6; parsed: 1; postings written: 1; errors: 0; skipped: 5" in err
    assert "HTTP 404 1, metadata 1, non-HTML 1, request 1, warcinfo 1" in err


def test_a_bomb_member_is_an_error_and_is_not_inflated(tmp_path: Path) -> None:
    # today: a 486 KB .warc.gz holding 200 MB of HTML took 169 s and 10.5 GB
    header = (
        b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://x.org/bomb\r\n"
        b"Content-Type: text/html\r\nContent-Length: 200000000\r\n\r\n"
    )
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    member = packer.compress(header)
    chunk = b"<p>x</p>" * 125_000
    for _ in range(200):
        member += packer.compress(chunk)
    member += packer.flush()
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(good_pages(1)[0] + member + good_pages(2)[1])
    assert path.stat().st_size < 600_000
    _code, rows, errors = _parse(tmp_path, path)
    assert len(rows) == 2
    assert errors[0]["reason"].startswith("decompression bomb"), errors
