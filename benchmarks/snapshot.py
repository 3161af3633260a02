"""Snapshot every output the parser gives on the dev corpora, to prove a change keeps them.

    python benchmarks/snapshot.py write before.jsonl     # before the change
    python benchmarks/snapshot.py write after.jsonl      # after it
    python benchmarks/snapshot.py diff before.jsonl after.jsonl

One line per input: its name and the ``model_dump_json()`` of its parse. Inputs: every record of
``../shared/corpus/*.jsonl`` that carries a ``text`` (parsed with ``parse_posting``), and the sample
page as text and both HTML renderings (parsed with ``parse_page``). ``diff`` names the inputs whose
output changed and exits 1 when any did.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import postings_parser as pp

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
PAGES = (
    "amazon_science_article_page.txt",
    "amazon_science_article_page.semantic.html",
    "amazon_science_article_page.divsoup.html",
)


def outputs() -> Iterator[tuple[str, str]]:
    """(name, JSON of the parse) of every snapshot input, in a fixed order."""
    for name in PAGES:
        yield name, pp.parse_page((FIXTURES / name).read_bytes()).model_dump_json()
    for path in sorted(CORPUS.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            if isinstance(record.get("text"), str):
                name = f"{path.name}:{n}:{record.get('id') or record.get('job_id')}"
                yield name, pp.parse_posting(record["text"]).model_dump_json()


def write(out: Path) -> None:
    with out.open("w", encoding="utf-8") as f:
        for name, dumped in outputs():
            f.write(json.dumps({"name": name, "json": dumped}) + "\n")


def diff(before: Path, after: Path) -> int:
    def load(p: Path) -> dict[str, str]:
        rows = (json.loads(line) for line in p.read_text(encoding="utf-8").splitlines())
        return {r["name"]: r["json"] for r in rows}

    a, b = load(before), load(after)
    changed = sorted(n for n in a.keys() | b.keys() if a.get(n) != b.get(n))
    for name in changed:
        print("changed:", name)
    print(f"{len(changed)} of {len(a.keys() | b.keys())} outputs changed")
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "write":
        write(Path(argv[1]))
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        return diff(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
