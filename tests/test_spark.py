"""The Spark helper, in local mode: the same rows as the Parquet output, errors kept apart."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import FIXTURES, read_jsonl

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None:  # pragma: no cover - CI installs Java with the spark extra
    pytest.skip("Spark needs a Java runtime", allow_module_level=True)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # stay on loopback
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers need this interpreter's packages
    session = (
        SparkSession.builder.master("local[1]")
        .appName("postings-parser-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_parse_pages_gives_one_row_per_posting(spark: Any) -> None:
    from postings_parser.spark import parse_errors, parse_pages

    page = (FIXTURES / "amazon_science_article_page.txt").read_text(encoding="utf-8")
    careers = read_jsonl("amazon_science_careers.dev.jsonl")[:5]
    data = [("model-page", page)] + [(r["job_id"], r["text"]) for r in careers]
    data += [("empty", ""), ("article", "A title\n\nNo posting here.")]
    df = spark.createDataFrame(data, "id string, text string")

    rows = parse_pages(df, "text", "id").collect()
    assert len(rows) == 10 + 5
    by_page = [r for r in rows if r["page_id"] == "model-page"]
    assert [r["locations"][0]["city"] for r in by_page][:3] == ["Edinburgh", "Hyderabad", "Seattle"]
    tel_aviv = by_page[4]
    assert [(p["degree"], p["min_years"]) for p in tel_aviv["requirements"][0]["paths"]] == [
        ("doctorate", None),
        ("master", 4.0),
    ]
    assert {r["job_id"] for r in rows if r["page_id"] != "model-page"} == {
        r["job_id"] for r in careers
    }

    errors = {r["id"]: r["reason"] for r in parse_errors(df, "text", "id").collect()}
    assert set(errors) == {"empty", "article"}
