"""Forms of urbanisation and spatial plans and of reports on them, learnt from real page openings the extractor had
never met (issue #19, part 3, fourth probe set; the openings stay outside the project). Every sentence here is
invented — other places, other numbers, other wording — in the shapes those pages use:

* a change told as done (到2013年底…达到48.9%，13年间…提高了; 到1957年城镇人口增加到了226万人; 2018年，全省城镇人口达到了…;
  由1978年末的…上升到2017年末的…，提高了…) in a text without dates is a record: its year is past, no goal year, and the
  text's cut-off is at least that year (:func:`analysis.extract.meta.told_done_years`); a plan of a five-year period
  ahead that reports an older year (2004年…已达到 in a 十一五 plan) is still written the year before its period;
* the bounds of city-size classes whose cities are counted (100万—200万、200万—400万、400万以上人口的地级以上城市分别有
  96个、46个和22个) are no levels (`SIZE_CLASS_COUNT`);
* a bound written once for three or more places that open the clause (上海、北京、天津常住人口城镇化率超70%) is the
  group's threshold, no place's level (:func:`analysis.extract.prose.reader.place_group`); a 分别 list gives each its own,
  also when the places open the clause before it (广东、江苏、浙江城镇化率超70%，分别为…; 北京、天津排名第二和第三，城镇化率分别为…;
  `_places_before` in :mod:`analysis.extract.prose.respectively`);
* the margin over another population (超过农村人口560万人), people moved (农村人口就近转移480万左右), a share of the urban
  population (占全国城镇常住人口的近30%) and the increments of a coordinated list (累计新增常住人口、户籍人口分别为…) are no
  levels (:mod:`analysis.extract.prose.not_values`, :func:`analysis.extract.prose.respectively.respectively_lists`);
* an integration zone (郑汴一体化区域) is a part that is no gazetteer place (`SUB_AREA`), and stays the subject of the
  clauses after it that name no indicator or place (…超过600万人，2020年达800万~1000万人); a city cluster (长株潭城市群)
  stays an entity of its own, never the province;
* a sentence that opens with a place setting its goals (云南的目标是，到2015年…) gives that place to the clauses after it
  that name none (`SUBJECT_OPENING`);
* the registered or resident population of a part (城镇居民户籍人口, 县城和县级市城区常住人口) is the part's, no level of the
  place (`PART_POPULATION` in :mod:`analysis.extract.prose.reader`);
* 按规划 reports the plan: its 将 restates the plan's target (`PLAN_REPORTED`);
* plain 人口 after a verb of having (全市有人口520万, 目前约有人口70余万; `HAVING_POPULATION` in
  :mod:`analysis.extract.prose.words`) is the place's population, and 余 before 万 (70余万) is a bound like 48万余人;
* a county's short name does not start inside a word (七十年来安徽, 近年来安徽: 年来, not 来安 of 来安县;
  `WORD_ACROSS` in :mod:`analysis.ingest.place`).

All texts are extracted in one call, so the file runs in seconds.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from analysis.extract.meta import tense_cutoff
from probe_rows import read_texts

#: name → text
TEXTS = {
    # 到 a year-end with the change told as done (提高了): a record of 2013, not a goal
    "done_year_end": "湖南城镇化水平稳步提高\n"
                     "到2013年底，湖南省城镇化水平达到47.9%，13年间城镇化率提高了18.2个百分点，全省城镇人口已达3209.5万人。\n",
    # 增加到了 after 到 a year, and a bare year opening its sentence with 达到了; the last year a text tells as done is its cut-off
    "done_increased_to": "七十年来安徽城镇化发展回顾\n"
                         "1949年，全省城镇人口只有160万人，到1957年城镇人口增加到了301万人。"
                         "2018年，全省城镇人口达到了3459.5万人，城镇化率达到54.69%。\n",
    # a transition between two year-ends, told as done, in traditional characters
    "done_traditional": "四十年來福建城鎮化穩步推進\n"
                        "常住人口城鎮化率由1978年末的13.7%上升到2017年末的64.8%，提高了51.1個百分點。2017年末，全省戶籍人口城鎮化率達47.2%。\n",
    # full-width digits
    "done_fullwidth": "广西城镇化发展成就\n"
                      "到２０１６年底，广西壮族自治区城镇化率达到４８．１％，比２０００年提高了２０个百分点。\n",
    # a plan that writes 了 beside a goal word stays a plan: targets
    "plan_with_le": "某市新型城镇化规划\n"
                    "力争到2025年，岳阳市常住人口城镇化率达到65%，比2020年提高了5个百分点。\n",
    # size classes of cities counted: no levels
    "size_classes": "新型城镇化建设成就\n"
                    "2021年末，按户籍人口规模划分，100万—200万、200万—400万、400万以上人口的地级以上城市分别有88个、41个和19个；"
                    "50万以下、50万—100万人口的城市分别有52个和90个。\n"
                    "2021年末，全国常住人口城镇化率为64.7%。\n",
    "size_classes_having": "城市规模结构\n"
                           "2018年末，全国拥有人口100万以上的城市有5个，江门市共有常住人口460万人。\n",
    "size_classes_plain": "江苏城镇体系现状\n"
                          "2015年末，江苏省常住人口城镇化率为66.5%，100万人以上的大城市9个，50万至100万人口的中等城市达6个。\n",
    # the places of a 分别 list named in the clause before its own, with a bound or a ranking between
    "places_before_bound": "全国城镇化进程\n"
                           "2019年末，全国常住人口城镇化率为60.60%，广东、江苏、浙江城镇化率超70%，分别为71.40%、70.61%、70.00%。\n",
    "places_before_ranking": "全國城鎮化進程\n"
                             "2019年末，上海城鎮化率最高達88.30%，北京、天津排名第二和第三，城鎮化率分別為86.60%、83.48%。\n",
    # a part that is no place stays the subject of the clauses after it that name no indicator or place
    "sub_area_carried": "河南城镇化意见\n"
                        "继续推进郑汴一体化发展，2015年郑汴一体化区域城镇人口超过600万人，2020年达800万~1000万人。"
                        "到2015年，全省城镇化率达到48%。\n",
    # the registered or resident population of a part (城镇户籍人口, 县城常住人口) is no level of the place
    "part_population": "江西省户籍制度改革\n"
                       "2015年末，全省城镇居民户籍人口1588.65万，户籍人口城镇化水平达到32.15%，全省户籍人口4600万人。\n",
    "part_population_towns": "县城建设\n"
                             "2019年末，全國縣城和縣級市城區常住人口分別為1.55億、0.9億人左右，全国常住人口为14亿人。\n",
    # 年来 is a word (over the years): 近年来安徽 is 安徽, not 来安县; the county itself still reads
    "years_over": "近年來安徽城鎮化\n"
                  "近年來安徽省城鎮化率穩步提高，2018年末達到54.69%。\n",
    "county_laian": "滁州市人口\n"
                    "2019年末，来安县常住人口为43.5万人。\n",
    # plain 人口 after a verb of having, and 余 before 万 (70余万: more than 70万, like 48万余人)
    "having_population": "宁陵县概况\n"
                         "2018年末，宁陵县共有人口65万，全县有人口65万。\n",
    "having_population_yu": "某新区情况\n"
                            "2014年末，南沙区约有人口70余万。2015年末，南沙区常住人口达到72余万人。\n",
    "having_population_traditional": "江門市概況\n"
                                     "２０１８年末，全市擁有人口５２０萬，城鎮化率為55%。\n",
    # a district whose name ends in 城区 is a place, not a part
    "district_chengqu": "北京市城区人口\n"
                        "2020年末，东城区常住人口为70.9万人，城镇户籍人口为60万人。\n",
    # a bound for a group of places: the group's threshold; a 分别 list gives each its own value
    "group_bound": "全国城镇化进程\n"
                   "2019年末，全国常住人口城镇化率为60.60%。上海、北京、天津、广东常住人口城镇化率超70%，"
                   "贵州、云南、甘肃常住人口城镇化率不足50%。\n",
    "group_respectively": "全国城镇化进程\n"
                          "2019年末，全国常住人口城镇化率为60.60%，广东、江苏、浙江城镇化率分别为71.40%、70.61%、70.00%。\n",
    # two places, or a group with the plan's own place, keep their bound
    "pair_bound": "兰州市城镇化规划\n"
                  "到2025年，兰州、白银城镇化率超过70%。\n",
    # the margin over the rural population
    "margin_over_rural": "江西城镇化发展报告\n"
                         "2018年末，江西省城镇人口达到2603.6万人，超过农村人口560万人，城镇化率达到56.02%。\n",
    "margin_traditional": "湖北城鎮化發展\n"
                          "2019年末，湖北省城鎮人口達到3615萬人，多於農村人口1312萬人。\n",
    # people moved, the verb after the population
    "moved_after": "江西就地城镇化实施方案\n"
                   "2014年末，江西省常住人口4542万人，城镇化率50.22%。今后五年，省内农村人口就近转移480万左右，外省农民工回流120万左右。\n",
    "moved_after_towns": "四川城镇化\n"
                         "2016年末，四川省常住人口8262万人，全年农业人口向城镇转移95万人。\n",
    # a share of the urban population is no urbanisation rate
    "share_of_urban": "县城城镇化补短板\n"
                      "2019年，县城和县级市城区常住人口共计2.5亿人左右，占全国城镇常住人口的近30%。\n"
                      "2019年末，全国常住人口城镇化率为60.6%。\n",
    "share_of_urban_province": "河北县城建设\n"
                               "2020年末，河北省城镇化率为60.07%，县城常住人口占全省城镇人口的比重为43.5%。\n",
    # the increments of a coordinated list
    "increments_listed": "河北省新型城镇化规划\n"
                         "2013年末，河北省城镇常住人口为3528万人，城镇化率为48.1%。2007—2013年，全省累计新增常住人口、户籍人口分别为420万人和180万人。\n",
    # a city cluster and an integration zone are no gazetteer places
    "cluster": "湖南省城镇化发展意见\n"
               "到2020年，湖南省常住人口城镇化率达到58%，长株潭城市群城镇化率达到75%，郑汴一体化区域城镇人口超过600万人。\n",
    # a sentence opening with a place that sets its goals
    "subject_opening": "各地城镇化目标\n"
                       "到2020年，山西省城镇化率达到60%。贵州的目标是，到2020年城镇化水平达到50%左右，2030年达到65%左右。\n",
    "subject_opening_proposed": "各地城镇化目标\n"
                                "到2020年，山西省城镇化率达到60%。贵州省提出，到2020年城镇化率达到50%。\n",
    # 按规划 reports the plan: 将 restates its target
    "by_the_plan": "滇中新区总体规划获批\n"
                   "按规划，到2025年，滇中新区城镇人口将达120万人，2035年达250万人。\n",
    # a goal year with 了 or 已 in a later clause that tells of another year (比2020年增加了, 已超过全省, 目前已达到): the year
    # stays a goal's, its values targets (review of issue #19, finding 1.1; undated texts, so the tense sets the cut-off)
    "goal_then_compared_done": "岳阳市人口发展的主要目标\n"
                               "到2025年，岳阳市常住人口达到500万人，比2020年增加了30万人。\n"
                               "到2025年，岳阳市常住人口城镇化率提高到65%，比2020年提高了5个百分点。\n",
    "goal_bounds_then_done": "湖南省人口发展\n"
                             "到2030年，湖南省常住人口达到8000万人左右，人口自然增长率控制在5‰以内，总人口比2020年增加了约200万人。\n",
    "goal_then_already_above": "岳阳市发展目标\n"
                               "到2025年，岳阳市常住人口城镇化率提高到70%，已超过全省平均水平，常住人口达到600万人。\n",
    "goal_then_present_done": "岳阳市城镇化进展\n"
                              "到2025年，岳阳市常住人口城镇化率要达到70%，目前已达到65%。\n",
    "year_goal_then_compared_done": "岳阳市城镇化发展目标\n"
                                    "2025年，岳阳市常住人口达到500万人，城镇化率比2020年提高了5个百分点。\n",
    "goal_then_compared_done_traditional": "岳陽市人口發展的主要目標\n"
                                           "到2025年，岳陽市常住人口達到500萬人，比2020年增加了30萬人。\n",
    # a change told as done before 到 a year (2018年以来…提高了3个百分点，到2020年达到60%) still makes that year a record
    "done_before_the_year": "岳阳市城镇化发展情况\n"
                            "2018年以来，岳阳市城镇化率提高了3个百分点，到2020年达到60%。\n"
                            "到2025年，岳阳市常住人口达到500万人，城镇化率达到65%。\n",
    # a plan's own text saying 严格按规划建设 does not report a plan: its 有望 stays a projection (review finding 1.6)
    "plan_builds_by_the_plan": "株洲市人口发展规划\n一、现状\n2020年末，株洲市常住人口为390万人。\n二、目标\n"
                               "到2030年，株洲市常住人口有望达到420万人。\n三、保障\n严格按规划建设城市基础设施。\n",
    "plan_builds_by_the_plan_traditional": "株洲市人口發展規劃\n2020年末，株洲市常住人口為390萬人。\n"
                                           "到2030年，株洲市常住人口有望達到420萬人。\n嚴格按規劃建設城市基礎設施。\n",
    # 均 or 都 after three places gives each its own goal: no bound of the group (review finding 1.8)
    "group_each_reaches": "安徽省城镇化发展规划\n"
                          "到2025年，合肥、芜湖、马鞍山常住人口城镇化率均达到75%以上，全省常住人口城镇化率达到65%以上。\n",
    "group_each_reaches_traditional": "安徽省城鎮化發展規劃\n"
                                      "到2025年，合肥、蕪湖、馬鞍山常住人口城鎮化率均達到75%以上，全省常住人口城鎮化率達到65%以上。\n",
    "group_each_reaches_dou": "安徽省城镇化发展规划\n"
                              "到2025年，合肥、芜湖和马鞍山常住人口城镇化率都超过75%，全省常住人口城镇化率达到65%以上。\n",
}

#: name → rows that must be read: (indicator, entity, year, value, qualifier, kind)
EXPECTED = {
    "done_year_end": [("urbanization_resident", "湖南省", 2013, 47.9, "none", "baseline"),
                      ("pop_urban", "湖南省", 2013, 3209.5, "none", "baseline")],
    "done_increased_to": [("pop_urban", "安徽省", 1957, 301.0, "none", "baseline"),
                          ("pop_urban", "安徽省", 2018, 3459.5, "none", "baseline"),
                          ("urbanization_resident", "安徽省", 2018, 54.69, "none", "baseline")],
    "done_traditional": [("urbanization_resident", "福建省", 1978, 13.7, "none", "baseline"),
                         ("urbanization_resident", "福建省", 2017, 64.8, "none", "baseline"),
                         ("urbanization_hukou", "福建省", 2017, 47.2, "none", "baseline")],
    "done_fullwidth": [("urbanization_resident", "广西壮族自治区", 2016, 48.1, "none", "baseline")],
    "plan_with_le": [("urbanization_resident", "岳阳市", 2025, 65.0, "none", "target")],
    "size_classes_plain": [("urbanization_resident", "江苏省", 2015, 66.5, "none", "baseline")],
    "group_bound": [("urbanization_resident", "中国", 2019, 60.6, "none", "baseline")],
    "group_respectively": [("urbanization_resident", "广东省", 2019, 71.4, "none", "baseline"),
                           ("urbanization_resident", "江苏省", 2019, 70.61, "none", "baseline"),
                           ("urbanization_resident", "浙江省", 2019, 70.0, "none", "baseline")],
    "pair_bound": [("urbanization_resident", "白银市", 2025, 70.0, "gt", "target")],
    "places_before_bound": [("urbanization_resident", "广东省", 2019, 71.4, "none", "baseline"),
                            ("urbanization_resident", "江苏省", 2019, 70.61, "none", "baseline"),
                            ("urbanization_resident", "浙江省", 2019, 70.0, "none", "baseline")],
    "places_before_ranking": [("urbanization_resident", "上海市", 2019, 88.3, "none", "baseline"),
                              ("urbanization_resident", "北京市", 2019, 86.6, "none", "baseline"),
                              ("urbanization_resident", "天津市", 2019, 83.48, "none", "baseline")],
    "sub_area_carried": [("urbanization_resident", "河南省", 2015, 48.0, "none", "target")],
    "part_population": [("urbanization_hukou", "江西省", 2015, 32.15, "none", "baseline"),
                        ("pop_hukou", "江西省", 2015, 4600.0, "none", "baseline")],
    "part_population_towns": [("pop_resident", "中国", 2019, 14.0, "none", "baseline")],
    "district_chengqu": [("pop_resident", "北京市东城区", 2020, 70.9, "none", "baseline")],
    "years_over": [("urbanization_resident", "安徽省", 2018, 54.69, "none", "baseline")],
    "having_population": [("pop_resident", "商丘市宁陵县", 2018, 65.0, "none", "baseline")],
    "having_population_traditional": [("pop_resident", "江门市", 2018, 520.0, "none", "baseline")],
    "having_population_yu": [("pop_resident", "广州市南沙区", 2014, 70.0, "above", "baseline"),
                             ("pop_resident", "广州市南沙区", 2015, 72.0, "above", "baseline")],
    "county_laian": [("pop_resident", "滁州市来安县", 2019, 43.5, "none", "baseline")],
    "margin_over_rural": [("pop_urban", "江西省", 2018, 2603.6, "none", "baseline"),
                          ("urbanization_resident", "江西省", 2018, 56.02, "none", "baseline")],
    "margin_traditional": [("pop_urban", "湖北省", 2019, 3615.0, "none", "baseline")],
    "moved_after": [("pop_resident", "江西省", 2014, 4542.0, "none", "baseline"),
                    ("urbanization_resident", "江西省", 2014, 50.22, "none", "baseline")],
    "moved_after_towns": [("pop_resident", "四川省", 2016, 8262.0, "none", "baseline")],
    "share_of_urban_province": [("urbanization_resident", "河北省", 2020, 60.07, "none", "baseline")],
    "increments_listed": [("pop_urban", "河北省", 2013, 3528.0, "none", "baseline"),
                          ("urbanization_resident", "河北省", 2013, 48.1, "none", "baseline")],
    "cluster": [("urbanization_resident", "湖南省", 2020, 58.0, "none", "target")],
    "subject_opening": [("urbanization_resident", "山西省", 2020, 60.0, "none", "target"),
                        ("urbanization_resident", "贵州省", 2020, 50.0, "approx", "target"),
                        ("urbanization_resident", "贵州省", 2030, 65.0, "approx", "target")],
    "subject_opening_proposed": [("urbanization_resident", "贵州省", 2020, 50.0, "none", "target")],
    "by_the_plan": [("pop_urban", "滇中新区", 2025, 120.0, "none", "target")],
    # a level each text with only forbidden values must still read, so that its checks can fail
    "size_classes": [("urbanization_resident", "中国", 2021, 64.7, "none", "baseline")],
    "size_classes_having": [("pop_resident", "江门市", 2018, 460.0, "none", "baseline")],
    "share_of_urban": [("urbanization_resident", "中国", 2019, 60.6, "none", "baseline")],
    "goal_then_compared_done": [("pop_resident", "岳阳市", 2025, 500.0, "none", "target"),
                                ("urbanization_resident", "岳阳市", 2025, 65.0, "none", "target")],
    "goal_bounds_then_done": [("pop_resident", "湖南省", 2030, 8000.0, "approx", "target"),
                              ("natural_growth_rate", "湖南省", 2030, 5.0, "le", "target")],
    "goal_then_already_above": [("urbanization_resident", "岳阳市", 2025, 70.0, "none", "target"),
                                ("pop_resident", "岳阳市", 2025, 600.0, "none", "target")],
    "goal_then_present_done": [("urbanization_resident", "岳阳市", 2025, 70.0, "none", "target")],
    "year_goal_then_compared_done": [("pop_resident", "岳阳市", 2025, 500.0, "none", "target")],
    "goal_then_compared_done_traditional": [("pop_resident", "岳阳市", 2025, 500.0, "none", "target")],
    "done_before_the_year": [("urbanization_resident", "岳阳市", 2020, 60.0, "none", "baseline"),
                             ("pop_resident", "岳阳市", 2025, 500.0, "none", "target"),
                             ("urbanization_resident", "岳阳市", 2025, 65.0, "none", "target")],
    "plan_builds_by_the_plan": [("pop_resident", "株洲市", 2020, 390.0, "none", "baseline"),
                                ("pop_resident", "株洲市", 2030, 420.0, "none", "projection")],
    "plan_builds_by_the_plan_traditional": [("pop_resident", "株洲市", 2030, 420.0, "none", "projection")],
    "group_each_reaches": [(("urbanization_resident", city, 2025, 75.0, "above", "target")) for city in ("合肥市", "芜湖市", "马鞍山市")]
                          + [("urbanization_resident", "安徽省", 2025, 65.0, "above", "target")],
    "group_each_reaches_traditional": [(("urbanization_resident", city, 2025, 75.0, "above", "target")) for city in ("合肥市", "芜湖市", "马鞍山市")],
    "group_each_reaches_dou": [("urbanization_resident", "马鞍山市", 2025, 75.0, "gt", "target"),
                               ("urbanization_resident", "安徽省", 2025, 65.0, "above", "target")],
}

#: name → (indicator, value) pairs that must not be read as levels
FORBIDDEN_VALUES = {
    "size_classes": [("pop_resident", 150.0), ("pop_resident", 300.0), ("pop_resident", 400.0), ("pop_resident", 50.0),
                     ("pop_resident", 75.0)],
    "size_classes_plain": [("pop_urban", 100.0), ("pop_resident", 100.0), ("pop_resident", 75.0), ("pop_urban", 75.0)],
    "group_bound": [("urbanization_resident", 70.0), ("urbanization_resident", 50.0)],
    "margin_over_rural": [("pop_urban", 560.0), ("pop_rural", 560.0)],
    "margin_traditional": [("pop_urban", 1312.0), ("pop_rural", 1312.0)],
    "moved_after": [("pop_rural", 480.0)],
    "moved_after_towns": [("pop_urban", 95.0), ("pop_rural", 95.0)],
    "share_of_urban": [("urbanization_resident", 30.0)],
    "share_of_urban_province": [("urbanization_resident", 43.5)],
    "increments_listed": [("pop_resident", 420.0), ("pop_hukou", 180.0)],
    "cluster": [("pop_urban", 600.0)],
    "sub_area_carried": [("pop_urban", 600.0), ("pop_urban", 900.0)],
    "part_population": [("pop_hukou", 1588.65)],
    "district_chengqu": [("pop_hukou", 60.0)],
    "size_classes_having": [("pop_resident", 100.0)],
    "part_population_towns": [("pop_resident", 1.55), ("pop_resident", 0.9)],
}

#: name → (indicator, entity, value) that must not be read: a value given to the wrong place
FORBIDDEN_ROWS = {
    "subject_opening": [("urbanization_resident", "山西省", 50.0), ("urbanization_resident", "山西省", 65.0)],
    "subject_opening_proposed": [("urbanization_resident", "山西省", 50.0)],
    "group_respectively": [("urbanization_resident", "中国", 71.4)],
    "cluster": [("urbanization_resident", "湖南省", 75.0)],
    "places_before_bound": [("urbanization_resident", "中国", 71.4), ("urbanization_resident", "浙江省", 71.4)],
    "places_before_ranking": [("urbanization_resident", "上海市", 86.6)],
}


@lru_cache(maxsize=1)
def read_all() -> dict[str, list[tuple]]:
    return read_texts(TEXTS)


CASES = ([(name, "read", row) for name, rows in EXPECTED.items() for row in rows]
         + [(name, "no level", pair) for name, pairs in FORBIDDEN_VALUES.items() for pair in pairs]
         + [(name, "not at that place", triple) for name, triples in FORBIDDEN_ROWS.items() for triple in triples])


@pytest.mark.parametrize("name,what,item", CASES)
def test_probe_form(name: str, what: str, item: tuple) -> None:
    rows = read_all()[name]
    if what == "read":
        assert item in rows, rows
    elif what == "no level":
        assert not [row for row in rows if (row[0], row[3]) == item], rows
    else:
        assert not [row for row in rows if (row[0], row[1], row[3]) == item], rows


def test_done_years_set_the_cut_off() -> None:
    """到1957年…增加到了 and 2018年，…达到了 are records: the latest, 2018, is the cut-off (not 1956, the year before a goal)."""
    lines = TEXTS["done_increased_to"].splitlines()
    assert tense_cutoff(lines)[0] == 2018


@pytest.mark.parametrize("name", ["goal_then_compared_done", "goal_bounds_then_done", "goal_then_compared_done_traditional"])
def test_done_change_of_another_year_keeps_the_goal_year(name: str) -> None:
    """比2020年增加了 after a 到2025年 goal tells of 2020: the cut-off is 2020, the year of the base, not the goal year."""
    assert tense_cutoff(TEXTS[name].splitlines())[0] == 2020


def test_already_after_an_opening_year_makes_it_past() -> None:
    """已 in a later clause of a sentence opening with its year tells that year as done, after a comparison's clause too."""
    lines = ["2019年,我市居民人均预期寿命81.2岁,与2010年相比,提高了1.5岁,已达到发达国家水平。",
             "《健康某省2030行动纲要》提出,到2030年全省居民人均预期寿命达到79.5岁。"]
    assert tense_cutoff(lines)[0] == 2019


def test_five_year_period_ahead_keeps_its_year() -> None:
    """A 十一五 plan reporting 2004's figures as done is written in 2005, the year before its period."""
    lines = ["“十一五”期间，我区将加快城镇化进程。",
             "2004年广西居住在城镇的人口有1550万人，占总人口的比重已达到31.7%。",
             "到2010年，全区城镇化水平达到38%左右。"]
    assert tense_cutoff(lines)[0] == 2005
