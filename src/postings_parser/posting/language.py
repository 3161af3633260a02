"""Stage 3b: the language a posting is written in, as an ISO 639-1 code.

Read by py3langid (its model ships inside its wheel) from a bounded sample of the posting's
body: the middle of the body, where the description and its lists stand, rather than a title
or a location line.  Candidates are the languages :data:`..rules.IDENTIFIED_LANGUAGES` names.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from ..rules import IDENTIFIED_LANGUAGES
from ..rules.limits import LANGUAGE_SAMPLE, MIN_LANGUAGE_SAMPLE


@functools.cache
def _identifier() -> LanguageIdentifier:
    """The identifier, loaded once per process on first use: :func:`restricted_identifier` with
    the feature weights widened from half to single precision, which every value converts to
    exactly: the scores are computed in single precision either way (numpy converts
    half-precision operands first), and the product of a single-precision table is computed
    without that conversion."""
    return restricted_identifier(numpy.float32)


def restricted_identifier(weights: type[numpy.floating[Any]] | None = None) -> LanguageIdentifier:
    """py3langid's identifier restricted to the candidates: its model's tables cut to their
    columns, in one contiguous block each, the feature weights as ``weights`` (the model's own
    precision when None)."""
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    keep = [i for i, code in enumerate(full.nb_classes) if code in IDENTIFIED_LANGUAGES]
    return LanguageIdentifier(
        numpy.ascontiguousarray(full.nb_ptc[:, keep], dtype=weights),
        numpy.ascontiguousarray(full.nb_pc[keep]),
        [full.nb_classes[i] for i in keep],
        full.tk_nextmove,
        full.tk_output,
        norm_probs=False,
        tk_row=full.tk_row,
    )


def _sample(text: str, start: int, end: int) -> str:
    """At most ``LANGUAGE_SAMPLE`` characters from the middle of ``text[start:end]``, cut at
    spaces so that no word is broken."""
    if end - start <= LANGUAGE_SAMPLE:
        return text[start:end]
    middle = (start + end) // 2
    lo = text.find(" ", middle - LANGUAGE_SAMPLE // 2, middle)
    lo = middle - LANGUAGE_SAMPLE // 2 if lo < 0 else lo + 1
    hi = text.rfind(" ", lo, lo + LANGUAGE_SAMPLE)
    return text[lo : hi if hi > lo else lo + LANGUAGE_SAMPLE]


def find_language(text: str, start: int, end: int) -> str | None:
    """The ISO 639-1 code of the language of ``text[start:end]``, or None when the span has too
    few letters to tell."""
    sample = _sample(text, start, end)
    if sum(map(str.isalpha, sample)) < MIN_LANGUAGE_SAMPLE:
        return None
    code: str = _identifier().classify(sample)[0]
    return code
