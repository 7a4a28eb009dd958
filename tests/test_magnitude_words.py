"""Round population levels written as a magnitude word with no digit (破百万, 近亿, 迈入千万级, 不过亿), a one-character
comparator before a number (近600万), and the population total such a value is of when its clause names no indicator
(a sentence about the population, or the one after it; a headline that announces a population plan); a level stated as
the attribute of a place named after it (在常住人口不足2000万的北京). All texts are invented; each rule is tried in several
variants, and words that only look like such values (money, other units, counts of things, size classes of cities,
idioms) stay unread."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.extract.values import find_values
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text
from analysis.ingest.normalize import normalize_line


def extract(text: str, name: str = "page.txt"):
    document = ingest_text(decode_bytes(text.encode("utf-8"), name), name)
    return extract_documents([document])


def rows(text: str, columns=("indicator", "year", "value", "qualifier", "kind")) -> list[tuple]:
    values = extract(text).indicators
    values = values[values["value"].notna()]
    return sorted((tuple(row) for row in values[list(columns)].itertuples(index=False)), key=str)


PLAN = "江海市人口发展规划（2021—2030年）\n"


# --- a magnitude word as the value, after a comparator or a verb of reaching --------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2030年，全市常住人口突破百万。", (100.0, "gt")),
        ("到2030年，全市常住人口力争破百万。", (100.0, "gt")),
        ("到2030年，全市常住人口超百万。", (100.0, "gt")),
        ("到2030年，全市常住人口逾百万人。", (100.0, "gt")),
        ("到2030年，全市常住人口不超过百万人。", (100.0, "le")),
        ("到2030年，全市常住人口达到千万。", (1000.0, "none")),
        ("到2030年，全市常住人口达百万，", (100.0, "none")),
        ("到2030年，全市常住人口迈入千万级。", (1000.0, "ge")),
        ("到2030年，全市常住人口近千万。", (1000.0, "below")),
        ("到2030年，全市常住人口接近千万人。", (1000.0, "below")),
        ("到2030年，全市常住人口将近亿。", (10000.0, "below")),
        ("到2030年，全市常住人口近600万。", (600.0, "below")),  # 近 before a number in digits
        ("到２０３０年，全市常住人口突破百萬。", (100.0, "gt")),  # full-width digits, a traditional character
    ],
)
def test_a_magnitude_word_after_a_comparator_or_a_verb_of_reaching(sentence, expected):
    got = rows(PLAN + sentence)
    assert got == [("pop_resident", 2030, *expected, "target")]


def test_a_hundred_million_is_ten_thousand_wan_and_a_floor_of_a_million_before_the_population():
    assert normalize_line("全省常住人口近亿").text == "全省常住人口近10000万"
    assert normalize_line("百万级常住人口").text == "不低于100万级常住人口"
    assert normalize_line("百万级人口城市").text == "百万级人口城市"  # a size class of cities
    assert rows(PLAN + "到2030年，冲刺百万级常住人口的目标。") == [("pop_resident", 2030, 100.0, "ge", "target")]


def test_near_is_a_ceiling_only_before_a_count_in_wan_or_yi():
    assert [(v.text, v.qualifier, v.high) for v in find_values("常住人口近600万")] == [("近600万", "below", 600.0)]
    assert [v.qualifier for v in find_values("近5年来")] == ["none"]  # a span: 近 stays out of the value
    assert [v.text for v in find_values("增长近9%")] == ["9%"]


# --- the population total, when the clause names no indicator -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence about the population's births and growth, a goal with no indicator of its own
        ("河川省人口工作会议召开\n会议提出，2020年起全省人口出生率控制在12‰以内，实现2030年不过亿即回落的目标。",
         ("pop_resident", 2030, 10000.0, "le", "target")),
        # the previous sentence names the total; the next has only a year, a modal verb and the value
        ("江海市人口发展规划（2021—2035年）\n全市常住人口稳步增长。到2035年力争突破千万！",
         ("pop_resident", 2035, 1000.0, "gt", "target")),
        # how many people a place will have, asked; 这个数字 refers back to it
        ("江海市人口预测报告发布\n报告分析了人口变化的趋势。到2030年，江海市会有多少人？报告预测，这个数字可能会超800万！",
         ("pop_resident", 2030, 800.0, "gt", "projection")),
        ("江海市人口预测报告发布\n报告分析了人口变化的趋势。到2030年，江海市会有多少人？研究者认为，这一数字或将逾千万。",
         ("pop_resident", 2030, 1000.0, "gt", "projection")),
    ],
)
def test_a_bounded_count_without_an_indicator_in_a_sentence_about_the_population(text, expected):
    assert expected in rows(text)


def test_a_headline_that_announces_a_population_plan_gives_its_bare_value_to_the_population():
    text = "目标破千万！江海市人口规划出炉！\n江海市人民政府印发《江海市人口发展规划》，到2030年全市常住人口突破千万，达到1010万人。\n"
    got = rows(text, ("line", "indicator", "year", "value", "qualifier", "kind"))
    assert (1, "pop_resident", 2030, 1000.0, "gt", "target") in got  # dated by the body


@pytest.mark.parametrize(
    "sentence",
    [
        "全市常住人口稳步增长。全市手机用户过亿，",  # a subject of its own: users
        "全市常住人口稳步增长。全市接待游客突破千万。",  # visitors (pop_tourist in the codebook), never the residents
        "全市常住人口稳步增长。全国人口过千万的城市有17个。",  # a size class of cities
        "全市常住人口稳步增长。预计到2030年将达到千万。",  # no comparator: a plain figure needs its indicator
        "全市常住人口稳步增长。全市经济总量将破千亿。",  # not a population magnitude
    ],
)
def test_no_population_total_from_a_clause_with_a_subject_of_its_own_or_without_a_bound(sentence):
    # the same text's stated level is read: the test cannot pass on a text that yields nothing
    got = rows(PLAN + "2020年末，全市常住人口为720万人。\n到2030年，" + sentence)
    assert [row for row in got if row[0] == "pop_resident"] == [("pop_resident", 2020, 720.0, "none", "baseline")]


def test_no_population_total_in_a_sentence_not_about_the_population():
    got = rows(PLAN + "2020年末，全市常住人口为720万人。\n全市经济持续发展。到2030年，有望突破百万。")
    assert got == [("pop_resident", 2020, 720.0, "none", "baseline")]


# --- a level as the attribute of a place named after it ------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "place", "value", "qualifier"),
    [
        ("在常住人口不足2000万的北京，一年增加的人口就有60万。", "北京市", 2000.0, "lt"),
        ("在常住人口超过2400万的上海，人口老龄化更快。", "上海市", 2400.0, "gt"),
        ("而在城镇化率超过70%的广东，农村人口还在减少。", "广东省", 70.0, "gt"),
    ],
)
def test_a_level_of_a_place_named_after_its_de_is_that_places_level_now(sentence, place, value, qualifier):
    text = "江苏省城镇体系规划解读\n2010年末，全省常住人口为7869万人。" + sentence
    got = rows(text, ("entity", "year", "value", "qualifier", "kind"))
    assert (place, 2010, value, qualifier, "baseline") in got


def test_an_attributive_bound_before_no_one_place_stays_unread():
    text = "江苏省城镇体系规划解读\n2010年末，全省常住人口为7869万人。常住人口超过1000万的城市越来越多，北京等城市人口增长放缓。"
    got = rows(text, ("entity", "value"))
    assert got == [("江苏省", 7869.0)]


# --- words that only look like such values ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "全市地区生产总值破亿元，旅游收入超千万元。",  # money
        "全市接待游客过亿人次，客运量近亿人次。",  # visits
        "全市粮食产量超千万吨，新建住房近千万平方米。",  # other units
        "全市手机用户过亿部，",  # a count of things
        "千万不要忽视人口问题，千万别松懈。",  # idioms
        "惠及亿万人民和千千万万家庭。",
        "全国千万人口城市有17个，百万级人口城市有20个。",  # size classes of cities
        "全国已有多个城市进入“千万人口城市俱乐部”。",
        "近5年来，全市常住人口增长较快。",  # a span
        "全市经济总量迈入万亿级，财政收入突破千亿。",  # 万亿, 千亿: money
        "城区常住人口1000万以上为超大城市，特大城市城区人口近千万。",  # the city-size classes of the national standard
    ],
)
def test_magnitude_words_that_are_no_population_level_stay_unread(sentence):
    got = rows(PLAN + "到2030年，全市常住人口达到800万人。" + sentence)
    assert got == [("pop_resident", 2030, 800.0, "none", "target")]


# --- a size class joined by one named place, not by several ------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    ["到2030年，江海市将成为千万级人口城市。", "到2030年，江海市进入千万人口城市俱乐部。", "到2030年，江海市迈入千万级常住人口城市行列。"],
)
def test_one_place_joining_a_size_class_reaches_that_size(sentence):
    assert rows(PLAN + sentence) == [("pop_resident", 2030, 1000.0, "ge", "target")]


@pytest.mark.parametrize(
    "sentence",
    ["全国已有多个城市进入千万人口城市俱乐部。", "全国17个城市迈入千万级人口城市行列。", "一批城市成为千万级人口城市。"],
)
def test_several_places_joining_a_size_class_state_no_level(sentence):
    got = rows(PLAN + "到2030年，全市常住人口达到800万人。" + sentence)
    assert got == [("pop_resident", 2030, 800.0, "none", "target")]


def test_this_figure_refers_back_to_the_indicator_named_before_and_is_quoted_from_its_own_clause():
    text = ("江海市人口预测报告发布\n2010年末，全市常住人口为450万。到2020年，江海市会有多少人？相信很多人对此感兴趣。"
            "报告大胆预测，这个数字可能会超600万！")
    got = rows(text, ("indicator", "year", "value", "qualifier", "kind", "quote"))
    assert ("pop_resident", 2020, 600.0, "gt", "projection", "这个数字可能会超600万") in got


@pytest.mark.parametrize(
    "text",
    [
        # the subject is named in an earlier clause of the sentence: cars, firms, not the residents of the sentence before
        "某县统计局\n2020年末，全县常住人口为86万人。全县常住人口稳步增长。全县机动车保有量增长较快，到2027年将超过150万。",
        "某县统计局\n2020年末，全县常住人口为86万人。全县常住人口持续增长。全县市场主体数量增长较快，2026年力争突破20万。",
        # a plan's title is no population sentence for the body's first line
        "清河县人口发展规划（2021—2035年）\n2020年末，全县常住人口为86万人。\n全县注册企业数量增长较快，2030年力争突破10万。",
    ],
)
def test_no_population_total_when_an_earlier_clause_names_another_subject(text):
    got = rows(text)
    assert got == [("pop_resident", 2020, 86.0, "none", "baseline")]


@pytest.mark.parametrize("words", ["未破百万", "尚未突破百万", "不破百万", "还未突破50万", "没有超过50万", "未突破千万"])
def test_a_negated_crossing_is_a_ceiling(words):
    # not past the number: ≤ like 不超过, never 突破's floor
    values = find_values(normalize_line("2019年全区常住人口" + words + "。").text)
    assert [(value.qualifier, value.low or value.number) for value in values][-1][0] == "le"


def test_a_level_not_yet_past_a_million_is_below_it():
    got = rows("某县统计局\n2019年末，全区常住人口尚未突破百万，为93.4万人。\n")
    assert sorted(got) == [("pop_resident", 2019, 93.4, "none", "baseline"), ("pop_resident", 2019, 100.0, "le", "baseline")]


@pytest.mark.parametrize(
    "sentence",
    [
        "洛阳进入千万人口城市俱乐部，对本市形成竞争。",  # news of another city: no goal of this plan's year
        "全国已有18个城市迈入千万人口城市行列，长沙、合肥先后进入千万人口城市俱乐部。",  # several places, one after another
    ],
)
def test_joining_a_size_class_without_a_year_or_a_future_is_no_goal(sentence):
    got = rows(PLAN + "到2030年，全市常住人口控制在850万人以内。" + sentence)
    assert got == [("pop_resident", 2030, 850.0, "le", "target")]


@pytest.mark.parametrize("sentence", ["到2028年，全县常住人口将进入百万人口大县行列。", "到2028年，清河县将跻身百万人口大县。"])
def test_joining_a_class_of_counties_is_at_least_its_size(sentence):
    # like 迈入千万级: ≥ the class's size, not the size itself
    assert [row[:4] for row in rows("某县规划\n" + sentence)] == [("pop_resident", 2028, 100.0, "ge")]


def test_a_questions_topic_is_kept_past_a_clause_that_describes_it():
    # the topic a question names (not a sentence that merely named an indicator) goes on past 处于很低水平
    text = "某县人口规划解读\n日期:2022-03-01\n三、总和生育率目标是多少？\n答：当前全县生育水平偏低，处于很低水平，为1.05。\n"
    assert [row[0] for row in rows(text)] == ["tfr"]


@pytest.mark.parametrize(
    "sentence",
    [
        "全县常住人口持续增加，全县财政总收入达到85亿元，到2026年力争突破100亿。",  # the bare 亿 goes on with 亿元
        "全县人口总量持续增长，宽带用户已达36万户，明年预计超过40万。",  # the bare 万 goes on with 万户
        "全县常住人口稳步增长，个体工商户数量不断增加，截至2021年底已超过12万。",  # another count named before it
    ],
)
def test_a_bare_wan_or_yi_after_another_count_is_not_the_population(sentence):
    got = rows("某县统计局\n2021年末，全县常住人口为78万人。\n" + sentence)
    assert got == [("pop_resident", 2021, 78.0, "none", "baseline")]


def test_a_clause_about_the_growth_rate_keeps_the_population_as_subject():
    # 增速有所放缓 names no other count: the figure after it is still the population's
    assert [row[:3] for row in rows("某县统计局\n全县常住人口持续增长，增速有所放缓，2021年达到79万。")] == [("pop_resident", 2021, 79.0)]
