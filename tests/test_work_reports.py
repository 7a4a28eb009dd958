"""How government work reports, annual plans and health plans state their numbers (issue #19 part 3, the eighth
collection's development texts), on invented sentences: a work report's targets for its own year (今年, 本年) and
the next (明年), dated by the report's title or its dateline; the health plans' short names of beds and doctors per
1000 (千人床位数, 千人医生数); numbered goal items under a lead-in (到2020年将实现：); and 负 as a minus sign."""

from __future__ import annotations

import pytest

from analysis.codebook import load_codebook
from analysis.extract.meta import infer_meta, page_year
from analysis.extract.prose.reader import ProseValue, _dated_by_body
from analysis.extract.values import find_values
from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

COLUMNS = ["indicator", "entity", "year", "value", "kind", "qualifier"]


def extraction(text: str):
    return extract_documents([ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")])


def rows(text: str) -> list[tuple]:
    values = extraction(text).indicators
    return sorted(values[COLUMNS].itertuples(index=False, name=None))


def changes(text: str) -> list[tuple]:
    found = extraction(text).changes
    return sorted(found[["indicator", "year", "value", "unit_raw"]].itertuples(index=False, name=None))


# -- a work report's own year: 今年 is the year of its title (or of its dateline, which comes first) ------------

@pytest.mark.parametrize(("text", "expected"), [
    # the year in the title, the targets of 今年 after a lead-in
    ("2013年山东省政府工作报告\n今年全省经济社会发展的主要预期目标是：城镇登记失业率控制在4%以内，人口自然增长率控制在6‰以内。",
     [("natural_growth_rate", "山东省", 2013, 6.0, "target", "le"), ("unemployment_rate_registered", "山东省", 2013, 4.0, "target", "le")]),
    # the year after the title's name, in brackets; 本年, full-width digits
    ("山东省人民政府工作报告（2013年）\n本年全省人口自然增长率控制在６‰以内。",
     [("natural_growth_rate", "山东省", 2013, 6.0, "target", "le")]),
    # traditional characters; 明年 is the year after the report's
    ("2013年山東省政府工作報告\n明年全省人口自然增長率控制在6‰以內，常住人口達到9700萬人。",
     [("natural_growth_rate", "山东省", 2014, 6.0, "target", "le"), ("pop_resident", "山东省", 2014, 9700.0, "target", "none")]),
    # the value before its indicator's verb, 年度 in the title
    ("2015年度深圳市政府工作报告\n今年的主要预期目标：常住人口达到1150万人左右。",
     [("pop_resident", "深圳市", 2015, 1150.0, "target", "approx")]),
])
def test_the_title_year_of_a_work_report_is_its_today(text, expected):
    assert rows(text) == expected


def test_next_year_in_a_report_named_by_its_year():
    text = "2013年深圳市政府工作报告\n明年全市常住人口达到1100万人，人口自然增长率控制在10‰以内。"
    assert rows(text) == [
        ("natural_growth_rate", "深圳市", 2014, 10.0, "target", "le"),
        ("pop_resident", "深圳市", 2014, 1100.0, "target", "none"),
    ]


def test_a_dateline_comes_before_the_title_year():
    # 2011年拉萨市政府工作报告, adopted in December 2010: its 今年 is 2010
    text = "2011年拉萨市政府工作报告\n（2010年12月18日拉萨市人民代表大会通过）\n今年全市人口自然增长率控制在10.3‰以内。"
    assert rows(text) == [("natural_growth_rate", "拉萨市", 2010, 10.3, "target", "le")]


@pytest.mark.parametrize(("title", "year"), [
    ("2013年山东省政府工作报告", 2013),
    ("山东省政府工作报告（2013年）", 2013),
    ("2016年度某县人民政府工作报告", 2016),
    ("２０１３年山东省政府工作报告", 2013),  # full-width digits
    ("二〇一三年山东省政府工作报告", 2013),  # the year in Chinese numerals
    ("山东省2013年政府工作报告", 2013),
    ("山东省政府工作报告", None),  # no year: 今年 stays unknown (no guess)
    # an annual plan's report names two years: it is delivered in the draft's year, whose targets it sets (its 今年)
    ("关于2012年计划执行情况与2013年计划草案的报告", 2013),
    ("关于2012年国民经济和社会发展计划执行情况与2013年国民经济和社会发展计划草案的报告", 2013),
    ("我省2008社会发展计划草案", 2008),  # a year's plan named by its year, 年 left out
    ("2012年国民经济和社会发展计划执行情况", None),  # the execution alone: a review, no year of its own targets
    ("2013年某市人口发展规划", None),  # not a work report
])
def test_the_title_year_rule(title, year):
    document = ingest_text(decode_bytes((title + "\n今年的目标是：保持稳定。").encode("utf-8"), "page.txt"), "page.txt")
    assert page_year(document) == year


# -- health plans: beds, doctors and nurses per 1000 by their short names -------------------------------------

@pytest.mark.parametrize(("label", "code"), [
    ("千人床位数", "hospital_beds_per_1000"),
    ("每千人床位数", "hospital_beds_per_1000"),
    ("常住人口千人床位数", "hospital_beds_per_1000"),
    ("每千常住人口床位数", "hospital_beds_per_1000"),
    ("千人医生数", "doctors_per_1000"),
    ("每千人口医生数", "doctors_per_1000"),
    ("千人护士数", "nurses_per_1000"),
    ("人均期望寿命", "life_expectancy"),
    # 拥有 inside the name (每千人口拥有…), and 五岁 in words
    ("每千人口拥有医疗卫生机构床位数", "hospital_beds_per_1000"),
    ("每千人拥有床位数", "hospital_beds_per_1000"),
    ("每千人口拥有执业医师", "doctors_per_1000"),
    ("千人口执业医师数", "doctors_per_1000"),
    ("每千人拥有医生数", "doctors_per_1000"),
    ("每千人口拥有注册护士", "nurses_per_1000"),
    ("每万人口拥有全科医生", "gps_per_10k"),
    ("五岁以下儿童死亡率", "u5mr"),
])
def test_short_names_of_health_resources(label, code):
    assert load_codebook().match_label(label) == code


@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2020年，全市常住人口千人床位数达到4.3张，千人医生数达到2.8名。",
     [("doctors_per_1000", "深圳市", 2020, 2.8, "target", "none"), ("hospital_beds_per_1000", "深圳市", 2020, 4.3, "target", "none")]),
    # the value first, full-width digits, another verb
    ("到2020年，全市千人床位数提高到４.５张以上，居民人均期望寿命达到81岁。",
     [("hospital_beds_per_1000", "深圳市", 2020, 4.5, "target", "above"), ("life_expectancy", "深圳市", 2020, 81.0, "target", "none")]),
    # the year stated in a sentence before
    ("规划期末为2025年。到2025年，每千人护士数不低于3.8名，千人医生数3.5名。",
     [("doctors_per_1000", "深圳市", 2025, 3.5, "target", "none"), ("nurses_per_1000", "深圳市", 2025, 3.8, "target", "ge")]),
    # 五岁 in words: the under-five mortality, never the crude death rate its name ends with
    ("到2025年，五岁以下儿童死亡率控制在8‰以内，每千人口拥有执业医师2.5名。",
     [("doctors_per_1000", "深圳市", 2025, 2.5, "target", "none"), ("u5mr", "深圳市", 2025, 8.0, "target", "le")]),
    ("到2025年，全市每千人口拥有医疗卫生机构床位数达到6张。", [("hospital_beds_per_1000", "深圳市", 2025, 6.0, "target", "none")]),
    # the value before the indicator's name (以4.3张的千人床位数), a 分别 list, a transition
    ("2015年，全市以3.3张的千人床位数位居全省前列。", [("hospital_beds_per_1000", "深圳市", 2015, 3.3, "baseline", "none")]),
    ("到2020年，千人床位数、千人医生数分别达到4.3张和2.8名。",
     [("doctors_per_1000", "深圳市", 2020, 2.8, "target", "none"), ("hospital_beds_per_1000", "深圳市", 2020, 4.3, "target", "none")]),
    ("到2020年，每千人床位数由3.2张增加到4.3张。",
     [("hospital_beds_per_1000", "深圳市", 2015, 3.2, "baseline", "none"), ("hospital_beds_per_1000", "深圳市", 2020, 4.3, "target", "none")]),
    # the present: a baseline of the year stated
    ("2015年末，全市千人床位数为3.6张。",
     [("hospital_beds_per_1000", "深圳市", 2015, 3.6, "baseline", "none")]),
])
def test_health_plan_sentences(sentence, expected):
    assert rows("深圳市卫生计生事业发展“十三五”规划\n" + sentence) == expected


# -- numbered goals under a lead-in --------------------------------------------------------------------------

def test_numbered_goal_items_keep_the_lead_in_year():
    text = (
        "深圳“卫生强市”战略\n到2020年将实现：\n"
        "1、新建市级公立医院12家\n"
        "2、全市常住人口千人床位数达到4.3张\n"
        "3、千人医生数达到2.8名\n"
        "4、居民人均期望寿命达到81岁；婴儿死亡率等主要健康指标接近发达国家水平。\n"
    )
    assert rows(text) == [
        ("doctors_per_1000", "深圳市", 2020, 2.8, "target", "none"),
        ("hospital_beds_per_1000", "深圳市", 2020, 4.3, "target", "none"),
        ("life_expectancy", "深圳市", 2020, 81.0, "target", "none"),
    ]


def test_a_numbered_heading_without_a_value_stays_a_heading():
    # 1.人口规模 names an indicator and states no value: the heading of its section, whose topic the line below takes
    text = "深圳市人口发展规划（2016—2030年）\n三、发展目标\n1.人口规模\n到2030年，常住人口达到1400万人。\n"
    assert rows(text) == [("pop_resident", "深圳市", 2030, 1400.0, "target", "none")]


# -- 负 is a minus sign -------------------------------------------------------------------------------------

TITLE = "某市人口发展规划（2016—2030年）\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2015年全市人口自然增长率为负0.5‰。", [("natural_growth_rate", "unknown", 2015, -0.5, "baseline", "none")]),
    ("2015年全市人口自然增长率為負0.5‰。", [("natural_growth_rate", "unknown", 2015, -0.5, "baseline", "none")]),
    # 负增长 before a number in the rate's own unit: the rate's level, not a change
    ("2015年全市人口自然增长率负增长0.5‰。", [("natural_growth_rate", "unknown", 2015, -0.5, "baseline", "none")]),
    ("2015年全市人口自然增长率为-0.5‰。", [("natural_growth_rate", "unknown", 2015, -0.5, "baseline", "none")]),
    ("2015年全市人口自然增长率为－0.5‰。", [("natural_growth_rate", "unknown", 2015, -0.5, "baseline", "none")]),
    # in a list read respectively: each value keeps its place in the list
    ("2015年全市人口出生率、死亡率、自然增长率分别为9.5‰、10.0‰、负0.5‰。",
     [("birth_rate", "unknown", 2015, 9.5, "baseline", "none"), ("death_rate", "unknown", 2015, 10.0, "baseline", "none"),
      ("natural_growth_rate", "unknown", 2015, -0.5, "baseline", "none")]),
    # a bound below zero: within −0.2‰ (控制在负0.2‰以内) is at least −0.2‰
    ("到2020年全市人口自然增长率控制在负0.2‰以内。", [("natural_growth_rate", "unknown", 2020, -0.2, "target", "ge")]),
    # an indicator that cannot be below zero: no level rather than one without its sign
    ("2015年全市人口出生率为负0.5‰。", []),
    ("2015年全市人口出生率为-0.5‰。", []),
    ("2015年全市自然增长人口为负1.2万人。", []),
])
def test_minus_word_is_a_sign(sentence, expected):
    assert rows(TITLE + sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # 负增长 before points: a change below zero
    ("2015年全市人口自然增长率比上年负增长0.5个千分点。", [("natural_growth_rate", 2015, -0.5, "个千分点")]),
    # a population's negative growth is a change of it, never a level
    ("2015年全市常住人口比上年负增长0.3%。", [("pop_resident", 2015, -0.3, "%")]),
    ("2015年全市常住人口比上年增长0.3%。", [("pop_resident", 2015, 0.3, "%")]),
])
def test_negative_growth_is_a_change_below_zero(sentence, expected):
    assert changes(TITLE + sentence) == expected
    assert rows(TITLE + sentence) == []


# -- a work report's list of growth targets: a growth of a subject the codebook lacks is no change of a neighbour --

def test_growth_of_an_uncoded_subject_is_no_change_of_the_indicator_next_to_it():
    text = ("2013年山东省政府工作报告\n今年全省经济社会发展的主要预期目标是：生产总值增长9.5%左右，地方财政收入增长12%左右，"
            "城镇登记失业率控制在4%以内，城镇居民人均可支配收入增长10%左右，人口自然增长率控制在6‰以内，进出口总额增长8%。")
    assert changes(text) == [("income_urban", 2013, 10.0, "%")]
    assert rows(text) == [
        ("natural_growth_rate", "山东省", 2013, 6.0, "target", "le"),
        ("unemployment_rate_registered", "山东省", 2013, 4.0, "target", "le"),
    ]


def test_a_change_told_after_its_level_keeps_its_indicator():
    text = "某市人口发展规划（2016—2030年）\n2015年末全市常住人口达到500万人，比上年增加5万人，增长1.2%。"
    assert changes(text) == [("pop_resident", 2015, 1.2, "%"), ("pop_resident", 2015, 5.0, "万人")]


# -- a press report's headline: a value without a year takes the year the body states it for ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("山东省总人口已达9470万 人口出生率控制在12‰\n记者获悉，2009年末，全省总人口已达9470万，人口出生率控制在12‰以内。",
     [("birth_rate", "山东省", 2009, 12.0, "baseline", "le"), ("birth_rate", "山东省", 2009, 12.0, "baseline", "none"),
      ("pop_resident", "山东省", 2009, 9470.0, "baseline", "none"), ("pop_resident", "山东省", 2009, 9470.0, "baseline", "none")]),
    # the body's goal: the headline's value is that goal
    ("深圳千人床位数将达4.5张\n根据规划，到2025年，全市千人床位数达到4.5张。",
     [("hospital_beds_per_1000", "深圳市", 2025, 4.5, "target", "none"), ("hospital_beds_per_1000", "深圳市", 2025, 4.5, "target", "none")]),
])
def test_a_headline_value_takes_the_body_year(text, expected):
    assert rows(text) == expected


def test_a_headline_value_is_dated_only_by_one_body_year():
    document = ingest_text(decode_bytes("山东省出生率12‰\n2009年出生率为12‰。\n2015年出生率为12‰。\n2009年死亡率为7‰。".encode("utf-8"), "page.txt"), "page.txt")
    head, first, second, third = document.lines[:4]
    (twelve,) = [v for v in find_values(head.text) if v.number == 12]
    (seven,) = [v for v in find_values(third.text) if v.number == 7]

    def value(line, parsed, code, year):
        return ProseValue(line=line, value=parsed, code=code, label=code, year=year, is_change=False, quote_start=0)

    headline = [value(head, twelve, "birth_rate", None)]
    one_year = [value(first, twelve, "birth_rate", 2009), value(third, seven, "death_rate", 2009)]
    (dated,) = _dated_by_body(headline, one_year)
    assert (dated.code, dated.year, dated.value.number) == ("birth_rate", 2009, 12.0)
    assert "line 2" in dated.year_source
    assert _dated_by_body(headline, one_year + [value(second, twelve, "birth_rate", 2015)]) == []  # two years: no guess
    assert _dated_by_body(headline, [value(first, twelve, "death_rate", 2009)]) == []  # another indicator's 12


# -- an annual plan's report: the last year's 执行情况 (outcome) and this year's targets ---------------------------

def test_an_annual_plan_report_has_outcomes_and_targets():
    text = ("关于深圳市2012年国民经济和社会发展计划执行情况与2013年计划草案的报告\n一、2012年计划执行情况\n"
            "全市常住人口1054.74万人，人口自然增长率控制在10‰以内，每千人口病床数3.1张。\n"
            "二、2013年国民经济和社会发展的主要目标\n"
            "常住人口控制在1070万人以内；人口自然增长率控制在10‰以内；每千人口病床数达到3.3张；人均期望寿命达到79岁。\n")
    assert rows(text) == [
        ("hospital_beds_per_1000", "深圳市", 2012, 3.1, "baseline", "none"),
        ("hospital_beds_per_1000", "深圳市", 2013, 3.3, "target", "none"),
        ("life_expectancy", "深圳市", 2013, 79.0, "target", "none"),
        ("natural_growth_rate", "深圳市", 2012, 10.0, "baseline", "le"),
        ("natural_growth_rate", "深圳市", 2013, 10.0, "target", "le"),
        ("pop_resident", "深圳市", 2012, 1054.74, "baseline", "none"),
        ("pop_resident", "深圳市", 2013, 1070.0, "target", "le"),
    ]


def test_a_work_report_reviews_last_year_and_sets_this_year():
    text = ("政府工作报告\n——2013年1月25日在山东省第十二届人民代表大会第一次会议上\n各位代表：\n"
            "去年，全省城镇登记失业率为3.3%，人口自然增长率为5.0‰。\n"
            "今年的主要预期目标是：城镇登记失业率控制在4%以内，居民消费价格涨幅控制在3.5%左右，人口自然增长率控制在6‰以内。\n"
            "明年，常住人口城镇化率达到55%左右。\n")
    assert rows(text) == [
        ("natural_growth_rate", "山东省", 2012, 5.0, "baseline", "none"),
        ("natural_growth_rate", "山东省", 2013, 6.0, "target", "le"),
        ("unemployment_rate_registered", "山东省", 2012, 3.3, "baseline", "none"),
        ("unemployment_rate_registered", "山东省", 2013, 4.0, "target", "le"),
        ("urbanization_resident", "山东省", 2014, 55.0, "target", "approx"),
    ]


# -- a shared head after items joined by 、: the item may follow words of its own (全市婴儿、孕产妇死亡率) --------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2025年，全市婴儿、孕产妇死亡率分别控制在5‰和10/10万以内。",
     [("imr", "深圳市", 2025, 5.0, "target", "le"), ("mmr", "深圳市", 2025, 10.0, "target", "le")]),
    ("到2025年，婴儿、孕产妇死亡率分别下降到4‰、8/10万。",
     [("imr", "深圳市", 2025, 4.0, "target", "none"), ("mmr", "深圳市", 2025, 8.0, "target", "none")]),
    ("到2025年，全市常住人口、户籍人口城镇化率分别达到60%和45%。",
     [("urbanization_hukou", "深圳市", 2025, 45.0, "target", "none"), ("urbanization_resident", "深圳市", 2025, 60.0, "target", "none")]),
    # the shared words open the first item (每千人口…医师数、注册护士数)
    ("到2025年，全市每千人口执业（助理）医师数、注册护士数分别达到3.2人、4.0人。",
     [("doctors_per_1000", "深圳市", 2025, 3.2, "target", "none"), ("nurses_per_1000", "深圳市", 2025, 4.0, "target", "none")]),
    ("到2025年，每千人口执业（助理）医师数和注册护士数分别达到2.5人和3.1人以上。",
     [("doctors_per_1000", "深圳市", 2025, 2.5, "target", "above"), ("nurses_per_1000", "深圳市", 2025, 3.1, "target", "above")]),
])
def test_items_sharing_a_head(sentence, expected):
    assert rows("深圳市卫生健康事业发展“十四五”规划\n" + sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("每千人口执业(助理)医师数、注册护士数", [("每千人口执业(助理)医师数", "doctors_per_1000"), ("每千人口注册护士数", "nurses_per_1000")]),
    ("出生率和死亡率", [("出生率", "birth_rate"), ("死亡率", "death_rate")]),  # items of their own keep their names
    ("常住人口、户籍人口城镇化率", [("常住人口城镇化率", "urbanization_resident"), ("户籍人口城镇化率", "urbanization_hukou")]),
    ("常住人口、流动人口", [("常住人口", "pop_resident"), ("流动人口", "pop_floating")]),
])
def test_coordinated_mentions(text, expected):
    assert [(m.label, m.code) for m in load_codebook().mentions(text)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a maternal mortality in words: 十万分之十五 is 15/10万, as 千分之五 is 5‰
    ("到2025年，全市孕产妇死亡率控制在十万分之十五以内，婴儿死亡率控制在千分之五以内。",
     [("imr", "深圳市", 2025, 5.0, "target", "le"), ("mmr", "深圳市", 2025, 15.0, "target", "le")]),
    ("到2025年，全市孕产妇死亡率下降到10万分之12.5。", [("mmr", "深圳市", 2025, 12.5, "target", "none")]),
])
def test_per_hundred_thousand_in_words(sentence, expected):
    assert rows("深圳市卫生健康事业发展“十四五”规划\n" + sentence) == expected


def test_a_work_report_named_by_its_year_is_made_on_the_year_before():
    # no period, base year or issue date: the title's year sets the cut-off (2012), so 2012's figures are baselines
    # whatever their verb, and the targets of 今年 are 2013's
    text = ("2013年深圳市政府工作报告\n2012年工作回顾\n全市年末常住人口达到1054.74万人，人口自然增长率为10.2‰。\n"
            "今年全市常住人口控制在1070万人以内。\n")
    assert rows(text) == [
        ("natural_growth_rate", "深圳市", 2012, 10.2, "baseline", "none"),
        ("pop_resident", "深圳市", 2012, 1054.74, "baseline", "none"),
        ("pop_resident", "深圳市", 2013, 1070.0, "target", "le"),
    ]
    document = ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")
    meta = infer_meta(document, [])
    assert meta.cutoff == 2012
    assert "work report of 2013" in meta.cutoff_source


@pytest.mark.parametrize(("sentence", "low", "high", "qualifier"), [
    ("到2025年全省人口自然增长率保持在负1‰以上。", -1.0, None, "above"),
    ("到2025年全省人口自然增長率保持在負1‰以上。", -1.0, None, "above"),
    ("到2025年全省人口自然增长率在负1‰以下。", None, -1.0, "below"),
    ("到2025年全省人口自然增长率控制在负增长0.5‰以内。", -0.5, None, "ge"),
])
def test_a_bound_on_a_number_below_zero_stays_on_its_side_unless_it_bounds_a_size(sentence, low, high, qualifier):
    # 以上/以下 order numbers (负1‰以上 is ≥ −1‰); 负增长 and 以内 state the size of a decline, so their bound turns over
    from analysis.extract.stage import extract_documents as extract
    document = ingest_text(decode_bytes(("某省人口发展规划\n" + sentence).encode("utf-8"), "plan.txt"), "plan.txt")
    row = extract([document]).indicators.iloc[0]
    import pandas as pd

    def bound(x):
        return None if pd.isna(x) else float(x)

    assert (row["qualifier"], bound(row["value_low"]), bound(row["value_high"])) == (qualifier, low, high)
