"""The ``postings-parser parse`` command: options, checks before anything is opened, signals,
the closing summary and the exit status.

Status: 0 when the run finished and parsed something, with errors (if any) within
``--max-errors``; 1 when nothing was parsed or the errors are above ``--max-errors``; 2 for a
usage or path problem (nothing opened); 3 when the output could not be written (disk full);
130 / 143 when stopped by SIGINT / SIGTERM (a summary is printed all the same).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .inputs import ReadOptions, iter_records
from .outputs import (
    DatasetOutput,
    FileOutput,
    StdoutOutput,
    check_paths,
    dataset_state,
    saved_config,
)
from .progress import progress_bar
from .provenance import Provenance
from .records import MAX_RECORD_BYTES
from .run import PART_RECORDS, RECORD_TIMEOUT, RunOptions, Summary, run

UNITS = {"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "g": 1 << 30}
UNITS["gb"] = UNITS["g"]


def _size(text: str) -> int:
    """A size such as ``20MB``, ``512k`` or ``1048576``."""
    number = text.strip().lower().rstrip("ib")
    unit = next((u for u in ("g", "m", "k") if number.endswith(u)), "")
    try:
        value = int(float(number[: len(number) - len(unit)]) * UNITS[unit])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1 byte")
    return value


def _error_limit(text: str) -> tuple[float, bool]:
    """``N`` errors or ``P%`` of the records."""
    percent = text.endswith("%")
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number or percentage: {text!r}") from None
    return value, percent


def _field_list(text: str) -> tuple[str, ...]:
    """A comma-separated list of field names (``url,title,location``), each once."""
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    if not names:
        raise argparse.ArgumentTypeError("no field names")
    return names


def _add_provenance_options(add: Callable[..., Any]) -> None:
    """The options that carry input record fields into rows."""
    add(
        "--keep-fields",
        type=_field_list,
        metavar="F,F,…",
        help="copy these record fields into each row's 'source' map (WARC: url, date or a "
        "header name); missing ones are null",
    )
    add("--id-field", metavar="F", help="the JSONL field holding the record id (page_id)")
    add(
        "--location-field",
        metavar="F",
        help="the record's location string, normalised into a row's locations when its text "
        "has no location line",
    )


def add_parse_command(sub: Any) -> None:
    """The ``parse`` sub-command and its options."""
    batch = sub.add_parser(
        "parse",
        help="parse many pages into one row per posting (JSONL or Parquet)",
        description="Parse pages, JSONL records and WARC files (any compression, '-' for stdin) "
        "into one row per posting. Every input record ends up in OUT, in the errors file or in "
        "a skipped count.",
    )
    add = batch.add_argument
    add("inputs", nargs="+", help="files, directories, '-' (stdin) or URLs")
    add(
        "-o",
        "--output",
        required=True,
        help="the output file (.jsonl, .parquet), DIR/ for a dataset of parts, '-' for stdout",
    )
    add("--format", choices=("jsonl", "parquet"), help="default: from OUT's suffix")
    add(
        "--errors",
        type=Path,
        help="where bad records go, only when there are any (default: OUT.errors.jsonl, "
        "DIR/_errors.jsonl; stderr for -o -)",
    )
    add("--jobs", type=int, default=1, help="worker processes (default 1)")
    add("--text-field", help="the JSONL field holding the page (default: text, then html)")
    add("--unit", choices=("page", "posting"), default="page", help="a record is a page (default)")
    add("--input-format", choices=("auto", "jsonl", "warc", "page"), default="auto")
    add("--max-record-bytes", type=_size, default=MAX_RECORD_BYTES, help="default 20MB")
    add("--record-timeout", type=float, default=RECORD_TIMEOUT, help="seconds (default 300)")
    add("--max-errors", type=_error_limit, help="status 1 above N errors, or P%% of records")
    add("--resume", action="store_true", help="continue a stopped run into the same DIR/")
    add("--part-records", type=int, default=PART_RECORDS, help="records per part of DIR/")
    add("--strict", action="store_true", help="reject unknown codes, bad bytes")
    _add_provenance_options(add)
    add("--quiet", action="store_true", help="no progress bar (none is shown off a terminal)")


def say(text: str) -> None:
    """One line on stderr (a closed stderr is no reason to fail)."""
    with suppress(OSError, ValueError):
        print(f"postings-parser: {text}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------
# the plan: what to read and write, checked before anything is opened


@dataclass(frozen=True, slots=True)
class Plan:
    inputs: list[str]
    out: Path
    errors: Path
    fmt: str
    dataset: bool


SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
"""The output formats by OUT's suffix; any other suffix needs ``--format``."""


def _stdout_plan(args: argparse.Namespace) -> Plan | str:
    """``-o -``: JSON lines on stdout, error lines to ``--errors`` or stderr."""
    if args.format not in (None, "jsonl"):
        return "-o - writes JSONL; give a file or DIR/ for Parquet"
    if args.resume:
        return "--resume continues a dataset: give -o DIR/"
    errors = args.errors or Path("-")
    if str(errors) != "-":
        problem = check_paths(args.inputs, Path(os.devnull), errors, False)
        if problem:
            return problem
    return Plan(list(args.inputs), Path("-"), errors, "jsonl", False)


def _plan(args: argparse.Namespace) -> Plan | str:
    """The run's paths, or why there is none."""
    if args.output == "-":
        return _stdout_plan(args)
    dataset = args.output.endswith(("/", os.sep)) or os.path.isdir(args.output)
    out = Path(args.output)
    fmt = args.format or ("parquet" if dataset else SUFFIX_FORMATS.get(out.suffix.lower()))
    if fmt is None:
        known = ", ".join(SUFFIX_FORMATS)
        return f"-o {out}: unknown suffix {out.suffix!r} (use {known}, or say --format)"
    errors = args.errors or (
        out / "_errors.jsonl" if dataset else out.with_name(out.name + ".errors.jsonl")
    )
    missing = [i for i in args.inputs if i != "-" and "://" not in i and not os.path.lexists(i)]
    if missing:
        return f"no such input: {', '.join(missing)}"
    for name, value in (("--jobs", args.jobs), ("--part-records", args.part_records)):
        if value < 1:
            return f"{name} must be at least 1"
    if args.resume and not dataset:
        return "--resume continues a dataset: give -o DIR/"
    if args.inputs.count("-") > 1:
        return "stdin ('-') can be read once"
    problem = check_paths(args.inputs, out, errors, dataset)
    return problem or Plan(list(args.inputs), out, errors, fmt, dataset)


def _config(args: argparse.Namespace, plan: Plan) -> dict[str, Any]:
    """What makes a dataset's rows: a resumed run must have the same."""
    return {
        "inputs": plan.inputs,
        "format": plan.fmt,
        "unit": args.unit,
        "strict": args.strict,
        "text_field": args.text_field,
        "input_format": args.input_format,
        "max_record_bytes": args.max_record_bytes,
        "part_records": args.part_records,
        "keep_fields": list(args.keep_fields) if args.keep_fields else None,
        "id_field": args.id_field,
        "location_field": args.location_field,
    }


class AlreadyDone(Exception):
    """The dataset to resume is complete."""


def _dataset_problem(plan: Plan, config: dict[str, Any], resume: bool) -> str | None:
    state = dataset_state(plan.out)
    if state == "empty":
        return None
    if not resume:
        hint = " (a stopped run: add --resume)" if state == "partial" else ""
        return f"-o {plan.out}/ is not empty{hint}; give an empty or new directory"
    if state == "complete":
        raise AlreadyDone
    saved = saved_config(plan.out)
    if state != "partial" or saved is None:
        return f"-o {plan.out}/ holds no run to resume"
    changed = [k for k in config if saved.get(k) != config[k]]
    if changed:
        return f"--resume with other options than the stopped run: {', '.join(changed)}"
    return None


# ------------------------------------------------------------------------------------------
# signals


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived: stop, clean up, report."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.status = 128 + signum


@contextmanager
def stop_on_signals() -> Iterator[Callable[[], None]]:
    """SIGINT and SIGTERM raise :class:`Stopped`; the ``calm`` it gives ignores them (while
    the outputs are committed or cleaned up)."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: None
        return

    def stop(signum: int, frame: Any) -> None:
        raise Stopped(signum)

    def calm() -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_IGN)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield calm
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


# ------------------------------------------------------------------------------------------
# the run


def _open(
    args: argparse.Namespace, plan: Plan
) -> tuple[FileOutput | DatasetOutput | StdoutOutput, Summary, int]:
    """The output, the counts of the parts already committed, and how many records they hold."""
    summary = Summary()
    if str(plan.out) == "-":
        return StdoutOutput(plan.errors), summary, 0
    if not plan.dataset:
        return FileOutput(plan.out, plan.errors, plan.fmt), summary, 0
    config = _config(args, plan)
    problem = _dataset_problem(plan, config, args.resume)
    if problem:
        raise ValueError(problem)
    output = DatasetOutput(plan.out, plan.errors, plan.fmt, config)
    output.start(args.resume)
    for counts in output.restored:
        summary.merge(counts)
    return output, summary, output.parts * args.part_records


def _provenance(args: argparse.Namespace) -> Provenance:
    """What the rows take from their records' fields."""
    return Provenance(args.keep_fields or (), args.location_field, fill=args.unit == "posting")


def _read_options(args: argparse.Namespace, on_bytes: Callable[[int], None] | None) -> ReadOptions:
    return ReadOptions(
        args.text_field,
        args.input_format,
        args.max_record_bytes,
        id_field=args.id_field,
        keep=_provenance(args).wanted(),
        on_bytes=on_bytes,
    )


def _options(args: argparse.Namespace, plan: Plan) -> RunOptions:
    return RunOptions(
        unit=args.unit,
        strict=args.strict,
        jobs=args.jobs,
        fmt=plan.fmt,
        record_timeout=args.record_timeout,
        part_records=args.part_records if plan.dataset else 1 << 62,
        provenance=_provenance(args),
    )


def _execute(
    args: argparse.Namespace,
    plan: Plan,
    output: FileOutput | DatasetOutput | StdoutOutput,
    summary: Summary,
    skip: int,
) -> tuple[int | None, str]:
    """Run and commit; on a signal or an OS error, clean up.  (status or None, what was done)"""
    bar = progress_bar(args.quiet, plan.inputs, sys.stderr)
    read = _read_options(args, bar.on_bytes if bar is not None else None)
    with stop_on_signals() as calm:
        try:
            records = iter_records(plan.inputs, options=read)
            on_batch = bar.on_batch if bar is not None else None
            run(records, output, _options(args, plan), summary, skip=skip, on_batch=on_batch)
            calm()
            return None, output.finish(summary.counts())
        except Stopped as stop:
            calm()
            return stop.status, f"stopped by {stop}: {output.abort()}"
        except OSError as exc:
            calm()
            where = f" ({exc.filename})" if exc.filename else ""
            return 3, f"cannot write the output{where}: {exc.strerror or exc}; {output.abort()}"
        except BaseException:
            calm()
            output.abort()
            raise
        finally:
            if bar is not None:
                bar.close()


def _hint(summary: Summary, args: argparse.Namespace) -> str | None:
    """What to try when every error says the same thing and nothing parsed."""
    if summary.parsed or len(summary.error_reasons) != 1:
        return None
    reason, n = next(iter(summary.error_reasons.items()))
    example = summary.error_examples.get(reason, reason)
    if reason == "no postings" and args.unit == "page":
        return (
            f"all {n} records had no posting block: a file of single postings? try --unit posting"
        )
    if reason == "no text field":
        return f"all {n} records: {example.split(': ', 1)[1]}; name the field with --text-field"
    return f"all {n} records failed the same way: {example}"


def _report(summary: Summary, plan: Plan, args: argparse.Namespace, note: str) -> None:
    say(summary.line())
    if summary.errors:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(summary.error_reasons.items()))
        where = "stderr" if str(plan.errors) == "-" else plan.errors
        say(f"errors by reason: {reasons}; see {where}")
    if summary.skipped:
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(summary.skipped.items()))
        say(f"skipped (not pages) by reason: {skipped}")
    if summary.duplicates:
        examples = ", ".join(repr(x) for x in summary.duplicate_examples)
        say(f"warning: {summary.duplicates} records repeat an id seen before (e.g. {examples})")
    hint = _hint(summary, args)
    if hint:
        say(f"hint: {hint}")
    say(note)


def exit_status(summary: Summary, max_errors: tuple[float, bool] | None) -> int:
    """0, or 1 when nothing parsed or the errors are above the limit."""
    if summary.parsed == 0:
        return 1
    if max_errors is not None:
        limit, percent = max_errors
        attempted = summary.parsed + summary.errors
        value = 100 * summary.errors / attempted if percent else summary.errors
        if value > limit:
            return 1
    return 0


def parse_command(args: argparse.Namespace) -> int:
    """Run ``postings-parser parse``; the exit status."""
    plan = _plan(args)
    if isinstance(plan, str):
        say(plan)
        return 2
    try:
        output, summary, skip = _open(args, plan)
    except AlreadyDone:
        say(f"{plan.out}/ is complete already (its _SUCCESS file holds the summary)")
        return 0
    except ValueError as exc:
        say(str(exc))
        return 2
    except OSError as exc:
        say(f"cannot write {exc.filename or plan.out}: {exc.strerror or exc}")
        return 2
    status, note = _execute(args, plan, output, summary, skip)
    _report(summary, plan, args, note)
    return status if status is not None else exit_status(summary, args.max_errors)
