"""Inputs for the batch tests: real postings as JSONL, WARC records built with warcio, and
helpers to run the CLI in a process of its own and to find its workers."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .conftest import FIXTURES

AMAZON = FIXTURES / "amazon_science_careers.dev.jsonl"
SRC = Path(__file__).resolve().parent.parent / "src"


def amazon_lines(n: int, prefix: str = "a") -> list[bytes]:
    """``n`` real amazon.science careers records (one posting each), with unique ids."""
    lines = AMAZON.read_bytes().splitlines()
    out = []
    for i in range(n):
        record = json.loads(lines[i % len(lines)])
        record["id"] = f"{prefix}{i}"
        out.append(json.dumps(record).encode())
    return out


def jsonl(lines: list[bytes]) -> bytes:
    return b"\n".join(lines) + b"\n"


def page_html(city_line: str, body: str) -> str:
    """A small HTML page with one posting block (a location line, then its text)."""
    return f"<html><body><p>{city_line}</p><p>{body}</p></body></html>"


def warc_record(
    uri: str,
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    rec_type: str = "response",
    gzipped: bool = True,
) -> bytes:
    """One WARC record (a gzip member of its own when ``gzipped``), digests included."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    if rec_type == "response":
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers
        )
    else:
        record = writer.create_warc_record(
            uri, rec_type, payload=io.BytesIO(body), warc_content_type=content_type
        )
    writer.write_record(record)
    return buffer.getvalue()


def good_pages(n: int, gzipped: bool = True) -> list[bytes]:
    """``n`` WARC responses, each a page with one posting."""
    cities = ["GB, London", "JP, 13, Tokyo", "US, WA, Seattle", "DE, BE, Berlin", "IL, Tel Aviv"]
    return [
        warc_record(
            f"https://example.org/job/{i}",
            page_html(cities[i % len(cities)], f"Job {i}: we build models.").encode(),
            gzipped=gzipped,
        )
        for i in range(n)
    ]


def corrupt_member(member: bytes) -> bytes:
    """A gzip member with bytes in the middle of its deflate data flipped."""
    data = bytearray(member)
    middle = len(data) // 2
    for i in range(middle, min(middle + 8, len(data) - 8)):
        data[i] ^= 0xFF
    return bytes(data)


def gz(data: bytes) -> bytes:
    return gzip.compress(data)


def cli(args: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    """``postings-parser ARGS`` in a process of its own (the tree's sources first)."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    command = [sys.executable, "-m", "postings_parser", *args]
    return subprocess.Popen(command, env=env, stderr=subprocess.PIPE, **kwargs)


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_for(predicate: Any, timeout: float = 60.0) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` seconds pass."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def run_config(source: Path, **options: object) -> dict[str, object]:
    """The ``run.json`` a stopped run over ``source`` leaves: the CLI's options for a page run,
    then ``options``."""
    return {
        "inputs": [str(source)],
        "format": "jsonl",
        "unit": "page",
        "strict": False,
        "text_field": None,
        "input_format": "auto",
        "max_record_bytes": 20 * 2**20,
        **options,
    }
