"""The words by which Chinese plans state values: change verbs (增加, 年均增长), goal and
projection markers (到, 力争, 预计), shares (占…比重), lists (分别), peaks, aggregates and back-references.
Each pattern is a rule about phrasing, not about any one plan."""

from __future__ import annotations

import re

from analysis.extract.values import PERMILLE_STOP


#: A sentence ends at 。！？ — except the 。 of a ‰ printed as %。 (:data:`analysis.extract.values.PERMILLE_STOP`:
#: 自然增长率控制在7.5%。以内, 婴儿死亡率为3.29%。，比2009年的3.49%。下降了5.73%).
SENTENCE = re.compile(rf"[^。！？!?]+(?:{PERMILLE_STOP}[^。！？!?]*)*[。！？!?]?")
CLAUSE_BREAK = re.compile(r"[,，;；:：]")
#: A contrast (但, 而, 然而, 实际上): what follows it is no longer under the plan's year that came before
#: (规划到2030年…控制在800万人，但照目前的势头，届时将突破900万人: the second figure is a forecast again); not 不但, 而且,
#: 从而, 不过亿 (a bound, not a contrast).
CONTRAST = re.compile(r"(?<![不非])但|然而|(?<![从进因继反然])而(?![且言已])|实际上|事实上|可是|不过(?![亿千百万\d一二三四五六七八九十])")
#: The present trend named (按照目前的趋势, 照此趋势, 按现在的速度): what follows under a plan's year or a demand (PLANNED_BEFORE in
#: ``reader.py``) is a forecast at that trend, not the goal (review of brief at).
TREND_NAMED = re.compile(r"(?:按照?|照|依)(?:目前|当前|现在|现有|这样|这一|此)的?(?:发展|增长)?(?:趋势|态势|势头|速度|增速)")

#: A bare 高/低/少 after the year of a comparison is a change as well (预期寿命达到77.3岁，比2015年高0.96岁; 比上年低0.2个千分点):
#: the difference from that year's level, never a level; only after such a year, so 最高/最低 before a number stay levels.
CHANGE_VERB = re.compile(r"(增量|减量|增幅|降幅|增加|减少|提高|提升|延长|下降|上升|攀升|降低|增长|缩小|扩大|回落|多出|高出|低出|减|增|多"
                         r"|(?<=年)高|(?<=年)低|(?<=年)少|(?<=年末)高|(?<=年末)低|(?<=同期)高|(?<=同期)低)了?\s*(共|累计|约|近)?\s*$")
DECREASE = re.compile(r"减少|下降|降低|缩小|回落|低出|降幅|减|^低$|^少$")

#: 年均增长0.9%, 年均增加5万人: a change per year (年均出生率12‰ is a period-average level).
ANNUAL = re.compile(r"年均[^,，;；。率]{0,4}?(?:增长|增速|增幅|递增|递减|增加|减少|提高|下降|上升|降低|净增|增)(?!率)[^,，;；。率]{0,4}$")
#: A line that introduces the goals below it: 到2025年，人口发展的主要目标是： (or 目标是 without its colon), or ends counting the goals
#: it sets (到2010年，我市将…实现8大目标。, 提出了六项主要目标。: a press copy lists them below, one numbered line each) — not a
#: count after a verb of completion (圆满完成了5项主要指标, 实现了8大目标, 达到了六项指标: a review of goals met, whose lines are levels)
LEAD_IN = re.compile(r"(?:[:：]|(?:目标|任务|指标)(?:是|为|如下)|(?<![\d.])(?<!完成)(?<!完成了)(?<!实现了)(?<!达到了)(?<!达成)(?<!达成了)(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:个|大|项)\s*(?:主要|发展|具体)?(?:目标|任务|指标)\s*[。.]?)\s*$")
#: The verbs a share takes to its value (占常住人口比例提升至37.5%).
SHARE_VERB = r"(?:为|达|约|达到|提升至|提升到|提高至|提高到)"
SHARE_OF = re.compile(r"占(?:全国|全省|全区|全市|全县)?(?:的)?(?:常住人口|总人口|户籍人口|全市常住人口|人口)?(?:的)?(?:比重|比例)?" + SHARE_VERB + r"?\s*$")

#: What may stand between an indicator and its value when the value belongs to it directly.
NEAR = re.compile(r"\s*(?:为|是|达到|达|约为|约|在|占|降至|降到|升至|提高到|提高至|保持在|控制在|稳定在|仅为|已达|已经达到)?\s*")
#: A share stated in its own clause after a count: 0—14岁人口为73.2万人，占15.3%; 所占比重仅为8.3%; 占比提升至46.3%.
SHARE_CLAUSE = re.compile(r"^\s*(?:其中)?(?:约|分别|仅|只)?(?:所)?占(?:比|比重|比例)?(?:仅|只|约)?"
                          r"(?:为|达|达到|约|是|提升至|提升到|提高到|提高至|升至|上升到|上升至|下降到|降至|降到)?\s*$")
#: The denominator of the registered population's share named earlier in the sentence (户籍人口达到360万人，占常住人口比例
#: 提升至37.5%；…户籍人口达到500万人，占比提升至46.3%): a bare 占比 of the registered population further on is that share.
RESIDENT_DENOMINATOR = re.compile(r"占常住人口")
#: A count followed directly by its share: 60岁及以上人口占15.99%, 城镇人口占比60%.
DIRECT_SHARE = re.compile(r"\s*(?:的)?(?:仅|只|约)?(?:所)?占(?:比|比重|比例|总人口的?比重|总人口的?比例|总人口)?(?:的)?(?:为|是|达到|达|约|升至|提高到|提高至|下降到|降至)?\s*")
RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|降到|降至|提高到|上升到|增加|减少|比|较|与)?")

#: The year the population peaks (总人口将在2030年左右达到峰值); plain 人口 after a scope word of the place's own, with only
#: adverbs between (全省人口将在2030年左右达到峰值, not 全省人口老龄化将在2040年达到峰值; 全国, 我国 are left out).
PEAK = re.compile(r"(?:(?:总人口|人口总量|常住人口)[^,，。;；]{0,8}?|(?:全省|全市|全区|全县|我省|我市|我区|我县)人口(?:将|预计|有望|可能|或将|会|也)*)在?(?P<year>(?:19|20)\d{2})年(?P<about>前后|左右)?达到峰值")
#: The peak named first, its year after: 人口总量峰值将出现在2039年前后.
PEAK_NAMED_FIRST = re.compile(r"(?:总人口|人口总量|常住人口)(?:的)?峰值[^,，。;；\d]{0,8}?(?:出现|到来)在?(?P<year>(?:19|20)\d{2})年(?P<about>前后|左右)?")
#: A list that refers back to the indicators of the sentence before: 这三项指标分别为….
THESE = re.compile(r"(?:这|上述|以上|前述)[一二两三四五六七八九十\d]*(?:项|个)(?:指标)?")
#: A gap between two figures, not a level: 常住人口与户籍人口之差缩小到203.8万人.
GAP_WORDS = re.compile(r"之差|差距|相差|差额|缺口")
#: A clause whose subject is the deaths (户籍人口出生6.2万人，死亡4.1万人): a count the codebook lacks, never the births (or the
#: population) named in the clause before.
DEATHS_CLAUSE = re.compile(r"^\s*(?:全年|当年|同期|共)?\s*死亡(?:人口|人数)?\s*(?:为|约|达|达到|共)?\s*$")
#: A gap named right after its indicator (男女平均预期寿命之差与十年前相比，由3.70岁扩大到4.99岁): the values of the
#: sentence after it measure the gap, even in a later clause.
GAP_AFTER = re.compile(r"\s*(?:之差|的差距|差距|相差)")
#: Words that bring a sentence back to the present: 目前, 当前.
#: 如今, 依据最新数据, 按现有公开数据 too (the gold conventions: present levels without a year are of the cut-off year).
CURRENT = re.compile(r"^(?:[^,，;；]{0,6}?)(?:目前|当前|现阶段|截至目前|现在|如今|最新数据|最新统计|现有公开数据)")
#: A value referring back to the indicator named just before: 到2035年这一比例将超过30%.
BACK_REFERENCE = re.compile(r"(?:这一|这个|该|此)(?:比例|比重|指标|数字|水平|数值|规模)")
#: A change verb right before the indicator it changes: 新增出生人口, 每年增加…
INCREMENT = re.compile(r"(?:增加|减少|新增|净增|多出|每年增加|每年减少)\s*$")
#: A level stated for the base of a comparison: 与2010年第六次全国人口普查的726.0万人相比, and right after a census's name
#: or in brackets after it (与2010年第六次全国人口普查8041.8万人相比, 与2010年第六次全国人口普查（989.39万人）相比).
COMPARED_LEVEL = re.compile(r"(?:与|比|较|同)\s*[^,，;；。]{0,24}?(?:的|普查\s*[(（]?)\s*$")
#: A value followed by 的 that is still a level: 趋于107的正常水平.
LEVEL_OF = re.compile(r"^的(?:正常|合理|适度|较高|较低|更替|适宜|理想|平均|历史)?(?:水平|水准|区间|范围|目标|峰值|高峰|总量|规模)")
#: Figures for several places together are not the plan's: 四市常住人口合计, 10个省份的.
AGGREGATE = re.compile(r"[一二三四五六七八九十两\d]+个?(?:省份|省区|地市|城市|市州|县区|区县|县市)|[二三四五六七八九十两\d]+个[\u4e00-\u9fff]{0,3}?(?:新城|新区|城区|区|县|镇|乡|街道|片区)|[二三四五六七八九十两]市|合计|总计|共计|总规模"
                       # the central city together with another area (中心城区和滨海新区核心区的城镇人口规模为630万人)
                       r"|(?:中心城区|中心城|主城区)(?:和|及|与|以及)[\u4e00-\u9fff]{2,12}?(?:区|城)")
#: A sum word after the whole of one place (全区常住人口合计366.7万人, 全县户籍人口共计52万人): the place's own total, not a
#: figure of several places together — a scope word (全省, 全市, 全区, 全县, 全镇) immediately followed by the sum word or by the
#: population word and the sum word (全市共计出生4.3万人), and no list of places (、) in the clause; a part between them (全市四县常住人口合计, 全市县域…, 全省地级以上
#: 城市市区…) is a sum of parts.
ONE_PLACE_SUM = re.compile(r"^[^、]*?全(?:省|市|区|县|镇|乡)(?:(?:常住|户籍|总)?人口(?:总数|总量)?)?(?:合计|总计|共计)[^、]*$")
SUM_WORD = re.compile(r"合计|总计|共计")


def several_places(clause: str) -> bool:
    """Whether a clause gives a figure of several places together (:data:`AGGREGATE`), a sum over the whole of one place
    aside (:data:`ONE_PLACE_SUM`)."""
    if not AGGREGATE.search(clause):
        return False
    return not (ONE_PLACE_SUM.match(clause) and not AGGREGATE.search(SUM_WORD.sub("", clause)))
#: Part of a place that is no place of the gazetteer, named at the start of a clause as its subject: a belt, circle or
#: cluster of cities (皖江城市带, 合肥经济圈, 皖北城市群, 都市圈), an integration zone (郑汴一体化区域), a zone (经济区, 开发区, 高新区, 园区) or a planned town
#: inside a city (汽车城, 科学城, 大学城, 生态城, 新城); or a region of several provinces (长三角地区, 京津冀地区). Its
#: figures are the part's (or the region's), never the plan's place's. It differs on purpose from the reader's ``PLAN_PARTS``
#: (:mod:`analysis.extract.prose.reader`: the labels of a pair's item or a city-system entry): it names a subject at a clause's start.
SUB_AREA = re.compile(r"(?:^|(?<=[,，;；:：、\s年]))(?:[\u4e00-\u9fff]{0,8}?(?:城市带|城镇带|经济带|经济圈|城市圈|一体化区域|一体化地区|生活圈|经济区|高新区|开发区|园区|汽车城|科学城|大学城|生态城|新城)"
                      r"|(?:长三角|珠三角|京津冀)地区)")
#: The counties of a province or a city taken together (全省县域城镇化水平达到34.3%, 县域常住人口): a part that is no place,
#: in a text above the county level (in a county's own plan 县域 is the county itself).
#: A part of a place named before a count it reaches (杭州主城区将突破600万人口, 台州市区将达到200万人口, 全省城镇将达到
#: 4000万人口): the part's population, never the place's total. It differs on purpose from the reader's ``PLAN_PARTS`` and
#: ``CENTRAL_AREA`` (:mod:`analysis.extract.prose.reader`): it is searched before a count (市区, 城镇, 建成区, 农村, 主城 without 区),
#: they are the labels of a pair's item or a city-system entry; one list for both would read other values.
PART_OF_PLACE = re.compile(r"主城区?|中心城区?|市区|城区|城镇|县城|新区|建成区|都市区|市辖区|镇区|老城区?|农村|乡村")
COUNTY_AREA = re.compile(r"县域(?:内|的)?(?:常住|户籍)?(?:人口|城镇化|城市化)")
#: The verb (or year) that lets a value in a sentence without an indicator of its own belong to
#: the indicator a heading or question named.
TOPIC_VERB = re.compile(r"(?:达到|为|是|保持在|控制在|提高到|提高至|回升至|回升到|降至|降到|下降到|稳定在|增加到|增长到|突破|超过|约|在|至|年)\s*$")
#: 计划 before the figure it plans (2007年计划出生人口81.4万人, 人口总数计划为475万人, 计划达到): a year's plan figure — one form,
#: shared by :data:`GOAL_WORDS` and the tense rules of :mod:`analysis.extract.meta` (``NOT_A_RECORD``).
PLAN_FIGURE = r"计划(?=出生|总人口|人口总[数量]|为|达到)"
#: Words no record of the past is worded with: the one list of goal words the tense rules of :mod:`analysis.extract.meta`
#: share — a goal ahead or forecast, or a plan figure (:data:`GOAL_AHEAD`: 将, 力争, 预计, 预测, :data:`PLAN_FIGURE`), an effort
#: or hope (:data:`GOAL_EFFORT`: 确保, 务必, 争取, 力求, 要, 有望), and the words that name a goal or plan (:data:`GOAL_NAMED`:
#: 目标, 规划), which a record of a goal met uses too (完成了…目标任务). ``NOT_A_RECORD`` is AHEAD and NAMED, ``GOAL_ASSURED``
#: EFFORT, ``WHOLE_YEAR_GOAL`` AHEAD and EFFORT.
#: The words of a goal ahead or a forecast (将, 力争, 预计, 预测), written once for :data:`GOAL_AHEAD` and the words of a report
#: that looks ahead (``REPORT_AHEAD`` in :mod:`analysis.extract.meta`).
AHEAD_WORDS = r"将|力争|预计|预测"
GOAL_AHEAD = AHEAD_WORDS + "|" + PLAN_FIGURE
#: … the effort words other than 要 (which :data:`GOAL_WORDS` takes only right before its verb, :data:`GOAL_EFFORT_VERB`).
#: (also the efforts of a report that looks ahead: ``REPORT_AHEAD`` in :mod:`analysis.extract.meta`)
GOAL_EFFORT_WORDS = r"确保|务必|争取|力求|有望"
GOAL_EFFORT = GOAL_EFFORT_WORDS + r"|要(?!求)"
GOAL_NAMED = r"目标|规划"
#: Words of a sentence without a year that make its values goals (else they describe the present): :data:`GOAL_AHEAD` and
#: the words of a goal's figure (控制在, 不超过, 以内, 提高至…), which in a sentence with its year a record may use too;
#: 提出 is the plan proposing them (江苏“十三五”规划纲要…提出…劳动年龄人口平均受教育年限12.2年); a plan figure (:data:`PLAN_FIGURE`)
#: is an annual plan's (not 计划生育, 计划外出生).
#: The words of a goal's figure (控制在8‰以内, 不低于80%): :data:`GOAL_FIGURE`.
GOAL_FIGURE = r"控制在|稳定在|保持在|不低于|不超过|以内"
#: A sentence of a paragraph that opens on a review of the past years (过去五年，…。…基本医疗保险参保率保持在98%以上) that speaks of a
#: goal ahead (将, 力争, 要, 确保, 目标, 今后, 明年 …) or turns to what comes next (下一步, 新的一年, 接下来, 下阶段), it or a sentence
#: before it in the paragraph: no record of the review's present (brief at; the turns, brief xat).
REVIEW_GOES_AHEAD = re.compile(GOAL_AHEAD + "|" + GOAL_EFFORT + "|" + GOAL_NAMED + r"|今后|未来|明年|今年|下一步|下一?阶段|新的?一年|接下来")
#: A value written with the bound of a goal's figure (今年全市出生率不超过12‰, ≤12‰, 12‰以内, 不低于90%; brief at): its own
#: words make it a goal of its year, as 控制在 before it does — a record of a past year stays one by its year (the cut-off).
GOAL_BOUND = re.compile(r"^\s*(?:不超过|不高于|不低于|不少于|≤|≥)|以内\s*$")
#: An effort before its verb of reaching (今年全市城镇化率要达到63%左右; brief at): a year's goal — 要 only right before the verb
#: (not 主要, 需要, 重要, 只要, 不要); the other effort words (争取, 务必, 力求, 确保, 有望) are :data:`GOAL_EFFORT_WORDS`.
GOAL_EFFORT_VERB = r"(?<![主需重必只想不])要(?=\s*(?:达到|达|提高到|提高至|提升到|提升至|增加到|增长到|上升到|下降到|降低到|降到|降至|突破|超过))"
GOAL_WORDS = re.compile(GOAL_AHEAD + r"|(?<!达)到|" + GOAL_EFFORT_WORDS + r"|或达|或成|目标|提出|" + GOAL_FIGURE + r"|回升至|提高至|降至|增至"
                        r"|提升至|上升至|逐步|" + GOAL_EFFORT_VERB)
#: Leaving poverty between the poor population and a count (贫困人口脱贫300万人, 每年减贫100万): a flow.
POVERTY_EXIT = re.compile(r"脱贫|减贫|脱离贫困|摘帽")
PAST_WORDS = re.compile(r"已|末|底|普查|七普|六普")
#: Statistics reported as observed before the value in its sentence (据最新统计数据显示，2014年…为82.29岁; 国家统计局的数据
#: 显示, 报告显示): the figures are observations even in a text that tells no cut-off — not beside a forecast or a goal.
#: The transitions of such a sentence are records too (:mod:`analysis.extract.meta`: 数据显示，…从2012年的81.35岁增长到2023年的82.51岁).
STATISTICS_SHOW = re.compile(r"(?:统计|数据|公报|普查|调查|报告|白皮书)(?:结果)?显示|据统计")
#: A review before the value in its sentence (省政府工作报告在回顾“十四五”时期工作时指出，…超过80岁; 回顾过去五年，…): the figures are
#: the period's record, not its goals — read like :data:`STATISTICS_SHOW`, not beside a forecast or a goal word.
REVIEWED = re.compile(r"回顾")
#: The year or the five-year period a review names (回顾2020年, 回顾“十三五”): a year written after it that is later
#: (在回顾“十三五”成绩时，市长表示，2025年…达到600万人; 回顾2020年，…，2025年…达到65%) ends the review — a goal's year.
REVIEWED_WHAT = re.compile(r"回顾\s*(?:过去的?)?\s*(?:(?P<year>(?:19|20)\d{2})\s*年|[“\"「『‘]?(?P<name>十[一二三四五]?五))")
#: Words of the present in a sentence without a year (目前, 现状人口, 如今): its figures are observed.
PRESENT_WORDS = re.compile(r"目前|当前|现阶段|现在|现状|现有|如今|眼下|最新数据|最新统计")
#: A clause that opens on the present (…，目前已达到58%; 今后五年，目前…为58%): its value is the latest observed one, never the goal or
#: the year ahead stated before it in the sentence (brief ftime, forms handout 1) — unless the clause itself sets a goal (目前要…控制在).
NOW_WORDS = r"截至目前|目前|当前|现阶段|现在|如今"
NOW_OPENING = re.compile(r"\s*(?:" + NOW_WORDS + ")")
#: A present word that picks a subgroup by its level (当前城镇化率较低的县城…达到50%以上, 目前低于全省平均水平的县…): the clause is a goal
#: for that subgroup, never the present level of the place (brief xtime).
NOW_OF_SUBGROUP = re.compile(r"[^，,；;。\d]*?(?:较低|较高|偏低|偏高|低于|高于|不足|未达到?|尚未|以下|以上|落后)[^，,；;。\d]{0,8}?的")
#: A list item of the years ahead whose first clause names the present before any number (■ 全省常住人口城镇化率目前为62%, ■ 目前…):
#: an item of the present, never a goal of the years ahead (brief xtime; `CURRENT` only sees the item's first six characters).
PRESENT_ITEM = re.compile(r"[^，,；;。：:\d]*?(?:截至目前|目前|当前|现阶段|如今)")
#: A value written as crossing a threshold (突破1000万; 破千万 and 过千万 are normalised to it): without a
#: year and without a word of the past, a goal (常住人口突破千万 in a report of a plan), never an observation.
CROSSING = re.compile(r"^突破")
#: The place becomes a city of that size (成为…常住人口突破千万的城市, 大湾区下一个千万人口大市, 建成百万人口的区域中心城市; not
#: 建成区, the built-up area): the attributive value is the place's level.
BECOMES = re.compile(r"(?:成为|建成(?!区)|跻身|迈入|迈进|进入|晋级|或成|将成|有望成|下一个)")
#: Several places as the subject of such a clause (全国已有多个城市进入千万人口城市俱乐部, 17个城市迈入): the size class they
#: join, no level of the plan's place.
PLACES_TOGETHER = re.compile(r"(?:多个|若干|一批|不少|众多|[\d一二三四五六七八九十两几]+个|[\d一二三四五六七八九十两几]+座)(?:城市|省份|省市|地市|地区)|城市(?:纷纷|都|均)"
                             r"|先后|相继|陆续|[、和与及]\s*[\u4e00-\u9fff]{2,4}(?:市|省)?(?:都|均|也)?(?:已|先后|相继|陆续)?(?:成为|跻身|迈入|迈进|进入|晋级)")
#: What makes joining a size class a level of a year: a year of the sentence's own or a word of the future (将成为, 有望进入,
#: 或成, 下一个). Without either (郑州进入千万人口城市俱乐部 in another city's plan) it is news of the present, no goal of the
#: plan's year carried from the sentence before, and no row.
JOINS_WHEN = re.compile(r"(?:19|20)\d{2}\s*年|今年|明年|届时|到那时|将|有望|可望|或成|或将|力争|争取|预计|下一个|要")
CITY_OF_SIZE = re.compile(r"^的[\u4e00-\u9fff]{0,4}?(?:城市|大市|大城市|都市)")
#: A sentence about the population total: the total named (总人口, 常住人口, 人口总量, 人口规模), its births and growth (人口出生率,
#: 人口自然增长率: a paragraph on the population), how many people a place will have (嘉兴会有多少人？), or the population plan a
#: headline announces (佛山“十五五”人口规划出炉). A count in 万 or 亿 bounded by a comparator (不过亿 → 不超过10000万, 超600万,
#: 破千万 → 突破1000万) whose clause names no subject of its own (:data:`SUBJECTLESS`), in such a sentence or the one after it,
#: is the population total: 实现2020年不过亿即回落的目标, 这个数字可能会超600万, a headline's 目标破千万.
#: The population's own course named in a clause (人口老龄化将会加速, 出生人口将会减少, 人口将会负增长; not 婴儿死亡率将会下降, a
#: health goal): a forecaster's subject,
#: whose 将会 forecasts the figures after it even in a report of a plan.
POPULATION_COURSE = re.compile(r"人口|老龄化|少子化")
POPULATION_TOPIC = re.compile(r"总人口|常住人口|人口总量|人口规模|人口总数|人口数量|人口(?:出生率|自然增长率|增长|增量)|多少人|人口(?:发展)?(?:中长期)?规划")
#: A clause that only says who speaks (研究者认为, 报告预测, 他表示): no subject of the figure after it.
SPEAKER = re.compile(r"(?:认为|表示|指出|预测|预计|估计|称|说|显示|介绍|透露|分析|提出|强调)\s*$")
#: What a clause may hold before a value when it names no subject of its own: a year, a goal or a verb of reaching it, a modal
#: verb, a back-reference to the figure (这个数字) — nothing that could be counted (手机用户, 游客, 城市).
SUBJECTLESS = re.compile(r"(?:\s|(?:到|至|在|于)?(?:19|20)\d{2}\s*年(?:末|底|前)?|实现|目标|是|为|力争|争取|确保|有望|预计|可能|或将?|会|将|要|能|可|就|也|还|仍|即|的"
                         r"|(?:这|该|此)(?:个|一)?(?:数字|数))*")
#: A time span opening the sentence (五年内, 未来, 今后) before plain 人口: the place's population — and a year told relative to
#: the page (预估明年人口将破亿, 今年底人口控制在…: a year's target text or its press report), not the base of a comparison (比去年).
SPAN_OPENING = re.compile(r"(?:年内|年后|未来|今后|(?<![比较与同])(?:前|去|今|明|后)年(?:底|末)?)$")
#: A forecast at the present pace (按当前增速计算, 按目前的增长趋势推算): one alternation, shared by the projection markers below.
#: …or a condition that the present trend holds (如果保持目前的态势，相信…能在2020年将常住人口控制在2500万人以内; 若延续当前趋势):
#: a forecaster's if, not a plan's goal.
AT_CURRENT_PACE = (r"按(?:当前|目前|现在|现有|这样的|这一|此)的?(?:增速|增长速度|速度|增长趋势|趋势)(?:计算|推算|测算)"
                   r"|(?:如果|若|如|倘若|假如)(?:能)?(?:继续)?(?:保持|延续|维持|按照?)(?:目前|当前|现在|现有|这样|这一)的?(?:发展)?(?:态势|趋势|势头|速度|增速)")
PROJECTION_MARKER = re.compile(AT_CURRENT_PACE + r"|预计|预测|测算|推算|有望|将会|将要|可能会|或将|或成|或达|或超|或突破|将(?:从|由|在|达到|达|超过|超|突破|增长|增加|提高|上升|升至|降至|下降|减少|保持|维持|稳定|进入)")
#: In a text that reports a plan (a press report, a 解读), 将/有望/或达 restate the plan's goals:
#: only a forecaster's words make a projection there.
#: A paragraph that goes on with what the paragraph before reported (他在政府工作报告中还提出，…; 报告同时指出; 据初步统计，… after
#: 刚刚过去的2007年，…): its values without a year of their own are of the year the paragraph before was about.
CONTINUED_REPORT = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,12}?(?:还|并|同时|另外)(?:提出|指出|表示|强调|透露|介绍|说)|据初步(?:统计|核算))")
#: A paragraph that ends announcing the goals a meeting or a document set for a year, without stating them (会议确定了今年全市人口和
#: 计划生育工作目标。; 提出了2012年的主要工作任务：): the paragraph right after it lists them, of that year (今年: the page's).
ANNOUNCED_GOALS = re.compile(r"(?:确定|提出|明确|部署|下达|公布)了?\s*(?P<year>今年|本年度?|(?:19|20)\d{2}\s*年度?)[^。！？!?，,；;]{0,24}?(?:目标|任务|指标)(?:如下)?\s*[。:：]?\s*$")
#: A paragraph that opens on a five-year period ahead and what will be done in it (“十三五”期间，重庆市将全力提升…), then
#: paragraphs enumerating its goals (一是…达到95%。二是…, 其一…): the enumerated paragraphs are of the period's last year.
_PERIOD_THEN = r"[“\"「『]?(?P<period>十[一二三四五]?五)[”\"」』]?\s*(?:期间|时期)\s*[，,]?[^。！？!?]*?"
PERIOD_AHEAD = re.compile(r"^\s*(?:在\s*)?" + _PERIOD_THEN + "将")
#: A paragraph of a press report in which a speaker names a five-year period ahead and what will be done in it (市长在政府工作
#: 报告中提出，“十二五”期间某市将建设…; 他说，…“十二五”期间某市要…): the speaker's next paragraphs of goals (他说，…要…达到55%)
#: are of the period's last year, as an enumeration's (:data:`PERIOD_AHEAD`).
#: Not 将 as 把 (“十二五”期间某市将城镇化作为主线，成效显著: brief fy).
SAID_AHEAD = re.compile(r"(?:提出|表示|指出|强调|说)[，,：:]?[^。！？!?]*?" + _PERIOD_THEN
                        + r"(?:将(?![^。！？!?，,；;]{0,12}?(?:作为|列为|纳入|当作|当成|摆在|放在|视为|摆上))|要(?!求))")
#: A paragraph that goes on with a speaker's words (他说，, 他表示：, 市长强调，): see :data:`SAID_AHEAD`.
SPEAKER_GOES_ON = re.compile(r"^\s*(?:他|她|[\u4e00-\u9fff]{1,8}?)(?:还|并|又)?(?:说|表示|指出|强调|提出)\s*[，,：:]")
#: A lead sentence that reports a plan's goals for a year (《规划》明确，到2025年，某某省将构建新型城镇化格局。, 规划明确，到2030年，…): with no value
#: of its own, the ——items right below it are that year's goals (forms handout Bd, 4); see :data:`DASH_ITEM`.
PLAN_LEAD_YEAR = re.compile(r"^(?:[^。！？!?]*[。！？!?])*?\s*[^。！？!?]{0,20}?(?:《[^》]{1,40}》|规划|纲要|方案)中?(?:提出|明确|指出|确定)[，,：:]?\s*(?:到|至)\s*(?P<year>(?:19|20)\d{2})\s*年")
#: A sentence opened by the span of past years it reviews (过去五年，…; 五年来，…; 近五年来，…): a from–to pair in it without years (从7.3‰降至5.6‰)
#: runs from the span's first year to the present (forms handout Bd, 10); the number of years is ``n``.
PAST_SPAN_OPENING = re.compile(r"^\s*(?:在)?(?:过去(?:的)?\s*(?P<n>[2-9]|10|[两二三四五六七八九十])\s*年(?:里|间|中)?|近?\s*(?P<n2>[2-9]|10|[两二三四五六七八九十])\s*年来)\s*[，,]")
#: An item opened by a dash (——城镇化水平持续提升。…), as a plan's list of goals writes its items.
DASH_ITEM = re.compile(r"^\s*(?:——|－－|--)")
ENUMERATED = re.compile(r"^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十](?![他中余它]))")
#: Words of the future in the first sentence of a paragraph that goes on with a report (他还表示，全市常住人口将突破600万人; 市长还指出，…力争…): a year the
#: paragraph before looked back on (2020年末, 刚刚过去的2020年) is not carried into it — its figures are goals or forecasts.
CONTINUED_AHEAD = re.compile(r"将|预计|力争|争取|有望|要(?!求)|目标|计划")
#: A clause of goals after an estimate in the same sentence (预计全省人口达6635万人，2008年人口发展目标为…控制在7.2‰以内;
#: 比上年预计增长0.72%，其中合肥年末人口计划为475万人): the estimate ends at the clause that names a goal or a plan figure —
#: 目标为/计划为 (是), or 目标/计划 after a year in its clause; not 计划生育 or 计划单列, and not a goal reached or passed
#: (预计…，提前实现规划目标；2035年…将达到650万人; 超过规划目标50万人: still the forecast).
GOAL_AFTER_ESTIMATE = re.compile(r"[,，;；](?:(?:(?!实现|超过|完成)[^,，;；。])*?(?:目标|计划)(?:为|是)"
                                 r"|(?:(?!实现|超过|完成)[^,，;；。])*?(?:19|20)\d{2}\s*年(?:(?!实现|超过|完成)[^,，;；。])*?(?:目标|计划)(?!生育|单列))")
#: (按当前增速计算: a figure run forward at the present pace is a forecast, like 测算; not 按常住人口计算, a definition)
FORECAST_MARKER = re.compile(AT_CURRENT_PACE + r"|预计|预测|测算|推算|可能会|将会")
#: A text that reports a plan: 印发《…规划》, 《…规划》发布, 制定了《…实施意见》, 根据规划, 按规划， (not 严格按规划建设 in a plan's
#: own text), 《规划》提出, (以下简称《规划》).
PLAN_REPORTED = re.compile(
    r"(?:印发|发布|出台|公布|出炉|获悉|审议通过|编制了|制定了)[^《》。]{0,10}《[^《》]{2,60}?(?:规划|纲要|行动计划|实施意见|实施方案)[^《》]{0,20}》"
    r"|《[^《》]{2,60}?(?:规划|纲要|行动计划|实施意见|实施方案)[^《》]{0,20}》(?:正式)?(?:印发|发布|出台|公布|出炉)"
    r"|简称《规划》|《规划》(?:提出|明确|显示|指出|要求)|规划(?:提出|明确|显示|指出)|(?:根据|按照|依据)规划|按规划[，,]"
    r"|(?:根据|按照|依据)[^《》。，,]{0,10}《[^《》]{2,60}?(?:规划|纲要|行动计划|实施意见|实施方案)[^《》]{0,20}》"
)
#: A spatial plan (城市总体规划, 城镇体系规划, 土地利用总体规划, 国土空间规划, and a 批复's 《总体规划》) sizes land and
#: infrastructure by its planned population: its 将/将达 figures are the plan's, so only a forecaster's word
#: (人口规模预测, 预计) makes a projection in a text that names one, as in a report of a plan.
SPATIAL_PLAN = re.compile(r"城市总体规划|城镇体系规划|土地利用总体规划|国土空间(?:总体)?规划|《总体规划》")
#: In a spatial plan even 将会 restates the plan (规划到2020年，市域常住人口将会达到1130万): a forecaster's word only.
SPATIAL_FORECAST_MARKER = re.compile(AT_CURRENT_PACE + r"|预计|预测|测算|推算|可能会")
STRIVE = re.compile(r"力争")

#: A count of a flow (births) summed over a period is a total, not a level: “十三五”时期新出生人口486万人,
#: 累计出生…; a period average says so (年均出生人口, 平均每年). Births found or averted by a programme are no
#: year's level either: 共清理瞒报出生人口67.17万人, 查出漏报出生人口, 少生5000万人.
PERIOD_TOTAL_WORDS = re.compile(r"累计|共计|总计|合计|总共|共出生|瞒报|漏报|补报|清理出?|查出|少生|多生")
#: A sum word (共出生, 共计) summing the births of one year its clause names (2002年全市共出生6.5万人, 2019年全县共计出生4321人): that
#: year's births, not a total over a period — the year written once, not a span (2016至2020年共出生…, 2016年以来共出生…,
#: 2011年起…, 截止2015年底…, 2014年、2015年两年…, 2015年，全市五年间共出生…: no year's births). A year told relative to the page
#: is one year too (去年全市总共出生人口4.2万人, a year's family-planning report; not 去年以来, 去年同期, 比去年).
ONE_YEAR_SUM = re.compile(r"(?:(?<![至到—\-~、和及])(?<!截止)(?<!截至)(?:19|20)\d{2}\s*年(?:全年|度)?|(?<![至到—\-~、和及比较与同])(?:去年|前年)(?:全年)?)(?!\s*(?:至|到|—|-|~|以来|来|起|、|和|及|同期))"
                          r"(?:(?!(?:19|20)\d{2}\s*年|年间|期间|(?<![〇零○一二三四五六七八九十])[一二三四五六七八九十两]{1,2}年|(?<!\d)\d{1,2}年)[^;；。])*?(?:共出生|共计|总共|合计|总计)[^,，;；。]*$")
#: Words of an accumulation or of a programme's count, which no single year makes a year's births (累计, 瞒报, 少生).
ACCUMULATED = re.compile(r"累计|瞒报|漏报|补报|清理出?|查出|少生|多生")
PERIOD_AVERAGE_WORDS = re.compile(r"年均|平均|每年|年出生")
#: Part of a year: 1至4月份, 1—6月, 上半年, 前三季度, and this year so far (今年以来, 年初以来: a count over it is not the year's level);
#: also the end of a month before December written without its year (截至6月末, 截止9月底, 到10月份底: a stock or rate counted
#: within the year, brief ftime) — not 12月末/12月底 (the year's end), not 2015年6月末 (its year written: left to the year).
PART_OF_YEAR = re.compile(r"\d{1,2}\s*(?:至|—|-|~|到)\s*\d{1,2}\s*月|上半年|下半年|前三季度|[一二三四]季度|(?:今年|本年|年初)以来"
                          r"|(?<!\d)(?<!\d年)(?<!\d年\s)(?:[1-9]|1[01])\s*月份?(?:末|底)")
#: The end of a month that dates an act, not a figure (今年3月底，省政府印发实施方案，明确…; 5月底，记者从市统计局获悉，…): an act word
#: before the next number, the month-end not a cut-off (截至/截止/到 before it: 截至6月末，据…公布，… still counts within the year);
#: :func:`part_of_year` skips it (brief xtime).
MONTH_END_OF_ACT = re.compile(r"(?:[1-9]|1[01])\s*月份?(?:末|底)(?=[，,]?[^。；;！？\d]*?(?:印发|发布|出台|召开|举行|公布|通报|获悉|了解到|表示|指出|批复|审议|部署|启动))")
CUT_OFF_BEFORE = re.compile(r"(?:截至|截止|到|至)\s*(?:今年|本年)?\s*$")


def part_of_year(before: str) -> re.Match | None:
    """The first :data:`PART_OF_YEAR` in ``before`` that is no month-end dating an act (:data:`MONTH_END_OF_ACT`)."""
    for part in PART_OF_YEAR.finditer(before):
        if not (MONTH_END_OF_ACT.match(before, part.start()) and not CUT_OFF_BEFORE.search(before, 0, part.start())):
            return part
    return None


#: City-size classes of the national standard (超大城市 …): a population stated with one is the class's
#: threshold (人口规模500万—1000万, 城区人口500万以上), not the level of a place.
CITY_CLASS = re.compile(r"超大城市|特大城市|大城市|中等城市|小城市|[ⅠⅡ]型(?:大|小)城市")
#: A city's central area (中心城区人口175万人以上, 主城区人口规模) is a place's figure, never a class's.
CLASS_SUBJECT = re.compile(r"(?<!中心城区)(?<!中心城)(?<!主城区)(?:人口规模|(?<!中心)(?<!主)城区人口|(?<!中心)(?<!主)城区常住人口|市区人口|市区常住人口)(?:在|为|达|是)?\s*$")
#: A value right after the year of a comparison is that year's level: 比2015年82.04岁提高了1.15岁.
COMPARED_YEAR_LEVEL = re.compile(r"(?:比|较|与|同)\s*((?:19|20)\d{2})年(?:末|底)?(?:的)?\s*$")
#: A value between the base year of a change and 基础上 is that year's level (在2005年底2634.59万基础上, 在2010年74.8岁的基础上提高1岁;
#: :data:`analysis.extract.context.BASE_OF_CHANGE_AFTER` keeps the year from the level after it; brief ftime).
BASE_YEAR_LEVEL = re.compile(r"(?:在|从|由)\s*((?:19|20)\d{2})年(?:末|底)?(?:的)?\s*$")
BASE_AFTER_LEVEL = re.compile(r"[^，,。；;！？\d]{0,6}?的?基础上")
#: A value right after the year before, named as the base of a comparison, is the level of the year before the
#: sentence's (城镇化率比上年度77.8%的城镇化率提高了0.2个百分点, 比上年末的67.6万人增加…; 上年 is the year before the one
#: reported, not before the page's date).
PREVIOUS_YEAR_LEVEL = re.compile(r"(?:比|较|与|同)\s*上一?年(?:度)?(?:末|底)?(?:的)?\s*$")

#: Plain 人口 as the place's total population: after a place name, a scope word or at the start of a
#: clause, and followed by its verb and number (常州人口将达到600万人; ，人口达到620万; 全省人口数量为…; a bound, 雨花区人口将不超过90万).
PLAIN_POPULATION = re.compile(r"人口(?:数量)?(?=\s*(?:将|预计|有望|或将?|已经?|仍)?会?\s*(?:达到|达|为|约为|约|突破|超过|超|过|增至|增加到|增长到|保持在|控制在|稳定在|不超过|不低于|不少于|不足)\s*\d)")
CLAUSE_OPENING = re.compile(r"(?:^|[,，;；。:：、\s])$")
#: Plain 人口 after a verb of having, its number right after (全市有人口520万, 目前约有人口70余万, 全县共有人口45万): the place's
#: population, the words before 有 standing where a place, a scope word or a clause opening stands for PLAIN_POPULATION.
HAVING_POPULATION = re.compile(r"(?P<verb>(?:共|约|现|拥|尚|仍)?有)人口(?=\s*(?:约|近|超过|逾)?\s*\d)")
HAVING_OPENING = re.compile(r"(?:^|[,，;；。:：、\s])(?:目前|现在|如今|当前|现|全境)?$")
#: No province has two hundred million people (the most populous, 广东省, had 1.27亿 in 2023, 中国统计年鉴
#: 2024 表2-7): a population count of at least this many 万 in a plan of a province or below is the nation's.
NATION_ONLY_POPULATION = 20000.0

#: 出生 as a verb with its count: the births (户籍人口当年出生62274人, 预测出生7万人左右, 人口出生预计每年仍在120万—130万人).
BIRTHS_VERB = re.compile(r"(?<![新多少增减加])出生(?=(?:\s*(?:预计|将|仍|约|近|达到|达|每年|年均|在|为)){0,4}\s*(?!(?:19|20)\d{2}\s*(?:年|~))\d)")

QUESTION = re.compile(r"[?？]\s*$")

#: A count before the people it counts and what happens to them over the period (the count names its
#: indicator only after it): 实现350万左右农业转移人口和其他常住人口在城镇落户, 600万本省农业人口落户城镇,
#: 解决好500万存量农业转移人口市民化, 推动50万人进城落户 (settlers in towns, ``urban_hukou_settlers_period_total``); 300万新增人口城镇化,
#: 700万新增城镇人口, 500万农民…成为新市民 (new urban residents, ``new_urban_population_period_total``). A count of migrants of other
#: provinces (700万外省农业转移人口) is a part, not the total, and is not read.
TOTAL_NAMED_AFTER = (
    (re.compile(r"\s*(?:左右)?人?(?:的)?(?:存量)?(?:本省|全省|全市)?(?:(?:和|及)[^,，;；。、]{0,16}?)?"
                r"(?P<label>(?:(?:农业转移人口|农业人口|农民工|进城务工人员|非户籍人口)[^,，;；。、]{0,16}?)?(?:在城镇落户|落户城镇|在城市落户|落户城市|进城落户|落户|市民化))"),
     "urban_hukou_settlers_period_total"),
    (re.compile(r"\s*(?:左右)?人?(?:的)?(?P<label>新增人口城镇化|新增城镇常住人口|新增城镇人口)"), "new_urban_population_period_total"),
    # the people who become town dwellers over the period, whoever they are (500万农民、外来人口和新生儿成为新市民)
    (re.compile(r"\s*(?:左右|以上)?人?(?:左右|以上)?(?:的)?(?:[^,，;；。]{0,16}?)(?P<label>成为新市民|成为城镇居民|转为城镇居民|成为城镇人口)"), "new_urban_population_period_total"),
)
#: A goal year written with 到/至 (到2020年，实现25万人以上农业转移人口在城镇落户): a total under it is summed up to that year, from
#: a start the text may not state — not 截至, 截止到, 直至 (a record) nor the end of a run of years (2016年至2020年, whose start is stated).
SUMMED_TO = r"(?<!截)(?<!截止)(?<!直)(?<![年\d])(?:到|至)\s*{year}\s*年(?:底|末)?"
#: …nor a record up to that year (到2018年底，累计有32万…; 全市已有…; 过去五年，…) or a further amount after one (到2030年再实现20万人…):
#: words of the sentence before the total that leave it unread.
SUMMED_RECORD = re.compile(r"累计|已|过去|以来|再")
#: Words of a yearly figure (每年新增城镇人口20万, 年均落户城镇50万人): not a total over the period.
YEARLY = re.compile(r"每年|年均|平均每年|每年平均|年度")
#: A verb that moves people, written right before a population named as a stock (年转移农村人口14万人, 每年吸纳农业人口5万人,
#: 迁出人口3万人): the people moved, a flow, never the level of the stock it names.
MOVED_PEOPLE = re.compile(r"(?:转移|转出|输出|吸纳|转化|迁出|迁入|流出|流入)了?$")
#: Words of a programme's count or of an accumulation that is not the period's births (清理瞒报出生人口, 少生).
PROGRAMME_COUNT = re.compile(r"瞒报|漏报|补报|清理出?|查出|少生|多生")
#: A birth order or sex before the births (其中两孩新出生人口86万人, 出生男婴): a part of the births, not their total.
BIRTHS_PART = re.compile(r"(?:一孩|两孩|二孩|三孩|二胎|头胎|多孩|政策外|男婴|女婴|男性|女性|男|女)\s*(?:新)?$")


#: The years ahead counted from now (未来10年, 今后五年, 未来十年内, 今后两年, 此后十年): in :mod:`analysis.extract.meta`, with a year in
#: the same sentence, now is that year less them; in the reader, the coming years of a term counted from the text's present.
YEARS_AHEAD = re.compile(r"(?:未来|今后|此后)(?P<n>[1-9]\d?|[一二三四五六七八九十两])个?年")
NUMERALS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
