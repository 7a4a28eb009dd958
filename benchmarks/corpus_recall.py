"""Recall, kind accuracy and false values of the extractor on the test corpus (tests/corpus/).

    python benchmarks/corpus_recall.py dev            # scores, and every miss and false value
    python benchmarks/corpus_recall.py heldout --quiet  # scores only (do not tune on held-out texts)

Texts are extracted as a new user would (no manifest rows: place, period and cut-off inferred).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extract.evaluation import match, places_agree, score  # noqa: E402
from analysis.extract.stage import extract_documents  # noqa: E402
from analysis.ingest.stage import ingest_paths  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def run(split: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    index = pd.read_csv(CORPUS / "index.csv", keep_default_na=False, dtype=str)
    index = index[index["split"] == split]
    expected = pd.read_csv(CORPUS / "expected" / f"{split}.csv", keep_default_na=False, dtype={"value": str})
    files = [CORPUS / "texts" / name for name in index["file"]]
    extraction = extract_documents(ingest_paths(files))
    names = {Path(name).name: name for name in index["file"]}
    values = extraction.indicators.assign(file=extraction.indicators["seed_file"].map(names))
    plans = extraction.plans.assign(file=extraction.plans["seed_file"].map(names))
    return index, expected, values, plans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", choices=sorted(set(pd.read_csv(CORPUS / "index.csv", dtype=str)["split"])))
    parser.add_argument("--quiet", action="store_true", help="scores only")
    args = parser.parse_args()
    index, expected, values, plans = run(args.split)
    matched = match(expected, values)
    result = score(matched, int(values["value"].notna().sum()))
    print(f"{args.split}: {len(index)} texts; {result.describe()}")
    places = plans.merge(index, on="file", suffixes=("", "_expected"))
    print(f"place right for {int(places_agree(places['place_zh_expected'], places['place_zh']).sum())}/{len(places)} texts; "
          f"cut-off right for {int((places['cutoff_year'].astype('string') == places['cutoff']).sum())}/{len(places)}")
    if args.quiet:
        return
    pd.set_option("display.width", 250)
    pd.set_option("display.max_rows", 2000)
    wrong_place = places[~places_agree(places["place_zh_expected"], places["place_zh"])]
    if len(wrong_place):
        print(wrong_place[["file", "place_zh", "place_zh_expected", "cutoff_year", "cutoff"]].to_string())
    wrong_cut = places[places["cutoff_year"].astype("string") != places["cutoff"]]
    if len(wrong_cut):
        print(wrong_cut[["file", "cutoff_year", "cutoff", "cutoff_source"]].to_string())
    gold = matched[~matched["false"]]
    missed = gold[~gold["found"]]
    print(f"\nMISSED {len(missed)}")
    print(missed.reindex(columns=["file", "line", "indicator", "entity", "year", "value", "qualifier", "kind", "pattern_id", "indicator_found", "year_found"]).to_string())
    wrong_kind = gold[gold["found"] & (gold["kind"] != gold["kind_found"])]
    print(f"\nWRONG KIND {len(wrong_kind)}")
    print(wrong_kind[["file", "line", "indicator", "year", "value", "kind", "kind_found", "pattern_id"]].to_string())
    wrong_entity = gold[gold["found"] & ~places_agree(gold["entity"], gold["entity_found"])]
    print(f"\nWRONG PLACE {len(wrong_entity)}")
    print(wrong_entity[["file", "line", "indicator", "year", "value", "entity", "entity_found"]].to_string())
    false = matched[matched["false"]]
    print(f"\nFALSE {len(false)}")
    print(false.reindex(columns=["file", "line", "indicator_found", "year_found", "value_text"]).to_string())


if __name__ == "__main__":
    main()
