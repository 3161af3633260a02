"""normalize.charclass: a character class searched through its BMP part on text without
characters beyond U+FFFF finds exactly what the whole class finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postings_parser.normalize.charclass import CharClass, has_astral
from postings_parser.rules.chars import CONTROLS, FORMAT, INVISIBLE, SPACES

CLASSES = {"format": FORMAT, "controls": CONTROLS, "invisible and spaces": INVISIBLE + SPACES}

# real strings: a bidi mark in a name, a language tag, a zero-width space, a musical format
# control, plain text
TEXTS = [
    "Zürich\u200e, Switzerland",
    "Flag \U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f England",
    "data\u200bengineer",
    "a \U0001d173 b",
    "Key job responsibilities",
    "emoji 🎉 and an RTL mark \u200f here",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", CLASSES)
def test_a_class_finds_what_the_whole_class_finds(name: str, text: str) -> None:
    chars = CLASSES[name]
    whole = re.compile(f"[{re.escape(chars)}]")
    assert CharClass(chars).pattern(text).findall(text) == whole.findall(text)


@pytest.mark.parametrize(
    ("text", "astral"),
    [("plain", False), ("Zürich", False), ("🎉", True), ("a \U000e0067", True), ("\ud800", False)],
)
def test_astral_characters_are_told_apart(text: str, astral: bool) -> None:
    assert has_astral(text) is astral


@given(st.text(alphabet=st.sampled_from(FORMAT + "ab \n\u00e9\U0001f389"), max_size=60))
def test_any_text_matches_the_same_format_characters(text: str) -> None:
    whole = re.compile(f"[{re.escape(FORMAT)}]")
    assert [m.span() for m in CharClass(FORMAT).pattern(text).finditer(text)] == [
        m.span() for m in whole.finditer(text)
    ]
