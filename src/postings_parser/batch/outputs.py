"""Outputs written atomically: nothing appears at a target path until it is complete.

Every file is written under a hidden temporary name in its target's directory, flushed,
fsynced and renamed over the target at the end, so a killed run leaves no file at OUT, never a
truncated one.  ``-o DIR/`` writes a dataset of part files (``part-00000.parquet``, …), each
covering ``part_records`` input records and committed (with its error lines and counts, under
``DIR/_progress/``) as soon as it is complete; ``--resume`` continues a killed run after its last
committed part, so that its final rows equal an uninterrupted run's.  A finished dataset holds its
parts, ``_errors.jsonl`` (when there are errors) and ``_SUCCESS``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, Protocol

SUCCESS = "_SUCCESS"
PROGRESS = "_progress"
DATASET_ERRORS = "_errors.jsonl"


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - a platform without directory handles
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def temp_path(target: Path) -> Path:
    """The hidden temporary name ``target`` is written under (by this process)."""
    return target.parent / f".{target.name}.{os.getpid()}.tmp"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - someone else's process
        return True
    return True


def clean_stale(directory: Path, name: str = "*") -> None:
    """Remove the temporary files of ``name`` that runs killed before their end left."""
    for path in directory.glob(f".{name}.*.tmp"):
        pid = path.name.rsplit(".", 2)[-2]
        if (pid.isdigit() and not _pid_alive(int(pid))) or pid == str(os.getpid()):
            path.unlink(missing_ok=True)


def commit_file(temp: Path, target: Path) -> None:
    """fsync ``temp`` and rename it to ``target``."""
    fd = os.open(temp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, target)
    fsync_dir(target.parent)


def write_atomic(target: Path, data: bytes) -> None:
    """Write a whole small file atomically."""
    temp = temp_path(target)
    temp.write_bytes(data)
    commit_file(temp, target)


class AtomicFile:
    """A file written under a temporary name, renamed to its target on :meth:`commit`."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temp = temp_path(target)
        self.file: IO[bytes] = self.temp.open("wb")

    def write(self, data: bytes) -> None:
        self.file.write(data)

    def commit(self) -> None:
        self.file.close()
        commit_file(self.temp, self.target)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
        self.temp.unlink(missing_ok=True)


class Rows(Protocol):
    """Where encoded rows go: one file, committed or discarded at the end."""

    def write(self, encoded: Any) -> None: ...

    def commit(self) -> None: ...

    def discard(self) -> None: ...


class JsonlRows:
    """JSON lines (encoded by the worker as UTF-8 bytes)."""

    def __init__(self, target: Path) -> None:
        self._file = AtomicFile(target)

    def write(self, encoded: Any) -> None:
        self._file.write(encoded)

    def commit(self) -> None:
        self._file.commit()

    def discard(self) -> None:
        self._file.discard()


class ParquetRows:
    """Record batches of :data:`postings_parser.arrow.SCHEMA` (Arrow IPC bytes), in row groups
    of ``row_group_rows`` rows or ``row_group_bytes`` bytes of Arrow data, whichever comes
    first: the rows of a group wait in memory, and rows of long postings would otherwise make
    that many times their size."""

    def __init__(
        self, target: Path, row_group_rows: int = 4096, row_group_bytes: int = 16 * 2**20
    ) -> None:
        import pyarrow.parquet as pq

        from .arrow import SCHEMA

        self.target, self.temp = target, temp_path(target)
        self._schema = SCHEMA
        self._writer = pq.ParquetWriter(str(self.temp), SCHEMA)
        self._pending: list[Any] = []
        self._rows = self._bytes = 0
        self._row_group_rows = row_group_rows
        self._row_group_bytes = row_group_bytes

    def write(self, encoded: Any) -> None:
        import pyarrow as pa

        batch = pa.ipc.read_record_batch(pa.py_buffer(encoded), self._schema)
        self._pending.append(batch)
        self._rows += batch.num_rows
        self._bytes += batch.nbytes
        if self._rows >= self._row_group_rows or self._bytes >= self._row_group_bytes:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._pending:
            self._writer.write_table(pa.Table.from_batches(self._pending))
            self._pending, self._rows, self._bytes = [], 0, 0

    def commit(self) -> None:
        self._flush()
        self._writer.close()
        commit_file(self.temp, self.target)

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self._writer.close()
        self.temp.unlink(missing_ok=True)


def open_rows(target: Path, fmt: str) -> Rows:
    return ParquetRows(target) if fmt == "parquet" else JsonlRows(target)


def drop_stale_errors(path: Path) -> None:
    """A run without errors leaves no errors file (nor one of an earlier run)."""
    path.unlink(missing_ok=True)


class FileOutput:
    """One rows file and one errors file (see the module's docstring)."""

    def __init__(self, out: Path, errors: Path, fmt: str) -> None:
        clean_stale(out.parent, out.name)
        clean_stale(errors.parent, errors.name)
        self.out, self.errors_path = out, errors
        self._errors = AtomicFile(errors)
        try:
            self._rows = open_rows(out, fmt)
        except BaseException:
            self._errors.discard()
            raise
        self._n_errors = 0

    def write(self, encoded: Any, error_lines: Sequence[bytes]) -> None:
        if encoded is not None:
            self._rows.write(encoded)
        for line in error_lines:
            self._errors.write(line)
        self._n_errors += len(error_lines)

    def end_part(self, counts: dict[str, Any]) -> None:
        """Single files have no parts."""

    def finish(self, counts: dict[str, Any]) -> str:
        self._rows.commit()
        if self._n_errors:
            self._errors.commit()
        else:
            self._errors.discard()
            drop_stale_errors(self.errors_path)
        return f"wrote {self.out}"

    def abort(self) -> str:
        self._rows.discard()
        self._errors.discard()
        return f"nothing written to {self.out} (a run stopped before its end leaves no file)"


class StdoutOutput:
    """``-o -``: JSON lines on stdout as they come; error lines to ``errors``, or to stderr
    when that is ``-``."""

    def __init__(self, errors: Path) -> None:
        self.errors_path = errors
        self._errors = None if str(errors) == "-" else AtomicFile(errors)
        self._n_errors = 0

    def write(self, encoded: Any, error_lines: Sequence[bytes]) -> None:
        if encoded is not None:
            sys.stdout.buffer.write(encoded)
            sys.stdout.buffer.flush()
        for line in error_lines:
            if self._errors is None:
                sys.stderr.buffer.write(line)
            else:
                self._errors.write(line)
        self._n_errors += len(error_lines)

    def end_part(self, counts: dict[str, Any]) -> None:
        """stdout has no parts."""

    def finish(self, counts: dict[str, Any]) -> str:
        if self._errors is not None and self._n_errors:
            self._errors.commit()
        elif self._errors is not None:
            self._errors.discard()
        return "wrote the rows to stdout"

    def abort(self) -> str:
        if self._errors is not None:
            self._errors.discard()
        return "stopped: the rows on stdout end at the last whole line"


def _part_name(index: int, fmt: str) -> str:
    return f"part-{index:05d}.{fmt}"


class DatasetOutput:
    """A directory of part files (see the module's docstring)."""

    def __init__(self, directory: Path, errors: Path, fmt: str, config: dict[str, Any]) -> None:
        self.directory, self.errors_path, self.fmt = directory, errors, fmt
        self.progress = directory / PROGRESS
        self.parts = 0
        self.restored: list[dict[str, Any]] = []
        self._rows: Rows | None = None
        self._lines: list[bytes] = []
        self._config = config

    def start(self, resume: bool) -> None:
        """Create the dataset, or take up the committed parts of the one to resume."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self.progress.mkdir(exist_ok=True)
        clean_stale(self.directory)
        clean_stale(self.progress)
        if resume:
            self._take_up()
        write_atomic(self.progress / "run.json", json.dumps(self._config).encode())

    def _take_up(self) -> None:
        while (self.directory / _part_name(self.parts, self.fmt)).exists() and (
            self.progress / f"part-{self.parts:05d}.json"
        ).exists():
            state = (self.progress / f"part-{self.parts:05d}.json").read_text(encoding="utf-8")
            self.restored.append(json.loads(state))
            self.parts += 1
        for stray in self.directory.glob("part-*"):  # a part written after a missing one
            if int(stray.name[5:10]) >= self.parts:
                stray.unlink()

    def write(self, encoded: Any, error_lines: Sequence[bytes]) -> None:
        if encoded is not None:
            self._current().write(encoded)
        self._lines.extend(error_lines)

    def _current(self) -> Rows:
        if self._rows is None:
            self._rows = open_rows(self.directory / _part_name(self.parts, self.fmt), self.fmt)
        return self._rows

    def end_part(self, counts: dict[str, Any]) -> None:
        """Commit the part: its error lines, its counts, then its rows (last: the mark)."""
        stem = f"part-{self.parts:05d}"
        write_atomic(self.progress / f"{stem}.errors.jsonl", b"".join(self._lines))
        write_atomic(self.progress / f"{stem}.json", json.dumps(counts).encode())
        self._current().commit()
        self._rows, self._lines = None, []
        self.parts += 1

    def finish(self, counts: dict[str, Any]) -> str:
        if counts.get("errors"):
            joined = AtomicFile(self.errors_path)
            for index in range(self.parts):
                joined.write((self.progress / f"part-{index:05d}.errors.jsonl").read_bytes())
            joined.commit()
        else:
            drop_stale_errors(self.errors_path)
        write_atomic(self.directory / SUCCESS, json.dumps(counts).encode())
        shutil.rmtree(self.progress, ignore_errors=True)
        return f"wrote {self.parts} part(s) to {self.directory}"

    def abort(self) -> str:
        if self._rows is not None:
            self._rows.discard()
        return (
            f"{self.parts} part(s) committed in {self.directory}; "
            "run the same command with --resume to continue"
        )


def dataset_state(directory: Path) -> str:
    """``empty``, ``complete`` (has ``_SUCCESS``), ``partial`` or ``other`` (not a dataset)."""
    if not directory.exists():
        return "empty"
    names = {p.name for p in directory.iterdir()}
    if not names:
        return "empty"
    if SUCCESS in names:
        return "complete"
    return "partial" if PROGRESS in names else "other"


def saved_config(directory: Path) -> dict[str, Any] | None:
    """The options of the run that wrote a partial dataset."""
    try:
        config: dict[str, Any] = json.loads((directory / PROGRESS / "run.json").read_text())
    except (OSError, ValueError):
        return None
    return config


def _resolved(path: str | Path) -> Path:
    return Path(os.path.abspath(path)).resolve()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _clash(flag: str, target: Path, inputs: Sequence[str], dataset: bool) -> str | None:
    """Why ``target`` cannot be written next to ``inputs``, or None."""
    where = _resolved(target)
    for given in inputs:
        if given == "-" or "://" in given:
            continue
        source = _resolved(given)
        if where == source or _same_file(target, source):
            return f"{flag} {target} is an input: it would be overwritten"
        if source.is_dir() and where.is_relative_to(source):
            return f"{flag} {target} is inside the input directory {given}: the run would read it"
        if dataset and source.is_relative_to(where):
            return f"{flag} {target} holds the input {given}"
    return None


def _unwritable(flag: str, target: Path, directory: Path) -> str | None:
    """Why no file can be written at ``target`` in ``directory``, or None."""
    if target.is_dir():
        return f"{flag} {target} is a directory"
    if not directory.is_dir():
        return f"{flag} {target}: no such directory {directory}"
    if not os.access(directory, os.W_OK | os.X_OK):
        return f"{flag} {target}: directory {directory} is not writable"
    return None


def check_paths(inputs: Sequence[str], out: Path, errors: Path, dataset: bool) -> str | None:
    """Why the outputs cannot be written (checked before anything is opened), or None."""
    if _resolved(out) == _resolved(errors):
        return f"--errors {errors} is OUT itself"
    for flag, target in (("-o", out), ("--errors", errors)):
        problem = _clash(flag, target, inputs, dataset and flag == "-o")
        if problem:
            return problem
    if dataset:
        parent = out if out.is_dir() else out.parent
        problem = None if parent.is_dir() else f"-o {out}: no such directory {out.parent}"
        if problem is None and not os.access(parent, os.W_OK | os.X_OK):
            problem = f"-o {out}: directory {parent} is not writable"
    else:
        problem = _unwritable("-o", out, out.parent)
    if problem is None and not (dataset and errors.parent == out):
        problem = _unwritable("--errors", errors, errors.parent)
    return problem
