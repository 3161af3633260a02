"""Peak memory of a parse, as a multiple of the input's size: every pathological input of
tests/test_pathological.py and two realistic pages, at 10 MB by default.

    python benchmarks/memory.py                      # every case, 10 MB
    python benchmarks/memory.py --size 1000000 --case "line breaks in markup" --case "div soup"
    python benchmarks/memory.py --json               # one JSON object per case and mode

For each case and mode (``parse_page`` of the input after a location line, ``parse_posting`` of
the input) a child process forked from a warmed-up parent builds the input and parses it.  The
figure is the growth of the child's resident set (Linux ``/proc/self/status``: ``VmHWM`` after
the parse, reset just before it through ``/proc/self/clear_refs``, minus ``VmRSS`` before it)
over the input's size in UTF-8 bytes.  The parent parsed the sample pages first and the child
the input's first 2,000 characters, so that neither the input, nor the tables the package builds
on first use, nor the pages of code a process reads in on first use count.  ``layers 1-2`` is
the same figure for the normalize and page stages alone (``normalize`` and ``segment_page``),
the part of a parse those layers hold.  Figures are reported, never asserted here;
tests/test_pathological.py checks the bound.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
MODES = ("page", "posting", "layers 1-2")
PREFIX = "US, WA, Seattle\n"  # before the input in the page modes: the input is a posting's body


def _realistic(name: str) -> Callable[[int], str]:
    """A real page repeated to ``n`` characters (the text page, or its markup's body repeated
    inside one document)."""

    def make(n: int) -> str:
        page = (FIXTURES / name).read_text(encoding="utf-8")
        if name.endswith(".html"):
            body = page.split("<body>", 1)[1].rsplit("</body>", 1)[0]
            return "<html><body>" + body * (n // len(body) + 1) + "</body></html>"
        return "\n".join([page] * (n // len(page) + 1))

    return make


REALISTIC = {
    "realistic text": _realistic("amazon_science_article_page.txt"),
    "realistic HTML": _realistic("amazon_science_article_page.semantic.html"),
}


def cases() -> dict[str, Callable[[int], str]]:
    """The pathological inputs of the test suite, then the realistic pages."""
    sys.path.insert(0, str(ROOT))
    from tests.test_pathological import CASES

    return {**CASES, **REALISTIC}


def _status_kb(key: str) -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        m = re.search(rf"^{key}:\s+(\d+) kB", f.read(), re.MULTILINE)
    assert m is not None
    return int(m.group(1))


def _release() -> None:
    """Give freed memory back to the system, so that the parse starts from a settled heap."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _parser(mode: str) -> Callable[[str], object]:
    import postings_parser as pp
    from postings_parser.normalize import normalize
    from postings_parser.page.segment import segment_page

    if mode == "layers 1-2":
        return lambda source: segment_page(normalize(source))
    return pp.parse_page if mode == "page" else pp.parse_posting


def warm_up() -> None:
    """Parse the sample pages in every mode: the patterns, the location index and the language
    model are built before any measurement."""
    import postings_parser as pp

    for name in ("amazon_science_article_page.txt", "amazon_science_article_page.semantic.html"):
        page = (FIXTURES / name).read_text(encoding="utf-8")
        for mode in MODES:
            with contextlib.suppress(pp.PostingsParserError):
                _parser(mode)(page)


def measure(source: str, mode: str) -> float:
    """Peak growth of the resident set during one parse of ``source``, over its UTF-8 size."""
    import postings_parser as pp

    parse = _parser(mode)
    with contextlib.suppress(pp.PostingsParserError):
        parse(source[:2000])  # the code this process runs is paged in before the measurement
    _release()
    before = _status_kb("VmRSS")
    with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
        f.write("5")  # resets VmHWM to the present resident set
    with contextlib.suppress(pp.PostingsParserError):
        parse(source)
    growth = (_status_kb("VmHWM") - before) * 1024
    return growth / len(source.encode("utf-8", "surrogatepass"))


def _in_child(make: Callable[[int], str], size: int, mode: str) -> float:
    """:func:`measure` in a child process forked from this one (which it leaves as it was)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        try:
            source = (PREFIX if mode != "posting" else "") + make(size)
            os.write(write, repr(measure(source, mode)).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as f:
        figure = f.read()
    os.waitpid(pid, 0)
    return float(figure) if figure else float("nan")


def run(names: list[str], size: int) -> Iterator[dict[str, object]]:
    """One row per case: its figure in each mode."""
    table = cases()
    warm_up()
    for name in names:
        row: dict[str, object] = {"case": name}
        for mode in MODES:
            row[mode] = round(_in_child(table[name], size, mode), 2)
        yield row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--size", type=int, default=10_000_000, help="characters per input")
    ap.add_argument("--case", action="append", help="a case by name (default: all)")
    ap.add_argument("--json", action="store_true", help="one JSON object per line")
    args = ap.parse_args()
    names = args.case or list(cases())
    if not args.json:
        print(f"{'peak RSS growth / input size':<30}" + "".join(f"{m:>12}" for m in MODES))
    worst = 0.0
    for row in run(names, args.size):
        if args.json:
            print(json.dumps(row), flush=True)
            continue
        figures = [float(str(row[m])) for m in MODES]
        print(f"{row['case']:<30}" + "".join(f"{x:>11.2f}x" for x in figures), flush=True)
        worst = max(worst, *figures[:2])
    if not args.json:
        print(f"worst parse: {worst:.2f}x the input")


if __name__ == "__main__":
    main()
