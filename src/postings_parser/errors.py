"""The exceptions the library raises on purpose.

Every one of them derives from :class:`PostingsParserError`, so ``except PostingsParserError``
catches everything the parser rejects and nothing else.  Each also derives from the built-in
exception a caller would expect (``TypeError`` for a wrong argument type, ``ValueError`` for bad
content), so existing handlers keep working.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "EmptyInputError",
    "InputTypeError",
    "InvalidLocationError",
    "NoPostingsError",
    "PostingsParserError",
]


class PostingsParserError(Exception):
    """Base class of every exception ``postings_parser`` raises on purpose."""


class InputTypeError(PostingsParserError, TypeError):
    """The source is neither ``str`` nor ``bytes``."""


class DecodeError(PostingsParserError, ValueError):
    """The bytes could not be decoded (or, in strict mode, needed replacement characters)."""


class EmptyInputError(PostingsParserError, ValueError):
    """The source holds no text once normalized."""


class NoPostingsError(PostingsParserError, ValueError):
    """Strict mode only: the page has no posting block."""


class InvalidLocationError(PostingsParserError, ValueError):
    """Strict mode only: a location line names a code ISO 3166 does not know."""
