"""Time and place context of prose: years and their roles, five-year-plan periods, section headings.

A year in a sentence plays one of these roles, read from the word just before it:

=========== ===================== ==========================================================
role        written as            effect
=========== ===================== ==========================================================
context     2015年末, 截至2020年  the year of the values that follow
to          到2030年, 至2015年的   the year of the next value, and of those after it
from        由2010年的, 从2010年   the year of the next value only (start of a transition)
compare     较2010年, 与2010年相比 the base year of a stated change; not a value's year
=========== ===================== ==========================================================

Five-year-plan names (“十二五”期间, “十三五”末) stand for their years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.numbering import HEADING_NUMBER

FIVE_YEAR_PLANS = {
    "十五": (2001, 2005),
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
}

#: 比 is "than" unless it ends a ratio's or a share's name (出生人口性别比2025年达到107, 抚养比, 60岁及以上人口占比2025年达到
#: 14.5%: :data:`RATIO_BI`).
RATIO_BI = r"(?<!性别)(?<!抚养)(?<!赡养)(?<!负担)(?<!占)比"
YEAR = re.compile(
    r"(?P<prefix>到|至|截至|截止|截止到|由|从|较|" + RATIO_BI + r"|与|同|自)?\s*"
    r"(?:(?P<y1>(?:19|20)\d{2})~)?(?P<year>(?:19|20)\d{2})年(?P<suffix>末|底|初)?(?P<tail>以来|前后|相比|的基础上|基础上)?"
)
#: A multiple of a year's figure after the year (是2012年的1.6倍, 为2010年的两倍): the year is the base of a comparison, never the
#: year of the values after it (…，是2010年的1.8倍；常住人口城镇化率达到61.2% is of the year stated before).
TIMES_OF = re.compile(r"(?:末|底)?的\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[〇零一二三四五六七八九]+)?)\s*倍")
#: What follows YYYY年初 when it dates a figure (丙县2022年初常住人口仅有48.6万, 截至2024年初，全市户籍人口…): no other time, event or
#: goal word between it and the sentence's next number, across a comma too — not 2022年初以来, 2024年初印发的规划…, 2022年初，县委提出…
#: (the time of an act), not 2022年初全市…目标为60% or 2022年初，…力争… (a goal stated at the start of the year keeps its year), nor
#: 2022年初至今, nor 初 of another word (2022年初步统计, 年初期: preliminary figures of 2022; brief ftime, forms handout 1; brief xtime).
START_OF_YEAR_FIGURE = re.compile(r"(?![步期中次级始见心稿审选定查算具现露显婚育诊])(?![，,]?[^。；;\d]*?(?:以来|至今|起|印发|发布|出台|提出|召开|开始|启动|实施|批复|公布|会议|报告|讲话|表示|指出|强调|目标|计划|规划|预计|预期|力争|确保|争取|力求|有望|要求|(?<!预计)将(?!近)))[，,]?\s*[^。；;\d]{0,30}?\d")
#: A goal word or 在 before YYYY年初 in its clause (力争在2030年初全市常住人口达到400万人): the start of that year is the time a goal
#: is set for, never the year-end before it.
GOAL_BEFORE_START_OF_YEAR = re.compile(r"(?:目标|计划|规划|预计|力争|确保|争取|力求|有望|(?<!预计)将(?!近)|在)[^。；;，,]*$")
#: The base of a change written with its level right after the year and then 基础上 (在2010年74.8岁的基础上提高1岁，达到76岁 inside
#: 到2020年…): the year is the change's base, never the year of the level after it (brief ftime, forms handout 20). Not a year whose
#: sentence names more before its number (在2020年全市常住人口达到500万人的基础上: left to the year).
BASE_OF_CHANGE_AFTER = re.compile(r"\s*的?\s*\d[^，,。；;！？年]{0,10}?的?基础上")
#: A year a report looks back on (刚刚过去的2007年, 过去的2019年 in a government work report): observed, like 2007年末.
PAST_BEFORE = re.compile(r"过去的\s*$")
#: A page's date near its top: 2019-10-16, 2019/10/16, 2019年10月16日 (a source line, a byline, a stamp; read in
#: ``analysis.extract.meta``, and a line that is only one is a dateline for the prose reader's ``DATE_LINE``).
PAGE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)|年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日)")
#: A year glued to the percentage after it by a damaged copy (提高到201051.27%; see ``analysis.extract.values.GLUED_YEAR_VALUE``).
GLUED_YEAR = re.compile(r"(?P<prefix>到|至|由|从)?(?<!\d)(?P<year>(?:19|20)\d{2})(?=\d{1,2}\.\d+\s*%)")
FIVE_YEAR_PLAN = re.compile(r"(?P<prefix>" + RATIO_BI + r"|较|与|同)?[“\"「『‘]?(?P<name>十[一二三四五]?五)[”\"」』’]?(?P<part>期间|时期|末|期末|后期|结束时|结束前|期满|收官之年|收官时|初|以来|(?=实现|要实现|将实现|目标|力争|全[省市区县]))")
#: 十年平均, 5年平均: a digit run is read whole from its first digit (possessive, never retried from
#: inside the run), so a long run of digits costs one pass.
PERIOD_AVERAGE = re.compile(r"(?P<n>[二三四五六七八九十]|(?<!\d)\d++)年平均")
#: A line opening with a heading's or an item's number (:mod:`analysis.numbering`: 第一章, 一、, (一), 1.): with :func:`is_heading`, a heading.
#: Digits before a point open one here even when a digit follows (2527.74万人!… as a short headline line): the heading test
#: kept its reading when the vocabulary became one (brief lo), though a decimal is no item number.
HEADING = re.compile(r"^\s*(" + HEADING_NUMBER + r"|\d+\s*\.)")

_ROLE_OF_PREFIX = {"到": "to", "至": "to", "由": "from", "从": "from", "较": "compare", "比": "compare", "与": "compare", "同": "compare", "自": "compare"}
_CHINESE_SMALL = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


#: Censuses named without their year: 第六次全国人口普查, 六普 (2010) …
CENSUS = re.compile(r"(?:第(?P<n>[三四五六七])次(?:全国)?人口普查|(?<![十第〇零一二三四五六七八九])(?P<m>[三四五六七])普(?=[,，、时数据中以的]|$|\s|结果|数据|资料|以来))")
CENSUS_YEARS = {"三": 1982, "四": 1990, "五": 2000, "六": 2010, "七": 2020}
#: Words after a five-year name that mean its last year, beside 末 (“十三五”结束时, 期满, 收官之年).
FIVE_YEAR_END = ("后期", "结束时", "结束前", "期满", "收官之年", "收官时")
PAST_SUFFIX = ("末", "底")
#: Years written relative to the page's date (今年, 明年, 去年 …): the year of the page plus this.
#: 年内, 本年, 本年度 are this year too (年内人口自然增长率控制在8‰以内 in a report of the year's targets), but
#: not 五年内/3年内/近年内/当年内 (within some years, or the year of a context).
RELATIVE_YEARS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2, "年内": 0, "本年度": 0, "本年": 0}
#: Years after the page's date, as a report writes a plan's horizon (该省城镇人口五年后将由2010年的3186万人增加到4100万人
#: in a page of 2010: 2015): the year of the page plus so many years, a goal year. Not 五年内 (within), nor the
#: digits of a year (2020年后), nor a period after an event (毕业五年后 is rare in plans; 实施五年后 counts from the page too);
#: 经过5年的努力 (a plan's five years of effort, in a page of 2024: 2029) likewise.
YEARS_AFTER = re.compile(
    r"(?<![\d一二三四五六七八九十两几数多])(?P<n>[一二三四五六七八九十两]|十[一二三四五六七八九]|二十|[1-9]\d?)\s*年(?:之)?后(?![期续])"
    r"|(?<=经过)(?P<n2>[一二三四五六七八九十两]|十[一二三四五六七八九]|[1-9]\d?)\s*年(?:的)?(?:努力|奋斗|建设|发展|时间)"
    r"|(?<=再过)(?P<n3>[一二三四五六七八九十两]|十[一二三四五六七八九]|[1-9]\d?)\s*年(?!内|来|间|中|里)"
)
_YEARS_AFTER_NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "二十": 20}


def _years_after(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word.startswith("十") and len(word) == 2:
        return 10 + _YEARS_AFTER_NUMBERS[word[1]]
    return _YEARS_AFTER_NUMBERS[word]


#: The middle of this century, the horizon of national strategies (到本世纪中叶, 21世纪中叶): 2050.
MID_CENTURY = re.compile(r"(?P<prefix>到|至)?(?:本世纪|21\s*世纪|二十一世纪)中叶")
MID_CENTURY_YEAR = 2050
#: The end of the plan's own period (规划期末, 到规划期末, 规划末期, 规划目标年): the period's last year, from the title
#: or the text's period (a 2021—2035 plan: 2035), a goal year.
PLAN_END = re.compile(r"(?P<prefix>到|至)?(?:本)?(?:规划期末|规划末期|规划期满|规划目标年)")
#: A year referred back to: 到那时, 届时 (the year last named before).
THEN_YEAR = re.compile(r"(?:到那时|到那个时候|届时)")
RELATIVE_YEAR = re.compile(r"(?P<prefix>到|至|截至|截止|截止到|由|从|较|比|与|同)?(?P<word>前年|去年|今年|明年|后年|(?<![\d０-９一二三四五六七八九十两几数多半当近每同])年内|本年度|本年)(?P<suffix>末|底|年底|年末|初)?(?P<tail>以来|相比|同期)?")
#: The year before the one a sentence is about, as a report writes it (上年末全省常住人口…, 上一年出生人口…): the year named
#: before it in the sentence less one, else the year before the text's date (a work report's 上年 is its 去年). Never the base
#: of a comparison (比上年增长, 较上年度, 高于上年, 少于上年, 为上年的92%:
#: :data:`analysis.extract.prose.words.PREVIOUS_YEAR_LEVEL` reads those), nor a word inside another (以上年龄, 向上年).
PREVIOUS_YEAR = re.compile(r"(?<![比较与同以向之于])(?!(?<=[为是])上一?年的\s*\d)上一?年(?!度|龄|级|[比较相同]|增|减|提|下|上)(?P<suffix>末|底|年底|年末)?")
#: An earlier year's report, meeting or speech quoted, with its year as the time it was given: a date (2018年3月2日，市长在
#: …会议上强调，), the year alone as the sentence's time (2015年，市政府工作报告提出，; 回顾2015年，时任市长在…报告中表示，) or
#: 在 before it (在2019年全市人口工作会议上的讲话中指出，) — then the verb of saying and the quote after its comma or colon: a
#: 今年, 明年, 去年 in the quote is told relative to that year, not to the page's date. Not a year that is the subject or title
#: of what is reported (2016年以来，…多次提出，; 传达了2020年中央经济工作会议精神，; 在2020年度总结大会上; 《…（2016—2020年）》…报告
#: 指出，), nor a verb with an object of its own (…全会明确提出了新的目标，今年全市要…: the page's own year), and no number between
#: the year and the verb: a record's year (2019年全市常住人口480万人，政府工作报告提出，今年…) is not the time of the speech.
SPOKEN_IN = re.compile(r"(?<!\d)(?P<at>在)?(?P<year>(?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?=[，,])|(?(at)(?!度)|(?!)))"
                       r"[^。！？!?；;\d]{0,30}?(?:报告|会议|讲话|发言|全会)[^。！？!?；;\d]{0,12}?(?:提出|表示|指出|要求|强调|宣布|明确)\s*[，,：:]"
                       r"[^。！？!?；;\d]*$")
#: The whole year or its end written without a year (全年, 年末, 年底; not 今年全年, 2014年末, 上年末, 每年年底, nor 全年龄段): in a
#: clause of a goal (:data:`YEAR_AHEAD_WORDS`) the year of the page's date, when no year is written before it in the
#: sentence nor carried from the sentence before, and the text has no plan period — a report of the year's work sets the
#: year's goals so (会议要求，务必使全年人口自然增长率稳定在5‰以下). A record (全年出生人口8.2万人, after 2020年…) is the
#: year of the figures before it, not read here; a plan's 年末常住人口将控制在… is of its period's end.
#: :data:`WHOLE_YEAR_WORD` is the 全年 that :data:`analysis.extract.meta.WHOLE_YEAR` reads too.
WHOLE_YEAR_WORD = r"全年(?!龄)"
BARE_YEAR_SPAN = re.compile(r"(?<![\d今本去明前后上当同每年])(?:" + WHOLE_YEAR_WORD + r"|年末|年底)")
#: The words of effort toward a goal of the year ahead, in the clause of :data:`BARE_YEAR_SPAN`: 力争, 确保, 务必, 争取, 力求,
#: 有望, and 将 — not 将近 (nearly: a record), not 预计将 or 预测 (an estimate of the year just ended, in a report of it:
#: 年末常住人口820万人，预计将继续增长), not 要 (a word inside 主要, 需要).
YEAR_AHEAD_WORDS = re.compile(r"力争|确保|务必|争取|力求|有望|(?<!预计)(?<!预测)将(?!近)")
#: The words that open the year's goals (目标是, 目标任务为, 工作目标): one source for :data:`YEAR_DEMANDED` here and
#: ``PLANNED_BEFORE`` in ``prose/reader.py``.
GOAL_LEAD_IN = r"目标(?:任务)?(?:是|为)?"
#: … or a meeting's demand or the year's goals named right before the clause (会议要求，全年出生人口控制在5万人以内; 会议确定，年末
#: 全市总人口控制在…; 工作目标：全年…; brief at) — not a report of the year (他指出，全年出生人口8万人; 据统计，全年…).
#: It differs from ``PLANNED_BEFORE`` (``prose/reader.py``) on purpose where their jobs differ: it dates a bare 全年/年末 after
#: any demand, with no speaker (要求, 确定, 部署, 提出, a goal's lead-in before a comma or a colon), while ``PLANNED_BEFORE``
#: makes a 将 a goal only after a meeting's or work report's demand (会议…提出/要求/确定/明确) or the lead-in before a colon — a
#: study's 报告提出，…将达到 is a projection (review of brief at). Each list of verbs was measured as it stands (brief lf kept both).
YEAR_DEMANDED = re.compile(r"(?:要求|确定|部署|提出|" + GOAL_LEAD_IN + r")\s*[，,：:]\s*$")
#: 到年底, 至年末 — by the end of the year — with an estimate or a goal in its clause or after it in the sentence (预计到年底，全市总人口
#:控制在560万人以内 / 到年底，全市总人口将达到560万人 in a page of November: that year's; brief ftime, forms handout 1); 预计 is an
#: estimate of the year ahead here, after 到. Without one (到年底，全市总人口达到558万人 — a report may look back on the year just ended)
#: it dates nothing. Not 截至/截止到 (截至年末，… looks back), and a goal met (完成了年度目标, 圆满完成…目标任务: a record of the year
#: just ended, :data:`GOAL_MET`) is no goal (brief xtime).
BY_YEAR_END = re.compile(r"(?<![截止])(?:到|至)\s*$")
ESTIMATE_OR_GOAL = re.compile(r"预计|目标|任务")
GOAL_MET = re.compile(r"(?:圆满完成|超额完成|顺利完成|全面完成|已完成|完成了|实现了|达成了)[^，,。；;！？]*?(?:目标|任务)+")
#: Two years counted from the text's date (今明两年 = this year and the next, 明后两年 = the next two): a value of the clause
#: stands for each of them (今明两年或将超150万, 今明两年…预计每年出生人口将超过150万: one row a year).
YEAR_PAIR = re.compile(r"(?P<prefix>到|至|在)?(?P<word>今明|明后)(?:两|2|二)年(?:内|间)?")
YEAR_PAIRS = {"今明": (0, 1), "明后": (1, 2)}
#: Years counted from the year named last (当年, 同年 = that year; 次年 = the year after it): 2009年全市户籍人口当年出生62274人.
#: Not 相当年轻, 不同年份, 同年龄, 每当年.
NAMED_YEAR_AFTER = re.compile(r"(?<![相每])当年(?![龄轻纪代])|(?<![不共相认协])同年(?![龄级代份])|(?<![每依逐])次年(?![龄级度])")
NAMED_YEAR_OFFSETS = {"当年": 0, "同年": 0, "次年": 1}
#: An explicit year in the clause of a relative one (去年（2014年）, 2015年即今年): the written year wins.
CLAUSE_BREAK_OR_END = re.compile(r"[，,；;。！？!?：:]")
#: The written year in brackets after a relative one in its clause: 去年（2014年）, 去年…812.6万人（2022年末数据）.
BRACKETED_AFTER = re.compile(r"[(（][^()（）]{0,3}$")
#: A relative year listed with a written one (去年和2021年, 今年、2025年): each year is its own.
LISTED_AFTER = re.compile(r"\s*[和、及与]\s*")


def relative_year_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence writes a year relative to the text's own date (去年, 今年, 明年, 今明两年, 上年, 5年后, 再过5年):
    read when the date is unknown, so that such a year gives a value no year at all, never the year of the sentence
    before (:class:`analysis.extract.prose.ProseReader`). The base of a comparison (比去年, 去年以来) is left out: it
    dates no value."""
    spans = [(m.start(), m.end()) for m in RELATIVE_YEAR.finditer(text)
             if m.group("prefix") not in ("较", "比", "与", "同") and m.group("tail") is None]
    spans += [(m.start(), m.end()) for m in YEAR_PAIR.finditer(text)]
    spans += [(m.start(), m.end()) for m in YEARS_AFTER.finditer(text) if not _counted_from_named(text, m)]
    spans += [(m.start(), m.end()) for m in PREVIOUS_YEAR.finditer(text) if not YEAR.search(text, 0, m.start())]
    return sorted(spans)



#: The terms of a spatial plan (城市总体规划, 城镇体系规划): 近期 and 远期 stand for the plan's near-term year
#: and its end year (:func:`plan_terms`), 中期 only with its year in brackets; a year in brackets after the
#: term is the term's year (近期（2015年）, 远期(2030年)). Written before a value or an indicator
#: (近期市域总人口…, 中心城区人口近期120万人, 远期目标), not as 近期 "recently" (近期，国务院批复…).
PLAN_TERM = re.compile(
    r"(?<![最])(?P<term>近期|中期|远期)"
    r"(?:\s*[(（]\s*(?P<year>(?:19|20)\d{2})\s*年?\s*[)）]"
    r"|(?=目标|规划|期末|末|内|[:：]|\s*\d|(?:将|要)?(?:达到|达|为|控制|增至|增加到|提高到|不超过)|[\u4e00-\u9fff]{0,10}?(?:人口|城镇化|城市化)))"
)


def plan_terms(start: int | None, end: int | None) -> tuple[int, int] | None:
    """The years of a plan's 近期 and 远期: the end of the five-year span after the period starts (years
    ending in 0 or 5: 2011—2020 → 2015, 2009—2020 → 2010, 2016—2030 → 2020) and the period's end."""
    if start is None or end is None or start >= end:
        return None
    return min((start // 5 + 1) * 5, end), end


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    year: int
    role: str  # context, to, from, compare, range, years (each year from first to year: 今明两年)
    first: int | None = None  # for ranges 2018~2020年, and the first of the years of 今明两年
    past: bool = False  # written as an observed date: 2015年末, 第六次全国人口普查
    relative: bool = False  # written relative to the text's date (去年, 今明两年, 5年后, 上年)


#: The census or survey a report speaks of, named before (这次人口普查显示, 本次普查, 此次抽样调查).
THIS_CENSUS = re.compile(r"(?:这次|本次|此次)(?:全国)?(?:人口)?(?:普查|抽样调查)")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` holding ``text[start:end]``: from the break before it to the break after it."""
    opened = max((match.end() for match in CLAUSE_BREAK_OR_END.finditer(text, 0, start)), default=0)
    closed = CLAUSE_BREAK_OR_END.search(text, end)
    return text[opened : closed.start() if closed else len(text)]


def years(
    text: str, page_year: int | None = None, then_year: int | None = None, terms: tuple[int, int] | None = None, plan_end: int | None = None,
    census_year: int | None = None, carried: bool = False,
) -> list[YearMention]:
    """Years in a sentence with their roles (see module docstring), and censuses named by number;
    with the year of the page's date, years written relative to it (明年 in a page of 2019 is 2020);
    with the year last named before the sentence, 到那时/届时 (that year, a goal); a spatial plan's 近期 and
    远期 (:data:`PLAN_TERM`) with the years of its ``terms`` (:func:`plan_terms`) or the year in brackets; with the
    last year of the plan's period, 规划期末 (:data:`PLAN_END`); with the year of the census named last before the sentence,
    这次人口普查 (that census's year, observed: :data:`THIS_CENSUS`); ``carried``: a year carried from the sentence before
    governs this one (no bare 全年, 年末 of the page's year, :data:`BARE_YEAR_SPAN`)."""
    found = []
    if census_year is not None:
        found += [YearMention(match.start(), match.end(), census_year, "context", past=True) for match in THIS_CENSUS.finditer(text)]
    if plan_end is not None:
        found += [YearMention(match.start(), match.end(), plan_end, "to") for match in PLAN_END.finditer(text)]
    for match in PLAN_TERM.finditer(text):
        stated = match.group("year")
        year = int(stated) if stated else (dict(zip(("近期", "远期"), terms)).get(match.group("term")) if terms else None)
        if year is not None:
            found.append(YearMention(match.start(), match.end(), year, "to"))
    if then_year is not None:
        found += [YearMention(match.start(), match.end(), then_year, "to") for match in THEN_YEAR.finditer(text)]
    if page_year is not None:
        if plan_end is None and not carried:
            # 务必使全年人口自然增长率稳定在5‰以下, 年末总人口力争控制在830万以内 in a dated page of no plan: the page's year
            found += [YearMention(match.start(), match.end(), page_year, "context", relative=True) for match in BARE_YEAR_SPAN.finditer(text)
                      if (YEAR_AHEAD_WORDS.search(clause := _clause_around(text, match.start(), match.end()))
                          or YEAR_DEMANDED.search(text, max(0, match.start() - 24), match.start())
                          or (BY_YEAR_END.search(text, 0, match.start()) and match.group() != "全年"
                              and (ESTIMATE_OR_GOAL.search(GOAL_MET.sub("", clause)) or ESTIMATE_OR_GOAL.search(GOAL_MET.sub("", text[match.end() :]))
                                   or YEAR_AHEAD_WORDS.search(text, match.end()))))
                      and not YEAR.search(text, 0, match.start()) and not RELATIVE_YEAR.search(text, 0, match.start())]
        ahead_word = None  # the last 明年/后年 of the sentence: a 年内 after it is within that year
        for match in RELATIVE_YEAR.finditer(text):
            prefix = match.group("prefix") or ""
            role = "compare" if match.group("tail") in ("以来", "相比", "同期") else _ROLE_OF_PREFIX.get(prefix, "context")
            past = RELATIVE_YEARS[match.group("word")] < 0 or (match.group("suffix") or "").endswith(PAST_SUFFIX) or prefix in ("截至", "截止", "截止到")
            spoken = [int(m.group("year")) for m in SPOKEN_IN.finditer(text, 0, match.start()) if int(m.group("year")) < page_year]
            now = spoken[-1] if spoken else page_year  # 2015年，市政府工作报告提出，今年…: the 今年 of the 2015 report quoted
            word = match.group("word")
            if word == "年内" and not prefix and ahead_word is not None and not YEAR.search(text, ahead_word.end(), match.start()) \
                    and not re.search(r"[。！？!?；;，,]", text[ahead_word.end() : match.start()]):
                # 明年争取年内将常住人口压减到96万人以内: within next year (forms handout Bd, 11) — in the same clause only: after a comma
                # 年内 opens a clause of its own (明年…突破500万人，年内…达到60%: this year; review of gt, finding 10)
                word = ahead_word.group("word")
            ahead_word = match if match.group("word") in ("明年", "后年") else (ahead_word if match.group("word") == "年内" else None)
            found.append(YearMention(match.start(), match.end(), now + RELATIVE_YEARS[word], role, None, past, relative=True))
        found += [YearMention(match.start(), match.end(), page_year + _years_after(match.group("n") or match.group("n2") or match.group("n3")), "to", relative=True)
                  for match in YEARS_AFTER.finditer(text) if not _counted_from_named(text, match)]
        for match in YEAR_PAIR.finditer(text):
            first, last = YEAR_PAIRS[match.group("word")]
            found.append(YearMention(match.start(), match.end(), page_year + last, "years", page_year + first, relative=True))
    for match in YEARS_AFTER.finditer(text):
        if named := _counted_from_named(text, match):
            # 到2025年…达到1000万人，再过5年将达到1100万人: five years after 2025, not after the page's date
            found.append(YearMention(match.start(), match.end(), named + _years_after(match.group("n3")), "to"))
    for match in PREVIOUS_YEAR.finditer(text):
        named = [int(m.group("year")) for m in YEAR.finditer(text, 0, match.start())]
        if named or page_year is not None:
            found.append(YearMention(match.start(), match.end(), (named[-1] if named else page_year) - 1, "context", None, True, relative=not named))
    found += [YearMention(match.start(), match.end(), MID_CENTURY_YEAR, "to" if match.group("prefix") else "context") for match in MID_CENTURY.finditer(text)]
    for match in YEAR.finditer(text):
        prefix = match.group("prefix") or ""
        role = _ROLE_OF_PREFIX.get(prefix, "context")
        if match.group("tail") in ("以来", "相比", "的基础上", "基础上") or TIMES_OF.match(text, match.end()) or BASE_OF_CHANGE_AFTER.match(text, match.end()):
            role = "compare"
        if match.group("y1"):
            role = "range"
        past = match.group("suffix") in PAST_SUFFIX or prefix in ("截至", "截止", "截止到") or PAST_BEFORE.search(text, max(0, match.start() - 6), match.start()) is not None
        year = int(match.group("year"))
        opened = max((m.end() for m in CLAUSE_BREAK_OR_END.finditer(text, 0, match.start())), default=0)
        if (match.group("suffix") == "初" and role == "context" and prefix in ("", "截至", "截止", "截止到") and START_OF_YEAR_FIGURE.match(text, match.end())
                and not GOAL_BEFORE_START_OF_YEAR.search(text, opened, match.start())):
            # 丙县2022年初常住人口仅有48.6万: a stock counted at the start of a year is the year-end figure of the year before
            year, past = year - 1, True
        found.append(
            YearMention(match.start(), match.end(), year, role, int(match.group("y1")) if match.group("y1") else None, past)
        )
    for match in GLUED_YEAR.finditer(text):
        found.append(YearMention(match.start("year"), match.end("year"), int(match.group("year")), _ROLE_OF_PREFIX.get(match.group("prefix") or "", "context")))
    for match in CENSUS.finditer(text):
        number = match.group("n") or match.group("m")
        prefix = text[max(0, match.start() - 1) : match.start()]
        role = {"由": "from", "从": "from", "与": "compare", "比": "compare", "较": "compare", "同": "compare", "到": "to", "至": "to"}.get(prefix, "context")
        # 同第六次全国人口普查2010年11月1日零时的133972万人相比: the date written after the census is its moment and takes
        # the census's role (the base of the comparison), never the year of the values after it
        after = [index for index, year in enumerate(found) if 0 <= year.start - match.end() <= 1 and year.year == CENSUS_YEARS[number]]
        if after and role != "context":
            found[after[0]] = replace(found[after[0]], role=role, past=True)
            continue
        if any(year.start <= match.start() < year.end or match.start() - year.end in (0, 1) for year in found) or after:
            continue  # 2010年第六次全国人口普查: the year is written
        found.append(YearMention(match.start(), match.end(), CENSUS_YEARS[number], role, past=True))
    # 2013年实施单独两孩政策以来, 六普以来: the start of a span up to now, not the year of the values
    found = [replace(year, role="compare") if year.role == "context" and SINCE_AFTER.match(text, year.end) else year for year in found]
    found = _written_year_wins(text, sorted(found, key=lambda year: year.start))
    # 当年, 同年, 次年: the year named last before them in the sentence
    for match in NAMED_YEAR_AFTER.finditer(text):
        if any(year.start <= match.start() < year.end for year in found):
            continue
        named = [year for year in found if year.end <= match.start() and year.role in ("context", "to", "range", "years")]
        offset = NAMED_YEAR_OFFSETS[match.group()]
        # 当年, 同年 opening a sentence go on with the year it carries from the sentence before (nothing to add); 次年 counts
        # from the year named last before it
        base = named[-1].year if named else (then_year if offset else None)
        if base is not None:
            found.append(YearMention(match.start(), match.end(), base + offset, "context", past=offset == 0 and bool(named) and named[-1].past))
    return sorted(found, key=lambda year: year.start)


def _counted_from_named(text: str, match: re.Match[str]) -> int | None:
    """The year 再过N年 counts from when the sentence named one before it (到2025年…，再过5年: 2025), else ``None``."""
    if not match.group("n3"):
        return None
    named = [int(m.group("year")) for m in YEAR.finditer(text, 0, match.start())]
    return named[-1] if named else None


def _written_year_wins(text: str, found: list[YearMention]) -> list[YearMention]:
    """A year written out in the clause of a year told relative to the text's date decides (去年（2014年）全省常住人口…,
    2015年即今年全省…): the relative year takes the written one when the written one follows it in brackets (去年（2014年）, or
    after its figure: 去年…812.6万人（2022年末数据）), it stays when the two are listed (去年和2021年…分别), else it is
    dropped — a relative year never overrides the digits of its clause (a repost's date may be wrong; the digits are not)."""
    written = [year for year in found if not year.relative and year.role in ("context", "to", "range")]
    out = []
    for year in found:
        if not year.relative or year.role not in ("context", "to", "years"):
            out.append(year)
            continue
        same_clause = [other for other in written
                       if not CLAUSE_BREAK_OR_END.search(text, min(other.end, year.end), max(other.start, year.start))]
        if not same_clause:
            out.append(year)
            continue
        following = [other for other in same_clause if other.start >= year.end]
        if following and LISTED_AFTER.fullmatch(text, year.end, following[0].start):
            out.append(year)  # 去年和2021年…分别: a list of two years, each its own
            continue
        after = [other for other in following if BRACKETED_AFTER.search(text, year.end, other.start)]
        if after:
            out.append(replace(year, year=after[0].year, first=None, role="context" if year.role == "years" else year.role, relative=False))
    return out


#: 以来 closing the clause a year opens (2013年实施单独两孩政策以来).
SINCE_AFTER = re.compile(r"[^。；;，,！？\d]{0,12}?以来")


def listed_years(text: str, position: int, mentions: list[YearMention]) -> list[int]:
    """The years a list before ``position`` names: a range (2011—2015年: five years, 今明两年: two) or years
    joined by 和、及与 (2025年和2030年)."""
    before = [year for year in mentions if year.end <= position]
    if not before:
        return []
    last = before[-1]
    if last.role in ("range", "years") and last.first is not None and last.first < last.year <= last.first + 30:
        return list(range(last.first, last.year + 1))
    run = [last]
    for year in reversed(before[:-1]):
        if re.fullmatch(r"\s*[和、及与,，]\s*", text[year.end : run[0].start]):
            run.insert(0, year)
        else:
            break
    if len(run) >= 2:
        return [year.year for year in run]
    # 到2025年全省常住人口达到1.3亿人左右，2035年达到1.35亿人左右，城镇化率分别达到77%和82%
    goals = [year.year for year in before if year.role in ("to", "context")]
    distinct = list(dict.fromkeys(goals))
    return distinct if len(distinct) >= 2 and distinct == sorted(distinct) else []


@dataclass(frozen=True)
class PlanPeriod:
    start: int
    end: int
    first: int
    last: int
    part: str  # period (期间/时期), end (末, 后期, or the bare name before 实现/目标), start (初), since (以来), compare (比“十二五”末)


def five_year_plans(text: str) -> list[PlanPeriod]:
    found = []
    for match in FIVE_YEAR_PLAN.finditer(text):
        if not match.group("part") and text[match.end() - 1 : match.end()] not in "”\"」』’":
            continue  # the bare form only in quotes (“十三五”实现, 「十三五」), never 十五 inside a number word
        first, last = FIVE_YEAR_PLANS[match.group("name")]
        # a bare name before a goal (“十三五”实现…达到54%, “十四五”目标) is the period's end
        # its end: 末, 期末, 后期, 结束时 (“十三五”结束时，…控制在312.6万人), 期满, 收官之年
        part = "end" if "末" in match.group("part") or match.group("part") in FIVE_YEAR_END or not match.group("part") else ("start" if match.group("part") == "初" else "period")
        if match.group("part") == "以来":
            part = "since"
        if match.group("prefix"):
            part = "compare"
        found.append(PlanPeriod(match.start(), match.end(), first, last, part))
    return found


def period_average_years(text: str) -> int | None:
    """``十年平均`` → 10 (values in the sentence are averages over that many years)."""
    match = PERIOD_AVERAGE.search(text)
    if not match:
        return None
    n = match.group("n")
    return int(n) if n.isdigit() else _CHINESE_SMALL[n]


def section_kind(heading: str) -> str:
    """What a section's values are by default: baseline, projection, target, or unknown."""
    if re.search(r"目标", heading):
        return "target"
    if re.search(r"趋势|态势|形势|预测|展望", heading):
        return "projection"
    if re.search(r"现状|基础|回顾|成就|成效|背景|执行情况|完成情况", heading):
        return "baseline"
    return "unknown"


def is_heading(text: str) -> bool:
    stripped = text.strip()
    return bool(HEADING.match(stripped)) and len(stripped) <= 30 and not re.search(r"[。;；]", stripped)
