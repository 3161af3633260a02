"""Byte streams of the inputs: opened by name (a path, ``-`` for stdin, a URL through fsspec),
decompressed by content (gzip, bz2, xz, zstd: the magic bytes, else the suffix as fsspec infers
it), with a guard that stops a decompression bomb, and the first bytes available for sniffing."""

from __future__ import annotations

import bz2
import io
import lzma
import sys
import zlib
from collections.abc import Callable
from typing import IO, Any

from .records import MAX_RATIO, RATIO_FLOOR

HEAD_BYTES = 1 << 16
"""How much of a stream is looked at to tell its compression and format."""

MAGIC = {
    b"\x1f\x8b": "gzip",
    b"BZh": "bz2",
    b"\xfd7zXZ\x00": "xz",
    b"\x28\xb5\x2f\xfd": "zstd",
}


class BombError(Exception):
    """A compressed stream that expands beyond :data:`MAX_RATIO` times its size."""


class Chained(io.RawIOBase):
    """A stream whose first bytes were read already (``head``), then the rest of ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._rest.close()
        super().close()


class Counting(io.RawIOBase):
    """A stream that counts the bytes read from it (the compressed side of a guard)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


class Reported(Counting):
    """A stream that tells ``on_bytes`` how many bytes each read gave (a progress bar)."""

    def __init__(self, stream: IO[bytes], on_bytes: Callable[[int], None]) -> None:
        super().__init__(stream)
        self._on_bytes = on_bytes

    def readinto(self, buffer: Any) -> int:
        n = super().readinto(buffer)
        if n:
            self._on_bytes(n)
        return n


class Guarded(Counting):
    """The decompressed side: raises :class:`BombError` once the output passes
    :data:`RATIO_FLOOR` bytes and :data:`MAX_RATIO` times the compressed bytes read."""

    def __init__(self, stream: IO[bytes], compressed: Callable[[], int]) -> None:
        super().__init__(stream)
        self._compressed = compressed

    def readinto(self, buffer: Any) -> int:
        n = super().readinto(buffer)
        check_ratio(self.count, self._compressed())
        return n


def check_ratio(output: int, compressed: int) -> None:
    """Raise :class:`BombError` when ``output`` bytes from ``compressed`` bytes is a bomb."""
    if output > RATIO_FLOOR and output > MAX_RATIO * max(compressed, 1):
        raise BombError(
            f"decompression bomb: {output:,} bytes from {compressed:,} compressed "
            f"(more than {MAX_RATIO}×); the rest of this input is not read"
        )


def open_raw(name: str) -> IO[bytes]:
    """The bytes of an input: ``-`` is stdin, a name with ``://`` a URL (fsspec), else a path."""
    if name == "-":
        return sys.stdin.buffer
    if "://" in name:
        import fsspec

        return fsspec.open(name, "rb").open()  # type: ignore[no-any-return]
    return open(name, "rb")


def read_head(stream: IO[bytes]) -> tuple[bytes, IO[bytes]]:
    """The first :data:`HEAD_BYTES` of ``stream`` and a buffered stream that still starts there."""
    head = b""
    while len(head) < HEAD_BYTES:
        chunk = stream.read(HEAD_BYTES - len(head))
        if not chunk:
            break
        head += chunk
    return head, io.BufferedReader(Chained(head, stream), HEAD_BYTES)


def compression_of(head: bytes, name: str) -> str | None:
    """The compression of a stream: its magic bytes, else what fsspec infers from the name
    (for raw ``.lzma``, which has no magic); a ``.gz`` name on plain bytes is plain."""
    for magic, kind in MAGIC.items():
        if head.startswith(magic):
            return kind
    from fsspec.utils import infer_compression

    return "lzma" if infer_compression(name) == "lzma" else None


def decompress_head(head: bytes, compression: str | None) -> bytes:
    """As much of the decompressed start as ``head`` gives (for sniffing the format)."""
    if compression is None:
        return head
    try:
        if compression == "gzip":
            return zlib.decompressobj(31).decompress(head, HEAD_BYTES)
        if compression == "bz2":
            return bz2.BZ2Decompressor().decompress(head, HEAD_BYTES)
        if compression in ("xz", "lzma"):
            return lzma.LZMADecompressor().decompress(head, HEAD_BYTES)
        import zstandard

        return zstandard.ZstdDecompressor().decompressobj().decompress(head)[:HEAD_BYTES]
    except Exception:  # a corrupt start: sniffed as whatever it looks like
        return b""


def decompressed(stream: IO[bytes], compression: str) -> io.BufferedReader:
    """The decompressed stream, guarded against bombs, buffered (``readline`` works)."""
    counting = Counting(stream)
    if compression == "zstd":
        import zstandard

        reader = zstandard.ZstdDecompressor().stream_reader
        inner: IO[bytes] = reader(counting, read_across_frames=True)  # type: ignore[arg-type]
    else:
        from fsspec.compression import compr

        inner = compr[compression](counting, mode="rb")
    return io.BufferedReader(Guarded(inner, lambda: counting.count), HEAD_BYTES)
