"""Counts of people and shares of a population kind in the forms real plans and reports state them, which the
extractor missed (issue i21a: misses of the real corpus's development part, read for their form; every sentence
here is invented — other places, other numbers, other wording):

* a population named with a word added to its name: a size word after it (户籍人口规模, 户籍人口总数), the
  resident population's definition inside it (常住半年以上人口), 规划 before the 人口 of a part of the city
  (中心城规划人口), the place whose registration a 非户籍 population lacks (非本市户籍常住人口), 人均 for 平均 in years of
  schooling, 教育程度 for 文化程度 (:func:`analysis.codebook.derived_synonyms`); and names the codebook lacked
  (市辖区总人口, 人口出生数, 自然增加人口);
* a sum word after the whole of one place (全县常住人口合计52.6万人) is the place's total, not several places'
  (:func:`analysis.extract.prose.words.several_places`); births summed over one year its clause names (2003年绵阳共出生43210人)
  are that year's, not a period total (``ONE_YEAR_SUM``);
* people who become town dwellers (500万农民、外来人口和新生儿成为新市民: new urban residents over the period; ``TOTAL_NAMED_AFTER``);
* age bands with 户籍 before them and 青少年 in them (户籍0至14岁青少年人口), a share in its own clause after a count with
  所占 (所占比重仅为8.3%, 所占比例为21.5%), and a bare 占比 of the registered population once the sentence has named its
  denominator (…占常住人口比例提升至45.8%；…户籍人口达到300万人，占比提升至53.6%: ``RESIDENT_DENOMINATOR``);
* a series that goes on in the next sentence with years and values only (…占户籍人口的23.5%。根据预测，2015年将达到27.1%，
  2020年为31.1%: ``SERIES_GOES_ON`` in ``reader.py``), and a sentence that opens with 去年 after a forecast is observed, not
  forecast (``PAST_OPENING``).
* a 分别 list of places restated by their number (金华、台州、嘉兴三市去年常住人口分别为…: ``PLACES_COUNTED`` in
  ``respectively.py``); a count ending its clause with 人口 after a verb of reaching in a clause naming a place (台州到2025年
  仅能达到690.5万人口: ``REACHED_POPULATION``); and 按当前增速计算 a forecaster's word (``PROJECTION_MARKER``).
* the peak reached with no count named in the sentence (…，到2035年达到顶峰8800万: the population's; ``PEAK_REACHED``) and a
  count after a bare year that the next clause follows to a later year with its name (据统计，1952年120.5万人，到2020年，全省
  常住人口达到1008.1万人: ``YEAR_ONLY_CLAUSE``, ``LATER_YEAR``).
* the older population named without its band after the sentence gave it one (60岁以上的老年人口已达720.3万…；…老年人口比重
  将达19%: the 60+ share; ``elderly_band`` in ``reader.py``).
* a five-year period's end written 结束时, 期满 or 收官之年 (“十三五”结束时，…常住人口总量控制在320.5万人: 2020; ``FIVE_YEAR_END`` in
  ``analysis/extract/context.py``).
* the educated per 100 000 with its denominator in any spelling and its name cut at 的 (每十万人口中具有大学文化程度的由…上升为
  15467人), and 的 after the band's 人口 in years of schooling (6岁以上人口的平均受教育年限): more spellings by the same rule.
* age bands in 周岁 (60周岁以上户籍老年人口) and 少年儿童 (0～14岁少年儿童人口) — and a rate the codebook lacks named after such a band
  with an adverb before its verb (65周岁以上老年人健康档案建档率也将达到91%) stays that rate's, not the rate named before it.
* births named 出生婴儿 (全市共出生婴儿6.2万人), and the deaths counted in the clause after the births (出生6.2万人，死亡4.1万人)
  never read as births (``DEATHS_CLAUSE`` in ``words.py``).
* a level named right after the year of a comparison (与2021年末常住人口8505万人相比, 比2021年末常住人口8505万人增加…) is that
  year's, not the sentence's (``COMPARED_NAMED_LEVEL`` in ``reader.py``; not 比2020年提高到78%, a verb before the value).

All texts are extracted in one call, so the file runs in seconds.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from probe_rows import read_texts

#: name → text
TEXTS = {
    # a size word after the registered population's name
    "hukou_scale": "南京市人口发展规划\n根据规划，2025年，全市户籍人口规模预计为760万人，2030年户籍人口总数达到800万人左右。\n",
    "hukou_total_amount": "某市人口发展报告\n2020年末，全市户籍人口总量为520万人，流动人口总数为80万人。\n",
    # the census definition of the resident population inside its name
    "half_year": "某市人口发展报告\n2018年末，全市常住半年以上人口812.3万人。\n",
    "half_year_province": "甘肃省人口发展规划\n2015年，全省常住半年及以上人口2599.6万人，比2010年增加39万人。\n",
    # the place whose registration the migrants lack
    "not_registered_here": "某市人口发展报告\n2016年末，全市非本市户籍常住人口432万人。\n",
    "not_registered_province": "广东省人口发展规划\n2015年，全省非本省户籍常住人口达到2200万人。\n",
    # the population of the urban districts and the planned population of the central city
    "districts": "芜湖市城市总体规划\n2010年，全市市辖区总人口约150万人。\n",
    "central_planned": "某市城市总体规划\n到2020年，全市总人口650万人，其中中心城规划人口约300万。\n",
    # the university-educated per 100 000 written with 教育程度, and 人均 years of schooling of the 6+
    "education_level": "某省人口发展规划\n据抽样数据显示，与2010年相比，2015年全省每 10 万人中具有大学教育程度人口由 6300 人增长为 9120 人。\n",
    "schooling_per_head": "某省人口发展规划\n2015年，全省6岁以上人口人均受教育年限为8.35年。\n",
    # births named 出生数 after the population they are of, and natural increase named 自然增加
    "births_count": "宁波市人口计生工作要点\n2012年全市户籍人口出生数控制在5.1万人以内。\n",
    "natural_increase": "浙江省人口统计公报\n2022年浙江全省自然增加人口0.5万人，自然增长率为0.08‰。\n",
    # a sum over the whole of one place
    "one_place_sum": "某县人口发展规划\n2020年，全县常住人口合计52.6万人，全县户籍人口共计60.1万人。\n",
    # births summed over the one year the clause names
    "one_year_births": "绵阳市计生简报\n记者获悉，2003年绵阳共出生43210人，人口出生率降到8.1‰。\n",
    "one_year_births_total": "某市计生简报\n2003年，全市共计出生4.3万人。\n",
    # people who become town dwellers
    "new_townspeople": "某省新型城镇化规划（2011—2020年）\n到2020年，全省将有约500万农民、外来人口和新生儿成为新市民。\n",
    "new_town_residents": "某省新型城镇化规划（2011—2020年）\n到2020年，全省将有约320万人成为城镇居民，城镇化率达到60%。\n",
    # an age band with 户籍 and 青少年, its share in a clause with 所占
    "band_share": "杭州市人口发展报告\n2012年全市户籍0至14岁青少年人口为98.6万人，所占比重仅为9.1%，低于全国7.4个百分点。\n",
    "band_share_plain": "杭州市人口发展报告\n2012年，全市60岁及以上人口为160.2万人，所占比例为21.5%。\n",
    # a bare 占比 of the registered population after the sentence named its denominator
    "hukou_share_bare": "中山市人口发展规划\n2025年，常住人口达到480万人，其中户籍人口达到220万人，占常住人口比例提升至45.8%；"
                        "2035年，常住人口达到560万人，户籍人口达到300万人，占比提升至53.6%。\n",
    # a series continued in the next sentence, and 去年 after a forecast
    "series_next_sentence": "苏州市人口发展报告（2012年10月8日）\n去年全市户籍60岁及以上老年人口150.2万人，占户籍人口的23.5%。"
                            "根据预测，2015年将达到27.1%，2020年为31.1%，2030年为36.0%。去年全市户籍0至14岁青少年人口为90.8万人，所占比重仅为8.9%。\n",
    "series_count": "某省人口发展规划\n2015年全省常住人口达到5100万人。预计2020年将达到5300万人，2030年为5500万人。\n",
    # places of a 分别 list restated by their number, with or without the year after it
    "places_counted": "浙江省人口形势分析\n2021年，金华、台州、嘉兴三市常住人口分别为712.1万、668.3万和555.1万人。\n",
    "places_counted_year": "浙江省人口形势分析\n据公布，金华、台州、嘉兴三市2021年末常住人口分别为712.1万人、668.3万人和555.1万人。\n",
    "places_counted_relative": "浙江人口（2022年3月1日）\n据公布，金华、台州、嘉兴三市去年常住人口分別為712.1萬、668.3萬和555.1萬人。\n",
    # a count reached, ending its clause with 人口
    "reached_population": "台州人口发展（2022年5月1日）\n但按当前增速计算，台州到2025年仅能达到690.5万人口，离目标还有距离。\n",
    "crossed_population": "丽水市人口发展规划\n到2025年，丽水市将突破300万人口。\n",
    # the peak of the population, the sentence naming no count; a count after a bare year followed to a later one
    "peak_unnamed": "江苏省城镇体系规划解读\n10年之后，江苏人增加的速度会更加缓慢，平均每年多出15万人，到2035年达到顶峰8800万。\n",
    "peak_held": "某省人口发展规划(2016-2030年)\n到2030年，全省总人口峰值控制在4300万左右。\n",
    "year_then_later": "某省人口发展规划\n据统计，1952年120.5万人，到2020年，全省常住人口达到1008.1万人。\n",
    # the older population's band given before it is named without one
    "elderly_band_share": "湖北省加快发展养老服务业的意见\n至2005年末，全省60岁以上的老年人口已达720.3万，占总人口的12.6%；预计到2020年，全省老年人口比重将达19%。\n",
    "elderly_band_count": "湖北省加快发展养老服务业的意见\n至2005年末，全省65岁及以上老年人口已达520.3万；预计到2020年，全省老年人口将达到700万。\n",
    # a five-year period's end in other words
    "period_end_words": "朝阳区人口调查\n“十三五”结束时，朝阳区常住人口总量控制在320.5万人，5年内要减少40万人。\n",
    "period_closing_year": "某省人口发展报告\n“十四五”收官之年，全省常住人口城镇化率达到65%。\n",
    # the per-100 000 denominator spelt 每十万人口中, the name cut at 的; 的 inside the schooling years' name
    "per_100k_spelling": "某省第七次人口普查公报\n2020年，全省每十万人口中具有大学文化程度的由8930人上升为15467人。\n",
    "schooling_of": "某省第七次人口普查公报\n2020年，全省6岁以上人口的平均受教育年限为9.8年。\n",
    # age bands in 周岁, and 少年儿童
    "full_years": "某市人口发展报告\n2020年末，全市60周岁以上户籍老年人口120.3万人，占户籍总人口的23.1%。\n",
    "full_years_share": "某市人口发展报告\n2020年末，全市65周岁及以上人口所占比重为14.1%。\n",
    "children": "某市人口发展报告\n2020年末，全市0～14岁少年儿童人口120.3万人，占总人口的13.1%。\n",
    # births named 出生婴儿; deaths after the births
    "infants_born": "某市人口发展报告\n2020年，全市共出生婴儿6.2万人。\n",
    "infants_born_count": "某市人口发展报告\n2020年，全市出生婴儿数为6.2万人。\n",
    "births_then_deaths": "某市人口发展报告\n2020年，全市户籍人口出生6.2万人，死亡4.1万人，自然增长2.1万人。\n",
    # the level of the year compared with, named after it
    "compared_named": "江苏省统计公报\n2022年末，江苏全省常住人口为8515万人，与2021年末常住人口8505万人相比，增加10万人。\n",
    "compared_named_than": "江苏省统计公报\n2022年末，全省常住人口为8515万人，比2021年末常住人口8505万人增加10万人。\n",
}

#: name → rows that must be read: (indicator, entity, year, value, qualifier) — the kind follows the title's wording
EXPECTED = {
    "hukou_scale": [("pop_hukou", "南京市", 2025, 760.0, "none"), ("pop_hukou", "南京市", 2030, 800.0, "approx")],
    "hukou_total_amount": [("pop_hukou", "unknown", 2020, 520.0, "none"), ("pop_floating", "unknown", 2020, 80.0, "none")],
    "half_year": [("pop_resident", "unknown", 2018, 812.3, "none")],
    "half_year_province": [("pop_resident", "甘肃省", 2015, 2599.6, "none")],
    "not_registered_here": [("pop_inmigrant", "unknown", 2016, 432.0, "none")],
    "not_registered_province": [("pop_inmigrant", "广东省", 2015, 2200.0, "none")],
    "districts": [("pop_city_proper", "芜湖市", 2010, 150.0, "approx")],
    "central_planned": [("pop_central_urban", "unknown", 2020, 300.0, "approx")],
    "education_level": [("univ_per_100k", "unknown", 2010, 6300.0, "none"), ("univ_per_100k", "unknown", 2015, 9120.0, "none")],
    "schooling_per_head": [("edu_years_6plus", "unknown", 2015, 8.35, "none")],
    "births_count": [("births", "宁波市", 2012, 5.1, "le")],
    "natural_increase": [("natural_increase", "浙江省", 2022, 0.5, "none")],
    "one_place_sum": [("pop_resident", "unknown", 2020, 52.6, "none"), ("pop_hukou", "unknown", 2020, 60.1, "none")],
    "one_year_births": [("births", "绵阳市", 2003, 43210.0, "none")],
    "one_year_births_total": [("births", "unknown", 2003, 4.3, "none")],
    "new_townspeople": [("new_urban_population_period_total", "unknown", 2020, 500.0, "approx")],
    "new_town_residents": [("new_urban_population_period_total", "unknown", 2020, 320.0, "approx")],
    "band_share": [("pop_0_14", "杭州市", 2012, 98.6, "none"), ("share_0_14", "杭州市", 2012, 9.1, "none")],
    "band_share_plain": [("share_60plus", "杭州市", 2012, 21.5, "none")],
    "hukou_share_bare": [("hukou_share_of_resident", "中山市", 2025, 45.8, "none"), ("hukou_share_of_resident", "中山市", 2035, 53.6, "none")],
    "series_next_sentence": [("share_60plus", "苏州市", 2015, 27.1, "none"), ("share_60plus", "苏州市", 2020, 31.1, "none"),
                             ("share_60plus", "苏州市", 2030, 36.0, "none"), ("share_0_14", "苏州市", 2011, 8.9, "none")],
    "series_count": [("pop_resident", "unknown", 2020, 5300.0, "none"), ("pop_resident", "unknown", 2030, 5500.0, "none")],
    "places_counted": [("pop_resident", "金华市", 2021, 712.1, "none"), ("pop_resident", "台州市", 2021, 668.3, "none"),
                       ("pop_resident", "嘉兴市", 2021, 555.1, "none")],
    "places_counted_year": [("pop_resident", "金华市", 2021, 712.1, "none"), ("pop_resident", "台州市", 2021, 668.3, "none")],
    "places_counted_relative": [("pop_resident", "金华市", 2021, 712.1, "none"), ("pop_resident", "台州市", 2021, 668.3, "none")],
    "reached_population": [("pop_resident", "台州市", 2025, 690.5, "none")],
    "crossed_population": [("pop_resident", "丽水市", 2025, 300.0, "gt")],
    "peak_unnamed": [("pop_resident", "江苏省", 2035, 8800.0, "none")],
    "year_then_later": [("pop_resident", "unknown", 1952, 120.5, "none"), ("pop_resident", "unknown", 2020, 1008.1, "none")],
    "elderly_band_share": [("share_60plus", "湖北省", 2020, 19.0, "none")],
    "elderly_band_count": [("pop_65plus", "湖北省", 2020, 700.0, "none")],
    "period_end_words": [("pop_resident", "朝阳区", 2020, 320.5, "none")],  # no city written: the name as written (gazetteer.by_name)
    "period_closing_year": [("urbanization_resident", "unknown", 2025, 65.0, "none")],
    "per_100k_spelling": [("univ_per_100k", "unknown", 2020, 15467.0, "none")],
    "schooling_of": [("edu_years_6plus", "unknown", 2020, 9.8, "none")],
    "full_years": [("pop_60plus", "unknown", 2020, 120.3, "none"), ("share_60plus", "unknown", 2020, 23.1, "none")],
    "full_years_share": [("share_65plus", "unknown", 2020, 14.1, "none")],
    "children": [("pop_0_14", "unknown", 2020, 120.3, "none"), ("share_0_14", "unknown", 2020, 13.1, "none")],
    "infants_born": [("births", "unknown", 2020, 6.2, "none")],
    "infants_born_count": [("births", "unknown", 2020, 6.2, "none")],
    "births_then_deaths": [("births", "unknown", 2020, 6.2, "none"), ("natural_increase", "unknown", 2020, 2.1, "none")],
    "compared_named": [("pop_resident", "江苏省", 2021, 8505.0, "none"), ("pop_resident", "江苏省", 2022, 8515.0, "none")],
    "compared_named_than": [("pop_resident", "江苏省", 2021, 8505.0, "none")],
}

#: name → (indicator, value) pairs that must not be read
FORBIDDEN_VALUES = {
    "hukou_scale": [("pop_resident", 760.0), ("pop_resident", 800.0)],
    "not_registered_here": [("pop_resident", 432.0)],
    "districts": [("pop_resident", 150.0)],
    "central_planned": [("pop_resident", 300.0)],
    "births_count": [("pop_hukou", 5.1)],
    "births_then_deaths": [("births", 4.1)],
}

#: near-misses: texts whose numbers the new spellings must not read
NEAR_TEXTS = {
    # another level of schooling written with 教育程度 is not the university-educated
    "high_school_level": "某省人口发展规划\n2015年，全省每10万人中具有高中教育程度人口由7282人增长为10660人。\n",
    # 15岁以上 years of schooling stay that band's
    "schooling_15": "某省人口发展规划\n2020年，全省15岁以上人口人均受教育年限为9.8年。\n",
    # people added by migration are no natural increase
    "mechanical": "某市人口发展报告\n2019年，全市机械增加人口3.2万人。\n",
    # a size class of cities is no level of the urban population
    "size_class": "某省城镇体系规划\n到2035年，形成城镇人口规模100万以上城市2个。\n",
    # several places summed are no place's level
    "places_summed": "某市人口发展报告\n2020年，甲区、乙区常住人口合计120万人，四区户籍人口合计300万人。\n",
    # births summed since a year, or over a span of years, stay totals (not the births of one year)
    "births_since": "某市计生简报\n2016年以来，全市共出生43.2万人。\n",
    "births_span": "某市计生简报\n2016年至2020年，全市共出生43.2万人，累计出生人口中二孩占45%。\n",
    # becoming a province of a size is no count of new town dwellers
    "becomes_big": "某省新型城镇化规划（2011—2020年）\n到2020年，全省常住人口将达到5000万人，成为人口大省。\n",
    # a share of another group in its own clause is not the share of the count before
    "other_group_share": "杭州市人口发展报告\n2012年，全市户籍人口为700万人，流动人口所占比重为30.1%。\n",
    # a bare 占比 with no denominator named for the registered population stays unread
    "bare_share_alone": "中山市人口发展规划\n2035年，常住人口达到560万人，户籍人口达到300万人，占比提升至53.6%。\n",
    # a sentence after a count that has a subject of its own, or a value of another unit, does not go on with the series
    "series_other_subject": "某省人口发展规划\n2015年全省城镇化率达到51%。工业增加值2020年将达到53%。\n",
    "series_other_unit": "某省人口发展规划\n2015年全省常住人口达到5100万人。预计2020年将达到5.3%。\n",
    # a number of places that is not the list's, or 等 before it: no place of the list gets a value by position
    "places_miscounted": "浙江省人口形势分析\n2021年，金华、台州、嘉兴两市常住人口分别为712.1万、668.3万和555.1万人。\n",
    "places_and_others": "浙江省人口形势分析\n2021年，金华、台州、嘉兴等五市常住人口分别为712.1万、668.3万和555.1万人。\n",
    # visitors and jobs are no count of its population (a size the place itself is built into, 建成500万人口的大城市, is
    # its population: corpus/README.md, Conventions, and tests/test_forms_fstruct.py)
    "visitors": "台州市旅游发展规划\n到2025年，台州市接待游客将突破700万人次。\n",
    "jobs": "某市就业规划\n到2025年，新增就业将达到5万人口。\n",
    # the peak of a count the sentence names stays that count's; visitors at their peak are no population
    "peak_of_births": "某市人口发展规划\n2025年，全市出生人口将达到高峰8.5万人。\n",
    "peak_of_visitors": "某市旅游发展规划\n到2025年，全市游客将达到峰值500万人次。\n",
    # a count after a bare year not followed to a later year is not given the next indicator
    "year_not_followed": "某市人口发展规划\n据统计，1952年120.5万人，全市常住人口达到1008.1万人。\n",
    # a band of people not called older, or no band at all: the older population's band stays unsaid
    "band_not_elderly": "湖北省加快发展养老服务业的意见\n至2005年末，全省60岁以上人口已达720.3万；预计到2020年，全省老年人口比重将达19%。\n",
    "no_band": "湖北省加快发展养老服务业的意见\n预计到2020年，全省老年人口比重将达19%。\n",
    # another level of schooling per 100 000, and the educated counted in 万 (a count, not the rate)
    "high_school_per_100k": "某省第七次人口普查公报\n2020年，全省每十万人口中具有高中文化程度的由8930人上升为15467人。\n",
    "educated_count": "某省第七次人口普查公报\n2020年，全省具有大学文化程度的人口为163.2万人。\n",
    # a rate the codebook lacks after a band of older people is not the rate named before it
    "band_then_rate": "江苏省老龄事业发展规划（2016—2020年）\n到2020年，城乡居民基本养老保险参保率将达到97%，65周岁以上老年人健康档案建档率也将达到91%。\n",
    # the sex ratio of the infants born stays the sex ratio
    "infants_sex_ratio": "某市人口发展报告\n2020年，全市出生婴儿性别比为108.2。\n",
    # a goal raised compared with a year is the goal year's
    "compared_raised_to": "江苏省城镇化规划\n到2025年，全省常住人口城镇化率比2020年提高到78%。\n",
}
NEAR_FORBIDDEN = {
    "high_school_level": [("univ_per_100k", 7282.0), ("univ_per_100k", 10660.0)],
    "schooling_15": [("edu_years_6plus", 9.8)],
    "mechanical": [("natural_increase", 3.2)],
    "size_class": [("pop_urban", 100.0)],
    "places_summed": [("pop_resident", 120.0), ("pop_hukou", 300.0)],
    "births_since": [("births", 43.2)],
    "births_span": [("births", 43.2)],
    "becomes_big": [("new_urban_population_period_total", 5000.0)],
    "other_group_share": [("hukou_share_of_resident", 30.1), ("pop_hukou", 30.1)],
    "bare_share_alone": [("hukou_share_of_resident", 53.6)],
    "series_other_subject": [("urbanization_resident", 53.0)],
    "series_other_unit": [("pop_resident", 5.3)],
    "places_miscounted": [("pop_resident", 712.1), ("pop_resident", 668.3)],
    "places_and_others": [("pop_resident", 712.1), ("pop_resident", 668.3)],
    "visitors": [("pop_resident", 700.0)],
    "jobs": [("pop_resident", 5.0)],
    "peak_of_births": [("pop_resident", 8.5)],
    "peak_of_visitors": [("pop_resident", 500.0)],
    "year_not_followed": [("pop_resident", 120.5)],
    "band_not_elderly": [("share_60plus", 19.0)],
    "no_band": [("share_60plus", 19.0), ("share_65plus", 19.0)],
    "high_school_per_100k": [("univ_per_100k", 15467.0)],
    "educated_count": [("univ_per_100k", 163.2)],
    "band_then_rate": [("pension_insurance_coverage", 91.0), ("share_65plus", 91.0)],
    "infants_sex_ratio": [("births", 108.2)],
}


def test_a_peak_reached_is_foreseen_and_a_peak_held_is_set() -> None:
    assert [row[5] for row in read_all()["peak_unnamed"] if row[3] == 8800.0] == ["projection"]
    assert [row[5] for row in read_all()["peak_held"] if row[3] == 4300.0] == ["target"]


def test_a_reached_count_run_forward_at_the_present_pace_is_a_projection() -> None:
    assert ("pop_resident", "台州市", 2025, 690.5, "none", "projection") in read_all()["reached_population"]


@lru_cache(maxsize=1)
def read_all() -> dict[str, list[tuple]]:
    return read_texts(TEXTS | NEAR_TEXTS)


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in EXPECTED.items() for row in rows])
def test_row_is_read(name: str, row: tuple) -> None:
    assert row in [found[:5] for found in read_all()[name]], read_all()[name]


def test_a_level_compared_with_is_not_of_the_sentences_year() -> None:
    assert ("pop_resident", "江苏省", 2022, 8505.0, "none") not in [row[:5] for row in read_all()["compared_named"]]
    assert ("urbanization_resident", "江苏省", 2025, 78.0, "none") in [row[:5] for row in read_all()["compared_raised_to"]]


@pytest.mark.parametrize("name,pair", [(name, pair) for name, pairs in (FORBIDDEN_VALUES | NEAR_FORBIDDEN).items() for pair in pairs])
def test_value_is_not_read_so(name: str, pair: tuple) -> None:
    assert not [row for row in read_all()[name] if (row[0], row[3]) == pair], read_all()[name]


def test_derived_spellings_never_take_another_indicators_synonym() -> None:
    from analysis.codebook import derived_synonyms, load_codebook

    codebook = load_codebook()
    for indicator in codebook.indicators.values():
        for variant in derived_synonyms(indicator):
            written = [other.code for other in codebook.indicators.values() if variant in other.synonyms]
            assert not written or codebook.synonyms[variant] == written[0]
