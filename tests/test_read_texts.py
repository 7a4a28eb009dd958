"""The helper that reads texts given as strings (`analysis.extract.stage.read_texts`, brief lf): every name a key, the
columns asked for, year as int or None, value rounded. Every text is invented."""

from __future__ import annotations

from analysis.extract.stage import TEXT_COLUMNS, read_texts


def test_every_text_is_read_in_one_call_under_its_name():
    texts = {"plan": "某某市人口发展规划（2021—2025年）\n到2025年，全市常住人口达到520万人。\n", "empty": "某某市人口发展规划（2021—2025年）\n加强组织领导。\n"}
    got = read_texts(texts)
    assert list(got) == ["plan", "empty"]
    assert got["empty"] == []
    assert [row[0] for row in got["plan"]] == ["pop_resident"]
    assert len(got["plan"][0]) == len(TEXT_COLUMNS)
    indicator, _, year, value, qualifier, kind = got["plan"][0]
    assert (indicator, year, value, qualifier, kind) == ("pop_resident", 2025, 520.0, "none", "target")
    assert type(year) is int and type(value) is float


def test_the_columns_asked_for_in_their_order():
    got = read_texts({"a": "某某市人口发展规划（2021—2025年）\n到2025年，全市常住人口达到520万人。\n"}, ("line", "value_text", "year"))
    assert got["a"] == [(2, "520万人", 2025)]
    assert type(got["a"][0][0]) is int
