"""When a number in the prose is not a value of the plan's own place: an ordinal or a count of
things (第7位, 4个), an age bound (60岁及以上), a difference from another place (较全省高1.2), a
comparison with another place's level, or a span inside a cited title or document number."""

from __future__ import annotations

import re

from analysis.codebook import BIRTH_ORDER, MIGRANTS, Mention
from analysis.extract.context import YearMention
from analysis.extract.values import Value
from analysis.extract.prose.clauses import start_of_clause


OTHER_PLACE = re.compile(r"(较|比|高于|低于|持平|相当于|与)\s*(全省|全国|全市平均|省平均|全省平均|全国平均)")
#: …or money: 5000亿元, 3.55万亿 (GDP, income and investment are never population levels).
#: …or beds, dwellings, households and vehicles (养老床位3.2万张, 保障性住房8.2万套, 样本3600户).
NOT_A_VALUE_AFTER = re.compile(r"^(号|次|届|位|名|个|项|家|所|条|类|级|期|批|处|座|层|月|日|点|:|：|部|支|场|间|册|门|期|元|美元|亿|张|套|户(?![籍口])|辆|台)")

#: A size class of a population: 千万级常住人口, 百万级人口; or the size a population reaches, 级 ending its clause
#: (常住人口迈入千万级。, normalised to 迈入不低于1000万级).
POPULATION_CLASS = re.compile(r"^级(?:的)?(?:常住|户籍)?人口|^级\s*(?:[,，。;；!！?？、]|$)")
AGE_AFTER = re.compile(r"^(及以上|以上|以下|及以下|~|人|老|少|儿|婴|幼|的|劳|妇|男|女|组|青|中)")
#: …but a number of years that is a goal (实现人均预期寿命达到81岁的目标) is no age bound. Only 的目标: 的水平 is as often a
#: benchmark of others with no year of its own (接近中等发达国家80岁的水平), and stays an age.
AGE_GOAL_AFTER = re.compile(r"^的(?:预期)?目标")
#: A higher government's goal quoted in a comparison (比省控目标110低2.8, 高于省考核指标（90%）5.6个百分点, 低于省定7‰的目标): the goal's
#: figure, never the place's level (brief fv). Not after 控制在: a place's own goal set at the ceiling assigned to it (今年人口出生率控制在
#: 省下达的12‰以内) is its target.
GOAL_COMPARED = re.compile(r"(?:比|较|低于|高于|优于|好于|超过)\s*(?:省|市|县|上级|国家|省里|市里|省政府|市政府)[^，,;；。\d]{0,6}?"
                           r"(?:下达|核定|确定|规定|要求|考核|控|定)的?(?:控制)?(?:目标|指标|计划)?(?:值|数)?\s*[(（]?\s*$")
#: A target restated as the distance left to it (常住人口72万，距90万的目标仍有差距; 离80岁的目标还差): the goal's figure, of the goal's
#: year, which the sentence does not state (its year is the observed one's): no level.
DISTANCE_TO_GOAL = re.compile(r"(?:距|离|距离)(?:实现)?\s*$")
#: A plan's requirement restated beside the present level (仍控制在“两规划”要求的20/10万以内, 低于纲要规定的…): the plan's goal, of
#: the plan's year, which the sentence does not state (its year is the observed one's): no level of that year (brief wc).
#: Only where the clause reports a level — 仍, 已, 依然, 一直, 保持, 为, or a comparison (低于, 好于, 优于) before the requirement in
#: the same clause (brief xwc): a goal that meets a higher plan's requirement (到2025年，婴儿死亡率达到《纲要》要求的5‰以下;
#: 要控制在规划要求的5‰以内) stays a goal.
PLAN_REQUIRES = re.compile(r"(?:仍|已|依然|一直|保持|(?<![作认成因以称])为|低于|好于|优于)[^,，;；。:：]{0,12}?"
                           r"(?:规划|纲要|计划|方案)[”》\"]?\s*(?:所|中)?(?:要求|规定)的\s*$")
#: A goal reported as met (已提前实现《纲要》提出的“孕产妇死亡率控制在20/10万以下”的目标, 城镇化率提前一年实现60%的目标, 实现了降至112以下的
#: 目标, 《纲要》要求的“婴儿死亡率控制在10‰以下”目标已于2015年提前实现, …分别控制在20/10万和10‰以下的目标均已实现): the goal's figure,
#: restated in a review beside the level reached, never a level of the sentence's year (brief fv). The value is the goal's when
#: 的目标 follows it and the clause before it reports the goal met (已, 提前, 超额, 如期 … before 实现/完成/达到, or 实现了), or
#: when the goal's words after it say so themselves (…目标已于2015年提前实现, 均已实现). A goal ahead (到2025年，实现人均预期寿命达到
#: 80岁的目标; 确保实现…的目标) is no goal met and stays a target.
GOAL_MET_BEFORE = re.compile(r"(?:已经?|提前|超额|均已)[^，,;；。:：]{0,8}?(?:实现|完成|达到|达成)|(?:实现|完成|达成)了")
#: …but a goal to be met early is still ahead (力争提前实现人均预期寿命80岁的目标, 将提前完成, 确保如期实现).
GOAL_STILL_AHEAD = re.compile(r"力争|争取|确保|努力|将|(?<![纲概摘])要(?!求)|有望|预计|可望|计划|(?:到|至)\s*(?:19|20)\d{2}")
#: A clause that reports a plan's goal met (提前完成“十二五”规划确定的城镇化率50%的目标, 已提前实现规划目标, 完成了《纲要》…目标): its 目标 is
#: a plan's goal reviewed, no word of a goal for the level stated before it in the sentence (forms handout Bd, 6) — unless the clause still
#: looks ahead (力争提前完成…目标: :data:`GOAL_STILL_AHEAD`, see :func:`without_goals_met`). Only a plan's (规划, 纲要): a year's task met
#: (圆满完成…人口控制目标任务, 完成了年度目标) after a 截至年末 figure is left as before (brief ftime).
#: The stretches between the verb and 规划/纲要 and between that and 目标 are bounded (40 and 30 characters: a plan's title in 《》
#: and its 确定的…N的 fit), so a long clause without 目标 is read in linear time (review of gt, finding 6: nested open runs were cubic).
GOAL_MET_CLAUSE = re.compile(r"(?:(?:已经?|提前|超额|均已|如期|圆满|顺利|全面)[^，,;；。:：\d]{0,8}?(?:实现|完成|达成)|(?:实现|完成|达成)了)[^，,;；。]{0,40}?(?:规划|纲要)[^，,;；。]{0,30}?目标")


#: A plan's goal restated after the level in a report of progress (…，提前完成“十二五”规划确定的城镇化率50%的目标; 距96%的规划目标仅差2个
#: 百分点; 均已低于8‰的规划目标): the value before 的(规划)目标, after a goal met (:data:`GOAL_MET_BEFORE`) or a comparison or distance
#: in its own clause (:data:`RESTATED_GOAL_BEFORE`). The reader reads it as a target of the plan's end where it can tell the plan
#: (forms handout Bd, 6), else, as before, as no value.
RESTATED_GOAL_BEFORE = re.compile(r"(?:低于|高于|优于|好于|超过|接近|距离?|离)(?:实现)?\s*$")
#: What may stand between a value and the goal named after it: a closing quotation mark and 的 (…50%”的目标, 8‰的规划目标) —
#: written once for :data:`RESTATED_GOAL_AFTER` and :data:`GOAL_NAMED_AFTER`.
GOAL_AFTER_OPENING = r"^\s*[”\"」』]?\s*的?\s*"
#: The goal of a plan (目标, 规划目标, 纲要目标), for a goal restated (one or two: :data:`PAIRED_GOALS_AFTER`). It differs from
#: :data:`GOAL_NAMED_AFTER` on purpose: the reader reads a restated goal as a target of the plan's end, so it takes only a plan's
#: goal (纲要 too), never 预期/发展/既定/奋斗目标, which name no plan; they stay apart.
PLAN_GOAL = r"(?:规划|纲要)?目标"
RESTATED_GOAL_AFTER = re.compile(GOAL_AFTER_OPENING + PLAN_GOAL)
#: …and two such goals paired with the indicators named before them (均已低于8‰和10‰的规划目标): not paired by the reader, so no value.
PAIRED_GOALS_AFTER = re.compile(r"^\s*[和、及与]\s*\d[\d.]*[^，,;；。\d]{0,6}?\s*的?\s*" + PLAN_GOAL)


def restated_goal(before: str, after: str) -> str:
    """``"one"`` when the value is a plan's goal restated (:data:`RESTATED_GOAL_AFTER`), ``"paired"`` when it is the first of two
    (:data:`PAIRED_GOALS_AFTER`), else ``""``."""
    own = re.split(r"[，,;；。:：]", before)[-1]
    met = GOAL_MET_BEFORE.search(own) is not None and not GOAL_STILL_AHEAD.search(own)
    if not (met or RESTATED_GOAL_BEFORE.search(own)):
        return ""
    return "one" if RESTATED_GOAL_AFTER.match(after) else "paired" if PAIRED_GOALS_AFTER.match(after) else ""


def without_goals_met(sentence: str) -> str:
    """The sentence with its clauses that report a goal met (:data:`GOAL_MET_CLAUSE`) blanked, those still ahead left."""
    return GOAL_MET_CLAUSE.sub(lambda match: match.group() if GOAL_STILL_AHEAD.search(sentence, start_of_clause(sentence, match.start()), match.start())
                               else "□" * len(match.group()), sentence)
#: …and one met early after a goal year in the sentence (到2025年，提前实现…的目标) is a goal too, unless 已 or 了 reports it met.
GOAL_YEAR_AHEAD = re.compile(r"(?:到|至)\s*(?:19|20)\d{2}\s*年")
#: The kinds of goal named before 目标 (规划目标, 预期目标, 发展目标): one source for :data:`GOAL_NAMED_AFTER` and
#: :data:`DISTANCE_GOAL_AFTER`.
GOAL_KINDS = r"规划|预期|发展"
#: It differs from :data:`DISTANCE_GOAL_AFTER` on purpose: a goal met and restated may be 既定 or 奋斗 and close a quotation
#: (“…”目标); the goal a distance is measured to may be named by a size of city (千万人口城市目标) instead. It differs from
#: :data:`RESTATED_GOAL_AFTER` on purpose (see :data:`PLAN_GOAL`): a goal met is no value whichever goal it names, so it takes
#: 预期, 发展, 既定, 奋斗 (and no 纲要, as it was written: taking it would be a change of reading, not made here).
GOAL_NAMED_AFTER = re.compile(GOAL_AFTER_OPENING + r"(?:" + GOAL_KINDS + r"|既定|奋斗)?目标")
GOAL_MET_AFTER = re.compile(r"^[^，,;；。]{0,16}?(?:的)?目标(?:任务)?\s*(?:均|都|也|已|已经|提前|如期|超额|顺利|全部|基本|已于(?:19|20)\d{2}\s*年)+"
                            r"[^，,;；。]{0,6}?(?:实现|完成|达成)")
#: …also a goal named by a size of city (距离千万人口城市目标还差38万人, 离“千万人口城市”的目标: the goal's size, no level of the year).
#: It differs from :data:`GOAL_NAMED_AFTER` on purpose (see there).
DISTANCE_GOAL_AFTER = re.compile(r"^\s*(?:人|岁|%)?\s*(?:口?\s*[“\"「]?[\u4e00-\u9fff]{0,6}?(?:城市|大市|都市)[”\"」]?\s*)?(?:的)?(?:" + GOAL_KINDS + r")?目标")
#: A scope word (全国, 全省, 我市, 本县, 全州): a place named by its scope, the text's own or one that contains it (shared with the reader's
#: ``SCOPE_IN_CLAUSE``).
SCOPE_WORDS = r"(?:全|我|本)(?:国|省|市|区|县|州)"
#: A difference from another place: 比嘉兴全市低0.04, 较全省平均高1.2, a neighbour's from the text's own place (邻近的邵阳市人均预期
#: 寿命比我市低1.7岁, 比本市) (not a level).
DIFFERENCE = re.compile(
    r"(?:(?<![占的])比(?![重例率])|较)\s*(?:全国|全省|全市|全区|全县|[我本](?:省|市|县|区|州)|[\u4e00-\u9fff]{2,6}?(?:省|市|县|区))[^,，;；。\d]{0,8}?(?:高|低|多|少|快|慢)(?:出|了)?\s*约?\s*$"
    r"|(?:(?<![占的])比(?![重例率])|较)\s*(?:常住人口|户籍人口|全国|全省)[^,，;；。\d]{0,6}?(?:多|少|高|低)(?:出|了)?\s*约?\s*$"
    r"|(?:多于|少于)[^,，;；。\d]{2,12}?约?\s*$"
    # …or from a goal (比目标少0.4万人, 较年度计划多出1200人, 比规划目标值低0.5/10万: brief fv)
    r"|(?:(?<![占的])比|较)\s*(?:规划|预期|年度|上级下达的?|省下达的?)?(?:目标|计划)(?:值|数)?[^,，;；。\d]{0,4}?(?:多|少|高|低)(?:出|了)?\s*约?\s*$"
)
#: …or a margin over a place written 高出/多出/低出 and the place (高出全省平均1.7岁, 多出全国0.6个百分点, 高出湘潭市2.1岁): a difference, never a
#: level (brief fv); after a year (比2007年计划多出3万) it is a change, which the reader reads as one.
MARGIN_WORD = re.compile(r"(?:高出|多出|低出)\s*(?:了)?\s*(?:全国|全省|全市|全区|全县|[\u4e00-\u9fff]{2,6}?(?:省|市|县|区))\s*(?:的)?(?:平均)?(?:水平)?\s*约?\s*$")
#: A reference value of a norm, not of a place (低于2.1的更替水平, 更替水平2.1, 出生人口性别比的正常值域为103—107, 处于正常范围（103—107）,
#: 103—107的国际公认标准, 国际警戒线10%): the norm's number, never the place's level (brief fv; the real corpus's gold counts such a
#: reference range a not-value). Not 正常水平 after its value (趋于107的正常水平: a level the ratio reaches, :data:`analysis.extract.prose.words.LEVEL_OF`).
NORM_BEFORE = re.compile(r"(?:更替水平|正常(?:值域|范围|区间|值)|国际(?:公认|通用|通行)?(?:的)?(?:标准|正常值|警戒线)|警戒线)"
                         r"(?:为|是|在|即|约|一般为|通常为|一般在|通常在)?\s*[(（]?\s*$")
NORM_AFTER = re.compile(r"^\s*[)）]?\s*(?:之间)?(?:的)?(?:人口)?(?:更替水平|国际(?:公认|通用|通行)?(?:的)?(?:标准|正常值|警戒线|正常范围)|正常(?:值域|范围|区间)|警戒线)")
#: … but a goal to reach the norm by a year (到2025年，出生人口性别比逐步回归正常范围（107以下）; 到2035年，总和生育率提升至更替水平2.1左右)
#: sets the bound as the target (brief xfv).
NORM_REACHED = re.compile(r"(?:回归|回到|恢复(?:到|至)?|提升(?:到|至)|提高(?:到|至)|回升(?:到|至)|降(?:至|到)|下降(?:到|至)|达到)\s*"
                          r"(?:更替水平|正常(?:值域|范围|区间|值)|国际(?:公认|通用|通行)?(?:的)?(?:标准|正常值)|正常水平)")
GOAL_YEAR_BEFORE = re.compile(r"(?:到|至|力争|争取)\s*(?:20\d{2})\s*年|(?:20\d{2})\s*年(?:前|以前|之前)")
#: A difference after the other place's level written out (较湖南省78.5岁的水平低0.6岁, 比全国平均水平77.3岁高出1.2岁; after the place's
#: possessive, brief dv: 比石家庄市的77.3岁高1.2岁, 比全国平均水平的76.3岁高2.2岁): no level.
DIFFERENCE_AFTER_LEVEL = re.compile(r"(?:(?<![占的])比(?![重例率])|较)\s*(?:全国|全省|全市|全区|全县|[\u4e00-\u9fff]{2,6}?(?:省|市|县|区))[^,，;；。]{0,16}?"
                                    r"(?:水平|平均|的)\s*(?:的)?\s*(?:\d+(?:\.\d+)?\s*(?:岁|%|‰|万人|人)?)?\s*(?:高|低|多|少|快|慢)(?:出|了)?\s*约?\s*$")
#: The margin over another population or over a goal, a plain number right after it (城镇人口达到2603.57万人，超过农村人口560万人;
#: 预计…将达到600万人，超过规划目标50万人): no
#: level (城镇人口将超过农村人口突破3000万 states the level itself, with its own comparator).
MARGIN_OVER = re.compile(r"(?:超过|超出|多于|少于|高于|低于)(?:(?:农村|乡村|城镇|城市|户籍|常住|外来|流动|男性|女性)人口|(?:规划|预期)?目标)\s*约?\s*$")
#: Births averted or added by a policy: 全省已少生5000万人口, 多出生200万人, 每年将多出生人口300万左右 (the count named after the verb,
#: brief fv): a count of births, never a level.
AVERTED = re.compile(r"(?:少生|多生|少出生|多出生)了?\s*(?:人口|婴儿|人)?\s*(?:约|近|超过)?\s*$")
#: Another place's level inside a comparison: 高于全国1.3的水平 (a level of 中国); the place's name may stand before its scope
#: word (高于湖州全市2.7‰的平均水平: 湖州市's level, ``named``; a name the gazetteer knows only with the scope's 区, 吴兴全区, is
#: 吴兴区; a name of no place is not read: see the reader).
#: The words of such a comparison — its verb and the other place's scope — kept in one place, so that the sex named after
#: the scope (:data:`analysis.extract.prose.reader.SEX_BEFORE`: 高于全国女性74.1岁) is read after the same words (brief xwc).
COMPARED_VERB = r"(?:高于|低于|超过|略高于|略低于|接近|好于)"
OTHER_SCOPE = r"(?:全国|全省|全区|全自治区|全市)"
OTHER_NAMED = r"[\u4e00-\u9fff]{2,4}?(?=全(?:省|市|区|自治区))"
#: … or the possessive before its value (高于全国的76.3岁, 高于全省平均水平的77.3岁: :data:`POSSESSIVE_END`).
OTHER_LEVEL = re.compile(rf"{COMPARED_VERB}\s*(?P<named>{OTHER_NAMED})?(?P<place>{OTHER_SCOPE})(?:平均)?(?:女性|男性|妇女)?(?:平均水平\s*[(（]|(?:平均水平)?的)?\s*$")
POSSESSIVE_END = re.compile(r"的\s*$")
#: Places compared, each with its own level in brackets (石狮市城镇化率(78.0%)比全国(56.1%)、福建省(62.7%)、泉州市(63.6%)的
#: 城镇化率分别高出…): a bracketed value is the level of the place right before it (see :func:`compared_place`).
COMPARED_PLACE = re.compile(r"(?:比|较|与|同|高于|低于|超过|略高于|略低于|接近|好于|[、和及])\s*(?P<place>全国|全省|全区|全自治区|全市|[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|县|区))\s*[(（]\s*$")
COMPARISON_WORD = re.compile(r"比|较|与|同|高于|低于|超过|接近|好于")


def compared_place(before: str, after: str) -> str:
    """The place whose level a bracketed value is, in a comparison of places (比全国(56.1%)、福建省(62.7%)), else ""."""
    match = COMPARED_PLACE.search(before)
    if match is None or not re.match(r"^\s*[)）]", after) or not COMPARISON_WORD.search(before, max(0, match.start() - 40), match.end()):
        return ""
    return match.group("place")


#: Units of indicators per 1000 people whose values plans write with a classifier (托位数达到4.5个).
PER_THOUSAND = {"places per 1000 population", "per 1000 population", "beds per 1000 population", "beds per 1000 older people", "persons per household"}


#: A count per year written right after 每年 (平均每年100万, 每年约20万): a flow over the period, never a year's level
#: (每年出生…, 年均出生人口 name their indicator between and stay period averages).
PER_YEAR = re.compile(r"(?:平均|年均)?每年(?:约|有|达|近|超过)?\s*$")
#: A threshold of a standard (依照国际通行标准，城市化水平超过70%，标志着…): the value defines a class, it is no level.
STANDARD = re.compile(r"(?:依照|按照|按|根据|依据)[^。；;，,]{0,10}?标准|国际上?(?:通常|一般|通行)(?:认为|把|将)|通常认为|国际惯例")
STANDARD_MEANS = re.compile(r"^[^。；;]{0,6}?[，,]?\s*(?:标志着|意味着|即为|就是|则为|即可|说明)"
                            r"|^[^。；;，,]{0,4}?(?:即|就|则)?(?:为|属于|进入)[^。；;，,]{0,8}?社会")  # …达到14%为深度老龄化社会
#: A density's denominator right before the number (人口密度控制在每平方公里1.1万人以内): never a count of people.
PER_AREA = re.compile(r"每\s*(?:平方公里|平方千米|公顷|亩)\s*(?:约|达|超过|不超过)?\s*$")
#: A population word inside the denominator of a count of something else (每万名老年人口拥有社会工作者5人, 每10万人口
#: 拥有律师12名): the value counts the other thing; indicators per N people (units "per …") keep it.
PER_N_OWNS = re.compile(r"每\s*(?:\d+|[十百千万])+\s*[万千]?\s*名?[^，,。；;\d]{0,12}?(?:拥有|配备|配置|有)[^，,。；;\d]{0,10}$")
#: A share inside a sub-group (农村人口中老年人口占比达到22.4%, 老年人口中空巢老人比例41.7%): a share of the group,
#: never the place's share (常住人口中… and 总人口中… are the whole place and stay).
SUBGROUP_SHARE = re.compile(r"(?:农村|城镇|流动|外来|老年|残疾|农业转移|育龄妇女|妇女|女性|男性)(?:人口|人)?中[^，,。；;\d]{0,14}$")
#: People moved, the verb written after the population and before the count (农村人口就近转移480万左右, 农业人口向城镇转移
#: 30万人): a flow, never the level of the population it names (the verb before it is :data:`MOVED_PEOPLE` of words.py).
MOVED_AFTER = re.compile(r"(?:人口|劳动力)(?:就近|就地|异地|向城镇|向城市|进城)?(?:转移|转出|输出|迁出|迁入|流出|流入)了?\s*(?:约|近|超过|达)?\s*$")
#: A share of the urban population (县城常住人口占全国城镇常住人口的近30%): a part of the towns' people, never the
#: urbanisation rate (the towns' share of the whole population).
SHARE_OF_URBAN = re.compile(r"占[^，,。；;\d]{0,10}?(?:城镇|城市)(?:常住)?(?:总)?人口(?:的)?(?:比重|比例)?(?:为|达|约|近|超过)*\s*$")
#: A survey's sample (共抽取常住人口样本1.2万人, 共访问流动人口2000人, 调查登记常住人口33.34万人): the size of a sample, no level.
SAMPLE = re.compile(r"(?:样本(?:量|数|规模)?|抽取|访问|受访|调查登记)[^，,。；;\d]{0,10}?(?:共|约|为|达)?\s*$")
#: The nation's requirement quoted by the plan (国家要求到2020年常住人口城镇化率达到60%左右): its figure is the
#: nation's goal — also a bracketed aside naming it (…分别达到78岁和79岁（国家目标为77.7岁和79岁）: brief fv; the aside ends at its
#: closing bracket, brief xfv) — unless a scope word or a place name follows (国务院 is left out: its approval of a city's plan,
#: 国务院要求…石家庄中心城区城市人口控制在300万人以内, states the city's own target). A national document named by its title
#: in the place of 国家 is the nation too (《国家新型城镇化规划》要求，到2020年常住人口城镇化率达到60%左右; titles opening with
#: 国家, 全国, 中国, 中华人民共和国: :data:`NATIONAL_TITLE`), read as 国家要求 is, where 国家要求 is read (brief lf); a province's
#: or city's title (《湖南省人口发展规划》要求) is a local plan's own goal, and 按照…要求 is left to the rest of the reader, for
#: both alike (按照国家要求, 按照《国家人口发展规划》要求).
NATIONAL_TITLE = r"《(?:国家|全国|中国|中华人民共和国)[^《》]{0,40}》"
QUOTED_REQUIREMENT = re.compile(r"(?:^|[，,。；;：:（(])\s*(?:国家|中央|" + NATIONAL_TITLE + r")[^，,。；;]{0,12}?(?:要求|提出|明确|规定|目标值?(?:为|是))")
#: The nation's scope word after a quoted requirement (国家要求，到2030年全国总人口14.5亿左右): the figure is named as the nation's,
#: so it is read for 中国 as any level after 全国 is (brief lf), not withheld.
NATION_SCOPE = re.compile(r"全国")
OWN_SCOPE = re.compile(r"全省|全市|全区|全县|我省|我市|我区|我县|本省|本市|[\u4e00-\u9fff](?:省|市|县|州|盟|区)")


#: A count of one sex (男性为1012.6万人, 女性人口为948.6万人, 男性占51.6%): no level of the whole population; the codebook
#: has no population by sex (life expectancy by sex is read before, with its own indicators).
#: Where a part of the population opens (the clause's start, 其中, a break) and the verbs that may follow it (为, 有, 是, 达到,
#: 共): one source for :data:`SEX_COUNT` and :data:`BIRTHS_ORDER_OR_SEX`.
PART_OPENS = r"(?:^|其中|[，,、；;：:\s])"
PART_VERBS = r"为|有|是|达到?|共"
#: It differs from :data:`BIRTHS_ORDER_OR_SEX` on purpose: it is the population's sex (男性, 女性, a lone 男/女 after
#: :data:`PART_OPENS`) before 人口, read for counts in 亿 too; that one is a birth's order or sex (二孩, 男孩, 男婴) before
#: 出生人口/人数, read only for counts of 万人 and 人, and takes 约 as its verb.
SEX_COUNT = re.compile(r"(?:男性|女性|" + PART_OPENS + r"[男女])(?:人口)?(?:" + PART_VERBS + r")?\s*约?\s*$")
#: The births of one order or sex listed after the year's births (出生人口5.2万人，其中二孩1.8万人，多孩0.3万人; 其中男孩2.8万人，
#: 女孩2.4万人; brief at): a part of the births, no level of the place.
#: It differs from :data:`SEX_COUNT` on purpose (the births' words, not the population's; see there).
BIRTHS_ORDER_OR_SEX = re.compile(PART_OPENS + r"(?:一孩|两孩|二孩|三孩|多孩|头胎|一胎|二胎|三胎|男孩|女孩|男婴|女婴)"
                                 r"(?:出生)?(?:人口|人数)?(?:" + PART_VERBS + r"|约)?\s*约?\s*$")
#: A bound over a class of places, not a level of the place: 其余市(州)常住人口都在600万人以下, 其他区域均超过…, and a value
#: that defines a class counted after it (15—59岁人口比重在65%以上的省份有13个, 常住人口超过100万人的区域有8个).
CLASS_OF_PLACES_BEFORE = re.compile(r"(?:其余|其他|其它)[^，,。；;]{0,14}?(?:都|均)[^，,。；;\d]{0,4}$")
CLASS_OF_PLACES_AFTER = re.compile(r"^[^，,。；;\d]{0,8}?的(?:省份|省区|城市|地市|市州|区县|县区|县市|区域|地区|县|乡镇|镇街|街道)(?:有|共有|达|为)\s*\d")
#: …or a count of places heading the clause (已有三个市人均预期寿命超过80岁, 全省有5个县常住人口超过100万人): how many places pass
#: the bound, never a level of the place the text is about — not places listed with others (全国31个省（区、市）和现役军人的人口为…: the
#: nation's population).
COUNTED_PLACES = re.compile(r"(?:^|有|共|全省|全国|全市|全区|全州)\s*(?:\d+|[一二三四五六七八九十两]+)\s*个"
                            r"(?:市州|市县|区县|县区|县市|城市|地市|省份|省区|地区|乡镇|街道|省|市|县|区|州|镇|乡)[^，,。；;、（(和及与\d]{0,16}$")


#: The migrants who moved within the place (市内流动人口为26226人, 省内流动人口): a part, never the place's floating
#: population. Migrants from outside (省外流入人口, 跨省流入人口) are a province's in-migrants and stay.
MIGRANT_PART = re.compile(r"(?:省内|市内|县内|区内)流动人口(?:为|是|有|达到?|共|约)*\s*$")
#: The births of the migrants or of the residents without registration (流动人口出生, 非本市户籍出生10.3万人): a part of the
#: place's births. The registered population's births (全市户籍人口出生6.2万人) are the births a family-planning text counts,
#: and a part only after 其中 (其中，本市户籍人口出生11.2万人: :data:`PART_BIRTHS`).
#: The births outside or inside the family-planning plan or policy (其中计划外出生690人, 政策外出生人口310人, 政策内出生) are
#: a part of the births too, whatever population the sentence named before.
GROUP_BIRTHS = re.compile(r"(?:非(?:本[市省区县])?户籍|外来|流动|外地|外省|计划外|计划内|政策外|政策内)(?:常住)?(?:人口)?(?:共)?出生(?:人口)?(?:约|近|达到?|为|共|有)*\s*$")
PART_BIRTHS = re.compile(r"其中[，,：:]?\s*(?:本[市省区县])?户籍(?:常住)?(?:人口)?(?:共)?出生(?:人口)?(?:约|近|达到?|为|共|有)*\s*$")
#: A rate of the migrants named in the value's clause (外来人口出生性别比为121.6, 农民工出生率为15.2‰): the group's, never the
#: place's (the codebook's ``NARROWED_BY`` keeps the name from being the place's indicator; this keeps the value from the
#: indicator named before it).
MIGRANT_RATE = re.compile(rf"(?:{MIGRANTS})的?(?:出生人口性别比|出生性别比|出生率|总和生育率)")
#: A birth order's or a sex's births after the births (全年出生人口2.9万人，其中二孩1.1万人，三孩0.3万人; 男婴1.6万人): a part of the births,
#: never their count (brief fv; the order's sex ratio is no SRB either: ``NARROWED_BY["srb"]`` in :mod:`analysis.codebook`).
BIRTH_ORDER_COUNT = re.compile(rf"(?:^|[，,、;；：:]|其中)\s*(?:{BIRTH_ORDER}|男孩|女孩|男婴|女婴)"
                               r"(?:出生)?(?:人口)?(?:数)?(?:为|有|达到?|约|共|近)*\s*$")
#: …and a birth order's sex ratio after the place's (出生人口性别比为108.2，其中一孩107.5，二孩109.0，三孩及以上125.3): the order's, no SRB.
BIRTH_ORDER_RATIO = re.compile(rf"(?:^|[，,、;；：:]|其中)\s*(?:{BIRTH_ORDER})(?:出生)?(?:人口)?(?:性别比)?(?:为|是|达到?|约)*\s*$")
#: A span of years counted back or ahead (比10年前提高了3.43岁, 5年间): a time, never a value.
YEARS_SPAN_AFTER = re.compile(r"^年?(?:前|后|以前|以后|之前|之后|以来|来|间)")


#: A level of the years before the People's Republic or of its first years (新中国成立前，我国人均寿命只有35岁, 解放前,
#: 建国初期): history told for contrast, of no year the text dates, never a level of the plan's years.
#: …or of a decade or an era named, not dated (上世纪50年代, 20世纪70年代初, 解放初期, 改革开放之初, 建省之初: brief fv; not 改革开放以来, a span
#: up to now).
HISTORIC_ERA = re.compile(r"(?:新中国|中华人民共和国)成立(?:前|之前|以前|初期|之初)|解放(?:前|之前|以前|初期|之初)|建国(?:前|之前|以前|初期|之初)|旧中国"
                          r"|(?:上世纪|上个世纪|20世纪|二十世纪)\s*(?:[二三四五六七八九]十|[2-9]0)\s*年代(?:初期?|中期|末期?|前期|后期)?"
                          r"|改革开放(?:前|之前|以前|初期|之初)|建(?:省|市|区|县|州)(?:前|之前|以前|初期|之初)")

#: … but an era after 比/较/与/由/从 is the base of a change (城镇化率比改革开放之初提高了45.9个百分点，达到63.9%; 与上世纪90年代初相比，
#: …下降了80%，降至16.9/10万), not the clause's time: a value after the verb of the change is the level now (brief xfv; the
#: era's own level, 由改革开放之初的17.9%, stays withheld).
ERA_AS_BASE = re.compile(r"(?:比|较|与|同|由|从)\s*$")
ERA_CHANGED_FROM = re.compile(r"提高|提升|增加|增长|上升|下降|降低|减少|缩小|延长|达到|降至|降到|升至|升到|提高到|增至|增加到")


#: The population a city serves (服务人口, 管理服务人口: residents plus commuters, tourists and visitors), for which spatial
#: plans size infrastructure beside the resident population: a figure told of it, or of a 人口规模 counted by it (按服务人口测算，
#: …人口规模有望超过2000万人), is no resident population.
SERVICE_POPULATION = re.compile(r"服务人口")
#: …or named right after the count it has (在常住人口基础上考虑100万服务人口, 另计50万管理服务人口): the number is the served
#: population's, not the resident population's named before it (常住人口100万人，服务人口150万人 keeps its 100万人).
SERVICE_AFTER = re.compile(r"^\s*(?:人)?(?:的)?(?:管理|实际)?服务人口")
#: Money told of the gross domestic product in Latin letters or in words (2020年GDP3150.6亿, 地区生产总值达到5000亿): GDP is
#: never a population level, whichever population the sentence named before.
GDP_BEFORE = re.compile(r"GDP|生产总值")
#: A growth rate written as 增速 or 增幅 right before its number (2020年GDP3150.6亿,增速4.2%): a change of a subject, no level;
#: a population named in its clause before it (常住人口增速为1.2%) keeps the change for the reader.
SPEED_BEFORE = re.compile(r"(?:增速|增幅)(?:为|是|达到?|约)*\s*约?\s*$")
#: A lead over another place (领先武汉超过100万人): a difference, never a level.
LEAD_OVER = re.compile(r"领先[\u4e00-\u9fff]{0,8}?(?:超过|约|近|逾)?\s*$")


#: A share of the urban population (县城常住人口占全市城镇人口比重达到40%, 县城人口占城镇人口的比重): the urban population is the
#: denominator of a part's share — the figure is no urbanisation rate, and no level of the codebook.
URBAN_DENOMINATOR = re.compile(rf"占\s*(?:{SCOPE_WORDS}|[\u4e00-\u9fff]{{2,4}}?(?:市|省|县|区))?(?:的)?城镇(?:常住)?人口(?:的)?(?:比重|比例)")


#: A number of years right before a change (4年提高了1.2岁, 5年间提高了1.2岁, 十年来累计下降…): the span the change took, never a
#: level in years (a life expectancy of 4; brief gv, form 15).
DURATION_BEFORE_CHANGE = re.compile(r"\s*(?:间|来|内|里|中|期间)?\s*(?:共|累计|总共|一共|合计)?\s*(?:提高|提升|增加|延长|增长|上升|下降|降低|减少|缩短)(?![到至为])")

#: … unless a verb of a level stands before the years (由10年, 达到11年提高了0.5年: the level, told without a comma before the change;
#: review of gv, finding 12).
LEVEL_VERB_BEFORE_YEARS = re.compile(r"(?:[由从]|达到|达|为|是|升至|提高到|增至|增加到)\s*(?:约|近)?\s*$")


def not_a_value(before: str, after: str, value: Value, clause: str, indicator_unit: str = "") -> bool:
    if (value.unit_raw == "年" and value.qualifier == "none" and value.number is not None and value.number == int(value.number) and value.number < 100
            and DURATION_BEFORE_CHANGE.match(after) and not LEVEL_VERB_BEFORE_YEARS.search(before)):
        return True  # 平均每年提高0.3岁，4年提高了1.2岁: a duration
    served = [match for match in SERVICE_POPULATION.finditer(before)]
    if served and "常住人口" not in before[served[-1].end():]:
        return True  # 按服务人口测算，…人口规模有望超过2000万人: the population served, not the residents
    if value.unit_raw in ("万", "万人", "人") and SERVICE_AFTER.match(after):
        return True  # 在常住人口基础上考虑100万服务人口: the population served, named after its count
    gdp = [match for match in GDP_BEFORE.finditer(clause)]
    if (gdp and value.unit_raw in ("亿", "万", "万亿", "亿元", "万元", "元") and not re.search(r"人口|人", clause[gdp[-1].end():])
            and not re.match(r"\s*(?:级|以上)?(?:的)?(?:常住|户籍)?人", after)):
        return True  # 2020年GDP3150.6亿: money (not 生产总值3000亿元、常住人口500万, nor 万亿级GDP、千万级常住人口: people)
    speed = SPEED_BEFORE.search(clause)
    if speed and value.unit_raw in ("%", "％") and "人口" not in clause[: speed.start()]:
        return True  # GDP3150.6亿,增速4.2%: a growth rate of a subject the codebook lacks
    if LEAD_OVER.search(before):
        return True  # 领先武汉超过100万人: a lead, not a level
    if value.unit_raw in ("%", "％") and (share := URBAN_DENOMINATOR.search(clause)) and not re.search(r"分别|依次", clause[share.end() :]):
        # 县城常住人口占全市城镇人口比重达到40%: a part's share of the urban population (in a list after 分别 only the value paired
        # with the share is none: :func:`analysis.extract.prose.respectively.respectively_targets`)
        return True
    era = [match for match in HISTORIC_ERA.finditer(before) if not (ERA_AS_BASE.search(before, max(0, match.start() - 3), match.start())
                                                                      and ERA_CHANGED_FROM.search(before, match.end()))]
    if era and not re.search(r"(?:19|20)\d{2}\s*年|[。；;！？]|目前|当前|现在|如今|现已", before[era[-1].end():]):
        return True  # 新中国成立前，我国人均寿命只有35岁: history, no dated level
    if (other := OTHER_LEVEL.search(clause)) and (re.match(r"^的?(?:平均)?水[平准]", after) or re.match(r"^\s*[)）]", after) or POSSESSIVE_END.search(other.group())):
        return False  # 高于全国1.3的水平 (水准), 高于全国平均水平（78.2岁）, 高于全国的76.3岁: 全国's level, kept with its place
    if compared_place(before, after):
        return False  # 比全国(56.1%)、福建省(62.7%): each place's level, kept with its place
    if MIGRANT_PART.search(before):
        return True  # 跨省流动人口4779万人: a part of the migrants
    if MIGRANT_RATE.search(clause):
        return True  # 外来人口出生性别比为121.6: the migrants' rate
    if value.unit_raw in ("万人", "人", "万") and (GROUP_BIRTHS.search(before) or PART_BIRTHS.search(before)):
        return True  # 非户籍人口出生10.3万人, 其中，户籍人口出生11.2万人: the births of a part
    if value.unit_raw in ("万人", "人", "万") and BIRTH_ORDER_COUNT.search(before):
        return True  # 其中二孩1.1万人: a birth order's births, a part
    if value.unit_raw == "" and BIRTH_ORDER_RATIO.search(before):
        return True  # 其中一孩107.5，二孩109.0: a birth order's sex ratio
    if MARGIN_WORD.search(before):
        return True  # 高出全省平均1.7岁: a margin
    if (NORM_BEFORE.search(before) or NORM_AFTER.match(after)) and not (NORM_REACHED.search(before) and GOAL_YEAR_BEFORE.search(before)):
        return True  # 低于2.1的更替水平, 正常值域为103—107: a norm's reference value
    if value.unit_raw in ("年", "") and YEARS_SPAN_AFTER.match(after):
        return True  # 比10年前提高了3.43岁: ten years ago
    if value.unit_raw in ("万人", "人", "万") and BIRTHS_ORDER_OR_SEX.search(before):
        return True  # 其中二孩1.8万人, 其中男孩2.8万人: the births of one order or sex
    if value.unit_raw in ("万人", "人", "亿人", "万", "亿") and SEX_COUNT.search(before):
        return True  # 男性为1012.6万人: a count of one sex
    if CLASS_OF_PLACES_BEFORE.search(before) or CLASS_OF_PLACES_AFTER.match(after) or COUNTED_PLACES.search(clause):
        return True  # 其余市(州)常住人口都在600万人以下: a bound over a class of places
    if before.endswith(("第", "每")) or DIFFERENCE.search(before) or DIFFERENCE_AFTER_LEVEL.search(clause) or AVERTED.search(before) or PER_YEAR.search(before):  # 每10万人中: a denominator
        return True
    if STANDARD.search(before) and STANDARD_MEANS.match(after):
        return True  # 依照国际通行标准，城市化水平超过70%，标志着…基本完成城市化
    if not re.search(r"\bper\b", indicator_unit) and (PER_AREA.search(before) or PER_N_OWNS.search(clause)):
        return True  # 每平方公里1.1万人 (a density), 每万名老年人口拥有社会工作者5人 (a count of the other thing)
    if value.unit_raw in ("%", "％") and SUBGROUP_SHARE.search(clause):
        return True  # 农村人口中老年人口占比达到22.4%: a share of the sub-group
    if value.qualifier in ("none", "approx") and MARGIN_OVER.search(before):
        return True  # 超过农村人口560万人: a margin
    if value.unit_raw in ("万人", "人", "亿人", "万", "亿") and MOVED_AFTER.search(before):
        return True  # 农村人口就近转移480万左右: people moved
    if value.unit_raw in ("%", "％") and SHARE_OF_URBAN.search(before):
        return True  # 占全国城镇常住人口的近30%: a share of the urban population
    if SAMPLE.search(clause):
        return True  # 共抽取常住人口样本1.2万人: a sample size
    for quoted in QUOTED_REQUIREMENT.finditer(before):
        if quoted.group().lstrip()[:1] in "（(" and re.search(r"[）)]", before[quoted.end() :]):
            continue  # …达到79岁（国家目标为78.3岁），孕产妇死亡率控制在9/10万以下: the aside ends at its bracket (brief xfv)
        if NATION_SCOPE.search(before, quoted.end()):
            continue  # 国家要求，到2030年全国总人口14.5亿左右: the nation's level, named as such (read for 中国; brief lf)
        if not OWN_SCOPE.search(before, quoted.end()):
            return True  # 国家要求到2020年常住人口城镇化率达到60%左右: the nation's requirement
    counted = NOT_A_VALUE_AFTER.match(after)
    if counted and counted.group() == "级" and value.unit_raw in ("万", "亿") and POPULATION_CLASS.match(after):
        counted = None  # 千万级常住人口 (不低于1000万级常住人口): a population of that size, not a rank
    if counted and not (indicator_unit in PER_THOUSAND and counted.group() in ("个", "张", "名")):
        return True
    if DISTANCE_TO_GOAL.search(before) and DISTANCE_GOAL_AFTER.match(after):
        return True  # 距90万的目标仍有差距: the goal restated, not a level of the sentence's year
    own = re.split(r"[，,;；。:：]", before)[-1]
    met = GOAL_MET_BEFORE.search(own)
    if (GOAL_NAMED_AFTER.match(after) and met and not GOAL_STILL_AHEAD.search(own)
            and not (GOAL_YEAR_AHEAD.search(before) and not re.search(r"已|了", met.group()))) or GOAL_MET_AFTER.match(after):
        return True  # 提前一年实现60%的目标, “…控制在10‰以下”目标已于2015年提前实现: a goal met, restated
    if GOAL_COMPARED.search(before):
        return True  # 比省控目标110低2.8: a higher government's goal in a comparison
    if PLAN_REQUIRES.search(before):
        return True  # 孕产妇死亡率仍控制在“两规划”要求的20/10万以内: the plans' ceiling, not a level of the sentence's year
    if value.unit_raw == "岁" and value.number is not None and float(value.number).is_integer() and (
            (AGE_AFTER.match(after) and not AGE_GOAL_AFTER.match(after)) or before.endswith("~")):
        return True
    if value.unit_raw == "" and value.qualifier == "none" and re.match(r"^[~.]", after):
        return True
    if re.match(r"^\s*(?:至|到|—|-|~)\s*\d{1,2}\s*月", after):
        return True  # 1至6月份: months, not a value
    return bool(OTHER_PLACE.search(clause))


#: A unit written in brackets, as plans write it after an indicator's name (孕产妇死亡率（1/10万）, 人口自然增长率（‰）, 常住人口
#: （万人）): the name's unit. Its 1 (1/10万) is no value; the number the name goes on to is read in it
#: (:meth:`analysis.extract.prose.reader.ProseReader._bracketed_units`).
UNIT_BRACKET = re.compile(r"\(\s*(?P<unit>1/10万|/10万|1/100000|/100000|‰|%|岁|年|万人|亿人|人)\s*\)")


def blocked_spans(sentence: str, mentions: list[Mention], year_mentions: list[YearMention]) -> list[tuple[int, int]]:
    # …and the base of a ratio written after a slash (性别比控制在103—108/100, 108/100以内: boys per 100 girls) or in its
    # definition (通常用女婴数量为100时所对应的男婴数来表示; 为100时 whatever a damaged copy prints before it), no value
    spans = [(m.start, m.end) for m in mentions] + [(y.start, y.end) for y in year_mentions]
    spans += [(m.start(), m.end()) for m in UNIT_BRACKET.finditer(sentence)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"《[^》]*》|〔[^〕]*〕\d*号?|\([^)]*号\)|\(?以女性?为100\)?|女(?:性|婴|孩)?(?:出生)?(?:数量?|人数)?(?:为|是)100(?![\d.万])|(?:为|是)100(?=时)|女性?=100|男/100女|(?<=\d)\s*/\s*100(?![\d.万])", sentence)]
    return spans


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b or a < end <= b for a, b in spans)
