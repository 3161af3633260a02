"""The sample page's parse time against an earlier revision, in one process, interleaved.

    python benchmarks/versus.py                 # the working tree against HEAD
    python benchmarks/versus.py bb494c6         # ... against any revision
    python benchmarks/versus.py bb494c6 --rounds 40

The revision's ``src/postings_parser`` is exported with ``git archive`` and imported under
another name beside the working tree's package; each round parses the page with one and then
the other (the order alternating), and the medians of CPU time per parse and their ratio are
printed for the page as text and as HTML.  The machine is shared: only the ratio of two
figures taken in the same run means anything.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import postings_parser as pp

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PAGES = {
    "text": FIXTURES / "amazon_science_article_page.txt",
    "html": FIXTURES / "amazon_science_article_page.semantic.html",
}


def load_revision(revision: str, into: Path) -> ModuleType:
    """The package as it was at ``revision``, imported as ``postings_parser_<revision>``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src/postings_parser"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / "src" / "postings_parser"
    name = f"postings_parser_{revision.replace('~', '_').replace('^', '_')}"
    spec = importlib.util.spec_from_file_location(
        name, package / "__init__.py", submodule_search_locations=[str(package)]
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def interleaved(
    fns: dict[str, Callable[[], object]], rounds: int, per_round: int
) -> dict[str, float]:
    """Median CPU milliseconds per call of each function, the calls of a round alternating."""
    for fn in fns.values():
        fn()  # warm-up: compiled patterns, lazy tables
    times: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for r in range(rounds):
        for name in names if r % 2 == 0 else reversed(names):
            t0 = time.process_time()
            for _ in range(per_round):
                fns[name]()
            times[name].append((time.process_time() - t0) / per_round * 1000)
    return {name: statistics.median(t) for name, t in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", nargs="?", default="HEAD")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--per-round", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        old = load_revision(args.revision, Path(tmp))
        for kind, path in PAGES.items():
            source = path.read_bytes()
            medians = interleaved(
                {
                    "this tree": lambda s=source: pp.parse_page(s),
                    args.revision: lambda s=source: old.parse_page(s),
                },
                args.rounds,
                args.per_round,
            )
            new, base = medians["this tree"], medians[args.revision]
            print(
                f"page as {kind}: this tree {new:.3f} ms, {args.revision} {base:.3f} ms, "
                f"ratio {new / base:.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
