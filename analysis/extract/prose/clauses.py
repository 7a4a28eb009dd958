"""The structure of a sentence the reader walks: where a clause starts (commas inside brackets do
not end one), which mentions a value shared by 、和及 belongs to, whether a clause names a subject of
its own, the lead-in year of a heading, and the line that continues on the next."""

from __future__ import annotations

import re

from analysis.codebook import Mention
from analysis.extract.context import FIVE_YEAR_PLANS, PAGE_DATE, is_heading, years
from analysis.extract.prose.words import ANNUAL, CLAUSE_BREAK, GOAL_AHEAD, GOAL_EFFORT, GOAL_FIGURE, GOAL_WORDS, LEAD_IN, NUMERALS, PAST_WORDS, PRESENT_WORDS, YEARS_AHEAD
from analysis.extract.values import Value
from analysis.ingest.place import masked, names_pattern
from analysis.numbering import ITEM_MARKS, ITEM_NUMBER


#: Other countries, groups of countries and the world, as a clause names them for a comparison.
FOREIGN = re.compile(r"美国|日本|韩国|英国|法国|德国|意大利|俄罗斯|印度|新加坡|澳大利亚|加拿大|瑞典|挪威|瑞士|以色列|OECD国家|经合组织国家"
           r"|(?:高|中等|上中等|中高|中低|低)收入国家|发达国家|发展中国家|欧盟|欧洲|欧美|全世界|全球|世界(?!卫生|银行|先进|一流|领先|级)"
           # …and a group named by what its countries share (其成员国, 其他国家, 周边国家, 发达经济体: brief fv)
           r"|成员国|(?:其他|其它|周边|西方|亚洲|欧美)国家|(?:发达|新兴)经济体")
#: A foreign figure as the base of the text's own place's comparison (我国…76.3岁，较日本（83.7岁）低7.4岁; 与日本1.4的水平接近): the
#: sentence stays about the text's place after it (brief xfv).
FOREIGN_COMPARED = re.compile(rf"(?:较|比|与|同|跟|高于|低于|超过|接近|相当于|落后于?|赶上)\s*(?:{FOREIGN.pattern})")
#: The nation named by its name (全球…为211/10万，中国孕产妇死亡率为16.9/10万: the nation's again, in the nation's text too), and a
#: year written (全球…为17‰，2020年新生儿死亡率为3.4‰; …，到2030年，常住人口城镇化率达到70%): after a foreign figure, a clause that
#: names either and its own indicator is the text's place's again (brief xfv).
NATION_NAMED = re.compile(r"中国|中华人民共和国")
YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}\s*年")
#: Scope words and places below the county that a clause can name as its subject.
PLACE_WORD = re.compile(
    r"全国|我国|全省|我省|本省|全自治区|全区|全市|全州|全盟|全县|全旗"
    r"|(?:^|(?<=[,，、;；:：(（\s]))(?!其中)[\u4e00-\u9fff]{2,4}(?:街道|镇|乡(?!村)|新区|开发区)(?=[\u4e00-\u9fff])"
    r"|(?:^|(?<=[,，、;；:：(（\s]))(?!其中)[\u4e00-\u9fff]{2,8}(?:都市区|城镇群|城市群|都市圈|片区)(?=[\u4e00-\u9fff])"
)
NOT_PLACE = re.compile(r"城镇|乡镇|城乡|人口|回乡|返乡|下乡|家乡|农乡|当年")

#: Spans that name a place without being about it: cited titles, censuses.
CITED = re.compile(r"《[^》]*》|第?[一二三四五六七]次全国人口普查|全国人口普查|全国[一二三四五六七]普")
LABEL_LIKE = re.compile(r"[\u4e00-\u9fff]{2,}(率|比重|比例|占比|人数|总量|规模|年限|寿命|床位数|覆盖率|收入|人次|人口)")

#: Words of a clause that name no subject of their own (years, places, verbs, adverbs, scope).
FUNCTION_WORDS = re.compile(
    r"(?:19|20)\d{2}年(?:末|底|初)?|[“「『]?十[一二三四五]?五[”」』]?(?:期间|时期|末|期末)?|第?[五六七]次全国人口普查|[五六七]普|"
    r"全国|我国|全省|全区|全市|全州|全盟|全县|全旗|本市|本县|本省|"
    r"达到|保持在|保持|控制在|控制|提高到|提高至|提高|回升至|回升到|回升|降至|降到|下降到|下降|稳定在|稳定|增加到|增长到|增加|增长|突破|超过|"
    r"力争|预计|预测|将|已|为|是|约|在|至|到|由|从|以上|以内|以下|左右|其中|分别|逐步|进一步|持续|基本|总体|继续|仍|年均|平均|"
    r"上升到|上升至|上升|下降到|降低|之后|此后|随后|然后|同时|届时|再|进而|规划期内|规划期末|期内|期末|目前|当前|据测算|测算|"
    r"目标|主要|预期|时|的|和|及|与|数据|显示|表明|人口|相比|有所|反弹|回落|“|”|\s|[,，;；:：、()（）—\-~]|"
    r"[\d.~%‰]+(?:万人|亿人|万|亿|人|岁|年|个百分点)?"
)
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
BRACKETED = re.compile(r"[(（][^()（）]{0,80}[)）]")


def own_uncoded_subject(clause: str, mentions_in_clause: list[Mention]) -> bool:
    """True when a clause without a codebook mention names a subject of its own (…率, …人数, or
    four or more content characters: 旅居海外的江门籍侨胞约400万人), so its value is not the
    indicator named earlier in the sentence."""
    if mentions_in_clause:
        return False
    clause = CITED.sub("", clause)
    if LABEL_LIKE.search(clause):
        return True
    if len(_IDEOGRAPH.findall(clause)) < 4:
        return False  # the masks below only remove characters: fewer than four ideographs stay fewer
    residue = FUNCTION_WORDS.sub("", masked(PLACE_WORD.sub("", clause)))
    residue = names_pattern().sub("", residue)
    return len(_IDEOGRAPH.findall(residue)) >= 4


def coordinated_group(sentence: str, candidates: list[Mention], mention: Mention) -> list[Mention]:
    """``A、B达到98%``: the mentions joined to ``mention`` by 、 和 及 only."""
    index = candidates.index(mention)
    group = [mention]
    while index > 0:
        previous = candidates[index - 1]
        if re.fullmatch(r"[、和及与]", sentence[previous.end : group[0].start]):
            group.insert(0, previous)
            index -= 1
        else:
            break
    return group


def start_of_clause(sentence: str, position: int) -> int:
    """Where the clause of ``position`` starts; commas inside brackets do not end a clause."""
    flat = BRACKETED.sub(lambda m: "□" * len(m.group()), sentence)
    return max((m.end() for m in CLAUSE_BREAK.finditer(flat, 0, position)), default=0)


def unfinished(text: str) -> str:
    """The end of a line that stops mid-sentence (a hard-wrapped paragraph, a <br> inside one)."""
    stripped = text.rstrip()
    if not stripped or re.search(r"[。！？!?；;：:）)”\"]$", stripped):
        return ""
    tail = re.split(r"[。！？!?]", stripped)[-1]
    if len(tail) > 120 or not re.search(r"[\u4e00-\u9fff]", tail) or DATE_LINE.fullmatch(tail):
        return ""
    # a line that ends with its value (常住人口城镇化率达到73%以上, one goal a line without punctuation) is a
    # finished clause: the next line's values are not its indicator's
    return tail + "；" if VALUE_END.search(tail) else tail


#: A line that is only a date (2023年1月12日, 2023年1月12日 星期四 10:30): a page's dateline — the date of
#: :data:`analysis.extract.context.PAGE_DATE`, one pattern for both, perhaps with its weekday and time — never the start of the next
#: line's sentence (its year would govern 今后五年… below it; brief ftime). With a weekday or a time the line is no page's date
#: either, so the page stays undated and 今后五年 below it dates nothing.
DATE_LINE = re.compile(r"\s*(?:" + PAGE_DATE.pattern + r")(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*")
#: A line that is only a month, perhaps after the body that signs it (某某省统计局 2021 年 10 月, 2021年11月): the date of a report
#: under its title, never the start of the sentence of a numbered heading below it (its year would date the heading: 3. 女性人均预期
#: 寿命超过79岁。; forms handout Bd, 1). An unnumbered line below it still starts with it (某某市卫生健康委员会 2020年12月 over
#: 全年全市…: the year's figures — review of gt, finding 7): :data:`NUMBERED_OPENING`, in the reader.
SIGNED_MONTH_LINE = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,20}(?:局|委员会|委|办公室|办|政府|中心|厅|院|部|会)\s*)?(?:19|20)\d{2}\s*年\s*(?:0?[1-9]|1[0-2])\s*月\s*")
#: A line opened by an item's number (3. , 一、, （二）, (1)).
NUMBERED_OPENING = re.compile(r"\s*(?:" + ITEM_NUMBER + r")")
#: The end of a clause that states a value: a number with its unit and qualifier.
VALUE_END = re.compile(r"\d\s*(?:%|‰|万人|亿人|万|亿|人|岁|年|张|个)?\s*(?:以上|以下|以内|左右|上下)?$")


#: A line that is only a year (到2025年, 至2035年：, 力争到2025年，, 到2025年前后，, and with its comma or colon 2025年，,
#: 2025年前，, 2020年末：, “十四五”期末，, 规划期末：): the heading of the levels listed below it, as a press copy of a plan's
#: table of main goals prints them (one goal a line, a sentence of description between) and as a plan's numbered goals
#: follow a year on a line of its own. Without 到/至 the comma or colon must be written (a year alone on a line is a
#: flattened table's column).
_YEAR_WORDS = r"(?:19|20)\d{2}\s*年(?:底|末|前后|左右|前)?|[“\"「]?十[一二三四五]?五[”\"」]?(?:期末|末)|(?:本)?规划期末"
YEAR_LINE = re.compile(rf"\s*[●•·■◆▲]?\s*(?:(?:力争|争取)?(?:到|至)\s*(?:{_YEAR_WORDS})\s*[:：,，]?|(?:截至|截止)?\s*(?:{_YEAR_WORDS})\s*[:：,，])\s*")


#: A five-year period named in quotes (“十一五”, 「十四五」).
QUOTED_FIVE_YEAR = re.compile(r"[“\"「『‘](十[一二三四五]?五)[”\"」』’]")


#: A title of a five-year period's goals (（二）“十四五”时期主要目标, “十三五”时期经济社会发展主要任务, 二、“十五五”发展目标): a
#: short line, no sentence, naming a quoted period and ending in its goals, tasks or indicators — in a plan of a longer period
#: the items below it are of the named period's end, not the plan's. Not a review (“十三五”时期主要成就, …主要目标完成情况).
GOALS_TITLE = re.compile(r"(?:目标|任务|指标)(?:任务)?\s*[:：]?\s*$")


def goals_title(text: str) -> bool:
    """A short title line of a five-year period's goals (:data:`GOALS_TITLE`)."""
    stripped = text.strip()
    return (len(stripped) <= 30 and not re.search(r"[。；;，,]", stripped) and QUOTED_FIVE_YEAR.search(stripped) is not None
            and GOALS_TITLE.search(stripped) is not None)


#: A title or lead-in of the goals of the years ahead, without a year (未来五年主要目标, 今后五年的奋斗目标是：, （一）今后5年发展目标):
#: the goals of the report's term, counted from the text's latest observed year (its cut-off: a report of January 2023 → 2027) as
#: 今后五年 in a sentence is (brief ftime, forms handout 1). Not a review (…目标完成情况, 过去, 已, 回顾, 以来: :data:`AHEAD_REVIEWED`),
#: not 今后五年来 (a span of the past), not a title naming a year or period of its own.
#: Goals of an older term quoted (上届政府提出，未来五年的主要目标是：; 上届政府提出的未来五年主要目标): their years ahead are counted from
#: that term's start, not from the text's present — nothing dates them (brief xtime).
OLDER_TERM = r"上一?届|前一?届|上次|当时|此前|曾(?!经?要)"
AHEAD_REVIEWED = re.compile(r"完成|执行|落实|实现了|回顾|过去|以来|已|" + OLDER_TERM)


#: An item of a list below a title (■ …, ★ …, 1. …, （一）…, 一、…: the item marks and numbers of :mod:`analysis.numbering`; and the
#: dash of a work report's list, ——…): the years ahead of :func:`ahead_title` date only the items right below it — the first line
#: that is no item (a reporter's paragraph after the list) ends them.
AHEAD_ITEM = re.compile(r"\s*(?:[" + ITEM_MARKS + r"]|——|" + ITEM_NUMBER + r"|\d{1,2}\s*[)）])")


#: A line of goals below a title of the years ahead written without an item mark (未来五年主要目标： then 全市常住人口城镇化率达到68%，
#: 人均预期寿命达到80岁。, one goal a line or several in one). 达到 or 提高到 alone is the wording of a record too, so the line is a goal
#: only in the list's own form — right below the title, or below an item that ended no sentence (…达到71%；) — or with a word only
#: goals use (:data:`AHEAD_GOAL_ONLY`: 力争, 将, 要, 控制在, 以内, 左右); and never with a year or period of its own, a word of the
#: past or the present (``PAST_WORDS``, ``PRESENT_WORDS``), of a review or an older term (:data:`AHEAD_REVIEWED`), of a reporter or
#: speaker (记者了解到，…: a paragraph after the list, which ends the years ahead as before), or an observed comparison
#: (:data:`OBSERVED_COMPARISON`: 同比增长, 居全省第三位, 比全省高1岁, 高于全省平均水平) — brief xlo.
AHEAD_REPORTED = re.compile(r"记者|了解到|获悉|表示|指出|介绍|据|报道|显示|去年|今年|上年|" + PAST_WORDS.pattern + "|" + PRESENT_WORDS.pattern)
#: The words only a goal uses: a goal ahead or an effort (:data:`GOAL_AHEAD`, :data:`GOAL_EFFORT`), a goal's figure
#: (:data:`GOAL_FIGURE`), and 左右 (an approximate figure: a plan's, a record states its number).
AHEAD_GOAL_ONLY = re.compile(GOAL_AHEAD + "|" + GOAL_EFFORT + "|" + GOAL_FIGURE + "|左右")
#: A comparison a record states after its level: with the same period or year before (同比, 比上年), with the whole above it
#: (比全省, 居全省, 位居全市), or with its average (高于/低于全省平均水平).
OBSERVED_COMPARISON = re.compile(r"同比|比上一?年|比全[国省市区县]|[居位]居?全[国省市区县]|[高低]于")
#: The end of a sentence at the end of a line: the line after it is no longer in the form of the list above.
SENTENCE_ENDED = re.compile(r"[。！？!?]\s*$")


def ahead_goal_line(text: str, listed: bool = True) -> bool:
    """Whether ``text`` is an unmarked line of goals under a title of the years ahead: ``listed`` when it is right below the
    title or below an item that ended no sentence (see :data:`AHEAD_REPORTED`)."""
    if not re.search(r"\d", text) or re.search(r"(?:19|20)\d{2}|十[一二三四五]?五", text):
        return False
    if AHEAD_REVIEWED.search(text) or AHEAD_REPORTED.search(text) or OBSERVED_COMPARISON.search(text):
        return False
    if AHEAD_GOAL_ONLY.search(text):
        return True
    return listed and (GOAL_WORDS.search(text) is not None or "达到" in text)


def ahead_title(text: str) -> int | None:
    """The number of years ahead a title or lead-in of goals names (未来五年主要目标: 5), else ``None``."""
    stripped = text.strip()
    ahead = YEARS_AHEAD.search(stripped)
    if (ahead is None or stripped.startswith("来", ahead.end()) or AHEAD_REVIEWED.search(stripped) or re.search(r"(?:19|20)\d{2}|十[一二三四五]?五", stripped)
            or not (LEAD_IN.search(stripped) or (len(stripped) <= 30 and not re.search(r"[。；;，,]", stripped) and GOALS_TITLE.search(stripped)))):
        return None
    n = ahead.group("n")
    return int(n) if n.isdigit() else NUMERALS[n]


#: The goals of a year's work named by a lead-in without its year (全市人口和计划生育工作目标是：, 今年工作的主要任务是：): a yearly
#: meeting's or work plan's, so the year of the page's date when the text has no plan period — not a plan's 主要目标是： nor
#: 发展目标 (a plan's goals, of its own years), not a review of goals (工作目标完成情况如下：, 落实情况, 执行情况), nor a lead-in that
#: names any year, period or part of one (今年以来…主要指标如下：, “十三五”时期…工作的主要目标是：, 过去五年，…主要指标是：: :data:`NOT_THIS_YEARS_WORK`).
WORK_GOALS = re.compile(r"工作(?:的)?(?:主要)?(?:目标|任务|指标)(?!完成|执行|落实|实现)")
NOT_THIS_YEARS_WORK = re.compile(r"以来|上半年|季度|\d\s*月|十[一二三四五]?五|时期|期间|期内|期末|过去|年来|近[一二三四五六七八九十两几\d]+年|完成|执行情况|落实情况")


def lead_year(text: str, plan_end: int | None = None, page_year: int | None = None, governed: bool = False, present: int | None = None) -> int | None:
    """The goal year a heading or lead-in line sets for the lines below it (到2025年，…目标是：; a line
    that is only 到2025年; a lead-in naming a five-year period, “十一五”…的主要目标是, its end; with the last year of the
    plan's period, 规划期末，主要目标是：; with the year of the page's date, a year told relative to it: 今年全市人口和计划生育
    工作目标是： then the items one a line, that year — none when the page's date is unknown; ``governed``: a lead of a year or
    period before it governs the line, and a lead-in of work goals without a year (:data:`WORK_GOALS`) takes no page's year;
    with the text's latest observed year ``present``, a title of the years ahead's goals, 未来五年主要目标: :func:`ahead_title`)."""
    if present is not None and (n := ahead_title(text)) is not None:
        return present + n
    mentioned = years(text, page_year, plan_end=plan_end)
    found = [year.year for year in mentioned if year.role in ("to", "context")]
    if (not mentioned and not governed and page_year is not None and plan_end is None and LEAD_IN.search(text) and WORK_GOALS.search(text)
            and not NOT_THIS_YEARS_WORK.search(text)):
        # 全市人口计生工作目标是： in a dated page of no plan period, under no year or period of a lead before it: the year's
        # work, the page's year (not 今年以来…, “十三五”时期…, 过去五年，…, …目标完成情况如下：)
        found = [page_year]
    if not found and (LEAD_IN.search(text) or YEAR_LINE.fullmatch(text) or goals_title(text)):
        # 湖南省“十一五”经济社会发展的主要目标是, a line “十四五”期末，, a title （二）“十四五”时期主要目标: the period's end
        found = [FIVE_YEAR_PLANS[match.group(1)][1] for match in QUOTED_FIVE_YEAR.finditer(text)]
    return found[-1] if found and (LEAD_IN.search(text) or is_heading(text) or YEAR_LINE.fullmatch(text) or goals_title(text)) else None


def is_annual(clause: str, value: Value) -> bool:
    """A change per year: 年均增长0.9%, or a percentage right after 年均 (以年均8.9%的速度增长)."""
    return bool(ANNUAL.search(clause)) or (value.unit_raw == "%" and bool(re.search(r"年均\s*$", clause)))


def shift(value: Value, offset: int) -> Value:
    return Value(value.start + offset, value.end + offset, value.text, value.number, value.low, value.high, value.qualifier, value.unit_raw, value.garbled)
