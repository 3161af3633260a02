"""The progress bar of ``postings-parser parse``: input bytes read out of the inputs' total size
(when every input's size is known: files, directories, fsspec URLs; not stdin), the ETA that
follows from it, and the rows written and errors so far.  Shown only on a terminal and without
``--quiet``; tqdm is imported only then."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, TextIO

from .inputs import directory_files
from .run import Summary


def _file_bytes(top: str) -> int:
    """The bytes of the files a run reads under a directory."""
    return sum(os.path.getsize(path) for path in directory_files(top))


def _url_bytes(url: str) -> int | None:
    """The size fsspec reports for a URL, None when it reports none."""
    try:
        import fsspec

        fs, path = fsspec.core.url_to_fs(url)
        size = fs.size(path)
    except Exception:  # no fsspec, no such backend, a server that does not say
        return None
    return int(size) if size is not None else None


def input_bytes(inputs: Iterable[str]) -> int | None:
    """The total size of the inputs in bytes, None when one of them has no known size."""
    total = 0
    for name in inputs:
        if name == "-":
            return None
        size = _url_bytes(name) if "://" in name else None
        if "://" not in name:
            try:
                size = _file_bytes(name) if os.path.isdir(name) else os.path.getsize(name)
            except OSError:
                size = None
        if size is None:
            return None
        total += size
    return total


def shows_progress(quiet: bool, stream: TextIO) -> bool:
    """Whether a run draws a progress bar on ``stream``: on a terminal, unless ``--quiet``."""
    if quiet:
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


class ProgressBar:
    """A tqdm bar of input bytes, with the rows written and the errors so far as its postfix."""

    def __init__(self, total: int | None, stream: TextIO) -> None:
        from tqdm import tqdm

        self._bar: Any = tqdm(
            total=total,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            file=stream,
            dynamic_ncols=True,
            desc="parsing",
        )
        self._bar.set_postfix(rows=0, errors=0, refresh=False)

    def on_bytes(self, n: int) -> None:
        """``n`` more input bytes were read."""
        self._bar.update(n)

    def on_batch(self, summary: Summary) -> None:
        """A batch was written: show the run's rows and errors so far."""
        self._bar.set_postfix(rows=summary.postings, errors=summary.errors, refresh=False)

    def close(self) -> None:
        self._bar.close()


def progress_bar(quiet: bool, inputs: Iterable[str], stream: TextIO) -> ProgressBar | None:
    """The run's progress bar on ``stream``, or None when none is shown."""
    if not shows_progress(quiet, stream):
        return None
    return ProgressBar(input_bytes(inputs), stream)
