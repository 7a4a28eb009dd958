"""County-level places written by their short names (浏阳 for 浏阳市; ``county_short_names`` in
``analysis/gazetteer.py``): found where unambiguous, never where two places share the stem or the stem is
a word. Invented sentences; the texts have no manifest row, so place and period are inferred."""

from __future__ import annotations

import pytest

from analysis.codebook import load_codebook
from analysis.extract.stage import extract_documents
from analysis import schemas
from analysis.gazetteer import COMMON_WORDS, STATUS_CHANGES, by_name, county_short_names, gazetteer, superseded, vintage_places
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text
from analysis.ingest.place import SCOPES

CITY = "长沙市人口发展规划（2016—2030年）\n到2020年，全市常住人口达到900万人；"


def rows(text: str) -> list[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")
    values = extract_documents([document]).indicators
    return sorted(values[["indicator", "entity", "year", "value"]].itertuples(index=False, name=None))


def test_a_county_level_city_by_its_short_name():
    assert by_name("浏阳").name == "浏阳市" and by_name("浏阳").code == "430181"
    assert rows(CITY + "浏阳常住人口达到150万人。") == [
        ("pop_resident", "长沙市", 2020, 900.0), ("pop_resident", "长沙市浏阳市", 2020, 150.0)]


def test_a_county_plan_titled_with_its_short_name_is_the_county_where_its_parent_is_written():
    assert rows("湖南浏阳人口发展规划（2016—2030年）\n到2020年，常住人口达到150万人。") == [("pop_resident", "浏阳市", 2020, 150.0)]
    # a short name alone is no place: most two-character stems are words or names of rivers and mountains too
    assert rows("浏阳人口发展规划（2016—2030年）\n到2020年，常住人口达到150万人。") == [("pop_resident", "unknown", 2020, 150.0)]


@pytest.mark.parametrize(("sentence", "stem"), [
    ("和同仁一道推动常住人口城镇化率达到72%。", "同仁"), ("赤水河沿岸常住人口城镇化率达到73%。", "赤水"),
    ("嫩江流域常住人口城镇化率达到74%。", "嫩江"), ("五台山景区常住人口达到2万人。", "五台"),
])
def test_a_short_name_whose_parent_the_text_never_writes_is_no_place(sentence, stem):
    assert stem in county_short_names()
    entities = {entity for _, entity, _, _ in rows("湘潭市“十四五”人口发展规划\n一、发展目标\n到2025年，" + sentence)}
    assert not any(stem in entity for entity in entities)


@pytest.mark.parametrize("stem", ["伊宁", "临夏"])
def test_a_short_name_of_two_places_is_no_place(stem):
    # 伊宁市 and 伊宁县; 临夏 is also a prefecture's (临夏回族自治州) first word
    assert by_name(stem) is None
    assert rows(CITY + stem + "常住人口达到150万人。") == [("pop_resident", "长沙市", 2020, 150.0), ("pop_resident", "长沙市", 2020, 900.0)]


@pytest.mark.parametrize("stem", ["资源", "公安", "会同", "南部", "全州"])
def test_a_short_name_that_is_a_word_is_no_place(stem):
    assert stem in COMMON_WORDS and by_name(stem) is None
    assert rows(CITY + stem + "常住人口达到150万人。") == [("pop_resident", "长沙市", 2020, 150.0), ("pop_resident", "长沙市", 2020, 900.0)]


def test_short_names_inside_other_names_and_districts_are_not_taken():
    shorts = county_short_names()
    assert "津市" not in shorts  # 津市市, but inside 天津市
    assert "甘南" not in shorts  # 甘南县, but 甘南 is how plans call 甘南藏族自治州
    assert "鼓楼" not in shorts and "高明" not in shorts  # districts are written with their 区
    assert shorts["宁乡"].name == "宁乡市" and shorts["宁乡"].code == "430182"  # 宁乡县 until 2017 (the cpca vintage)


def test_no_short_name_is_a_name_or_a_subject_word_of_the_extractor():
    shorts = county_short_names()
    current = [place for place in gazetteer() if place.code not in superseded()]  # 宁乡县 is 宁乡市 now
    written = [place.name for place in current] + [place.short for place in current if place.short != place.name]
    for stem, place in shorts.items():
        assert [name for name in written if stem in name] == [place.name], stem
    words = {word for words, _ in SCOPES.values() for word in words} | {"城区", "城镇", "城市", "农村", "乡村"}
    words |= set(load_codebook().synonyms)
    clashes = {stem for stem in shorts for word in words if stem in word or (len(word) >= 2 and word in stem)}
    assert clashes == set()


# --- places whose status changed after the gazetteer's vintage (the 2020 census county table) ---------------

def test_a_county_that_became_a_city_after_the_vintage_has_its_later_name():
    assert by_name("宁乡市").code == "430182" and by_name("宁乡市").prefecture == "长沙市"
    assert by_name("宁乡县").code == "430124"  # a text before 2017 names the county
    assert "430124" in superseded() and "430182" not in {place.code for place in vintage_places()}
    assert rows(CITY + "宁乡常住人口达到150万人。") == [
        ("pop_resident", "长沙市", 2020, 900.0), ("pop_resident", "长沙市宁乡市", 2020, 150.0)]


def test_a_city_page_naming_its_counties_is_the_citys():
    text = "2020年浏阳、宁乡城市人口50—70万\n按照规划，将形成一个特大城市（长沙）、两个大城市（浏阳、宁乡）。\n2020年浏阳城市人口50—70万人；2020年宁乡城市人口50—70万人。"
    document = ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")
    assert document.place.place.name == "长沙市"
    values = extract_documents([document]).indicators
    assert set(values.loc[values["line"] == 3, "entity"]) == {"长沙市浏阳市", "长沙市宁乡市"}


def test_the_status_changes_are_the_census_tables():
    import pandas as pd

    from analysis.sources import leiii_census

    committed = pd.read_csv(STATUS_CHANGES, dtype={"code": str, "code_2020": str})
    schemas.validate(committed, schemas.county_status_changes_schema(), STATUS_CHANGES.name)
    derived = leiii_census.status_changes(leiii_census.county_table(2020), vintage_places())
    pd.testing.assert_frame_equal(committed, derived.astype({"row": committed["row"].dtype}))
    assert len(committed) == 54
    assert dict(zip(committed["name"], committed["name_2020"]))["宁乡县"] == "宁乡市"


def test_the_status_changes_command_writes_the_committed_file(tmp_path, monkeypatch, capsys):
    # python -m analysis status-changes: the committed table is what the command writes, byte for byte
    import functools

    from analysis import cli, gazetteer, lock

    target = tmp_path / STATUS_CHANGES.name
    monkeypatch.setattr(gazetteer, "STATUS_CHANGES", target)
    # its own lock file: a build running in this checkout (or another test worker) holds the checkout's
    monkeypatch.setattr(lock, "build_lock", functools.partial(lock.build_lock, tmp_path / ".planwatch.lock"))
    assert cli.main(["status-changes"]) == 0
    assert target.read_bytes() == STATUS_CHANGES.read_bytes()
    assert "54 county-level places" in capsys.readouterr().out


def test_a_district_name_of_two_cities_is_no_place_until_its_city_is_written():
    # 朝阳区 is a district of 北京市 and of 长春市: with neither city written, the name decides nothing (no guess by
    # code order, which gave 长春市's); the city written beside it decides
    assert by_name("朝阳区") is None
    assert by_name("朝阳区", frozenset({"北京"})).prefecture == "北京市"
    assert by_name("朝阳区", frozenset({"长春市"})).prefecture == "长春市"
    # other districts of one city, each a single place's name, decide too (海淀区 is only 北京市's; 南关区 only 长春市's)
    assert by_name("朝阳区", frozenset({"海淀区", "东城区"})).prefecture == "北京市"
    assert by_name("朝阳区", frozenset({"南关区"})).prefecture == "长春市"
    assert by_name("朝阳区", frozenset({"鼓楼区"})) is None  # a district name of six cities decides nothing
    # a name of two levels is not ambiguous: the higher level is taken, as before
    assert by_name("吉林").level == "province"


def test_a_district_page_that_never_names_its_city_has_no_place():
    text = "关于办理人口调控议案情况的报告\n朝阳区人民政府副区长\n到2015年，全区常住人口控制在380万人以内。朝阳区将继续疏解人口。"
    assert {entity for _, entity, _, _ in rows(text)} == {"unknown"}
    assert {entity for _, entity, _, _ in rows(text.replace("朝阳区人民政府", "北京市朝阳区人民政府"))} == {"北京市朝阳区"}
