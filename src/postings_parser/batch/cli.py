"""The ``postings-parser`` command: the I/O layer around the pure parsing API."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from .. import __version__
from ..errors import PostingsParserError
from ..models import json_schema
from ..pipeline import parse_page, parse_posting
from .command import add_parse_command, parse_command


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
    add_parse_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    args = _build_parser().parse_args(argv)
    if args.command == "parse":
        return parse_command(args)
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
