"""How real plans and reports state numbers that the extractor once missed (issue #19, part 3): values in
words and idioms, values before their indicator or place, years and indicators stated a sentence
earlier, lists of cities, and the cells of county indicator tables. Each rule is tried on invented texts
in several variants (verbs, units, full-width digits and punctuation, traditional characters); the
texts have no manifest row, so place, period and cut-off are inferred as for any new text."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.extract.values import cell_note, is_value_cell, parse_cell
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def extract(text: str, name: str = "page.txt"):
    document = ingest_text(decode_bytes(text.encode("utf-8"), name), name)
    return extract_documents([document])


def rows(text: str, columns=("indicator", "entity", "year", "value", "qualifier", "kind")) -> list[tuple]:
    values = extract(text).indicators
    values = values[values["value"].notna()]
    return sorted((tuple(row) for row in values[list(columns)].itertuples(index=False)), key=str)


# --- the cells of a county's indicator table: a note in brackets, a long cell, a repeated header -------

def _flat_table(cells_by_row: list[list[str]], header: list[str], repeat_after: int | None = None, title: str = "某县人均预期寿命提升行动主要目标责任清单") -> str:
    lines = [title]
    lines += [f"{cell} |" for cell in header]
    for number, cells in enumerate(cells_by_row, start=1):
        if repeat_after is not None and number == repeat_after + 1:
            lines += [f"{cell} |" for cell in header]
        lines += [f"{cell} |" for cell in [str(number)] + cells]
    return "\n".join(lines) + "\n"


HEADER = ["序号", "指标名称", "单位", "2022年", "2025年", "2027年", "牵头单位", "责任单位"]
OFFICES = "县文旅广体局、县烟草局、市生态环境局分局、县农业农村局、县住建局、县城管局、县市场监管局、县发改局、县医保局、县民政局、县教育局等单位,各乡镇人民政府"


@pytest.mark.parametrize("bracket", [("(", ")"), ("（", "）")])
def test_a_table_cell_with_its_own_year_or_place_in_brackets(bracket):
    a, b = bracket
    text = "绥宁县人民政府办公室关于印发行动计划的通知\n" + _flat_table(
        [["人均预期寿命", "岁", f"78.2{a}2021年{b}", "≥79.2", "≥80", "县卫健局", OFFICES],
         ["总体癌症5年生存率", "%", f"35{a}邵阳市{b}", "≥38", "≥40", "县卫健局", "县疾控中心、县人民医院,各乡镇人民政府"],
         ["孕产妇死亡率", "/10万", "0", "持续改善", "持续改善", "县卫健局", "县妇计中心,各乡镇人民政府"]],
        HEADER,
    )
    got = rows(text)
    assert ("life_expectancy", "邵阳市绥宁县", 2021, 78.2, "none", "baseline") in got
    assert ("life_expectancy", "邵阳市绥宁县", 2025, 79.2, "ge", "target") in got
    assert ("cancer_5yr_survival_rate", "邵阳市", 2022, 35.0, "none", "baseline") in got
    assert ("cancer_5yr_survival_rate", "邵阳市绥宁县", 2027, 40.0, "ge", "target") in got
    assert ("mmr", "邵阳市绥宁县", 2022, 0.0, "none", "baseline") in got
    assert len(got) == 7


def test_a_flattened_table_goes_on_after_its_header_is_repeated():
    text = "某县人民政府办公室关于印发行动计划的通知\n" + _flat_table(
        [["人均预期寿命", "岁", "78.2", "≥79.2", "≥80", "县卫健局", OFFICES],
         ["婴儿死亡率", "‰", "3.64", "持续改善", "持续改善", "县卫健局", "县妇计中心"],
         ["5岁以下儿童死亡率", "‰", "6.07", "≤6", "≤5.5", "县卫健局", "县妇计中心"]],
        HEADER, repeat_after=2,
    )
    got = rows(text, ("indicator", "year", "value", "qualifier", "kind"))
    assert ("u5mr", 2022, 6.07, "none", "baseline") in got
    assert ("u5mr", 2027, 5.5, "le", "target") in got
    assert not [row for row in got if row[2] in (2022.0, 2025.0, 2027.0)]  # the repeated header's years are no values
    assert len(got) == 7


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("78.2(2021年)", ("78.2", 2021, "")), ("78.2（2021年数据）", ("78.2", 2021, "")), ("35(邵阳市)", ("35", None, "邵阳市")),
     ("≥95(全省)", ("≥95", None, "全省")), ("12.5（全国）", ("12.5", None, "全国")),
     ("35(预计)", ("35(预计)", None, "")), ("2020年(全市)", ("2020年(全市)", None, "")), ("人口(万人)", ("人口(万人)", None, ""))],
)
def test_the_note_of_a_cell(cell, expected):
    assert cell_note(cell) == expected


def test_a_cell_with_a_note_is_a_value_cell_and_a_year_heading_is_not():
    assert is_value_cell("78.2(2021年)") and is_value_cell("35(邵阳市)")
    assert not is_value_cell("2022年(全市)")
    assert parse_cell("≥79.2(2024年)").qualifier == "ge" and parse_cell("≥79.2(2024年)").number == 79.2
    assert not parse_cell("78.2(2021年)").garbled


# --- 城市人口(规模): the city proper; 均 gives a value to each place of a list --------------------------

EACH = [
    ("同时，石家庄市、唐山市将壮大规模，建成省域中心城市，到2015年城市人口规模均达到300万人以上。到2020年均达到500万人以上，成为重要增长极。",
     [("pop_city_proper", "唐山市", 2015, 300.0, "above", "target"), ("pop_city_proper", "唐山市", 2020, 500.0, "above", "target"),
      ("pop_city_proper", "石家庄市", 2015, 300.0, "above", "target"), ("pop_city_proper", "石家庄市", 2020, 500.0, "above", "target")]),
    # traditional characters, full-width digits, 和, another verb
    ("洛陽市和開封市到２０２０年城市人口均超過２００萬人。",
     [("pop_city_proper", "开封市", 2020, 200.0, "gt", "target"), ("pop_city_proper", "洛阳市", 2020, 200.0, "gt", "target")]),
    # an urbanisation rate of each city, 均为, with 及
    ("到2025年，兰州市及白银市常住人口城镇化率均为70%左右。",
     [("urbanization_resident", "兰州市", 2025, 70.0, "approx", "target"), ("urbanization_resident", "白银市", 2025, 70.0, "approx", "target")]),
]


@pytest.mark.parametrize(("text", "expected"), EACH)
def test_each_place_of_a_list_has_the_value_after_jun(text, expected):
    assert rows(text) == expected


def test_jun_without_a_list_of_places_gives_one_value():
    got = rows("到2020年，石家庄市城市人口规模均达到500万人以上。")
    assert got == [("pop_city_proper", "石家庄市", 2020, 500.0, "above", "target")]


def test_a_list_before_another_place_is_not_the_values_places():
    # the list names the cities; the value is the province's (a place named after the list)
    got = rows("石家庄市、唐山市加快发展。到2020年，河北省城镇化率均达到60%。")
    assert [row[1] for row in got] == ["河北省"]


def test_the_next_sentence_without_jun_is_not_carried():
    got = rows("石家庄市、唐山市到2015年城市人口规模均达到300万人以上。到2020年达到500万人以上。")
    assert ("pop_city_proper", "石家庄市", 2015, 300.0, "above", "target") in got
    assert not [row for row in got if row[3] == 500.0 and row[1] in ("石家庄市", "唐山市")]


# --- a population stated before what its people are: living in cities, of whom a share, resident ------

SUBJECT_AFTER = [
    ("到2030年，全省城镇化水平提高到70%。届时安徽将有5100万人生活在城市。",
     [("pop_urban", "安徽省", 2030, 5100.0, "none", "target"), ("urbanization_resident", "安徽省", 2030, 70.0, "none", "target")]),
    # traditional characters, full-width digits, 居住在城镇, 亿
    ("到２０３５年，全國將有約10億人居住在城鎮。",
     [("pop_urban", "中国", 2035, 10.0, "approx", "target")]),
    ("到2020年，浙江的城市化水平达到72%，即5800万人中有72%在城市里生活，城里人在4100万—4200万之间。",
     [("pop_resident", "浙江省", 2020, 5800.0, "none", "target"), ("pop_urban", "浙江省", 2020, 4150.0, "range", "target"),
      ("urbanization_resident", "浙江省", 2020, 72.0, "none", "target"), ("urbanization_resident", "浙江省", 2020, 72.0, "none", "target")]),
    ("沈阳市城市总体规划提出：2020年，1130萬人常住沈城。", [("pop_resident", "沈阳市", 2020, 1130.0, "none", "target")]),
    ("上海市城市总体规划提出，到2035年约2500万人常住上海。", [("pop_resident", "上海市", 2035, 2500.0, "approx", "target")]),
    ("2010年末，浙江的城市化水平是59%，算下来，城里人大约3050万。",
     [("pop_urban", "浙江省", 2010, 3050.0, "approx", "baseline"), ("urbanization_resident", "浙江省", 2010, 59.0, "none", "baseline")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_AFTER)
def test_a_population_stated_before_what_its_people_are(text, expected):
    got = rows(text)
    assert [row[:2] + row[3:] for row in got] == [row[:2] + row[3:] for row in expected]
    assert all(row[2] == want[2] for row, want in zip(got, expected) if want[2] is not None)


@pytest.mark.parametrize(
    "text",
    ["到2020年，约有100万人在城市之间流动。", "2020年，全市有120万人参加城镇职工养老保险。", "到2025年，将有50万人常住农村地区。"],
)
def test_people_doing_something_else_are_no_population(text):
    assert rows(text) == []


# --- 分别由a、b降至c、d: two lists of one transition; a rate per 100 000 written 8.2/ 10万 --------------

TRANSITION_LISTS = [
    ("“十三五”期间，全省婴儿死亡率和5岁以下儿童死亡率分别由4.77‰、6.03‰降至3.71‰、4.57‰。",
     [("imr", 2015, 4.77), ("imr", 2020, 3.71), ("u5mr", 2015, 6.03), ("u5mr", 2020, 4.57)]),
    # traditional characters, full-width digits, 从…提高到, three items
    ("“十三五”期間，全省人均預期壽命、居民健康素養水平、經常參加體育鍛煉人數比例分別從７８歲、１０％、３０％提高到７９歲、２０％和３５％。",
     [("health_literacy_rate", 2015, 10.0), ("health_literacy_rate", 2020, 20.0), ("life_expectancy", 2015, 78.0),
      ("life_expectancy", 2020, 79.0), ("regular_exercise_share", 2015, 30.0), ("regular_exercise_share", 2020, 35.0)]),
    ("2010—2015年，全市出生率、死亡率分别由12‰、6‰下降到11‰和5.5‰。",
     [("birth_rate", 2010, 12.0), ("birth_rate", 2015, 11.0), ("death_rate", 2010, 6.0), ("death_rate", 2015, 5.5)]),
]


@pytest.mark.parametrize(("text", "expected"), TRANSITION_LISTS)
def test_two_lists_of_one_transition_after_fenbie(text, expected):
    assert rows(text, ("indicator", "year", "value")) == expected


@pytest.mark.parametrize("written", ["8.2/ 10万", "8.2/ 10萬", "8.2 /10万", "８.２/ 10万"])
def test_a_rate_per_100000_with_a_space_is_one_value(written):
    text = f"到2025年，孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别降至{written}、3.3‰和4.0‰。"
    assert rows(text, ("indicator", "year", "value")) == [("imr", 2025, 3.3), ("mmr", 2025, 8.2), ("u5mr", 2025, 4.0)]


# --- years after the page's date: 五年后, 10年之后 --------------------------------------------------------

def _page(text: str, date: str = "2010-08-20") -> str:
    return f"发布时间：{date}\n{text}\n"


@pytest.mark.parametrize(
    ("words", "year"), [("五年后", 2015), ("5年后", 2015), ("５年之后", 2015), ("十年后", 2020), ("两年后", 2012), ("十五年后", 2025)],
)
def test_years_after_the_pages_date_are_a_goal_year(words, year):
    text = _page(f"根据河北省《关于加快城市化进程的实施意见》，该省城镇人口{words}将由2010年的3186万人增加到4100万人，城市化率由2010年的45%提高到54%。")
    got = rows(text, ("indicator", "year", "value"))
    assert ("pop_urban", year, 4100.0) in got and ("urbanization_resident", year, 54.0) in got
    assert ("pop_urban", 2010, 3186.0) in got


@pytest.mark.parametrize("words", ["五年内", "2020年后", "近五年来"])
def test_other_spans_are_no_year_after_the_page(words):
    text = _page(f"到2020年，全省城镇人口{words}达到5000万人。")
    got = rows(text, ("indicator", "year", "value"))
    assert got == [("pop_urban", 2020, 5000.0)]


# --- numbers in words: 不过亿, 破亿, 两千万, 达到两人; a count before its population word ----------------------

@pytest.mark.parametrize(
    ("written", "read"),
    [("不过亿", "不超过10000万"), ("破亿", "突破10000万"), ("过亿", "突破10000万"), ("突破亿", "突破10000万"), ("超亿", "超过10000万"),
     ("逾亿", "超过10000万"), ("不过千万", "不超过1000万"), ("两千万人", "2000万人"), ("三百万以上", "300万以上"), ("两亿人", "2亿人"),
     ("达到两人", "达到2人"), ("增至三名", "增至3名")],
)
def test_numbers_in_words_are_read_in_digits(written, read):
    from analysis.ingest.normalize import normalize_line

    line = normalize_line(f"全省人口{written}。")
    assert line.text == f"全省人口{read}。"
    assert line.original_text(0, len(line.text)) == f"全省人口{written}。"


@pytest.mark.parametrize("text", ["票房破亿元", "投资超亿元", "达到两人口", "第一亿人", "达到两人次"])
def test_words_that_are_no_population_count_stay(text):
    from analysis.ingest.normalize import normalize_line

    assert normalize_line(text).text == text


WORDS = [
    ("到2020年，安徽省每万人口全科医生数达到两人。", [("gps_per_10k", "安徽省", 2020, 2.0, "none", "target")]),
    ("到2030年，全省常住人口不過億。", [("pop_resident", "unknown", 2030, 10000.0, "le", "target")]),
    ("到２０３５年，广东省常住人口破亿。", [("pop_resident", "广东省", 2035, 10000.0, "gt", "target")]),
    ("到2030年，全国总人口将达到十四亿五千万左右，城镇人口两千万人以上的省份增多。", []),
    ("到2025年，为温州市冲刺万亿级GDP、千万级常住人口的“双万”目标提供动力。", [("pop_resident", "温州市", 2025, 1000.0, "ge", "target")]),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_values_written_in_words(text, expected):
    assert rows(text) == expected


POVERTY = [
    ("陕西省国民经济和社会发展第十三个五年规划纲要提出，到2020年，陕西331万贫困人口全部脱贫。",
     [("pop_poverty", "陕西省", 2015, 331.0, "none", "baseline")]),
    # traditional characters, 农村贫困人口, 实现脱贫, full-width digits
    ("某省“十三五”規劃綱要提出，到2020年，現行標準下全省３３１萬農村貧困人口實現脫貧。",
     [("pop_poverty", "unknown", 2015, 331.0, "none", "baseline")]),
    # a flow stays a flow: people lifted out each year
    ("“十三五”时期，全省农村贫困人口脱贫年均在30万人。", []),
]


@pytest.mark.parametrize(("text", "expected"), POVERTY)
def test_the_poor_population_a_plan_lifts_out_of_poverty_is_the_base_years(text, expected):
    assert rows(text) == expected


def test_people_lifted_out_over_a_period_are_no_stock():
    assert rows("采取多种措施确保 2016 到 2020 年，全市累计完成现行标准 3.1 万贫困人口实现脱贫。") == []


# --- the seventh collection's development plans: lost signs, shared heads, lead-ins, glued periods ------

LOST_SIGNS = [
    ("2010年末，全省常住人口出生率为12.70，自然增长率为6.75。",
     [("birth_rate", 2010, 12.7, "‰"), ("natural_growth_rate", 2010, 6.75, "‰")]),
    ("2006—2010年末，婴儿死亡率由23.56下降到10.70。", [("imr", 2006, 23.56, "‰"), ("imr", 2010, 10.7, "‰")]),
    ("到2020年，天津市城镇化水平达到90。", [("urbanization_resident", 2020, 90.0, "%")]),
    # traditional characters and full-width digits
    ("２０１０年末，全省人口出生率為１２.７０。", [("birth_rate", 2010, 12.7, "‰")]),
]


@pytest.mark.parametrize(("text", "expected"), LOST_SIGNS)
def test_a_rate_whose_page_lost_its_sign(text, expected):
    assert rows(text, ("indicator", "year", "value", "unit")) == expected


@pytest.mark.parametrize(
    "text",
    ["2010年末，全省人口出生率为80。", "到2020年，城镇化率达到120。", "2010年末，出生率连续3年下降。", "2010年末，出生率为12.7万人。"],
)
def test_numbers_a_rate_cannot_have_stay_unread(text):
    assert [row for row in rows(text, ("indicator", "value")) if row[0] in ("birth_rate", "urbanization_resident")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("到2010年，高中和高等教育毛入学率分别达到75%和27%左右。",
      [("higher_edu_enrolment", 2010, 27.0, "approx"), ("upper_secondary_enrolment", 2010, 75.0, "approx")]),
     ("到2010年，高中和高等教育毛入學率分別達到７５％和２７％。",
      [("higher_edu_enrolment", 2010, 27.0, "none"), ("upper_secondary_enrolment", 2010, 75.0, "none")])],
)
def test_items_of_a_list_share_the_last_items_head(text, expected):
    assert rows(text, ("indicator", "year", "value", "qualifier")) == expected


@pytest.mark.parametrize("lead", ["湖南省“十一五”经济社会发展的主要目标是：", "湖南省“十一五”经济社会发展的主要目标是", "全省「十一五」主要指标如下"])
def test_a_lead_in_naming_a_five_year_period_dates_the_goals_below(lead):
    text = f"2006年01月18日 潇湘晨报\n{lead}\n4.公共服务。全面普及九年义务教育，高等教育毛入学率达到27%左右。\n"
    assert rows(text, ("indicator", "year", "value", "kind")) == [("higher_edu_enrolment", 2010, 27.0, "target")]


@pytest.mark.parametrize(
    ("words", "year"), [("经过5年的努力", 2029), ("再经过五年努力", 2029), ("经过十年的奋斗", 2034)],
)
def test_years_of_effort_after_the_pages_date(words, year):
    text = _page(f"{words}，全省常住人口城镇化率提升至66%左右。", "2024-12-20")
    assert rows(text, ("indicator", "year", "value")) == [("urbanization_resident", year, 66.0)]


def test_two_years_glued_by_a_lost_dash_are_a_period():
    from analysis.ingest.normalize import normalize_line

    assert normalize_line("20062010年，婴儿死亡率").text == "2006~2010年,婴儿死亡率"
    assert normalize_line("20102006年").text == "20102006年"
    assert normalize_line("编号201020061年").text == "编号201020061年"


POPULATION_WORDS = [
    ("2004年末，广西居住在城镇的人口有1550万人，占总人口的比重已达到31.7%，居住在乡村的人口为3339万人，占68.3%。",
     [("pop_rural", 2004, 3339.0), ("pop_urban", 2004, 1550.0), ("share_rural", 2004, 68.3), ("urbanization_resident", 2004, 31.7)]),
    ("2010年末，全省出生人口政策符合率保持在90%左右。", [("family_planning_rate", 2010, 90.0)]),
]


@pytest.mark.parametrize(("text", "expected"), POPULATION_WORDS)
def test_wordings_of_development_plans(text, expected):
    assert rows(text, ("indicator", "year", "value")) == expected


BIRTHS_AND_INCREASE = [
    ("“十二五”期间，全省人口出生预计每年仍在120万—130万人，自然增长在60万—70万人。",
     [("births", 2015, 125.0, "range"), ("natural_increase", 2015, 65.0, "range")]),
    ("2010年末，全省人口出生约95万人，人口自然增长40.5万人。", [("births", 2010, 95.0, "approx"), ("natural_increase", 2010, 40.5, "none")]),
    ("到2015年，全省15岁以上国民平均受教育年限达到9.3年以上。", [("edu_years_15plus", 2015, 9.3, "above")]),
]


@pytest.mark.parametrize(("text", "expected"), BIRTHS_AND_INCREASE)
def test_births_natural_increase_and_schooling_wordings(text, expected):
    assert rows(text, ("indicator", "year", "value", "qualifier")) == expected


@pytest.mark.parametrize("text", ["2010年末，全省出生缺陷发生率为2.1%。", "2010年末，全省出生在1990年以后的人口有2000万人。"])
def test_other_words_with_chusheng_are_no_births(text):
    assert [row for row in rows(text, ("indicator", "value")) if row[0] == "births"] == []


# --- percentages and counts in Chinese numerals: 百分之六十, 千分之七点五, 七千六百万人, 七十八岁 ----------------

NUMERALS = [
    ("到二〇二〇年，全省常住人口城镇化率达到百分之六十左右。", [("urbanization_resident", 2020, 60.0, "approx")]),
    ("到2020年，人口自然增长率控制在千分之七点五以内。", [("natural_growth_rate", 2020, 7.5, "le")]),
    ("到2020年，全省总人口控制在七千六百万人以内，人均预期寿命达到78岁。",
     [("life_expectancy", 2020, 78.0, "none"), ("pop_resident", 2020, 7600.0, "le")]),
    # traditional characters
    ("到2020年，全省常住人口城鎮化率達到百分之六十，總人口七千零五十萬人。",
     [("pop_resident", 2020, 7050.0, "none"), ("urbanization_resident", 2020, 60.0, "none")]),
    ("到2030年，全国总人口达到十四点五亿人左右。", [("pop_resident", 2030, 14.5, "approx")]),
]


@pytest.mark.parametrize(("text", "expected"), NUMERALS)
def test_numbers_in_chinese_numerals(text, expected):
    assert rows(text, ("indicator", "year", "value", "qualifier")) == expected


@pytest.mark.parametrize(("written", "read"), [("百分之百", "100%"), ("百分之60", "60%"), ("一点五亿人", "1.5亿人"), ("一千零五十万", "1050万")])
def test_chinese_numerals_read_and_traced(written, read):
    from analysis.ingest.normalize import normalize_line

    line = normalize_line(written)
    assert line.text == read and line.original_text(0, len(line.text)) == written


@pytest.mark.parametrize("text", ["千万不要放松", "“十三五”期间", "第十三万名", "十几万人", "数十万人", "万一出现", "六十岁及以上", "人均预期寿命七十八岁"])
def test_words_that_are_not_numbers_stay(text):
    from analysis.ingest.normalize import normalize_line

    assert normalize_line(text).text == text.replace("“", "“")


# --- a value written as the attribute of its indicator: 82.40岁的人均期望寿命 ------------------------------------

ATTRIBUTE = [
    ("2021年，宁波以82.40岁的人均期望寿命位居全省第一。", [("life_expectancy", "宁波市", 2021, 82.4)]),
    ("2020年，全省以60.5%的常住人口城镇化率居全国第十位。", [("urbanization_resident", "unknown", 2020, 60.5)]),
    # traditional characters, full-width digits
    ("２０２１年，寧波以８２.４０歲的人均期望壽命位居全省第一。", [("life_expectancy", "宁波市", 2021, 82.4)]),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTE)
def test_a_value_written_as_the_attribute_of_its_indicator(text, expected):
    assert rows(text, ("indicator", "entity", "year", "value")) == expected


@pytest.mark.parametrize("text", ["2020年，超过50%的临界点。", "2020年末，全省有10%的城镇人口。", "2020年末，全省65岁的老人有10万人。", "2020年，3.5的总和生育率。"])
def test_an_attribute_without_its_unit_or_of_a_count_stays_unread(text):
    assert rows(text, ("indicator", "value")) == []


@pytest.mark.parametrize("text, expected", [
    # a modal verb between 不 and the comparator leaves it negated: a ceiling (≤), never 超过's floor
    ("到2020年，全市常住人口不要超过1800万人。", ("pop_resident", "1800", "le")),
    ("到2020年，全市常住人口不得超過1800萬人。", ("pop_resident", "1800", "le")),
    ("到2025年，全省常住人口不宜超过５２００万人。", ("pop_resident", "5200", "le")),
    ("到2025年，全市出生人口性别比不应高于110。", ("srb", "110", "le")),
    # a crossing negated with a modal verb: not past the number (不得突破, 不能突破, 不应超)
    ("到2030年，全省常住人口不得突破6800万人。", ("pop_resident", "6800", "le")),
    ("到2025年，全市常住人口不宜突破1300万人。", ("pop_resident", "1300", "le")),
    ("到2025年，全市常住人口不应超430万人。", ("pop_resident", "430", "le")),
    # and a floor the other way round
    ("到2025年，全市人均预期寿命不得低于80岁。", ("life_expectancy", "80", "ge")),
    ("到2020年，全市常住人口不能少于600万人。", ("pop_resident", "600", "ge")),
])
def test_a_comparator_negated_with_a_modal_verb_is_the_plain_negation(text, expected):
    found = {(r[0], f"{r[3]:g}", r[4]) for r in rows(text)}
    assert expected in found
    assert not any(q in {"gt", "lt"} for _, _, q in found)
