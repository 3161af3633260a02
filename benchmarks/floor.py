"""How much of a page's parse is work in C that no rewrite of the Python code removes.

    pip install -e . && python benchmarks/floor.py [page]      # default: the model page as text

One parse of the page is recorded, then each kind of work below that it did is replayed on
its own, without the Python logic around it:

* every call of a compiled pattern (``re`` or ``regex``: searches, matches, scans), with the
  same arguments;
* every pydantic model the parse builds, from the same field values, with the same constructor
  (the pipeline's own models are built without validation, ``models.unvalidated``);
* the lower-casing and substring scans that find the requirement anchor words of each posting;
* for HTML, lxml's parse of the markup.

What is left of the parse's time is Python-level logic.  The sum of the three is what the parse
would still cost if that logic took no time at all: a floor for the current set of features.
Figures are medians over repeated runs; nothing is asserted.
"""

from __future__ import annotations

import argparse
import importlib
import re
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pydantic
import regex
from lxml import etree

import postings_parser as pp
from postings_parser import models as _models
from postings_parser.normalize import text as _normalize
from postings_parser.posting import requirements as _requirements

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "fixtures" / "amazon_science_article_page.txt"
# the pipeline's modules that hold compiled patterns
_MODULES = tuple(
    importlib.import_module(f"postings_parser.{name}")
    for name in (
        "posting.header", "normalize.html", "posting.items", "posting.location",
        "normalize.text", "posting.requirements", "posting.responsibilities", "posting.sections",
        "page.segment", "posting.split",
    )
)  # fmt: skip
_PATTERN_TYPES = (re.Pattern, type(regex.compile("")))


def median_ms(fn: Callable[[], object], repeat: int, number: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t0) / number)
    return statistics.median(times) * 1000


class _Recorder:
    """Stands in for a compiled pattern and records each call made through it."""

    def __init__(self, pattern: Any, calls: list[tuple[Any, tuple[Any, ...], bool]]) -> None:
        self._pattern = pattern
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._pattern, name)
        if not callable(attr):
            return attr

        def call(*args: Any) -> Any:
            self._calls.append((attr, args, name == "finditer"))
            return attr(*args)

        return call


def record_patterns(source: str) -> list[tuple[Any, tuple[Any, ...], bool]]:
    calls: list[tuple[Any, tuple[Any, ...], bool]] = []
    saved = []
    for module in _MODULES:
        for name, value in list(vars(module).items()):
            if isinstance(value, _PATTERN_TYPES):
                saved.append((module, name, value))
                setattr(module, name, _Recorder(value, calls))
    try:
        pp.parse_page(source)
    finally:
        for module, name, value in saved:
            setattr(module, name, value)
    return calls


def record_models(source: str) -> list[tuple[Callable[..., Any], dict[str, Any]]]:
    """Every model of the parse's result with its constructor and field values: pydantic's
    validating one for those the parse builds that way, the pipeline's own
    (:func:`models.unvalidated`) for the others."""
    validated: list[tuple[pydantic.BaseModel, dict[str, Any]]] = []
    init = pydantic.BaseModel.__init__

    def recording_init(self: pydantic.BaseModel, /, **data: Any) -> None:
        validated.append((self, data))
        init(self, **data)

    pydantic.BaseModel.__init__ = recording_init  # type: ignore[method-assign]
    try:
        page = pp.parse_page(source)
    finally:
        pydantic.BaseModel.__init__ = init  # type: ignore[method-assign]
    by_id = {id(model): data for model, data in validated}
    built: list[tuple[Callable[..., Any], dict[str, Any]]] = [
        (type(model), data) for model, data in validated
    ]
    for model in _models_of(page):
        if id(model) not in by_id:
            built.append((_models.unvalidated(type(model)), dict(model.__dict__)))
    return built


def _models_of(value: Any) -> Iterator[pydantic.BaseModel]:
    """Every model in ``value``, itself included."""
    if isinstance(value, pydantic.BaseModel):
        yield value
        for name in type(value).model_fields:
            yield from _models_of(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _models_of(item)


def anchor_scans(page: pp.Page) -> Callable[[], None]:
    """The folded copy and the Aho-Corasick scans of each posting's body (:func:`_find_hits`)."""
    bodies = [(p.body.start, p.body.end) for p in page.postings]
    text = page.text

    def scan() -> None:
        for start, end in bodies:
            raw = _requirements._latin(text[start:end])
            low = raw.translate(_requirements._FOLD)
            _requirements._WORDS.find_matches_as_indexes(low + b" ")
            _requirements._ABBREVIATION_AUTOMATON.find_matches_as_indexes(raw)

    return scan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("page", nargs="?", type=Path, default=PAGE)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    source = args.page.read_text(encoding="utf-8")
    page = pp.parse_page(source)
    calls = record_patterns(source)
    models = record_models(source)

    def patterns() -> None:
        for method, call_args, scan in calls:
            result = method(*call_args)
            if scan:
                for _ in result:
                    pass

    def validations() -> None:
        for cls, data in models:
            cls(**data)

    number = 20
    full = median_ms(lambda: pp.parse_page(source), args.repeat, number)
    rows = [
        (f"pattern calls ({len(calls)})", median_ms(patterns, args.repeat, number)),
        (f"pydantic models ({len(models)})", median_ms(validations, args.repeat, number)),
        ("anchor word scans", median_ms(anchor_scans(page), args.repeat, number)),
    ]
    if page.is_html:
        markup = _normalize.clean(source)[0]

        def parse_markup() -> None:
            parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
            lxml.html.document_fromstring(markup, parser=parser)

        rows.append(("lxml parse of the markup", median_ms(parse_markup, args.repeat, number)))
    floor = sum(ms for _, ms in rows)
    print(f"{args.page.name}: {len(source):,} chars, {len(page.postings)} postings")
    print(f"full parse                      {full:7.3f} ms")
    rows += [("sum: the floor of this work", floor), ("Python-level logic, the rest", full - floor)]
    for name, ms in rows:
        print(f"  {name:30s}{ms:7.3f} ms  ({ms / full:4.0%})")


if __name__ == "__main__":
    main()
