"""The manifest pins every seed: hashes, completeness, and clear messages naming the file."""

from __future__ import annotations

import shutil

import pytest

from analysis import paths
from analysis.errors import ManifestError
from analysis.manifest import check_manifest, read_manifest, require_consistent


def test_manifest_matches_seeds(manifest):
    assert check_manifest(manifest) == []
    seeds = {"chongqing-2016-2030", "yingkou-2016-2030", "lianyungang-2016-2020", "suining-2030-draft", "luzhou-2022-2030"}
    assert seeds <= set(manifest["plan_id"])  # plans added as the README says come on top of these
    assert manifest["plan_id"].is_unique


def test_manifest_describes_each_plan(manifest):
    row = manifest.set_index("plan_id")
    assert row.loc["chongqing-2016-2030", "doc_number"] == "渝府发〔2017〕22号"
    assert row.loc["yingkou-2016-2030", "doc_number"] == "营政发〔2019〕4号"
    assert row.loc["luzhou-2022-2030", "doc_number"] == "泸市府办发〔2023〕16号"
    assert row.loc["suining-2030-draft", "status"] == "draft"
    assert row.loc["lianyungang-2016-2020", "period_end"] == 2020
    assert row.loc["luzhou-2022-2030", "base_year"] == 2020
    assert set(row["status"]) == {"final", "draft"}


@pytest.fixture
def seeds_copy(tmp_path):
    shutil.copytree(paths.SEEDS, tmp_path / "seeds")
    return tmp_path / "seeds"


def test_changed_seed_is_named(seeds_copy):
    path = seeds_copy / "003_1f60dfb56a69f5f5.txt"
    path.write_bytes(path.read_bytes() + b"\n")
    problems = check_manifest(read_manifest(seeds_copy / "manifest.csv"), seeds_copy)
    assert len(problems) == 1
    assert problems[0].startswith("seeds/003_1f60dfb56a69f5f5.txt: SHA-256 ")
    assert "differs from the manifest's a87ab923" in problems[0]


def test_seed_without_row_and_row_without_seed(seeds_copy):
    (seeds_copy / "005_new_plan.txt").write_text("某市人口发展规划", encoding="utf-8")
    (seeds_copy / "001_5ce9d41989af5780.txt").unlink()
    with pytest.raises(ManifestError) as error:
        require_consistent(read_manifest(seeds_copy / "manifest.csv"), seeds_copy)
    message = str(error.value)
    assert "seeds/005_new_plan.txt: seed file has no row in seeds/manifest.csv" in message
    assert "seeds/001_5ce9d41989af5780.txt: manifest row has no seed file" in message


def test_shared_seeds_are_byte_identical():
    shared = paths.ROOT.parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    for path in shared.glob("*.txt"):
        assert (paths.SEEDS / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("place_zh", "重庆", "'重庆' is not a place name of the gazetteer (write '重庆市')"),
        ("place_zh", "Chongqing", "'Chongqing' is not a place name of the gazetteer"),
        ("place_zh", "重庆市 ", "'重庆市 ' is not a place name of the gazetteer"),
        ("plan_id", "", "row 2, column plan_id: empty"),
        ("period_end", "2010", "row 2: period_end 2010 is before period_start 2016"),
        ("base_year", "2031", "row 2: base_year 2031 is after period_end 2030"),
    ],
)
def test_manifest_rows_a_run_cannot_use_are_refused_at_once_in_one_line(tmp_path, column, value, message):
    lines = paths.MANIFEST.read_text(encoding="utf-8").splitlines()
    columns = lines[0].split(",")
    first = lines[1].split(",")
    first[columns.index(column)] = value
    path = tmp_path / "manifest.csv"
    path.write_text("\n".join([lines[0], ",".join(first)]), encoding="utf-8")
    with pytest.raises(ManifestError) as error:
        read_manifest(path)
    assert message in str(error.value) and "\n" not in str(error.value)
