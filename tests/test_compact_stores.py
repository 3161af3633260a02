"""The normalize layer's compact stores: blocks and the source map behave as the sequences of
named tuples and pairs they replace, views share the store, offsets past 4 GB still fit."""

from __future__ import annotations

import json
import pickle

import pytest

import postings_parser as pp
from postings_parser.models import SourceMap
from postings_parser.normalize.blocks import (
    MAX_TUPLE_BLOCKS,
    Block,
    Blocks,
    BlockStore,
    blocks_after,
    line_blocks,
)

BLOCKS = [
    Block(0, 15, "line", False),
    Block(16, 40, "heading", True),
    Block(41, 60, "paragraph", False),
    Block(61, 70, "list_item", True),
]


def test_blocks_read_back_as_the_blocks_stored() -> None:
    blocks = Blocks.of(BLOCKS)
    assert list(blocks) == BLOCKS
    assert [blocks[i] for i in range(-4, 4)] == BLOCKS * 2
    assert blocks == BLOCKS
    assert blocks == tuple(BLOCKS)
    with pytest.raises(IndexError):
        blocks[4]


@pytest.mark.parametrize(
    ("lo", "hi"), [(0, 4), (1, 3), (2, 2), (3, 10), (-2, None), (None, -1)], ids=str
)
def test_a_slice_of_blocks_is_the_same_slice_of_the_list(lo: int | None, hi: int | None) -> None:
    assert Blocks.of(BLOCKS)[lo:hi] == BLOCKS[lo:hi]


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (0, [Block(0, 15), *BLOCKS[1:]]),  # a start inside the first block
        (5, [Block(5, 15), *BLOCKS[1:]]),
        (15, BLOCKS[1:]),  # a block that ends at the offset is left out
        (20, [Block(20, 40, "heading", True), *BLOCKS[2:]]),
        (70, []),
    ],
)
def test_the_blocks_after_an_offset_start_there_at_the_latest(
    offset: int, expected: list[Block]
) -> None:
    # what a posting's body is: its blocks after the header, the first cut where the body starts
    after = Blocks.of(BLOCKS).after(offset)
    assert list(after) == expected
    assert after[:2] == expected[:2]
    assert after[1:] == expected[1:]


@pytest.mark.parametrize("offset", [0, 5, 15, 20, 70])
def test_the_blocks_after_an_offset_are_the_same_from_a_tuple_and_from_a_store(
    offset: int,
) -> None:
    assert blocks_after(Blocks.of(BLOCKS), offset) == blocks_after(tuple(BLOCKS), offset)


@pytest.mark.parametrize("lines", [MAX_TUPLE_BLOCKS, MAX_TUPLE_BLOCKS + 1])
def test_a_page_of_many_lines_keeps_its_blocks_in_a_store_that_reads_the_same(lines: int) -> None:
    text = "Seattle\n" * lines
    blocks = line_blocks(text)
    assert isinstance(blocks, Blocks) == (lines > MAX_TUPLE_BLOCKS)
    assert list(blocks) == [Block(8 * i, 8 * i + 7) for i in range(lines)]


def test_a_posting_past_the_tuple_limit_parses_as_one_below_it() -> None:
    # the same posting body, once alone and once after 3,000 lines of another posting
    body = "GB, MLN, Edinburgh\nBasic qualifications\n- Python\n- 3+ years of SQL\n"
    alone = pp.parse_page(body).postings[0]
    after = pp.parse_page("US, WA, Seattle\n" + "Lorem ipsum\n" * 3000 + body).postings[-1]
    assert [i.text for i in after.qualifications] == [i.text for i in alone.qualifications]
    assert [i.text for i in alone.qualifications] == ["Python", "3+ years of SQL"]


def test_blocks_pickle_as_their_blocks() -> None:
    view = Blocks.of(BLOCKS).after(20)[:2]
    assert list(pickle.loads(pickle.dumps(view))) == list(view)


def test_blocks_move_to_eight_byte_offsets_past_four_gigabytes() -> None:
    store = BlockStore()
    store.append(1, 2)
    store.append(2**32 + 5, 2**32 + 9, "heading")
    assert list(store.freeze()) == [Block(1, 2), Block(2**32 + 5, 2**32 + 9, "heading")]


def test_line_blocks_are_the_trimmed_lines_that_are_not_blank() -> None:
    text = "  Seattle \n\n\tBasic qualifications\n  \n- Python"
    assert [text[b.start : b.end] for b in line_blocks(text)] == [
        "Seattle",
        "Basic qualifications",
        "- Python",
    ]


def test_a_source_map_is_a_sequence_of_pairs() -> None:
    pairs = [(3, 4), (7, 9), (20, 2**32 + 1)]
    source_map = SourceMap(pairs)
    assert list(source_map) == pairs
    assert source_map == pairs
    assert len(source_map) == 3
    assert source_map[1] == (7, 9)
    assert source_map[1:] == pairs[1:]
    assert pickle.loads(pickle.dumps(source_map)) == source_map
    assert [source_map.to_source_offset(n) for n in (0, 3, 5, 8, 25)] == [0, 4, 6, 10, 2**32 + 6]


def test_a_page_with_windows_line_breaks_keeps_its_source_map_through_json() -> None:
    source = "GB, MLN, Edinburgh\r\nBasic qualifications\r\n- Python\r\n"
    page = pp.parse_page(source)
    assert list(page.source_map) == [(19, 20), (40, 42), (49, 52)]
    assert [source[page.to_source_offset(i)] for i in (0, 18, 19, 40)] == ["G", "\r", "B", "-"]
    data = page.model_dump(mode="json")
    assert data["source_map"] == [[19, 20], [40, 42], [49, 52]]
    assert pp.Page.model_validate_json(json.dumps(data)) == page
    assert pp.Page.model_validate(page.model_dump()) == page
    assert pickle.loads(pickle.dumps(page)) == page
