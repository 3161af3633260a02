"""Accuracy against hand-labelled gold: ``python -m postings_parser.testing.evaluate``.

Prints, per group (amazon / other employers), responsibilities item precision / recall / F1 and
requirement-path precision / recall / F1 with false statements per 100 postings.  Matching is the
project scorer's: texts compare as lower-cased word sequences; an item matches a gold item at a
difflib ratio >= 0.8 (each used once); paths compare per posting as sets of (degree, min_years); a
predicted requirement whose text matches no gold requirement (ratio >= 0.5 or a word subset
either way) is a false statement.

``--gold`` names the gold file and ``--records`` the corpora holding its postings' texts (the
repository's ``tests/fixtures`` has a dev set).  This is the I/O layer: the parsing API itself
reads no file.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..batch.run import record_id
from ..pipeline import parse_posting

_WORD = re.compile(r"\w+")

Path_ = tuple[str | None, float | None]


def words(text: str) -> list[str]:
    """The lower-cased word sequence a text is compared by."""
    return _WORD.findall(text.lower())


def similarity(a: list[str], b: list[str]) -> float:
    """difflib's ratio of two word sequences."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def matched(gold: list[list[str]], pred: list[list[str]], threshold: float = 0.8) -> int:
    """How many gold texts find a distinct predicted text at ``threshold`` or better."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        best, best_i = 0.0, None
        for i, p in enumerate(pred):
            if i not in used and (s := similarity(g, p)) > best:
                best, best_i = s, i
        if best_i is not None and best >= threshold:
            used.add(best_i)
            hits += 1
    return hits


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 where nothing was expected or predicted)."""
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class GroupScore:
    """Counts for one group of postings."""

    postings: int = 0
    item_tp: int = 0
    item_pred: int = 0
    item_gold: int = 0
    path_tp: int = 0
    path_pred: int = 0
    path_gold: int = 0
    false_statements: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def item_f1(self) -> float:
        return f1(self.item_tp, self.item_pred, self.item_gold)[2]

    @property
    def path_f1(self) -> float:
        return f1(self.path_tp, self.path_pred, self.path_gold)[2]

    def lines(self, name: str) -> list[str]:
        ip, ir, i1 = f1(self.item_tp, self.item_pred, self.item_gold)
        qp, qr, q1 = f1(self.path_tp, self.path_pred, self.path_gold)
        per_100 = 100 * self.false_statements / self.postings if self.postings else 0.0
        return [
            f"{name}: postings={self.postings} items gold={self.item_gold} pred={self.item_pred} "
            f"P={ip:.3f} R={ir:.3f} F1={i1:.3f}",
            f"{name}: paths gold={self.path_gold} pred={self.path_pred} "
            f"P={qp:.3f} R={qr:.3f} F1={q1:.3f} false_statements_per_100={per_100:.1f}",
        ]


def load_jsonl(paths: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """Records by id (``source:job_id``)."""
    records = {}
    for path in paths:
        with path.open(encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                records[record_id(record, "")] = record
    return records


def _paths(requirements: Iterable[Any]) -> set[Path_]:
    out = set()
    for q in requirements:
        for p in q["paths"] if isinstance(q, dict) else q.paths:
            degree = p["degree"] if isinstance(p, dict) else (p.degree.value if p.degree else None)
            years = p["min_years"] if isinstance(p, dict) else p.min_years
            out.add((degree, float(years) if years is not None else None))
    return out


def score(
    gold: Iterable[dict[str, Any]], records: dict[str, dict[str, Any]], *, by_format: bool = False
) -> dict[str, GroupScore]:
    """Score the parser on every gold posting; groups are ``amazon`` and ``employers``.

    With ``by_format``, the employers are also scored per source format (``employers/html``,
    ``employers/text``).
    """
    groups: dict[str, GroupScore] = {}
    for g in gold:
        group = "amazon" if g["id"].startswith("amazon") else "employers"
        record = records[g["id"]]
        names = [group]
        if by_format and group == "employers":
            names.append(f"employers/{record.get('format') or 'text'}")
        for name in names:
            _score_one(groups.setdefault(name, GroupScore()), g, record)
    return groups


def _score_one(s: GroupScore, g: dict[str, Any], record: dict[str, Any]) -> None:
    """Add one gold posting's counts to ``s``."""
    s.postings += 1
    posting = parse_posting(record["text"])
    r = posting.responsibilities
    pred_items = [words(i.text) for i in r.items] if r else []
    gold_items = [words(t) for t in g["responsibilities"]]
    tp = matched(gold_items, pred_items)
    s.item_tp += tp
    s.item_pred += len(pred_items)
    s.item_gold += len(gold_items)
    gold_paths, pred_paths = _paths(g["requirements"]), _paths(posting.requirements)
    s.path_tp += len(gold_paths & pred_paths)
    s.path_pred += len(pred_paths)
    s.path_gold += len(gold_paths)
    gold_texts = [words(q["text"]) for q in g["requirements"]]
    for q in posting.requirements:
        w = words(q.text)
        if not any(
            similarity(w, t) >= 0.5 or set(w) <= set(t) or set(t) <= set(w) for t in gold_texts
        ):
            s.false_statements += 1
    if tp != len(gold_items) or tp != len(pred_items) or gold_paths != pred_paths:
        s.wrong.append(g["id"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, required=True, help="gold JSONL (ANNOTATION.md)")
    parser.add_argument(
        "--records", type=Path, nargs="+", required=True, help="JSONL corpora with the texts"
    )
    parser.add_argument(
        "--show", action="store_true", help="list the postings not scored perfectly"
    )
    parser.add_argument(
        "--by-format", action="store_true", help="also score employers' HTML and text apart"
    )
    args = parser.parse_args(argv)
    with args.gold.open(encoding="utf-8") as f:
        gold = [json.loads(line) for line in f]
    groups = score(gold, load_jsonl(args.records), by_format=args.by_format)
    for name, s in sorted(groups.items()):
        print("\n".join(s.lines(name)))
        if args.show and s.wrong:
            print(f"{name}: not perfect: {' '.join(s.wrong)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
