"""The corpus of real published texts (issue #19): manifest schema, files, checksums, held-out pages.

The corpus lives in ``corpus/``: one verbatim text per page in ``corpus/texts/`` and one manifest row
per text in ``corpus/manifest.csv`` (columns described in ``corpus/README.md``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import read_corpus_manifest
from analysis.errors import ManifestError
from analysis.schemas import corpus_manifest_schema
from analysis.vocabulary import CORPUS_MANIFEST_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
MANIFEST = CORPUS / "manifest.csv"
SEARCHED = CORPUS / "searched.csv"
EVALUATION_PAGES = ROOT.parent / "shared" / "research" / "evaluation_pages.txt"

@pytest.fixture(scope="module")
def manifest() -> pd.DataFrame:
    return pd.read_csv(MANIFEST, dtype=str, keep_default_na=False, encoding="utf-8")


def test_manifest_columns_and_schema(manifest):
    assert tuple(manifest.columns) == CORPUS_MANIFEST_COLUMNS
    corpus_manifest_schema().validate(manifest, lazy=True)
    assert len(read_corpus_manifest(MANIFEST)) == len(manifest) > 0


def test_a_text_edited_after_annotation_stops_the_build_in_one_line(tmp_path):
    copy = tmp_path / "corpus"
    (copy / "texts").mkdir(parents=True)
    rows = pd.read_csv(MANIFEST, dtype=str, keep_default_na=False).head(2)
    for name in rows["file"]:
        (copy / name).write_bytes((CORPUS / name).read_bytes())
    rows.to_csv(copy / "manifest.csv", index=False)
    read_corpus_manifest(copy / "manifest.csv")
    (copy / rows["file"].iloc[1]).write_text("到2030年常住人口达到900万人。\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"SHA-256 .* differs from the corpus manifest's"):
        read_corpus_manifest(copy / "manifest.csv")
    rows.assign(admin_level="city").to_csv(copy / "manifest.csv", index=False)
    with pytest.raises(ManifestError, match="admin_level"):
        read_corpus_manifest(copy / "manifest.csv")


def test_text_id_matches_file_and_level(manifest):
    for row in manifest.itertuples():
        assert row.file == f"texts/{row.text_id}.txt"
        assert row.text_id.split("-", 1)[0] == row.admin_level
    assert manifest["text_id"].is_unique


def test_files_exist_and_checksums_match(manifest):
    for row in manifest.itertuples():
        path = CORPUS / row.file
        assert path.is_file(), row.file
        assert hashlib.sha256(path.read_bytes()).hexdigest() == row.sha256, row.file
    listed = {CORPUS / f for f in manifest["file"]}
    on_disk = set((CORPUS / "texts").glob("*.txt"))
    assert on_disk == listed, "texts on disk and manifest rows differ"


def test_texts_are_utf8_nonempty_with_a_digit(manifest):
    for row in manifest.itertuples():
        raw = (CORPUS / row.file).read_bytes()
        text = raw.decode("utf-8")  # raises on invalid UTF-8
        assert text.strip(), row.file
        assert any(ch.isdigit() for ch in text), row.file


def test_no_two_texts_are_the_same(manifest):
    assert manifest["sha256"].is_unique


def test_no_address_is_held_out_for_evaluation(manifest):
    if not EVALUATION_PAGES.is_file():
        pytest.skip(f"{EVALUATION_PAGES} is absent (it lives in ../shared beside the clone); "
                    "the held-out-page check cannot run here")
    held_out = {line.strip().rstrip("/") for line in EVALUATION_PAGES.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.lstrip().startswith("#")}
    used = {address.strip().rstrip("/") for address in manifest["address"]}
    assert not used & held_out, sorted(used & held_out)


def test_searched_log_covers_all_provinces():
    searched = pd.read_csv(SEARCHED, dtype=str, keep_default_na=False, encoding="utf-8")
    assert list(searched.columns) == ["place_zh", "admin_level", "queries", "found", "note"]
    provinces = set(searched.loc[searched["admin_level"] == "province", "place_zh"])
    assert len(provinces) == 31, sorted(provinces)
    assert "中国" in set(searched["place_zh"])
    assert searched["found"].str.fullmatch(r"\d+").all()


# --- Gold (issue #19, part 2): hand-annotated levels, not-values, cut-offs and the split -------------------

GOLD = CORPUS / "gold"


def _check_gold():
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_gold", CORPUS / "tools" / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def check_gold():
    return _check_gold()


def test_gold_files_have_the_right_columns(check_gold):
    for name, columns in [("levels.csv", check_gold.LEVEL_COLUMNS), ("not_values.csv", check_gold.NOT_VALUE_COLUMNS),
                          ("cutoffs.csv", check_gold.CUTOFF_COLUMNS)]:
        frame = pd.read_csv(GOLD / name, dtype=str, keep_default_na=False, encoding="utf-8")
        assert list(frame.columns) == columns, name
        assert len(frame) > 0, name


def test_gold_levels_pass_the_checks(check_gold):
    assert check_gold.check_levels() == []


def test_gold_not_values_and_cutoffs_pass_the_checks(check_gold):
    assert check_gold.check_not_values() == []
    assert check_gold.check_cutoffs() == []


def test_every_text_is_annotated_or_has_a_reason(manifest):
    levels = pd.read_csv(GOLD / "levels.csv", dtype=str, keep_default_na=False, encoding="utf-8")
    not_values = pd.read_csv(GOLD / "not_values.csv", dtype=str, keep_default_na=False, encoding="utf-8")
    assert set(levels["text_id"]) | set(not_values["text_id"]) == set(manifest["text_id"])
    assert set(levels["text_id"]) <= set(manifest["text_id"])


def test_split_is_by_place_with_a_third_held_out(manifest, check_gold):
    assert set(manifest["split"]) == {"dev", "heldout"}
    assert (manifest.groupby("place_zh")["split"].nunique() == 1).all()
    held = manifest[manifest["split"] == "heldout"]
    assert 3 * len(held) >= len(manifest)
    assert set(held["admin_level"]) == set(manifest["admin_level"])
    assert check_gold.check_split(manifest.to_dict("records")) == []


def _assign_split():
    import importlib.util

    spec = importlib.util.spec_from_file_location("assign_split", CORPUS / "tools" / "assign_split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_split_follows_the_documented_rule(manifest):
    module = _assign_split()
    held = set(module.held_out_places(manifest.to_dict("records")))
    assert held == set(manifest.loc[manifest["split"] == "heldout", "place_zh"])


def test_every_text_s_plan_family_is_the_one_its_title_names() -> None:
    """The manifest's plan family is recorded by hand; it must agree with the words of the document title."""
    from analysis.corpus import plan_family_of

    manifest = pd.read_csv(ROOT / "corpus" / "manifest.csv", dtype=str, keep_default_na=False)
    wrong = [(row.text_id, row.plan_family, plan_family_of(row.document_title)) for row in manifest.itertuples()
             if plan_family_of(row.document_title) != row.plan_family]
    assert wrong == []
    assert plan_family_of("湖南省人口和计划生育2010年工作要点") == "annual_targets"
    assert plan_family_of("广东省国民经济和社会发展第十三个五年规划纲要") == "development_plan"
    assert plan_family_of("辽宁省“十三五”推进新型城镇化规划实施方案") == "urbanisation_plan"
    assert plan_family_of("吉林省城镇化“十二五”规划") == plan_family_of("某省城镇化十一五规划") == "urbanisation_plan"
    assert plan_family_of("“十二五”城镇化率目标") is None and plan_family_of("城镇化“十二五”回顾") is None
    assert plan_family_of("国家人口发展战略研究报告") == "strategy_study"
    assert plan_family_of("中国流动人口发展报告（2016）") == plan_family_of("某市人口发展趋势预测") == "strategy_study"
    assert plan_family_of("国家人口计生委主任在人口发展论坛上的讲话") == "strategy_study"
    assert plan_family_of("某省人口发展“十四五”规划") == "population_plan"
    assert plan_family_of("甘肃省城镇体系规划（2013—2030年）") == "spatial_plan"
    assert plan_family_of("安徽省城镇化发展“十二五”规划") == "urbanisation_plan"
    assert plan_family_of("某市城市总体规划（2011—2020年）") == "spatial_plan"
    assert plan_family_of("2021年河北省政府工作报告") == "annual_targets"
    assert plan_family_of("关于2020年国民经济和社会发展计划执行情况与2021年计划草案的报告") == "annual_targets"
    assert plan_family_of("湖南省国民经济和社会发展第十三个五年规划纲要") == "development_plan"
    assert plan_family_of("健康西藏行动计划（2018 年《政府工作报告》所述）") == "health_plan"
    # outlines for women and children (2026-12-07): before the health plans, after the development plans; a report
    # on children is a study; a rural revitalisation plan is a development plan
    assert plan_family_of("中国儿童发展纲要（2011—2020年）") == plan_family_of("某省妇女儿童发展规划（2021—2025年）") == "women_children_plan"
    assert plan_family_of("中国妇女发展纲要（2021—2030年）") == plan_family_of("某市妇女和儿童发展“十二五”规划") == "women_children_plan"
    assert plan_family_of("中国儿童发展报告") == "strategy_study" and plan_family_of("健康儿童行动计划（2018—2020年）") == "health_plan"
    # (sixteenth collection) the five-year period may stand between 发展 and 规划, as in urbanisation plans; a review of
    # the period or a children's health plan named by its period is none
    assert plan_family_of("某市儿童发展“十四五”规划") == plan_family_of("某县妇女发展十三五规划") == "women_children_plan"
    assert plan_family_of("儿童发展“十四五”回顾") is None and plan_family_of("某市儿童健康“十四五”规划") == "health_plan"
    assert plan_family_of("某省乡村振兴战略规划（2018—2022年）") == "development_plan" and plan_family_of("乡村振兴促进条例") is None
    # ageing plans (i20c2): tried before the development and health plans, so 健康老龄化 is an ageing plan and
    # 老龄事业发展 (no 社会事业发展) is not a development plan; a 人口发展规划 stays a population plan, a study a study
    assert plan_family_of("湖北省老龄事业发展“十三五”规划") == plan_family_of("“十四五”健康老龄化规划") == "ageing_plan"
    assert plan_family_of("上海市老年事业发展“十三五”规划") == plan_family_of("某市养老服务体系建设“十二五”规划") == "ageing_plan"
    assert plan_family_of("国家积极应对人口老龄化中长期规划") == "ageing_plan"
    assert plan_family_of("某省人口发展规划（积极应对人口老龄化）") == "population_plan"
    assert plan_family_of("某市人口老龄化趋势预测") == "strategy_study"


def test_the_described_half_is_47_held_out_texts_and_the_rest_stays_blind(manifest):
    # the eleventh session's described half (corpus/README.md, "Described half"): held-out texts of batches 1–13
    # chosen by the parity of a hash; a later held-out text, and every development text, is never described
    assign_split = _assign_split()
    rows = manifest.to_dict("records")
    described = [row for row in rows if assign_split.described_round(row) == 1]
    assert len(described) == 47
    assert all(row["split"] == "heldout" for row in described)
    assert sum(row["admin_level"] == "nation" for row in described) == 11  # the nation's texts are split by text id
    later = [row for row in rows if row["split"] == "heldout" and assign_split._batch_of(row["text_id"]) >= 13]
    assert later and not any(assign_split.described_round(row) == 1 for row in later)
    assert not assign_split.is_described({**described[0], "split": "dev"})


def test_the_second_described_slice_is_26_held_out_texts_by_the_next_bit_of_the_same_hash(manifest):
    # the fourteenth session's slice (corpus/README.md, "Described half"): of the held-out texts not described in
    # the first half, those of batches 1–17 whose key's hash has its second-lowest bit 0; 43 stay blind
    assign_split = _assign_split()
    rows = [row for row in manifest.to_dict("records") if row["split"] == "heldout"]
    rounds = [assign_split.described_round(row) for row in rows]
    # the 43 blind texts are those of batches 1–17; held-out texts of later collections (batch 18 on) are all blind
    drawn = [r for row, r in zip(rows, rounds) if assign_split._batch_of(row["text_id"]) in assign_split.SECOND_DESCRIBED_BATCHES]
    assert (drawn.count(1), drawn.count(2), drawn.count(0)) == (47, 26, 43)
    assert all(r == 0 for row, r in zip(rows, rounds) if assign_split._batch_of(row["text_id"]) not in assign_split.SECOND_DESCRIBED_BATCHES)
    second = [row for row, r in zip(rows, rounds) if r == 2]
    assert all((assign_split._key_hash(row) >> 1) % 2 == 0 for row in second)
    assert {row["text_id"] for row in second} >= {"prefecture-zibo-2005-1"}  # a c17 text of the open batch 17
    assert not assign_split.described_round({**second[0], "split": "dev"})
    # a text of a later collection (a batch not yet numbered when the slice was drawn) is never described
    later = {**second[0], "text_id": "prefecture-nowhere-2030-1"}
    assert assign_split._batch_of(later["text_id"]) == len(assign_split.BATCHES) >= 17
    assert assign_split.described_round(later) == 0
