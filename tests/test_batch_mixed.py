"""A mixed input set: every input record is in OUT, in the errors file or in a skipped count, and
the closing summary's numbers add up."""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zlib
from pathlib import Path

import pytest
import zstandard

from postings_parser.batch.cli import main

from .batchkit import amazon_lines, corrupt_member, good_pages, jsonl, page_html, warc_record

RUSSIAN = "Инженер по данным. Мы строим модели."


def _too_long(member: bytes) -> bytes:
    """A record whose Content-Length is 5,000 bytes more than it has, gzipped again."""
    record = zlib.decompress(member, 31)
    record = re.sub(
        rb"Content-Length: (\d+)",
        lambda m: b"Content-Length: %d" % (int(m.group(1)) + 5000),
        record,
        count=1,
    )
    return gzip.compress(record)


def _crawl() -> bytes:
    pages = good_pages(6)
    russian = page_html("GB, London", RUSSIAN).encode("cp1251")
    return b"".join(
        [
            pages[0],
            warc_record("https://x.org/a", b"GET /a HTTP/1.1\r\n\r\n", rec_type="request"),
            pages[1],
            _too_long(pages[2]),
            corrupt_member(pages[3]),
            warc_record("https://x.org/ru", russian, content_type="text/html; charset=cp1251"),
            warc_record("https://x.org/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
            warc_record(
                "https://x.org/gone",
                page_html("GB, London", "Gone.").encode(),
                status="404 Not Found",
            ),
            pages[4],
            pages[5],
        ]
    )


def _bomb(path: Path) -> None:
    with gzip.open(path, "wb") as f:
        f.write(jsonl(amazon_lines(1, "bomb-ok")))
        f.write(b'{"id": "bomb", "text": "')
        for _ in range(50):
            f.write(b"x" * 1_000_000)
        f.write(b'"}\n')


def test_a_mixed_input_set_adds_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(
        gzip.compress(jsonl([*amazon_lines(3, "gz"), b'{"id": "bad", "text": ']))
    )
    (tmp_path / "b.jsonl.zst").write_bytes(
        zstandard.ZstdCompressor().compress(jsonl(amazon_lines(2, "zst")))
    )
    (tmp_path / "crawl.warc.gz").write_bytes(_crawl())
    _bomb(tmp_path / "bomb.jsonl.gz")
    stdin = jsonl([*amazon_lines(2, "stdin"), b"{not json"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    inputs = [str(tmp_path / n) for n in ("a.jsonl.gz", "b.jsonl.zst", "crawl.warc.gz")]
    out, errors = tmp_path / "out" / "rows.parquet", tmp_path / "out" / "errors.jsonl"
    out.parent.mkdir()
    args = ["parse", *inputs, "-", str(tmp_path / "bomb.jsonl.gz"), "-o", str(out)]
    assert main([*args, "--errors", str(errors), "--jobs", "2", "--quiet"]) == 0

    import pyarrow.parquet as pq

    rows = pq.read_table(out).to_pylist()
    error_lines = [json.loads(x) for x in errors.read_text().splitlines()]
    err = capsys.readouterr().err
    read, parsed, postings, n_errors, skipped = map(
        int, re.findall(r": (\d+)", err.splitlines()[0])
    )
    # 4 + 2 JSONL, 3 stdin, 10 WARC records, 2 bomb file records
    assert read == 21
    assert read == parsed + n_errors + skipped
    assert (parsed, postings, n_errors, skipped) == (13, 13, 5, 3)
    assert len(rows) == postings
    assert len(error_lines) == n_errors
    assert "skipped (not pages) by reason: HTTP 404 1, non-HTML 1, request 1" in err
    reasons = sorted(e["reason"].split(":")[0] for e in error_lines)
    assert reasons == [
        "broken WARC record",
        "broken WARC record",
        "decompression bomb",
        "malformed JSON",
        "malformed JSON",
    ]
    assert any(RUSSIAN in r["text"] for r in rows)
    assert {r["page_id"] for r in rows} >= {"gz0", "zst1", "stdin1", "bomb-ok0"}
