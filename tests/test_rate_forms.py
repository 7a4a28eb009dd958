"""Rates, ratios and service levels in the forms real plans and reports print them (i21b): each rule tried on
invented sentences in several variants, and on near-misses that must stay unread (the texts have no manifest
row: place, period and cut-off are inferred as for any new text)."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def rows(text: str, columns=("indicator", "year", "value", "qualifier")) -> set[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")
    values = extract_documents([document]).indicators
    return {tuple(row) for row in values[list(columns)].itertuples(index=False)}


# --- a rate per 100 000 written with the digits of its denominator (20.91/100000) -------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("2010年全县孕产妇死亡率16.35/100000，婴儿死亡率5.1‰。", ("mmr", 2010, 16.35, "none")),
     ("2018年，全省孕产妇死亡率为12.6/100 000。", ("mmr", 2018, 12.6, "none")),
     ("到2020年，全市孕产妇死亡率控制在18/100000以下。", ("mmr", 2020, 18.0, "below"))],
)
def test_a_rate_per_100000_in_digits_is_read(text, expected):
    assert expected in rows(text)


def test_a_rate_per_100000_of_no_coded_indicator_stays_unread():
    assert not {row for row in rows("2015年全市法定传染病报告发病率为298.5/100000。") if row[0] != "unmapped"}


# --- a sex ratio at birth printed with % --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("2014年，全省出生人口性别比控制在118%以内。", ("srb", 2014, 118.0, "le")),
     ("到2020年，全市出生人口性别比下降到112%左右，人口自然增长率控制在6‰以内。", ("srb", 2020, 112.0, "approx")),
     ("2015年，全县出生性别比为108.5%。", ("srb", 2015, 108.5, "none"))],
)
def test_a_sex_ratio_at_birth_with_a_percent_sign_is_the_ratio(text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    ["2012年，全市出生性别比下降超出正常部分10%的要求。", "2015年，全县出生人口性别比较上年下降2.5%。",
     "2016年，出生人口性别比偏高的乡镇减少了45%。"],
)
def test_a_small_percent_after_a_sex_ratio_is_no_ratio(text):
    assert not {row for row in rows(text) if row[0] == "srb"}


# --- names of rates the codebook lacked ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("2006年，全省生育符合政策率达到92%以上。", ("family_planning_rate", 2006, 92.0, "above")),
     ("2014年，全市生育符合政策率达88%以上，出生人口性别比稳步下降。", ("family_planning_rate", 2014, 88.0, "above")),
     ("2009年全县生育政策符合率为96.5%。", ("family_planning_rate", 2009, 96.5, "none")),
     ("到2020年，全市护理型养老床位比例不低于35%。", ("nursing_bed_share", 2020, 35.0, "ge")),
     ("到2025年，护理型养老床位占比达到55%，新增护理型养老床位2000张。", ("nursing_bed_share", 2025, 55.0, "none")),
     ("2011年全县新生儿性别比为113.2。", ("srb", 2011, 113.2, "none")),
     ("2013年在全区医院出生的新生儿的性别比是110.4。", ("srb", 2013, 110.4, "none"))],
)
def test_new_names_of_rates(text, expected):
    assert expected in rows(text)


def test_a_count_of_nursing_beds_is_no_share():
    assert not {row for row in rows("到2025年，全市新增护理型养老床位2000张。") if row[0] == "nursing_bed_share"}


# --- childcare places per 1000: 三岁 in Chinese numerals, places counted in 张 ------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("“十四五”末，全市每千人口三岁以下婴幼儿托位数 3.2 张。", ("childcare_places_per_1000", 2025, 3.2, "none")),
     ("到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5张，床位总数达到3000张。", ("childcare_places_per_1000", 2025, 4.5, "none")),
     ("到2025年，全区每千人口拥有三岁以下婴幼儿托位达到4个。", ("childcare_places_per_1000", 2025, 4.0, "none"))],
)
def test_childcare_places_per_1000(text, expected):
    assert expected in rows(text)


def test_a_count_of_childcare_places_is_no_rate():
    assert not {row for row in rows("到2025年，全市新增婴幼儿托位3000张。") if row[0] == "childcare_places_per_1000"}


# --- a paragraph that announces the year's goals without stating them: the next paragraph lists them ------------

MEETING = "人口计生工作会议召开\n来源：晚报 {date} 08:10\n\n本报讯 昨天，{who}召开人口和计划生育工作会议，{announce}\n\n{targets}"


@pytest.mark.parametrize(
    ("date", "announce", "targets", "expected"),
    [("2014-03-12", "确定了今年全市人口和计划生育工作目标。", "全市人口出生率控制在11.5‰以内，计划生育率保持在93%以上。",
      {("birth_rate", 2014, 11.5, "le"), ("family_planning_rate", 2014, 93.0, "above")}),
     ("2009-02-20", "提出了今年全县人口计生工作的主要任务。", "全县人口自然增长率控制在5.2‰以内，出生人口性别比下降到112以下。",
      {("natural_growth_rate", 2009, 5.2, "le"), ("srb", 2009, 112.0, "below")}),
     ("2016-01-08", "明确了2016年度全区人口发展目标。", "全区生育符合政策率达到95%以上。",
      {("family_planning_rate", 2016, 95.0, "above")})],
)
def test_goals_announced_then_listed_in_the_next_paragraph_are_of_that_year(date, announce, targets, expected):
    assert expected <= rows(MEETING.format(date=date, who="市委、市政府", announce=announce, targets=targets))


@pytest.mark.parametrize(
    ("announce", "targets"),
    [("部署了今年的各项工作任务。", "据统计，全县人口出生率为10.8‰，计划生育率为92%。"),  # a record after the announcement
     ("听取了去年工作情况汇报。", "全市人口出生率控制在11.5‰以内，计划生育率保持在93%以上。"),  # nothing announced
     ("确定了今年全市人口和计划生育工作目标。", "2013年末，全市人口出生率为10.9‰。")],  # a past year-end of its own
)
def test_no_announced_year_for_a_record_or_without_an_announcement(announce, targets):
    assert not {row for row in rows(MEETING.format(date="2014-03-12", who="全市", announce=announce, targets=targets)) if row[1] == 2014}


# --- an undated page's own year, told by a figure stated with 去年 and with its year: 万 and 万人 are one unit ---------

@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [("去年全省常住人口6123万 出生率有所回升", "记者从昨日召开的会议获悉，2015年全省常住人口达到6123万人。去年全省人口出生率为12.35‰。",
      ("birth_rate", 2015, 12.35, "none")),
     ("去年全市常住人口达1086.5万人", "据介绍，2017年末全市常住人口1086.5万，比上年增加20万。去年全市户籍人口自然增长率为3.18‰。",
      ("natural_growth_rate_hukou", 2017, 3.18, "none"))],
)
def test_a_figure_with_and_without_its_person_word_tells_the_page_year(headline, body, expected):
    assert expected in rows(headline + "\n" + body)


def test_figures_that_differ_tell_no_page_year():
    text = "去年全省常住人口6123万\n2015年全省常住人口达到6132万人。去年全省人口出生率为12.35‰。"
    assert not {row for row in rows(text) if row[0] == "birth_rate"}


# --- a numbered line that is the indicator and its value, under a line that counts the goals ----------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("到2020年，全县将实现六大目标。\n1.常住人口48万人左右\n2.城镇化率60%以上\n3.人均预期寿命78岁",
      {("pop_resident", 2020, 48.0, "approx"), ("urbanization_resident", 2020, 60.0, "above"), ("life_expectancy", 2020, 78.0, "none")}),
     ("第二章 发展目标\n到2015年，全市经济社会发展的主要指标包括以下5个方面：\n1、人口自然增长率6‰以内\n2、城市化率55%",
      {("natural_growth_rate", 2015, 6.0, "le"), ("urbanization_resident", 2015, 55.0, "none")}),
     ("记者获悉，到2025年，我市将力争实现十项主要目标。\n\n1.生产总值8000亿元\n\n全市生产总值年均增长7%。\n\n2.城镇化率75%左右",
      {("urbanization_resident", 2025, 75.0, "approx")})],
)
def test_numbered_goal_lines_under_a_count_of_goals(text, expected):
    assert expected <= rows(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [("到2015年，全市将实现八大目标。\n2010年全市常住人口为81万人。", ("pop_resident", 2015, 81.0, "none")),  # a year of its own
     ("1.常住人口\n2.城镇化率稳步提高\n3.人均预期寿命", None)],  # numbered headings without a value
)
def test_no_goal_year_for_a_value_with_its_own_year_nor_a_value_for_a_bare_heading(text, unexpected):
    found = rows(text)
    assert (unexpected not in found) if unexpected else not found


# --- the goals of a period ahead, enumerated 一是…二是… after a paragraph that opens on the period and 将 ---------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("“十三五”期间，全市将全力提升老龄事业发展水平。\n一是制度更加完善。城乡居民基本养老保险参保率达到96%。\n"
      "二是服务进一步加强。65岁以上老年人健康管理率达到72%。",
      {("pension_insurance_coverage", 2020, 96.0, "none"), ("elderly_health_management_rate", 2020, 72.0, "none")}),
     ("“十二五”期间，全省将着力推进新型城镇化。\n一是人口向城镇集聚，常住人口城镇化率达到55%。\n二是人口素质提高，人均预期寿命达到76岁。",
      {("urbanization_resident", 2015, 55.0, "none"), ("life_expectancy", 2015, 76.0, "none")}),
     ("在“十四五”时期，我区将重点抓好三方面工作。\n其一，护理型养老床位占比达到60%。",
      {("nursing_bed_share", 2025, 60.0, "none")})],
)
def test_enumerated_goals_of_a_period_ahead_are_of_its_last_year(text, expected):
    assert expected <= rows(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [("“十二五”期间，全省将着力推进新型城镇化。\n一是人口向城镇集聚。\n据统计，全省常住人口城镇化率为48%。", ("urbanization_resident", 2015, 48.0, "none")),
     ("“十三五”期间，全市人口发展取得显著成效。\n一是人口总量平稳增长，常住人口达到850万人。", ("pop_resident", 2020, 850.0, "none")),
     ("“十三五”期间，全市将提升养老服务水平。\n一是完善制度。\n2015年全市常住人口城镇化率为61%。", ("urbanization_resident", 2020, 61.0, "none"))],
)
def test_no_period_year_past_the_enumeration_nor_for_a_review(text, unexpected):
    assert unexpected not in rows(text)


# --- a transition with no year after a sentence that named a period and then its last year -------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("一、发展基础\n“十二五”期间，我市老龄事业快速发展。至2015年底，全市养老机构达150家，每千名老人拥有养老床位由25张上升到38张。",
      {("elderly_care_beds_per_1000", 2010, 25.0, "none"), ("elderly_care_beds_per_1000", 2015, 38.0, "none")}),
     ("一、现状\n“十一五”期间，全省人口发展平稳。2010年末，全省婴儿死亡率由12.5‰下降到8.1‰。",
      {("imr", 2005, 12.5, "none"), ("imr", 2010, 8.1, "none")})],
)
def test_a_transition_over_a_named_period_starts_at_its_base_year(text, expected):
    assert expected <= rows(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [("一、现状\n“十二五”期间，全市人口发展平稳。至2013年底，每千名老人拥有养老床位由25张上升到30张。", ("elderly_care_beds_per_1000", 2010, 25.0, "none")),
     ("一、现状\n“十二五”期间，全市人口发展平稳。至2015年底，婴儿死亡率由2012年的9.5‰下降到6.1‰。", ("imr", 2010, 9.5, "none"))],
)
def test_a_transition_without_the_period_end_or_with_its_own_start_year_is_not_moved(text, unexpected):
    assert unexpected not in rows(text)


# --- the fitness-standard share stated before its subject (94%的人群体质达合格以上) ---------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("规划设定了多个目标，包括：2035年全市93%的人群体质达合格以上，经常参加体育锻炼人数达300万人。", ("fitness_standard_pass_share", 2035, 93.0, "none")),
     ("到2030年，全省93.5%以上的城乡居民体质达到合格以上。", ("fitness_standard_pass_share", 2030, 93.5, "above")),
     ("2020年，全市居民体质达合格以上的比例为91.2%。", ("fitness_standard_pass_share", 2020, 91.2, "none"))],
)
def test_the_fitness_standard_share_before_or_after_its_subject(text, expected):
    assert expected in rows(text)


def test_a_pupils_fitness_share_is_not_the_residents():
    assert not {row for row in rows("到2030年，全市95%的学生体质达合格以上。") if row[0] == "fitness_standard_pass_share"}


# --- an unqualified urbanisation rate that is the non-agricultural share of the registered population ------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("1997年全市户籍人口为1290万人，其中非农业人口为930万人，城市化水平达72%。", ("urbanization_hukou", 1997, 72.0, "none")),
     ("2000年全县户籍人口52.3万人，其中非农业人口15.6万人，城镇化率为29.8%。", ("urbanization_hukou", 2000, 29.8, "none"))],
)
def test_an_urbanisation_rate_that_is_the_hukou_quotient_is_the_hukou_rate(text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2020年全市实际居住人口为1600万左右，其中非农人口1360万，城市化水平达到85%。", ("urbanization_resident", 2020, 85.0, "none")),  # over residents
     ("2005年全市户籍人口为600万人，其中非农业人口为300万人，城市化水平达62%。", ("urbanization_resident", 2005, 62.0, "none")),  # not the quotient
     ("2005年全市户籍人口为600万人，其中非农业人口为300万人，常住人口城镇化率达50%。", ("urbanization_resident", 2005, 50.0, "none"))],  # named resident
)
def test_an_urbanisation_rate_that_is_not_the_hukou_quotient_stays_resident(text, expected):
    assert expected in rows(text)


# --- an undated work report's year, told by its place in a five-year period or after a party congress ----------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("新华网讯 市长在政府工作报告中说，今年是“十四五”开局之年。今年全市经济社会发展的主要预期目标是：城镇登记失业率控制在4.5%以内，人口自然增长率控制在5‰以内。",
      {("unemployment_rate_registered", 2021, 4.5, "le"), ("natural_growth_rate", 2021, 5.0, "le")}),
     ("本报讯 省长在报告中说，今年是“十三五”规划的收官之年。今年全省人口自然增长率控制在7‰以内。", {("natural_growth_rate", 2020, 7.0, "le")}),
     ("本报讯 今年是全面贯彻落实党的十九大精神的开局之年。今年全市城镇登记失业率控制在3.8%以内。", {("unemployment_rate_registered", 2018, 3.8, "le")}),
     ("本报讯 今年是实施“十三五”规划的第二年。今年全省城镇登记失业率控制在4%以内。", {("unemployment_rate_registered", 2017, 4.0, "le")}),
     ("本报讯 今年是新中国成立七十周年。今年全市人口自然增长率控制在5‰以内。", {("natural_growth_rate", 2019, 5.0, "le")}),
     ("本报讯 今年是改革开放40周年。今年全省城镇登记失业率控制在4%以内。", {("unemployment_rate_registered", 2018, 4.0, "le")})],
)
def test_this_year_named_by_its_place_in_a_period_dates_an_undated_report(text, expected):
    assert expected <= rows(text)


@pytest.mark.parametrize(
    "text",
    ["本报讯 2011年是“十二五”开局之年。今年全省人口自然增长率控制在7‰以内。",  # a year written out, not 今年
     "本报讯 明年是“十四五”开局之年。今年全省人口自然增长率控制在7‰以内。",  # next year's place
     "本报讯 明年是新中国成立70周年。今年全省人口自然增长率控制在7‰以内。",  # next year's anniversary
     "本报讯 今年是我市撤县设市30周年。今年全市人口自然增长率控制在7‰以内。",  # an event of no known year
     "本报讯 今年是“十三五”开局之年。回顾：2011年报告说，今年是“十二五”开局之年。今年全省人口自然增长率控制在7‰以内。",  # two that disagree
     # the place is of the next clause's subject (明年), or of the year 今年 prepares for
     "本报讯 今年是“十二五”规划承上启下的关键一年，明年是“十二五”规划的收官之年。今年全市人口自然增长率控制在6‰以内。",
     "本报讯 今年是深化改革的攻坚之年，明年是“十四五”开局之年。今年全省城镇登记失业率控制在4.5%以内。",
     "本报讯 今年是全面深化改革的关键之年，也是为“十三五”开局之年打好基础的一年。今年全市人口自然增长率控制在6‰以内。",
     "本报讯 今年是为“十四五”开局之年奠定基础的一年。今年全省人口自然增长率控制在5‰以内。"],
)
def test_no_year_from_another_years_place_or_places_that_disagree(text):
    assert not rows(text)


def test_a_place_joined_by_ye_shi_is_still_this_years():
    text = "本报讯 今年是全面深化改革的关键之年，也是“十三五”规划的开局之年。今年全市人口自然增长率控制在6‰以内。"
    assert rows(text) == {("natural_growth_rate", 2016, 6.0, "le")}


def test_a_page_dated_before_the_year_told_by_its_place_keeps_its_date():
    assert ("natural_growth_rate", 2015, 7.0, "le") in rows("来源：日报 2015-12-25\n今年是“十三五”开局之年。今年全省人口自然增长率控制在7‰以内。")


# --- a bare 占比 of the whole a share named before it (…占常住人口比例提升至42.2%；…户籍人口达到500万人，占比提升至46.3%) -----------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("2030年，常住人口达到1020万人，户籍人口达到450万人，占常住人口比例提升至44.1%；2035年，常住人口达到1080万人，户籍人口达到520万人，占比提升至48.1%。",
      ("hukou_share_of_resident", 2035, 48.1, "none")),
     ("到2025年，全市户籍人口达到300万人，占常住人口的比重达到40%；到2030年，户籍人口达到340万人，占比达到43%。", ("hukou_share_of_resident", 2030, 43.0, "none"))],
)
def test_a_bare_share_is_of_the_whole_named_before(text, expected):
    assert expected in rows(text)


def test_a_bare_share_without_a_whole_named_before_stays_unread():
    assert not {row for row in rows("2027年，户籍人口达到385万人，占比提升至37.8%。") if row[2] == 37.8}


# --- a rate per 100 000 whose denominator is spelled out before its number -------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("到2020年，全市孕产妇死亡率控制在每10万人18人以下。", ("mmr", 2020, 18.0, "below")),
     ("2015年，全省孕产妇死亡率为每十万活产中有15.2例。", ("mmr", 2015, 15.2, "none")),
     ("2015年，全县孕产妇死亡率为每10万人中12.5人，婴儿死亡率为4.5‰。", ("mmr", 2015, 12.5, "none"))],
)
def test_a_rate_per_100000_with_its_denominator_spelled_out(text, expected):
    assert expected in rows(text)


def test_a_count_per_100000_of_no_rate_named_before_is_not_a_maternal_mortality():
    assert not {row for row in rows("2015年，全市每10万人口中具有大学文化程度的人数为8000人。") if row[0] == "mmr"}


# --- social insurance participation in shorter names -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("到2020年，全市养老保险参保率达到92%，医疗保险参保率达到97%。",
      {("pension_insurance_coverage", 2020, 92.0, "none"), ("medical_insurance_coverage", 2020, 97.0, "none")}),
     ("到2020年，城乡居民医保参保率稳定在95%以上。", {("medical_insurance_coverage", 2020, 95.0, "above")}),
     ("2018年，全县基本医保参保率为96.5%。", {("medical_insurance_coverage", 2018, 96.5, "none")})],
)
def test_short_names_of_insurance_participation(text, expected):
    assert expected <= rows(text)


def test_other_insurances_are_not_medical_or_pension():
    assert not rows("到2020年，全市失业保险参保人数达到50万人，工伤保险参保率达到90%。")


# --- a repost: a report that names its own year on a page dated later is of its own year ------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("2017年某市政府工作报告\n发布时间：2019-05-10 来源：市政府办公室\n今年全市经济社会发展的主要预期目标是：城镇登记失业率控制在4.5%以内，"
      "人口自然增长率控制在6‰以内。去年全市人口自然增长率为6.2‰。",
      {("unemployment_rate_registered", 2017, 4.5, "le", "target"), ("natural_growth_rate", 2017, 6.0, "le", "target"),
       ("natural_growth_rate", 2016, 6.2, "none", "baseline")}),
     ("发布时间：2019-05-10\n本报讯 今年是“十三五”开局之年。今年全市城镇登记失业率控制在4.5%以内。",
      {("unemployment_rate_registered", 2016, 4.5, "le", "target")})],
)
def test_a_reposted_report_is_of_its_own_year_not_the_later_page_date(text, expected):
    assert expected <= rows(text, ("indicator", "year", "value", "qualifier", "kind"))


def test_a_report_delivered_before_the_year_in_its_title_keeps_its_date():
    text = "2011年某市政府工作报告\n（2010年12月18日在市第九届人民代表大会第四次会议上）\n今年全市城镇登记失业率控制在4.5%以内。"
    assert ("unemployment_rate_registered", 2010, 4.5, "le") in rows(text)


# --- a ‰ printed as %o or %0 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("到2015年，全市人口自然增长率控制在6.5%o以内。", ("natural_growth_rate", 2015, 6.5, "le")),
     ("到2015年，全县人口出生率控制在12%0以内。", ("birth_rate", 2015, 12.0, "le")),
     ("2012年全省人口死亡率为6.1%o，婴儿死亡率为4.2%O。", ("imr", 2012, 4.2, "none"))],
)
def test_a_per_mille_printed_as_percent_o(text, expected):
    assert expected in rows(text)


def test_a_share_with_its_percent_sign_stays_a_share():
    assert ("urbanization_resident", 2012, 55.0, "none") in rows("2012年全市城镇化率为55%，比上年提高1.2个百分点。")


# --- a year's work report or plan named by its year: its goals without a year are that year's --------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("关于2015年国民经济和社会发展计划草案的报告\n全市经济社会发展的主要预期目标是：地区生产总值增长8%，城镇登记失业率控制在4%以内，人口自然增长率控制在6‰以内。",
      {("unemployment_rate_registered", 2015, 4.0, "le"), ("natural_growth_rate", 2015, 6.0, "le")}),
     ("2014年某县政府工作报告\n主要预期目标是：城镇登记失业率控制在4.2%以内，人口自然增长率控制在5.5‰以内。",
      {("unemployment_rate_registered", 2014, 4.2, "le"), ("natural_growth_rate", 2014, 5.5, "le")})],
)
def test_goals_without_a_year_in_a_report_named_by_its_year(text, expected):
    assert expected <= rows(text)


def test_goals_without_a_year_in_a_report_named_without_one_stay_undated():
    assert not rows("某市政府工作报告\n来源：日报 2014-01-20\n主要预期目标是：城镇登记失业率控制在4%以内，人口自然增长率控制在6‰以内。")
