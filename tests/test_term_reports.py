"""Government work reports of a congress term and press reports of them (brief wr): goals of a five-year period ahead told
over several paragraphs of a speaker, reviews of the past period, on invented sentences — each form, and a near-miss that
must not take the year."""

from __future__ import annotations

from probe_rows import document, rows


def found(text: str, indicator: str) -> list[tuple]:
    return [(int(year), float(value), kind) for code, _, year, value, kind, _ in rows(text) if code == indicator]


# -- a speaker's goals for a five-year period ahead, told over several paragraphs --------------------------------------

#: A press report of a work report: the period ahead in the first paragraph (“十二五”期间…将), the goals in the speaker's
#: next paragraph (他说，…要…达到…) without a year.
SPEAKER_AHEAD = (
    "新华网某地1月9日电 某市人代会9日开幕，市长在政府工作报告中提出，“十二五”期间某市将建设区域中心城市。\n"
    "\n"
    "他说，某市要建设区域中心城市，户籍人口和常住人口城镇化率分别达到45%、55%，交通枢纽地位基本确立。\n"
)


def test_a_speakers_next_paragraph_of_goals_is_of_the_period_ahead():
    assert found(SPEAKER_AHEAD, "urbanization_hukou") == [(2015, 45.0, "target")]
    assert found(SPEAKER_AHEAD, "urbanization_resident") == [(2015, 55.0, "target")]


def test_the_speakers_paragraphs_may_be_traditional_characters():
    text = SPEAKER_AHEAD.replace("他说，某市要建设", "他說，某市要建設").replace("分别达到", "分別達到")
    assert found(text, "urbanization_resident") == [(2015, 55.0, "target")]


def test_near_miss_a_speakers_record_of_the_past_is_not_of_the_period_ahead():
    # no word of the future in the speaker's paragraph: what he reports is no goal of the period ahead
    text = SPEAKER_AHEAD.replace("他说，某市要建设区域中心城市，户籍人口和常住人口城镇化率分别达到45%、55%",
                                 "他说，五年来某市户籍人口和常住人口城镇化率分别达到45%、55%")
    assert (2015, 55.0, "target") not in found(text, "urbanization_resident")


def test_near_miss_a_paragraph_that_is_no_speakers_ends_the_period_ahead():
    # a paragraph of the reporter's own between them: the speaker's goals after it are not carried to the period's end
    text = SPEAKER_AHEAD.replace("\n\n他说", "\n\n2010年全市经济平稳增长。\n他说")
    assert (2015, 55.0, "target") not in found(text, "urbanization_resident")


def test_near_miss_a_period_named_in_the_past_is_no_period_ahead():
    text = SPEAKER_AHEAD.replace("“十二五”期间某市将建设区域中心城市", "“十一五”期间某市建设了区域中心城市")
    assert (2015, 55.0, "target") not in found(text, "urbanization_resident")


def test_near_miss_a_period_of_a_thing_done_with_jiang_is_no_period_ahead():
    # 将…作为主线 is 把, not the future, and 十二五 is over in a report of 2016 (brief fy)
    text = ("2016年1月9日\n"
            "新华网某地1月9日电 某市人代会9日开幕，市长在政府工作报告中表示，“十二五”期间某市将城镇化作为主线，成效显著。\n"
            "\n"
            "他说，某市要加快城镇化，常住人口城镇化率达到60%。\n")
    assert (2015, 60.0, "target") not in found(text, "urbanization_resident")
    assert (2015, 60.0, "target") not in found(text.replace("2016年1月9日\n", ""), "urbanization_resident")


# -- a review of the past period: from the end of the period before to the report's present ------------------------------

#: A county's work report of 2021 reviewing the 十三五 period (invented; brief fy): 由“十二五”末的…提高到… (from 2015 to the
#: present, 2020), and the next sentence's 由…提高到… without years takes the same two years.
REVIEW = (
    "2021年某县人民政府工作报告\n"
    "2021年3月5日\n"
    "一、过去五年的工作\n"
    "过去五年，我们坚持项目为王，产业结构持续优化。农村居民人均可支配收入由“十二五”末的8000元提高到12600元。"
    "常住人口城镇化率由40.2%提高到48.6%。\n"
)


def test_a_review_from_the_end_of_the_period_before_runs_to_the_reports_present():
    assert found(REVIEW, "urbanization_resident") == [(2015, 40.2, "baseline"), (2020, 48.6, "baseline")]


def test_the_reviews_years_hold_for_a_transition_in_the_same_sentence():
    text = REVIEW.replace("农村居民人均可支配收入由“十二五”末的8000元提高到12600元。常住人口", "常住人口")
    text = text.replace("常住人口城镇化率由40.2%", "常住人口城镇化率由“十二五”末的40.2%")
    assert found(text, "urbanization_resident") == [(2015, 40.2, "baseline"), (2020, 48.6, "baseline")]


def test_near_miss_a_sentence_with_years_of_its_own_keeps_them():
    text = REVIEW.replace("常住人口城镇化率由40.2%提高到48.6%", "常住人口城镇化率由2016年的41%提高到2019年的47%")
    assert found(text, "urbanization_resident") == [(2016, 41.0, "baseline"), (2019, 47.0, "baseline")]


def test_near_miss_a_transition_told_ahead_after_a_review_takes_no_span():
    # 今后…将由…提高到…, 要由…提高到…: goals after the review, not its two years (brief fy)
    text = REVIEW.replace("常住人口城镇化率由40.2%提高到48.6%。", "今后，常住人口城镇化率将由48.6%提高到55%。")
    assert all(kind != "baseline" or year != 2015 for year, _, kind in found(text, "urbanization_resident"))
    assert (2020, 55.0, "baseline") not in found(text, "urbanization_resident")
    text = REVIEW.replace("常住人口城镇化率由40.2%提高到48.6%。", "户籍人口城镇化率要由40%提高到50%。")
    assert (2020, 50.0, "baseline") not in found(text, "urbanization_hukou")


def test_near_miss_a_review_in_a_text_of_unknown_date_has_no_present():
    text = REVIEW.replace("2021年某县人民政府工作报告\n2021年3月5日\n", "某县人民政府工作报告\n")
    assert (2020, 48.6, "baseline") not in found(text, "urbanization_resident")


# -- goals of the coming term: 今后五年 counted from the report's present -------------------------------------------------

#: A county's report at the first session of a new congress term, its only year the one it reviews (2021年，…实现了“十四五”
#: 良好开局: 2021 is over), then the goals of 今后五年 (2022—2026) without a year.
TERM_AHEAD = (
    "某县第十八届人民代表大会第一次会议召开\n"
    "1月10日至14日，某县第十八届人民代表大会第一次会议举行。县长代表县人民政府向大会作政府工作报告。\n"
    "报告指出，2021年，县人民政府统筹疫情防控和经济社会发展，民生福祉持续增进，实现了“十四五”良好开局。\n"
    "报告提出今后五年的奋斗目标是：力争生产总值年均增长7%左右，常住人口城镇化率达58%以上。\n"
)


def test_the_goals_of_the_coming_five_years_are_of_the_terms_end():
    assert found(TERM_AHEAD, "urbanization_resident") == [(2026, 58.0, "target")]


def test_the_coming_years_may_be_written_in_figures():
    text = TERM_AHEAD.replace("今后五年", "未来5年")
    assert found(text, "urbanization_resident") == [(2026, 58.0, "target")]


def test_near_miss_the_coming_five_years_of_a_text_of_unknown_year_are_undated():
    text = TERM_AHEAD.replace("报告指出，2021年，县人民政府", "报告指出，一年来，县人民政府")
    assert found(text, "urbanization_resident") == []


def test_near_miss_a_goal_with_its_own_year_keeps_it():
    text = TERM_AHEAD.replace("常住人口城镇化率达58%以上", "到2025年常住人口城镇化率达58%以上")
    assert found(text, "urbanization_resident") == [(2025, 58.0, "target")]


def test_near_miss_an_opening_still_to_be_made_tells_no_past_year():
    # 要实现…良好开局: 2021 is the year ahead, not one reviewed — the text's present stays unknown
    text = TERM_AHEAD.replace("报告指出，2021年，县人民政府统筹疫情防控和经济社会发展，民生福祉持续增进，实现了",
                              "报告指出，2021年，县人民政府要统筹疫情防控和经济社会发展，确保实现")
    assert found(text, "urbanization_resident") == []


def test_near_miss_a_level_before_the_coming_years_is_not_theirs():
    text = TERM_AHEAD.replace("报告提出今后五年的奋斗目标是：力争生产总值年均增长7%左右，常住人口城镇化率达58%以上。",
                              "目前全县常住人口城镇化率约为52%，也就是说，今后五年城镇人口将增加3万人左右。")
    assert (2026, 52.0, "target") not in found(text, "urbanization_resident")


# -- the place of a city's or a district's report: ranks and awards within the larger place are no scope of the text --------

def place(text: str) -> str:
    return document(text).place.place.name


#: A city's review (invented; brief fy): its own name once (平安乐山), 全市 once, the province named once in a university's name
#: (四川大学) and 全省 twice — only in a rank (排全省第一) and an award of the province (获评全省…先进市).
CITY_REVIEW = (
    "过去五年，我们办好民生实事，全市改造老旧小区300个，四川大学附属学校落户新城。平安乐山建设扎实推进，营商环境评价连续三年"
    "排全省第一，三次获评全省安全生产先进市。城乡居民医保参保率稳定在95%。\n"
)


def test_a_rank_and_an_award_within_the_province_leave_the_city_its_report():
    assert place(CITY_REVIEW) == "乐山市"


#: A district's review: its city named once with it, the district thrice, 全市 only where the district ranks in its city.
DISTRICT_REVIEW = (
    "昆明市官渡区第四届人民代表大会第一次会议开幕。\n"
    "过去五年，官渡区地区生产总值年均增长9%，教育发展水平迈入全市前列，已经全面融入全市第一梯队。全区建设健身场地120处，"
    "官渡区养老保险参保覆盖率达到95%，官渡区新增城镇就业2万人。\n"
)


def test_a_district_ranked_within_its_city_keeps_its_report():
    assert place(DISTRICT_REVIEW) == "官渡区"


def test_near_miss_a_citys_report_naming_one_of_its_districts_stays_the_citys():
    text = ("过去五年，全市地区生产总值年均增长8%，全市新建公办幼儿园40所，乐山市基本养老保险覆盖率达到92%。"
            "市中区新建学校3所，全市新增城镇就业8万人。\n")
    assert place(text) == "乐山市"


def test_near_miss_a_provinces_own_report_stays_the_provinces():
    text = "过去五年，全省新增城镇就业300万人，全省基本养老保险覆盖率达到92%，四川省城镇化率提高8个百分点，乐山等市增长较快。\n"
    assert place(text) == "四川省"


# -- a preliminary figure of the year just ended in a report of the year's plan: 预计 makes it a projection ------------------

#: A development-and-reform commission's report to the congress of February 2021 on the 2020 plan: item 10 is 预计.
EXECUTION_REPORT = (
    "2021年2月3日\n"
    "在某市第七届人民代表大会第七次会议上\n"
    "一、2020年国民经济和社会发展计划执行情况\n"
    "(一)2020年计划执行情况\n"
    "1.地区生产总值增长4.1%。\n"
    "2.常住人口城镇化率预计达到52%\n"
)


def test_a_preliminary_figure_of_the_year_just_ended_is_a_projection():
    assert found(EXECUTION_REPORT, "urbanization_resident") == [(2020, 52.0, "projection")]


def test_near_miss_the_same_figure_stated_as_reached_is_observed():
    text = EXECUTION_REPORT.replace("常住人口城镇化率预计达到52%", "常住人口城镇化率达到52%")
    assert found(text, "urbanization_resident") == [(2020, 52.0, "baseline")]


def test_near_miss_a_figure_estimated_of_an_older_year_stays_observed():
    # 预计 of a year two years before the report: no preliminary figure of the year just ended
    text = EXECUTION_REPORT.replace("2.常住人口城镇化率预计达到52%", "2.据测算，2018年常住人口城镇化率达到50%")
    assert found(text, "urbanization_resident") == [(2018, 50.0, "baseline")]


def test_near_miss_a_preliminary_figure_outside_an_execution_report_keeps_its_kind():
    text = EXECUTION_REPORT.replace("一、2020年国民经济和社会发展计划执行情况", "一、2020年工作回顾").replace("(一)2020年计划执行情况", "(一)主要指标")
    assert found(text, "urbanization_resident") == [(2020, 52.0, "baseline")]


# -- review 2 (brief fy): near-misses of the rules above, each on invented sentences --------------------------------------

#: A county's report whose only past year is the opening of the period reviewed (2021, 实现了“十四五”良好开局).
OPENING = TERM_AHEAD.split("报告指出")[0] + "报告指出，2021年，县人民政府统筹发展和安全，民生福祉持续增进，实现了“十四五”良好开局。\n"


def test_near_miss_the_coming_years_do_not_date_a_later_sentence_of_a_level_reached():
    text = OPENING + "今后五年是全面建设社会主义现代化的关键时期。全县常住人口城镇化率已达到50%，发展基础坚实。\n"
    assert all(kind != "target" for _, _, kind in found(text, "urbanization_resident"))


def test_near_miss_the_coming_years_do_not_date_a_review_after_them():
    text = OPENING + "今后五年，我们要继续努力。回顾过去，常住人口城镇化率达到50%。\n"
    assert all(kind != "target" for _, _, kind in found(text, "urbanization_resident"))


def test_near_miss_an_older_reports_goal_of_the_coming_years_met_is_no_goal():
    text = OPENING + "上届政府提出的今后五年奋斗目标中，常住人口城镇化率达55%的目标已经完成。\n"
    assert all(kind != "target" for _, _, kind in found(text, "urbanization_resident"))


def test_the_coming_years_govern_a_later_clause_of_goals():
    text = OPENING + "今后五年，我们将加快新型城镇化，力争常住人口城镇化率达到58%。\n"
    assert found(text, "urbanization_resident") == [(2026, 58.0, "target")]


def test_the_coming_two_years_count_from_the_present():
    text = OPENING + "今后两年，常住人口城镇化率要达到54%。\n"
    assert found(text, "urbanization_resident") == [(2023, 54.0, "target")]


def test_near_miss_an_opening_achieved_does_not_date_a_value_of_the_years_ahead():
    text = OPENING + "今后两年，常住人口城镇化率达到54%。\n"
    assert all(kind != "baseline" for _, _, kind in found(text, "urbanization_resident"))
    text = OPENING + "今后五年，也就是“十四五”后四年，常住人口城镇化率达到58%。\n"
    assert found(text, "urbanization_resident") == []


def test_near_miss_a_province_counting_its_own_universities_stays_the_provinces():
    text = ("过去五年，建设全省一流大学，全省老年大学新增学员10万人，全省开放大学新增学员5万人，成都市新增学位3万个，"
            "成都市新建学校20所。全省常住人口城镇化率达到56%。\n")
    assert place(text) == "四川省"


def test_near_miss_a_provinces_awards_to_its_cities_leave_it_its_report():
    text = "过去五年，全省新增城镇就业300万人，成都市获评全省文明城市，绵阳市获评全省先进市，全省城镇化率达到56%。成都市人口增长。\n"
    assert place(text) == "四川省"


def test_near_miss_arrangements_are_no_rank():
    text = "过去五年，统筹安排全省第一批示范县资金，全省新增城镇就业300万人，全省城镇化率达到56%。成都市人口增长，成都市新建学校20所。\n"
    assert place(text) == "四川省"


def test_near_miss_a_budget_execution_report_is_no_plan_execution_report():
    # 预算执行情况: a report on the budget, whose population figures are no preliminary figures of the plan (brief fy)
    text = EXECUTION_REPORT.replace("一、2020年国民经济和社会发展计划执行情况", "一、2020年预算执行情况").replace("(一)2020年计划执行情况", "(一)2020年一般公共预算执行情况")
    assert found(text, "urbanization_resident") == [(2020, 52.0, "baseline")]
