"""How statistical communiqués, census and sample-survey communiqués and news of a place's population figures state
their levels (issue #19, part 3: real pages read by a demographer, then by the extractor, the difference turned into
rules for the form of the statement). Every sentence here is invented — other places, other numbers — in several
variants (verbs, units, full-width digits, traditional characters, value before or after the indicator, the year
stated earlier).

Rows are (indicator, entity, year, value as written, qualifier, kind); the texts have no manifest row, so place,
period and cut-off are inferred as for any new page.
"""

from __future__ import annotations

import pytest

from analysis.extract.meta import page_year, released_years
from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text
from analysis.ingest.normalize import normalize_line

COLUMNS = ["indicator", "entity", "year", "value_text", "qualifier", "kind"]


def document(text: str):
    return ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")


def rows(text: str) -> list[tuple]:
    values = extract_documents([document(text)]).indicators
    return sorted(tuple(row) for row in values[COLUMNS].itertuples(index=False))


def codes(text: str) -> set[str]:
    return {row[0] for row in rows(text)}


# -- a statistical release names the year its figures are of --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year's communiqué: 提高到2019年的 reports that year, it sets no goal
        ("国家卫生健康委员会日前发布《2019年我国卫生健康事业发展统计公报》。我国居民人均预期寿命由2018年的77.0岁提高到2019年的77.3岁。",
         [("life_expectancy", "中国", 2018, "77.0岁", "none", "baseline"), ("life_expectancy", "中国", 2019, "77.3岁", "none", "baseline")]),
        ("國家衛生健康委員會日前發布《2019年我國衛生健康事業發展統計公報》。我國居民人均預期壽命由2018年的77.0歲提高到2019年的77.3歲。",
         [("life_expectancy", "中国", 2018, "77.0歲", "none", "baseline"), ("life_expectancy", "中国", 2019, "77.3歲", "none", "baseline")]),
        ("湖南省统计局发布2021年湖南省国民经济和社会发展统计公报：全省人均预期寿命从2020年的77.6岁提高到2021年的78.1岁。",
         [("life_expectancy", "湖南省", 2020, "77.6岁", "none", "baseline"), ("life_expectancy", "湖南省", 2021, "78.1岁", "none", "baseline")]),
        # a yearly health report of a city
        ("《重庆市2016年度卫生与人群健康状况报告》显示，全市户籍居民期望寿命提高到2016年的77.8岁。",
         [("life_expectancy", "重庆市", 2016, "77.8岁", "none", "baseline")]),
        # a sample survey's reference moment, the figures of that year
        ("河南省统计局\n以2015年11月1日零时为标准时点的全省1%人口抽样调查显示，全省60岁及以上人口为1123万人，占11.84%。",
         [("pop_60plus", "河南省", 2015, "1123万人", "none", "baseline"), ("share_60plus", "河南省", 2015, "11.84%", "none", "baseline")]),
        ("河南省统计局\n以２０１５年１１月１日零时为标准时点的全省1%人口抽样调查显示，全省60岁及以上人口为１１２３万人，占11.84%。",
         [("pop_60plus", "河南省", 2015, "１１２３万人", "none", "baseline"), ("share_60plus", "河南省", 2015, "11.84%", "none", "baseline")]),
    ],
)
def test_a_statistical_release_dates_its_figures_as_observed(text, expected):
    assert rows(text) == expected


def test_released_years_need_the_release_or_its_results():
    assert released_years(["国家统计局发布《2018年国民经济和社会发展统计公报》"]) == {2018}
    assert released_years(["2015年全国1%人口抽样调查主要数据公报显示"]) == {2015}
    assert released_years(["现将2020年11月1日零时全区常住人口的基本情况公布如下"]) == {2020}
    assert released_years(["认真做好2025年全国1%人口抽样调查工作"]) == set()  # a survey to come, no results
    assert released_years(["到2025年，全市常住人口达到500万人"]) == set()


def test_a_census_moment_is_no_page_date():
    # the reference moment (2020年11月1日零时) and a date right after a census's name are what the figures are of
    assert page_year(document("根据第七次全国人口普查结果，现将2020年11月1日零时全区常住人口的基本情况公布如下：\n全区常住人口为412356人。")) is None
    assert page_year(document("与第六次全国人口普查2010年11月1日的4125.6万人相比，增加362.4万人。")) is None
    assert page_year(document("2021-05-20 10:31\n根据第七次全国人口普查结果，现将2020年11月1日零时…公布如下")) == 2021


@pytest.mark.parametrize(
    "text",
    [
        "合肥市蜀山区统计局\n根据第七次全国人口普查结果，现将2020年11月1日零时全区常住人口的基本情况公布如下：\n全区常住人口为412356人。",
        "合肥市蜀山区统计局\n根據第七次全國人口普查結果，現將2020年11月1日零時全區常住人口的基本情況公布如下：\n全區常住人口為412356人。",
    ],
)
def test_a_census_communique_reports_the_census_year(text):
    assert rows(text) == [("pop_resident", "合肥市蜀山区", 2020, "412356人", "none", "baseline")]


# -- page furniture of communiqués and their copies -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("岳阳市统计局\n2020年11月1日零时，全市常住人口[2]为5051922人。", [("pop_resident", "岳阳市", 2020, "5051922人", "none", "baseline")]),
        ("岳阳市统计局\n2020年11月1日零时，全市常住人口[12]為5051922人。", [("pop_resident", "岳阳市", 2020, "5051922人", "none", "baseline")]),
        ("岳阳市统计局\n2020年11月1日零时，全市0—14岁[3]人口为887365人，占17.56%。",
         [("pop_0_14", "岳阳市", 2020, "887365人", "none", "baseline"), ("share_0_14", "岳阳市", 2020, "17.56%", "none", "baseline")]),
    ],
)
def test_a_footnote_marker_after_a_word_is_dropped(text, expected):
    assert rows(text) == expected


def test_pinyin_glosses_without_tone_marks_only_in_a_run():
    assert normalize_line("据(ju)《2021年浙(zhe)江(jiang)省统计公报》数(shu)据(ju)").text == "据《2021年浙江省统计公报》数据"
    assert normalize_line("全市面积(km)为1200").text == "全市面积(km)为1200"  # a lone bracketed word stays
    text = "据(ju)统(tong)计(ji)，截(jie)至2021年末，浙(zhe)江(jiang)省常(chang)住(zhu)人口(kou)(kou)6540万(wan)人。"
    assert rows(text) == [("pop_resident", "浙江省", 2021, "6540万", "none", "baseline")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("山西省统计局\n2022年末，全省0至14岁人口为512.6万人，占14.8%；15至59岁人口为2205.3万人，占63.7%。",
         [("pop_0_14", "山西省", 2022, "512.6万人", "none", "baseline"), ("pop_15_59", "山西省", 2022, "2205.3万人", "none", "baseline"),
          ("share_0_14", "山西省", 2022, "14.8%", "none", "baseline"), ("share_15_59", "山西省", 2022, "63.7%", "none", "baseline")]),
        ("山西省统计局\n2022年末，全省0到14岁人口为512.6万人。", [("pop_0_14", "山西省", 2022, "512.6万人", "none", "baseline")]),
        ("山西省統計局\n2022年末，全省15至64歲人口為2398.1萬人。", [("pop_15_64", "山西省", 2022, "2398.1萬人", "none", "baseline")]),
    ],
)
def test_an_age_band_written_with_zhi(text, expected):
    assert rows(text) == expected


# -- the national total of a census or survey -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020年11月1日零时，全国31个省、自治区、直辖市和现役军人的人口为141178万人。", [("pop_resident", "中国", 2020, "141178万人", "none", "baseline")]),
        ("2020年11月1日零時，全國31個省、自治區、直轄市和現役軍人的人口為141178萬人。", [("pop_resident", "中国", 2020, "141178萬人", "none", "baseline")]),
        ("2020年11月1日零时，全国31个省（区、市）和现役军人的人口为14.1178亿人。", [("pop_resident", "中国", 2020, "14.1178亿人", "none", "baseline")]),
    ],
)
def test_the_population_of_the_provinces_and_the_army_is_the_nations(text, expected):
    assert rows(text) == expected


# -- the base of a comparison with a census ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江西省统计局\n2020年11月1日零时，全省常住人口为4518.9万人，与2010年第六次全国人口普查4456.7万人相比，增加62.2万人。",
         [("pop_resident", "江西省", 2010, "4456.7万人", "none", "baseline"), ("pop_resident", "江西省", 2020, "4518.9万人", "none", "baseline")]),
        ("江西省统计局\n2020年11月1日零时，全省常住人口为4518.9万人，与2010年第六次全国人口普查（4456.7万人）相比，增加62.2万人。",
         [("pop_resident", "江西省", 2010, "4456.7万人", "none", "baseline"), ("pop_resident", "江西省", 2020, "4518.9万人", "none", "baseline")]),
        ("南昌市统计局\n2020年11月1日零时，全市中心城区常住人口占全市常住人口的比重达60.6%，与2010年第六次全国人口普查(52.3%)相比，提高8.3个百分点。",
         [("share_central_urban", "南昌市", 2010, "52.3%", "none", "baseline"), ("share_central_urban", "南昌市", 2020, "60.6%", "none", "baseline")]),
    ],
)
def test_a_level_right_after_the_census_it_is_compared_with(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "贵州省统计局\n以2020年11月1日零时为标准时点，全省常住人口为3856.2万人，同第六次全国人口普查2010年11月1日的3474.6万人相比，十年共增加381.6万人。全省0至14岁人口为912.3万人。",
        "貴州省統計局\n以2020年11月1日零時為標準時點，全省常住人口為3856.2萬人，同第六次全國人口普查2010年11月1日的3474.6萬人相比，十年共增加381.6萬人。全省0至14歲人口為912.3萬人。",
    ],
)
def test_a_date_after_a_census_name_is_the_base_of_the_comparison_not_the_year_of_what_follows(text):
    found = {(row[0], row[2], float(row[3].rstrip("万萬人"))) for row in rows(text)}
    assert found == {("pop_resident", 2020, 3856.2), ("pop_resident", 2010, 3474.6), ("pop_0_14", 2020, 912.3)}


# -- numbers beside a population word that are no level of the place --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "云南省统计局\n2022年末，全省常住人口中，男性为2456.3万人，女性为2236.7万人。",
        "云南省统计局\n2022年末，全省常住人口中，男性人口为2456.3万人；女性人口为2236.7万人。",
        "雲南省統計局\n2022年末，全省常住人口中，男性為2456.3萬人，女性為2236.7萬人。",
        # a bound over a class of places, and a value that defines a class counted after it
        "云南省统计局\n2022年末，其余州(市)常住人口都在300万人以下。",
        "云南省统计局\n2022年末，其他县区常住人口均超过20万人。",
        "云南省统计局\n2022年末，常住人口城镇化率在60%以上的州市有5个。",
        "云南省统计局\n2022年末，15—59岁人口比重在65%以上的县有42个。",
        # parts of the migrants
        "云南省统计局\n2022年末，全省省内流动人口456.7万人。",
        "云南省统计局\n2022年末，全省市内流动人口为56.2万人。",
        # a survey's sample
        "云南省统计局\n2022年人口变动情况抽样调查共调查登记常住人口12.6万人。",
        # a change written with a percentage, a gap, years counted back
        "云南省统计局\n2022年末，全省城镇人口比重攀升1.2%。",
        "云南省统计局\n2022年，全省男女平均预期寿命之差与十年前相比，由4.6岁扩大到5.1岁。",
    ],
)
def test_no_level_of_the_place(text):
    assert rows(text) == []


def test_the_places_own_levels_beside_those_words_stay():
    text = ("云南省统计局\n2022年末，全省常住人口为4693万人，其中男性为2456.3万人。其余州(市)常住人口都在300万人以下。"
            "全省流动人口为580.1万人，其中省内流动人口423.4万人。全省人均预期寿命为76.0岁，其中男性73.2岁，女性79.1岁。")
    assert rows(text) == [
        ("life_expectancy", "云南省", 2022, "76.0岁", "none", "baseline"),
        ("life_expectancy_female", "云南省", 2022, "79.1岁", "none", "baseline"),
        ("life_expectancy_male", "云南省", 2022, "73.2岁", "none", "baseline"),
        ("pop_floating", "云南省", 2022, "580.1万人", "none", "baseline"),
        ("pop_resident", "云南省", 2022, "4693万人", "none", "baseline"),
    ]


def test_years_counted_back_are_no_value():
    text = "云南省统计局发布2022年云南省国民经济和社会发展统计公报：全省人均预期寿命达到76.0岁，比10年前提高了3.2岁。"
    assert rows(text) == [("life_expectancy", "云南省", 2022, "76.0岁", "none", "baseline")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("《天津市2012年度卫生与人群健康状况报告》显示，2012年全市婴儿死亡率为2.87%。，比2011年的3.14%。下降了0.27个千分点。",
         [("imr", "天津市", 2011, "3.14%。", "none", "baseline"), ("imr", "天津市", 2012, "2.87%。", "none", "baseline")]),
        ("《天津市2012年度衛生與人群健康狀況報告》顯示，2012年全市嬰兒死亡率為2.87%。,比2011年的3.14%。下降了0.27個千分點。",
         [("imr", "天津市", 2011, "3.14%。", "none", "baseline"), ("imr", "天津市", 2012, "2.87%。", "none", "baseline")]),
    ],
)
def test_a_per_mille_printed_as_percent_and_full_stop_before_a_comma(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "span",
    ["1990至2000年十年间", "1990年至2000年间", "1990到2000年这十年"],
)
def test_the_end_of_a_span_of_years_is_no_goal_year(span):
    text = f"浙江省统计局\n据第六次全国人口普查资料计算，2010年全省人口平均预期寿命达到76.2岁。{span}，全省婴儿死亡率下降5.2个千分点。"
    assert rows(text) == [("life_expectancy", "浙江省", 2010, "76.2岁", "none", "baseline")]


@pytest.mark.parametrize(
    "this",
    ["这次人口普查显示", "本次普查显示", "此次人口普查结果显示", "這次人口普查顯示"],
)
def test_this_census_is_the_census_named_before(this):
    # a copy re-dated by an aggregator (时间:2024/04/28): the census the text names dates the figures of 这次普查
    text = f"时间:2024/04/28\n新华网4月28日电 第六次人口普查登记的江苏省常住人口为7866万人。{this}，全省60岁及以上人口占15.99%。"
    assert rows(text) == [
        ("pop_resident", "江苏省", 2010, "7866万人", "none", "baseline"),
        ("share_60plus", "江苏省", 2010, "15.99%", "none", "baseline"),
    ]


@pytest.mark.parametrize(
    "shows",
    ["据最新统计数据显示，2016年", "据统计，2016年", "卫生部门的报告显示，2016年", "據最新統計數據顯示，2016年"],
)
def test_statistics_reported_before_a_value_are_observed(shows):
    # a page that tells no cut-off (no period, no date, no goal): the statistics shown are observations
    text = f"杭州市卫生健康委员会\n{shows}，全市户籍人口平均期望寿命为83.18岁，孕产妇死亡率为5.64/10万。"
    assert rows(text) == [
        ("life_expectancy", "杭州市", 2016, "83.18岁", "none", "baseline"),
        ("mmr", "杭州市", 2016, "5.64/10万", "none", "baseline"),
    ]


def test_statistics_shown_beside_a_goal_stay_goals():
    text = "杭州市卫生健康委员会\n数据显示，到2030年全市户籍人口平均期望寿命将达到84岁。"
    assert [row[5] for row in rows(text)] != ["baseline"]



@pytest.mark.parametrize("task", [
    "认真做好2025年全国1%人口抽样调查数据采集和质量控制工作", "组织开展2030年第八次全国人口普查", "做好2025年1%人口抽样调查主要数据公报发布准备",
])
def test_a_release_still_to_be_made_dates_nothing_as_observed(task):
    # a task before the year: the survey or census is to come, so its year stays a goal year of the plan
    assert released_years([task]) == set()
    text = "某市人口发展规划\n二、发展目标\n到2025年，全市常住人口达到295万人，常住人口城镇化率达到70%。" + task + "。"
    assert {row[-1] for row in rows(text)} == {"target"}
