"""Shortcuts in the scans find what the whole scans find: lead-ins matched backwards from a
colon are those a forward search finds (items) or a search of the whole window finds
(sections); run-on items are cut where the three scans for item starts cut them, the scans
skipped where none can find one; a sentence around a cue ends at the nearest stops that
end sentences."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from postings_parser.posting import facts, items, split
from postings_parser.posting.headings import LEAD_IN

# pieces of real lead-ins and of the prose around them
_PIECES = [
    "you will", "You'll", "will lead", "include", "the following", "responsibilities", "in",
    "Key", "duties", "as a", "we", "Apply", "to", "ll", ":", " :", ": ", "...", "…", " ",
    "  ", "\n", "-", "In this role, you will", "What you will do", "Vos missions",
    "Ihre Aufgaben", "deberás", "willing",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)

_FORWARD = regex.compile(items._LEAD_IN.pattern, regex.IGNORECASE)


def _lead_in_searched(text: str, start: int, end: int) -> int | None:
    """The end of the lead-in of ``text[start:end]`` as a forward search finds it."""
    label = items._LEAD_LABEL.match(text, start, end)
    if label is not None:
        return label.end()
    last = text.rfind(":", start, end)
    m = _FORWARD.search(text, start, last + 1) if last != -1 else None
    if m is None or split.run_on_cuts(text, start, m.end()):
        return None
    return m.end()


@given(_TEXTS, st.data())
def test_the_first_lead_in_is_the_one_a_forward_search_finds(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert items._lead_in_end(text, start, end) == _lead_in_searched(text, start, end)


@given(_TEXTS, st.sampled_from([":", "…", "..."]))
def test_a_heading_lead_in_matched_at_its_end_is_the_one_a_search_finds(
    text: str, end: str
) -> None:
    text += end  # the callers' windows end with the colon or ellipsis
    found, matched = LEAD_IN.search(text), LEAD_IN.match(text)
    assert (found and found.span()) == (matched and matched.span())


def test_a_heading_lead_in_is_matched_at_its_colon() -> None:
    assert LEAD_IN.match("In this role, you will:") is not None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("In this role, you will: build things", 23),
        ("Note: In this role you will: build", 28),
        ("Contact: jobs@example.com", None),
    ],
)
def test_real_lead_ins_are_found(text: str, end: int | None) -> None:
    assert items._lead_in_end(text, 0, len(text)) == end


# --- run-on items: an item without capitals or digits past its first character is not cut ---
# with characters that ``re`` and ``regex`` may class differently (their Unicode versions
# differ): a Latin capital and a digit of scripts added after Unicode 14, and old ones
_ITEM_PIECES = [
    "develop", "Develop", " ", "  ", "models", "Lead", "lead", "3+", "5", " years", "years",
    "experienceWork", "domainsLead", "Proactively", "identify", ",", ".", "and", "AWS", "é",
    "Étudier", "ǅ", "٣", "with", "customers", "deep\ua7cbab", "\ua7cb", "\U00010d40", "x\U00010d40",
]  # fmt: skip


@given(st.lists(st.sampled_from(_ITEM_PIECES), max_size=12).map("".join), st.data())
def test_the_run_on_cuts_are_those_the_three_scans_find(item: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(item)))
    end = data.draw(st.integers(start, len(item)))
    scanned = sorted(
        {
            *split._starter_cuts(item, start, end),
            *split._years_cuts(item, start, end),
            *split._glue_cuts(item, start, end),
        }
    )
    assert split.run_on_cuts(item, start, end) == scanned


def test_a_capital_of_a_newer_unicode_still_cuts_a_glued_item() -> None:
    # U+A7CB is a capital to ``regex`` (the glue scan) and uncased to Python 3.11's ``str``
    assert split.run_on_cuts("We build tools deep\ua7cbab and more", 0, 31) == [19]


def test_every_item_starter_begins_with_a_capital_the_shortcut_knows() -> None:
    assert [w for w in split.ITEM_STARTERS if not split._CAPITAL.match(w)] == []


# --- facts: a sentence ends at the first stop that is a boundary ------------------------------
_SENTENCE_PIECES = [
    "Remote", "work", " ", ".", "U.S.", "e.g.", "!", "?", "\n", "•", "ca. 90 %", "Hybrid",
    "3 days", ":", ",", "etc.", "A", "in-office", "…",
]  # fmt: skip


@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16).map("".join), st.data())
def test_a_sentence_is_bounded_by_the_nearest_stops_that_end_sentences(
    text: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(0, len(text)))
    stops = [i for i, c in enumerate(text) if c in facts._STOPS]
    after = next((i for i in stops if i >= pos and facts._is_boundary(text, i)), len(text))
    before = next((i + 1 for i in reversed(stops) if i < pos and facts._is_boundary(text, i)), 0)
    assert facts._boundary_after(text, pos, len(text)) == after
    assert facts._boundary_before(text, pos, 0) == before
