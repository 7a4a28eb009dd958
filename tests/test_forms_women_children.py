"""Forms of the outlines for women and children (妇女/儿童发展纲要, 妇女儿童发展规划) and their reviews (issue #19, brief wc):
the neonatal mortality rate (新生儿死亡率, ‰) beside the infant and under-five rates, lists of three rates sharing one
head. Invented sentences, with near-misses that must not change."""

from __future__ import annotations

import pytest

from analysis.codebook import load_codebook
from probe_rows import rows

PROVINCE = "湖南省儿童发展规划(2021-2030年)\n"


def levels(text: str) -> list[tuple]:
    return rows(text, ["indicator", "entity", "year", "value", "qualifier", "kind"])


def codes(text: str) -> list[str]:
    return [mention.code for mention in load_codebook().mentions(text)]


# -- the neonatal mortality rate ----------------------------------------------------------------------------------

def test_the_neonatal_mortality_rate_is_its_own_indicator_not_the_crude_death_rate():
    assert levels(PROVINCE + "2020年,全省新生儿死亡率为2.5‰。") == [("nmr", "湖南省", 2020, 2.5, "none", "baseline")]
    assert levels(PROVINCE + "到2030年,全省新生儿死亡率控制在2.0‰以下。") == [("nmr", "湖南省", 2030, 2.0, "below", "target")]


def test_the_crude_death_rate_and_the_infant_rate_stay_theirs():
    assert levels(PROVINCE + "2020年,全省人口死亡率为6.8‰,婴儿死亡率为3.4‰。") == [
        ("death_rate", "湖南省", 2020, 6.8, "none", "baseline"), ("imr", "湖南省", 2020, 3.4, "none", "baseline")]


def test_three_rates_sharing_one_head_are_read_in_order():
    sentence = "到2025年,全省新生儿、婴儿和5岁以下儿童死亡率分别降至2.5‰、4.0‰和5.5‰以下。"
    assert levels(PROVINCE + sentence) == [
        ("imr", "湖南省", 2025, 4.0, "below", "target"), ("nmr", "湖南省", 2025, 2.5, "below", "target"),
        ("u5mr", "湖南省", 2025, 5.5, "below", "target")]


def test_three_rates_sharing_one_head_after_an_item_number():
    # the item's number (3.) is no part of the first item's name
    assert codes("3.新生儿、婴儿和5岁以下儿童死亡率分别降至2.5‰、4.0‰和5.5‰以下") == ["nmr", "imr", "u5mr"]


def test_the_head_reaches_only_items_that_make_a_name_with_it():
    # 出生缺陷死亡率 is no synonym: the first item stays unread, the two others are read as before
    assert codes("出生缺陷、婴儿和5岁以下儿童死亡率均有下降") == ["imr", "u5mr"]
    assert codes("常住人口、户籍人口城镇化率分别达到60%和45%") == ["urbanization_resident", "urbanization_hukou"]
    assert codes("新生儿、婴儿死亡率分别为2.1‰、3.2‰") == ["nmr", "imr"]


# -- ‰ printed %。 before a change, past a space ---------------------------------------------------------------------

REVIEW = "湖南省妇女儿童发展规划(2001-2010年)实施情况\n"


def test_a_permille_printed_as_percent_stop_before_a_space_and_a_change_is_a_rate():
    got = rows(REVIEW + "婴儿死亡率在全省从2003年的14.2%。 降至2009年的6.1%。;孕产妇保健工作明显加强。", ["indicator", "year", "value", "unit"])
    assert got == [("imr", 2003, 14.2, "‰"), ("imr", 2009, 6.1, "‰")]


def test_a_full_stop_after_a_percentage_before_a_space_stays_a_full_stop():
    # a sentence opening with 下降的… after the space: no change with its end's number follows the 。
    got = rows(REVIEW + "2008年全省城镇化率为45.2%。 下降的是农业人口比重。", ["indicator", "year", "value", "unit"])
    assert got == [("urbanization_resident", 2008, 45.2, "%")]


# -- the women's life expectancy named after 妇女 or with 期望寿命 -----------------------------------------------------

@pytest.mark.parametrize("name", ["妇女平均期望寿命", "妇女平均预期寿命", "妇女人均预期寿命", "女性平均期望寿命", "妇女预期寿命"])
def test_the_women_s_life_expectancy_is_the_female_one(name):
    got = rows(REVIEW + f"全省{name}从2000年76.2岁上升到2008年77.5岁。", ["indicator", "year", "value"])
    assert got == [("life_expectancy_female", 2000, 76.2), ("life_expectancy_female", 2008, 77.5)]


def test_a_part_of_the_women_is_neither_the_women_s_nor_everyone_s_life_expectancy():
    assert codes("农村妇女平均预期寿命为75岁") == []
    assert codes("城镇女性预期寿命为79岁") == []
    assert codes("全省居民平均预期寿命为74.1岁") == ["life_expectancy"]
    assert codes("全省男性、女性平均预期寿命分别为72岁、78岁") == ["life_expectancy_male", "life_expectancy_female"]


# -- a plan's monitoring report dates its figures as observed -------------------------------------------------------

PAGE = "湖南儿童发展取得新进步\n2025-05-20 10:30\n"


def test_the_year_a_monitoring_report_shows_is_observed():
    text = PAGE + "省统计局公布《湖南省儿童发展规划(2021—2030年)》统计监测报告显示,2023年全省儿童发展取得新进步。全省婴儿死亡率为2.5‰。到2030年,婴儿死亡率降至3.0‰以下。"
    assert levels(text) == [("imr", "湖南省", 2023, 2.5, "none", "baseline"), ("imr", "湖南省", 2030, 3.0, "below", "target")]


@pytest.mark.parametrize("opening", ["省统计局公布《湖南省儿童发展规划(2021—2030年)》,", "《湖南省儿童发展规划(2021—2030年)》提出建立统计监测报告制度,"])
def test_without_a_monitoring_report_that_shows_the_year_the_period_decides(opening):
    # a plan quoted or one that only sets up monitoring: 2023 is inside the period and stays a target year
    assert levels(PAGE + opening + "2023年全省婴儿死亡率降至2.5‰。") == [("imr", "湖南省", 2023, 2.5, "none", "target")]


# -- an outline for women or children named after 关于印发 -----------------------------------------------------------

GOALS = "1.提升儿童健康水平。\n2.婴儿死亡率降至4.0‰以下。\n"


def test_an_outline_named_in_an_attachment_line_gives_the_period_of_the_undated_goals():
    text = GOALS + "附件:关于印发湖南省儿童发展“十四五”规划的通知\n"
    assert levels(text) == [("imr", "湖南省", 2025, 4.0, "below", "target")]


def test_an_outline_named_after_关于印发_names_the_place():
    assert levels("关于印发湖南省妇女儿童发展规划(2021—2030年)的通知\n" + GOALS)[0][:3] == ("imr", "湖南省", 2030)


def test_another_document_named_in_the_attachment_line_gives_no_period():
    # a health programme's notice is no outline: the goal stays without a year, so unread
    assert levels(GOALS + "附件:关于印发湖南省儿童健康服务“十四五”工作要点的通知\n") == []


# -- one sex's level of the nation, in a comparison -------------------------------------------------------------------

FEATURE = "湖南省妇女发展状况\n2008-06-05\n"


def test_the_nation_s_level_of_one_sex_in_a_comparison_is_the_nation_s():
    got = rows(FEATURE + "2006年,全省妇女人均预期寿命为75.83岁,略高于全国女性75.2岁的平均水平。", ["indicator", "entity", "year", "value"])
    assert got == [("life_expectancy_female", "中国", 2006, 75.2), ("life_expectancy_female", "湖南省", 2006, 75.83)]


def test_the_sex_after_the_scope_names_the_indicator_of_that_sex():
    got = rows(FEATURE + "2006年,全省居民人均预期寿命为73.64岁,其中女性76.9岁,高于全国女性75.6岁的水平。", ["indicator", "entity", "value"])
    assert ("life_expectancy_female", "中国", 75.6) in got and ("life_expectancy", "湖南省", 73.64) in got


def test_a_difference_from_the_other_sex_stays_unread():
    got = rows(FEATURE + "2006年,全省妇女人均预期寿命为75.83岁,高于全省男性4.1岁。", ["indicator", "entity", "value"])
    assert got == [("life_expectancy_female", "湖南省", 75.83)]


# -- a present level without a year in a report written during the period ------------------------------------------

def test_a_yearless_level_of_a_report_during_the_period_is_of_the_year_it_observes():
    text = ("湖南省妇女发展取得新进展\n2008-11-20\n我省女性人均预期寿命已达75.6岁,比男性高4岁。\n"
            "截至2007年底,全省孕产妇死亡率为31.5/10万。全省贯彻落实《湖南省妇女儿童发展纲要(2001-2010年)》的各项要求,取得显著进展。\n")
    assert ("life_expectancy_female", "湖南省", 2007, 75.6, "none", "baseline") in levels(text)


def test_a_yearless_level_of_an_outline_itself_stays_of_its_base_year():
    # no year observed after the period began: the present is the year before the period
    text = "湖南省妇女发展纲要(2001-2010年)\n全省女性平均预期寿命为72.1岁。到2010年,女性平均预期寿命达到74岁。\n"
    assert levels(text) == [("life_expectancy_female", "湖南省", 2000, 72.1, "none", "baseline"),
                            ("life_expectancy_female", "湖南省", 2010, 74.0, "none", "target")]


# -- the base year's level in brackets after 与…相比 -------------------------------------------------------------------

BULLETIN = "湖南省孕产妇死亡率连续下降\n2017-06-05\n"


@pytest.mark.parametrize("change", ["有所反弹", "有所回落", "有所上升"])
def test_the_bracketed_level_of_the_base_year_after_与_相比_is_read(change):
    got = rows(BULLETIN + f"上年全省孕产妇死亡率是19.46/10万,同2014年相比{change}(2014年为16.83/10万)。", ["indicator", "year", "value"])
    assert got == [("mmr", 2014, 16.83), ("mmr", 2016, 19.46)]


def test_a_clause_with_a_subject_of_its_own_after_the_comparison_stays_unread():
    got = rows(BULLETIN + "上年全省孕产妇死亡率是19.46/10万,同2014年相比有所反弹,旅居海外的侨胞约400万人。", ["indicator", "year", "value"])
    assert got == [("mmr", 2016, 19.46)]


# -- a plan's requirement restated beside the present level ----------------------------------------------------------

@pytest.mark.parametrize("clause", ["仍控制在“两纲要”要求的10‰以内", "仍控制在规划要求的10‰以内", "低于《纲要》规定的10‰"])
def test_a_plan_s_requirement_restated_is_no_level_of_the_report_s_year(clause):
    # it was read as a ceiling of 2016
    got = rows(BULLETIN + f"去年全省婴儿死亡率为4.5‰。婴儿死亡率{clause},好于全国。", ["indicator", "year", "value"])
    assert got == [("imr", 2016, 4.5)]


def test_a_goal_that_meets_the_plan_s_requirement_stays_a_goal():
    got = rows(BULLETIN + "到2020年,全省孕产妇死亡率控制在20/10万以内,达到规划要求。", ["indicator", "year", "value", "qualifier", "kind"])
    assert got == [("mmr", 2020, 20.0, "le", "target")]


@pytest.mark.parametrize("page", ["2020-12-18 15:00\n", ""])
def test_the_year_named_before_a_monitoring_report_s_title_is_observed(page):
    # the statistics bureau's yearly report on an outline: 2019年《…(2011—2020年)》统计监测报告, dated or not
    text = "2019年《湖南省儿童发展规划(2011—2020年)》统计监测报告\n" + page + "2019年,全省婴儿死亡率为4.1‰,5岁以下儿童死亡率为5.6‰。"
    assert levels(text) == [("imr", "湖南省", 2019, 4.1, "none", "baseline"), ("u5mr", "湖南省", 2019, 5.6, "none", "baseline")]


def test_an_outline_s_title_without_a_monitoring_report_keeps_its_period_s_cut_off():
    assert levels("《湖南省儿童发展规划(2011—2020年)》\n2019年,全省婴儿死亡率降至4.1‰。") == [("imr", "湖南省", 2019, 4.1, "none", "target")]



# -- a final review dated after the period observes the period's last year ---------------------------------------------

def test_a_final_review_dated_after_the_period_observes_its_last_year():
    text = ("《湖南省妇女发展纲要(2011—2020年)》终期统计监测报告\n2021-12-18\n"
            "孕产妇死亡率从2010年的30.0/10万下降到2020年的16.9/10万,实现了纲要目标。2020年,婴儿死亡率为5.4‰。")
    assert levels(text) == [("imr", "湖南省", 2020, 5.4, "none", "baseline"), ("mmr", "湖南省", 2010, 30.0, "none", "baseline"),
                            ("mmr", "湖南省", 2020, 16.9, "none", "baseline")]


@pytest.mark.parametrize(("title", "page"), [("《湖南省儿童发展纲要(2011—2020年)》", "2021-12-18"),
                                             ("《湖南省儿童发展纲要(2011—2020年)》终期评估工作方案", "2019-12-18")])
def test_without_a_final_review_dated_after_the_period_the_period_decides(title, page):
    # the outline alone on a later page, or a work plan for the review written during the period
    assert levels(f"{title}\n{page}\n2020年婴儿死亡率降至5.4‰。") == [("imr", "湖南省", 2020, 5.4, "none", "target")]


# -- brief xwc: what the review of the round found -------------------------------------------------------------------

OUTLINE = "湖南省儿童发展规划(2021-2030年)\n2021-09-30\n"


@pytest.mark.parametrize(("sentence", "row"), [
    ("到2030年,全省婴儿死亡率达到《纲要》要求的4.5‰以下。", ("imr", "湖南省", 2030, 4.5, "below", "target")),
    ("到2030年,全省孕产妇死亡率降至规划要求的14/10万以下。", ("mmr", "湖南省", 2030, 14.0, "below", "target")),
    ("到2030年,全省5岁以下儿童死亡率须降到国家规划要求的6.5‰以下。", ("u5mr", "湖南省", 2030, 6.5, "below", "target")),
])
def test_a_goal_set_at_a_higher_plan_s_requirement_stays_a_goal(sentence, row):
    # the goal meets the requirement: no present level is reported beside it
    assert levels(OUTLINE + sentence) == [row]


def test_a_work_report_s_goal_at_the_plan_s_requirement_stays_the_year_s_goal():
    text = "湖南省2021年政府工作报告\n2021-01-28\n今年,全省婴儿死亡率要控制在规划要求的5.5‰以内。"
    assert levels(text) == [("imr", "湖南省", 2021, 5.5, "le", "target")]


@pytest.mark.parametrize("clause", ["已控制在国家规划要求的10‰以内", "依然保持在纲要规定的10‰以内", "好于规划要求的10‰"])
def test_the_requirement_beside_a_reported_level_stays_unread(clause):
    # near-misses of the goals above: 已, 依然, 保持, 好于 report the present level
    got = rows(BULLETIN + f"去年全省婴儿死亡率为4.5‰。婴儿死亡率{clause},成效明显。", ["indicator", "year", "value"])
    assert got == [("imr", 2016, 4.5)]


def test_the_sex_after_the_scope_overrides_the_other_sex_of_the_mention():
    # the nation's women's level beside the province's men's: it was read as the men's of 中国
    got = rows(FEATURE + "2007年,全省男性人均预期寿命为71.3岁,低于全国女性74.6岁的水平。", ["indicator", "entity", "value"])
    assert got == [("life_expectancy_female", "中国", 74.6), ("life_expectancy_male", "湖南省", 71.3)]


def test_the_same_sex_after_the_scope_keeps_the_mention_s_code():
    got = rows(FEATURE + "2007年,全省男性人均预期寿命为71.3岁,略低于全国男性71.9岁的水平。", ["indicator", "entity", "value"])
    assert got == [("life_expectancy_male", "中国", 71.9), ("life_expectancy_male", "湖南省", 71.3)]


@pytest.mark.parametrize(("page", "sentence", "place"), [
    (FEATURE, "2007年,全省人均预期寿命为73.2岁,好于全国女性73.0岁的水平。", "中国"),
    ("广西壮族自治区妇女发展状况\n2008-06-05\n", "2007年,南宁市人均预期寿命为74.2岁,高于全自治区女性73.5岁的水平。", "广西壮族自治区"),
])
def test_every_comparison_word_of_another_place_s_level_lets_the_sex_name_the_code(page, sentence, place):
    # 好于 and 全自治区 are words of OTHER_LEVEL: the sex after them is read as after 高于全国
    assert ("life_expectancy_female", place) in [row[:2] for row in rows(page + sentence, ["indicator", "entity", "value"])]


@pytest.mark.parametrize("sentence", ["2008年,全省城镇化率达到45.2%。 下降了的是农业人口比重。",
                                      "全省常住人口城镇化率从2003年的38.4%。 提高到2009年的44.1%。"])
def test_a_percentage_before_a_space_and_a_change_without_a_rate_in_permille_stays_a_percentage(sentence):
    got = rows(REVIEW + sentence, ["indicator", "value", "unit"])
    assert got and ("urbanization_resident", 45.2 if "45.2" in sentence else 38.4, "%") in got


def test_a_natural_growth_rate_before_a_space_and_a_change_is_in_permille():
    got = rows(REVIEW + "人口自然增长率在全省从2003年的6.8%。 降到2009年的5.1%。;", ["indicator", "year", "value", "unit"])
    assert got == [("natural_growth_rate", 2003, 6.8, "‰"), ("natural_growth_rate", 2009, 5.1, "‰")]


@pytest.mark.parametrize("task", ["开展规划终期评估。", "组织开展《规划》终期评估工作。", "适时进行终期评估。"])
def test_a_plan_that_only_schedules_its_final_review_keeps_its_base_year(task):
    # a plan reposted after its period: the review is a task, not the text
    text = f"湖南省儿童发展规划(2011—2020年)\n2021-12-18\n{task}全省婴儿死亡率为5.4‰。"
    assert levels(text) == [("imr", "湖南省", 2010, 5.4, "none", "baseline")]


def test_a_final_review_reported_in_the_first_lines_observes_the_period_s_last_year():
    text = "湖南省儿童发展规划(2011—2020年)\n2021-12-18\n规划终期评估显示,全省婴儿死亡率为5.4‰。"
    assert levels(text) == [("imr", "湖南省", 2020, 5.4, "none", "baseline")]
