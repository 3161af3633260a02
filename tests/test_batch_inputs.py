"""Inputs are read by content: compression, stdin, suffix-less files, hostile directory entries,
hostile JSON lines and oversized records never stop a run or get parsed as a page."""

from __future__ import annotations

import bz2
import io
import json
import lzma
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
import zstandard

from postings_parser.batch.cli import main

from .batchkit import SRC, amazon_lines, jsonl


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _errors(path: Path) -> list[dict[str, object]]:
    return _rows(path) if path.exists() else []


COMPRESSORS = {
    "gz": lambda b: __import__("gzip").compress(b),
    "zst": lambda b: zstandard.ZstdCompressor().compress(b),
    "bz2": bz2.compress,
    "xz": lzma.compress,
}


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_compressed_jsonl_is_read_as_records(tmp_path: Path, kind: str) -> None:
    # today: `parse good.jsonl.gz` parsed the whole compressed file as one page, exit 0
    path = tmp_path / f"good.jsonl.{kind}"
    path.write_bytes(COMPRESSORS[kind](jsonl(amazon_lines(6))))
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(path), "-o", str(out), "--quiet"]) == 0
    assert [r["page_id"] for r in _rows(out)] == [f"a{i}" for i in range(6)]


def test_compressed_files_in_a_directory_and_without_suffix_are_read(tmp_path: Path) -> None:
    # today: .gz files inside a directory were skipped silently
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl.gz").write_bytes(COMPRESSORS["gz"](jsonl(amazon_lines(2, "g"))))
    (tmp_path / "in" / "part-00000").write_bytes(COMPRESSORS["zst"](jsonl(amazon_lines(2, "z"))))
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path / "in"), "-o", str(out), "--quiet"]) == 0
    assert [r["page_id"] for r in _rows(out)] == ["g0", "g1", "z0", "z1"]


def test_multi_frame_zstd_is_read_to_its_end(tmp_path: Path) -> None:
    lines = amazon_lines(4)
    frames = b"".join(COMPRESSORS["zst"](jsonl([line])) for line in lines)  # like pzstd
    (tmp_path / "f.jsonl.zst").write_bytes(frames)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path / "f.jsonl.zst"), "-o", str(out), "--quiet"]) == 0
    assert len(_rows(out)) == 4


def test_dash_reads_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # today: "no such input: -"
    stdin = io.TextIOWrapper(io.BytesIO(jsonl(amazon_lines(3))))
    monkeypatch.setattr(sys, "stdin", stdin)
    out = tmp_path / "out.jsonl"
    assert main(["parse", "-", "-o", str(out), "--quiet"]) == 0
    assert [r["page_id"] for r in _rows(out)] == ["a0", "a1", "a2"]


def test_a_suffixless_jsonl_file_is_records_not_a_page(tmp_path: Path) -> None:
    # today: /dev/stdin or a Spark part-* file was one page: rows whose title is raw JSON
    path = tmp_path / "part-00001"
    path.write_bytes(jsonl(amazon_lines(3)))
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(path), "-o", str(out), "--quiet"]) == 0
    rows = _rows(out)
    assert len(rows) == 3
    assert not any(str(r["title"]).startswith("{") for r in rows)
    assert rows[0]["title"] == json.loads(amazon_lines(1)[0])["title"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        ("blob", bytes(range(256)) * 4),
    ],
)
def test_bytes_that_are_no_page_are_an_error_line(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.jsonl").write_bytes(jsonl(amazon_lines(1)))
    out, errors = tmp_path / "o" / "out.jsonl", tmp_path / "o" / "errors.jsonl"
    out.parent.mkdir()
    args = ["parse", str(tmp_path / name), str(tmp_path / "ok.jsonl"), "-o", str(out)]
    assert main([*args, "--errors", str(errors), "--quiet"]) == 0
    (error,) = _errors(errors)
    assert str(error["reason"]).startswith("not a page, JSONL or WARC")


def test_hostile_directory_entries_are_error_lines(tmp_path: Path) -> None:
    # today: a broken symlink aborted the run (0 rows), a FIFO hung it, a non-UTF-8 name aborted
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "a.jsonl").write_bytes(jsonl(amazon_lines(2)))
    os.symlink(tmp_path / "gone", pages / "b-broken")
    os.mkfifo(pages / "c-fifo")
    weird = os.path.join(os.fsencode(pages), b"d-\xff\xfe.txt")
    with open(weird, "wb") as f:
        f.write(b"US, WA, Seattle\nWe build models.")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code = main(["parse", str(pages), "-o", str(out), "--errors", str(errors), "--quiet"])
    assert code == 0
    rows = _rows(out)
    assert len(rows) == 3
    assert rows[2]["page_id"].endswith("d-\\xff\\xfe.txt")
    reasons = {Path(str(e["id"])).name: e["reason"] for e in _errors(errors)}
    assert reasons == {
        "b-broken": "unreadable input: broken symbolic link",
        "c-fifo": "unreadable input: not a regular file (FIFO)",
    }


HOSTILE_LINES = [
    b'{"id": "deep", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    b'{"id": "bigint", "text": "x", "n": ' + b"9" * 5000 + b"}",
    b'{"id": "lone-\\ud800", "text": "US, WA, Seattle\\nWe build models."}',
    b'{"id": "\\udfff", "text": "US, WA, Seattle\\nWe build \\ud800 models."}',
]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_one_hostile_json_line_never_stops_the_run(tmp_path: Path, fmt: str) -> None:
    # today: JSON nested 100k deep, a > 4,300-digit integer or a lone surrogate in an id
    # aborted the whole run with 0 rows and 0 error lines
    good = amazon_lines(3)
    path = tmp_path / "in.jsonl"
    path.write_bytes(jsonl([good[0], *HOSTILE_LINES, good[1], good[2]]))
    out, errors = tmp_path / f"out.{fmt}", tmp_path / "errors.jsonl"
    code = main(["parse", str(path), "-o", str(out), "--errors", str(errors), "--quiet"])
    assert code == 0
    if fmt == "parquet":
        import pyarrow.parquet as pq

        ids = pq.read_table(out).column("page_id").to_pylist()
    else:
        ids = [r["page_id"] for r in _rows(out)]
    assert ids[0] == "a0"
    assert ids[-2:] == ["a1", "a2"]
    assert "lone-\\ud800" in ids  # the id, with its lone surrogate escaped
    reasons = [str(e["reason"]) for e in _errors(errors)]
    assert len(ids) + len(reasons) == 7
    assert reasons[:2] == ["malformed JSON: nested too deep", reasons[1]]
    assert "digits" in reasons[1]


def test_a_line_over_max_record_bytes_is_an_error_line(tmp_path: Path) -> None:
    big = b'{"id": "big", "text": "' + b"x" * 3_000_000 + b'"}'
    path = tmp_path / "in.jsonl"
    path.write_bytes(jsonl([amazon_lines(1)[0], big, amazon_lines(2)[1]]))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["parse", str(path), "-o", str(out), "--errors", str(errors), "--quiet"]
    assert main([*args, "--max-record-bytes", "1MB"]) == 0
    assert [r["page_id"] for r in _rows(out)] == ["a0", "a1"]
    (error,) = _errors(errors)
    assert error["line"] == 2
    assert str(error["reason"]).startswith("record too large")


def test_a_compression_bomb_is_an_error_line(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=6) as f:
        f.write(jsonl(amazon_lines(1)))
        f.write(b'{"id": "bomb", "text": "')
        for _ in range(100):
            f.write(b" " * 1_000_000)
        f.write(b'"}\n')
    assert path.stat().st_size < 500_000
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["parse", str(path), "-o", str(out), "--errors", str(errors), "--quiet"]
    assert main(args) == 0
    assert len(_rows(out)) == 1
    (error,) = _errors(errors)
    assert str(error["reason"]).startswith("decompression bomb")


def _peak_rss_mb(args: list[str]) -> float:
    code = (
        "import resource, sys\n"
        "from postings_parser.batch.cli import main\n"
        f"code = main({args!r})\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(SRC))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    return float(done.stdout.split()[-1])


def test_a_100mb_line_does_not_take_gigabytes(tmp_path: Path) -> None:
    # today: a 100 MB JSONL line took 2.2 GB
    small, huge = tmp_path / "small.jsonl", tmp_path / "huge.jsonl"
    small.write_bytes(jsonl(amazon_lines(2)))
    with huge.open("wb") as f:
        f.write(amazon_lines(1)[0] + b"\n" + b'{"id": "huge", "text": "')
        for _ in range(100):
            f.write(b"word " * 200_000)
        f.write(b'"}\n')
    base = _peak_rss_mb(["parse", str(small), "-o", str(tmp_path / "s.jsonl"), "--quiet"])
    peak = _peak_rss_mb(["parse", str(huge), "-o", str(tmp_path / "h.jsonl"), "--quiet"])
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0
    assert peak - base < 150, (base, peak)
    assert len(_rows(tmp_path / "h.jsonl")) == 1
