"""The ``postings-parser`` command: the I/O layer around the pure parsing API."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import PostingsParserError
from ..models import json_schema
from ..pipeline import parse_page, parse_posting


def _read(path: str | None, sample: bool) -> bytes:
    if sample:
        return files("postings_parser").joinpath("data/sample_page.txt").read_bytes()
    if path is None or path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postings-parser",
        description="Parse scraped job-posting pages (text or HTML) into structured JSON.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("page", "parse a whole page (article + postings) and print it as JSON"),
        ("posting", "parse a single posting and print it as JSON"),
    ):
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument("file", nargs="?", help="a .txt or .html file; '-' or nothing for stdin")
        cmd.add_argument(
            "--sample", action="store_true", help="use the bundled amazon.science sample page"
        )
        cmd.add_argument(
            "--strict", action="store_true", help="fail on unknown codes or undecodable bytes"
        )
        cmd.add_argument("--indent", type=int, default=2, help="JSON indent (0: one line)")
    sub.add_parser("schema", help="print the JSON Schema of the page model")
    batch = sub.add_parser(
        "parse",
        help="parse many pages into one row per posting (JSONL or Parquet)",
        description="Parse .txt/.html files, directories of them, JSONL records and WARC files "
        "into one row per posting. Every input record ends up in OUT or in the errors file.",
    )
    batch.add_argument("inputs", nargs="+", type=Path, help="files or directories")
    batch.add_argument("-o", "--output", type=Path, required=True, help="the output file")
    batch.add_argument("--format", choices=("jsonl", "parquet"), help="default: from OUT's suffix")
    batch.add_argument(
        "--errors", type=Path, help="where bad records go (default: OUT + '.errors.jsonl')"
    )
    batch.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    batch.add_argument("--text-field", help="the JSONL field holding the page (default: text/html)")
    batch.add_argument(
        "--unit",
        choices=("page", "posting"),
        default="page",
        help="a record is a page of posting blocks (default) or a single posting",
    )
    batch.add_argument("--strict", action="store_true", help="reject unknown codes, bad bytes")
    batch.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def _tick(bar: Any) -> None:
    bar.update()


def _progress_bar() -> Any:
    """A progress bar on the terminal (tqdm is imported only when one is shown)."""
    from tqdm import tqdm

    return tqdm(unit=" records", file=sys.stderr, dynamic_ncols=True)


def _batch(args: argparse.Namespace) -> int:
    from .run import iter_records, open_writer, run

    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        print(f"postings-parser: no such input: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print("postings-parser: --jobs must be at least 1", file=sys.stderr)
        return 2
    fmt = args.format or ("parquet" if args.output.suffix.lower() == ".parquet" else "jsonl")
    errors_path = args.errors or args.output.with_name(args.output.name + ".errors.jsonl")
    show = not args.quiet and sys.stderr.isatty()
    bar = _progress_bar() if show else None
    writer = open_writer(args.output, fmt)
    try:
        with errors_path.open("w", encoding="utf-8") as errors:
            summary = run(
                iter_records(args.inputs, args.text_field),
                writer,
                errors,
                unit=args.unit,
                strict=args.strict,
                jobs=args.jobs,
                on_record=(lambda: _tick(bar)) if show else None,
            )
    finally:
        writer.close()
        if bar is not None:
            bar.close()
    print(f"postings-parser: {summary.line()}", file=sys.stderr)
    if summary.errors:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(summary.error_reasons.items()))
        print(f"postings-parser: errors by reason: {reasons}; see {errors_path}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    args = _build_parser().parse_args(argv)
    if args.command == "parse":
        return _batch(args)
    if args.command == "schema":
        print(json.dumps(json_schema(), indent=2))
        return 0
    try:
        source = _read(args.file, args.sample)
    except OSError as exc:
        print(f"postings-parser: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        parse = parse_page if args.command == "page" else parse_posting
        result = parse(source, strict=args.strict)
    except PostingsParserError as exc:
        print(f"postings-parser: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(result.model_dump_json(indent=args.indent or None))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
