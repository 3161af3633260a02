"""Hostile input: a clean result with a warning, or a typed error — never another exception."""

from __future__ import annotations

import pytest

import postings_parser as pp
from postings_parser.rules.chars import FORMAT

POSTING = "US, WA, Seattle\nKey job responsibilities - Build models - Ship them"

HOSTILE: list[tuple[str, str | bytes, pp.WarningCode | None]] = [
    ("NUL bytes", POSTING.replace("Build", "Bu\x00ild"), pp.WarningCode.CONTROL_CHARACTERS),
    ("lone surrogate", POSTING + " \ud800", pp.WarningCode.CONTROL_CHARACTERS),
    ("broken UTF-8", (POSTING + " café").encode() + b" \xff", pp.WarningCode.REPLACED_BYTES),
    ("bytes no encoding takes", POSTING.encode() + b" \x81\x8d\x8f", pp.WarningCode.REPLACED_BYTES),
    ("UTF-8 BOM", b"\xef\xbb\xbf" + POSTING.encode(), None),
    ("UTF-16 BOM", POSTING.encode("utf-16"), None),
    ("UTF-32", POSTING.encode("utf-32"), None),
    ("mixed encodings", POSTING.encode() + " café".encode("latin-1"), None),
    ("line separators", POSTING.replace("\n", "\u2028"), None),
    ("paragraph separators", POSTING.replace("\n", "\u2029"), None),
    (
        "bidi controls",
        POSTING.replace("Build", "\u202eBuild\u202c"),
        pp.WarningCode.FORMAT_CHARACTERS,
    ),
    (
        "bidi mark ending the location line",
        POSTING.replace("Seattle", "Seattle\u200e"),
        pp.WarningCode.FORMAT_CHARACTERS,
    ),
    (
        "isolates around the location line",
        POSTING.replace("US,", "\u2066US,").replace("Seattle", "Seattle\u2069"),
        pp.WarningCode.FORMAT_CHARACTERS,
    ),
    ("C1 controls", POSTING.replace("Build", "Bu\x81ild\x9b"), pp.WarningCode.CONTROL_CHARACTERS),
    ("vertical tabs", POSTING.replace("\n", "\x0b"), None),
    ("escape sequences", POSTING + "\x1b[31m red \x1b[0m", pp.WarningCode.CONTROL_CHARACTERS),
]


@pytest.mark.parametrize(("name", "source", "warning"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input_gives_a_clean_result(
    name: str, source: str | bytes, warning: pp.WarningCode | None
) -> None:
    page = pp.parse_page(source)
    [posting] = page.postings
    assert [x.city for x in posting.locations] == ["Seattle"]
    assert posting.responsibilities is not None
    assert len(posting.responsibilities.items) == 2
    codes = [w.code for w in page.warnings]
    assert (warning in codes) if warning else codes == []
    assert "\x00" not in page.text
    assert not any("\x80" <= ch <= "\x9f" or ch in FORMAT for ch in page.text)
    assert all(not ("\ud800" <= ch <= "\udfff") for ch in page.text)


def test_strict_mode_rejects_what_lenient_mode_warns_about() -> None:
    with pytest.raises(pp.DecodeError):
        pp.parse_page((POSTING + " café").encode() + b" \xff", strict=True)
    with pytest.raises(pp.InvalidLocationError):
        pp.parse_page("ZZ, QQ, Nowhere\nText", strict=True)
    with pytest.raises(pp.NoPostingsError):
        pp.parse_page("Just an article.", strict=True)
    lenient = pp.parse_page("ZZ, QQ, Nowhere\nText")
    assert [w.code for w in lenient.postings[0].warnings] == [pp.WarningCode.INVALID_LOCATION]
