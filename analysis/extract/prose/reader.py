"""The prose reader: sentence by sentence, years, mentions and values left to right (see
:mod:`analysis.extract.prose`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from analysis.codebook import COUNT_INCREMENT_AFTER, SHARE_BASE_BEFORE, TOTAL, Codebook, Mention
from analysis.extract import budget
from analysis.extract.context import BARE_YEAR_SPAN, CENSUS, CENSUS_YEARS, CLAUSE_BREAK_OR_END, FIVE_YEAR_PLANS, GOAL_LEAD_IN, YEAR_DEMANDED, YearMention, five_year_plans, is_heading, period_average_years, relative_year_spans, section_kind, years
from analysis.extract.prose.clauses import AHEAD_ITEM, OLDER_TERM, SENTENCE_ENDED, ahead_goal_line, VALUE_END, YEAR_LINE, CITED, FOREIGN, NOT_PLACE, PLACE_WORD, coordinated_group, FOREIGN_COMPARED, NATION_NAMED, YEAR_WRITTEN, ahead_title, goals_title, is_annual, lead_year, own_uncoded_subject, shift, start_of_clause, unfinished, SIGNED_MONTH_LINE, NUMBERED_OPENING
from analysis.extract.prose.not_values import GOAL_STILL_AHEAD, restated_goal, without_goals_met, SCOPE_WORDS, COMPARED_VERB, OTHER_LEVEL, POSSESSIVE_END, OTHER_NAMED, OTHER_SCOPE, PER_AREA, UNIT_BRACKET, blocked_spans, compared_place, inside, not_a_value
from analysis.extract.prose.respectively import EACH, listed_items, places_named_together, respectively_lists, respectively_targets, shared_qualifier, value_list, etc_places
from analysis.extract.prose.words import PAST_SPAN_OPENING, PLAN_LEAD_YEAR, DASH_ITEM, GOAL_BOUND, REVIEW_GOES_AHEAD, CONTRAST, TREND_NAMED, PART_OF_PLACE, ANNOUNCED_GOALS, PERIOD_AHEAD, SAID_AHEAD, SPEAKER_GOES_ON, ENUMERATED, REVIEWED, REVIEWED_WHAT, CONTINUED_REPORT, CONTINUED_AHEAD, GOAL_AFTER_ESTIMATE, POVERTY_EXIT, SUB_AREA, BACK_REFERENCE, BECOMES, BIRTHS_VERB, CITY_OF_SIZE, CROSSING, SPAN_OPENING, CHANGE_VERB, CITY_CLASS, CLASS_SUBJECT, CLAUSE_OPENING, COMPARED_YEAR_LEVEL, NATION_ONLY_POPULATION, PLAIN_POPULATION, PERIOD_AVERAGE_WORDS, PERIOD_TOTAL_WORDS, CLAUSE_BREAK, COMPARED_LEVEL, CURRENT, DECREASE, DIRECT_SHARE, GAP_AFTER, GAP_WORDS, GOAL_WORDS, INCREMENT, LEAD_IN, LEVEL_OF, NEAR, PAST_WORDS, PRESENT_WORDS, PEAK, PEAK_NAMED_FIRST, PLAN_REPORTED, SPATIAL_PLAN, SPATIAL_FORECAST_MARKER, FORECAST_MARKER, STATISTICS_SHOW, PROJECTION_MARKER, QUESTION, SENTENCE, SHARE_CLAUSE, SHARE_OF, STRIVE, TOPIC_VERB, POPULATION_COURSE, TOTAL_NAMED_AFTER, SUMMED_TO, SUMMED_RECORD, YEARLY, MOVED_PEOPLE, PROGRAMME_COUNT, BIRTHS_PART, COUNTY_AREA, PREVIOUS_YEAR_LEVEL, HAVING_OPENING, HAVING_POPULATION, POPULATION_TOPIC, SUBJECTLESS, SPEAKER, PLACES_TOGETHER, JOINS_WHEN, several_places, ONE_YEAR_SUM, ACCUMULATED, RESIDENT_DENOMINATOR, DEATHS_CLAUSE, YEARS_AHEAD, NUMERALS, BASE_YEAR_LEVEL, BASE_AFTER_LEVEL, NOW_OPENING, NOW_WORDS, NOW_OF_SUBGROUP, PRESENT_ITEM, part_of_year
from analysis.demography.metrics import SIGNED_INDICATORS
from analysis.extract.values import Value, bound_after, find_values
from analysis.units import UNITS, compatible
from analysis.ingest.document import PlanLine
from analysis.gazetteer import by_name
from analysis.ingest.place import masked, names_pattern
from analysis.numbering import ARABIC_ITEM_NUMBER, HEADING_NUMBER, SPACED_NUMBER
from analysis.quality import Finding


@dataclass
class ProseValue:
    """A level or a change read from prose, before it becomes a table row."""

    line: PlanLine
    value: Value
    code: str
    label: str
    year: int | None
    is_change: bool
    quote_start: int
    period_start: int | None = None
    from_year: int | None = None
    change_type: str = ""
    sign: int = 1
    strive: bool = False
    projection: bool = False
    section: str = ""
    section_kind: str = "unknown"
    entity: str = ""
    year_source: str = ""
    past: bool = False  # the wording says the value is observed (末, 普查, 已)
    transition: str = ""  # from / to: the ends of a change stated without years
    goal: bool = False  # the sentence states a goal (到, 力争, 控制在 …)
    #: the start of a change with its own year (由2010年的3186万人增加到…): the level the change starts from
    start_of_change: bool = False
    #: a forecaster's word (预计, 预测, 测算 …) before the value in its sentence
    forecast: bool = False
    #: the attribute of a place named after it, with no year of its own (在常住人口不足2000万的北京): the place as it is now
    described: bool = False
    #: a total summed up to the goal year its sentence writes with 到/至 (:data:`SUMMED_TO`: 到2020年，实现25万人…在城镇落户)
    summed_to: bool = False




#: A place right before a value it is compared with (比湖南省58.8%的水平, 低于长沙市70%的平均水平, 比湖南省平均水平8.5‰低0.4‰,
#: 比全省平均水平8.5‰低…): with 的…水平 after the value or 水平 before it, that place's level.
COMPARED_NAMED = re.compile(r"(?:比|较|高于|低于|超过|略高于|略低于|接近|好于|不及)\s*(?P<place>全国|全省|全区|全自治区|全市|[\u4e00-\u9fff]{2,10}?(?:省|市|自治区|县|区))"
                            r"(?P<level>(?:的)?(?:平均)?水平(?:为|是|的)?|的)?\s*$")


#: A plan's year before 将 (计划到2020年，…将达到; 规划到2030年，…将突破): the 将 tells the plan's goal, not a forecast —
#: unless a contrast (:data:`CONTRAST`, 但照目前的势头) stands between them.
PLANNED_BEFORE = re.compile(r"(?:计划|规划|目标)(?:到|至|在)\s*(?:19|20)\d{2}\s*年"
                            # … and a meeting's or a work report's demand opening the sentence (会议提出，今年…将控制在…，政策符合率将达到90%以上;
                            # brief at): the goals it sets, told with 将 — not any report's (报告提出，按照目前的趋势，…将达到…: a study's
                            # projection; review of brief at)
                            r"|(?:会议|会上|工作报告)[^，,。；;！？]{0,10}?(?:提出|要求|确定|明确)[，,：:]"
                            # … or a lead-in of the year's goals (今年全市人口计生工作的目标是：常住人口将控制在…，…将下降到…), the
                            # words of ``GOAL_LEAD_IN`` (shared with ``YEAR_DEMANDED``, which differs on purpose: see it in context.py)
                            r"|" + GOAL_LEAD_IN + r"\s*[：:]")


#: A figure with this many digits (82.40, 944.72) stated twice in a text is one statement; fewer (5%, 80岁) are too common.
REPEATED_FIGURE_DIGITS = 3


@dataclass
class _SentenceState:
    context_year: int | None
    context_source: str
    period: tuple[int, int] | None = None
    coming: bool = False  # the sentence's year is that of the coming years (今后五年) counted from the present
    demanded: bool = False  # the sentence's year is a bare 全年/年末 after a meeting's demand (会议提出，年末…): its own, never carried
    told_done: bool = False  # the sentence tells a change as done or a level as reached (THIS_YEAR_DONE: …下降了, 已达到)
    pending_year: int | None = None
    compare_year: int | None = None
    transition_from: int | None = None
    transition_to: int | None = None
    average_years: int | None = None
    average_from: int = -1
    average_until: int = -1
    projection_from: int | None = None
    stable_year: tuple[int | None, str] = (None, "")
    context_past: bool = False
    named_place: str = ""  # the place an earlier clause of the sentence named for its value (not a scope word)
    named_at: int = 0  # where in the sentence the value of that clause ends
    in_sub_area: bool = False  # an earlier clause's subject was a part that is no place (郑汴一体化区域城镇人口超过600万人，…)
    foreign: bool = False  # an earlier clause's value was another country's or the world's (全球人均预期寿命为73.3岁，健康预期寿命为…)
    foreign_end: int = -1  # … where that value ended
    recent: list[int] = field(default_factory=list)  # goal years of the previous sentence (for 分别 lists)
    each_years: list[int] = field(default_factory=list)  # the years a value of the clause stands for each of (今明两年)
    undated_saved: tuple[int | None, str, bool] | None = None  # the year before a relative year of an undated text, back after its clause
    this_year: bool = False  # the sentence's year is the page's own, told relative to its date (今年, 本年度, 年内)
    review_span: tuple[int, int] | None = None  # 从“十二五”末…增加到… in a review of the past years: the period's end and the present
    sentence: str = ""  # the sentence itself (the latest five-year plan it names: :meth:`ProseReader._plan_end_ahead`)
    next_recent: list[int] = field(default_factory=list)
    results: list[ProseValue] = field(default_factory=list)


#: A sentence that is only a place and its value (全市为72.1%。, 我市则为6.2‰, 惠州市达到79.1岁): the value of the indicator the
#: sentence before stated for another place, in one year only (2020年，全国常住人口城镇化率为63.9%。; not …2020年为63.9%，2025年将
#: 达到65%。: which year the place's value is of is not said). Not a place's other figure with a word of its own (全市出生人口7.6万人
#: names its indicator; 全市为此… has no number right after the verb). The places: the shared scope words and places below the
#: county (:data:`PLACE_WORD`), 我/本 and a level (我市, 本省), or a name ending in its level (惠州市, 某某区).
SAME_MEASURE_OTHER_PLACE = re.compile(r"\s*(?:而|同期)?\s*(?:" + PLACE_WORD.pattern + r"|[我本](?:省|市|区|县|州)|[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州))"
                                      r"\s*(?:则|仅|也)?\s*(?:为|是|达到|达|约为)\s*约?\s*\d")
#: The end of the clause before a number that opens a list item in mid-line (…以下；2、…, 目标是：1、…).
ITEM_AFTER_BREAK = re.compile(r"(?:^|[；;：:。])\s*$")
#: A level of this year told as already reached (今年…已达到58%, 今年以来 is no year's level at all; not 已婚), or a change of the
#: sentence told as done (今年…性别比下降了1.2个百分点，城镇人口达到…: a summary of the year, review of brief at).
THIS_YEAR_DONE = re.compile(r"已(?!婚)|(?:达到|增加到|增长到|提高到|提升到|上升到|下降到|降低到|减少到|降至|增至|突破|超过|提高|提升|上升|增加|增长|下降|降低|减少|缩小|扩大)了")
#: A verb of reaching or holding right before this year's value (今年…城镇化率达到63%左右, 控制在…, 稳定在…): the year's goal may be
#: told so — not a bare copula or no verb (今年全市出生人口5.1万人，出生率为10.6‰ in a year-end summary; 全省今年城镇化率为49.1%).
THIS_YEAR_REACHED = re.compile(r"(?:达到|达|控制在|稳定在|保持在|提高到|提升到|上升到|增加到|增长到|下降到|降低到|降到|降至|增至|提高至|提升至|突破|超过)\s*(?:约|近)?\s*$")
#: The year source of a value dated by a year told relative to a text whose date is unknown (去年 in an undated page):
#: the value gets no year, and no default year either.
UNDATED = "a year relative to the text's date, which is unknown"

#: A whole year named after a part of a year (今年以来…，去年全年出生人口…; 1至4月份…，2009年…): the figures after it are that year's.
#: Not the base of a comparison (与去年同期相比, 比上年同期减少, 较去年): a part of that year, no whole one.
#: A bare 年末/年底 after the end of a month (截至6月末，…，年底力争…) is the year's end too.
WHOLE_YEAR_AFTER = re.compile(r"(?:19|20)\d{2}\s*年|(?<![比较与同])(?:去年|前年|上一?年)(?!同期|以来|相比)|全年|(?<![\d月上去前今本明当同])(?:年末|年底)")


def _clause_end(sentence: str, position: int) -> int:
    """Where the clause that goes on at ``position`` ends (its comma, semicolon or colon; else the sentence's end)."""
    found = CLAUSE_BREAK_OR_END.search(sentence, position)
    return found.start() if found else len(sentence)


#: Scope words that bring a sentence back to the plan's own place (or the nation): 全省, 我市, 本县, 全国.
SCOPE_WORD = re.compile(r"^(?:全|我|本)")
#: A larger place's average stated as its level, right before the value (城镇化率全省平均为73.4%, 全国平均水平是78.2岁): that
#: scope's figure. Masking reads 全省平均 as a comparison (高于全省平均水平), which it is when no value follows it.
AVERAGE_OF_SCOPE = re.compile(r"(?P<scope>全国|全省|全自治区|全区|全市)的?平均(?:水平|值)?\s*(?:为|是|达到?)\s*(?:约\s*)?$")
#: A neighbouring place as the topic of the value's clause, the value right after it, its indicator perhaps named again
#: (而邻近的邵阳市只有77.2岁, 同处湘南的郴州市则为78.1岁, 邻近的邵阳市人均预期寿命只有77.2岁): that place's figure. Masking
#: blanks 邻近…市 as a neighbour of the text's place, which it is when no value of its own follows (高于邻近的邵阳市).
NEIGHBOUR_TOPIC = re.compile(r"\s*(?:而|但|相比之下)?\s*(?:邻近|相邻|毗邻|周边|同处[^，,。；;、\d]{1,8}?)的")
NEIGHBOUR_VERB = re.compile(r"\s*(?:则|也|却)?\s*(?:只有|仅有|仅为|仅|只|才|为|是|达到|达|有)?\s*(?:约\s*)?")
#: A place named by its rank right before the value's clause (最高的是长沙，80.2岁；其次是株洲，79.6岁; 第三为湘潭，为79.1岁): the
#: value is that place's.
RANKED_PLACE = re.compile(r"(?:最高的?(?:是|为)|最低的?(?:是|为)|其次(?:是|为)|再次(?:是|为)|第[二三四五六七八九十](?:位)?(?:是|为)|排名?第[一二三四五六七八九十]的?(?:是|为)"
                          r"|居首的?(?:是|为))\s*(?P<place>[\u4e00-\u9fff]{2,10}?)\s*[,，]\s*$")


def _dated_by_body(headline: list[ProseValue], body: list[ProseValue]) -> list[ProseValue]:
    """A headline's value without a year of its own (山东省总人口已达9470万 over a body saying 2009年末，全省总人口已达9470万)
    is the body's statement of it: it takes the year of the body's value of the same indicator, number and unit, when
    the body states it for one year only (never a guess between two)."""
    out = []
    for value in headline:
        same = {(v.year, v.period_start) for v in body if v.code == value.code and not v.is_change and v.value.number == value.value.number
                and v.value.unit == value.value.unit and v.line.index != value.line.index}
        if len(same) == 1:
            year, start = same.pop()
            twin = next(v for v in body if v.code == value.code and not v.is_change and v.value.number == value.value.number and v.value.unit == value.value.unit and v.year == year)
            out.append(replace(value, year=year, period_start=start, past=twin.past, projection=twin.projection, goal=twin.goal,
                               forecast=twin.forecast, year_source=f"the body's statement of the same value (line {twin.line.number})"))
    return out


#: A year written in a heading: such a heading dates its own figures and is not read by the body's statement of them.
HEADING_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|[“\"]?十[一二三四五]五[”\"]?")
#: What may stand between the figures of a heading of figures only (8%、500万人): separators.
FIGURE_SEPARATORS = re.compile(r"[\s、,，;；/|·•●■◆★]*")


def _forecast_by_body(headline: list[ProseValue], body: list[ProseValue]) -> None:
    """A headline's value with its own year and no word of a goal, a forecast or the past (沪2020年常住人口达2250万) that the
    body states only as a forecast (预计到2015年全市常住人口为2140万人，2020年为2250万人: the same indicator, place, number,
    unit and year) is that forecast, a projection as the body's; a body that states it as a goal, or as both, leaves it as
    it is. The headline's values are changed in place."""
    for value in headline:
        if value.is_change or value.projection or value.forecast or value.goal or value.past:
            continue
        same = [v for v in body if v.line.index != value.line.index and not v.is_change and v.code == value.code and v.year == value.year
                and v.entity == value.entity and v.value.number == value.value.number and v.value.unit == value.value.unit]
        if same and all(v.projection or v.forecast for v in same):
            value.projection, value.forecast = True, any(v.forecast for v in same)


#: A headline dated only by a five-year period's name (“十三五”期间某某省人均预期寿命由76.3岁升至77.6岁): no written year.
PERIOD_LABEL_ONLY = re.compile(r"^(?!.*(?:19|20)\d{2}).*十[一二三四五]?五")


def _period_label_by_body(headline: list[ProseValue], body: list[ProseValue]) -> None:
    """A headline's level dated only by a five-year period's label (:data:`PERIOD_LABEL_ONLY`) that the body states with its own
    year (2015年至2019年底，…由76.3岁升至77.6岁): the body's year and kind overrule the label's (forms handout Bd, 10) — when the body
    states the same indicator, number and unit for one year only, of the same place or of its own scope word (全省) or none. The headline's values are changed in place."""
    for value in headline:
        if value.is_change or not PERIOD_LABEL_ONLY.match(value.line.text):
            continue
        same = [v for v in body if v.line.index != value.line.index and not v.is_change and v.code == value.code
                and (v.entity == value.entity or not v.entity or SCOPE_WORD.match(v.entity))  # 全省 in the body of 己省's headline
                and v.value.number == value.value.number and v.value.unit == value.value.unit and v.year is not None]
        if same and len({v.year for v in same}) == 1 and value.year != same[0].year:
            twin = same[0]
            value.year, value.period_start, value.past, value.projection, value.goal, value.forecast = (
                twin.year, twin.period_start, twin.past, twin.projection, twin.goal, twin.forecast)
            value.year_source = f"the body's statement of the same value (line {twin.line.number})"


def _heading_figures(headings: list[tuple[PlanLine, list[Value], set[str]]], body: list[ProseValue]) -> list[ProseValue]:
    """The figures a heading states with no year of its own (a press report's heading of figures over its paragraph:
    8%、500万人 over 《纲要》中指出，…到2035年达到500万人; 600万本省农业人口落户城镇 over …实现不少于600万本省…落户城镇):
    each is the statement of it in the lines below the heading, up to the next heading — it takes that value's indicator,
    place, year and kind when the lines state the same number with the same unit as a level once only (one indicator, place
    and year: never a guess between two). ``headings`` are each heading line with its figures and the codes it names (by
    the codebook or by words after a count); a heading that names codes takes only a value of one of them."""
    out = []
    # the body's levels in line order, each heading's section found by bisection: the work is linear in the body, not the
    # body times the headings (a page of thousands of short lines, each a heading: review rv_dv finding 8)
    levels = sorted((v for v in body if not v.is_change and v.year_source == "sentence"), key=lambda v: v.line.index)
    indices = [v.line.index for v in levels]
    for position, (line, figures, codes) in enumerate(headings):
        if not figures:
            continue
        budget.check()
        end = headings[position + 1][0].index if position + 1 < len(headings) else None
        section = levels[bisect_right(indices, line.index) : bisect_left(indices, end) if end is not None else len(levels)]
        for figure in figures:
            same = [v for v in section if v.value.number == figure.number and v.value.unit == figure.unit and (not codes or v.code in codes)]
            if len({(v.code, v.entity, v.year, v.period_start) for v in same}) != 1:
                continue
            twin = same[0]
            out.append(replace(twin, line=line, value=figure, label=line.text.strip(), quote_start=0,
                               year_source=f"the body's statement of the heading's figure (line {twin.line.number})"))
    return out


#: A heading that states plain 人口 and a figure (人口控制在260万, 人口规模260万): no sentence, no year, no scope of the whole
#: place (全市, 常住, 总人口).
PLAIN_POPULATION_HEADING = re.compile(r"^\s*(?:[\d一二三四五六七八九十]+\s*[、.．)）]\s*)?人口(?:规模)?(?:将|要)?(?:控制在|不超过|达到|达|为|约)?\s*\d")


def _central_heading(results: list[ProseValue]) -> list[ProseValue]:
    """A heading of plain 人口 and a figure (人口控制在260万) next to a sentence stating the central area's population with the
    same figure (到2020年，柳州市中心城区常住人口将控制在260万人以内。, within two lines above or below it) repeats that figure:
    it takes the sentence's indicator, year, kind and qualifier, not the place's whole population (brief gv, form 5). A heading
    with a year of its own, or next to a statement of the place's whole population with that figure, is left as read."""
    out = []
    for value in results:
        text = value.line.text.strip()
        if (value.code != "pop_resident" or value.is_change or len(text) > 24 or re.search(r"[。;；！？!?,，]", text) or HEADING_YEAR.search(text)
                or not PLAIN_POPULATION_HEADING.match(text)):
            out.append(value)
            continue
        near = [v for v in results if v is not value and not v.is_change and abs(v.line.index - value.line.index) <= 2 and v.line.index != value.line.index
                and v.value.number == value.value.number and v.value.unit == value.value.unit and (not value.entity or v.entity == value.entity)]
        twins = {(v.code, v.year, v.period_start) for v in near}
        if len(twins) != 1 or next(iter(twins))[0] != "pop_central_urban":
            out.append(value)
            continue
        twin = near[0]
        figure = replace(value.value, qualifier=twin.value.qualifier, low=twin.value.low, high=twin.value.high)
        out.append(replace(twin, line=value.line, value=figure, label=text, quote_start=0,
                           year_source=f"the central area's figure stated next to the heading (line {twin.line.number})"))
    return out


def paragraph_band(mentions: list[Mention], any_words: bool = False) -> set[str]:
    """The age bands of the older population named in ``mentions`` (:func:`elderly_band`'s test: a banded code, 老 in its words;
    with ``any_words`` any banded code, 65岁及以上人口占比 too: a second band named so blocks the carry, review of gv, finding 9)."""
    return {band.group(1) for m in mentions if (band := re.fullmatch(r"(?:pop|share)_(60plus|65plus)", m.code)) and (any_words or "老" in m.label)}


def elderly_band(before: list[Mention]) -> str | None:
    """The age band the sentence gave the older population before naming it without one (60岁以上的老年人口…，老年人口比重):
    ``60plus`` or ``65plus`` from the last banded mention of older people (a 老 in its words), else ``None``."""
    for mention in reversed(before):
        band = re.fullmatch(r"(?:pop|share)_(60plus|65plus)", mention.code)
        if band and "老" in mention.label:
            return band.group(1)
    return None


def _restated_bound(value: ProseValue, results: list[ProseValue]) -> bool:
    """A bound that restates, later in the sentence, the exact level just given (城镇常住人口占总人口的比重已经达到了60.6%，是第一次
    超过60%; 常住人口达到1002万人，首次突破1000万): the threshold crossed, no level of its own."""
    if value.is_change or value.value.qualifier not in ("gt", "above") or value.value.number is None:
        return False
    return any(
        other is not value and not other.is_change and other.code == value.code and (other.entity == value.entity or not value.entity) and other.year == value.year
        and other.value.qualifier == "none" and other.value.number is not None and other.value.start < value.value.start
        and other.value.number >= value.value.number
        for other in results
    )


#: A population compared with another right before the value (城镇人口将首次超过农村人口突破7亿): the one outnumbered is no subject.
OUTNUMBERED = re.compile(r"(?:首次|首度|将)?(?:超过|超出|多于|少于|高于|低于)\s*$")


#: The longest piece of text read as one sentence (characters). The sentences of plans are shorter
#: (the longest of the seeds and the corpus has 296); a longer run without 。！？ — a line of
#: numbers, a list of thousands of items, a page whose full stops were lost — is read in pieces
#: cut at a clause break (else at a character that is not part of a number), so the work per
#: value is bounded and reading a text is linear in its length whatever its shape.
MAX_SENTENCE = 600
_CUT = re.compile(r"[,，;；:：、\s]")
_NUMBER_CHARS = frozenset("0123456789.~%‰")


#: An uncoded group named inside the population an indicator word names, then its count (老年人口中失能半失能老人约12万人):
#: the group's count, never the population's (常住人口中劳动年龄人口达到560万人 names a coded group and is read for it).
SUBGROUP_COUNT = re.compile(r"中\s*[\u4e00-\u9fff]{2,12}?(?:约|达到|达|为|有|共|超过|近)?\s*")


#: What follows a part of a place that is the subject of its clause: an indicator word or the plan's 规划 (皖江城市带城镇化率,
#: 汽车城规划占地面积…规划总人口), not 的 or a clause break (成渝城市群的重要节点城市, 融入长三角城市群，常住人口…).
SUBJECT_AFTER_AREA = re.compile(r"(?:规划|常住|户籍|城镇|总人口|人口|城市人口|[\u4e00-\u9fff]{0,8}?率)")


def now_clause(before: str) -> bool:
    """The clause a value ends opens on the present and sets no goal itself (…，目前已达到58%: :data:`NOW_OPENING`)."""
    own = re.split(r"[，,；;：:]", before)[-1]
    opening = NOW_OPENING.match(own)
    return (opening is not None and not GOAL_WORDS.search(own) and not PROJECTION_MARKER.search(own)
            and not NOW_OF_SUBGROUP.match(own, opening.end()))


def sub_area(before: str) -> bool:
    """Whether the subject of a value is a part of a place that is no gazetteer place (see ``SUB_AREA``): the last
    such name opening a clause before the value, with no place name or scope word (全省, 我市) after it."""
    last = None
    for last in SUB_AREA.finditer(before):
        pass
    if last is None:
        return False
    between = before[last.end() :]
    if not SUBJECT_AFTER_AREA.match(between):
        return False  # 融入长三角城市群，常住人口…, 成渝城市群的重要节点城市: the area is no subject
    return not (names_pattern().search(between) or SCOPE_IN_CLAUSE.search(between))


#: A figure referred back to (这一数据, 该数字, 这个差距) in a clause naming no indicator: the figure stated before it in the sentence.
FIGURE_BACK = re.compile(r"(?:这一|这个|该|此)(?:数据|数字|数值|差距|差值|差额)|差距")
#: A difference between two places or groups stated before (比宁波市多6.1万人, 较全省高1.2), not a change over time (比上年多): a
#: figure referred back to is a difference too.
DIFFERENCE_STATED = re.compile(r"(?:(?<![占的])比(?![重例率])|较)(?!上年|去年|上一年|前一年|同期|(?:19|20)\d{2}\s*年)[^，,。；;\d]{1,12}?(?:多|少|高|低)(?:出|了)?\s*约?\s*\d")


#: A year clause opening a sentence (到2030年，, 2020年，): what comes after it opens the sentence's matter.
LEADING_YEAR = re.compile(r"\s*(?:到|至|预计到|力争到)?\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*[，,]?")


#: What a part of a place opening a sentence is measured by, right after its name (汽车城规划占地面积, 新城规划人口, 园区常住人口):
#: not a verb (依托高新区规划建设，…: the area is no subject).
PART_MEASURE = re.compile(r"(?:规划)?(?:总?(?:占地|用地|建设用地)(?:面积|规模)?|面积|常住|户籍|城镇|总人口|人口)")


def sub_area_opens(before: str) -> bool:
    """Whether a sentence (or its part after a semicolon) opens (after a year clause) with a part of a place that is no gazetteer place as its subject
    (see :func:`sub_area`: 汽车城规划占地面积…), with no place name or scope word after it: the clauses after it that name no
    place go on about the part (…，规划总人口约100万人), though they name an indicator of their own."""
    before = re.split(r"[；;]", before)[-1]  # a sentence goes on after a semicolon with another matter
    lead = LEADING_YEAR.match(before)
    opening = before[lead.end() :] if lead else before
    areas = list(SUB_AREA.finditer(opening))
    return (len(areas) == 1 and areas[0].start() == 0 and PART_MEASURE.match(opening, areas[0].end()) is not None
            and not names_pattern().search(opening[areas[0].end() :]) and not SCOPE_IN_CLAUSE.search(opening, areas[0].end()))


#: A part of a place right before its registered or resident population (城镇户籍人口, 城镇居民户籍人口, 县城常住人口, 县级市城区
#: 常住人口, 镇区常住人口): the part's population (uncoded), never the place's total.
#: A registration group before the resident population (本市户籍常住人口, 非本市户籍常住人口) and 非 before the registered
#: population (非户籍人口): a part of the residents, never the place's residents or its registered population.
PART_POPULATION = re.compile(r"(?:城镇居民|城镇|县城|城区|镇区|建成区)\s*$")
REGISTRATION_PART = {"pop_resident": re.compile(r"户籍\s*$"), "pop_hukou": re.compile(r"非(?:本[市省区县])?\s*$")}
#: A scope word inside a clause (全省, 我市, 全区): the plan's own place again.
SCOPE_IN_CLAUSE = re.compile(SCOPE_WORDS)
#: The text's own place as the writer names it (我市, 本市, 我区, 本县, 我州): never a place carried from a clause before (2015年，全国…为
#: 56.1%，我市…为71%: the city's); in a city's text also its urban districts (市区…, not 城市区域 or 都市区), a part of it, never its province.
OWN_PLACE_WORD = re.compile(r"(?:我|本)(?:市|区|县|州|盟|旗)")
CITY_PART_WORD = re.compile(r"(?<![城都])市区(?!域)")
#: … ending the text before a value (全市|, 我省|): the clause's subject.
SCOPE_BEFORE = re.compile(SCOPE_IN_CLAUSE.pattern + r"$")
#: A sentence opening with a place that states or sets what follows (云南的目标是，到2015年…; 云南省提出，到2020年…): the
#: subject of the clauses after it that name no place of their own.
SUBJECT_OPENING = re.compile(r"\s*(?P<place>[\u4e00-\u9fff]{2,8}?)(?:的(?:目标|发展目标|总体目标)(?:是|为)|(?:还)?(?:提出|明确|计划|要求|力争|确定))[，,：:]\s*$")


def still_reviewed(before: str) -> bool:
    """A review (:data:`REVIEWED`) before a value in its sentence, not ended by a year written after it that is later than the
    year or the end of the five-year period it names (:data:`REVIEWED_WHAT`)."""
    reviews = list(REVIEWED.finditer(before))
    if not reviews:
        return False
    named = REVIEWED_WHAT.match(before, reviews[-1].start())
    if named is None:
        return True
    reviewed = int(named.group("year")) if named.group("year") else FIVE_YEAR_PLANS[named.group("name")][1]
    return all(int(year) <= reviewed for year in re.findall(r"((?:19|20)\d{2})\s*年", before[named.end():]))


def place_group(clause: str, own: str) -> bool:
    """Whether a clause names three or more places joined by 、 (或 和, 及, 与) — or two and 等, an open class (:data:`OPEN_CLASS`) — as its subject, with no 分别, 均, 都, 全部 or
    各 after them (:data:`EACH_AFTER_GROUP`)
    and the plan's own place ``own`` not among them (上海、北京、天津常住人口城镇化率超70% in a page of the nation — not
    广东、江苏、浙江城镇化率分别为…). Two places (兰州、白银城镇化率超过60%), or a group with the plan's own place, may be
    a plan's cities sharing one goal, and stay."""
    names = list(names_pattern().finditer(clause))
    for first, second in zip(names, names[1:]):
        if clause[first.end() : second.start()] in ("、", "和", "及", "与") and OPEN_CLASS.match(clause, second.end()) and not EACH_AFTER_GROUP.search(clause, second.end()):
            # 西藏、青海等省区孕产妇死亡率仍在30/10万以上: two places and 等 name an open class of places (brief fv)
            if clause[: first.start()].strip() or COMPARISON_AFTER_GROUP.search(clause, second.end()):
                return False
            return not any((place := by_name(m.group())) is not None and place.name == own for m in names if m.start() >= first.start())
    for first, second, third in zip(names, names[1:], names[2:]):
        if all(clause[a.end() : b.start()] in ("、", "和", "及", "与") for a, b in ((first, second), (second, third))) and not EACH_AFTER_GROUP.search(clause, third.end()):
            if clause[: first.start()].strip() or COMPARISON_AFTER_GROUP.search(clause, third.end()):
                return False  # 与北京、上海、广州相比，…: the places are no subject
            group = [m for m in names if m.start() >= first.start()]
            return not any((place := by_name(m.group())) is not None and place.name == own for m in group)
    return False


#: 占 right after a count's name, then its percentage (外省流入人口占8.5%, 流动人口占比为12%): the share of that count in its clause.
OWN_SHARE = re.compile(r"\s*(?:的)?(?:占|所占)(?:比|比重|比例)?\s*(?:为|达到?|约|近)*\s*")
#: 等 after places joined (西藏、青海等省区, 长沙、株洲等城市, 甲、乙等3个县): an open class of places, however many are named.
OPEN_CLASS = re.compile(r"\s*等\s*(?:\d+|[一二三四五六七八九十两]+)?\s*(?:个)?(?:省区|省份|省市|地区|城市|市州|地市|区县|县区|县市|市县|省|市|县|区|州|地)")
COMPARISON_AFTER_GROUP = re.compile(r"比|较|相比|高于|低于|同比|之外|以外|中")
#: After the places of a group, a word giving each its own figure (广东、江苏、浙江城镇化率分别为…; 合肥、芜湖、马鞍山常住人口
#: 城镇化率均达到75%以上 — each city's goal, not a threshold the places pass together). The 均 of 人均, 平均 (上海、天津和浙江三个
#: 省市的人均预期寿命超过81岁) is the indicator's name, no word of each (brief gv, form 8).
EACH_AFTER_GROUP = re.compile(r"分别|(?<![人平])均|都|全部|各")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """The sentences of a line (start, end, text), none longer than :data:`MAX_SENTENCE`."""
    out = []
    for match in SENTENCE.finditer(text):
        start, end = match.span()
        while end - start > MAX_SENTENCE:
            limit = start + MAX_SENTENCE
            breaks = [m.end() for m in _CUT.finditer(text, start + MAX_SENTENCE // 2, limit)]
            cut = breaks[-1] if breaks else limit
            if not breaks:
                while cut > start + MAX_SENTENCE // 2 and (text[cut - 1] in _NUMBER_CHARS or text[cut] in _NUMBER_CHARS):
                    cut -= 1
                if cut <= start + MAX_SENTENCE // 2:
                    cut = limit
            out.append((start, cut, text[start:cut]))
            start = cut
        out.append((start, end, text[start:end]))
    return out


#: A population followed by the number of cities of that size (200万以上城市4个, 50万至100万的城市有9个): a class bound.
#: The bounds may be a list of classes before the counted cities (100万—200万、200万—400万、400万以上人口的地级以上城市
#: 分别有96个、46个和22个; 50万至100万人口的中等城市达7个).
SIZE_CLASS_COUNT = re.compile(r"[\d.万千—\-~～至到、和及以上下人口]*?\s*(?:的)?(?:地级及?以上|县级)?(?:特大|超大|大|中等|小)?(?:城市|城镇|县城|建制镇)"
                              r"(?:分别)?(?:有|达到|达|为|共有)?\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|座)")
#: A bound written once for a group of places (上海、北京、天津常住人口城镇化率超70%, 贵州、云南、甘肃城镇化率不足50%):
#: the threshold the group passes, no level of any of them (a 分别 list gives each its own value and is read as such).
GROUP_BOUNDS = frozenset({"gt", "lt", "ge", "le", "above", "below"})
#: A national document cited as saying what follows (《“健康中国2030”规划纲要》要求，…; 按照《中国妇女发展纲要》提出的…; 《国家人口发展规划
#: （2016—2030年）》明确，…): in a text below the nation, the values after it are the nation's goals until a scope word (我省, 全市) or
#: a place's name takes the sentence back (…，我省目标为80岁) — the nation's, never the text's place's (brief fv).
#: A title opening with 国家, 全国 or 中国 at a clause's start, with neither 全国 nor the text's scope after it, is withheld before
#: this is reached (``QUOTED_REQUIREMENT`` and ``NATIONAL_TITLE`` in ``not_values.py``: read as 国家要求 is; brief lf).
NATION_DOCUMENT_SAYS = re.compile(r"《(?P<title>[^《》]{0,30}?(?:中国|国家|全国)[^《》]{0,30})》[^，,;；。]{0,8}?(?:要求|提出|明确|规定|确定|指出|设定)")
#: … not a document the text's place follows (按照《国家人口发展规划》提出的要求, 依据《国家新型城镇化规划》确定的目标: the place's own goal
#: after it) nor one whose title names a place (《株洲市创建国家卫生城市工作方案》明确, 《湖南省贯彻〈“健康中国2030”规划纲要〉实施方案》提出:
#: a local document; brief xfv).
DOCUMENT_FOLLOWED = re.compile(r"(?:按照|根据|依据|遵照|参照|对照|落实|贯彻|贯彻落实|执行)\s*$")


def nation_document_cited(sentence: str, end: int, followed: bool = False) -> re.Match[str] | None:
    """The first national document cited before ``end`` as saying what follows (:data:`NATION_DOCUMENT_SAYS`), never a local
    one; one the place follows (:data:`DOCUMENT_FOLLOWED`) only when ``followed``, else only one it does not follow."""
    for cited in NATION_DOCUMENT_SAYS.finditer(sentence, 0, end):
        if names_pattern().search(cited.group("title")):
            continue
        if bool(DOCUMENT_FOLLOWED.search(sentence, max(0, cited.start() - 6), cited.start())) == followed:
            return cited
    return None
#: A value in brackets right after its year: 较2023年（961.54万人）.
YEAR_THEN_BRACKET = re.compile(r"((?:19|20)\d{2})年\s*[(（]\s*$")


#: A forecaster's estimate (预计, 估计, 预测): with a word of the present (目前…预计为), an estimate of the present.
ESTIMATE = re.compile(r"预计|估计|预测|推算|测算")
#: The start of a change with its own year: 由2010年的, 从2015年的, 由2010年末.
START_OF_CHANGE = re.compile(r"(?:由|从)\s*(?:19|20)\d{2}\s*年(?:末|底)?的?\s*$")
#: Words that make a transition's end a goal when neither its year nor its section tells.
GOAL_MARKERS = re.compile(r"力争|确保|将|预计|目标|规划期|到(?:19|20)\d\d年")


#: Crude vital rates (per 1000): none of them is above 3% (30‰) in a plan of this century, so a
#: larger "%" value of one is a per-mille rate whose ‰ was lost.
CRUDE_RATES = frozenset({"birth_rate", "death_rate", "natural_growth_rate", "natural_growth_rate_hukou"})
PERCENT_AS_PER_MILLE_ABOVE = 3.0
#: A sex ratio at birth (males per 100 females) printed with % (出生人口性别比控制在115%以内): the ratio itself when the number
#: is one a ratio of births can be — from the lowest to the highest SRB any Chinese census recorded in a province, with a
#: margin (about 100 to 130, so 90 to 140 here); a smaller % after it (下降超出正常部分10%) is a change or a share, not the ratio.
SRB_AS_PERCENT = (90.0, 140.0)
#: A bare 占比 before a share (户籍人口达到500万人，占比提升至46.3%), and the whole a share named before it in the sentence is of
#: (占常住人口比例): the bare one is of the same whole.
BARE_SHARE = re.compile(r"占比(?:为|达|约|达到|提升至|提升到|提高至|提高到|下降至|降至)?\s*$")
SHARE_WHOLE = re.compile(r"占(?:全国|全省|全区|全市|全县)?(?:的)?(?:常住人口|总人口|户籍人口|全市常住人口)(?:的)?(?:比重|比例)")
#: The area of a density spelled out right before its number (每平方公里, 每平方千米有): where the year of the value is told, the
#: words before it are read as if the unit stood after the number (由每平方公里311人 is the start of a transition).
AREA_SPELLED = re.compile(r"每\s*(?:平方公里|平方千米|km2|km²)\s*(?:有|为|约|达到?)?\s*(?:约|近)?\s*$")
#: …and with the verb before it, where the density is read (人口密度每平方公里410人, 为每平方千米约410人): one form, brief xlo.
PER_KM2_BEFORE = re.compile(r"(?:为|是|达到?)?\s*" + AREA_SPELLED.pattern)
#: The start of a density's transition spelled out the same way, between the density's name and the end's 每平方公里
#: (人口密度由2010年的每平方公里311人增加到2020年的每平方公里314人): the end is a density too.
PER_KM2_TRANSITION = re.compile(r"\s*(?:由|从)\s*(?:(?:19|20)\d{2}\s*年(?:末|底)?的?)?\s*每\s*(?:平方公里|平方千米|km2|km²)\s*(?:有|为|约)?\s*\d+(?:\.\d+)?\s*人"
                                r"\s*(?:增加|增长|提高|上升|减少|下降|降低|升|降|增|减)?(?:到|至)\s*(?:(?:19|20)\d{2}\s*年(?:末|底)?的?)?\s*")
#: The denominator of a rate per 100 000 spelled out before its number (孕产妇死亡率控制在每10万人18人以下, 每十万活产中有15例).
PER_100K_BEFORE = re.compile(r"每\s*(?:10\s*万|十万|100000|100\s*000)\s*(?:人|名|例)?\s*(?:活产儿?|产妇|孕产妇|出生)?\s*中?\s*(?:有|为|约)?\s*$")
#: How far (percentage points) an unqualified urbanisation rate may be from the non-agricultural share of the registered
#: population stated before it in its sentence and still be that share: a rate printed to the whole percent is within 0.5
#: of the quotient (953/1307 = 72.9% → 73%), and 0.1 more allows for the counts' own rounding.
HUKOU_BASIS_TOLERANCE = 0.6


#: A heading of the registered population's section (（二）户籍人口, 户籍人口变动情况), a bare noun phrase naming it: an unqualified
#: natural growth rate under it is the registered population's (a heading naming 常住 too is about both, and stays; 户籍人口城镇化
#: is another matter). Before 户籍人口 only the heading's number, a year, and the place (全市, 我省, a place's name: checked by
#: :func:`hukou_section`) — a verb phrase (稳步提升户籍人口, 有序扩大户籍人口) is a policy's heading, no section of the count.
HUKOU_SECTION = re.compile(r"^\s*(?:" + HEADING_NUMBER + "|" + SPACED_NUMBER + r")?"
                           r"\s*(?:(?:19|20)\d{2}年(?:末|底)?)?(?P<scope>[^\s，,。；;、：:]*?)(?:的)?户籍人口(?:的)?(?:规模|总量)?(?:变动|变化|发展)?(?:情况|状况)?\s*[：:。]?\s*$")
HUKOU_SCOPE = re.compile(r"(?:全|我|本)[省市区县州]")


def hukou_section(heading: str) -> bool:
    """Whether ``heading`` is the registered population's section (:data:`HUKOU_SECTION`, its scope a place or none)."""
    match = HUKOU_SECTION.match(heading)
    if match is None:
        return False
    scope = match.group("scope")
    if not scope or HUKOU_SCOPE.fullmatch(scope):
        return True
    at = 0  # the scope is names of places and nothing else (湖南省长沙市)
    for found in names_pattern().finditer(scope):
        if found.start() != at:
            return False
        at = found.end()
    return at == len(scope)


def _hukou_basis(results: list[ProseValue]) -> None:
    """An unqualified urbanisation rate (城市化水平, 城镇化率 — not 常住人口城镇化率) of a sentence that states the registered
    population and its non-agricultural part (1998年全市户籍人口为1307万人，其中非农业人口为953万人，城市化水平达73%) is the
    registered-population (hukou) rate when it is their quotient (:data:`HUKOU_BASIS_TOLERANCE`); recoded in place. Over
    a resident population (实际居住人口1600万, 非农人口1360万, 城市化水平85%) it stays the resident rate."""
    def levels(code: str) -> list[ProseValue]:
        return [r for r in results if r.code == code and not r.is_change and r.value.number and r.value.unit in ("10k persons", "persons")]

    pairs = [(h, n) for h in levels("pop_hukou") for n in levels("pop_nonagricultural_hukou") if h.year == n.year and h.value.unit == n.value.unit]
    for rate in results:
        if rate.code != "urbanization_resident" or rate.is_change or rate.value.unit != "%" or rate.value.number is None or rate.label.startswith("常住"):
            continue
        if any(h.year == rate.year and abs(n.value.number / h.value.number * 100 - rate.value.number) <= HUKOU_BASIS_TOLERANCE for h, n in pairs):
            rate.code = "urbanization_hukou"


#: A count's size in 万 by its unit (see NATION_ONLY_POPULATION).
_TEN_THOUSANDS = {"10k persons": 1.0, "100m persons": 10000.0, "persons": 0.0001}
#: A value right after 男性/女性 (男/女) — 人均预期寿命82.4岁（男性80.5岁，女性84.4岁）, 其中男性…、女性… — is the
#: indicator's value for that sex, where the codebook has one (life_expectancy_male, life_expectancy_female).
#: A rate the codebook lacks, named right after an indicator word that only qualifies it (常住人口|节育措施落实率、及时率达到,
#: 65周岁以上老年人|健康档案建档率也将达到):
#: the value is that rate's, not the indicator's nor one named earlier in the sentence.
MODIFIED_RATE = re.compile(r"[\u4e00-\u9fff]{2,10}?率(?:[、和及与][\u4e00-\u9fff]{1,10}?率)*\s*(?:也|还|均|都)?(?:将|要|会)?\s*(?:为|是|达到|达|保持在|控制在|提高到|提高至|稳定在|在)?\s*")
#: After a comparison's verb and scope (高于全国女性74.1岁, 好于全自治区男性…: the words of
#: :data:`analysis.extract.prose.not_values.OTHER_LEVEL`) the sex names the other place's indicator; where the clause's
#: mention is the other sex's (男性平均预期寿命为76.1岁，低于全国女性79.4岁) the code becomes the named sex's, or the value is
#: not read where the codebook has no code of it (brief xwc).
SEX_BEFORE = re.compile(rf"(?:^|[(（,，、;；\s]|其中|{COMPARED_VERB}\s*(?:{OTHER_NAMED})?{OTHER_SCOPE}(?:平均)?)(男|女)性?(?:为|是|达|达到)?\s*$")
SEXES = {"男": "male", "女": "female"}
#: A value right after the urban or rural part of the place's population, named after the indicator (婴儿死亡率城市为4.5‰，
#: 农村为9.6‰; 孕产妇死亡率为20.1/10万，其中城市18.2/10万; 常住人口500万，其中城镇300万): that part's level, not the
#: place's — withheld (the codebook has no urban or rural code of a rate). Not 城镇人口, 城市人口 or 城镇化率, which name
#: an indicator between the part and the value.
AREA_PART_BEFORE = re.compile(r"(?:^|[率数比口,，、;；\s]|其中)(?:城市|农村|城镇|乡村|城区)(?:地区|居民)?(?:中)?(?:为|是|达|达到|分别为)?\s*$")
#: A question (ends with ？ and asks: 什么, 吗, 能否 …): a threshold crossed inside it (过千万, 突破1000万) is asked
#: about, not stated.
ASKED = re.compile(r"(?:什么|吗|能否|是否|会不会|能不能|怎样|怎么|如何|哪|多少|几)[^。！!]*[?？]\s*$")
#: The coming years of a term (今后五年, 未来5年, 今后两年, 此后十年; :data:`analysis.extract.meta.YEARS_AHEAD`): counted from the
#: text's latest observed year, a report's goals of its term (brief wr); not 未来五年的发展 in a text of unknown date, which takes
#: no year. They date only their own sentence, and only one told as a goal after them (要, 力争, 将, 确保, 目标, 达到) with no word of
#: a record or a review (已, 回顾, 完成, 过去: 今后五年是…关键时期 / 上届政府提出的今后五年奋斗目标…已经完成; brief fy).
#: Words before a transition's 从/由 that tell it ahead, not as the review's (今后，…将从…, …要从…; brief fy).
SPAN_AHEAD = re.compile(r"今后|未来|将|要|力争|确保|争取|预计|目标|计划")
COMING_GOAL = re.compile(r"要|力争|将|确保|目标|达")
COMING_RECORD = re.compile(r"已|回顾|完成|过去|以来|" + OLDER_TERM)  # and an older term's goals quoted (brief xtime)
#: A year or a five-year period written in a sentence (2016年, “十三五”, 十二五末).
ANY_YEAR_OR_PERIOD = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年|十[一二三四五]?五")
#: Since a past year or period (2008年以来, “十三五”以来, 六普以来): a level with no year of its own in such a
#: sentence is the present one, the plan's base year (控制在, 保持在, 稳定在 there say what was kept, not a goal).
#: A record of the past years up to now (5年来, 五年来, 过去五年, 近年来, 近五年, 多年来, 这些年): the same — 5年来，人口自然
#:增长率保持在5‰左右 is a baseline over the past period, never a goal of the period's end.
SINCE = re.compile(r"(?:(?:19|20)\d{2}\s*年(?:\d{1,2}月(?:\d{1,2}日)?)?|十[一二三四五]?五”?|[五六七]普)[^。；;，,]{0,12}?以来"
                   r"|(?<![\d０-９])(?:[\d０-９]+|[一二三四五六七八九十两几]+)年(?:多)?来|(?:近|多|历)年来|过去(?:的)?(?:[\d０-９]+|[一二三四五六七八九十两几]+)年"
                   r"|近(?:[\d０-９]+|[一二三四五六七八九十两几]+)年(?!内)|这(?:些|几)年(?!内)")
#: Words that introduce a forecast for what follows in the paragraph: 据测算, 据预测, 经测算, 课题组预测得出,
#: 测算结果显示, 预测表明 — the sentences after them on the same line are projections too …
FORECAST_LEAD = re.compile(r"(?:据|经|根据|通过)(?:测算|预测|推算)|(?:预测|测算|推算)(?:得出|结果|显示|表明)"
                           # … a plan's own forecast opening the paragraph (规划预测，2020年末…。预计2025年…。2035年前后，…: brief gv, form 7),
                           # told as the lead-in of what follows (a comma or colon after it): not a method note (本规划预测期为2021—2035年,
                           # 规划测算以…数据为基础: review of gv, finding 3)
                           r"|^\s*(?:[“\"]?《?[^，,。]{0,12}》?)?(?:规划|本规划)(?:预测|测算)(?:显示|表明|结果显示|结果表明)?\s*[，,:：]")
#: … unless a sentence states a goal of its own (目标, 力争, 规划提出, 要求).
GOAL_LEAD = re.compile(r"目标|力争|确保|规划提出|《规划》提出|要求")
#: A sentence that names no indicator and only gives years and their values, after a forecaster's lead-in or none
#: (根据预测，2015年将达到28.1%，2020年为34.1%; a source's, 据此前公布的数据，2015年是76.3岁): the series of the indicator the
#: sentence before ended with, continued.
_SERIES_ITEM = r"(?:到|至)?(?:19|20)\d{2}\s*年(?:末|底)?\s*(?:将|可能|预计|或将|有望)?\s*(?:达到|达|为|是|升至|上升到|上升至|提高到|提高至|增至|增加到|降至|下降到)\s*"
SERIES_GOES_ON = re.compile(r"\s*(?:(?:据|经|根据|按照?)(?:测算|预测|推算)|预计|预测|"
                            r"(?:据|根据)(?:此前|之前|早前|以往)?(?:公布|发布|统计|监测)的?(?:数据|资料|结果)?(?:显示|表明)?)?[,，]?\s*"
                            r"(?:" + _SERIES_ITEM + r"[^,，;；。]{1,12}?(?:%|‰|万人|万|岁|人)(?:左右|以上)?[,，、;；]\s*)*" + _SERIES_ITEM)
#: A level named right after the year of a comparison (与2021年末常住人口6540万人相比, 比2021年末常住人口6540万人增加37万人): the
#: level of that year, the base compared with — the indicator's name (a codebook mention) right before the value.
COMPARED_NAMED_LEVEL = re.compile(r"(?:与|同|比|较)\s*(?:19|20)\d{2}\s*年(?:末|底)?(?:的)?[\u4e00-\u9fff]{2,12}?(?:为|是|的)?\s*$")
#: A count right after the peak is reached (到2030年达到顶峰6000万, 将达到峰值1.2亿): the population's peak when the sentence
#: names no count of its own (出生人口达到高峰25万 stays the births').
PEAK_REACHED = re.compile(r"(?:达到|达|迎来|出现)(?:人口)?(?:顶峰|峰值|高峰|最高峰)(?:值)?\s*(?:约|近)?\s*$")
#: A clause that is only a year (据统计，1949年217.28万人) and the clause after it that goes on to a later year with the count's
#: name (，到2018年，全省常住人口总数达到934.32万人): the count is that indicator's level of the first year.
YEAR_ONLY_CLAUSE = re.compile(r"\s*(?:19|20)\d{2}\s*年(?:末|底)?(?:为|有|是|共有|约)?\s*")
LATER_YEAR = re.compile(r"[^,，;；。]{0,6}[,，]\s*(?:到|至|截至|截止)\s*(?:19|20)\d{2}\s*年(?:末|底)?[,，]?\s*[^,，;；。]{0,12}?$|[^,，;；。]{0,6}[,，]\s*(?:到|至|截至|截止)\s*(?:19|20)\d{2}")
#: A count ending its clause with 人口 after a verb of reaching, in a clause that names a place (台州到2025年仅能达到690.5万人口,
#: 全市将突破700万人口): the place's population; not 500万人口的城市 (a size: POPULATION_CITY), nor a count before 人口 that goes on.
REACHED_POPULATION = re.compile(r"\s*(?:口|人口)\s*(?:左右|以上)?\s*(?:[,，;；。]|$)")
REACHING_VERB = re.compile(r"(?:达到|达|突破|超过|增至|增加到|增长到|将达|可达)\s*(?:约|近)?\s*$")
#: … or opens with a year already past (去年全市户籍0至14岁人口为116.8万人 after 根据预测，…): an observation.
PAST_OPENING = re.compile(r"\s*(?:去年|前年|上年)")
#: The end of a five-year plan named with 末 (“十四五”末, 十三五期末): no word of the past in a sentence of goals.
PLAN_END_NAMED = re.compile(r"(?P<name>十[一二三四五]?五)[”\"」』’]?\s*期?末")
#: …but only beside a goal said (提出, 力争, 将, 到 …) — not the noun 目标 of a goal reviewed (目标任务全面完成, 对照…规划目标, 规划确定的
#: 目标全面完成), only 目标是/为/： that lead goals in — and not in a sentence that reports goals met (全面完成, 超额完成任务, 实现了).
GOAL_NOUN = re.compile(r"目标(?!\s*(?:是|为|[：:]))")
GOALS_REPORTED_MET = re.compile(r"(?:圆满|超额|顺利|全面|已经?|基本)完成|完成了|实现了|达成了")
#: A city of a size: 500万人口的大城市, 500万人口“大城市”, 千万人口大市 (after the place becomes one; the value
#: 500万人 takes the 人 of 人口, so what follows it may begin with 口; a few words may name the kind of city: 区域中心城市; a 城市群, 都市圈 or 城市带 is no city).
POPULATION_CITY = re.compile(r"^\s*级?(?:口|(?:常住)?人口)\s*[“\"”「]?的?[“\"「]?[\u4e00-\u9fff]{0,6}?(?:城市|大市|都市|大县)(?![群圈带])")
#: … named as the place's goal (冲刺“千万人口城市”目标, 实现千万人口城市的目标, 向“千万人口城市”目标迈进): the size the place aims at.
#: Only a goal named whole (not 目标的基础, 目标的距离), reached by a verb right before the size (冲刺, 实现, 达成: not 向…目标迈进, 朝着…目标)
#: and set ahead — a goal year (到2027年) or a word of the future in the sentence (力争, 将, 要), not a year of news or a review
#: (2023年，宁波向“千万人口城市”目标又迈进了一大步; 2020年，…实现“千万人口城市”目标的基础进一步夯实).
CITY_GOAL = re.compile(POPULATION_CITY.pattern + r"\s*[”\"」]?\s*的?\s*目标(?!\s*的)")
CITY_GOAL_VERB = re.compile(r"(?:冲刺|实现|达成|达到)\s*[“\"「]?\s*$")
#: 以上 after the size's population word (500万人口以上的大城市, 实现500万人口以上大城市的目标): the size is a floor.
CITY_SIZE_ABOVE = re.compile(r"^\s*级?(?:口|(?:常住)?人口)\s*及?以上")
CITY_GOAL_AHEAD = re.compile(r"(?:到|至)\s*(?:19|20)\d{2}\s*年|将|力争|争取|要|有望|可望|确保|预计")
#: A count of cities right before such a size (建成5个50万人口以上的大城市, 一批5万人口以上的小城市, 若干, 3座): how many cities of
#: that size are built, never the place's own population.
CITIES_COUNTED_BEFORE = re.compile(r"(?:(?<!下)(?<![\d一二三四五六七八九十两几数])[\d一二三四五六七八九十两几数]+\s*[个座]|一批|若干|多个|几个|一些|一系列)\s*$")
#: A figure in 万 or 亿 of something other than people (7000亿元, 800万户, 1500万人次, 300万辆).
OTHER_UNIT_FIGURE = re.compile(r"\d\s*(?:万|亿)\s*(?:元|美元|户|人次|辆|部|台|吨|平方米|亩|家|个|套|件|千瓦|册|张|条)")
#: A count of something other than people named as a clause's subject (市场主体数量, 机动车保有量, 手机用户, 企业户数): a figure
#: after it in a clause without a subject is its, not the population's named before it (增速有所放缓 names none).
OTHER_COUNT = re.compile(r"数量|总数|保有量|户数|用户|主体|企业|游客|人次|车辆|岗位|床位|学生")
#: A verb of crossing or reaching a figure over a span (今明两年…将突破600万, 将达到610万): reached by the span's end.
#: Not 超过/超 (今明两年或将超150万 births: each year's count, as the gold reads it).
SPAN_REACHED = re.compile(r"突破|达到|达|增至|增加到|提高到|上升到|升至|迈入|跨入|跨越")
#: The items of a list before a value (4.77‰、 in 分别由4.77‰、6.03‰): the value stands where the first one does.
LISTED_BEFORE = re.compile(r"(?:(?<=由|从|至|到|为)|(?<=由 |从 |至 |到 |为 ))(?:\s*\d+(?:\.\d+)?(?:~\d+(?:\.\d+)?)?\s*(?:‰|%|/10万|/十万|岁|年|万人|人)?\s*[、和及与]\s*)+$")
#: A rate whose page lost its sign (出生率为12.70, 出生率12.70, 城镇化水平达到90。): the largest number read in its
#: unit (a crude rate or an infant mortality above 60‰ is no plan's of this century; a share is at most 100%),
#: the words that may stand between the rate and the number (none, or a verb of being or reaching), and what
#: may not follow the number (a digit or a count word: 出生率连续3年, 出生率为12.7万人 — no rate).
LOST_SIGN_MAX = {"‰": 60.0, "%": 100.0}
SIGN_LOST_GAP = re.compile(r"\s*(?:为|是|占|达到|达|约为|约|在|降至|降到|下降到|下降至|升至|提高到|提高至|上升到|上升至|保持在|控制在|稳定在|仅为|已达|已经达到|由|从)?\s*")
NOT_LOST_SIGN = re.compile(r"\s*(?:[.~\d]|年|月|日|个|倍|位|名|次|万|亿|人)")
#: The words between an indicator's bracketed unit and its bare number (人口出生率（‰）预计增至12.5, 婴儿死亡率（‰）2020年控制在
#: 3以内): at most this many characters, no clause break, and no number in them but a year's.
BRACKET_GAP = 20
YEAR_WORDS = re.compile(r"(?:19|20)\d{2}\s*年(?:末|底)?(?:的)?")
#: …and from that number to the end of its transition (由2020年的14.1降至2025年的12.5, 由72.3提高到75.5): a verb of
#: reaching, the end's year between.
BRACKET_TRANSITION = re.compile(r"\s*(?:下降|降低|提高|提升|上升|增加|增长|回升|减少|降|升|增)?(?:到|至)\s*")
#: An indicator's value stated in a numbered line (…千人床位数达到4.3张): a verb of stating, then a number that is no year.
ITEM_STATES = re.compile(r"(?:达到|达|为|提高到|提高至|提升到|提升至|降到|降至|下降到|下降至|控制在|保持在|稳定在|不低于|不超过|超过)\s*(?:约)?\s*(?!(?:19|20)\d{2}\s*年)\d")
#: …or the value right after the indicator's name, without a verb, with its unit (4.城市化率65%以上, 2、常住人口650万人左右): a press
#: copy of a plan's main goals printed as numbered lines.
#: A year may stand between the name and the value (二．全市常住人口2020年末396万人).
ITEM_VALUE = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年(?:末|底)?\s*)?(?:约)?\s*(?!(?:19|20)\d{2}\s*年)\d+(?:\.\d+)?\s*(?:%|％|‰|万人|万|亿人|岁|人|张)")
#: An item numbered with an Arabic numeral (1、, 2., (1), 1．: :data:`analysis.numbering.ARABIC_ITEM_NUMBER`).
ARABIC_ITEM = re.compile(r"\s*(?:" + ARABIC_ITEM_NUMBER + ")")
#: A bound of a number read negated turns round: 控制在负0.2‰以内 (within 0.2 below zero) is at least −0.2‰.
_MIRRORED = {"ge": "le", "le": "ge", "gt": "lt", "lt": "gt", "above": "below", "below": "above"}
#: 负 (負) right before a number: its minus sign (自然增长率为负0.5‰ is −0.5‰); 负增长 before it likewise, a growth
#: below zero (自然增长率负增长0.5‰ is the level −0.5‰, 负增长0.5个千分点 a fall of 0.5 points). See :meth:`ProseReader._minus_words`.
MINUS_WORD = re.compile(r"[负負](?P<growth>增长)?\s*$")
#: What may stand between a signed rate's name and its 负: a verb of stating (为, 达到, 保持在), 分别为, nothing.
MINUS_GAP = re.compile(r"\s*(?:分别)?(?:为|是|达到|达|约为|约|在|降至|降到|下降到|下降至|保持在|控制在|稳定在|仅为|由|从|到|至|呈)?\s*")
TRANSITION_GAP = re.compile(r"\s*(?:下降|降低|提高|上升|增加|回升|减少|降|升)?(?:到|至)\s*")
#: 有 before a count of people that ends its clause (有62万人。): the population of the place and year opening the clause
#: (:data:`PLACE_HAS_SUBJECT`), or of the place opening it after a clause of only a year (2019年底，桐庐县有62万人): the count ends its sentence (no comparison after it, 有1.2万人，比上年减少…), and the sentence
#: before names no population (…贫困人口持续减少。2020年，祁东县有1.2万人: the elliptical subject is that population).
PLACE_HAS_PEOPLE = re.compile(r"(?:共|约|现)?有(?=\s*(?:约|近)?\s*\d+(?:\.\d+)?\s*万人(?:左右)?\s*(?:[。；;]|$))")
PLACE_HAS_SUBJECT = re.compile(r"\s*(?P<year0>(?:19|20)\d{2}\s*年(?:末|底)?\s*)?(?P<place>[\u4e00-\u9fff]{2,12}?)\s*(?P<year>(?:19|20)\d{2}\s*年(?:末|底)?)?\s*")
LEADING_YEAR_CLAUSE = re.compile(r"(?:^|[。；;])\s*(?:截至|截止|到)?\s*(?:19|20)\d{2}\s*年(?:末|底)?\s*[,，]$")
#: Words of an attribute between a group its clause names (65岁及以上老人, a count's name) and an age (平均年龄, 平均初婚年龄, 年龄中位数,
#: then a verb of value): the age is that group's, never the life expectancy of the clause before.
GROUP_ATTRIBUTE = re.compile(r"\s*(?:的)?\s*(?:[\u4e00-\u9fff]{0,4}年龄[\u4e00-\u9fff]{0,3}?)\s*(?:为|是|达到|达|约为|约|在|仅为|已达)?\s*")
#: An age that names its own quantity (平均年龄, 平均初婚年龄, 年龄中位数, 初婚年龄): in a value's clause before it, with no
#: expectancy named after it, the age is that quantity, whatever group it is of (人口平均年龄为41.2岁, 平均年龄41.2岁, 百岁老人…，
#: 平均年龄为101.3岁), never the life expectancy of the clause before (brief xlo).
AGE_WORD = re.compile(r"平均[\u4e00-\u9fff]{0,2}?年龄|年龄中位数|初婚年龄")
#: A word of the present with 的 right before a value (下降到目前的1.6左右, 由目前的50%提高到, 当前的约58%): the level is the present
#: one, whatever year or goal the sentence names (the year is the text's cut-off, as for 目前为…: ``now_clause``).
PRESENT_OF = re.compile(r"(?:" + NOW_WORDS + r")的\s*(?:约|近|大约)?\s*$")
#: A multiple after a level (250万的两倍, 250万人的2倍): the level is the base the multiple is of …
MULTIPLE_AFTER = re.compile(r"^(?:人)?的\s*(?:[两二三四五六七八九十]|\d+(?:\.\d+)?)\s*倍")
#: … the present one when a word of the present opens its indicator (是现有常住人口约250万的两倍, 相当于目前人口的…).
PRESENT_BASE = re.compile(r"(?:现有|目前|当前|现在)的?\s*[\u4e00-\u9fff]{2,10}?\s*(?:约|近)?\s*$")
#: A verb of holding a population right before its count (集聚35万城镇人口, 容纳120万常住人口; never 吸纳 or 新增: flows).
GATHERED = re.compile(r"(?<!新增)(?<!累计)(?<!每年)(?<!年均)(?:集聚|聚集|容纳|承载)(?:约|近)?\s*$")
#: …only a stock of a goal year: the sentence states one (到2030年, 至2030年末, 力争2030年) before the count …
GATHERED_GOAL_YEAR = re.compile(r"(?:到|至|力争|预计)\s*(?:19|20)\d{2}\s*年")
#: … and no word of an increment before it in the sentence (还将/再/又/新集聚, “十四五”期间, 五年内, 以来, 逐年), nor of a capacity
#: in its clause (可承载, 能容纳, 足以容纳: what a place can hold, no level).
GATHERED_INCREMENT = re.compile(r"还|再|又|新(?:增|集聚|聚集|容纳)|期间|年内|以来|累计|每年|年均|逐年|增加|吸纳|吸引")
GATHERED_CAPACITY = re.compile(r"可|能|足以")
#: The central city or area as the subject of such a verb: the count is the central area's population. It differs from
#: :data:`CENTRAL_AREA` and stays apart: searched in a subject, it takes 中心城 anywhere and 主城 (with or without 区) only at the
#: subject's end, so one pattern for both would read other subjects (and other items and entries).
CENTRAL_PART = re.compile(r"中心城区?|中心城市|主城区?$")
#: The names of the central area (中心城区, 中心城, 主城区), written once for the patterns of a pair's item (:data:`CENTRAL_ITEM`),
#: of a city-system entry (:data:`CENTRAL_ENTRY`) and of the central area as a subject (:data:`CENTRAL_NAMES`, which adds 中心城市).
CENTRAL_AREA = r"中心城区|中心城|主城区"
#: The verbs of a level the patterns of a pair's item and of a city-system entry share (written once).
ITEM_LEVEL_VERBS = r"为|约|约为|达到|达"
#: The central area named alone as the second item of a pair of counts (到2025年绵阳城镇人口320万人，中心城区160万人): the
#: central area's population (brief gv, form 5) — only after a count of the place stated as a level in the clause right before
#: (:data:`PAIRED_COUNT`), never after a change (常住人口增加20万人，中心城区10万人) or an area (中心城区300平方公里: no people).
CENTRAL_ITEM = re.compile(r"\s*(?:其中)?\s*(?:" + CENTRAL_AREA + r")\s*(?:将)?(?:" + ITEM_LEVEL_VERBS + r"|规模为|规模约)?\s*")
#: The parts of a plan's place other than the central area (副中心, 片区, 组团, 新城, 新区, 县城, 镇区), written once for a pair's
#: item (:data:`PART_ITEM`, which adds 城区 and 老城区), a city-system entry (:data:`ENTRY_PART`, which adds 城区 and the towns)
#: and a clause that names its own place (:data:`ENTRY_CLAUSE_PLACE`, without a plain 城区 — as brief gv wrote it; adding it there
#: would make a clause naming 城区 its own place's, a change of reading). ``PART_OF_PLACE`` and ``SUB_AREA``
#: (:mod:`analysis.extract.prose.words`) stay apart on purpose: they name the part before a count that is the subject of a sentence
#: (市区, 城镇, 建成区, 农村; belts and zones), not the label of an item or an entry, and one list for all would read other values.
PLAN_PARTS = r"副中心|片区|组团|新城|新区|县城|镇区"
#: … and another part named alone there (城镇人口320万人，新区60万人; 县城, 片区): that part's population, no level of a code.
PART_ITEM = re.compile(r"\s*(?:其中)?\s*[\u4e00-\u9fff]{0,6}?(?:" + PLAN_PARTS + r"|老城区|城区)\s*(?:" + ITEM_LEVEL_VERBS + r")?\s*")
#: (the second item may follow 其中： and carry its own 将: 全市常住人口达到500万人，其中：中心城区150万人; 中心城区将达到160万人 —
#: review of gv, finding 13)
PAIRED_COUNT = re.compile(r"\s*(?:将)?(?:" + ITEM_LEVEL_VERBS + r"|规模为|规模约|控制在|超过|突破|不超过)?\s*\d+(?:\.\d+)?\s*万人?(?:左右|以内|以上|以下)?\s*[,，;；]\s*"
                          r"(?:其中\s*[:：]\s*)?")
#: The central city or area as the subject of its clause, before the verb of becoming (岳阳中心城市力争到2030年建成…): no other
#: part of the place in the clause (中心城区和新区将建成…, 县城). The central area's names and the central city (中心城市): 中心城市
#: stands first so that :func:`central_subject`'s ``re.sub`` takes it whole, never its 中心城 alone.
CENTRAL_NAMES = r"(?:中心城市|" + CENTRAL_AREA + r")"
CENTRAL_SUBJECT = re.compile(r"^[^,，;；]*?" + CENTRAL_NAMES + r"[^,，;；]*?(?:成为|建成(?!区)|迈入|迈进|进入)")

#: … not when a word of means or base stands before it (依托中心城区建成300万人口的大都市区: what is built is more than the central
#: area; review of gv, finding 7).
CENTRAL_AS_MEANS = re.compile(r"(?:依托|依靠|围绕|借助|通过|凭借|以|带动|辐射)[^,，;；]{0,4}?" + CENTRAL_NAMES)


def gazetteer_name(text: str) -> bool:
    """Whether ``text`` as a whole is a name of the gazetteer (河东片区 is none; 海珠区 is one)."""
    return any(m.group() == text for m in names_pattern().finditer(text))


def central_subject(clause: str) -> bool:
    """Whether the central area is the subject of ``clause`` (:data:`CENTRAL_SUBJECT`) and the only part of the place it names."""
    subject = CENTRAL_SUBJECT.search(clause)
    if subject is None or CENTRAL_AS_MEANS.search(subject.group()):
        return False
    rest = re.sub(CENTRAL_NAMES, "", clause)
    return not PART_OF_PLACE.search(rest) and not SUB_AREA.search(rest)


#: A district of the city that speaks at the head of a sentence or of its part after ；(越秀区提出，…; 荔湾区表示，全区常住人口…):
#: the subject of the clauses after it, and its 全区 (brief gv, form 2).
SPEAKER_DISTRICT = re.compile(r"(?:^|[;；])\s*(?:其中\s*[,，]?\s*)?(?P<place>[\u4e00-\u9fff]{1,6}?(?:区|县))(?:政府|委|人大|方面)?"
                              r"(?:提出|表示|明确|称|透露|提到|要求)\s*[,，:：]")
#: A round-up of districts' ceilings: the district (or two joined by 和) as the topic of the noun 目标 and a bare number
#: (海珠区的上限目标是180万人; 天河区和白云区的目标为200万人和280万人, without 分别) …
DISTRICT_GOAL = re.compile(r"^\s*(?:其中\s*[,，]?\s*)?(?P<places>[\u4e00-\u9fff]{1,6}?区(?:(?:和|与|及|、)[\u4e00-\u9fff]{1,6}?区)?)\s*(?:的)?\s*"
                           r"(?:常住人口|人口)?(?:规模)?(?:上限|调控|控制)?(?:目标)(?:是|为|分别为|分别是)\s*"
                           r"(?P<prior>(?:\d+(?:\.\d+)?\s*万人?\s*(?:和|与|、)\s*)?)$")
#: … when the paragraph before it names a ceiling of the population (人口上限, 人口“天花板”, 人口调控目标): the districts' ceilings.
CEILING_TOPIC = re.compile(r"人口(?:规模)?(?:调控)?[“\"「]?(?:上限|天花板)|人口调控目标")
#: 各 right before a count (人口规模各8万至15万人, 各约10万人): a figure each of the places counted before it.
EACH_OF_PLACES = re.compile(r"各\s*(?:约|为|达到|达|在|控制在)?\s*$")
#: A figure of an area or of money (8800平方公里, 3000亿元): the clause is about no population.
OTHER_QUANTITY_CLAUSE = re.compile(r"\d\s*(?:万|亿)?\s*(?:平方公里|平方千米|公顷|亩|亿元|万元|元|公里|千米)")
#: … not when a forecaster speaks before it (课题组认为, 专家预计, 按照目前的趋势: :data:`TREND_NAMED`), nor under a headline of a
#: forecast (专家：我市人口2030年或达350万): the 将 is then the forecaster's, for the whole sentence (review of gv, finding 2).
#: The forecasters and their words, written once for both (专家, 学者, 课题组, 研究报告/显示/表明, 预测, 预计); the sentence's
#: forecaster may also 认为, 估计, 测算, 推算 or 分析 (研究认为 is taken by its 认为), the headline's forecast is also a guess of
#: a level (或将, 或达, 或超, 或突破, 或成).
FORECASTERS = r"专家|学者|课题组|研究(?:报告|显示|表明)|预测|预计"
FORECASTER_BEFORE = re.compile(r"认为|估计|测算|推算|分析|" + FORECASTERS)
FORECAST_HEADLINE = re.compile(FORECASTERS + r"|或将|或达|或超|或突破|或成")
#: An entry of a city-system list: the label before its colon, at the start of the sentence or after ；(or after a comma: 至2030年，中心城区：…, review of gv, finding 13)
#: (中心城区：含河东、河西两个片区，用地约400平方公里，人口规模380万人；副中心：甲镇、乙镇两个镇，人口规模各8万至15万人；) is
#: the part the entry's figures are of (brief gv, forms 5 and 8) …
SYSTEM_ENTRY = re.compile(r"(?:^|[;；,，])\s*(?:[(（]?\s*[\d一二三四五六七八九十]+\s*[、.．)）]\s*)?(?P<part>[\u4e00-\u9fff]{2,10}?)\s*[:：]")
#: … the central area's (its plain population, 人口规模 or 规划人口, is the central area's) …
CENTRAL_ENTRY = re.compile(CENTRAL_AREA)
ENTRY_POPULATION = re.compile(r"\s*(?:规划人口|人口规模|规划人口规模|常住人口|人口)(?:规模)?\s*(?:将)?(?:" + ITEM_LEVEL_VERBS + r"|控制在|不超过|保持在)?\s*")
#: … or another part's (a sub-centre, a district of the plan, a town or a group of towns): none of its counts is the place's.
ENTRY_PART = re.compile(r"(?:" + PLAN_PARTS + r"|城区|中心镇|重点镇|一般镇|小城镇|(?<![城市])镇|(?<![城市])乡)$")
#: An entry's label is a short name (河东片区, 副中心, 中心城区: at most six characters), never a heading of a task that opens
#: with its verb (（二）做大做强中心城区：…, 建设特色小镇：…); and a value whose own clause names its place (全市常住人口, 中心城区常住
#: 人口, a gazetteer place) is that place's, whatever the label (review of brief gv, finding 1).
ENTRY_LABEL_MAX = 6
ENTRY_HEADING_VERB = re.compile(r"^(?:建设|推进|做大|做强|做优|打造|培育|发展|统筹|提升|加快|优化|促进|构建|完善|强化|推动|壮大|引导|疏解|实施|坚持)")
#: (its central names are searched, so 中心城区? and 主城区? take 中心城 and 主城 anywhere: not :data:`CENTRAL_NAMES`, which
#: needs 主城区 whole)
ENTRY_CLAUSE_PLACE = re.compile(SCOPE_WORDS + r"|中心城区?|中心城市|主城区?|" + PLAN_PARTS)
#: What may stand before a count written ahead of its population word (331万贫困人口, 1000万级常住人口): the
#: opening of a clause, a list, a place's scope word, or a verb of having — never a verb of change or flow
#: (新增100万城镇人口, 转移300万农业人口 are changes).
COUNT_OPENING = re.compile(r"(?:^|[,，;；。:：、“\"「(（]|有|拥有|现有|共有|全省|全市|全国|全县|全区|全州|目标|冲刺|迈向)\s*$")
#: Lifted out of poverty, said of the whole count (331万贫困人口全部脱贫, 实现…如期脱贫).
POVERTY_STOCK = re.compile(r"\s*(?:将|要|须|必须|力争)?(?:全部|全面|如期|稳定|基本|整体)?(?:实现)?(?:全部)?(?:脱贫|摆脱贫困|脱离贫困)")
#: A population stated before what its people are (the subject after the value): living in cities is the urban
#: population (届时安徽将有5100万人生活在城市, 1.2亿人口居住在城镇); of whom a share lives in cities is the whole
#: population (即5800万人中有72%在城市里生活); people usually resident in a place are its residents (1130万人常住沈城,
#: 1800万人常住本市).
SUBJECT_AFTER = (
    (re.compile(r"\s*(?:口)?(?:将|会)?(?:生活|居住|住|工作和生活)在(?:城市|城镇|城里|城区)"), "pop_urban"),
    (re.compile(r"\s*(?:口)?(?:之)?中(?:有|约有|将有)?\s*\d+(?:\.\d+)?%\s*(?:的人)?(?:将|会)?(?:在|生活在|居住在|住在)(?:城市|城镇|城里)"), "pop_resident"),
    (re.compile(r"\s*(?:口)?常住(?:在)?(?:本市|全市|本省|全省|[\u4e00-\u9fff]{1,2}城(?![镇乡市区里中])|(?P<place>))"), "pop_resident"),
)
#: A rate written denominator first with its number between (每万名居民有3名全科医生, 每千名老年人拥有40张养老床位): the
#: denominator, 有 or 拥有, the number and its measure word, and the thing counted up to a stop (a qualifier after it is not read).
DENOMINATOR_FIRST = re.compile(
    r"每\s*(?P<per>千|万|十万|百)\s*(?P<word>名|个|位)?\s*(?P<base>常住人口|户籍人口|居民|人口|老年人|老人|人)\s*(?:拥有|有)\s*"
    r"(?=(?P<num>\d+(?:\.\d+)?)\s*(?:名|张|个|位|人)\s*(?P<thing>[\u4e00-\u9fff]{2,10}?)(?=[，,。；;、)）]|$))"
)
#: 每千/每万/每十万 right before a population word: a rate's denominator (每千常住人口…, 每万人口…).
PER_CAPITA = re.compile(r"每\s*(?:千|万|十万|百|百万|1000|10000|10万|1万)\s*$")
#: Scope words of a city: in a province's page they stand for the city the page names last (a quoted city report).
CITY_SCOPE = frozenset({"全市", "我市", "本市"})
#: 占全省 before a percentage with no population of its own between (占全省约12%, 占全省人口的12%, 占全省总人口比重为12%);
#: not 占全省户籍人口的… (the codebook's share is of residents).
PROVINCE_SHARE = re.compile(r"占全省(?:常住)?(?:总)?(?:人口)?(?:的)?(?:比重|比例)?(?:为|约|达到?|近|超过)*\s*(?=约?\s*\d+(?:\.\d+)?\s*[%％])")
#: Between a resident population and 占全省 when the share is that population's: its number and unit only (常住人口336.8万人，
#: 占全省的5%), and the same population's urbanisation rate, which no province's share can be of (常住人口318.4万人，城镇化率
#: 63.1%，占全省约6%); no other figure or noun (…，地区生产总值3200亿元，占全省的5%; …，陆域面积占全省的5.7%).
COUNT_THEN_SHARE = re.compile(r"\s*(?:为|达到?|是|约|共|有)*\s*\d+(?:\.\d+)?\s*(?:万|亿)?人?(?:左右|以上|多)?\s*[,，、]?\s*"
                              r"(?:(?:常住人口)?城镇化(?:率|水平)(?:为|达到?)?\s*\d+(?:\.\d+)?\s*%\s*[,，、]?\s*)?")
#: Counts of people a share after them may be of: the last before 占全省 decides whose share it is.
POPULATION_COUNTS = frozenset({"pop_resident", "pop_hukou", "pop_urban", "pop_rural", "pop_inmigrant", "pop_floating", "pop_60plus", "pop_65plus",
                               "pop_central_urban", "pop_city_proper", "births"})
#: The city's districts opening a list of their figures: 市辖区 before a year or a stop (市辖区2020年户籍人口…, 市辖区：常住人口…),
#: not 市辖区常住人口 (a synonym of `pop_city_proper`) nor 市辖区面积; the list ends at another part or at the whole place.
#: Nor a count of districts, in a city's introduction (吴兴、南浔2个市辖区，…; 下辖3个县、2个市辖区，…): a number or 个 before
#: 市辖区, or 辖 earlier in its clause (:data:`DISTRICTS_COUNTED`), opens no list.
DISTRICTS_LISTED = re.compile(r"(?<![个\d一二三四五六七八九十两])市辖区(?=\s*(?:(?:19|20)\d{2}\s*年|[,，:：]))")
DISTRICTS_COUNTED = re.compile(r"辖[^,，。；;:：]*$")
PART_OR_WHOLE = re.compile(r"[。；;]|中心城区?|主城区?|城区|县城|镇区|全市|全省|全县|市域|全域")
#: A word of time between a comparison and its scope word (高于同年全省…, 同期全国): the scope's level, no place's name.
TIME_BEFORE_SCOPE = re.compile(r"同年|同期|当年|上年|去年|今年|目前|现在|当前|同时|历年")
#: In a plan of a city's districts (X市区…规划), a population with the whole city or a place named right before it (全市常住人口,
#: 市域, 某某市常住人口, a county of the gazetteer) is not the districts'; a word ending in 市 that is no place (中心城市, 大城市) is
#: no whole city.
CITY_WIDE_BEFORE = re.compile(r"(?:全市|市域|全域|(?P<name>[\u4e00-\u9fff]{1,6}?[市县]))(?:的)?(?:\d{4}年(?:末|底)?)?\s*$")
#: The title of a plan of a city's districts: the place, 区 and a plan word or a boundary after it (湖州市区国土空间总体规划,
#: 湖州市区“十四五”…规划; not 湖州市区块链…规划), up to 规划.
CITY_PROPER_TITLE = r"区(?=国土|总体|城市|人口|空间|发展|综合|专项|规划|[“\"（(《》\s\d])[^。；;，,！!《》]{0,12}?规划"
#: A plan named in 《》 in a line that announces it (发布…《湖州市区国土空间总体规划（草案）》): a press report's plan.
PLAN_ANNOUNCED = re.compile(r"发布|公布|印发|公示|征求|出台|批复|审议|通过")
#: Indicators counted as flows over a year: a count of one stated for a period is a period total.
FLOW_COUNTS = frozenset({"births", "net_migration"})
#: A rate whose words plans also use for the count it is a rate of (大学文化程度人口: per 100 000, or 万人).
COUNT_OF_RATE = {"univ_per_100k": "pop_univ_educated"}


class ProseReader:
    """Reads the prose of one plan (see the module docstring)."""

    def __init__(self, codebook: Codebook, places: set[str], default_years: dict[str, int | None], level: str = "unknown", page_year: int | None = None, place: str = "", terms: tuple[int, int] | None = None, period_start: int | None = None):
        self.codebook = codebook
        self.terms = terms  # the years of 近期 and 远期 (from the plan's period), read in a spatial plan only
        self.period_start = period_start  # the first year of the plan's period, if it has one
        self.spatial = False
        self.forecast_headline = False  # the headline states a forecast (专家：…或达…: FORECAST_HEADLINE)
        self.line_bands: set[str] = set()  # the older population's bands the paragraph named (:func:`paragraph_band`)
        self.line_any_bands: set[str] = set()
        self.city_proper_plan = False
        self._district_figures: set[int] = set()
        self._part_spans: set[tuple[int, int]] = set()  # the spans of the parts named in the sentence (Codebook.parts)
        self.place = place  # the plan's place (a province's page reads 我市 as the city it names)
        self.last_city = ""
        self.page_year = page_year  # the year of the page's date: 明年, 今年, 去年 are relative to it
        self.last_census: int | None = None  # the year of the census named last (第六次人口普查: 2010), for 这次人口普查
        self.last_year: int | None = None  # the year last named (到那时, 届时 refer back to it)
        self.places = places
        self.default_years = default_years  # section kind -> year (baseline: base year, target: plan end)
        self.level = level  # the plan's level of government (全区 is the province only in a province's plan)
        self._findings: list[tuple[int, str, str]] = []
        #: The indicator a heading or a question names, for the values of the lines below it.
        self.topic: Mention | None = None
        self.topic_said = False  # the topic is an indicator a sentence named without a value (not a heading's or a question's)
        #: The indicators the previous sentence named (for 这三项指标分别为…).
        self.previous: list[Mention] = []
        #: The indicators of the levels the sentence before read for one place, in the same paragraph (a series goes on: SERIES_GOES_ON).
        self.previous_codes: list[str] = []
        self.previous_years: set[int | None] = set()  # the years of the levels of the sentence before
        #: The text reports a plan (印发《…规划》, 根据规划): its 将/有望 restate targets.
        self.reports_plan = False
        #: The places and indicator of the last 均 list (石家庄市、唐山市…均达到…), for a 均达到 in the next sentence.
        self.each_list: tuple[list[str], Mention] | None = None
        self._each_carried: tuple[list[str], Mention] | None = None

    def _per_mille(self, value: Value, mentions: list[Mention], sentence: str) -> Value:
        """A crude vital rate written with % where the page lost its ‰ (自然增长率在7.8%左右, or
        %。 for ‰): read as ‰ when the rate named just before could not be that many percent. (A number
        that lost its sign altogether is :meth:`_lost_signs`'.)"""
        if value.unit_raw != "%" or value.number is None or value.number <= PERCENT_AS_PER_MILLE_ABOVE:
            return value
        clause_start = start_of_clause(sentence, value.start)
        marker = [m for m in re.finditer("分别|依次", sentence[clause_start : value.start])
                  if any(clause_start <= n.start and n.end <= clause_start + m.start() for n in mentions)]
        if marker:
            # a list after 分别 pairs by position over all its items: 城镇登记失业率和人口自然增长率分别控制在4%和5‰以内 (the 4% is
            # the first item's, a rate in %), 出生率和城镇登记失业率分别为9.5%和3.2% (the 9.5% is the birth rate's, its ‰ lost)
            if self._crude_item(sentence, clause_start + marker[-1].start(), clause_start + marker[-1].end(), value, mentions):
                return replace(value, unit_raw="‰")
            return value
        before = [m for m in mentions if m.end <= value.start and value.start - m.end <= 12]
        if before and before[-1].code in CRUDE_RATES and not CLAUSE_BREAK.search(sentence, before[-1].end, value.start):
            return replace(value, unit_raw="‰")
        return value

    @staticmethod
    def _crude_item(sentence: str, marker_start: int, marker_end: int, value: Value, mentions: list[Mention]) -> bool:
        """Whether ``value``, listed after 分别 (at ``marker_start``), stands at the place of a crude rate in the list of
        items before 分别 — paired by position over all items, coded or not; when its place is unknown, whether every
        item is a crude rate."""
        items = listed_items(sentence, marker_start, mentions)
        crude = []
        cursor = start_of_clause(sentence, marker_start)
        for item in items:
            start = sentence.index(item, cursor)
            cursor = start + len(item)
            crude.append(any(start <= m.start < cursor and m.code in CRUDE_RATES for m in mentions))
        listed = value_list(sentence, marker_end, [v for v in find_values(sentence) if v.unit_raw != "年"])
        place = next((i for i, v in enumerate(listed) if v.start == value.start), None)
        if place is not None and len(listed) == len(items):
            return crude[place]
        return bool(crude) and all(crude)

    def _ratio_percent(self, value: Value, mentions: list[Mention], sentence: str) -> Value:
        """A sex ratio at birth written with % (出生人口性别比控制在115%以内, 性别比为112.5%): the ratio (males per 100
        females) when the sex ratio is named just before in the clause and the number is one it can be
        (:data:`SRB_AS_PERCENT`)."""
        if value.unit_raw != "%" or value.number is None or value.qualifier == "range" or not SRB_AS_PERCENT[0] <= value.number <= SRB_AS_PERCENT[1]:
            return value
        before = [m for m in mentions if m.end <= value.start and value.start - m.end <= 12]
        if before and before[-1].code == "srb" and not CLAUSE_BREAK.search(sentence, before[-1].end, value.start):
            return replace(value, unit_raw="")
        return value

    def _per_100k_spelled(self, value: Value, mentions: list[Mention], sentence: str) -> Value:
        """A rate per 100 000 whose denominator is spelled out before its number (孕产妇死亡率控制在每10万人18人以下, 每十万活产中
        有15例: :data:`PER_100K_BEFORE`): read as 18/10万 when the rate named just before in the clause is one per 100 000."""
        if value.unit_raw not in ("人", "") or value.number is None or value.qualifier == "range":
            return value
        window = max(0, value.start - 30)  # the denominator stands right before the number: a short window keeps this linear
        denominator = PER_100K_BEFORE.search(sentence[window : value.start])
        if denominator is None:
            return value
        start = window + denominator.start()
        before = [m for m in mentions if m.end <= start and start - m.end <= 12]
        if before and self.codebook[before[-1].code].unit == "per 100000" and not CLAUSE_BREAK.search(sentence, before[-1].end, start):
            return replace(value, unit_raw="/10万")
        return value

    def _people_of_rate(self, value: Value, mentions: list[Mention], sentence: str) -> Value:
        """The bare number of a rate written denominator first, counted in people (每万名居民有3名全科医生: 3 people per
        10 000; :meth:`_denominator_first`): read in 人 when 名, 位 or 人 follows it."""
        if value.unit_raw or value.number is None or not sentence.startswith(("名", "位", "人"), value.end):
            return value
        if any(m.end == value.start and m.label.startswith("每") and self.codebook[m.code].unit.startswith("per ") for m in mentions):
            return replace(value, unit_raw="人", end=value.end + 1, text=value.text + sentence[value.end])  # the measure word is the unit
        return value

    def _per_km2_spelled(self, value: Value, mentions: list[Mention], sentence: str) -> Value:
        """A density whose area is spelled out before its number (人口密度每平方公里410人, 人口密度为每平方千米约410人:
        :data:`PER_KM2_BEFORE`): read as 410人/平方公里 when the indicator named just before in the clause is one per km²."""
        if value.unit_raw not in ("人", "") or value.number is None:
            return value
        window = max(0, value.start - 16)
        area = PER_KM2_BEFORE.search(sentence[window : value.start])
        if area is None:
            return value
        start = window + area.start()
        before = [m for m in mentions if m.end <= start and (start - m.end <= 8 or PER_KM2_TRANSITION.fullmatch(sentence, m.end, start))]
        if before and self.codebook[before[-1].code].unit == "persons per km2" and not CLAUSE_BREAK.search(sentence, before[-1].end, start):
            return replace(value, unit_raw="人/平方公里")
        return value

    def _bracketed_units(self, values: list[Value], mentions: list[Mention], sentence: str) -> list[Value]:
        """Bare numbers stated for an indicator whose name carries its unit in brackets (人口自然增长率（‰）控制在6.5以内,
        孕产妇死亡率（1/10万）2025年降至10, 常住人口（万人）达到640: :data:`~analysis.extract.prose.not_values.UNIT_BRACKET`):
        read in the bracket's unit when the number is the first after the name in its clause (:data:`BRACKET_GAP`) and
        the unit is one the indicator can be measured in; and the end of a transition from a number so read
        (:data:`BRACKET_TRANSITION`)."""
        out: list[Value] = []
        previous: Value | None = None
        for value in values:
            unit = ""
            if value.unit_raw == "" and value.number is not None:
                before = [m for m in mentions if m.end <= value.start]
                bracket = UNIT_BRACKET.match(sentence, before[-1].end) if before else None
                if bracket is not None and bracket.end() <= value.start:
                    gap = sentence[bracket.end() : value.start]
                    if (len(gap) <= BRACKET_GAP and not CLAUSE_BREAK.search(gap) and not re.search(r"\d", YEAR_WORDS.sub("", gap))
                            and compatible(self.codebook[before[-1].code].unit, UNITS[bracket.group("unit")])):
                        unit = bracket.group("unit")
                if not unit and previous is not None and BRACKET_TRANSITION.fullmatch(YEAR_WORDS.sub("", sentence[previous.end : value.start])):
                    unit = previous.unit_raw
            if unit:
                value = replace(value, unit_raw=unit)
            previous = value if unit else None
            out.append(value)
        return out

    def _lost_signs(self, values: list[Value], mentions: list[Mention], sentence: str) -> list[Value]:
        """Bare numbers right after a rate measured in ‰ or % (出生率为12.70, 出生率12.70, 婴儿死亡率由23.56下降到10.70,
        城镇化水平达到90。): a page that lost the sign. Read in the rate's unit when the number is one the rate can
        have (at most :data:`LOST_SIGN_MAX` of it, and above zero unless the rate is one of
        :data:`~analysis.demography.metrics.SIGNED_INDICATORS`: 自然增长率为-0.5), the number follows the rate's
        name or its verb directly (:data:`SIGN_LOST_GAP`), or ends a transition whose start was so read
        (由23.56下降到10.70); never when a digit, a year or a count word follows it (:data:`NOT_LOST_SIGN`)."""
        out: list[Value] = []
        previous: tuple[Value, str, str] | None = None
        listed_signs = self._listed_signs(sentence, values, mentions) if "分别" in sentence or "依次" in sentence else {}
        for value in values:
            unit, code = "", ""
            if value.unit_raw == "" and value.qualifier not in ("range",) and value.number is not None and value.number != 0:
                before = [m for m in mentions if m.end <= value.start]
                rate = before[-1] if before else None
                if rate is not None and self.codebook[rate.code].unit in LOST_SIGN_MAX and SIGN_LOST_GAP.fullmatch(sentence[rate.end : value.start]):
                    unit, code = self.codebook[rate.code].unit, rate.code
                elif previous is not None and TRANSITION_GAP.fullmatch(sentence[previous[0].end : value.start]):
                    unit, code = previous[1], previous[2]
                elif value.start in listed_signs:
                    unit, code = listed_signs[value.start]
                if unit and (abs(value.number) > LOST_SIGN_MAX[unit] or (value.number < 0 and code not in SIGNED_INDICATORS)
                             or NOT_LOST_SIGN.match(sentence[value.end :])):
                    unit = ""
            if unit:
                value = replace(value, unit_raw=unit)
                previous = (value, unit, code)
            else:
                previous = None
            out.append(value)
        return out

    def _listed_signs(self, sentence: str, values: list[Value], mentions: list[Mention]) -> dict[int, tuple[str, str]]:
        """The unit and code of each bare number that ends a 分别/依次 list whose value before it carries its sign (人口出生率、死亡率和
        自然增长率分别为10.5‰、6.2‰和4.3: the page lost the last ‰), by the number's start: the rate at the number's place in the
        list of items before 分别, paired by position, when that rate is measured in the sign of the value before it (‰ or %).
        One pass over the sentence's lists (as :func:`~analysis.extract.prose.respectively.respectively_lists` makes)."""
        out: dict[int, tuple[str, str]] = {}
        for marker in re.finditer("分别|依次", sentence):
            listed = value_list(sentence, marker.end(), values)
            if len(listed) < 2 or listed[-1].unit_raw or listed[-2].unit_raw not in LOST_SIGN_MAX:
                continue
            before = [m for m in mentions if m.end <= marker.start()]
            if len(listed_items(sentence, marker.start(), before)) != len(listed):
                continue
            target = respectively_targets(sentence, marker.start(), before, len(listed))[-1]
            if target.code and self.codebook[target.code].unit == listed[-2].unit_raw:
                out[listed[-1].start] = (listed[-2].unit_raw, target.code)
        return out

    def _minus_words(self, values: list[Value], mentions: list[Mention], sentence: str) -> list[Value]:
        """A number after 负 (負) or 负增长 (:data:`MINUS_WORD`) is below zero, and is read negated: 自然增长率为负0.5‰
        is −0.5‰, 人口负增长0.3% a change of −0.3%. 负增长 right after a rate that may be below zero
        (:data:`~analysis.demography.metrics.SIGNED_INDICATORS`, named just before: :data:`MINUS_GAP`) and before a
        number in the rate's unit states the rate's level (自然增长率负增长0.5‰ is −0.5‰): the words then join the
        value's span, so 增长 is no verb of change; before 个千分点 they stay a change (负增长0.5个千分点, −0.5 points).
        Only after 负增长 (the size of a decline) or before 以内 (within a size) does a bound turn over (负增长0.5‰以内 and
        控制在负0.5‰以内 are ≥ −0.5‰); otherwise the number itself is below zero and its bound stays on its side
        (保持在负1‰以上 is ≥ −1‰, 负1‰以下 ≤ −1‰).
        A negated level of any other indicator (出生率为负0.5‰) is left out when the value is read
        (:meth:`_value`): never read without its sign."""
        out: list[Value] = []
        for value in values:
            word = MINUS_WORD.search(sentence, max(0, value.start - 4), value.start)
            if word is None or value.number is None or value.number <= 0:
                out.append(value)
                continue
            if word.group("growth") or value.text.endswith("内"):
                # 负增长0.5‰以内, 控制在负0.2‰以内: the size of a decline, or a bound "within" a size, turns over (≥ −0.5‰)
                low, high = (-value.high if value.high is not None else None), (-value.low if value.low is not None else None)
                negated = replace(value, number=-value.number, low=low, high=high, qualifier=_MIRRORED.get(value.qualifier, value.qualifier))
            else:  # 保持在负1‰以上, 负1‰以下: the number itself is below zero, its bound stays on its side (≥ −1‰, ≤ −1‰)
                low, high = (-value.low if value.low is not None else None), (-value.high if value.high is not None else None)
                negated = replace(value, number=-value.number, low=low, high=high)
            before = [m for m in mentions if m.end <= word.start()]
            signed = bool(before) and before[-1].code in SIGNED_INDICATORS and MINUS_GAP.fullmatch(sentence[before[-1].end : word.start()]) is not None
            if word.group("growth") and signed and value.unit_raw not in ("个百分点", "个千分点"):
                negated = replace(negated, start=word.start(), text=sentence[word.start() : value.end])
            out.append(negated)
        return out

    def findings(self, seed_file: str) -> list[Finding]:
        """Quality findings of the last :meth:`read`: values dropped because no indicator fits."""
        return [Finding(seed_file, number, kind, detail) for number, kind, detail in self._findings]

    def read(self, lines: list[PlanLine], skip: set[int]) -> list[ProseValue]:
        self._findings = []
        self.last_year = None
        self.last_city = ""
        self.figure_places: dict[tuple[str, str], tuple[str, int]] = {}  # a figure of an indicator → the other place and year it was observed of
        self.each_list = None
        self.line_year = None  # the year the last paragraph read ended on (for a paragraph that goes on with its report)
        self.paragraph_before = ""  # the paragraph read before the sentence being read (set by _read_line)
        self.line_past = False  # … and whether it was a year looked back on (刚刚过去的2007年)
        results: list[ProseValue] = []
        self.spatial = any(SPATIAL_PLAN.search(line.text) for line in lines)
        # a plan of the city's districts: its population is the city proper's. The plan's own title says so — the first line
        # (湖州市区国土空间总体规划（2021—2035年）) or a plan in 《》 a line of the first five announces (发布了《湖州市区国土空间
        # 总体规划（草案）》) — not a plan a line only names (本规划与湖州市区综合交通专项规划相互衔接)
        title = next((line.text for line in lines if line.text.strip() and line.role not in ("chrome", "blank")), "")
        own = re.escape(self.place) + CITY_PROPER_TITLE
        self.city_proper_plan = self.place.endswith("市") and (
            re.match(r"\s*《?" + own, title) is not None
            or any(re.search("《" + own, line.text) and PLAN_ANNOUNCED.search(line.text) for line in lines[:5]))
        self.reports_plan = self.spatial or any(PLAN_REPORTED.search(line.text) for line in lines if line.role == "body")
        heading, kind = "", "unknown"
        lead: int | None = None
        listing = False  # a lead-in (…将实现：) opened a numbered list: its short items are no headings
        above = ""  # the body line above (a title of the years ahead, or an item below it): whether it ended a sentence
        ahead_items = False  # the lead is a title of the years ahead (未来五年主要目标): it dates the list items right below it only
        tail = ""
        # the first line of the text read: page chrome above it (当前位置：首页 > 新闻) is no headline
        headline = next((line.index for line in lines if line.text.strip() and line.role not in ("chrome", "blank")), None)
        self.headline = headline
        self.forecast_headline = headline is not None and bool(FORECAST_HEADLINE.search(next(line.text for line in lines if line.index == headline)))
        self.previous_sentence = ""  # the sentence read before (a population it is about: POPULATION_TOPIC)
        yearless: list[ProseValue] = []  # the headline's values without a year (山东省总人口已达9470万)
        headline_found: list[ProseValue] = []  # the headline's values with a year (沪2020年常住人口达2250万: :func:`_forecast_by_body`)
        headings: list[tuple[PlanLine, list[Value], set[str]]] = []  # each heading with its figures (:func:`_heading_figures`)
        self._yearless = []
        announced: int | None = None  # the year whose goals the paragraph before announced (确定了今年…工作目标。)
        self.lead_goal = False  # the lead-in or heading that gave ``lead`` names goals (目标, 到, 力争 …: GOAL_WORDS)
        self.carried_goal = False  # the year carried into the line is a goals year (``lead_goal``, an announcement, a period ahead)
        ahead: int | None = None  # the last year of a period ahead whose goals the paragraphs enumerate (“十三五”期间，…将…。 一是…)
        speech_ahead = False  # … named by a speaker whose next paragraphs (他说，…要…) go on with its goals (:data:`SAID_AHEAD`)
        dash_ahead: int | None = None  # the goal year of a plan's lead sentence whose ——items follow (:data:`PLAN_LEAD_YEAR`)
        for line in lines:
            if line.role != "body" or line.index in skip:
                tail = "" if line.role != "blank" else tail
                continue
            named = self.codebook.mentions(line.text)
            if is_heading(line.text) and not self._list_item(line.text, named, listing):
                above = line.text
                listing = False
                heading = re.sub(r"\s+", " ", line.text.strip())
                headings.append((line, [], set()))  # a numbered heading: the end of the section of a heading of figures above
                new_kind = section_kind(heading)
                if new_kind != "unknown" or re.match(r"\s*第[一二三四五六七八九十百]+(?:章|部分)", heading):
                    kind = new_kind
                lead = lead_year(line.text, self.default_years.get("target"), self.page_year, present=self.default_years.get("baseline"))
                ahead_items = lead is not None and ahead_title(line.text) is not None
                self.lead_goal = lead is not None and bool(GOAL_WORDS.search(line.text))
                announced = ahead = None
                self.topic, self.topic_said = (named[-1] if named else None), False
                tail = ""
                continue
            self._yearless = []
            # an unmarked line is in the list's form right below the title or an item that ended no sentence (…达到71%；)
            listed, above = not SENTENCE_ENDED.search(above), line.text
            if ahead_items and not AHEAD_ITEM.match(line.text) and not ahead_goal_line(line.text, listed):
                # 未来五年主要目标 then ■ items, or unmarked lines of goals: the first line that is neither ends the years ahead, and
                # neither the title nor the last item is the start of its sentence (记者了解到，… right below the title)
                lead, ahead_items, tail = None, False, ""
            continued = self.line_year if lead is None and not tail and CONTINUED_REPORT.match(line.text) else None
            if continued is not None and self.line_past and CONTINUED_AHEAD.search(re.split(r"[。！？!?]", line.text)[0]):
                # 2020年末，… then 他还表示，…将突破600万人: the past year is not the year of what is ahead (its first sentence
                # only: 据初步统计，…为4.81‰。…确定的主要预期目标全面实现 goes on with the year looked back on)
                continued = None
            if announced is not None and (STATISTICS_SHOW.search(first := re.split(r"[。！？!?]", line.text)[0]) or PAST_WORDS.search(first) or re.match(r"\s*据", first)):
                announced = None  # 据通报，去年底…: a record after the announcement, not the goals it announced
            first = re.split(r"[。！？!?]", line.text)[0]
            if not ENUMERATED.match(line.text) and not (speech_ahead and SPEAKER_GOES_ON.match(line.text) and CONTINUED_AHEAD.search(first)):
                # the enumeration of a period's goals (一是…, 二是…) ended, or the speaker who named it went on to no goal
                ahead = None
            # the carried year's values are goals when a goals lead-in, an announcement of the year's goals (确定了今年…工作目标。) or
            # a period ahead (“十三五”期间，…将…) gave it, not a report continued (他还表示，…)
            if dash_ahead is not None and not DASH_ITEM.match(line.text):
                dash_ahead = None  # the ——items of the lead ended
            self.carried_goal = self.lead_goal if lead else continued is None and (announced is not None or ahead is not None or dash_ahead is not None)
            # an item of the present under the years ahead (■ 目前…为62%, ■ 全省…目前为62%) is no goal of them, nor is the title
            # carried into it as the start of its sentence (a title that ends no sentence after a paragraph: brief xtime)
            present_item = ahead_items and (CURRENT.search(line.text) is not None or PRESENT_ITEM.match(line.text) is not None)
            dated = None if present_item else lead
            found = self._read_line(line, heading, kind, dated or continued or announced or ahead or dash_ahead, "" if present_item or (SIGNED_MONTH_LINE.fullmatch(tail) and NUMBERED_OPENING.match(line.text)) else tail,
                                    past=continued is not None and self.line_past)
            if (plan_lead := PLAN_LEAD_YEAR.match(line.text)) is not None and not found and not DASH_ITEM.match(line.text):
                dash_ahead = int(plan_lead.group("year"))  # 《规划》提出，到2025年，…。 then ——items: that year's goals (forms handout Bd, 4)
            announced = self._announced_year(line.text)
            speech_ahead = speech_ahead and ahead is not None
            if (opening := PERIOD_AHEAD.match(line.text)) is not None:
                ahead, speech_ahead = FIVE_YEAR_PLANS[opening.group("period")][1], False
            elif (said := SAID_AHEAD.search(line.text)) is not None:
                ahead, speech_ahead = FIVE_YEAR_PLANS[said.group("period")][1], True
            results.extend(found)
            if len(line.text.strip()) <= 40 and not re.search(r"[。;；！？!?]", line.text) and all(v.year_source != "sentence" for v in found):
                # a subheading of a press report (no sentence, no year of its own): its figures, if any, are the body's below it
                headings.append(self._heading_of_figures(line, named))
            if line.index == headline:
                yearless = self._yearless
                headline_found = found
            # a headline is a statement of its own, never the start of the body's first sentence
            # (绵阳常住人口2035年或将达520万人 over 记者获悉，到2035年…: its 或将 is not the body's)
            tail = unfinished(line.text) if line.index != headline else ""
            if LEAD_IN.search(line.text) or YEAR_LINE.fullmatch(line.text) or goals_title(line.text) or ahead_title(line.text):
                # a lead-in of the year's work goals under a lead of a year or period (到2020年， then …工作目标是：) keeps that lead's year
                if (led := lead_year(line.text, self.default_years.get("target"), self.page_year, governed=lead is not None,
                                     present=self.default_years.get("baseline"))) is not None:
                    lead, self.lead_goal = led, bool(GOAL_WORDS.search(line.text))
                    ahead_items = ahead_title(line.text) is not None
                listing = listing or bool(LEAD_IN.search(line.text))
            if QUESTION.search(line.text) and named:
                self.topic, self.topic_said = named[-1], False  # 总和生育率目标是多少？ — the answer below gives its values
            elif named or found:
                self.topic = None
        if any(figures for _, figures, _ in headings):
            stated = _heading_figures(headings, results)
            # a figure of a subheading the body states is read as the body reads it, not by the subheading's own words
            spans = {(v.line.index, v.value.start) for v in stated}
            results = [v for v in results if (v.line.index, v.value.start) not in spans] + stated
        results = _central_heading(results)
        _forecast_by_body(headline_found, results)
        _period_label_by_body(headline_found, results)
        return results + _dated_by_body(yearless, results)

    def _restated_plan_end(self, before: str) -> int | None:
        """The end of the plan whose goal a progress report restates: the last five-year plan the sentence names before the value
        (“十二五”规划确定的… → 2015), else the text's own plan period's end when the text is written inside that period (a monitoring
        report of a 2011—2020 plan, cut-off 2015) — not before it: a plan's goals are compared with nothing before its period starts,
        so a goal compared (低于6‰的规划目标) in a “十四五” plan whose cut-off is 2020 is an earlier plan's (review of gt, finding 2)."""
        named = re.findall(r"[“\"「『]?(十[一二三四五]?五)[”\"」』]?\s*(?:规划|时期|期间)", before)
        if named:
            return FIVE_YEAR_PLANS[named[-1]][1]
        present = self.default_years.get("baseline")
        started = self.period_start is not None and present is not None and present >= self.period_start
        return self.terms[1] if self.terms is not None and started else None

    @staticmethod
    def _plan_end_ahead(clause: str, before: str, sentence: str) -> str:
        """The clause with the 末 of a five-year plan's name taken out where it is the plan's end ahead, no word of the past
        (:data:`PLAN_END_NAMED`): beside a goal said, in a sentence that reports no goal met, and only for the latest plan the sentence
        names (《纲要》提出，“十三五”末…为55%，“十四五”末提高到60%: the first end is past)."""
        reported_met = any(not GOAL_STILL_AHEAD.search(sentence, start_of_clause(sentence, match.start()), match.start())
                           for match in GOALS_REPORTED_MET.finditer(sentence))  # not 确保全面完成…, 力争超额完成…: goals still
        if not GOAL_WORDS.search(GOAL_NOUN.sub("", before)) or reported_met:
            return clause
        named = [match.group("name") for match in PLAN_END_NAMED.finditer(sentence)]
        latest = max(named, key=lambda name: FIVE_YEAR_PLANS[name][0], default="")
        return PLAN_END_NAMED.sub(lambda match: "" if match.group("name") == latest else match.group(), clause)

    def _same_place(self, one: str, other: str) -> bool:
        """Whether two values' places are the same: the same word, or the text's own place named by a scope word of its own (全市 in
        a city's text, 全省 in a province's) or by none."""
        own = [not word or (bool(SCOPE_WORD.match(word)) and word not in ("全国", "我国") and not self._contains_own(word)) for word in (one, other)]
        return one == other or all(own)

    def _own_scope(self, text: str) -> bool:
        """Whether the text names the text's own place by a scope word (全市 in a city's text, 全省 in a province's; not 全国, and not
        the province that contains a city's or county's place: :meth:`_contains_own`)."""
        return any(match.group() not in ("全国", "我国") and not self._contains_own(match.group()) for match in SCOPE_IN_CLAUSE.finditer(text))

    def _contains_own(self, word: str) -> bool:
        """Whether a place word of a city's or county's text stands for a place that contains the text's own: its province
        (by name, or 全省/本省), its prefecture in a county's text (by name), or the nation (全国); never in a province's text."""
        if self.level not in ("prefecture", "county"):
            return False
        if word in ("全国", "我国", "全省", "我省", "本省"):
            return True
        own, place = by_name(self.place), by_name(word)
        return own is not None and place is not None and place.name != own.name and place.name in (own.province, own.prefecture)

    def _heading_of_figures(self, line: PlanLine, named: list[Mention]) -> tuple[PlanLine, list[Value], set[str]]:
        """A heading with its figures and the codes it names (:func:`_heading_figures`): no figures when it writes a year, is
        longer than a heading of figures (40 characters) or holds words that name no code (1-2 条地铁线路: a count of something
        else); the codes are the codebook's and those named after a count (600万本省农业人口落户城镇: :data:`TOTAL_NAMED_AFTER`)."""
        text = line.text
        figures = [v for v in find_values(text) if v.number is not None and v.unit]
        if not figures or len(text.strip()) > 40 or HEADING_YEAR.search(text):
            return line, [], set()
        codes = {m.code for m in named if m.code}
        spans = [(v.start, v.end) for v in figures] + [(m.start, m.end) for m in named]
        for value in figures:
            for pattern, code in TOTAL_NAMED_AFTER:
                if (match := pattern.match(text, value.end)) is not None:
                    codes.add(code)
                    spans.append((value.end, match.end()))
                    break
        rest = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in spans))
        if not FIGURE_SEPARATORS.fullmatch(rest) and not codes:
            return line, [], set()
        return line, figures, codes

    def _review_present(self, line: PlanLine, period_end: int) -> int | None:
        """The present of a review of the past years (a paragraph opening on 五年来, 过去五年, 近年来: :data:`SINCE`) — the text's
        latest observed year (its cut-off: a report of 2021 reviews up to 2020) — when it is after ``period_end``, the end of
        the period the review starts from; ``None`` in a text whose date is unknown or in a paragraph that is no review."""
        present = self.default_years.get("baseline")
        if present is None or present <= period_end or not SINCE.match(line.text.lstrip(" \t　“\"")):
            return None
        return present

    def _share_whole(self, sentence: str, end: int) -> list[re.Match]:
        """The shares of a named whole (占常住人口比例) before ``end`` in the sentence, else in the sentence before (a clause
        of the same list after ；): what a bare 占比 after them is of (:data:`BARE_SHARE`)."""
        return list(SHARE_WHOLE.finditer(sentence, 0, end)) or list(SHARE_WHOLE.finditer(self.previous_sentence))

    def _announced_year(self, text: str) -> int | None:
        """The year whose goals a paragraph announces at its end without stating them (:data:`ANNOUNCED_GOALS`:
        确定了今年…工作目标。): its written year, or the page's for 今年/本年 (none when the page's date is unknown)."""
        match = ANNOUNCED_GOALS.search(text)
        if match is None:
            return None
        written = re.match(r"(?:19|20)\d{2}", match.group("year"))
        return int(written.group()) if written else self.page_year

    @staticmethod
    def _list_item(text: str, named: list[Mention], listing: bool) -> bool:
        """A short numbered line that states an indicator's value (2、千人医生数达到2.8名) is an item of a list of goals,
        read as a body line under the lead-in's year, not a heading: an indicator is named and a number that is no
        year follows it with a verb of stating (:data:`ITEM_STATES`), or its value with its unit right after one of the
        indicators it names, a year between or not (:data:`ITEM_VALUE`: （1）到2035年，全市常住人口410万人左右,
        第2条 全市常住人口2020年末396万人) — whatever number of :mod:`analysis.numbering` opens it (brief xlo: (1), (一),
        一．, 第1条 as 1.). A numbered line without a value (（一）人口发展现状) stays a heading. Under a lead-in that opened
        a list (到2020年将实现：), an item numbered 1、 2. (1) that names no indicator (1、新建医院12家) is one too, and keeps
        the lead-in's year for the items after it."""
        if named:
            return ITEM_STATES.search(text, named[0].end) is not None or any(ITEM_VALUE.match(text, mention.end) is not None for mention in named)
        return listing and ARABIC_ITEM.match(text) is not None

    # -- one paragraph (line) -------------------------------------------------------------

    def _read_line(self, line: PlanLine, heading: str, kind: str, lead: int | None = None, prefix: str = "", past: bool = False) -> list[ProseValue]:
        """The values of one line; ``prefix`` is the unfinished sentence the line above ended
        with (a hard-wrapped paragraph), read for its indicators and years, never for values; ``past``: the
        ``lead`` year is one the paragraph before looked back on (:data:`CONTINUED_REPORT`)."""
        text = prefix + line.text
        carried: tuple[int | None, str] = (lead, "lead") if lead else (None, "")
        period: tuple[int, int] | None = None
        recent: list[int] = []
        out = []
        forecast = False  # a forecast introduced earlier in the paragraph (据测算，…。…) covers what follows
        self.previous_codes = []
        self.previous_years = set()
        # the age bands of the older population the paragraph named so far (60岁以上户籍老年人口180万。预计2025年老年人口增至220万): one
        # band named is that of a later bare 老年人口, 人口老龄化水平 of the paragraph (brief gv, form 7)
        self.line_bands: set[str] = set()
        self.line_any_bands: set[str] = set()  # … and every band named, with or without 老 (65岁及以上人口占比16%)
        state: _SentenceState | None = None
        span: tuple[int, int] | None = None  # a review's span the sentence before stated (:attr:`_SentenceState.review_span`)
        turned = False  # a sentence so far in the paragraph spoke of a goal ahead (REVIEW_GOES_AHEAD): the review is over
        for start, end, sentence in sentences(text):
            if end <= len(prefix):
                forecast = forecast or bool(FORECAST_LEAD.search(sentence))
                continue
            budget.check()
            turned = turned or bool(REVIEW_GOES_AHEAD.search(sentence))
            self.paragraph_before = text[:start]  # the paragraph before the sentence (a goal year a total is summed up to: SUMMED_TO)
            if SINCE.match(sentence.lstrip(" \t　“\"")):
                carried = (None, "")  # 5年来，…保持在5‰左右 after a sentence of 2020 goals: a record of the past, no carried goal year
            told_ahead = span is not None and SPAN_AHEAD.search(sentence, 0, (opening.start() if (opening := re.search(r"[从由]", sentence)) else len(sentence))) is not None
            if told_ahead:
                carried = (None, "")  # the review's present is not the year of goals told after it (brief fy)
            state = _SentenceState(*carried, period=period, stable_year=carried, recent=recent, sentence=sentence)
            state.told_done = bool(THIS_YEAR_DONE.search(sentence))
            if span is not None and not ANY_YEAR_OR_PERIOD.search(sentence) and not told_ahead:
                # …从“十二五”末…增加到…。常住人口城镇化率从34.4%提升到49%: a transition without years after a review's span is of
                # the same two years — not one told ahead (今后，…将从47%提高到55%; …要从40%提高到50%: brief fy)
                state.transition_from, state.transition_to, state.review_span = span[0], span[1], span
                state.context_year, state.context_source, state.context_past = span[1], "year", True
            span = None
            state.context_past = past and carried == (lead, "lead")
            if forecast and not GOAL_LEAD.search(sentence) and not PAST_OPENING.match(sentence):
                state.projection_from = 0
            kept_topic = None
            if (len(set(self.previous_codes)) == 1 and len(self.previous_years) == 1 and SAME_MEASURE_OTHER_PLACE.match(sentence) and not self.codebook.mentions(sentence)
                    and (prior := next((m for m in reversed(self.previous) if m.code == self.previous_codes[0]), None)) is not None):
                # 2020年，全国常住人口城镇化率为63.9%。全市为72.1%。: the indicator the sentence before stated for one place, now
                # for another (its year carried as any sentence's)
                kept_topic, (self.topic, self.topic_said) = (self.topic, self.topic_said), (prior, False)
            self._read_sentence(line, start - len(prefix), sentence, state)
            if kept_topic is not None:
                self.topic, self.topic_said = kept_topic
            _hukou_basis(state.results)
            self.previous_sentence = sentence
            levels = [v for v in state.results if not v.is_change]
            # a sentence of one place only: after the levels of several (石家庄市、唐山市…均达到300万人以上) the next one's subject is unsaid
            self.previous_codes = [v.code for v in levels] if len({"" if not v.entity or SCOPE_WORD.match(v.entity) else v.entity for v in levels}) == 1 else []
            self.previous_years = {v.year for v in levels}  # one year only: the year a place's value after it is of (全市为72.1%)
            forecast = forecast or bool(FORECAST_LEAD.search(sentence))
            recent = state.next_recent
            named = [m for m in self.codebook.mentions(sentence) if not sentence.startswith("普查", m.end)]
            self.line_bands |= paragraph_band(named)
            self.line_any_bands |= paragraph_band(named, any_words=True)
            if named:
                self.previous = named
                if not state.results and not find_values(sentence):
                    self.topic, self.topic_said = named[-1], True  # 总和生育率是衡量生育水平的核心指标。《规划》提出，力争…回升至1.3左右
            for value in state.results:
                value.section, value.section_kind = heading, kind
                if value.code == "natural_growth_rate" and hukou_section(heading) and not value.label.startswith("常住"):
                    value.code = "natural_growth_rate_hukou"  # (二)户籍人口 …自然增长率3.5‰: the registered population's rate
                if value.year is None and value.year_source == UNDATED:
                    continue  # 去年…82.40岁 in a text whose date is unknown: no year, never a guessed one (the row is dropped)
                if value.year is None:
                    # a clause that reports a goal met (…，提前完成“十二五”规划确定的…50%的目标) is no goal word for the level before it
                    goal = GOAL_WORDS.search(without_goals_met(sentence)) or (CROSSING.match(value.value.text) and not PAST_WORDS.search(sentence))
                    # a spatial plan's figure with no year of its own is its planned figure (中心城区城市人口规模为629万人)
                    # unless the sentence speaks of the present (目前, 现状, 已, 年末)
                    goal = goal or (self.spatial and not PAST_WORDS.search(sentence) and not PRESENT_WORDS.search(sentence))
                    default = kind if kind != "unknown" else ("target" if goal else "baseline")
                    lead = sentence[: max(0, value.value.start - (start - len(prefix)))]
                    if (PRESENT_WORDS.search(lead) and not GOAL_WORDS.search(lead)) or value.described or now_clause(lead):
                        default = "baseline"  # 依据最新数据，浙江常住人口为5180万，10年间将多出…: the present, whatever follows
                    if SINCE.search(sentence, 0, max(0, value.value.start - (start - len(prefix)))):
                        default = "baseline"  # 2008年以来，全省人口出生率控制在12‰以内: the level kept up to now
                    elif SINCE.match(line.text.lstrip(" \t　“\"")) and not turned:
                        # 过去五年，我们…办实事。…基本医疗保险参保率保持在98%以上: a later sentence of the review's paragraph, with no
                        # word of a goal ahead in it or in a sentence before it (下一步，…控制在6‰以内: the review is over; review of brief
                        # at), states what was kept up to now too (brief at)
                        default = "baseline"
                    if value.transition == "to after a stated year":
                        default = kind if kind in ("baseline", "target") else ("target" if GOAL_MARKERS.search(sentence) else "baseline")
                    elif value.transition:
                        default = "baseline" if value.transition == "from" else "target"
                    value.year = self.default_years.get(default)
                    value.year_source = f"section ({kind})" if kind != "unknown" else f"wording ({default})"
                    if (value.transition in ("from", "to") and (span := PAST_SPAN_OPENING.match(sentence)) is not None
                            and not REVIEW_GOES_AHEAD.search(sentence) and (present := self.default_years.get("baseline")) is not None):
                        # 过去五年，全市人口自然增长率从7.3‰降至5.6‰: from the span's first year to the present, both observed (forms handout Bd, 10);
                        # — only when the page is dated no later than the year after the cut-off: a mid-term review of a 2021—2025
                        # plan dated 2023, cut off at the plan's base, runs 过去两年 to 2022, which the cut-off would make a target —
                        # no year then, rather than 2018 → 2020 from the plan's base (review of gt, finding 8)
                        n = span.group("n") or span.group("n2")
                        value.year = present - (int(n) if n.isdigit() else NUMERALS[n]) if value.transition == "from" else present
                        if self.page_year is not None and self.page_year - 1 > present:
                            value.year = None
                        value.year_source = "wording (a from–to pair over the past years reviewed)"
                    if (kind == "unknown" and default == "baseline" and (ahead := YEARS_AHEAD.search(lead)) is not None and not lead.startswith("来", ahead.end())
                            and not PRESENT_WORDS.search(lead, ahead.end()) and not PAST_WORDS.search(lead, ahead.end())):
                        # 今后两年，常住人口城镇化率达到54% / 今后五年，也就是“十四五”后四年，…达到58%: a value told after the years ahead is
                        # never the present's level — no year, rather than the text's cut-off (brief fy)
                        value.year = None
                    if PRESENT_WORDS.search(lead) and ESTIMATE.search(lead) and not GOAL_WORDS.search(ESTIMATE.sub("", lead)) and self.page_year is not None:
                        # 目前我市中心城区城市人口规模预计为125万人: an estimate of the present, the page's year
                        value.year, value.year_source = self.page_year, "wording (an estimate of the present)"
            out.extend(v for v in state.results if v.year is not None and not _restated_bound(v, state.results))
            self._yearless.extend(v for v in state.results if v.year is None and not v.is_change and not _restated_bound(v, state.results))
            carried = state.stable_year  # years stated inside a projection do not carry over
            if state.coming or state.demanded:
                # 今后五年…: the coming years date their own sentence only (brief fy); so does the page's year given to a bare 全年/年末 by
                # a meeting's demand (会议提出，年末…。全年全市出生人口5.2万人。: the next sentence's 全年 is no demand; review of brief at)
                carried = (None, "")
            if carried[1] == UNDATED:
                carried = (None, "")  # a year relative to an unknown date: the sentences after it fall back to their own wording
            period = state.period
            span = state.review_span
        self.line_year, self.line_past = carried[0], bool(state is not None and state.context_past and carried[0] is not None)
        return out

    # -- one sentence ---------------------------------------------------------------------

    def _denominator_first(self, sentence: str, mentions: list[Mention]) -> list[Mention]:
        """A rate written denominator first, its number between (每万名居民有3名全科医生, 每千名老年人有40张养老床位:
        :data:`DENOMINATOR_FIRST`): the rate the codebook names as 每万名居民拥有全科医生数, its mention standing right before
        the number; mentions inside the phrase (the thing counted) give way to it."""
        found = []
        for match in DENOMINATOR_FIRST.finditer(sentence):
            words = [match.group("word") or "", "名", ""] if match.group("word") != "名" else ["名", ""]
            candidates = [f"每{match.group('per')}{word}{match.group('base')}{verb}{match.group('thing')}{tail}"
                          for verb in ("拥有", "") for word in dict.fromkeys(words) for tail in ("数", "")]
            code = next((self.codebook.exact(c) for c in candidates if self.codebook.exact(c)), None)
            if code is None or not self.codebook[code].unit.startswith(("per ", "beds per ", "places per ")):
                continue
            found.append((Mention(match.start(), match.start("num"), code, sentence[match.start() : match.start("num")]), match.end()))
        if not found:
            return mentions
        kept = [m for m in mentions if not any(f.start <= m.start < end for f, end in found)]
        return sorted(kept + [f for f, _ in found], key=lambda m: m.start)

    def _plain_population(self, sentence: str, mentions: list[Mention]) -> list[Mention]:
        """Plain 人口 standing for the place's total (resident) population: after a place name or a
        scope word, or opening a clause, with its verb and number right after (see PLAIN_POPULATION)."""
        found = []
        for match in PLAIN_POPULATION.finditer(sentence):
            start = match.start()
            if any(m.start <= start < m.end for m in mentions):
                continue
            before = sentence[max(0, start - 12) : start]
            place = [m for m in names_pattern().finditer(before) if m.end() == len(before)]
            if place or CLAUSE_OPENING.search(before) or SPAN_OPENING.search(before) or SCOPE_BEFORE.search(before) \
                    or re.search(r"(?:现役军人|直辖市|自治区)[)）]?的$", before):  # 全国31个省、自治区、直辖市和现役军人的人口为137349万人
                found.append(Mention(start, match.end(), "pop_resident", "人口"))
        for match in PLACE_HAS_PEOPLE.finditer(sentence):
            # 桐庐县2019年底有62万人: a place and a year as the clause's subject, 有 and a count of people, nothing after
            head = sentence[start_of_clause(sentence, match.start()) : match.start()]
            opening = PLACE_HAS_SUBJECT.fullmatch(head)
            if opening is None or any(m.start < match.end() and m.end > start_of_clause(sentence, match.start()) for m in mentions):
                continue
            place = opening.group("place")
            if not (SCOPE_IN_CLAUSE.fullmatch(place) or any(m.start() == 0 and m.end() == len(place) for m in names_pattern().finditer(place))):
                continue
            if "人口" in self.previous_sentence:
                continue  # 全市建档立卡贫困人口持续减少。2020年，祁东县有1.2万人: of the population the sentence before is about
            year_before = LEADING_YEAR_CLAUSE.search(sentence, 0, start_of_clause(sentence, match.start()))
            if not (opening.group("year") or opening.group("year0") or (year_before and year_before.end() == start_of_clause(sentence, match.start()))):
                continue
            found.append(Mention(match.start(), match.end(), "pop_resident", "有"))
        for match in HAVING_POPULATION.finditer(sentence):
            start = match.start("verb")
            if any(m.start <= match.end() - 1 < m.end for m in mentions):
                continue
            before = sentence[max(0, start - 12) : start]
            place = [m for m in names_pattern().finditer(before) if m.end() == len(before)]
            if place or HAVING_OPENING.search(before) or SCOPE_BEFORE.search(before):
                found.append(Mention(match.end() - 2, match.end(), "pop_resident", "人口"))  # 全市有人口520万, 目前约有人口70余万
        return found

    def _indicator_after(self, after: str, value: Value, compared: bool = False) -> Mention | None:
        """The indicator a value is an attribute of (82.40岁的人均期望寿命, 60%的常住人口城镇化率): a mention right after
        的 whose unit the value has (a unit of its own, never a bare number); its span relative to ``after``'s start. A count
        only when it is the base of a comparison (比上年度67.6万人的常住人口, 比2015年的67.6万人的常住人口): the population compared."""
        if not value.unit:
            return None
        ahead = [m for m in self.codebook.mentions(after[1:20]) if m.start == 0]
        if not ahead or (self.codebook[ahead[0].code].unit in ("10k persons", "persons") and not compared) or not compatible(self.codebook[ahead[0].code].unit, value.unit):
            return None
        return Mention(value.end + 1, value.end + 1 + ahead[0].end, ahead[0].code, ahead[0].label)

    def _count_subject(self, before: str, after: str, value: Value) -> Mention | None:
        """The population word right after a count (331万贫困人口, 1000万级常住人口) that opens its clause or
        follows a verb of having (:data:`COUNT_OPENING`): the count's indicator, its span relative to the sentence."""
        if value.unit not in ("10k persons", "100m persons"):
            return None
        tail = before[-12:]
        if PERIOD_TOTAL_WORDS.search(before, start_of_clause(before, len(before))):
            return None  # 2016到2020年，全市累计完成3.1万贫困人口实现脱贫: a total over the period
        gathered = GATHERED.search(before)
        if not COUNT_OPENING.search(before) and not gathered and not any(m.end() == len(tail) for m in names_pattern().finditer(tail)):
            return None
        gap = re.match(r"(?:级|的)?", after).end()
        ahead = [m for m in self.codebook.mentions(after[gap : gap + 16]) if m.start == 0 and self.codebook[m.code].unit == "10k persons"]
        if not ahead:
            return None
        if gathered:
            # 中心城市集聚35万城镇人口: the population a place gathers is its own; a central city's is the central area's, any
            # other part's (县城, 新区) no level of a code; an increment (还将集聚) or a capacity (可承载) no level at all
            subject = before[start_of_clause(before, gathered.start()) : gathered.start()]
            if not GATHERED_GOAL_YEAR.search(before) or GATHERED_INCREMENT.search(before) or GATHERED_CAPACITY.search(subject):
                return None
            if CENTRAL_PART.search(subject):
                return Mention(value.end + gap, value.end + gap + ahead[0].end, "pop_central_urban", ahead[0].label)
            if PART_OF_PLACE.search(subject) or SUB_AREA.search(subject) or ahead[0].code not in ("pop_resident", "pop_urban"):
                return None
        return Mention(value.end + gap, value.end + gap + ahead[0].end, ahead[0].code, ahead[0].label)

    def _district_goal(self, clause: str, sentence: str, value: Value) -> str | None:
        """The district whose ceiling ``value`` is (:data:`DISTRICT_GOAL` under :data:`CEILING_TOPIC` in the paragraph so far),
        ``""`` when it is one but no year is stated in the paragraph so far, else ``None``."""
        goal = DISTRICT_GOAL.match(clause)
        if goal is None or not CEILING_TOPIC.search(self.paragraph_before + sentence[: value.start]):
            return None
        places = re.split(r"和|与|及|、", goal.group("places"))
        index = 1 if goal.group("prior") else 0
        if index >= len(places) or not all(gazetteer_name(name) for name in places):
            return None
        if len(places) == 2 and index == 0 and not re.match(r"\s*(?:和|与|、)\s*\d", sentence[value.end :]):
            return None  # two districts and one number: no pair
        if not re.search(r"(?:19|20)\d{2}\s*年(?!\s*\d{1,2}\s*月)|今年|明年", sentence):
            return ""  # not the report's date of the paragraph before (2017年1月，…。其中，海珠区的上限目标是180万人): no year of the goal
        return places[index]

    def _system_entry(self, sentence: str, position: int, clause: str) -> str | None:
        """The part a city-system entry's label names (:data:`SYSTEM_ENTRY`) when the value at ``position`` is in that entry
        and the label names the central area or another part (:data:`CENTRAL_ENTRY`, :data:`ENTRY_PART`) that is no place
        of the gazetteer — a short label, no task's heading, and no place named in the value's ``clause``
        (:data:`ENTRY_LABEL_MAX`, :data:`ENTRY_HEADING_VERB`, :data:`ENTRY_CLAUSE_PLACE`); else ``None``."""
        entry = None
        for entry in SYSTEM_ENTRY.finditer(sentence, 0, position):
            pass
        if entry is None:
            return None
        part = entry.group("part")
        if len(part) > ENTRY_LABEL_MAX or ENTRY_HEADING_VERB.match(part) or ENTRY_CLAUSE_PLACE.search(clause) or names_pattern().search(clause):
            return None
        if not (CENTRAL_ENTRY.fullmatch(part) or ENTRY_PART.search(part)) or gazetteer_name(part):
            return None
        return part

    def _paired_count(self, sentence: str, clause_start: int, seen: list[Mention], codes: tuple[str, ...] = ()) -> bool:
        """Whether the clause before ``clause_start`` states a count of the place's people as a level (城镇人口320万人，):
        its mention, a verb of a level at most, the count in 万 and the clause break (:data:`PAIRED_COUNT`) — a count of one of
        ``codes`` when given (the central area's pair: the whole place's residents or urban population only, never a group's
        count, 60岁以上老年人口120万人，中心城区50万人: review of gv, finding 6)."""
        last = next((m for m in reversed(seen) if m.end <= clause_start), None)
        if last is None or last.code == "pop_central_urban" or (codes and last.code not in codes):
            return False
        indicator = self.codebook[last.code]
        return indicator.unit == "10k persons" and indicator.measure == "stock" and PAIRED_COUNT.fullmatch(sentence, last.end, clause_start) is not None

    @staticmethod
    def _subject_after(pattern: re.Pattern[str], after: str) -> bool:
        """Whether ``after`` opens with a subject of :data:`SUBJECT_AFTER` (常住 before a place: a gazetteer name)."""
        match = pattern.match(after)
        if match is None or "place" not in pattern.groupindex or match.group("place") is None:
            return match is not None
        rest = after[match.end() : match.end() + 12]
        return any(name.start() == 0 for name in names_pattern().finditer(rest))

    def _districts_listed(self, sentence: str, mentions: list[Mention]) -> list[Mention]:
        """The city's districts (市辖区) opening a list of figures with a year or a stop after it (市辖区2020年户籍人口121.5万人，
        七普常住人口118.26万人，城镇化率67.2%): its resident population is the city proper's (`pop_city_proper`), and its other
        figures are of no code (the districts' registered population or urbanisation: their values are not read), up to another
        part or the whole place (中心城区, 全市) or the end of the sentence."""
        opened = [o for o in DISTRICTS_LISTED.finditer(sentence) if not DISTRICTS_COUNTED.search(sentence, 0, o.start())]
        out = []
        for m in mentions:
            opening = next((o for o in reversed(opened) if o.end() <= m.start), None)
            if opening is None or PART_OR_WHOLE.search(sentence, opening.end(), m.end) or m.code in ("pop_city_proper", "pop_central_urban"):
                out.append(m)
            elif m.code == "pop_resident":
                out.append(Mention(m.start, m.end, "pop_city_proper", "市辖区" + m.label))
            else:
                self._district_figures.add(m.start)
                out.append(m)
        return out

    @staticmethod
    def _city_wide_before(sentence: str, start: int) -> bool:
        """The whole city (全市, 市域) or a place of the gazetteer named right before ``start`` (:data:`CITY_WIDE_BEFORE`)."""
        match = CITY_WIDE_BEFORE.search(sentence, 0, start)
        if match is None:
            return False
        if match.group("name") is None:
            return True
        name = match.group("name")
        return any(found.end() == len(name) for found in names_pattern().finditer(name))

    def _of_larger_place(self, share: str) -> bool:
        """Whether a share (占…) is of a place larger than the plan's: 占全国 below the nation, 占全省/占全自治区 below a
        province, 占全区 in a prefecture's text (its autonomous region; a district's 全区 is its own)."""
        larger = re.match(r"占(?P<scope>全国|全省|全自治区|全区)", share)
        if larger is None:
            return False
        scope = larger.group("scope")
        return (self.level != "nation" if scope == "全国" else self.level == "prefecture" if scope == "全区"
                else self.level not in ("nation", "province"))

    @staticmethod
    def _province_share(sentence: str, mentions: list[Mention]) -> list[Mention]:
        """A share of the province written after the place's population in its sentence, naming no population of its own
        with nothing but its number between (全市常住人口318.4万人，占全省约6%; 占全省人口的6%): the place's share of the
        province's population (`share_of_province_pop`) — not after another group's count (城镇人口…，占全省的12%), the
        registered population (codebook: residents), nor with another figure or noun between (…，地区生产总值3200亿元，占全省的5%;
        …，陆域面积占全省的5.7%; the population's urbanisation rate may stand between: 城镇化率63.1%，占全省约6%)."""
        added = []
        for match in PROVINCE_SHARE.finditer(sentence):
            if any(m.start <= match.start() < m.end for m in mentions):
                continue  # 常住人口占全省比重: a synonym, already a mention
            counts = [m for m in mentions if m.end <= match.start() and m.code in POPULATION_COUNTS]
            if counts and counts[-1].code == "pop_resident" and COUNT_THEN_SHARE.fullmatch(sentence, counts[-1].end, match.start()):
                added.append(Mention(match.start(), match.end(), "share_of_province_pop", match.group().strip()))
        if not added:
            return mentions
        # the province's population inside the share's words (占全省人口的12%) is its base, no mention of its own
        kept = [m for m in mentions if not any(a.start <= m.start < a.end for a in added)]
        return sorted(kept + added, key=lambda m: m.start)

    @staticmethod
    def _city_proper(sentence: str, mention: Mention) -> Mention:
        """A city's name with 区 before its 常住人口 (保定市区常住人口达到355万人, 惠州市区常住人口超240万): the
        population of the city proper (市区), not of the whole city."""
        if mention.code != "pop_resident" or sentence[mention.start - 1 : mention.start] != "区":
            return mention
        before = sentence[max(0, mention.start - 12) : mention.start - 1]
        if any(m.end() == len(before) and m.group().endswith("市") for m in names_pattern().finditer(before)):
            return Mention(mention.start - 2, mention.end, "pop_city_proper", "市区" + mention.label)
        return mention

    def _read_sentence(self, line: PlanLine, offset: int, sentence: str, state: _SentenceState) -> None:
        self._each_carried, self.each_list = self.each_list, None
        if self.level == "province" and not self.place.endswith("市") and "市" in sentence:
            self._last_city(sentence)
        mentions = [m for m in self.codebook.mentions(sentence) if not sentence.startswith("普查", m.end)]
        parts = self.codebook.parts(sentence)  # 农村地区婴儿死亡率为4.1‰，全省为3.5‰: the part's indicator, for the whole's clause after it
        self._part_spans = {(m.start, m.end) for m in parts}
        if "市区" in sentence:
            mentions = [self._city_proper(sentence, m) for m in mentions]
        self._district_figures = set()
        if "市辖区" in sentence:
            mentions = self._districts_listed(sentence, mentions)
        if "占全省" in sentence:
            mentions = self._province_share(sentence, mentions)
        if self.city_proper_plan:
            mentions = [Mention(m.start, m.end, "pop_city_proper", m.label) if m.code == "pop_resident" and not self._city_wide_before(sentence, m.start)
                        and not CITY_WIDE_BEFORE.search(sentence[m.start : m.start + 3], 0, 2) else m
                        for m in mentions]  # 至2025年，常住人口规模达到262万人 in a plan of 湖州市区
        if "每" in sentence:  # 每千常住人口拥有的执业医生数: the population is the denominator of a rate, not a subject
            mentions = [m for m in mentions if not (self.codebook[m.code].unit in ("10k persons", "persons") and PER_CAPITA.search(sentence, 0, m.start))]
        if "每" in sentence and "有" in sentence:
            mentions = self._denominator_first(sentence, mentions)
        if "人口" in sentence or "有" in sentence:
            plain = self._plain_population(sentence, mentions)
            if plain:
                mentions = sorted(mentions + plain, key=lambda m: m.start)
        if "出生" in sentence:
            births = [Mention(m.start(), m.end(), "births", "出生") for m in BIRTHS_VERB.finditer(sentence) if not any(n.start <= m.start() < n.end for n in mentions)]
            if births:
                mentions = sorted(mentions + births, key=lambda m: m.start)
        # a year carried from the sentence before (2020年全市出生人口9.1万人。年末…) leaves no bare 全年, 年末 to the page's year
        year_mentions = years(sentence, self.page_year, self.last_year, self.terms if self.spatial else None, self.default_years.get("target"), self.last_census,
                              carried=state.stable_year[0] is not None)
        if census := list(CENSUS.finditer(sentence)):
            self.last_census = CENSUS_YEARS[census[-1].group("n") or census[-1].group("m")]  # for a 这次人口普查 further on
        if year_mentions:
            self.last_year = year_mentions[-1].year  # for a 到那时 or 届时 further on
        if any(m.relative and BARE_YEAR_SPAN.match(sentence, m.start) and YEAR_DEMANDED.search(sentence, max(0, m.start - 24), m.start) for m in year_mentions):
            state.demanded = True
        if CURRENT.search(sentence):
            state.context_year, state.context_source = None, ""  # 目前…: the present, not the year of the sentence before
        coming = YEARS_AHEAD.search(sentence)
        if coming is not None and sentence.startswith("来", coming.end()):
            coming = None  # 今后五年来: a span of the past
        if (coming is not None and not year_mentions and not ANY_YEAR_OR_PERIOD.search(sentence) and COMING_GOAL.search(sentence, coming.end())
                and not COMING_RECORD.search(sentence) and (present := self.default_years.get("baseline")) is not None):
            # 今后五年的奋斗目标是：…常住人口城镇化率达60%以上 in a report whose latest observed year is 2021: the term's end, 2026,
            # for the values after it (全省城镇人口约5090万人，也就是说，未来5年…将增加…: the level before it is the present's);
            # the year is the sentence's own and is not carried to the next (brief fy)
            n = coming.group("n")
            year_mentions = [YearMention(coming.start(), coming.end(), present + (int(n) if n.isdigit() else NUMERALS[n]), "to")]
            state.coming = True
        plans = five_year_plans(sentence)
        average = period_average_years(sentence)
        if average:
            state.average_years = average
            marker_at = sentence.find("年平均")
            state.average_from = max(0, marker_at - 3)
            state.average_until = next((m.start() for m in CLAUSE_BREAK.finditer(sentence, marker_at)), len(sentence))
        marker = (SPATIAL_FORECAST_MARKER if self.spatial else FORECAST_MARKER if self.reports_plan else PROJECTION_MARKER).search(sentence)
        while (marker is not None and marker.group().startswith("将") and not FORECAST_MARKER.match(marker.group()) and not self.forecast_headline
               and not FORECASTER_BEFORE.search(sentence, 0, marker.start()) and not TREND_NAMED.search(sentence, 0, marker.start())):
            # 到2030年，衢州市域面积将达到8800平方公里，其中…，全市人口达到300万人: the bare 将 of a clause of an area (or money) is
            # that clause's; a population after it told without 将 is the plan's figure, not a forecast (brief gv, form 12)
            end = next((m.start() for m in CLAUSE_BREAK.finditer(sentence, marker.end())), len(sentence))
            if not OTHER_QUANTITY_CLAUSE.search(sentence, marker.end(), end) or re.search(r"人口|人", sentence[marker.end() : end]):
                break
            marker = PROJECTION_MARKER.search(sentence, end) if not self.spatial and not self.reports_plan else None
        planned = [m for m in PLANNED_BEFORE.finditer(sentence, 0, marker.start())] if marker and not FORECAST_MARKER.match(marker.group()) else []
        if planned and not CONTRAST.search(sentence, planned[-1].end(), marker.start()) and not TREND_NAMED.search(sentence, planned[-1].end(), marker.start()):
            # 计划到2020年，海南常住人口将达到996万人: the plan's goal, told with 将 (a contrast between them, 但照目前的势头，
            # 届时…将突破, or the present trend named, 按照目前的趋势，…将达到, and the marker is a forecast again)
            marker = None
        while marker is not None and self.reports_plan and not self.spatial and marker.group() == "将会":
            # 覆盖率将会进一步扩大，…参保率将达到98% in a report of a plan: a reporter's 将会 in a clause without a figure forecasts
            # nothing, and the goals restated after it are the plan's (a reporter's 将 restates a goal); a forecaster's word after it still counts
            end = next((m.start() for m in CLAUSE_BREAK.finditer(sentence, marker.end())), len(sentence))
            start = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, marker.start())), default=0)
            if re.search(r"\d", sentence[marker.end() : end]) or POPULATION_COURSE.search(sentence, start, marker.start()):
                break  # …，我省人口老龄化将会加速发展，到2025年…老年人口将达到1500万人: the population's course, a forecast
            marker = FORECAST_MARKER.search(sentence, end)
        if marker and state.projection_from is None:
            state.projection_from = marker.start()
        blocked = blocked_spans(sentence, mentions, year_mentions)
        peak = PEAK.search(sentence) or PEAK_NAMED_FIRST.search(sentence)
        if peak:
            self._peak(line, offset, sentence, peak, state)
            blocked.append((peak.start("year"), peak.end()))
        values = shared_qualifier(sentence, self._lost_signs(self._bracketed_units([self._per_km2_spelled(self._people_of_rate(self._per_100k_spelled(self._ratio_percent(self._per_mille(v, mentions, sentence), mentions, sentence), mentions, sentence), mentions, sentence), mentions, sentence) for v in find_values(sentence) if not inside(v.start, v.end, blocked)], mentions, sentence), mentions, sentence))
        if "负" in sentence or "負" in sentence:
            values = self._minus_words(values, mentions, sentence)
        lists = respectively_lists(sentence, mentions, values, year_mentions, self.codebook, self.previous, state.recent)
        withheld = self._unpaired_lists(sentence, mentions, values, lists)
        if "落户" in sentence or "市民化" in sentence or "新增" in sentence or "成为" in sentence or "转为" in sentence:
            lists.update(self._totals_named_after(sentence, values, lists))
        for mention in mentions:
            if mention.code in COUNT_OF_RATE:
                lists.update(self._count_of_rate(sentence, mention, values, lists))
        goals = list(dict.fromkeys(y.year for y in year_mentions if y.role in ("to", "context")))
        state.next_recent = goals if len(goals) >= 2 else state.recent
        events: list[tuple[int, str, object]] = (
            [(m.start(), "open", None) for m in re.finditer(r"[(（]", sentence)]
            + [(m.start(), "close", None) for m in re.finditer(r"[)）]", sentence)]
            + [(m.start, "mention", m) for m in mentions]
            + [(m.start, "mention", m) for m in parts]
            + [(y.start, "year", y) for y in year_mentions]
            + ([event for start, end in relative_year_spans(sentence) for event in ((start, "undated", None), (_clause_end(sentence, end), "dated", None))]
               if self.page_year is None else [])
            + [(p.start, "plan", p) for p in plans]
            + [(v.start, "value", v) for v in values]
        )
        events.sort(key=lambda event: (event[0], event[1] != "year"))
        seen: list[Mention] = []
        saved: list[tuple] = []
        for position, kind, item in events:
            if kind == "open":
                saved.append((state.context_year, state.context_source, state.context_past, state.pending_year))
            elif kind == "close":
                if saved:
                    state.context_year, state.context_source, state.context_past, state.pending_year = saved.pop()
            elif kind == "mention":
                seen.append(item)
            elif kind == "year":
                self._year(item, state)
            elif kind == "undated":
                # 去年, 今明两年, 5年后 in a text whose date is unknown: the values of its clause have no year
                if state.context_source != UNDATED:
                    # only a year this sentence wrote comes back after the clause, never one carried from the sentence before
                    # (2019年，…。去年全市出生人口8.2万人，人口出生率9.6‰: no year for either)
                    written = any(y.start < position and not y.relative for y in year_mentions)
                    state.undated_saved = (state.context_year, state.context_source, state.context_past) if written else None
                state.context_year, state.context_source, state.context_past, state.pending_year, state.each_years = None, UNDATED, False, None, []
            elif kind == "dated":
                if state.context_source == UNDATED and state.undated_saved is not None:
                    # …把今年的工作做好，二是…控制在13.81‰以内: past its clause the undated year dates nothing; the year before it is back
                    state.context_year, state.context_source, state.context_past = state.undated_saved
            elif kind == "plan":
                if item.part == "compare":
                    state.compare_year = item.last
                elif item.part == "end" and re.search(r"(?:从|由)\s*$", sentence[:position]) and (present := self._review_present(line, item.last)) is not None:
                    # 五年来，…从“十二五”末20000元增加到30000元: a review from the end of the period before to the report's present
                    state.transition_from, state.transition_to = item.last, present
                    state.context_year, state.context_source, state.context_past = present, "year", True
                    state.review_span = (item.last, present)
                elif item.part != "since":
                    state.period = (item.first, item.last)
                    if item.part in ("end", "period"):
                        state.context_year, state.context_source = item.last, "plan-period" if item.part == "period" else "plan-end"
            else:
                if item.start not in withheld:
                    self._value(line, offset, sentence, item, seen, state, lists.get(item.start))
            if state.projection_from is None or position < state.projection_from:
                state.stable_year = (state.context_year, state.context_source)

    def _unpaired_lists(self, sentence: str, mentions: list[Mention], values: list[Value], lists: dict[int, tuple]) -> set[int]:
        """A 分别/依次 list of levels as long as its list of items that the pairing by position left unpaired, because a value
        has a unit the item at its place cannot take (出生率、死亡率和自然增长率分别为10.5‰、6.2‰和4.3万人): each value whose item
        takes its unit is that item's (added to ``lists``), the others are withheld (returned) — never given to every item at
        once as a shared value would be (six crossed rows: a wrong reading is worse than none; brief lo)."""
        out: set[int] = set()
        if "分别" not in sentence and "依次" not in sentence:
            return out
        for marker in re.finditer("分别|依次", sentence):
            listed = value_list(sentence, marker.end(), values)
            if len(listed) < 2 or any(value.start in lists for value in listed):
                continue
            before = [m for m in mentions if m.end <= marker.start()]
            items = listed_items(sentence, marker.start(), before)
            if len(items) != len(listed):
                named = before[-len(items) :]
                if etc_places(sentence, marker.start(), before):
                    # 长沙、株洲、湘潭等市常住人口城镇化率分别达到70%和65%: more places than values (or fewer) — whose value is whose
                    # is not known, so none is read (not both to the last place)
                    out.update(value.start for value in listed)
                elif len(items) >= 2 and len({m.code for m in named}) == len(items) and (
                        CHANGE_VERB.search(sentence[: listed[0].start]) or INCREMENT.search(sentence[: listed[0].start])):
                    out.update(value.start for value in listed)  # a list of changes left unpaired: none is read
                elif len(items) >= 2 and len({m.code for m in named}) == len(items):
                    # 婴儿死亡率、5岁以下儿童死亡率分别为2.8‰、3.9‰和4.5‰: two items and three values — which value is whose is not
                    # known, so none is read (not every value to every item), except a value whose unit only one item takes and
                    # no other value of the list does (孕产妇死亡率、婴儿死亡率和…分别为8.5/10万、2.8‰: 8.5 is the MMR; brief xfv)
                    for value in listed:
                        fitting = [m for m in named if compatible(self.codebook[m.code].unit, value.unit)]
                        if len(fitting) == 1 and sum(compatible(self.codebook[fitting[0].code].unit, other.unit) for other in listed) == 1:
                            lists[value.start] = (fitting[0], False, None)
                        else:
                            out.add(value.start)
                continue
            if CHANGE_VERB.search(sentence[: listed[0].start]) or INCREMENT.search(sentence[: listed[0].start]):
                out.update(value.start for value in listed)  # a list of changes left unpaired: none is read
                continue
            for value, target in zip(listed, respectively_targets(sentence, marker.start(), before, len(listed))):
                if target.code and compatible(self.codebook[target.code].unit, value.unit):
                    lists[value.start] = (target, False, None)
                else:
                    out.add(value.start)
        return out

    def _year(self, mention: YearMention, state: _SentenceState) -> None:
        if mention.role == "compare":
            state.compare_year = mention.year
            return
        state.each_years = []
        if mention.role == "years" and mention.first is not None:
            # 今明两年或将超150万: the value stands for each year (one row a year), as a level of the last year meanwhile
            state.context_year, state.context_source, state.context_past = mention.year, "years", False
            state.each_years = list(range(mention.first, mention.year + 1))
            state.pending_year = None
        elif mention.role == "from":
            state.pending_year = mention.year
            state.transition_from, state.transition_to = mention.year, None
        elif mention.role == "range":
            state.period = (mention.first, mention.year)
            state.context_year, state.context_source = mention.year, "range"
        else:
            state.context_year, state.context_source = mention.year, "year"
            state.context_past = mention.past
            state.this_year = mention.relative and mention.year == self.page_year
            state.pending_year = mention.year if mention.role == "to" else None
            if mention.role == "to" and state.transition_from is not None:
                state.transition_to = mention.year

    def _value(
        self,
        line: PlanLine,
        offset: int,
        sentence: str,
        value: Value,
        seen: list[Mention],
        state: _SentenceState,
        listed: tuple[Mention, bool, int | None] | None,
    ) -> None:
        before = sentence[: value.start]
        after = sentence[value.end :]
        stock = False  # the poor population a plan lifts out of poverty (331万贫困人口全部脱贫): the base year's stock
        place_of: str | None = None  # the place named after the value's 的 (在常住人口不足2000万的北京)
        clause_start = start_of_clause(sentence, value.start)
        clause = sentence[clause_start : value.start]
        explicit_year = state.pending_year
        state.pending_year = None
        # 由2010年的每平方公里311人: the area spelled out before a density stands where its unit would, after 由/到 (AREA_SPELLED)
        timed_before = AREA_SPELLED.sub("", before) if value.unit_raw == "人/平方公里" else before
        if explicit_year is not None and state.transition_from is None and re.search(r"(?:由|从)\s*$", timed_before):
            explicit_year = None  # 到2020年，城镇化率从56.1%提高到60%: the goal year is the end's; the start is the base
        if offset + value.start < 0:
            return  # a value of the line above, read with this line only for its context
        if not value.unit_raw and after.startswith("、") and (not line.text[: offset + value.start].strip() or (
                ITEM_AFTER_BREAK.search(before) and re.fullmatch(r"\d{1,2}", value.text.strip()))):
            # 3、人；总人口文盲率…: the number of a list item opening the line (after its indent: 　　3、千人医生数…), or
            # opening an item of a list run on in one line (目标是：1、…出生人口性别比下降到108以下；2、常住人口…): no level of the
            # item before it, whose indicator takes a bare number
            return
        if self._part_spans:
            last_named = next((m for m in reversed(seen) if m.end <= value.start), None)
            if last_named is not None and (last_named.start, last_named.end) in self._part_spans:
                if not SCOPE_IN_CLAUSE.search(sentence, max(last_named.end, clause_start), value.start):
                    return  # 农村地区婴儿死亡率为4.1‰, …，城市地区为2.9‰: a part's value, no level of the place
                # …，全省为3.5‰: the whole place's value of the part's indicator
            else:
                seen = [m for m in seen if (m.start, m.end) not in self._part_spans]
        nearest = next((m for m in reversed(seen) if m.end <= value.start), None) or self.topic
        if nearest is not None and nearest is not self.topic and nearest.start in self._district_figures:
            return  # 市辖区2020年户籍人口121.5万人: a figure of the city's districts the codebook has no code for
        restated = restated_goal(before + re.match(r"\D*", value.text).group(), after)  # the value's own 低于 (低于8‰) is before it too
        if restated == "paired":
            return  # 均已低于8‰和10‰的规划目标: two goals restated, not paired here — never the first one for both indicators
        goal_end = self._restated_plan_end(sentence[:value.start]) if restated == "one" else None
        if goal_end is not None and ((present := self.default_years.get("baseline")) is None or goal_end <= present):
            goal_end = None  # the goal of a plan whose period is over (a final review, a work report after it): reviewed, no value (brief fv)
        if goal_end is None and not_a_value(before, after, value, clause, self.codebook[nearest.code].unit if nearest and nearest.code else ""):
            return
        if (nearest is not None and nearest is not self.topic and nearest.code in ("pop_hukou", "pop_resident") and (PART_POPULATION.search(sentence, 0, max(0, nearest.start))
                                                                                                   or REGISTRATION_PART[nearest.code].search(sentence, 0, max(0, nearest.start)))
                and not any(m.end() == nearest.start for m in names_pattern().finditer(sentence[: max(0, nearest.start)]))):  # 涪城区常住人口: a district
            return  # 城镇居民户籍人口1588.65万, 县城和县级市城区常住人口分别为1.55亿、0.9亿人, 户籍常住人口1420万人: a part, not the place's
        if value.text.startswith("突破") and ASKED.search(sentence):
            return  # 成为“常住人口过千万”的城市，在全国处于什么水平？ — a threshold asked about is no level
        named_base = COMPARED_NAMED_LEVEL.search(before)
        if named_base and not any(m.start > named_base.start() and re.fullmatch(r"(?:为|是|的)?\s*", before[m.end :]) for m in seen):
            named_base = None  # 比2015年提高到80%: a verb, not the indicator's name, stands before the value
        if state.compare_year is not None and (COMPARED_LEVEL.search(before) or named_base):
            explicit_year = state.compare_year  # 与2010年第六次全国人口普查的726.0万人相比, 与2021年末常住人口6540万人相比
        year_in_front = (YEAR_THEN_BRACKET.search(before[-10:]) or COMPARED_YEAR_LEVEL.search(before[-12:])
                         or (BASE_AFTER_LEVEL.match(after) and BASE_YEAR_LEVEL.search(before[-12:])))
        if year_in_front:
            explicit_year = int(year_in_front.group(1))  # 较2023年（961.54万人）, 比2015年82.04岁: the level of that year
        elif PREVIOUS_YEAR_LEVEL.search(before[-10:]) and (now := state.context_year or self.default_years.get("baseline")) is not None:
            explicit_year = now - 1  # 2015年，…城镇化率比上年度77.8%的城镇化率提高了0.2个百分点: 2014's level
        if SIZE_CLASS_COUNT.match(after):
            return  # 形成城镇人口规模200万以上城市4个、100万至200万城市9个: the bounds of a size class whose cities are counted
        if CLASS_SUBJECT.search(clause) and CITY_CLASS.search(sentence) and (value.qualifier in ("range", "above", "below", "le") or CITY_CLASS.search(sentence, 0, value.start)):
            return  # 特大城市，人口规模500万—1000万: the threshold of a city-size class, not a level
        present_base = False  # the base of a multiple of the present (是现有常住人口约250万的两倍)
        if value.unit == "10k persons" and EACH_OF_PLACES.search(clause) and several_places(sentence[:clause_start]):
            return  # 甲镇、乙镇两个镇，人口规模各8万至15万人: one figure each of a group of places, no level of one (brief gv, form 8)
        entry = self._system_entry(sentence, value.start, clause) if value.unit == "10k persons" else None
        if entry is not None and not CENTRAL_ENTRY.fullmatch(entry):
            return  # 副中心：甲镇、乙镇两个镇，人口规模各8万至15万人: a part's figure (or a group's), no level of the place
        central = value.unit == "10k persons" and listed is None and (
            (entry is not None and ENTRY_POPULATION.fullmatch(clause)) or (CENTRAL_ITEM.fullmatch(clause) and self._paired_count(sentence, clause_start, seen, ("pop_resident", "pop_urban"))))
        if (not central and listed is None and value.unit == "10k persons" and PART_ITEM.fullmatch(clause) and not CENTRAL_ITEM.fullmatch(clause)
                and not names_pattern().search(clause) and self._paired_count(sentence, clause_start, seen)):
            return  # 城镇人口320万人，新区60万人: a part's population after the place's count, not the count again
        # (a pair after 分别 whose list found no indicator, 天河区和白云区的目标分别为200万人和280万人, is read the same way)
        district_goal = (self._district_goal(clause, sentence, value) if (listed is None or not listed[0].code) and value.unit == "10k persons" and "目标" in clause
                         else None)
        if district_goal == "":
            return  # a district's ceiling with no year anywhere: no year is guessed, no value (brief gv, form 2)
        if listed is not None and district_goal is None:
            targets, is_change = [listed[0]], listed[1]
            explicit_year = listed[2] if listed[2] is not None else explicit_year
        elif district_goal is not None:
            # 海珠区的上限目标是180万人, 天河区和白云区的目标为200万人和280万人 under 广州共有5个区公布人口上限: each district's ceiling
            targets, is_change = [Mention(clause_start, value.start, "pop_resident", "人口上限")], False
            if value.qualifier == "none":
                value = replace(value, qualifier="le", high=value.number)
        elif central:
            # 中心城区：…，人口规模380万人; 城镇人口320万人，中心城区160万人: the central area's population
            targets, is_change = [Mention(clause_start, value.start, "pop_central_urban", clause.strip() or "中心城区")], False
        else:
            verb = CHANGE_VERB.search(before)
            if verb and any(m.start <= verb.start(1) < m.end for m in seen):
                verb = None  # 人口自然增长40.5万人: the verb is the end of the indicator's name (natural increase, a count)
            is_change = value.unit_raw in ("个百分点", "个千分点") or bool(verb) or is_annual(clause, value)
            last = next((m for m in reversed(seen) if m.end <= value.start), None)
            if not is_change and last is not None and re.fullmatch(r"\s*(?:约|达)?\s*", sentence[last.end : value.start]) and INCREMENT.search(sentence[: last.start]):
                is_change = True  # 每年增加出生人口3000人: a change of the indicator named after the verb
            base_of_comparison = bool(PREVIOUS_YEAR_LEVEL.search(before[-10:]) or COMPARED_YEAR_LEVEL.search(before[-12:]))
            of_indicator = self._indicator_after(after, value, base_of_comparison) if not is_change and after.startswith("的") else None
            place_of = self._place_of(sentence, after, value, seen) if not is_change and after.startswith("的") else None
            present_base = not is_change and bool(MULTIPLE_AFTER.match(after)) and bool(PRESENT_BASE.search(clause))
            # 在2010年74.8岁的基础上, 在2010年末500万人的基础上: the base year's level, not an attributive
            base_level = bool(year_in_front) and BASE_AFTER_LEVEL.match(after) is not None
            if not is_change and after.startswith("的") and of_indicator is None and place_of is None and not LEVEL_OF.match(after) and not (CITY_OF_SIZE.match(after) and BECOMES.search(before) and not PLACES_TOGETHER.search(before)) and not present_base and not base_level and goal_end is None:
                return  # attributive: 50万以上的区县, 超过50%的临界点
            part = part_of_year(before)
            if part and not is_change and not WHOLE_YEAR_AFTER.search(before[part.end() :]):
                return  # 今年1至4月份…合法生育率达到98.3%: a figure over part of a year is no year's level
            if several_places(clause) or GAP_WORDS.search(clause) or DEATHS_CLAUSE.match(clause) or (nearest is not None and nearest is not self.topic and GAP_AFTER.match(sentence, nearest.end)):
                return  # a figure for several places together: 四市常住人口合计, 10个省份的…比重
            if sub_area(clause):
                state.in_sub_area = True
                return  # 皖江城市带城镇化率达到55%, 合肥经济圈城镇化率达到58%: a part that is no place
            if state.in_sub_area and not [m for m in seen if clause_start <= m.start < value.start] and not names_pattern().search(clause) and not SCOPE_IN_CLAUSE.search(clause):
                return  # 郑汴一体化区域城镇人口2015年超过600万人，2020年达800万人: the clause goes on about the part
            if clause_start > 0 and sub_area_opens(sentence[:clause_start]) and not names_pattern().search(clause) and not SCOPE_IN_CLAUSE.search(clause):
                return  # 到2030年，汽车城规划占地面积约200平方公里，…，规划总人口约100万人: the part opening the sentence stays its subject
            if value.qualifier in GROUP_BOUNDS and place_group(clause, self.place):
                return  # 上海、北京、天津常住人口城镇化率超70%: a threshold the places pass together
            if self.level in ("nation", "province", "prefecture") and COUNTY_AREA.search(clause):
                return  # 全省县域城镇化水平达到34.3%: the counties together, not the province
            in_clause = [m for m in seen if m.start >= clause_start]
            named = [m for m in in_clause if m.end <= value.start]
            if named and self.codebook[named[-1].code].unit == "10k persons" and self.codebook[named[-1].code].measure == "stock" and COUNT_INCREMENT_AFTER.match(sentence, named[-1].end):
                return  # 常住人口增量达5万人: the count's increase, no level (the count stays named for 总量达到665万人 after it)
            if not is_change and in_clause and value.unit in ("10k persons", "persons", "100m persons") and SUBGROUP_COUNT.fullmatch(sentence[in_clause[-1].end : value.start]):
                return  # 老年人口中失能半失能老人约12万人, 城镇人口中农业转移人口约80万: a count of an uncoded group inside the population
            if not is_change and in_clause and MODIFIED_RATE.fullmatch(sentence[in_clause[-1].end : value.start]):
                return  # 常住人口节育措施落实率、及时率达到100%: the indicator word only qualifies a rate the codebook lacks
            counted = self._count_subject(before, after, value) if not is_change else None
            if not is_change and not OTHER_LEVEL.search(clause) and not SEX_BEFORE.search(before) and not counted and of_indicator is None and not base_of_comparison and not (POPULATION_CITY.match(after) and BECOMES.search(clause)) and not SUBJECTLESS.fullmatch(clause.lstrip(",，;；:：、“”\"'")) and not (value.unit_raw == "%" and SHARE_CLAUSE.match(clause)) and own_uncoded_subject(clause, in_clause) and not (
                    value.unit_raw == "%" and BARE_SHARE.fullmatch(clause.strip(",，;；:：、 ")) and self._share_whole(sentence, value.start)):
                return  # the clause names its own indicator, one the codebook does not cover (not when the value is
                # the attribute of the indicator named after it: 我市实现58.5%的常住人口城镇化率 names it there)
            item_start = clause_start + max(clause.rfind("、"), clause.rfind("；"), clause.rfind(";")) + 1
            if not is_change and not counted and item_start > clause_start and VALUE_END.search(sentence[: item_start - 1]) and own_uncoded_subject(sentence[item_start : value.start], [m for m in seen if m.start >= item_start]):
                return  # an item of a list of indicators and their values (户籍人口城镇化率67%、研发经费支出占GDP比重2.8%左右) that names its own
            if not is_change and not in_clause and not counted and value.unit_raw in ("万", "亿"):
                earlier = [part for part in CLAUSE_BREAK.split(sentence[:clause_start]) if part.strip()]
                if earlier and OTHER_UNIT_FIGURE.search(earlier[-1]):
                    return  # 地区生产总值达到7000亿元，到2025年力争突破8000亿; 手机用户已达800万户，明年预计超过900万: the bare 亿/万
                    # goes on with the unit of the clause before, never a count of people
                subject = self._subject_clause(sentence[:clause_start])
                if subject is not None and not self.codebook.mentions(subject) and OTHER_COUNT.search(subject) and not BECOMES.search(clause):
                    return  # 全市常住人口稳步增长，市场主体数量不断增加，截至2022年底已超过80万: the subject of the clause before
            if not [m for m in seen if clause_start <= m.start < value.start] and FIGURE_BACK.search(clause) and DIFFERENCE_STATED.search(sentence, 0, clause_start):
                return  # 2022年末温州常住人口比宁波多6.1万人，2021年末这一数据为10.1万人: the difference again, a year before
            targets = self._targets(sentence, value, seen, is_change)
            if not targets and not is_change and BACK_REFERENCE.search(clause):
                # the indicators of the sentence before stand at positions of that sentence: quoted from this clause
                earlier = [m for m in seen if m.end <= value.start] or [Mention(clause_start, clause_start, m.code, m.label) for m in self.previous]
                fitting = [m for m in earlier if compatible(self.codebook[m.code].unit, value.unit)]
                targets = fitting[-1:]  # 到2035年这一比例将超过30%
            if not targets and not is_change and self.previous_codes and not self.codebook.mentions(sentence) and SERIES_GOES_ON.fullmatch(sentence[: value.start]):
                # 60岁及以上老年人口…占户籍人口的22.5%。根据预测，2015年将达到28.1%，2020年为34.1%: the series of the indicator the
                # sentence before ended with goes on, year by year, in a sentence that names none
                last = self.previous_codes[-1]
                if compatible(self.codebook[last].unit, value.unit):
                    targets = [Mention(clause_start, clause_start, last, self.codebook[last].name_zh)]
            if not targets and not is_change and COMPARED_LEVEL.search(before) and state.compare_year is not None:
                following = [m for m in self.codebook.mentions(sentence[value.end :]) if compatible(self.codebook[m.code].unit, value.unit)]
                targets = [Mention(m.start + value.end, m.end + value.end, m.code, m.label) for m in following[:1]]  # 与2010年…的300.22万人相比，全区常住人口增加…
            city_goal = bool(CITY_GOAL.match(after) and CITY_GOAL_VERB.search(before) and CITY_GOAL_AHEAD.search(before))
            if (not targets and not is_change and POPULATION_CITY.match(after) and (BECOMES.search(clause) or city_goal) and not PLACES_TOGETHER.search(before)
                    and not CITIES_COUNTED_BEFORE.search(before)
                    and (JOINS_WHEN.search(before) or city_goal) and value.unit in ("10k persons", "100m persons")
                    and (not PART_OF_PLACE.search(clause) or central_subject(clause)) and len(places_named_together(clause)) < 2):
                # 惠州或成500万人口“大城市”, 将成为500万人口的大城市: the place's population, the size it reaches (衡阳市区将建成…:
                # a part's; 衡阳、株洲将建成百万人口城市: a size class of several places); the central city's (岳阳中心城市力争到2030年
                # 建成200万人口以上的大城市) is the central area's population (brief gv, form 5)
                targets = [Mention(value.end, value.end + 2, "pop_central_urban" if PART_OF_PLACE.search(clause) else "pop_resident", "人口")]
                if value.qualifier == "none" and CITY_SIZE_ABOVE.match(after):
                    value = replace(value, qualifier="above", low=value.number)  # 500万人口以上的大城市: at least that size
            if (not targets and not is_change and value.unit in ("10k persons", "100m persons") and REACHED_POPULATION.match(after)
                    and (REACHING_VERB.search(before) or CROSSING.match(value.text)) and (names_pattern().search(masked(clause)) or SCOPE_IN_CLAUSE.search(clause))
                    and not PART_OF_PLACE.search(clause)):
                # 台州到2025年仅能达到690.5万人口, 全市将突破700万人口: the place's population, the count it reaches (杭州主城区将突破
                # 600万人口: a part's, not read)
                targets = [Mention(value.end, value.end + 2, "pop_resident", "人口")]
            if (not targets and not is_change and value.unit in ("10k persons", "100m persons") and PEAK_REACHED.search(before)
                    and not [m for m in self.codebook.mentions(sentence) if self.codebook[m.code].unit == "10k persons"]):
                # 浙江人增加的速度会更加缓慢，…，到2030年达到顶峰6000万: the population's peak, in a sentence naming no count
                targets = [Mention(clause_start, clause_start, "pop_resident", "人口")]
            if not targets and not is_change and value.unit in ("10k persons", "100m persons") and YEAR_ONLY_CLAUSE.fullmatch(clause):
                # 据统计，1949年217.28万人，到2018年，全省常住人口总数达到934.32万人: the count the sentence then follows to a later year
                later = next((m for m in self.codebook.mentions(sentence[value.end :]) if self.codebook[m.code].unit == "10k persons"), None)
                if later is not None and LATER_YEAR.match(sentence, value.end):
                    targets = [Mention(value.end + later.start, value.end + later.end, later.code, later.label)]
            if not targets and not is_change and value.unit in ("10k persons", "100m persons"):
                subject = next(((pattern, code) for pattern, code in SUBJECT_AFTER if self._subject_after(pattern, after)), None)
                if subject is not None:
                    # 届时将有5100万人生活在城市, 5800万人中有72%在城市里生活, 1130万人常住沈城: what the people are follows them
                    targets = [Mention(value.end, value.end + subject[0].match(after).end(), subject[1], after[: subject[0].match(after).end()].strip())]
            if of_indicator is not None:
                targets = [of_indicator]  # 以82.40岁的人均期望寿命位居全省第一, 60%的常住人口城镇化率: the indicator after 的
            if not targets and counted is not None:
                # 331万贫困人口全部脱贫, 冲刺…不低于1000万级常住人口的目标: a count written before its population word
                targets = [counted]
                stock = counted.code == "pop_poverty" and bool(POVERTY_STOCK.match(after, counted.end - value.end))
            if (not targets and not is_change and self.topic is not None and not in_clause and TOPIC_VERB.search(before)
                    and (not self.topic_said or (subject := self._subject_clause(before)) is None or self.codebook.mentions(subject))):
                # 全市常住人口稳步增长。全市机动车保有量增长较快，到2025年将超过300万: a subject of its own, not the topic a
                # sentence before named (a heading's or a question's topic stays: 总和生育率目标是多少？…处于超低生育水平，为1.12)
                if compatible(self.codebook[self.topic.code].unit, value.unit):
                    targets = [self.topic]
            if not targets and not is_change and (topic := self._population_total(line, sentence, clause, value, in_clause)):
                # 实现2020年不过亿即回落的目标 after 人口出生率…; 嘉兴会有多少人？…这个数字可能会超600万; 目标破千万！…人口规划出炉
                targets = [Mention(clause_start, clause_start, "pop_resident", topic)]
            if not targets and not is_change and in_clause and value.unit and NEAR.fullmatch(sentence[in_clause[-1].end : value.start]):
                indicator = self.codebook[in_clause[-1].code]
                at = line.locate(offset + value.start, offset + value.end)[0]  # the physical line of the value
                self._findings.append((at, "unit_misfit", f"'{in_clause[-1].label}…{value.text}': a value in '{value.unit_raw}' cannot be {indicator.name_en.lower()} (measured in {indicator.unit}); not recorded"))
        if PER_AREA.search(before):
            # 城镇人口集中区人口密度不超过每平方公里8000人: a density, never the count of the population named before it
            targets = [m for m in targets if m.code and re.search(r"\bper\b", self.codebook[m.code].unit)]
        if listed is None and not is_change and any(m.code == "pop_poverty" and POVERTY_EXIT.search(sentence, m.end, value.start) for m in targets):
            return  # 农村贫困人口脱贫年均在300万人: people lifted out of poverty, a flow, not the poor population
        if listed is None and not is_change and self._period_total(targets, clause, before, state, value):
            targets = self._births_over_period(sentence, targets, clause, before, state)
            if not targets:
                return  # 累计清理瞒报出生人口…, 1至4月份全市出生19762人: not a level, nor the births of a stated period
        if not is_change and any(m.code and self.codebook[m.code].measure == TOTAL for m in targets):
            if YEARLY.search(clause):
                return  # 每年新增城镇人口20万: a yearly figure of an indicator that is a total over the period
            if listed is None:
                # a total is read only from its own clause (在城镇落户600万): 推进农业转移人口落户城镇，…达到50万人 names no count of it
                targets = [m for m in targets if self.codebook[m.code].measure != TOTAL or m.start >= clause_start]
        each: list[str] = []
        if listed is None and not is_change and EACH.search(before):
            # 石家庄市、唐山市…城市人口规模均达到300万人以上。到2020年均达到500万人以上: each place of the list has the value
            each = places_named_together(masked(CITED.sub(lambda m: "□" * len(m.group()), before)))
            carried = self._each_carried
            if not each and carried is not None and not names_pattern().search(before) and (not targets or targets[-1].code == carried[1].code):
                each, targets = carried[0], targets or [carried[1]]
            if each and targets:
                self.each_list = (each, targets[-1])
        elif listed is None and not is_change and value.qualifier == "range" and targets and targets[-1].start >= clause_start:
            # 2020年浏阳、宁乡城市人口50―70万: one range for the places joined right before the indicator, each its row
            joined = places_named_together(masked(CITED.sub(lambda m: "□" * len(m.group()), sentence[clause_start : targets[-1].start])))
            if joined and sentence[: targets[-1].start].rstrip().endswith(joined[-1]):
                each = joined
        sex = SEX_BEFORE.search(before)
        area_part = AREA_PART_BEFORE.search(before)
        first_result = len(state.results)
        for mention in targets:
            if not mention.code:
                continue
            if area_part:
                continue  # 婴儿死亡率城市为4.5‰: the urban part's level, not the place's
            if not is_change and value.number is not None and value.number < 0 and mention.code not in SIGNED_INDICATORS:
                continue  # 出生率为负0.5‰, 出生率为-0.5‰: a level below zero of an indicator that cannot have one
            if not is_change and "persons" in self.codebook[mention.code].unit and MOVED_PEOPLE.search(sentence, max(0, mention.start - 3), mention.start):
                continue  # 年转移农村人口14万人: the people moved out of the rural population in a year, not its level
            code = mention.code
            if code in ("share_elderly", "pop_elderly") and (band := elderly_band(self.codebook.mentions(sentence[: mention.start]))
                                                             or (next(iter(self.line_bands)) if len(self.line_bands) == 1 and self.line_any_bands <= self.line_bands else None)):
                code = f"{code.split('_')[0]}_{band}"  # 60岁以上的老年人口已达819.7万…；预计到2020年，全省老年人口比重将达20%: 60+
            if sex and f"{code}_{SEXES[sex.group(1)]}" in self.codebook:
                code = f"{code}_{SEXES[sex.group(1)]}"  # 人均预期寿命82.4岁（男性80.5岁，女性84.4岁）
            elif sex and (sexed := re.fullmatch(r"(?P<base>.+)_(?:male|female)", code)) and not code.endswith(f"_{SEXES[sex.group(1)]}"):
                # 男性平均预期寿命为76.1岁，低于全国女性79.4岁: the named sex's level, not the mention's sex's
                code = f"{sexed.group('base')}_{SEXES[sex.group(1)]}"
                if code not in self.codebook:
                    continue
            result = ProseValue(
                line=line,
                value=shift(value, offset),
                code=code,
                label=mention.label,
                year=None,
                is_change=is_change,
                quote_start=max(0, offset + (mention.start if 0 <= value.start - mention.start <= 80 else clause_start)),
                strive=bool(STRIVE.search(clause)) or bool(STRIVE.search(sentence[max(0, value.start - 12) : value.start])),
                projection=state.projection_from is not None and state.projection_from < value.start
                and not GOAL_AFTER_ESTIMATE.search(sentence, state.projection_from, value.start),
                entity=district_goal or self._entity(sentence, clause_start, value.start),
            )
            named_here = result.entity
            if result.entity and not SCOPE_WORD.match(result.entity):
                # in a plan of a province (or the nation), the city a clause of the sentence named (贵阳市常住人口达到700万人，…); in a
                # city's or county's, the province (or prefecture) that contains it (浙江全省常住人口为…，与2021年末常住人口…相比)
                state.named_place = result.entity if (self.level in ("province", "nation") and names_pattern().search(result.entity)) or self._contains_own(result.entity) else ""
                state.named_at = value.end
            elif result.entity:
                # 全省…: the plan's own place again — or, in a city's or county's text, the province (全国: the nation) containing it
                state.named_place = result.entity if self._contains_own(result.entity) else ""
                state.named_at = value.end
            elif state.named_place and (OWN_PLACE_WORD.search(clause) or (self.level == "prefecture" and CITY_PART_WORD.search(clause))
                                        or self._own_scope(sentence[state.named_at : clause_start])):
                # 全国…为56.1%，我市…为71%，户籍人口城镇化率为40%: the text's own place again, and the clauses after it — also named in a
                # clause without a value between (…全省常住人口达到5700万人，全市要完成的目标是，城镇化率达到75%)
                state.named_place = ""
            elif state.named_place:
                result.entity = state.named_place  # …，城镇化率达到80%左右: the clause goes on about that city
            elif self.level in ("province", "nation") and (subject := SUBJECT_OPENING.match(masked(sentence[:clause_start]))) and any(m.group() == subject.group("place") for m in names_pattern().finditer(subject.group("place"))):
                result.entity = state.named_place = subject.group("place")  # 云南的目标是，到2015年城镇化水平达到45%左右: the place the sentence opens with
                state.named_at = value.end
            other = OTHER_LEVEL.search(clause)
            named_other = COMPARED_NAMED.search(clause)
            if other and (LEVEL_OF.match(after) or re.match(r"^\s*[)）]", after) or (not is_change and POSSESSIVE_END.search(other.group()))):
                named, scope = other.group("named"), other.group("place")
                if not named or TIME_BEFORE_SCOPE.fullmatch(named):
                    result.entity = scope  # 高于全市…, 高于同年全省…的平均水平: the scope's level
                elif (place := next((name for name in (named, named + scope[1:]) if by_name(name) is not None), None)) is not None:
                    result.entity = place  # 高于湖州全市2.7‰的平均水平, 高于吴兴全区2.1‰ (吴兴区): that place's level
                else:
                    continue  # a name of no place before the scope word: whose level it is is not known, so it is not read
            elif (named_other and (named_other.group("level") or LEVEL_OF.match(after)) and named_other.group("place") != self.place
                  and (SCOPE_WORD.match(named_other.group("place")) or by_name(named_other.group("place")) is not None)):
                result.entity = named_other.group("place")  # 比湖南省58.8%的水平低3.6个百分点: 湖南省's level, not the plan's
            elif (compared := compared_place(before, after)) and (SCOPE_WORD.match(compared) or by_name(compared) is not None):
                result.entity = compared  # 比全国(56.1%)、福建省(62.7%)、泉州市(63.6%)的城镇化率: each place's level
            elif (self.level != "nation" and not result.entity and (cited := nation_document_cited(sentence, clause_start))
                  and not SCOPE_IN_CLAUSE.search(sentence, cited.end(), value.start) and not names_pattern().search(masked(sentence[cited.end() : value.start]))):
                result.entity = "全国"  # 《“健康中国2030”规划纲要》要求，到2030年人均预期寿命达到79岁 in a provincial page: the nation's goal
            elif (self.level != "nation" and not result.entity and (cited := nation_document_cited(sentence, clause_start, followed=True))
                  and not YEAR_WRITTEN.search(sentence, cited.end(), value.start) and not SCOPE_IN_CLAUSE.search(sentence, cited.end(), value.start)):
                continue  # 按照《中国妇女发展纲要》的要求，孕产妇死亡率要控制在20/10万以下: the outline's bound or the place's, no year to tell (brief xfv)
            elif self.level != "nation" and self.codebook[mention.code].unit == "10k persons" and value.number is not None and value.unit and value.number * _TEN_THOUSANDS.get(value.unit, 0) >= NATION_ONLY_POPULATION:
                result.entity = "全国"  # 到2030年总人口达到14.5亿人 in a provincial page: the nation's figure
            if listed is not None and len(listed) > 3:
                result.entity = listed[3]  # 兰州市、白银市城镇化率分别达到85%、60%: each place its value
            elif place_of:
                result.entity = place_of  # 在常住人口不足2000万的北京: the level of the place the value describes
            if FOREIGN.fullmatch(result.entity):
                if not FOREIGN_COMPARED.search(clause):  # 较日本（83.7岁）低7.4岁: the base of the own place's comparison (brief xfv)
                    state.foreign, state.foreign_end = True, value.end
                continue  # 日本人均预期寿命为84岁, 世界平均孕产妇死亡率为211/10万: no place of the gazetteer, no level of the text's — withheld (brief fv)
            # 而我省城镇化率为69.2%, 中国孕产妇死亡率为16.9/10万: the text's place again; so is a clause with its own indicator after a
            # year written since the foreign figure (…，2020年新生儿死亡率为3.4‰; …，到2030年，常住人口城镇化率达到70%: brief xfv)
            own_scope = bool(named_here or SCOPE_IN_CLAUSE.search(clause) or NATION_NAMED.search(clause) or (
                state.foreign and YEAR_WRITTEN.search(sentence, state.foreign_end, value.start) and any(state.foreign_end <= m.start < value.start for m in seen)))
            if state.foreign and not own_scope:
                continue  # 2019年全球人均预期寿命为73.3岁，健康预期寿命为63.7岁: the clause goes on about the world
            state.foreign = state.foreign and not own_scope
            figure = (mention.code, value.text) if not is_change and sum(ch.isdigit() for ch in value.text) >= REPEATED_FIGURE_DIGITS else None
            if is_change:
                self._as_change(result, before, clause, value, state)
            else:
                self._level_year(result, timed_before, clause, explicit_year, state, value)
                if goal_end is not None:
                    # a plan's goal restated (提前完成“十二五”规划确定的…50%的目标, 距96%的规划目标): a target of the plan's end (forms handout Bd, 6)
                    result.year, result.goal, result.past, result.year_source = goal_end, True, False, "a plan's goal restated (…的规划目标)"
                # an observed figure only (no goal word in its clause, no forecast), of the same year: a target restating a reference place's level
                # (2015年，湖南省人均预期寿命为76.5岁。到2020年，人均预期寿命达到76.5岁 in 株洲's plan) stays the plan's
                observed = not (result.projection or result.forecast or GOAL_WORDS.search(clause))
                if figure is not None and observed and result.year is not None:
                    if result.entity and not SCOPE_WORD.match(result.entity) and names_pattern().search(result.entity):
                        self.figure_places[figure] = (result.entity, result.year)
                    elif not result.entity and self.figure_places.get(figure, ("", None))[1] == result.year:
                        # 宁波市…2021年，我市居民期望寿命82.40岁。…去年居民期望寿命就达到了82.40岁 in a provincial page: the same
                        # figure of the same indicator and the same year, stated again as observed with no place, is the
                        # place's it was first stated of
                        result.entity = self.figure_places[figure][0]
                if present_base:
                    # 这将是现有常住人口约250万的两倍: the present level a goal is a multiple of — the present's, not the goal's year
                    result.year, result.period_start, result.year_source, result.described = None, None, "", True
                elif PRESENT_OF.search(before):
                    # 已经下降到目前的1.6左右, 到2015年…由目前的50%提高到55%: the level 目前的 qualifies is the present one — the latest
                    # observed (the text's cut-off, a baseline), never the goal year of the sentence nor an end of its transition; in a
                    # text without a cut-off a year the sentence dates it by (2012年12月10日 他说，…) stays, a goal's is dropped; an
                    # observed year the sentence writes (截至2018年底，…提高到目前的60%) stays too — only a goal year (到…年, or one
                    # after the cut-off) is dropped (brief xlo), and so is the year of a level the sentence stated before it
                    # (…2019年为61%，已经提高到目前的62.9%: the present is after that year)
                    cutoff = self.default_years.get("baseline")
                    stated = any(other.code == result.code and other.year == result.year and not other.is_change for other in state.results)
                    if explicit_year is not None or (cutoff is not None and (result.year is None or result.year > cutoff or stated)):
                        result.year, result.period_start, result.year_source, result.described = None, None, "", True
                        result.goal, result.transition, result.strive = False, "", False
                if place_of and not re.search(r"(?:19|20)\d{2}\s*年", before):
                    # 在常住人口不足2000万的北京: a place described as it is, not at the year the sentences before were about
                    result.year, result.period_start, result.year_source, result.described = None, None, "", True
                if any(not other.is_change and other.code == result.code and self._same_place(other.entity, result.entity) and other.year == result.year
                       and other.value.number != value.number and "其中" in sentence[other.value.end - result.value.start + value.start : value.start]
                       for other in state.results):
                    # 常住人口为944.72万人，其中常住人口为559.56万人: a part after 其中 is no second level of the whole (nor is 全市常住人口
                    # 达到820万人，其中市区常住人口达到400万人: the text's own scope word and no place are the same place)
                    continue
                if result.year is not None and self.codebook[result.code].measure == TOTAL:
                    # the goal year written with 到 in the sentence, or — a year the sentence does not write — in the paragraph before it
                    # (《规划》提出，到2020年，…。按户籍统计，…努力实现25万人以上农业转移人口在城镇落户)
                    written = re.search(rf"{result.year}\s*年", sentence[: value.start]) is not None
                    # — not a record (累计, 已, a review of the past years) nor a further amount (再实现20万人): those are not read
                    summed = re.search(SUMMED_TO.format(year=result.year), sentence[: value.start] if written else self.paragraph_before)
                    # (the record's words after the goal year, or anywhere before the value when the year is the sentence before's)
                    result.summed_to = (summed is not None and not SUMMED_RECORD.search(sentence, summed.end() if written else 0, value.start)
                                        and not state.context_past and not result.past)
            state.results.append(result)
        if each:
            state.results[first_result:] = [replace(result, entity=place) for result in state.results[first_result:] for place in each]
        if state.context_source == "years" and state.each_years and listed is None and (YEARLY.search(before) or not SPAN_REACHED.search(before[clause_start:] + value.text)):
            # 今明两年出生人口均在23万左右, 预计每年出生人口将超过23万: each year; 今明两年常住人口将突破600万, 将达到610万: the
            # figure reached over the span, a level of its last year only (the year the context already gives)
            state.results[first_result:] = [
                replace(result, year=year, year_source="sentence (each year of a span told from the text's date)")
                for result in state.results[first_result:]
                for year in (state.each_years if not result.is_change and result.year == state.each_years[-1] and result.period_start is None else [result.year])
            ]
        if stock:
            for result in state.results[first_result:]:
                result.year, result.period_start, result.transition, result.year_source = None, None, "from", "wording (the poor population to be lifted out: the base year's)"

    def _level_year(self, result: ProseValue, before: str, clause: str, explicit: int | None, state: _SentenceState, value: Value) -> None:
        """The year a level refers to (and the first year, for period averages)."""
        # in a list (分别由4.77‰、6.03‰降至3.71‰、4.57‰) every item stands where the first one does
        if before[-1:] in "、和及与" or before.rstrip()[-1:] in "、和及与":
            tail = before[-120:]
            before = before[: len(before) - len(tail)] + LISTED_BEFORE.sub("", tail)
        in_period = state.context_source in ("plan-period", "range") and state.period is not None
        transition = "由" in clause or "从" in clause
        first_year = (state.period[0] - 1 if state.context_source == "plan-period" else state.period[0]) if state.period else None
        if explicit is not None:
            result.year = explicit
        elif state.review_span is not None and re.search(r"(?:由|从)\s*[“\"「『]?十[一二三四五]?五[”\"」』]?\s*(?:期末|末)的?\s*$", before):
            result.year = state.review_span[0]  # 从“十二五”末的38.5%提升到47% in a review: the period's end
        elif in_period and re.search(r"(由|从)\s*$", before):
            result.year = first_year
        elif in_period and transition and re.search(r"(至|到|为)\s*$", before):
            result.year = state.period[1]
        elif state.transition_from is not None and (state.transition_to or state.context_year) and re.search(r"(由|从)\s*$", before):
            result.year = state.transition_from  # 由2010年的74.8岁提高到2015年的76.4岁，婴儿死亡率由13.1‰下降到8.2‰
        elif state.transition_from is not None and (state.transition_to or state.context_year) and transition and re.search(r"(至|到|为)\s*$", before):
            result.year = state.transition_to or state.context_year
        elif state.transition_from is not None and re.search(r"(由|从)\s*$", before):
            result.year = state.transition_from  # 由2015年的77.1岁提高到78.4岁，孕产妇死亡率从11.56/10万下降到…: the stated start year
        elif transition and re.search(r"(由|从)\s*$", before) and state.transition_from is None and state.period is not None and state.context_year == state.period[1] and state.context_source in ("plan-end", "year", "lead"):
            # 到“十三五”末…。人均预期寿命从81.33岁提高到81.91岁, and “十二五”期间，…。至2015年底，…。…养老床位由22张上升到40张 (the
            # period named, then its last year): from the period's base year to its end
            result.year = state.period[0] - 1
        elif transition and re.search(r"(由|从)\s*$", before) and state.transition_from is None and state.compare_year is not None and state.context_year is not None:
            result.year = state.compare_year  # 截至2015年…比2010年提高0.92岁，婴儿死亡率由10.7‰下降到4.54‰: the base of the comparison
        elif transition and re.search(r"(由|从)\s*$", before) and state.transition_from is None:
            result.transition = "from"  # 将由11.6年提高到12.2年: the base year and the plan's end year
            result.year_source = "wording (from)"
            return
        elif state.context_year is None and transition and re.search(r"(至|到|为)\s*$", before):
            # 由2010年11.9‰下降至6.75‰ with no end year: the section (or the wording) tells whether
            # the end is the plan's base year or its goal
            result.transition = "to" if state.transition_from is None else "to after a stated year"
        else:
            result.year = state.context_year
            if in_period:
                result.period_start = state.period[0]
        if state.average_years and result.year and state.average_from <= value.start < state.average_until:
            result.period_start = result.year - state.average_years + 1
        result.year_source = "sentence" if result.year is not None else (UNDATED if state.context_source == UNDATED else "")
        result.start_of_change = result.year is not None and (bool(START_OF_CHANGE.search(before)) or (
            state.transition_from is not None and result.year == state.transition_from and bool(re.search(r"(?:由|从)\s*$", before))))
        result.forecast = bool(FORECAST_MARKER.search(before))
        # a peak the population reaches (到2030年达到顶峰6000万) is foreseen, not set: a plan holds its peak (峰值控制在15亿左右)
        result.projection = result.projection or bool(PEAK_REACHED.search(before))
        # the 末 of a five-year plan's name in a sentence of goals (《纲要》提出，“十四五”末全市…达到60%) is the plan's end ahead, no
        # word of the past: the text's cut-off, when it has one, still tells a past end (“十三五”末 in a review) from a goal
        result.past = state.context_past or bool(PAST_WORDS.search(self._plan_end_ahead(clause, before, state.sentence))) or (
            bool(STATISTICS_SHOW.search(before) or still_reviewed(before)) and not PROJECTION_MARKER.search(before + clause) and not GOAL_WORDS.search(before + clause))
        # …or its year is a goals lead-in's (今年全市人口和计划生育工作目标是： then 1.常住人口城镇化率达到67.5%左右) or an
        # announcement's (确定了今年…工作目标。 then …达到…): the lead-in's goal, whatever verb the item takes
        result.goal = bool(GOAL_WORDS.search(before)) or result.projection or (state.context_source == "lead" and self.carried_goal) or bool(GOAL_BOUND.search(value.text))
        if (state.this_year and result.year == self.page_year and state.context_year == self.page_year and THIS_YEAR_REACHED.search(before[-12:])
                and not THIS_YEAR_DONE.search(clause) and not state.told_done):
            # 今年全市常住人口城镇化率达到63%左右 in a page of that year: a year not yet over is no observed level, but the year's goal
            # (brief at; every 今年 level of the development gold is a target) — unless told as reached (今年…已达到) or as done (…下降了), or
            # without a verb of reaching (…出生率为10.6‰: a year-end summary's; review of brief at)
            result.goal = True
        if explicit is None and result.year is not None and now_clause(before):
            result.year, result.goal, result.year_source = None, False, ""  # 今年…目标为60%，目前已达到58%: the present, not this year's goal

    def _as_change(self, result: ProseValue, before: str, clause: str, value: Value, state: _SentenceState) -> None:
        verb = CHANGE_VERB.search(before)
        result.sign = -1 if verb and DECREASE.search(verb.group(1)) else 1
        annual = is_annual(clause, value)
        if value.unit_raw == "个百分点":
            result.change_type = "annual_percentage_points" if annual else "percentage_points"
        elif value.unit_raw == "个千分点":
            result.change_type = "per_mille_points"
        elif value.unit_raw == "%":
            result.change_type = "annual_growth_percent" if annual else "percent_or_points"
        else:
            result.change_type = "absolute"
        if state.period and annual and state.compare_year is None and state.transition_from is None:
            result.from_year, result.year = state.period[0] - 1, state.period[1]
        else:
            result.from_year = state.compare_year or state.transition_from or (state.period[0] - 1 if state.period else None)
            result.year = state.context_year
        result.year_source = "sentence" if result.year is not None else (UNDATED if state.context_source == UNDATED else "")

    def _targets(self, sentence: str, value: Value, seen: list[Mention], is_change: bool) -> list[Mention]:
        candidates = [m for m in seen if m.end <= value.start]
        if len(candidates) >= 2 and OUTNUMBERED.search(sentence, 0, candidates[-1].start) and compatible(self.codebook[candidates[-2].code].unit, value.unit):
            # 城镇人口将首次超过农村人口突破7亿: the figure is the subject's, not the population it outnumbers
            seen = [m for m in seen if m is not candidates[-1]]
            candidates = candidates[:-1]
        if not is_change and candidates and compatible(self.codebook[candidates[-1].code].unit, value.unit) and NEAR.fullmatch(sentence[candidates[-1].end : value.start]):
            group = coordinated_group(sentence, candidates, candidates[-1])
            return [m for m in group if compatible(self.codebook[m.code].unit, value.unit)]
        share = SHARE_OF.search(sentence[: value.start])
        bare_from = max(0, value.start - 12)
        bare = BARE_SHARE.search(sentence, bare_from, value.start)
        if bare and not share and not is_change and value.unit_raw == "%":
            # …占常住人口比例提升至42.2%；…户籍人口达到500万人，占比提升至46.3%: a bare 占比 is of the whole named before in its
            # sentence, or in the sentence before (a clause of the same list after ；)
            whole = self._share_whole(sentence, bare.start())
            subjects = [m for m in seen if m.end <= bare.start()]
            if whole and subjects and not sentence[start_of_clause(sentence, bare.start()) : bare.start()].strip() and not [m for m in subjects if m.start >= start_of_clause(sentence, bare.start())]:
                subject = subjects[-1]
                label = subject.label + whole[-1].group()
                if subject.code == "pop_hukou" and "常住人口" in whole[-1].group():
                    return [Mention(subject.start, subject.end, "hukou_share_of_resident", label)]
                code = self._share_of(subject.code)
                return [Mention(subject.start, subject.end, code, label)] if code else []
        if share and share.end() - share.start() > 1 and not is_change and value.unit_raw == "%":
            subjects = [m for m in seen if m.end <= share.start()]
            of_province = re.match(r"占(?:全省|全区|全自治区)", sentence[share.start() :])
            named_place = names_pattern().search(CITED.sub("", sentence[: share.start()]))
            if (of_province and subjects and subjects[-1].code == "pop_resident" and named_place and (self.level == "province" or "省" in of_province.group())
                    and COUNT_THEN_SHARE.fullmatch(sentence, subjects[-1].end, share.start())):
                subject = subjects[-1]  # 拉萨市常住人口…占全区的23.8%: the city's share of its province
                return [Mention(subject.start, subject.end, "share_of_province_pop", subject.label + sentence[share.start() : share.end()].strip())]
            if self._of_larger_place(sentence[share.start() :]):
                return []  # 城镇人口300万人，占全省的12% in a city's plan: a share of the province's total, no rate of the city
            share_clause = start_of_clause(sentence, share.start())
            own = [m for m in subjects if m.start >= share_clause]
            if not own and re.fullmatch(r"\s*所?", sentence[share_clause : share.start()]):
                own = subjects[-1:]  # …达到1003万人，占户籍人口的20.6%, …，所占比重为8.3%: the subject of the clause before
            for subject in reversed(own):
                if subject.code == "pop_hukou" and "常住人口" in share.group():
                    # 户籍人口达到360万人，占常住人口比例提升至37.5%: the registered share of the residents
                    return [Mention(subject.start, subject.end, "hukou_share_of_resident", subject.label + share.group().strip())]
                code = self._share_of(subject.code)
                if code:
                    return [Mention(subject.start, subject.end, code, subject.label + sentence[share.start() : share.end()].strip())]
            return []
        candidates = [m for m in seen if m.end <= value.start]
        if not is_change and value.unit_raw == "%" and candidates:
            last = candidates[-1]
            gap = sentence[last.end : value.start]
            code = self._share_of(last.code)
            clause = sentence[start_of_clause(sentence, value.start) : value.start]
            if last.code == "pop_hukou" and SHARE_CLAUSE.match(clause) and RESIDENT_DENOMINATOR.search(sentence, 0, last.start):
                code = "hukou_share_of_resident"  # …占常住人口比例提升至37.5%；…户籍人口达到500万人，占比提升至46.3%
            if code and (DIRECT_SHARE.fullmatch(gap) or SHARE_CLAUSE.match(clause)):
                return [Mention(last.start, last.end, code, last.label + gap.strip())]
        if is_change:
            clause_start = start_of_clause(sentence, value.start)
            clause = sentence[clause_start : value.start]
            if candidates and candidates[-1].start < clause_start and own_uncoded_subject(clause, []):
                return []  # 人口自然增长率控制在6‰以内，生产总值增长9%: the growth of the clause's own subject, not of the rate before
            if candidates:
                return [candidates[-1]]
            following = [m for m in self.codebook.mentions(sentence) if m.start >= value.end]
            if following and CLAUSE_BREAK.search(sentence, value.end, following[0].start) and own_uncoded_subject(clause, []):
                return []  # 生产总值增长9.5%左右，…城镇登记失业率…: the growth of a subject the codebook lacks, not of the next one named
            return following[:1]
        own = [m for m in candidates if m.start >= start_of_clause(sentence, value.start)]
        if value.unit_raw == "岁" and own and not compatible(self.codebook[own[-1].code].unit, value.unit) and GROUP_ATTRIBUTE.fullmatch(sentence, own[-1].end, value.start):
            return []  # …人均预期寿命达到78.5岁，65岁及以上老人平均年龄73.2岁: an age of the clause's own group, not the expectancy before
        if value.unit_raw == "岁" and (ages := list(AGE_WORD.finditer(sentence, start_of_clause(sentence, value.start), value.start))):
            if not any(compatible(self.codebook[m.code].unit, value.unit) for m in candidates if m.start >= ages[-1].end()):
                return []  # …人均预期寿命达到78.5岁，人口平均年龄为41.2岁 / 平均年龄41.2岁: an age the clause names, not the expectancy before
        if (value.unit_raw == "%" and own and not compatible(self.codebook[own[-1].code].unit, value.unit) and self._share_of(own[-1].code) is None
                and OWN_SHARE.fullmatch(sentence, own[-1].end, value.start)):
            return []  # 0~14岁人口占17.2%，外省流入人口占8.5%: the share of the clause's own group, which has no code — not the share before (brief fv)
        for mention in reversed(candidates):
            if compatible(self.codebook[mention.code].unit, value.unit):
                group = coordinated_group(sentence, candidates, mention)
                return [m for m in group if compatible(self.codebook[m.code].unit, value.unit)]
        if value.unit_raw == "%":
            clause_start = start_of_clause(sentence, value.start)
            if any(SHARE_BASE_BEFORE.search(sentence, max(0, m.start - 8), m.start) and m.code not in ("pop_resident", "pop_hukou")
                   for m in candidates if m.start >= clause_start):
                return []  # 80岁以上高龄老人占老年人口的13%: a share of a group (the older people), not of the population
            for mention in reversed(candidates):
                code = self._share_of(mention.code)
                if code:  # a percentage of a count is its share: 65岁及以上人口…比五普时的5.6%
                    return [Mention(mention.start, mention.end, code, mention.label)]
        return []

    def _period_total(self, targets: list[Mention], clause: str, before: str, state: _SentenceState, value: Value) -> bool:
        """A count of a flow (births, net migration) summed over a stated period, over part of a
        year (1至4月份, 上半年) or said to be accumulated: not a level of any one year (an average over
        the period says 年均/平均)."""
        flows = [m for m in targets if m.code and self.codebook[m.code].code in FLOW_COUNTS]
        if not flows or len(flows) != len(targets) or not value.unit or "人" not in value.unit_raw + value.unit:
            return False
        if any(PERIOD_AVERAGE_WORDS.search(m.label) for m in flows) or PERIOD_AVERAGE_WORDS.search(clause) or state.average_years:
            return False
        if part_of_year(before):
            return True  # 1至4月份全市出生19762人
        if PERIOD_TOTAL_WORDS.search(clause) and not (ONE_YEAR_SUM.search(before) and not ACCUMULATED.search(clause) and state.context_source not in ("plan-period", "range")):
            return True  # 累计出生…; not 2002年全市共出生65135人, that year's births
        return state.context_source in ("plan-period", "range") and state.period is not None and state.period[1] > state.period[0]

    @staticmethod
    def _count_of_rate(sentence: str, mention: Mention, values: list[Value], lists: dict[int, tuple]) -> dict[int, tuple]:
        """The count a rate's words name when the value right after them is a count in 万 or 亿
        (:data:`COUNT_OF_RATE`: 具有大学文化程度人口达163.17万人 is the university-educated population; 每10万人中具有大学
        文化程度的人口为15467人 the rate): that value, read as a listed value is, with the count's code. The words stay
        the rate's for any other value, and when the sentence has named the rate's denominator (每10万人) before them."""
        if "每" in mention.label or re.search(r"每\s*(?:10|十)\s*万", sentence[: mention.start]):
            return {}  # 每10万人中，具有大学文化程度的人口达1.5万人: still the rate, whatever its unit
        end = next((m.start() for m in CLAUSE_BREAK.finditer(sentence, mention.end)), len(sentence))
        following = next((v for v in values if mention.end <= v.start < end), None)
        if following is None or following.start in lists or following.unit not in ("10k persons", "100m persons"):
            return {}
        return {following.start: (Mention(mention.start, mention.end, COUNT_OF_RATE[mention.code], mention.label), False, None)}

    def _totals_named_after(self, sentence: str, values: list[Value], lists: dict[int, tuple]) -> dict[int, tuple]:
        """Counts of a period-total indicator named only after the count (:data:`TOTAL_NAMED_AFTER`:
        实现350万左右农业转移人口…在城镇落户), each with its indicator, read as a listed value is. A count in 亿
        in a plan below the nation's is the nation's goal it quotes (促进约1亿农业转移人口落户城镇) and is not read; nor
        is a count whose indicator is named right before it (城镇新增人口700万、农民工…在城镇落户600万)."""
        found: dict[int, tuple] = {}
        mentions = self.codebook.mentions(sentence)
        for value in values:
            if value.start in lists or not value.unit or (self.level != "nation" and "亿" in value.unit_raw):
                continue
            if any(m.end <= value.start and NEAR.fullmatch(sentence[m.end : value.start]) for m in mentions):
                continue  # 城镇新增人口700万、农民工…在城镇落户600万: the count's indicator is named before it
            for pattern, code in TOTAL_NAMED_AFTER:
                match = pattern.match(sentence, value.end)
                if match and compatible(self.codebook[code].unit, value.unit):
                    found[value.start] = (Mention(match.start("label"), match.end("label"), code, match.group("label")), False, None)
                    break
        return found

    def _births_over_period(self, sentence: str, targets: list[Mention], clause: str, before: str, state: _SentenceState) -> list[Mention]:
        """Births summed over a stated period (预计“十三五”时期，新出生人口486万人) as ``births_period_total``: the
        period stated in the sentence (or its run of years), the births all of them — not one order's (两孩新出生人口),
        not over part of a year, not a programme's count (瞒报, 少生). Otherwise none (the figure is not read)."""
        if "births_period_total" not in self.codebook or any(m.code != "births" for m in targets):
            return []
        if part_of_year(before) or PROGRAMME_COUNT.search(clause):
            return []
        if not (state.context_source in ("plan-period", "range") and state.period is not None and state.period[1] > state.period[0]):
            return []
        if any(BIRTHS_PART.search(sentence, max(0, m.start - 4), m.start) for m in targets):
            return []
        return [Mention(m.start, m.end, "births_period_total", m.label) for m in targets]

    @staticmethod
    def _place_of(sentence: str, after: str, value: Value, seen: list[Mention]) -> str | None:
        """The place a value describes when it is the attribute of a place named right after its 的, with its indicator
        right before it (在常住人口不足2000万的北京, 城镇化率超过70%的上海): that place's level, not an attributive bound."""
        indicator = next((m for m in reversed(seen) if m.end <= value.start), None)
        if indicator is None or not NEAR.fullmatch(sentence[indicator.end : value.start]):
            return None
        head = after[1:13]
        place = next(iter(names_pattern().finditer(head)), None)
        if place is None or place.start() != 0 or not re.match(r"\s*(?:[,，;；。:：]|$)", after[1 + place.end() :]):
            return None  # 人口超过1000万的城市, 北京等城市: no one place
        return head[: place.end()]

    def _subject_clause(self, text: str) -> str | None:
        """The clause of ``text`` that names the subject of what follows: walking back over clauses that name none (a year,
        a goal word: :data:`SUBJECTLESS`; a speaker: 研究者认为), the first that names an indicator of the codebook or one of
        its own (:func:`own_uncoded_subject`: 全市机动车保有量增长较快, 全市实有企业数量增长较快); ``None`` when none does or
        when that clause states a figure of its own (合法生育率稳定在90%以上, a goal of a list: no subject it passes on)."""
        for part in reversed(CLAUSE_BREAK.split(text)):
            if not part.strip() or SUBJECTLESS.fullmatch(part.lstrip("、“”\"'")) or SPEAKER.search(part):
                continue
            if re.search(r"\d", part):
                return None
            if self.codebook.mentions(part) or own_uncoded_subject(part, []):
                return part
        return None

    def _population_total(self, line: PlanLine, sentence: str, clause: str, value: Value, in_clause: list[Mention]) -> str:
        """The words that make a value with no indicator the population total (:data:`POPULATION_TOPIC`), else "": a count
        in 万 or 亿 with a comparator written before it, in a clause that names no subject (:data:`SUBJECTLESS`), in a
        sentence about the population or right after one; in a headline, any sentence of the headline (目标破千万！…人口规划出炉)."""
        if in_clause or value.unit not in ("10k persons", "100m persons") or value.qualifier in ("none", "approx", "range") or bound_after(value):
            return ""
        if not SUBJECTLESS.fullmatch(clause.lstrip(",，;；:：、“”\"'")):
            return ""
        named = self._subject_clause(sentence[: value.start - len(clause)])
        if line.index == self.headline:
            topic = POPULATION_TOPIC.search(line.text) if named is None or POPULATION_TOPIC.search(named) else None
        else:
            # the subject is the last clause before the value's that names one (全市机动车保有量增长较快，到2025年将超过300万:
            # 机动车保有量); only with none in the sentence does the sentence before speak for it; a plan's title (江海市人口发展
            # 规划) is a population sentence only in a headline
            context = named if named is not None else sentence + self.previous_sentence
            topic = next((m for m in POPULATION_TOPIC.finditer(context) if not m.group().endswith("规划")), None)
        if topic is None:
            return ""
        return topic.group() if topic.group() in ("总人口", "常住人口", "人口总量", "人口规模", "人口总数", "人口数量", "多少人") else "人口"

    def _share_of(self, code: str) -> str | None:
        for indicator in self.codebook.indicators.values():
            if indicator.numerator == code:
                return indicator.code
        return None

    def _neighbour_topic(self, clause: str) -> str | None:
        """The neighbouring place a clause opens with when the value follows it (:data:`NEIGHBOUR_TOPIC`), else ``None``."""
        head = NEIGHBOUR_TOPIC.match(clause)
        if head is None:
            return None
        tail = clause[head.end():]
        name = next((m for m in names_pattern().finditer(tail) if m.start() == 0), None)
        if name is None:
            return None
        rest = tail[name.end():]
        named = next((m for m in self.codebook.mentions(rest) if m.start == 0), None)
        return name.group() if NEIGHBOUR_VERB.fullmatch(rest[named.end if named else 0:]) else None

    def _entity(self, sentence: str, clause_start: int, position: int) -> str:
        """The place the clause of a value names (the last one before the value): a gazetteer name,
        a scope word (全国, 全省 …), or a district, street or town (大良街道, 滨海新区); "" for the
        plan's own place. Datelines, cited titles and comparisons are masked first."""
        average = AVERAGE_OF_SCOPE.search(sentence, clause_start, position)
        if average:
            return average.group("scope")  # 城镇化率全省平均为73.4%: the province's level, not masked away as a comparison
        neighbour = self._neighbour_topic(sentence[clause_start:position])
        if neighbour:
            return neighbour  # 而邻近的邵阳市只有77.2岁: the neighbour's figure, not masked away as a neighbour
        ranked = RANKED_PLACE.search(sentence, max(0, clause_start - 16), clause_start)
        if ranked and NEIGHBOUR_VERB.fullmatch(sentence, clause_start, position) and any(
                m.group() == ranked.group("place") for m in names_pattern().finditer(ranked.group("place"))):
            return ranked.group("place")  # 最高的是长沙，80.2岁: the place ranked, right before the value's clause
        clause = masked(CITED.sub(lambda m: "□" * len(m.group()), sentence[:position]))[clause_start:]
        found = [(m.end(), m.group()) for m in PLACE_WORD.finditer(clause) if not NOT_PLACE.search(m.group())]
        # another country or the world (美国人均预期寿命为78.9岁，日本为84岁; 发达国家城镇化率80%以上): never the plan's place
        found += [(m.end(), m.group()) for m in FOREIGN.finditer(clause)]
        named = [(m.end(), m.group()) for m in names_pattern().finditer(clause)]
        found += named
        if self.level == "province" and not self.place.endswith("市"):
            found += [(m.end(), m.group()) for m in re.finditer("我市|本市", clause)]
        if self.level in ("prefecture", "province") and (not found or max(found)[1] in ("全区", "本区", "我区")) and (speaker := self._speaking_district(sentence[:clause_start])):
            return speaker  # 越秀区提出，…控制在115万人以内; 荔湾区表示，全区常住人口…: the district that speaks (brief gv, form 2)
        if not found:
            return ""
        end, word = max(found)
        before_scope = [name for name_end, name in named if name_end == end - len(word)]
        if word.startswith("全") and before_scope:
            return before_scope[-1]  # 苏州全市 → 苏州
        if word in CITY_SCOPE and self.level == "province" and not self.place.endswith("市") and self.last_city:
            return self.last_city  # 宁波市…。我市居民期望寿命82.40岁 in a provincial page: the city it quotes
        return word

    def _speaking_district(self, before: str) -> str | None:
        """The district of the plan's city that speaks at the head of the sentence part ending in ``before``
        (:data:`SPEAKER_DISTRICT`), a place of the gazetteer inside the city; else ``None``."""
        speaker = None
        for speaker in SPEAKER_DISTRICT.finditer(before):
            pass
        if speaker is None or re.search(r"[;；]", before[speaker.end() :]):
            return None
        if re.search(r"(?:全|本|我)市", before[speaker.end() :]):
            return None  # 天河区表示，将全力落实全市人口调控任务，到2020年常住人口…: the city's figure, told by the district (review of gv, finding 5)
        name = speaker.group("place")
        # the plan's city decides a name several cities' districts share (白云区, 鼓楼区, 朝阳区: review of gv, finding 11)
        place = by_name(name, frozenset({self.place})) if gazetteer_name(name) else None
        if place is None or place.level != "county" or place.prefecture != self.place:
            return None
        return name

    def _last_city(self, sentence: str) -> None:
        """Remember the last prefecture-level city a province's page names (for its 我市, 本市, 全市)."""
        for match in names_pattern().finditer(masked(CITED.sub(lambda m: "□" * len(m.group()), sentence))):
            place = by_name(match.group())
            if place is not None and place.level == "prefecture" and place.name.endswith("市"):
                self.last_city = place.name

    def _peak(self, line: PlanLine, offset: int, sentence: str, match: re.Match[str], state: _SentenceState) -> None:
        year = int(match.group("year"))
        span_start, span_end = match.start("year"), match.end("year") + 1 + len(match.group("about") or "")
        value = Value(offset + span_start, offset + span_end, sentence[span_start:span_end], float(year), None, None, "approx" if match.group("about") else "none", "")
        result = ProseValue(line, value, "pop_peak_year", match.group(0), year, False, offset + match.start(), projection=True, year_source="sentence")
        state.results.append(result)
