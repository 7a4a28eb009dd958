"""Recall, kind, place and false values of the extractor on the corpus of real published texts (corpus/).

    python benchmarks/real_corpus_recall.py heldout --quiet   # scores only: measure blind, tune on nothing here
    python benchmarks/real_corpus_recall.py blind --quiet     # the held-out texts whose misses nobody has described
    python benchmarks/real_corpus_recall.py dev               # scores, and every miss and false value

Texts are extracted as a new user would (`python -m analysis extract PATH…`: no manifest rows, so
place, period and cut-off are inferred) and scored against the hand-annotated levels of
``corpus/gold/levels.csv`` with the same matching as the synthetic test corpus
(:mod:`analysis.extract.evaluation`). Levels of indicators the codebook lacks (``uncoded:…``) cannot
be found and are reported apart; a number of theirs read as ``unmapped`` (a value of no code) is no
false value, and read as a code the codebook has, it is one; the scores are given over all levels and per level of
government, kind of text and plan family.
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

sys.path.insert(0, str(ROOT / "corpus" / "tools"))
from assign_split import described_round  # noqa: E402

CORPUS = ROOT / "corpus"
#: The parts of the held-out split by the round whose misses were described by form (0: never, blind).
DESCRIBED_PARTS = {"blind": 0, "described": 1, "described2": 2}


def load(split: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The split's manifest rows, its gold levels (``file`` = the text's path) and its cut-offs. ``described``
    (the first described half), ``described2`` (the second slice) and ``blind`` (neither) are the parts of the
    held-out split (``corpus/tools/assign_split.py``, ``described_round``)."""
    manifest = pd.read_csv(CORPUS / "manifest.csv", keep_default_na=False, dtype=str)
    if split in DESCRIBED_PARTS:
        rounds = manifest.apply(lambda row: described_round(row.to_dict()), axis=1)
        manifest = manifest[(manifest["split"] == "heldout") & (rounds == DESCRIBED_PARTS[split])]
    else:
        manifest = manifest[manifest["split"] == split] if split != "all" else manifest
    gold = pd.read_csv(CORPUS / "gold" / "levels.csv", keep_default_na=False, dtype={"value": str, "line": int, "year": int})
    gold = gold[gold["text_id"].isin(manifest["text_id"])]
    gold = gold.assign(file=gold["text_id"].map(dict(zip(manifest["text_id"], manifest["file"]))))
    cutoffs = pd.read_csv(CORPUS / "gold" / "cutoffs.csv", keep_default_na=False, dtype=str)
    return manifest, gold, cutoffs


def extract(manifest: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    values, plans, _ = extract_with_failures(manifest)
    return values, plans


def extract_with_failures(manifest: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, tuple[str, ...]]:
    """The values and plans of the texts, and one line per text the extractor could not read (a defect of the
    extractor: its values are then all missed, and it must be said, not only counted as misses)."""
    files = [CORPUS / name for name in manifest["file"]]
    extraction = extract_documents(ingest_paths(files))
    names = {Path(name).name: name for name in manifest["file"]}
    values = extraction.indicators.assign(file=extraction.indicators["seed_file"].map(names))
    plans = extraction.plans.assign(file=extraction.plans["seed_file"].map(names))
    return values, plans, extraction.failures


def scores(manifest: pd.DataFrame, gold: pd.DataFrame, values: pd.DataFrame) -> pd.DataFrame:
    """One row per group (all, each level, each kind of text, each plan family): the scores of its texts."""
    coded, unscored = gold[~gold["indicator"].str.startswith("uncoded:")], gold[gold["indicator"].str.startswith("uncoded:")]
    groups = {"all": manifest}
    groups |= {f"level {level}": rows for level, rows in manifest.groupby("admin_level")}
    groups |= {f"kind {kind}": rows for kind, rows in manifest.groupby("kind")}
    groups |= {f"family {family}": rows for family, rows in manifest.groupby("plan_family")}
    out = []
    for name, rows in groups.items():
        files = set(rows["file"])
        part = values[values["file"].isin(files)]
        result = score(match(coded[coded["file"].isin(files)], part, unscored[unscored["file"].isin(files)]), int(part["value"].notna().sum()))
        uncoded = int(gold[gold["file"].isin(files)]["indicator"].str.startswith("uncoded:").sum())
        out.append({"group": name, "texts": len(rows), "levels": result.expected, "uncoded": uncoded, "found": result.found,
                    "recall": round(result.recall, 3), "kind": round(result.kind_accuracy, 3), "place": round(result.entity_accuracy, 3),
                    "false": result.false, "extracted": result.extracted, "false_share": round(result.false_share, 3)})
    return pd.DataFrame(out)


def miss_modes(gold: pd.DataFrame, values: pd.DataFrame) -> pd.Series:
    """How each missed coded level was missed, counted (no text shown, so it may be printed for the held-out part):
    ``line not read`` (no value of its line extracted), ``number not read`` (values of its line, not this one),
    ``other indicator`` (its number read as another indicator) or ``other year`` (its indicator, another year)."""
    coded = gold[~gold["indicator"].str.startswith("uncoded:")]
    missed = match(coded, values)
    missed = missed[~missed["false"] & ~missed["found"]]
    lines = set(zip(values.loc[values["value"].notna(), "file"], values.loc[values["value"].notna(), "line"].astype(int)))
    modes = [
        "line not read" if (row.file, int(row.line)) not in lines
        else "number not read" if not row.number_found
        else "other indicator" if row.indicator_found != row.indicator
        else "other year"
        for row in missed.reindex(columns=["file", "line", "number_found", "indicator", "indicator_found"]).itertuples()
    ]
    order = ["line not read", "number not read", "other indicator", "other year"]
    return pd.Series(modes, dtype=str).value_counts().reindex(order, fill_value=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("split", choices=["dev", "heldout", *DESCRIBED_PARTS, "all"],
                        help="blind / described / described2: the held-out texts whose misses were not described by form / "
                             "were, in the first half / in the second slice (corpus/README.md, Described half)")
    parser.add_argument("--quiet", action="store_true", help="scores only (no misses or false values listed)")
    args = parser.parse_args()
    manifest, gold, cutoffs = load(args.split)
    values, plans, failures = extract_with_failures(manifest)
    pd.set_option("display.width", 250)
    pd.set_option("display.max_rows", 2000)
    pd.set_option("display.max_colwidth", 60)
    print(scores(manifest, gold, values).to_string(index=False))
    places = plans.merge(manifest[["file", "text_id", "place_zh"]], on="file", suffixes=("", "_expected")).merge(cutoffs, on="text_id", how="left")
    print(f"\nplace right for {int(places_agree(places['place_zh_expected'], places['place_zh']).sum())}/{len(places)} texts; "
          f"cut-off right for {int((places['cutoff_year'].astype('string') == places['cutoff']).sum())}/{len(places)}")
    print("\nmisses by how they were missed: " + ", ".join(f"{mode} {n}" for mode, n in miss_modes(gold, values).items()))
    print(f"texts the extractor could not read (a defect: every level of theirs is missed): {len(failures)}")
    if not args.quiet:
        print("".join(f"  {failure}\n" for failure in failures), end="")
    if args.quiet:
        return
    coded = gold[~gold["indicator"].str.startswith("uncoded:")]
    matched = match(coded, values, gold[gold["indicator"].str.startswith("uncoded:")])
    found = matched[~matched["false"]]
    print(f"\nMISSED {int((~found['found']).sum())}")
    print(found[~found["found"]].reindex(columns=["text_id", "line", "indicator", "entity", "year", "value", "qualifier", "kind", "quote", "indicator_found", "year_found"]).to_string())
    wrong = found[found["found"] & (found["kind"] != found["kind_found"])]
    print(f"\nWRONG KIND {len(wrong)}")
    print(wrong[["text_id", "line", "indicator", "year", "value", "kind", "kind_found"]].to_string())
    wrong = found[found["found"] & ~places_agree(found["entity"], found["entity_found"])]
    print(f"\nWRONG PLACE {len(wrong)}")
    print(wrong[["text_id", "line", "indicator", "year", "value", "entity", "entity_found"]].to_string())
    false = matched[matched["false"]]
    print(f"\nFALSE {len(false)}")
    print(false.reindex(columns=["file", "line", "indicator_found", "year_found", "value_text"]).to_string())
    wrong = places[~places_agree(places["place_zh_expected"], places["place_zh"]) | (places["cutoff_year"].astype("string") != places["cutoff"])]
    print(f"\nPLACE OR CUT-OFF WRONG {len(wrong)}")
    print(wrong[["text_id", "place_zh", "place_zh_expected", "cutoff_year", "cutoff", "cutoff_source"]].to_string())


if __name__ == "__main__":
    main()
