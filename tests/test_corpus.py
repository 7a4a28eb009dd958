"""The test corpus (tests/corpus/): texts at every level of government, in every layout, read as a
new user would (no manifest rows), scored against hand-annotated values.

The dev part is the extractor's development set: it must stay (almost) exact. The held-out parts
were written by other hands for measurement; they are held to the goals of issue #10 (recall and
correct kind ≥ 0.90, false values ≤ 10 %), and only their scores are printed — never their texts.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.extract.evaluation import GOALS, match, places_agree, score
from analysis.extract.stage import extract_documents
from analysis.ingest.stage import ingest_each

CORPUS = paths.ROOT / "tests" / "corpus"
INDEX = pd.read_csv(CORPUS / "index.csv", keep_default_na=False, dtype=str)
SPLITS = sorted(set(INDEX["split"]))


@pytest.fixture(scope="module")
def corpus():
    files = [CORPUS / "texts" / name for name in INDEX["file"]]
    documents, errors = ingest_each(files)
    extraction = extract_documents(documents)
    names = {Path(name).name: name for name in INDEX["file"]}
    values = extraction.indicators.assign(file=extraction.indicators["seed_file"].map(names))
    plans = extraction.plans.assign(file=extraction.plans["seed_file"].map(names))
    return errors, extraction, values, plans


def test_every_text_is_read_without_error(corpus):
    errors, extraction, _, plans = corpus
    assert errors == [] and list(extraction.failures) == []
    assert len(INDEX) >= 45 and sorted(plans["file"]) == sorted(INDEX["file"])
    assert {"nation", "province", "prefecture", "county", "unknown"} <= set(INDEX["level"])
    assert {"utf-8", "gb18030", "utf-16"} <= set(plans["encoding"])


def test_place_and_level_of_every_dev_text(corpus):
    _, _, _, plans = corpus
    found = plans.merge(INDEX, on="file", suffixes=("", "_expected"))
    dev = found[found["split"] == "dev"]
    assert places_agree(dev["place_zh_expected"], dev["place_zh"]).all(), dev[["place_zh", "place_zh_expected"]]
    assert list(dev["place_code"]) == list(dev["place_code_expected"])
    levels = dev["admin_level"].where(dev["place_zh"] != "unknown", "unknown")
    assert list(levels) == list(dev["level"])


def test_dev_part_is_exact_but_for_a_few(corpus):
    _, _, values, _ = corpus
    expected = pd.read_csv(CORPUS / "expected" / "dev.csv", keep_default_na=False, dtype={"value": str})
    dev = values[values["file"].str.startswith("dev/")]
    result = score(match(expected, dev), int(dev["value"].notna().sum()))
    assert result.expected >= 900
    assert result.recall >= 0.99 and result.kind_accuracy >= 0.99 and result.entity_accuracy >= 0.99, result.describe()
    assert result.false_share <= 0.01, result.describe()


@pytest.mark.parametrize("split", [s for s in SPLITS if s != "dev"])
def test_held_out_parts_meet_the_goals(corpus, split):
    _, _, values, _ = corpus
    expected = pd.read_csv(CORPUS / "expected" / f"{split}.csv", keep_default_na=False, dtype={"value": str})
    part = values[values["file"].str.startswith(f"{split}/")]
    result = score(match(expected, part), int(part["value"].notna().sum()))
    print(f"{split}: {result.describe()}")
    assert result.recall >= GOALS["recall"], result.describe()
    assert result.kind_accuracy >= GOALS["kind_accuracy"], result.describe()
    assert result.false_share <= GOALS["false_share"], result.describe()


def test_traps_are_never_values(corpus):
    """Changes, comparisons, ranks, counts, document numbers, age bounds: never read as levels."""
    _, _, values, _ = corpus
    traps = pd.read_csv(CORPUS / "expected" / "not_values.csv", keep_default_na=False, dtype=str)
    traps = traps[traps["file"].str.startswith("dev/")]
    rows = values.set_index(["file", "line"])
    hits = []
    for trap in traps.itertuples():
        key = (trap.file, int(trap.line))
        if key in rows.index:
            texts = rows.loc[[key], "value_text"]
            hits += [(trap.file, trap.line, text, trap.text) for text in texts if text and text in trap.text and len(text) >= len(trap.text.strip()) - 2]
    assert hits == []


def test_very_short_and_very_long_texts(tmp_path):
    """A plan of two lines and one of 20,000 lines are normal cases."""
    short = tmp_path / "short.txt"
    short.write_text("某县人口发展规划\n到2025年，全县常住人口达到50万人左右。\n", encoding="utf-8")
    paragraph = (CORPUS / "texts" / "dev" / "tianjin_13th.txt").read_text(encoding="utf-8").splitlines()
    long = tmp_path / "long.txt"
    long.write_text("\n".join((paragraph * (20_000 // len(paragraph) + 1))[:20_000]), encoding="utf-8")
    documents, errors = ingest_each([short, long])
    extraction = extract_documents(documents)
    assert errors == [] and not extraction.failures
    values = extraction.indicators
    one = values[values["seed_file"] == "short.txt"]
    assert one[["indicator", "year", "value_text", "kind", "entity"]].values.tolist() == [["pop_resident", 2025, "50万人左右", "target", "unknown"]]
    assert (values["seed_file"] == "long.txt").sum() > 1000


def test_a_part_with_only_false_values_is_scored():
    """A group of texts with no coded level but values extracted (an ageing plan's uncoded table): every value false."""
    expected = pd.DataFrame(columns=["file", "line", "indicator", "entity", "year", "value", "kind"])
    extracted = pd.DataFrame([{"file": "t.txt", "line": 3, "indicator": "pop_60plus", "entity": "某市", "year": 2020, "value": 120.0,
                               "value_low": None, "value_high": None, "value_text": "120万人", "qualifier": "none", "kind": "projection"}])
    result = score(match(expected, extracted), 1)
    assert (result.expected, result.found, result.false, result.extracted) == (0, 0, 1, 1)
    # the same number stated as a level of an indicator the codebook lacks (gold ``uncoded:``) and read as ``unmapped`` is no
    # false value; read as a code the codebook has (here pop_60plus for a 70+ count), it is one
    stated = pd.DataFrame([{"file": "t.txt", "line": 3, "indicator": "uncoded:pop_70plus", "entity": "某市", "year": 2020, "value": "120", "kind": "projection"}])
    unmapped = extracted.assign(indicator="unmapped")
    assert score(match(expected, unmapped, also_stated=stated), 1).false == 0
    assert score(match(expected, unmapped, also_stated=stated.assign(line=4)), 1).false == 1  # another line: false
    assert score(match(expected, extracted, also_stated=stated), 1).false == 1
