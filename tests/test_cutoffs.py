"""The plan's present year (its information cut-off) and its place, read as a demographer would (issue #19 part 3).

Invented texts, one per form real plans and press reports use; each asserts the cut-off (and where it is the point,
the kind of the values it decides)."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def extract(text: str, name: str = "plan.txt"):
    return extract_documents([ingest_text(decode_bytes(text.encode("utf-8"), name), name)])


def cutoff(text: str) -> int:
    return int(extract(text).plans.loc[0, "cutoff_year"])


def kinds(text: str) -> list[tuple]:
    values = extract(text).indicators
    return sorted(values[["indicator", "year", "value_text", "kind"]].itertuples(index=False, name=None))


@pytest.mark.parametrize("dash", ["―", "–", "－", "～", "—"])
def test_a_period_written_with_any_dash_is_the_plans_period(dash):
    text = f"关于某某市城市总体规划(2000{dash}2020年)的请示\n到2020年,城市化水平达到47%。"
    assert cutoff(text) == 1999


def test_a_period_whose_dash_a_web_copy_lost_is_still_read():
    text = ("我市确定城市总体规划\n记者从《宜昌市城市总体规划(20112030年)》新闻发布会上了解到,"
            "至2030年,中心城区城市人口规模将达300万人。")
    plans = extract(text).plans
    assert (int(plans.loc[0, "period_start"]), int(plans.loc[0, "cutoff_year"])) == (2011, 2010)


@pytest.mark.parametrize(("title", "expected"), [
    ("某某市城市总体规划(2006-2020年)(2016年修订)公示", 2015),
    ("某某市城市总体规划（2006—2020年）（2017年修订）", 2016),
    ("某某市城市总体规划(2006-2020年)2016年修订版", 2015),
    ("某某市城市总体规划(2006-2020年)", 2005),
])
def test_a_revised_plan_is_made_on_the_figures_of_the_year_before_its_revision(title, expected):
    assert cutoff(title + "\n到2020年,中心城区人口规模达到100万人。") == expected


def test_a_revision_with_a_period_of_its_own_keeps_that_periods_cut_off():
    text = "《某某市城市总体规划(2003-2020)(2014年修订)》批后公布\n规划期限为2013―2020年。到2020年总人口为1000万人。"
    assert cutoff(text) == 2012


def test_a_request_about_a_citys_plan_is_the_citys_not_the_provinces():
    text = ("- 【發布單位】河北省\n河北省人民政府 關於張家口市城市總體規劃(2000―2020年)的請示\n國務院:\n"
            "一、到2020年,市域城鎮化水平達到47%。\n二、到2020年,城市人口規模為110.4萬人。")
    plans = extract(text).plans
    assert (plans.loc[0, "place_zh"], int(plans.loc[0, "cutoff_year"])) == ("张家口市", 1999)
    text = "江西省人民政府关于南昌市城市总体规划（2001—2020年）的批复\n到2020年，中心城区人口规模为300万人。"
    assert extract(text).plans.loc[0, "place_zh"] == "南昌市"


@pytest.mark.parametrize("text", [
    "规划提出,到2020年全省居民人均预期寿命从2015年的73.25岁增长到74岁;到2030年,进一步增长到76岁。",
    "到2030年,人均预期寿命达到79岁,比2015年提高3.1岁。",
    "到2030年，人均預期壽命達到79歲，較2015年提高3.1歲。",
    "到２０３０年，人均预期寿命达到79岁，与2015年相比提高3.1岁。",
])
def test_without_dates_the_base_of_a_change_is_the_last_observed_year(text):
    assert cutoff("某省健康行动实施方案出台\n" + text) == 2015


def test_without_dates_a_year_told_as_done_is_not_guessed_from_its_verb():
    # 2014年，…完成撤地设市工作 reads as past to a person, but a verb after a year is no safe sign (2025年基本完成… is a
    # goal in many press copies): the tense rule keeps to 年末, 截至, 普查 and the base of a change
    goal = "某地力争2020年常住人口城镇化率达到30%以上\n2018年基本完成户籍制度改革，到2020年全面完成。"
    assert cutoff(goal) == 2019


def test_a_report_dated_in_its_year_that_states_that_years_levels_as_the_base_of_a_change():
    text = ("2010-10-30 07:48:00 来源：中国新闻网\n根据河北省《关于加快城市化进程的实施意见》,该省城镇人口五年后将由2010年的"
            "3186万人增加到4100万人,城市化率由2010年的45%提高到54%。")
    assert cutoff(text) == 2010
    assert ("urbanization_resident", 2010, "45%", "baseline") in kinds(text)


def test_a_record_up_to_the_periods_start_and_a_span_reaching_into_it_are_observed():
    review = ("《柳州市城市总体规划(2010-2020年)》新闻发布会\n“十一五”时期，城镇化水平由2005年的45.45%提高到2010年的51.27%。"
              "至2020年期末，中心城区城市人口规模将达160万人。")
    assert cutoff(review) == 2010
    span = ("《广西卫生健康发展“十四五”规划》发布\n2012年至2021年,广西的人均预期寿命从75.11岁增至78.06岁。"
            "“十四五”期间,人均预期寿命提高到79.06岁。")
    assert cutoff(span) == 2021
    assert ("life_expectancy", 2021, "78.06岁", "baseline") in kinds(span)
    goal = "《某省卫生健康发展“十四五”规划》发布\n2020年至2025年,人均预期寿命将从78岁提高到79岁。"
    assert cutoff(goal) == 2020  # a span of the plan's own goals is no record


def test_a_base_column_of_a_table_is_the_cut_off_whatever_the_issue_date():
    text = ("某县人民政府办公室\n2025年4月25日\n某县人均预期寿命提升行动计划主要目标责任清单\n"
            "序号 | 指标名称 | 单位 | 2022年 | 2025年 | 2027年\n1 | 人均预期寿命 | 岁 | 78.2 | ≥79.2 | ≥80\n"
            "2 | 居民健康素养水平 | % | 21.6 | ≥31.5 | ≥33\n")
    assert cutoff(text) == 2022


def test_an_old_base_of_a_change_does_not_date_a_later_level():
    text = ("某某规划纲要发布\n2014年,全国人均预期寿命为75.8岁,与1990年相比提高7.3岁。"
            "到2030年,人均预期寿命达到79岁。")
    assert cutoff(text) == 2029  # 2014's level is not a goal: the tense of the goals decides, as before
    assert ("life_expectancy", 2014, "75.8岁", "baseline") in kinds(text)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("课题组预测得出，2020年的嘉兴市户籍人口数为350.3万，最终导致嘉兴市常住人口在未来10年内略有上升。", 2010),
    ("今后五年，到2020年，全市常住人口达到600万人。", 2015),
    ("未來十年，到2030年，全市常住人口達到600萬人。", 2020),
])
def test_an_undated_text_counting_years_ahead_to_a_year_tells_its_present(sentence, expected):
    assert cutoff("嘉兴多少人居住才适宜\n" + sentence + f"到{expected + 10}年，人口达到650万。") == expected


@pytest.mark.parametrize("sentence", [
    "在“十一五”期末，首府南宁市将建成常住人口超过200万人的城市。",
    "“十一五”时期，我们要加快推进城镇化。到2010年，城镇化率达到40%。",
    "在「十一五」期末，城鎮化率將達到40%。",
])
def test_a_five_year_period_written_ahead_tells_an_undated_texts_present(sentence):
    text = "新华网广西频道1月22日电\n2004年全区居住在城镇的人口有1550万人，与2000年相比增加213万人。" + sentence
    assert cutoff(text) == 2005


def test_people_living_in_towns_and_villages_are_the_urban_and_rural_population():
    text = ("新华网广西频道1月22日电\n“十一五”时期，我们要加快推进城镇化。2004年广西居住在城镇的人口有1550万人，"
            "居住在乡村的人口为3339万人，占68.3%。")
    assert kinds(text) == [("pop_rural", 2004, "3339万人", "baseline"), ("pop_urban", 2004, "1550万人", "baseline"),
                           ("share_rural", 2004, "68.3%", "baseline")]
    assert set(extract(text).indicators["entity"]) == {"广西壮族自治区"}


# -- i21c: what a text's own words say of its present beat a guess from its goals --

@pytest.mark.parametrize(("opening", "expected"), [
    ("某市第十五届人民代表大会第三次会议昨日开幕，市长作政府工作报告。", 2015),
    ("第十五次全市人口计生工作会议召开。", 2015),
])
def test_an_ordinal_fifteen_is_no_tenth_five_year_plan(opening, expected):
    # 第十五届 (a session), 第十五次 (a meeting) name no “十五” (2001—2005)
    assert cutoff(opening + "\n会议要求，2016年全市人口自然增长率要控制在6‰以内。") == expected


def test_the_tenth_five_year_plan_in_a_title_still_gives_its_period():
    assert cutoff("某市“十五”人口发展计划\n到2005年，全市常住人口控制在500万人以内。") == 2000


@pytest.mark.parametrize(("sentence", "expected"), [
    ("会议要求，2019年全县人口自然增长率要控制在9‰以内。", 2018),
    ("建议2011年全省国民经济和社会发展主要预期目标为：城镇登记失业率控制在4%以内。", 2010),
    ("2014年全市人口发展的目标是：人口出生率控制在12‰以内。", 2013),
])
def test_a_year_set_for_the_targets_that_follow_is_a_goal_year(sentence, expected):
    assert cutoff("全县计划生育工作会议召开\n" + sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全县计划生育工作会议召开\n2012年，全县人口自然增长率控制在6.5‰以内，完成了上级下达的目标任务。",
     [("natural_growth_rate", 2012, "6.5‰以内", "baseline")]),
    ("某市政府工作报告\n2015年全市主要预期目标全面完成，常住人口达到520万人。", [("pop_resident", 2015, "520万人", "baseline")]),
    ("某县政府工作报告\n2013年各项目标任务圆满完成，全县常住人口达到52万人。", [("pop_resident", 2013, "52万人", "baseline")]),
])
def test_a_year_reviewed_as_done_is_observed(text, expected):
    # the goals of the year told as met (完成了…目标任务, 主要预期目标全面完成): a review, the year is the cut-off
    assert cutoff(text) == expected[0][1]
    assert kinds(text) == expected


@pytest.mark.parametrize("text", ["某县政府工作报告\n确保2016年目标任务全面完成，全县常住人口达到52万人。",
                                  "某县政府工作报告\n2016年全县主要预期目标要全面完成，全县常住人口达到52万人。"])
def test_goals_still_to_be_met_are_no_review(text):
    assert kinds(text) == [("pop_resident", 2016, "52万人", "target")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2012年全市常住人口比2011年增加30万人，增长1.3%。", 2012),
    ("2016年，全省出生人口较2015年增长12%。", 2016),
])
def test_a_level_compared_with_an_earlier_year_is_observed(sentence, expected):
    assert cutoff("某市主体功能区规划发布\n" + sentence + "到2020年，全市常住人口控制在2500万人以内。") == expected


def test_a_goal_compared_with_its_base_year_stays_a_goal():
    text = "某市主体功能区规划发布\n2020年全市常住人口比2015年增加50万人左右。到2025年，全市常住人口控制在2500万人以内。"
    assert cutoff(text) == 2024  # 左右: the 2020 level is a goal, never observed (its cut-off is the year before 到2025年)


@pytest.mark.parametrize("sentence", ["发布会上透露，2025年全市常住人口城镇化率达到65%，比2020年提高5个百分点。",
                                      "据介绍，2030年全省常住人口达到1200万人，比2020年增加100万人。"])
def test_a_level_compared_with_its_base_and_no_goal_beyond_it_stays_a_goal(sentence):
    # nothing tells it as a record (已, 年末, 增加了) and no goal is set beyond it: a goal told with its base
    text = "某市召开新闻发布会\n" + sentence
    assert str(extract(text).plans.loc[0, "cutoff_year"]) == "<NA>"
    assert {kind for *_, kind in kinds(text)} == {"target"}


def test_a_level_compared_with_its_base_and_told_as_a_record_is_observed():
    text = "某省召开新闻发布会\n发布会上透露，2021年末全省常住人口达到1200万人，比2020年增加10万人。"
    assert cutoff(text) == 2021


def test_a_year_stated_as_the_end_of_the_figures_makes_earlier_goal_words_a_record():
    text = ("某省人口发展规划发布\n数据显示，截至2021年底，全省常住人口为1020.5万人。据统计，到2020年，全省常住人口达到1008.1万人。"
            "计划到2025年，全省常住人口将达到1100万人。")
    assert cutoff(text) == 2021


@pytest.mark.parametrize(("page", "expected"), [("来源:某报 2012年05月10日 08:00:00", 2011), ("来源:某报 2014年03月02日 10:15:00", 2013)])
def test_last_year_told_in_a_dated_page_is_observed(page, expected):
    text = (f"某市人口发展趋势预测发布\n{page}\n去年全市户籍人口平均期望寿命为80.5岁，60岁及以上老年人口280万人。"
            "1995年末，全市户籍人口为1300万人。预计到2020年全市常住人口为2300万人。")
    assert cutoff(text) == expected


def test_last_years_growth_compared_in_a_dated_page_is_no_level_of_last_year():
    # 比去年 is the base of a comparison: it tells nothing of what the page reports as observed
    text = ("某市人口发展趋势预测发布\n来源:某报 2012年05月10日 08:00:00\n全市常住人口比去年增加20万人。"
            "1995年末，全市户籍人口为1300万人。预计到2020年全市常住人口为2300万人。")
    assert cutoff(text) == 1995


@pytest.mark.parametrize(("text", "expected"), [
    ("某省城镇体系规划（2011—2030年）\n据了解，2013年全省城镇化率已提高到40%。到2030年，全省城镇化率达到60%。", 2013),
    ("某省“十二五”规划纲要中期评估报告\n2011年至2013年上半年，全省累计新增城镇就业95万人，城镇登记失业率控制在4.2%以内。", 2013),
])
def test_an_undated_text_of_a_period_that_tells_a_later_year_as_reached_is_of_that_year(text, expected):
    assert cutoff(text) == expected


@pytest.mark.parametrize("sentence", ["2013年末，全省城镇化率为40%。", "截至2013年底，全省城镇化率为40%。",
                                      "到2013年上半年，全省城镇化率力争达到40%。"])
def test_an_undated_text_of_a_period_quoting_a_later_year_end_keeps_the_periods_cutoff(sentence):
    assert cutoff("某省城镇体系规划（2011—2030年）\n" + sentence + "到2030年，全省城镇化率达到60%。") == 2010


def places(text: str) -> list[tuple]:
    values = extract(text).indicators
    return sorted(values[["indicator", "entity", "value_text"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(("text", "expected"), [
    ("福建省健康评论\n厦门市2022年居民期望寿命正式公布。2022年，我市居民期望寿命81.75岁。到2030年全省居民人均预期寿命达到80.2岁，"
     "去年居民期望寿命就达到了81.75岁。",
     [("life_expectancy", "厦门市", "81.75岁"), ("life_expectancy", "厦门市", "81.75岁"), ("life_expectancy", "福建省", "80.2岁")]),
    ("江苏省人口评论\n2020年，苏州市常住人口达到1274.83万人。专家认为，2020年常住人口达到1274.83万人，带来新的挑战。",
     [("pop_resident", "苏州市", "1274.83万人"), ("pop_resident", "苏州市", "1274.83万人")]),
])
def test_a_figure_stated_again_without_a_place_is_the_place_it_was_first_stated_of(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fewer than three digits: too common to be one statement
    ("江苏省人口评论\n2020年，苏州市城镇化率达到81%。2020年城镇化率达到81%。",
     [("urbanization_resident", "江苏省", "81%"), ("urbanization_resident", "苏州市", "81%")]),
    # the plan's own figure first, then again: its own
    ("江苏省人口评论\n2020年，全省常住人口8474.8万人。2020年常住人口8474.8万人。",
     [("pop_resident", "江苏省", "8474.8万人"), ("pop_resident", "江苏省", "8474.8万人")]),
])
def test_a_short_figure_or_the_plans_own_figure_stated_again_stays_the_plans(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("会议现场\n红网汝城县分站5月6日讯(记者 李四) 5月5日,全县计生工作会议召开。会议要求,2015年全县人口出生率要控制在13‰以内。", "汝城县"),
    ("本报讯\n某网宜章县站4月8日讯 4月7日,全县计生工作会议召开。会议要求,2015年全县人口出生率要控制在13‰以内。", "宜章县"),
])
def test_a_local_stations_dateline_is_the_place_of_a_text_that_names_no_other(text, expected):
    assert extract(text).plans.loc[0, "place_zh"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline of a city in a text that speaks as 全县: no fit, no guess
    ("会议现场\n某网长沙3月2日讯 全县人口和计划生育工作会议召开。会议要求,2016年全县人口自然增长率要控制在7‰以内。", "unknown"),
    # a text that names its own place: the place it names, never the dateline's
    ("会议现场\n红网桃源县分站3月2日讯 澧县召开全县人口和计划生育工作会议。会议要求,2016年澧县人口自然增长率要控制在7‰以内。", "澧县"),
])
def test_a_dateline_that_does_not_fit_or_a_text_naming_its_place_keeps_the_rule_before(text, expected):
    assert extract(text).plans.loc[0, "place_zh"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("1998年全市户籍人口为1307万人，其中非农业人口为953万人。", 1998),
    ("2004年全省常住人口为4350万人，城镇化水平为45%。", 2004),
])
def test_a_year_of_levels_stated_with_wei_before_the_goals_is_the_cutoff(sentence, expected):
    assert cutoff("某市城市总体规划介绍\n" + sentence + "到2020年，全市常住人口控制在1600万人左右。") == expected


@pytest.mark.parametrize(("sentence", "expected"), [("2015年全市常住人口要控制在1400万人以内。", 2014),
                                                  ("2015年全市常住人口达到1400万人。", 2019),
                                                  ("到2015年全市常住人口为1400万人。", 2014)])
def test_a_year_of_goals_or_a_reached_level_before_the_goals_is_no_stated_level(sentence, expected):
    assert cutoff("某市城市总体规划介绍\n" + sentence + "到2020年，全市常住人口控制在1600万人左右。") == expected  # never 2015


@pytest.mark.parametrize(("text", "expected", "later"), [
    ("某市人口发展规划\n2010年全市户籍人口为500万人。2015年，全市常住人口达到600万人，城镇化率达到55%。"
     "到2020年，全市常住人口控制在650万人以内。", 2019, 2015),
    ("某县人口发展规划\n2011年全县户籍人口为50万人。2016年，全县常住人口达到60万人。到2025年，全县常住人口控制在65万人以内。", 2024, 2016),
])
def test_a_wei_level_is_no_cutoff_when_a_later_year_states_a_level(text, expected, later):
    # the later year's level (2015年，…达到600万人) may be the text's present: the earlier 为-year never becomes the cut-off
    assert cutoff(text) == expected
    assert {kind for _, year, _, kind in kinds(text) if year == later} == {"baseline"}


@pytest.mark.parametrize(("schedule", "year"), [("工作安排：2017年1—6月，完成规划宣传解读。", 2017),
                                                ("工作安排：2018年上半年，开展规划中期评估。", 2018)])
def test_a_work_schedule_for_part_of_a_year_reports_nothing(schedule, year):
    text = ("某市人口发展规划（2016—2030年）\n2015年，全市常住人口为600万人。到2020年，全市常住人口控制在650万人以内。" + schedule)
    assert cutoff(text) == 2015


@pytest.mark.parametrize(("sentence", "other", "value"), [
    ("2020年，衡阳市城镇化率为55.2%，比湖南省58.8%的水平低3.6个百分点。", "湖南省", "58.8%"),
    ("2020年，衡阳市城镇化率为55.2%，低于长沙市70%的平均水平。", "长沙市", "70%"),
    ("2020年，衡阳市人均预期寿命为77.9岁，较湖南省78.5岁的水平低0.6岁。", "湖南省", "78.5岁"),
    ("2020年，衡阳市出生率为8.1‰，比湖南省平均水平8.5‰低0.4‰。", "湖南省", "8.5‰"),
])
def test_a_named_places_level_in_a_comparison_is_that_places(sentence, other, value):
    found = places("衡阳市人口发展报告\n" + sentence)
    assert [row for row in found if row[1] == other] == [(found[0][0], other, value)] and len(found) == 2


def test_a_comparison_with_a_year_keeps_the_plans_place():
    assert places("衡阳市人口发展报告\n2020年，衡阳市城镇化率比上年提高1个百分点，达到55.2%的水平。") == [
        ("urbanization_resident", "衡阳市", "55.2%")]


@pytest.mark.parametrize(("sentence", "value"), [("2020年浏阳、宁乡城市人口50―70万。", "50―70万"),
                                                 ("2030年醴陵、攸县城市人口30~50万人。", "30~50万人")])
def test_one_range_for_places_joined_before_the_indicator_is_each_places(sentence, value):
    found = places("湖南省城镇体系规划（2003—2020年）\n" + sentence)
    assert len(found) == 2 and {row[2] for row in found} == {value} and len({row[1] for row in found}) == 2


def test_one_figure_for_two_places_joined_stays_one_row():
    # a single figure may be the two places together: only a range is each place's class
    assert len(places("湖南省城镇体系规划（2003—2020年）\n2020年浏阳、宁乡城市人口达到60万。")) == 1


def test_a_five_year_milestone_of_a_longer_plan_is_its_target_unless_the_text_reviews():
    # 由2020年的…提高到2025年的… in a plan of 2021—2035 is the plan's intermediate target (it had made 2025 observed, the
    # cut-off 2025 and the target a baseline); a review of the period (以来, 成效) or a year no plan aims at (2023) stays a record
    plan = "某某市人口发展规划（2021—2035年）\n人均预期寿命由2020年的78.5岁提高到2025年的79.5岁。\n"
    assert cutoff(plan) == 2020
    assert ("life_expectancy", 2025, "79.5岁", "target") in kinds(plan)
    review = "某某市人口发展规划（2021—2035年）实施情况\n“十四五”以来，人均预期寿命由2020年的78.5岁提高到2025年的79.5岁。\n"
    assert cutoff(review) == 2025
    odd_year = "某某市人口发展规划（2021—2035年）\n人均预期寿命由2020年的78.5岁提高到2023年的79.1岁。\n"
    assert cutoff(odd_year) == 2023
