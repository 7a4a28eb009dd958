"""Generality: plan texts in layouts the seeds do not use, built here, flow through unchanged code."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest

from analysis import paths
from analysis.extract.stage import run as extract_run
from analysis.manifest import read_manifest, sha256
from conftest import own_checkout

# A GB18030 plan with a Markdown pipe table (sequence and attribute columns, a 2035 horizon) and
# prose in phrasings the seeds do not use.
MIANYANG = """绵阳市人口发展规划（2021—2035年）
绵阳市人民政府
2022年5月10日
第一章 发展现状
2020年末，全市常住人口为486.8万人，户籍人口为529.3万人；常住人口城镇化率为52.7%，较2015年提高6.2个百分点。全市人均预期寿命为78.2岁。
第二章 发展目标
到2025年，全市常住人口达到495万人左右，总和生育率稳定在1.3左右；到2035年，人均预期寿命力争达到81岁，婴儿死亡率控制在4‰以内。
表1 人口发展主要指标
| 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 2035年 | 属性 |
|---|---|---|---|---|---|---|
| 1 | 常住人口 | 万人 | 486.8 | 495左右 | 510 | 预期性 |
| 2 | 常住人口城镇化率 | % | 52.7 | ≥57 | 65 | 预期性 |
| 3 | 人均预期寿命 | 岁 | 78.2 | 79 | 81 | 约束性 |
第三章 保障措施
加强组织领导，建立健全人口发展工作协调机制。
"""

# A UTF-8 plan whose table has years down and indicators across (tab-separated), and whose prose
# writes years in Chinese numerals and numbers in full-width digits.
DEYANG = """德阳市人口发展中长期规划
一、发展基础
二〇二〇年，全市常住人口３４５．６万人，总和生育率为１．１２，出生人口性别比为１０５．２。
二、发展目标
到二〇三〇年，全市常住人口保持在３５０万人以上，常住人口城镇化率达到６５％。
表2 人口发展预期
年份\t常住人口(万人)\t常住人口城镇化率(%)\t总和生育率
2020\t345.6\t55.1\t1.12
2025\t348\t60\t1.3
2030\t350\t65\t1.5
三、主要任务
推动实现适度生育水平。
"""


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plans")
    (folder / "mianyang.txt").write_bytes(MIANYANG.encode("gb18030"))
    (folder / "deyang.txt").write_text(DEYANG, encoding="utf-8")
    out = folder / "values.csv"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", str(folder / "mianyang.txt"), str(folder / "deyang.txt"), "--out", str(out)],
        capture_output=True, text=True, cwd=own_checkout(),  # the tests' own copy: a build here holds this checkout's lock
    )
    assert result.returncode == 0, result.stderr
    return (
        pd.read_csv(out, keep_default_na=False),
        pd.read_csv(folder / "values_plans.csv", keep_default_na=False),
        pd.read_csv(folder / "values_changes.csv", keep_default_na=False),
        result.stdout,
    )


def test_pipe_table_and_gb18030(extracted):
    values, plans, changes, stdout = extracted
    plan = plans.set_index("seed_file").loc["mianyang.txt"]
    assert (plan["place_zh"], plan["province_zh"], plan["encoding"], plan["base_year"], plan["period_end"]) == ("绵阳市", "四川省", "gb18030", 2020, 2035)
    table = values[(values["seed_file"] == "mianyang.txt") & (values["source"] == "table")]
    assert len(table) == 9
    cell = table[(table["indicator"] == "urbanization_resident") & (table["year"] == 2025)].iloc[0]
    assert (cell["value_text"], cell["qualifier"], cell["kind"], cell["binding"]) == ("≥57", "ge", "target", "预期性")
    life = table[(table["indicator"] == "life_expectancy") & (table["year"] == 2035)].iloc[0]
    assert (life["value"], life["binding"]) == (81, "约束性")
    # plan 2021—2035 with a 2020 base column, signed 2022: the period decides the cut-off, not the signature
    assert "mianyang.txt: plan_id mianyang-mianyang, place 绵阳市 (prefecture), cut-off 2020" in stdout


def test_new_phrasings_in_prose(extracted):
    values, _, changes, _ = extracted
    text = values[(values["seed_file"] == "mianyang.txt") & (values["source"] == "text")]
    got = {(row.indicator, row.year): (row.value, row.qualifier, row.strive) for row in text.itertuples()}
    assert got[("pop_resident", 2025)] == (495, "approx", False)
    assert got[("life_expectancy", 2035)] == (81, "none", True)
    assert got[("imr", 2035)] == (4, "le", False)
    assert got[("urbanization_resident", 2020)] == (52.7, "none", False)
    change = changes[changes["seed_file"] == "mianyang.txt"].iloc[0]
    assert (change["indicator"], change["from_year"], change["year"], change["value"], change["change_type"]) == ("urbanization_resident", 2015, 2020, 6.2, "percentage_points")


def test_years_down_table_and_fullwidth_prose(extracted):
    values, plans, _, _ = extracted
    table = values[(values["seed_file"] == "deyang.txt") & (values["source"] == "table")]
    assert len(table) == 9
    assert dict(zip(table[table["indicator"] == "urbanization_resident"]["year"], table[table["indicator"] == "urbanization_resident"]["value"])) == {2020: 55.1, 2025: 60, 2030: 65}
    assert set(table[table["indicator"] == "pop_resident"]["unit_source"]) == {"label"}
    text = values[(values["seed_file"] == "deyang.txt") & (values["source"] == "text")]
    got = {(row.indicator, row.year): (row.value, row.value_text) for row in text.itertuples()}
    assert got[("pop_resident", 2020)] == (345.6, "３４５．６万人")  # value_text stays as written
    assert got[("tfr", 2020)] == (1.12, "１．１２")
    assert got[("pop_resident", 2030)] == (350, "３５０万人以上")  # year from 到二〇三〇年
    assert plans.set_index("seed_file").loc["deyang.txt", "place_zh"] == "德阳市"


def test_new_seed_with_a_manifest_row_flows_through(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(paths.SEEDS, seeds)
    (seeds / "005_deyang.txt").write_text(DEYANG, encoding="utf-8")
    manifest = read_manifest(seeds / "manifest.csv")
    row = manifest.iloc[[0]].copy()
    row["plan_id"], row["seed_file"], row["place_zh"], row["place_pinyin"], row["province_zh"] = "deyang-2021-2030", "005_deyang.txt", "德阳市", "Deyang", "四川省"
    row["plan_title"], row["doc_number"], row["issue_date"], row["period_start"], row["period_end"], row["base_year"] = "德阳市人口发展中长期规划", "", "2022-01", 2021, 2030, 2020
    row["sha256"] = sha256(seeds / "005_deyang.txt")
    pd.concat([manifest, row]).to_csv(seeds / "manifest.csv", index=False)
    out = tmp_path / "out"
    extraction = extract_run(progress=lambda _: None, out_dir=out, seeds_dir=seeds, manifest_path=seeds / "manifest.csv", codebook_dir=out)
    written = pd.read_csv(out / "indicators.csv")
    assert set(written["plan_id"]) == {*read_manifest()["plan_id"], "deyang-2021-2030"}
    assert (written["plan_id"] == "deyang-2021-2030").sum() == 14
    assert extraction.plans.set_index("plan_id").loc["deyang-2021-2030", "n_tables"] == 1
