"""How Chinese plans state numbers: one small text per rule, with the rows it must give.

Each text is written for the test in the phrasing of real plans (issue #10's list). Rows are
(indicator, entity, year, value as written, kind); the texts have no manifest row, so place,
period and cut-off are inferred as for any new plan.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def extract(text: str, name: str = "plan.txt", encoding: str = "utf-8"):
    document = ingest_text(decode_bytes(text.encode(encoding), name), name)
    return extract_documents([document])


def rows(text: str, columns=("indicator", "entity", "year", "value_text", "kind")) -> list[tuple]:
    values = extract(text).indicators
    return [tuple(row) for row in values[list(columns)].itertuples(index=False)]


PROVINCE = "江苏省人口发展规划（2016—2030年）\n"
CITY = "绵阳市人口发展规划（2021—2035年）\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PROVINCE + "2011—2015年，全省人口出生率分别为9.59‰、9.44‰、9.45‰、9.2‰和9.05‰。",
         [("birth_rate", "江苏省", y, v, "baseline") for y, v in zip(range(2011, 2016), ["9.59‰", "9.44‰", "9.45‰", "9.2‰", "9.05‰"])]),
        (PROVINCE + "2025年和2030年，全省常住人口分别达到8200万、8300万左右。",
         [("pop_resident", "江苏省", 2025, "8200万", "target"), ("pop_resident", "江苏省", 2030, "8300万左右", "target")]),
        (PROVINCE + "全省常住人口由2010年的7869.34万人增加到2015年的7976.30万人。",
         [("pop_resident", "江苏省", 2010, "7869.34万人", "baseline"), ("pop_resident", "江苏省", 2015, "7976.30万人", "baseline")]),
        (PROVINCE + "据第六次全国人口普查，全省60岁及以上人口占15.99%，0—14岁人口占13.01%。",
         [("share_60plus", "江苏省", 2010, "15.99%", "baseline"), ("share_0_14", "江苏省", 2010, "13.01%", "baseline")]),
        (PROVINCE + "“十二五”末，全省城镇化率达到66.5%；到“十四五”末，城镇化率达到75%。",
         [("urbanization_resident", "江苏省", 2015, "66.5%", "baseline"), ("urbanization_resident", "江苏省", 2025, "75%", "target")]),
        (PROVINCE + "二〇三〇年，全省人均预期寿命达到 80 岁。",
         [("life_expectancy", "江苏省", 2030, "80 岁", "target")]),
        (PROVINCE + "人均预期寿命——到2030年提高至80岁。", [("life_expectancy", "江苏省", 2030, "80岁", "target")]),
        (PROVINCE + "（三）人均预期寿命\n到2025年达到79岁，到2030年达到80岁。",
         [("life_expectancy", "江苏省", 2025, "79岁", "target"), ("life_expectancy", "江苏省", 2030, "80岁", "target")]),
        (PROVINCE + "全省人均预期寿命为77.5岁，比全国平均水平高1.2岁，居全国第4位。", [("life_expectancy", "江苏省", 2015, "77.5岁", "baseline")]),
        (PROVINCE + "全省人口总量为7976万人，全国总人口13.75亿人。",
         [("pop_resident", "江苏省", 2015, "7976万人", "baseline"), ("pop_resident", "中国", 2015, "13.75亿人", "baseline")]),
        (CITY + "全市流动人口45万人，其中外来常住人口12万人，候鸟人口3万人。",
         [("pop_floating", "绵阳市", 2020, "45万人", "baseline"), ("pop_inmigrant", "绵阳市", 2020, "12万人", "baseline"), ("pop_seasonal", "绵阳市", 2020, "3万人", "baseline")]),
        (CITY + "到2035年，全市常住人口人均预期寿命达到80岁。", [("life_expectancy", "绵阳市", 2035, "80岁", "target")]),
        (CITY + "预计到2030年，全市常住人口将达到500万人左右。", [("pop_resident", "绵阳市", 2030, "500万人左右", "projection")]),
        (CITY + "力争到2025年总和生育率回升至1.5左右，出生人口性别比控制在107以下。",
         [("tfr", "绵阳市", 2025, "1.5左右", "target"), ("srb", "绵阳市", 2025, "107以下", "target")]),
        (CITY + "全市户籍人口中，60岁及以上老年人口为136万人，占23%。",
         [("pop_60plus", "绵阳市", 2020, "136万人", "baseline"), ("share_60plus", "绵阳市", 2020, "23%", "baseline")]),
        (CITY + "廊坊、保定等四市常住人口合计约2420万人。", []),
        (CITY + "根据《四川省人口发展规划（2021—2035年）》（川府发〔2021〕15号），加强人口监测。", []),
        (CITY + "全市常住人口城镇化率为55%，高于全省平均水平2.1个百分点。", [("urbanization_resident", "绵阳市", 2020, "55%", "baseline")]),
        (CITY + "全市人口密度为240人/平方公里，每10万人中具有大学文化程度的人口为13472人。",
         [("pop_density", "绵阳市", 2020, "240人/平方公里", "baseline"), ("univ_per_100k", "绵阳市", 2020, "13472人", "baseline")]),
        (CITY + "总和生育率保持在1.8至2.0之间。", [("tfr", "绵阳市", 2035, "1.8至2.0", "target")]),
    ],
)
def test_prose_patterns(text, expected):
    assert sorted(rows(text), key=str) == sorted(expected, key=str)


def test_period_averages_are_levels_with_their_period():
    values = extract(PROVINCE + "“十二五”期间，全省年均出生率为9.4‰，年均出生人口达到75万人，常住人口年均增长0.27%。")
    levels = values.indicators[["indicator", "year", "period_start", "value_text"]].values.tolist()
    assert sorted(levels) == [["birth_rate", 2015, 2011, "9.4‰"], ["births", 2015, 2011, "75万人"]]
    assert values.changes[["indicator", "value", "change_type"]].values.tolist() == [["pop_resident", 0.27, "annual_growth_percent"]]


def test_units_that_cannot_fit_are_reported_not_filed():
    values = extract(CITY + "到2030年，全市常住人口达到78岁。")
    assert values.indicators.empty
    assert any(f.kind == "unit_misfit" for f in values.findings)


def test_implausible_numbers_are_kept_with_a_finding():
    values = extract(CITY + "到2030年，常住人口城镇化率达到145.2%，孕产妇死亡率降至215/10万，总和生育率为17.5。")
    assert sorted(values.indicators["value_text"]) == ["145.2%", "17.5", "215/10万"]
    odd = [f.detail for f in values.findings if f.kind == "implausible_value"]
    assert len(odd) == 3 and any("145.2%" in detail for detail in odd)


def test_places_at_every_level_never_from_a_dateline():
    cases = {
        "国家人口发展规划（2016—2030年）\n到2020年，全国总人口达到14.2亿人左右。": ("中国", "nation"),
        "新华社北京3月2日电 广东省人民政府近日印发《广东省人口发展规划（2021—2035年）》。规划提出，到2025年全省常住人口达到1.3亿人左右。": ("广东省", "province"),
        "广西壮族自治区人口发展规划\n到2025年，全区常住人口达到5100万人左右。": ("广西壮族自治区", "province"),
        "昆山市人口发展“十四五”规划\n到2025年，全市常住人口达到220万人左右。": ("昆山市", "county"),
        "到2025年，全市常住人口达到220万人左右，高于全省平均水平。": ("unknown", "unknown"),
    }
    for text, (place, level) in cases.items():
        plans = extract(text).plans
        assert (plans.loc[0, "place_zh"], plans.loc[0, "admin_level"]) == (place, level), text


def test_cut_off_is_inferred_and_recorded():
    plans = extract("某市人口发展“十四五”规划\n到2025年，全市常住人口达到200万人。").plans
    assert plans.loc[0, "cutoff_year"] == 2020 and "plan period 2021–2025 in the title" in plans.loc[0, "cutoff_source"]
    plans = extract("2020年末全市常住人口180万人。到2030年达到200万人。").plans
    assert plans.loc[0, "cutoff_year"] == 2020 and plans.loc[0, "cutoff_source"].startswith("inferred: tense")


TABLE_PLAIN = """某市人口发展规划（2021—2035年）
到2025年，全市常住人口达到320万人，城镇化率达到65%。
表1 主要指标
| 指标 | 单位 | 2020年 | 2025年 |
|---|---|---|---|
| 常住人口 | 万人 | 300 | 320 |
| 总和生育率 | — | 1.3 | 1.5 |
"""
TABLE_HTML = """<html><head><title>某市人口发展规划</title><script>var a = "常住人口 999";</script></head><body>
<h1>某市人口发展规划（2021—2035年）</h1>
<p>&nbsp;&nbsp;到2025年，全市常住人口达到<img src="x.png">320万人，城镇化率达到&nbsp;65%。</p><p>表1 主要指标</p>
<table><tr><td>指标</td><td>单位</td><td>2020年</td><td>2025年</td></tr><tr><td><p>常住人口</p></td><td>万人</td><td>300</td><td>320</td></tr><tr><td>总和生育率</td><td>—</td><td>1.3</td><td>1.5</td></tr></table></body></html>
"""


TABLE_CELL_LINES = TABLE_HTML.replace("<tr>", "\n<tr>\n").replace("</td>", "</td>\n")


def test_a_saved_html_page_gives_the_values_of_its_plain_text():
    plain = rows(TABLE_PLAIN, ("indicator", "year", "value_text", "qualifier", "kind", "source"))
    page = rows(TABLE_HTML, ("indicator", "year", "value_text", "qualifier", "kind", "source"))
    cells = rows(TABLE_CELL_LINES, ("indicator", "year", "value_text", "qualifier", "kind", "source"))
    assert sorted(page) == sorted(plain) == sorted(cells) and len(plain) == 6
    assert all(qualifier == "none" for _, _, _, qualifier, _, _ in page)  # <img …> before 320 is not ">"


@pytest.mark.parametrize(
    "table",
    [
        "表1 主要指标\n指标\t单位\t2020年\t2025年\n常住人口\t万人\t300\t320\n孕产妇死亡率\t1/10万\t12\t≤10\n",
        "表1 主要指标\n指标名称    单位    2020年    2025年\n常住人口    万人    300       320\n孕产妇死亡率  1/10万  12  ≤10\n",
        "表1 主要指标\n┌──────┬────┬────┬────┐\n│指标  │单位│2020年│2025年│\n├──────┼────┼────┼────┤\n│常住人口│万人│300 │320 │\n│孕产妇死亡率│1/10万│12│≤10│\n└──────┴────┴────┴────┘\n",
        "表1 主要指标\n单位：万人、/10万\n指标 基期值 目标值\n2020年 2025年\n常住人口 300 320\n孕产妇死亡率 12 ≤10\n",
        "表1 主要指标\n序号\n指标\n单位\n2020年\n2025年\n1\n常住人口\n万人\n300\n320\n2\n孕产妇死亡率\n1/10万\n12\n≤10\n",
        "表1 人口预测\n年份,常住人口(万人),孕产妇死亡率(1/10万)\n2020,300,12\n2025,320,≤10\n",
        "表1 主要指标\n指标　　　　　　单位　　2020年　　2025年\n常住人口　　　　万人　　300　　　　320\n孕产妇死亡　　　1/10万　12　　　　≤10\n率\n",
    ],
    ids=["tabs", "spaces", "box", "two-header-rows", "cell-per-line", "years-as-rows-csv", "wrapped-label"],
)
def test_table_layouts(table):
    found = rows(CITY + table, ("indicator", "year", "value_text", "qualifier"))
    assert sorted(found) == sorted([
        ("pop_resident", 2020, "300", "none"), ("pop_resident", 2025, "320", "none"),
        ("mmr", 2020, "12", "none"), ("mmr", 2025, "≤10", "le"),
    ])


def test_traditional_characters_read_as_simplified_and_quoted_as_written():
    text = "淄博市人口發展規劃（2021—2035年）\n到2035年，全市常住人口達(dá)到520萬人，戶籍人口達到480萬人。\n人口質量显著提高，著名企业落戶於此。"
    found = extract(text)
    levels = found.indicators
    assert sorted(map(tuple, levels[["indicator", "entity", "year", "value_text", "kind"]].values.tolist())) == [
        ("pop_hukou", "淄博市", 2035, "480萬人", "target"), ("pop_resident", "淄博市", 2035, "520萬人", "target"),
    ]
    assert all("萬" in quote for quote in levels["quote"])  # the quote keeps the characters of the page


def test_a_report_of_a_plan_keeps_its_hedged_goals_as_targets():
    report = ("市发改委近日印发《株洲市人口发展规划（2021—2035年）》。\n"
              "到2035年，全市常住人口有望达到430万人，户籍人口将达到410万人。\n"
              "专家预计2035年全市60岁及以上人口将超过110万人。")
    assert sorted(rows(report, ("indicator", "year", "value_text", "kind"))) == [
        ("pop_60plus", 2035, "超过110万人", "projection"), ("pop_hukou", 2035, "410万人", "target"), ("pop_resident", 2035, "430万人", "target"),
    ]


def test_a_title_given_a_short_name_is_the_subject_of_a_report():
    report = "《台州市人口发展规划（2021—2035年）》（以下简称《规划》）正在征求意见。记者了解到，到2035年台州常住人口达到720万人。"
    assert extract(report).plans.loc[0, "place_zh"] == "台州市"


def test_ten_million_written_as_a_word_is_a_level_with_its_bound():
    plan = "泉州市人口发展规划（2021—2035年）\n到2035年，全市常住人口力争突破千万。\n千万不要忽视人口结构变化。"
    assert rows(plan, ("indicator", "year", "value_text", "kind")) == [("pop_resident", 2035, "突破千万", "target")]
    assert extract(plan).indicators.loc[0, "value_low"] == 1000


def test_a_crude_rate_printed_with_percent_is_per_mille():
    plan = PROVINCE + "到2020年，全省人口自然增长率在6.5%左右，城镇化率达到67%。"
    assert sorted(rows(plan, ("indicator", "value_text", "unit"))) == [
        ("natural_growth_rate", "6.5%左右", "‰"), ("urbanization_resident", "67%", "%"),
    ]


def test_a_transition_from_a_stated_year_ends_at_the_base_year_in_a_review():
    plan = ("湖南省人口发展规划（2016—2030年）\n第一节 发展现状\n“十二五”以来人口素质提升。婴儿死亡率由2010年9.8‰下降至5.1‰。\n"
            "截至2015年全省人均预期寿命达到76岁，比2010年提高1.2岁，孕产妇死亡率由20.5/10万下降到12.8/10万。")
    assert sorted(rows(plan, ("indicator", "year", "value_text", "kind"))) == [
        ("imr", 2010, "9.8‰", "baseline"), ("imr", 2015, "5.1‰", "baseline"), ("life_expectancy", 2015, "76岁", "baseline"),
        ("mmr", 2010, "20.5/10万", "baseline"), ("mmr", 2015, "12.8/10万", "baseline"),
    ]


def test_press_wordings_of_common_indicators():
    plan = (CITY + "全市人均寿命为78.2岁，出生性别比为108.1，常住人口男女性别比为103.5，"
            "劳动力年龄人口为320万人，非户籍人口为45万人。")
    assert sorted(rows(plan, ("indicator", "value_text"))) == [
        ("life_expectancy", "78.2岁"), ("pop_inmigrant", "45万人"), ("pop_working_age", "320万人"),
        ("sex_ratio_total", "103.5"), ("srb", "108.1"),
    ]


def test_an_increment_is_a_change_and_a_total_after_its_value_a_level():
    plan = CITY + "2020年末全市户籍人口以486.3万人的总量居全省第二，其增量3.2万人为近年最高。"
    found = extract(plan)
    assert rows(plan, ("indicator", "year", "value_text")) == [("pop_hukou", 2020, "486.3万人")]
    assert found.changes[["indicator", "value_text"]].values.tolist() == [["pop_hukou", "3.2万人"]]


def test_more_than_written_as_duo_or_chao():
    plan = CITY + "到2035年，全市常住人口超520万，劳动年龄人口达到310多万。"
    assert sorted(rows(plan, ("indicator", "value_text"))) == [("pop_resident", "超520万"), ("pop_working_age", "310多万")]
    assert sorted(extract(plan).indicators["qualifier"]) == ["gt", "gt"]


def test_a_value_in_brackets_after_a_year_is_that_years_level():
    plan = CITY + "2021年末全市常住人口为488.1万人，较2020年（486.9万人）增加1.2万人。"
    assert sorted(rows(plan, ("indicator", "year", "value_text"))) == [("pop_resident", 2020, "486.9万人"), ("pop_resident", 2021, "488.1万人")]


def test_a_headline_above_the_page_furniture_is_read_and_next_year_follows_the_page_date():
    page = ("湖州常住人口明年或达352万人\n\n来源：湖州日报 2022-03-01 09:00\n\n"
            "记者获悉，《湖州市人口发展规划（2021—2035年）》正式发布。规划提出，明年全市常住人口将达到352万人，到2035年达到380万人。\n"
            "去年全市户籍人口为271.6万人。")
    assert sorted(rows(page, ("line", "indicator", "entity", "year", "value_text", "kind"))) == [
        (1, "pop_resident", "湖州市", 2023, "352万人", "target"),
        (5, "pop_resident", "湖州市", 2023, "352万人", "target"),
        (5, "pop_resident", "湖州市", 2035, "380万人", "target"),
        (6, "pop_hukou", "湖州市", 2021, "271.6万人", "baseline"),
    ]


def test_a_quoted_title_before_its_verb_names_the_place_of_a_report():
    report = ("一座新的大城市，在全国处于什么水平？放在全国看也很亮眼。\n"
              "近期，《绍兴市人口发展规划（2025—2030年）》发布，提出2030年全市常住人口达560万人的目标。")
    found = extract(report)
    assert found.plans.loc[0, "place_zh"] == "绍兴市"
    assert rows(report, ("indicator", "entity", "year", "value_text")) == [("pop_resident", "绍兴市", 2030, "560万人")]


def test_a_five_year_name_in_a_headline_gives_way_to_the_years_a_quoted_title_writes_out():
    report = ("中山“十五五”人口规划出炉\n"
              "中山市人民政府近日发布《关于印发中山市人口发展规划（2025—2030年）的通知》。到2030年，全市常住人口达到480万人。")
    plans = extract(report).plans
    assert (int(plans.loc[0, "period_start"]), int(plans.loc[0, "cutoff_year"])) == (2025, 2024)


def test_a_level_of_the_province_inside_a_comparison_written_with_shuizhun():
    plan = CITY + "全市常住人口男女性别比为112.4，高于全省105的平均水准。"
    assert sorted(rows(plan, ("indicator", "entity", "value_text"))) == [("sex_ratio_total", "四川省", "105"), ("sex_ratio_total", "绵阳市", "112.4")]


def test_a_peak_named_before_its_year_and_a_share_of_the_working_age_population():
    plan = PROVINCE + "预计全省人口总量峰值将出现在2045年前后，峰值人口将达到8600万左右；劳动力年龄人口将在2032年前后达到5200多万，占总人口的61%。"
    assert sorted(rows(plan, ("indicator", "year", "value_text", "kind"))) == [
        ("pop_peak_year", 2045, "2045年前后", "projection"), ("pop_resident", 2045, "8600万左右", "projection"),
        ("pop_working_age", 2032, "5200多万", "projection"), ("share_working_age", 2032, "61%", "projection"),
    ]


def test_births_summed_over_a_period_are_their_total_not_births_but_their_yearly_average_is_births():
    # the sum is births_period_total (a count over 2016–2020, never the level of 2020); 年均 is births with its period
    plan = PROVINCE + "预计“十三五”时期，全省新出生人口520万人，累计出生人口中二孩占四成；“十三五”期间年均出生人口104万人。"
    assert sorted(rows(plan, ("indicator", "year", "period_start", "value_text"))) == [
        ("births", 2020, 2016, "104万人"), ("births_period_total", 2020, 2016, "520万人")]


def test_the_thresholds_of_city_size_classes_are_not_levels():
    plan = (PROVINCE + "按照城市规模等级，南京为“特大城市”，人口规模500万—1000万；常州等5个城市为“大城市”，城区人口100万以上，"
            "其余为“中等城市”，人口规模超过50万。南京市区人口超680万，属特大城市。")
    assert rows(plan, ("indicator", "entity", "value_text")) == [("pop_city_proper", "南京市", "超680万")]


def test_a_value_right_after_the_year_of_a_comparison_is_that_years_level():
    plan = CITY + "2020年全市人均预期寿命达到79.6岁，比2015年78.1岁提高了1.5岁。"
    assert sorted(rows(plan, ("indicator", "year", "value_text"))) == [("life_expectancy", 2015, "78.1岁"), ("life_expectancy", 2020, "79.6岁")]


def test_wordings_of_schooling_and_nursing_beds():
    plan = (CITY + "全市主要劳动力平均受教育年限达到11.8年，市区人口为152.3万人。"
            "到2025年，护理型床位占养老床位的比例达到55%以上。")
    assert sorted(rows(plan, ("indicator", "year", "value_text"))) == [
        ("edu_years_main_working_age", 2020, "11.8年"), ("nursing_bed_share", 2025, "55%以上"), ("pop_city_proper", 2020, "152.3万人"),
    ]


def test_jiezhi_a_year_is_an_observation_not_a_goal():
    from analysis.extract.meta import tense_cutoff

    assert tense_cutoff(["截至2015年全省人均预期寿命达到76岁。", "到2020年，人均预期寿命达到77.3岁。"])[0] == 2015


def test_a_reports_date_does_not_move_the_cut_off_of_the_plan_it_reports_but_a_later_observed_year_does():
    later = "2019-06-12 09:30 来源：某某日报\n记者获悉，《丽水市人口发展规划（2016—2030年）》印发。到2030年全市常住人口达到280万人。"
    assert int(extract(later).plans.loc[0, "cutoff_year"]) == 2015
    observed = ("2023-03-02 10:00 来源：某某日报\n记者获悉，《衢州市人口发展规划（2021—2035年）》印发。"
                "截至2022年末，全市常住人口228.7万人；到2035年全市常住人口达到240万人。")
    plans, values = extract(observed).plans, extract(observed).indicators
    assert int(plans.loc[0, "cutoff_year"]) == 2022
    assert sorted(values[["year", "kind"]].itertuples(index=False, name=None)) == [(2022, "baseline"), (2035, "target")]


def test_plain_renkou_after_a_place_or_opening_a_clause_is_the_total_population():
    plan = CITY + "到2030年，绵阳人口将达到560万人；全市GDP突破5000亿元，人口达到570万，农村人口达到150万人。2035年全市人口数量为580万人。"
    assert sorted(rows(plan, ("indicator", "value_text"))) == [
        ("pop_resident", "560万人"), ("pop_resident", "570万"), ("pop_resident", "580万人"), ("pop_rural", "150万人"),
    ]


def test_a_population_no_province_can_have_is_the_nations():
    plan = PROVINCE + "2015年全省常住人口7976万人。据国家规划，到2030年总人口达到14.5亿人左右，流动人口2.5亿人。"
    assert sorted(rows(plan, ("indicator", "entity", "value_text"))) == [
        ("pop_floating", "中国", "2.5亿人"), ("pop_resident", "中国", "14.5亿人左右"), ("pop_resident", "江苏省", "7976万人"),
    ]


def test_a_district_carries_its_prefecture_and_the_scorer_compares_places_in_either_convention():
    from analysis.extract.evaluation import match, score
    from analysis.gazetteer import same_place

    plan = "佛山市顺德区人口发展规划（2021—2035年）\n到2035年，全区常住人口达到360万人。"
    found = extract(plan)
    assert found.plans.loc[0, "place_zh"] == "佛山市顺德区"
    assert rows(plan, ("indicator", "entity", "value_text")) == [("pop_resident", "佛山市顺德区", "360万人")]
    assert rows(CITY + "2020年涪城区常住人口为95.2万人。", ("entity", "value_text")) == [("绵阳市涪城区", "95.2万人")]
    # the synthetic corpus writes the bare name (顺德区), the real corpus the full one: the same place
    gold = pd.DataFrame([{"file": "plan.txt", "line": 2, "indicator": "pop_resident", "entity": "顺德区", "year": 2035, "value": "360", "kind": "target"}])
    values = found.indicators.assign(file="plan.txt")
    assert score(match(gold, values), len(values)).entity_right == 1
    assert same_place("佛山市高明区", "高明区") and not same_place("福州市鼓楼区", "南京市鼓楼区") and not same_place("高明区", "顺德区")


def test_daonashi_and_jieshi_refer_to_the_year_named_before():
    plan = CITY + "到2035年，全市常住人口达到520万人。\n到那时，全市户籍人口达到560万人。\n届时总和生育率回升至1.5左右。"
    assert sorted(rows(plan, ("indicator", "year", "value_text", "kind"))) == [
        ("pop_hukou", 2035, "560万人", "target"), ("pop_resident", 2035, "520万人", "target"), ("tfr", 2035, "1.5左右", "target"),
    ]


def test_a_page_about_a_city_that_says_quanguo_is_still_about_the_city():
    report = ("到2030年，台州人均预期寿命将达到81岁。台州市将争创全国文明城市、全国卫生城市，"
              "台州居民健康水平优于全国平均水平，台州人均预期寿命2020年为79.5岁。")
    assert extract(report).plans.loc[0, "place_zh"] == "台州市"


def test_chusheng_as_a_verb_counts_births_but_not_over_part_of_a_year():
    plan = CITY + "2020年全市户籍人口出生3.6万人，出生人口性别比为106.2；2021年1至6月份全市出生1.5万人；比上年多出生0.2万人。"
    assert sorted(rows(plan, ("indicator", "year", "value_text"))) == [("births", 2020, "3.6万人"), ("srb", 2020, "106.2")]


def test_a_report_of_an_action_plan_or_opinions_keeps_its_goals_as_targets():
    report = ("记者获悉，有关部门编制了《健康台州2030行动计划》。到2030年，台州人均预期寿命将达到81岁，"
              "居民健康素养水平将达到35%。")
    assert sorted(rows(report, ("indicator", "year", "value_text", "kind"))) == [
        ("health_literacy_rate", 2030, "35%", "target"), ("life_expectancy", 2030, "81岁", "target"),
    ]


def test_a_plan_named_after_its_horizon_year_gives_its_goals_without_a_year_that_year():
    page = ("《“健康甘肃2030”规划》：人均预期寿命将达76岁\n2017-02-18 20:33\n"
            "规划提出，到2020年全省居民人均预期寿命从2015年的73.25岁增长到74岁。\n居民人均预期寿命将达76岁\n")
    assert sorted(rows(page, ("indicator", "year", "value_text", "kind"))) == [
        ("life_expectancy", 2015, "73.25岁", "baseline"), ("life_expectancy", 2020, "74岁", "target"),
        ("life_expectancy", 2030, "76岁", "target"), ("life_expectancy", 2030, "76岁", "target"),
    ]
    # without a horizon in the name, a goal without a year stays unread (no year to give it)
    assert all(year != 2030 for _, year, _, _ in rows(page.replace("2030", ""), ("indicator", "year", "value_text", "kind")))


def test_an_implementing_plan_takes_the_period_its_cited_plans_write_out_and_dates_are_not_observed_years():
    page = ("一、实施方案出台的背景和目的\n"
            "2024年5月湖南省人民政府印发了《湖南省人均预期寿命提升行动计划(2024-2027年)的通知》，"
            "2025年1月益阳市人民政府办公室印发了《益阳市落实湖南省人均预期寿命提升行动计划(2024-2027年)主要目标责任清单》，结合资阳区实际情况制定本方案。\n"
            "二、总体目标\n2025年，全区人均预期寿命达到79.2岁；到2027年，全区人均预期寿命达到80岁。\n")
    assert sorted(rows(page, ("indicator", "year", "value_text", "kind"))) == [
        ("life_expectancy", 2025, "79.2岁", "target"), ("life_expectancy", 2027, "80岁", "target"),
    ]
    plan = extract(page).plans.iloc[0]
    assert plan["cutoff_year"] == 2023
    # two cited titles with different periods give none
    other = page.replace("主要目标责任清单》", "主要目标责任清单》《资阳区卫生健康事业发展规划(2021-2025年)》")
    assert "plan period 2024–2027" not in extract(other).plans.iloc[0]["cutoff_source"]


def test_crossing_ten_million_without_a_year_is_the_plans_goal_and_a_city_of_that_size_is_the_places_level():
    report = ("近期，《佛山市人口发展规划（2025—2030年）》发布。\n"
              "五年内，佛山有望成为大湾区内第四个常住人口突破千万的城市。\n"
              "五年内人口过千万，对佛山确实不是难事。\n常住人口破千万！\n")
    assert rows(report, ("indicator", "entity", "year", "value_text", "kind")) == [
        ("pop_resident", "佛山市", 2030, "突破千万", "target"),
        ("pop_resident", "佛山市", 2030, "过千万", "target"),
        ("pop_resident", "佛山市", 2030, "破千万", "target"),
    ]
    # a word of the past makes it an observation; a class of places is no place's level
    past = "佛山市人口发展规划（2025—2030年）\n第一章 发展基础\n佛山常住人口已突破千万。\n全省常住人口突破千万的城市共有3个。\n"
    assert rows(past, ("indicator", "year", "value_text", "kind")) == [("pop_resident", 2024, "突破千万", "baseline")]


def test_press_names_of_the_sex_ratio_and_policy_births_and_no_level_over_part_of_a_year():
    page = ("青岛市人口发展规划（2021—2035年）\n2020年全市出生婴儿性别比为105.9。今年1至4月份全市合法生育率达到98.3%，比去年同期高3.9个百分点（去年同期为94.4%）。\n"
            "到2025年，合法生育率达到95%以上。\n")
    assert sorted(rows(page, ("indicator", "year", "value_text", "kind"))) == [
        ("family_planning_rate", 2025, "95%以上", "target"), ("srb", 2020, "105.9", "baseline"),
    ]


def test_a_share_of_the_resident_population_raised_to_a_value_belongs_to_the_count_before_it():
    plan = "东莞市人口发展规划（2021—2035年）\n2025年，常住人口达到960万人，其中户籍人口达到360万人，占常住人口比例提升至37.5%。\n"
    assert sorted(rows(plan, ("indicator", "year", "value_text", "kind"))) == [
        ("hukou_share_of_resident", 2025, "37.5%", "target"), ("pop_hukou", 2025, "360万人", "target"),
        ("pop_resident", 2025, "960万人", "target"),
    ]
    # a share of the registered population is not the registered share of the residents
    other = "东莞市人口发展规划（2021—2035年）\n2025年，户籍人口达到360万人，其中60岁及以上人口占户籍人口比例提高至20%。\n"
    assert ("hukou_share_of_resident" not in {row[0] for row in rows(other, ("indicator", "year", "value_text", "kind"))})


def test_a_headline_value_raised_to_without_a_year_is_the_plans_goal():
    page = ("人均预期寿命 重庆增至78岁\n市政府近日发布的《重庆市社会事业发展“十三五”规划》披露，人均预期寿命从2015年的76.7岁提高至2020年的78岁。\n")
    assert sorted(rows(page, ("indicator", "year", "value_text", "kind"))) == [
        ("life_expectancy", 2015, "76.7岁", "baseline"), ("life_expectancy", 2020, "78岁", "target"),
        ("life_expectancy", 2020, "78岁", "target"),
    ]


def test_a_cong_clause_after_a_stated_start_year_takes_that_year_even_past_a_period_in_brackets():
    page = ("广东省卫生健康事业发展“十四五”规划\n“十三五”(2016年至2020年)期间，广东居民人均预期寿命由2015年的77.1岁提高到78.4岁，"
            "孕产妇死亡率从11.56/10万下降到10.18/10万。\n")
    assert sorted(rows(page, ("indicator", "year", "value_text", "kind"))) == [
        ("life_expectancy", 2015, "77.1岁", "baseline"), ("life_expectancy", 2020, "78.4岁", "baseline"),
        ("mmr", 2015, "11.56/10万", "baseline"), ("mmr", 2020, "10.18/10万", "baseline"),
    ]


def test_the_scorer_counts_a_group_where_nothing_was_found_as_zero_not_a_crash():
    from analysis.extract.evaluation import match, score

    gold = pd.DataFrame([{"file": "a.txt", "line": 3, "indicator": "urbanization_resident", "entity": "某市", "year": 2020, "value": "60", "kind": "target"}])
    values = extract(CITY + "到2020年，全市森林覆盖率达到45%。").indicators.assign(file="b.txt")  # another text's value only
    result = score(match(gold, values), len(values))
    assert (result.expected, result.found, result.kind_right, result.entity_right) == (1, 0, 0, 0)
