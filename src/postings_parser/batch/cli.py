"""The ``postings-parser`` command: the I/O layer around the pure parsing API."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from .. import __version__
from ..errors import PostingsParserError
from ..models import Page, json_schema
from ..pipeline import parse_page, parse_posting
from . import rows
from .command import add_parse_command, parse_command


def _read(path: str | None, sample: bool) -> bytes:
    if sample:
        return files("postings_parser").joinpath("data/sample_page.txt").read_bytes()
    if path is None or path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _schema_text(args: argparse.Namespace) -> str:
    """The schema ``schema`` prints: the rows' Arrow schema, a row's JSON Schema, or the page's."""
    if args.rows:
        from .arrow import SCHEMA

        return str(SCHEMA.to_string(show_schema_metadata=True))
    if args.json_schema:
        return json.dumps(rows.json_schema(), indent=2)
    return json.dumps(json_schema(), indent=2)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postings-parser",
        description="Parse scraped job-posting pages (text or HTML) into structured JSON.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="log more (-v info, -vv debug)"
    )
    parser.add_argument(
        "--log-level",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
        type=str.upper,
        help="the logging level (default WARNING; overrides -v)",
    )
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
        if name == "page":
            cmd.add_argument(
                "--json", action="store_true", help="the whole page as JSON (default: a summary)"
            )
    schema = sub.add_parser("schema", help="print the JSON Schema of the page model")
    shown = schema.add_mutually_exclusive_group()
    shown.add_argument("--rows", action="store_true", help="the Arrow schema of the rows")
    shown.add_argument("--json-schema", action="store_true", help="the JSON Schema of a row")
    add_parse_command(sub)
    return parser


def _log_level(args: argparse.Namespace) -> int:
    """The logging level ``--log-level`` or ``-v`` / ``-vv`` ask for (WARNING by default)."""
    if args.log_level:
        return int(getattr(logging, args.log_level))
    return (logging.WARNING, logging.INFO)[args.verbose] if args.verbose < 2 else logging.DEBUG


def _page_summary(page: Page) -> str:
    """A few lines about a page: its title and one line per posting."""
    title = page.article.title.text if page.article else "(no article)"
    lines = [f"{title}: {len(page.postings)} postings, {len(page.warnings)} warnings"]
    for p in page.postings:
        where = "; ".join(loc.raw for loc in p.locations) or "no location"
        first = p.title or p.text[p.body.start - p.span.start :].strip().split("\n", 1)[0]
        degree = p.min_degree.value if p.min_degree else "no degree"
        years = f"{p.min_years:g}+ years" if p.min_years is not None else "no years"
        lines.append(
            f"  {p.index:>2}. {first[:60]} | {where} | {p.language or '?'} | "
            f"{len(p.requirements)} requirements, {degree}, {years}"
        )
    lines.append("(the whole page as JSON: add --json)")
    return "\n".join(lines)


def _print(text: str) -> int:
    """Print ``text``; a reader that went away (``| head``) ends the output quietly."""
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return 0
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=_log_level(args), format="postings-parser: %(levelname)s %(message)s")
    logging.getLogger("postings_parser").debug("arguments: %s", vars(args))
    if args.command == "parse":
        return parse_command(args)
    if args.command == "schema":
        return _print(_schema_text(args))
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
    if isinstance(result, Page) and not args.json:
        return _print(_page_summary(result))
    return _print(result.model_dump_json(indent=args.indent or None))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
