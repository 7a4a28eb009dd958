"""Quantified baselines, projections, targets and stated changes in the prose of a plan.

The reader goes sentence by sentence (sentences end at 。！？; semicolons only separate clauses,
so a 与2000年相比 at the start governs the whole sentence). In each sentence it finds
indicator mentions (:mod:`analysis.codebook`), years and their roles
(:mod:`analysis.extract.context`) and value expressions (:mod:`analysis.extract.values`), then
walks them left to right:

* a number is **not a value** when it is a year, an age bound (``60岁及以上``), an ordinal or rank
  (``第7位``), a count of things (``4个``, ``72号``), part of a document title in 《》, an
  attributive threshold (``50万以上的区县``, ``超过50%的…临界点``), or a comparison with another
  place (``较全省高2.55个百分点``);
* it is a **change** when a change verb precedes it directly (``增加1.45万人``, ``提高了5.31%``,
  ``年均增长0.9%``) or its unit is 个百分点 — changes go to their own table, never as levels;
* otherwise it is a **level**, assigned to an indicator: the subject of ``占…的`` for shares;
  position by position after 分别 (``A、B分别为x、y``); else the nearest preceding mention whose unit
  fits. A value shared by a coordinated pair (``城乡基本养老、基本医疗保险参保率达到98%``) goes to both.

Only values of indicators in the codebook are kept: prose numbers about things the codebook does
not cover (facility counts, training places…) are out of scope by design.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.codebook import Codebook, Mention
from analysis.extract.context import (
    YearMention,
    five_year_plans,
    listed_years,
    is_heading,
    period_average_years,
    section_kind,
    years,
)
from analysis.extract.values import Value, compatible, find_values
from analysis.ingest.document import PlanLine
from analysis.ingest.place import masked, names_pattern
from analysis.quality import Finding

SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
CLAUSE_BREAK = re.compile(r"[,，;；:：]")
CHANGE_VERB = re.compile(r"(增加|减少|提高|下降|上升|降低|增长|缩小|扩大|回落|多出|高出|低出|减|增|多)了?\s*(共|累计|约|近)?\s*$")
DECREASE = re.compile(r"减少|下降|降低|缩小|回落|低出|减")
#: 年均增长0.9%, 年均增加5万人: a change per year (年均出生率12‰ is a period-average level).
ANNUAL = re.compile(r"年均[^,，;；。率]{0,4}?(?:增长|增速|增幅|递增|递减|增加|减少|提高|下降|上升|降低|净增|增)(?!率)[^,，;；。率]{0,4}$")
#: A line that introduces the goals below it: 到2025年，人口发展的主要目标是：
LEAD_IN = re.compile(r"[:：]\s*$")
SHARE_OF = re.compile(r"占(?:全国|全省|全区|全市|全县)?(?:的)?(?:常住人口|总人口|户籍人口|全市常住人口|人口)?(?:的)?(?:比重|比例)?(?:为|达|约)?\s*$")
#: What may stand between an indicator and its value when the value belongs to it directly.
NEAR = re.compile(r"\s*(?:为|是|达到|达|约为|约|在|占|降至|降到|升至|提高到|提高至|保持在|控制在|稳定在|仅为|已达|已经达到)?\s*")
#: A share stated in its own clause after a count: 0—14岁人口为73.2万人，占15.3%.
SHARE_CLAUSE = re.compile(r"^\s*(?:其中)?(?:约|分别|仅|只)?占(?:比|比重|比例)?(?:为|达|约|是)?\s*$")
#: A count followed directly by its share: 60岁及以上人口占15.99%, 城镇人口占比60%.
DIRECT_SHARE = re.compile(r"\s*(?:的)?(?:仅|只|约)?(?:所)?占(?:比|比重|比例|总人口的?比重|总人口的?比例|总人口)?(?:的)?(?:为|是|达到|达|约|升至|提高到|提高至|下降到|降至)?\s*")
RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|降到|降至|提高到|上升到|增加|减少|比|较|与)?")
OTHER_PLACE = re.compile(r"(较|比|高于|低于|持平|相当于|与)\s*(全省|全国|全市平均|省平均|全省平均|全国平均)")
PEAK = re.compile(r"(?:总人口|人口总量|常住人口)[^,，。;；]{0,8}?在?(?P<year>(?:19|20)\d{2})年(?P<about>前后|左右)?达到峰值")
NOT_A_VALUE_AFTER = re.compile(r"^(号|次|届|位|名|个|项|家|所|条|类|级|期|批|处|座|层|月|日|点|:|：|部|支|场|间|册|门|期)")
AGE_AFTER = re.compile(r"^(及以上|以上|以下|及以下|~|人|老|少|儿|婴|幼|的|劳|妇|男|女|组|青|中)")
#: A list that refers back to the indicators of the sentence before: 这三项指标分别为….
THESE = re.compile(r"(?:这|上述|以上|前述)[一二两三四五六七八九十\d]*(?:项|个)(?:指标)?")
#: A gap between two figures, not a level: 常住人口与户籍人口之差缩小到203.8万人.
GAP_WORDS = re.compile(r"之差|差距|相差|差额|缺口")
#: Words that bring a sentence back to the present: 目前, 当前.
CURRENT = re.compile(r"^(?:[^,，;；]{0,6}?)(?:目前|当前|现阶段|截至目前|现在)")
#: A value referring back to the indicator named just before: 到2035年这一比例将超过30%.
BACK_REFERENCE = re.compile(r"(?:这一|该|此)(?:比例|比重|指标|数字|水平|数值|规模)")
#: A change verb right before the indicator it changes: 新增出生人口, 每年增加…
INCREMENT = re.compile(r"(?:增加|减少|新增|净增|多出|每年增加|每年减少)\s*$")
#: A level stated for the base of a comparison: 与2010年第六次全国人口普查的726.0万人相比.
COMPARED_LEVEL = re.compile(r"(?:与|比|较|同)\s*[^,，;；。]{0,24}?的\s*$")
#: A value followed by 的 that is still a level: 趋于107的正常水平.
LEVEL_OF = re.compile(r"^的(?:正常|合理|适度|较高|较低|更替|适宜|理想|平均|历史)?(?:水平|区间|范围|目标|峰值|高峰)")
#: Figures for several places together are not the plan's: 四市常住人口合计, 10个省份的.
AGGREGATE = re.compile(r"[一二三四五六七八九十两\d]+个?(?:省份|省区|地市|城市|市州|县区|区县|县市)|[二三四五六七八九十两\d]+个[\u4e00-\u9fff]{0,3}?(?:新城|新区|城区|区|县|镇|乡|街道|片区)|[二三四五六七八九十两]市|合计|总计|共计|总规模")
#: The verb (or year) that lets a value in a sentence without an indicator of its own belong to
#: the indicator a heading or question named.
TOPIC_VERB = re.compile(r"(?:达到|为|是|保持在|控制在|提高到|提高至|回升至|回升到|降至|降到|下降到|稳定在|增加到|增长到|突破|超过|约|在|至|年)\s*$")
#: Words of a sentence without a year that make its values goals (else they describe the present).
GOAL_WORDS = re.compile(r"(?<!达)到|力争|确保|将|预计|目标|控制在|稳定在|保持在|不低于|不超过|以内|回升至|提高至|降至|逐步")
PAST_WORDS = re.compile(r"已|末|底|普查|七普|六普")
PROJECTION_MARKER = re.compile(r"预计|预测|有望|将会|将要|将(?:从|由|在|达到|达|超过|突破|增长|增加|提高|上升|升至|降至|下降|减少|保持|稳定|进入)")
STRIVE = re.compile(r"力争")


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


@dataclass
class _SentenceState:
    context_year: int | None
    context_source: str
    period: tuple[int, int] | None = None
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
    recent: list[int] = field(default_factory=list)  # goal years of the previous sentence (for 分别 lists)
    next_recent: list[int] = field(default_factory=list)
    results: list[ProseValue] = field(default_factory=list)


class ProseReader:
    """Reads the prose of one plan (see the module docstring)."""

    def __init__(self, codebook: Codebook, places: set[str], default_years: dict[str, int | None], level: str = "unknown"):
        self.codebook = codebook
        self.places = places
        self.default_years = default_years  # section kind -> year (baseline: base year, target: plan end)
        self.level = level  # the plan's level of government (全区 is the province only in a province's plan)
        self._findings: list[tuple[int, str, str]] = []
        #: The indicator a heading or a question names, for the values of the lines below it.
        self.topic: Mention | None = None
        #: The indicators the previous sentence named (for 这三项指标分别为…).
        self.previous: list[Mention] = []

    def findings(self, seed_file: str) -> list[Finding]:
        """Quality findings of the last :meth:`read`: values dropped because no indicator fits."""
        return [Finding(seed_file, number, kind, detail) for number, kind, detail in self._findings]

    def read(self, lines: list[PlanLine], skip: set[int]) -> list[ProseValue]:
        self._findings = []
        results: list[ProseValue] = []
        heading, kind = "", "unknown"
        lead: int | None = None
        tail = ""
        for line in lines:
            if line.role != "body" or line.index in skip:
                tail = "" if line.role != "blank" else tail
                continue
            named = self.codebook.mentions(line.text)
            if is_heading(line.text):
                heading = re.sub(r"\s+", " ", line.text.strip())
                new_kind = section_kind(heading)
                if new_kind != "unknown" or re.match(r"\s*第[一二三四五六七八九十百]+(?:章|部分)", heading):
                    kind = new_kind
                lead = _lead_year(line.text)
                self.topic = named[-1] if named else None
                tail = ""
                continue
            found = self._read_line(line, heading, kind, lead, tail)
            results.extend(found)
            tail = _unfinished(line.text)
            if LEAD_IN.search(line.text):
                lead = _lead_year(line.text) or lead
            if QUESTION.search(line.text) and named:
                self.topic = named[-1]  # 总和生育率目标是多少？ — the answer below gives its values
            elif named or found:
                self.topic = None
        return results

    # -- one paragraph (line) -------------------------------------------------------------

    def _read_line(self, line: PlanLine, heading: str, kind: str, lead: int | None = None, prefix: str = "") -> list[ProseValue]:
        """The values of one line; ``prefix`` is the unfinished sentence the line above ended
        with (a hard-wrapped paragraph), read for its indicators and years, never for values."""
        text = prefix + line.text
        carried: tuple[int | None, str] = (lead, "lead") if lead else (None, "")
        period: tuple[int, int] | None = None
        recent: list[int] = []
        out = []
        for sentence in SENTENCE.finditer(text):
            if sentence.end() <= len(prefix):
                continue
            state = _SentenceState(*carried, period=period, stable_year=carried, recent=recent)
            self._read_sentence(line, sentence.start() - len(prefix), sentence.group(), state)
            recent = state.next_recent
            named = [m for m in self.codebook.mentions(sentence.group()) if not sentence.group().startswith("普查", m.end)]
            if named:
                self.previous = named
                if not state.results and not find_values(sentence.group()):
                    self.topic = named[-1]  # 总和生育率是衡量生育水平的核心指标。《规划》提出，力争…回升至1.3左右
            for value in state.results:
                value.section, value.section_kind = heading, kind
                if value.year is None:
                    default = kind if kind != "unknown" else ("target" if GOAL_WORDS.search(sentence.group()) else "baseline")
                    if value.transition:
                        default = "baseline" if value.transition == "from" else "target"
                    value.year = self.default_years.get(default)
                    value.year_source = f"section ({kind})" if kind != "unknown" else f"wording ({default})"
            out.extend(v for v in state.results if v.year is not None)
            carried = state.stable_year  # years stated inside a projection do not carry over
            period = state.period
        return out

    # -- one sentence ---------------------------------------------------------------------

    def _read_sentence(self, line: PlanLine, offset: int, sentence: str, state: _SentenceState) -> None:
        mentions = [m for m in self.codebook.mentions(sentence) if not sentence.startswith("普查", m.end)]
        year_mentions = years(sentence)
        if CURRENT.search(sentence):
            state.context_year, state.context_source = None, ""  # 目前…: the present, not the year of the sentence before
        plans = five_year_plans(sentence)
        average = period_average_years(sentence)
        if average:
            state.average_years = average
            marker_at = sentence.find("年平均")
            state.average_from = max(0, marker_at - 3)
            state.average_until = next((m.start() for m in CLAUSE_BREAK.finditer(sentence, marker_at)), len(sentence))
        marker = PROJECTION_MARKER.search(sentence)
        if marker:
            state.projection_from = marker.start()
        blocked = _blocked_spans(sentence, mentions, year_mentions)
        peak = PEAK.search(sentence)
        if peak:
            self._peak(line, offset, sentence, peak, state)
            blocked.append((peak.start("year"), peak.end()))
        values = [v for v in find_values(sentence) if not _inside(v.start, v.end, blocked)]
        lists = self._respectively_lists(sentence, mentions, values, year_mentions, state.recent)
        goals = list(dict.fromkeys(y.year for y in year_mentions if y.role in ("to", "context")))
        state.next_recent = goals if len(goals) >= 2 else state.recent
        events: list[tuple[int, str, object]] = (
            [(m.start(), "open", None) for m in re.finditer(r"[(（]", sentence)]
            + [(m.start(), "close", None) for m in re.finditer(r"[)）]", sentence)]
            + [(m.start, "mention", m) for m in mentions]
            + [(y.start, "year", y) for y in year_mentions]
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
            elif kind == "plan":
                if item.part == "compare":
                    state.compare_year = item.last
                elif item.part != "since":
                    state.period = (item.first, item.last)
                    if item.part in ("end", "period"):
                        state.context_year, state.context_source = item.last, "plan-period" if item.part == "period" else "year"
            else:
                self._value(line, offset, sentence, item, seen, state, lists.get(item.start))
            if state.projection_from is None or position < state.projection_from:
                state.stable_year = (state.context_year, state.context_source)

    def _respectively_lists(self, sentence: str, mentions: list[Mention], values: list[Value], year_mentions: list[YearMention], recent: list[int] = ()) -> dict[int, tuple[Mention, bool, int | None]]:
        """Values listed after 分别, each with the mention it belongs to, whether the list is of
        changes, and its year when the list runs over years (2011—2015年…分别为a、b、c、d、e)."""
        assigned: dict[int, tuple[Mention, bool, int | None]] = {}
        for marker in re.finditer("分别|依次", sentence):
            listed = _value_list(sentence, marker.end(), values)
            if not listed:
                continue
            is_change = bool(CHANGE_VERB.search(sentence[: listed[0].start])) or listed[0].unit_raw in ("个百分点", "个千分点")
            before = [m for m in mentions if m.end <= marker.start()]
            targets = self._respectively_targets(sentence, marker.start(), before, len(listed))
            if len(targets) == len(listed) and not is_change and not all(
                not t.code or compatible(self.codebook[t.code].unit, v.unit) for t, v in zip(targets, listed)
            ):
                targets = []  # the mentions do not fit the values: the list runs over years
            over_years = listed_years(sentence, marker.start(), year_mentions) or (recent if len(recent) == len(listed) else [])
            if len(targets) != len(listed) and THESE.search(sentence[: marker.start()]) and len(self.previous) >= len(listed):
                earlier = self.previous[-len(listed) :]
                if all(compatible(self.codebook[m.code].unit, v.unit) for m, v in zip(earlier, listed)):
                    for value, target in zip(listed, earlier):
                        assigned[value.start] = (Mention(-1, -1, target.code, target.label), is_change, None)
                    continue
            distinct = len({t.code for t in targets}) == len(targets)
            if len(targets) == len(listed) and (distinct or len(over_years) != len(listed)) and (all(t.code for t in targets) or len(over_years) != len(listed)):
                for value, target in zip(listed, targets):
                    assigned[value.start] = (target, is_change, None)
                continue
            subject = next((m for m in reversed(before) if compatible(self.codebook[m.code].unit, listed[0].unit) or is_change), None)
            if subject is not None and len(over_years) == len(listed):
                for value, year in zip(listed, over_years):
                    assigned[value.start] = (subject, is_change, year)
        return assigned

    def _respectively_targets(self, sentence: str, position: int, seen: list[Mention], count: int) -> list[Mention]:
        """The mentions that 分别 distributes ``count`` values over, in order."""
        clause_start = _clause_start(sentence, position)
        clause = sentence[clause_start:position]
        items = [item for item in re.split(r"[、和及]", clause) if item.strip()]
        if len(items) == count:
            targets = []
            cursor = clause_start
            for item in items:
                start = sentence.index(item, cursor)
                cursor = start + len(item)
                inside = [m for m in seen if start <= m.start < cursor]
                targets.append(inside[-1] if inside else Mention(start, cursor, "", item))
            return targets  # items the codebook does not cover stay uncoded: their values are skipped
        return seen[-count:] if len(seen) >= count else []

    def _year(self, mention: YearMention, state: _SentenceState) -> None:
        if mention.role == "compare":
            state.compare_year = mention.year
        elif mention.role == "from":
            state.pending_year = mention.year
            state.transition_from, state.transition_to = mention.year, None
        elif mention.role == "range":
            state.period = (mention.first, mention.year)
            state.context_year, state.context_source = mention.year, "range"
        else:
            state.context_year, state.context_source = mention.year, "year"
            state.context_past = mention.past
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
        clause_start = _clause_start(sentence, value.start)
        clause = sentence[clause_start : value.start]
        explicit_year = state.pending_year
        state.pending_year = None
        if offset + value.start < 0:
            return  # a value of the line above, read with this line only for its context
        nearest = next((m for m in reversed(seen) if m.end <= value.start), None) or self.topic
        if _not_a_value(before, after, value, clause, self.codebook[nearest.code].unit if nearest and nearest.code else ""):
            return
        if state.compare_year is not None and COMPARED_LEVEL.search(before):
            explicit_year = state.compare_year  # 与2010年第六次全国人口普查的726.0万人相比
        if listed is not None:
            targets, is_change = [listed[0]], listed[1]
            explicit_year = listed[2] if listed[2] is not None else explicit_year
        else:
            is_change = value.unit_raw in ("个百分点", "个千分点") or bool(CHANGE_VERB.search(before)) or _annual(clause, value)
            last = next((m for m in reversed(seen) if m.end <= value.start), None)
            if not is_change and last is not None and re.fullmatch(r"\s*(?:约|达)?\s*", sentence[last.end : value.start]) and INCREMENT.search(sentence[: last.start]):
                is_change = True  # 每年增加出生人口3000人: a change of the indicator named after the verb
            if not is_change and after.startswith("的") and not LEVEL_OF.match(after):
                return  # attributive: 50万以上的区县, 超过50%的临界点
            if AGGREGATE.search(clause) or GAP_WORDS.search(clause):
                return  # a figure for several places together: 四市常住人口合计, 10个省份的…比重
            in_clause = [m for m in seen if m.start >= clause_start]
            if not is_change and not OTHER_LEVEL.search(clause) and _own_uncoded_subject(clause, in_clause):
                return  # the clause names its own indicator, one the codebook does not cover
            targets = self._targets(sentence, value, seen, is_change)
            if not targets and not is_change and BACK_REFERENCE.search(clause):
                earlier = [m for m in seen if m.end <= value.start] or self.previous
                fitting = [m for m in earlier if compatible(self.codebook[m.code].unit, value.unit)]
                targets = fitting[-1:]  # 到2035年这一比例将超过30%
            if not targets and not is_change and COMPARED_LEVEL.search(before) and state.compare_year is not None:
                following = [m for m in self.codebook.mentions(sentence[value.end :]) if compatible(self.codebook[m.code].unit, value.unit)]
                targets = [Mention(m.start + value.end, m.end + value.end, m.code, m.label) for m in following[:1]]  # 与2010年…的300.22万人相比，全区常住人口增加…
            if not targets and not is_change and self.topic is not None and not in_clause and TOPIC_VERB.search(before):
                if compatible(self.codebook[self.topic.code].unit, value.unit):
                    targets = [self.topic]
            if not targets and not is_change and in_clause and value.unit and NEAR.fullmatch(sentence[in_clause[-1].end : value.start]):
                indicator = self.codebook[in_clause[-1].code]
                self._findings.append((line.number, "unit_misfit", f"'{in_clause[-1].label}…{value.text}': a value in '{value.unit_raw}' cannot be {indicator.name_en.lower()} (measured in {indicator.unit}); not recorded"))
        for mention in targets:
            if not mention.code:
                continue
            result = ProseValue(
                line=line,
                value=_shift(value, offset),
                code=mention.code,
                label=mention.label,
                year=None,
                is_change=is_change,
                quote_start=max(0, offset + (mention.start if 0 <= value.start - mention.start <= 80 else clause_start)),
                strive=bool(STRIVE.search(clause)) or bool(STRIVE.search(sentence[max(0, value.start - 12) : value.start])),
                projection=state.projection_from is not None and state.projection_from < value.start,
                entity=self._entity(sentence, clause_start, value.start),
            )
            other = OTHER_LEVEL.search(clause)
            if other and (LEVEL_OF.match(after) or re.match(r"^\s*[)）]", after)):
                result.entity = other.group("place")
            if is_change:
                self._as_change(result, before, clause, value, state)
            else:
                self._level_year(result, before, clause, explicit_year, state, value)
            state.results.append(result)

    def _level_year(self, result: ProseValue, before: str, clause: str, explicit: int | None, state: _SentenceState, value: Value) -> None:
        """The year a level refers to (and the first year, for period averages)."""
        in_period = state.context_source in ("plan-period", "range") and state.period is not None
        transition = "由" in clause or "从" in clause
        first_year = (state.period[0] - 1 if state.context_source == "plan-period" else state.period[0]) if state.period else None
        if explicit is not None:
            result.year = explicit
        elif in_period and re.search(r"(由|从)\s*$", before):
            result.year = first_year
        elif in_period and transition and re.search(r"(至|到|为)\s*$", before):
            result.year = state.period[1]
        elif state.transition_from is not None and (state.transition_to or state.context_year) and re.search(r"(由|从)\s*$", before):
            result.year = state.transition_from  # 由2010年的74.8岁提高到2015年的76.4岁，婴儿死亡率由13.1‰下降到8.2‰
        elif state.transition_from is not None and (state.transition_to or state.context_year) and transition and re.search(r"(至|到|为)\s*$", before):
            result.year = state.transition_to or state.context_year
        elif transition and re.search(r"(由|从)\s*$", before) and state.transition_from is None:
            result.transition = "from"  # 将由11.6年提高到12.2年: the base year and the plan's end year
            result.year_source = "wording (from)"
            return
        elif state.context_year is None and transition and re.search(r"(至|到|为)\s*$", before):
            result.transition = "to"
        else:
            result.year = state.context_year
            if in_period:
                result.period_start = state.period[0]
        if state.average_years and result.year and state.average_from <= value.start < state.average_until:
            result.period_start = result.year - state.average_years + 1
        result.year_source = "sentence" if result.year is not None else ""
        result.past = state.context_past or bool(PAST_WORDS.search(clause))
        result.goal = bool(GOAL_WORDS.search(before)) or result.projection

    def _as_change(self, result: ProseValue, before: str, clause: str, value: Value, state: _SentenceState) -> None:
        verb = CHANGE_VERB.search(before)
        result.sign = -1 if verb and DECREASE.search(verb.group(1)) else 1
        annual = _annual(clause, value)
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
        result.year_source = "sentence" if result.year is not None else ""

    def _targets(self, sentence: str, value: Value, seen: list[Mention], is_change: bool) -> list[Mention]:
        candidates = [m for m in seen if m.end <= value.start]
        if not is_change and candidates and compatible(self.codebook[candidates[-1].code].unit, value.unit) and NEAR.fullmatch(sentence[candidates[-1].end : value.start]):
            group = _coordinated_group(sentence, candidates, candidates[-1])
            return [m for m in group if compatible(self.codebook[m.code].unit, value.unit)]
        share = SHARE_OF.search(sentence[: value.start])
        if share and share.end() - share.start() > 1 and not is_change and value.unit_raw == "%":
            subjects = [m for m in seen if m.end <= share.start()]
            of_province = re.match(r"占(?:全省|全区|全自治区)", sentence[share.start() :])
            named_place = names_pattern().search(CITED.sub("", sentence[: share.start()]))
            if of_province and subjects and subjects[-1].code == "pop_resident" and named_place and (self.level == "province" or "省" in of_province.group()):
                subject = subjects[-1]  # 拉萨市常住人口…占全区的23.8%: the city's share of its province
                return [Mention(subject.start, subject.end, "share_of_province_pop", subject.label + sentence[share.start() : share.end()].strip())]
            share_clause = _clause_start(sentence, share.start())
            own = [m for m in subjects if m.start >= share_clause]
            if not own and not sentence[share_clause : share.start()].strip():
                own = subjects[-1:]  # …达到1003万人，占户籍人口的20.6%: the subject of the clause before
            for subject in reversed(own):
                code = self._share_of(subject.code)
                if code:
                    return [Mention(subject.start, subject.end, code, subject.label + sentence[share.start() : share.end()].strip())]
            return []
        candidates = [m for m in seen if m.end <= value.start]
        if not is_change and value.unit_raw == "%" and candidates:
            last = candidates[-1]
            gap = sentence[last.end : value.start]
            code = self._share_of(last.code)
            clause = sentence[_clause_start(sentence, value.start) : value.start]
            if code and (DIRECT_SHARE.fullmatch(gap) or SHARE_CLAUSE.match(clause)):
                return [Mention(last.start, last.end, code, last.label + gap.strip())]
        if is_change:
            if candidates:
                return [candidates[-1]]
            following = [m for m in self.codebook.mentions(sentence) if m.start >= value.end]
            return following[:1]
        for mention in reversed(candidates):
            if compatible(self.codebook[mention.code].unit, value.unit):
                group = _coordinated_group(sentence, candidates, mention)
                return [m for m in group if compatible(self.codebook[m.code].unit, value.unit)]
        if value.unit_raw == "%":
            for mention in reversed(candidates):
                code = self._share_of(mention.code)
                if code:  # a percentage of a count is its share: 65岁及以上人口…比五普时的5.6%
                    return [Mention(mention.start, mention.end, code, mention.label)]
        return []

    def _share_of(self, code: str) -> str | None:
        for indicator in self.codebook.indicators.values():
            if indicator.numerator == code:
                return indicator.code
        return None

    def _entity(self, sentence: str, clause_start: int, position: int) -> str:
        """The place the clause of a value names (the last one before the value): a gazetteer name,
        a scope word (全国, 全省 …), or a district, street or town (大良街道, 滨海新区); "" for the
        plan's own place. Datelines, cited titles and comparisons are masked first."""
        clause = masked(CITED.sub(lambda m: "□" * len(m.group()), sentence[:position]))[clause_start:]
        found = [(m.end(), m.group()) for m in PLACE_WORD.finditer(clause) if not _NOT_PLACE.search(m.group())]
        named = [(m.end(), m.group()) for m in names_pattern().finditer(clause)]
        found += named
        if not found:
            return ""
        end, word = max(found)
        before_scope = [name for name_end, name in named if name_end == end - len(word)]
        if word.startswith("全") and before_scope:
            return before_scope[-1]  # 苏州全市 → 苏州
        return word

    def _peak(self, line: PlanLine, offset: int, sentence: str, match: re.Match[str], state: _SentenceState) -> None:
        year = int(match.group("year"))
        span_start, span_end = match.start("year"), match.end("year") + 1 + len(match.group("about") or "")
        value = Value(offset + span_start, offset + span_end, sentence[span_start:span_end], float(year), None, None, "approx" if match.group("about") else "none", "")
        result = ProseValue(line, value, "pop_peak_year", match.group(0), year, False, offset + match.start(), projection=True, year_source="sentence")
        state.results.append(result)


def _annual(clause: str, value: Value) -> bool:
    """A change per year: 年均增长0.9%, or a percentage right after 年均 (以年均8.9%的速度增长)."""
    return bool(ANNUAL.search(clause)) or (value.unit_raw == "%" and bool(re.search(r"年均\s*$", clause)))


def _unfinished(text: str) -> str:
    """The end of a line that stops mid-sentence (a hard-wrapped paragraph, a <br> inside one)."""
    stripped = text.rstrip()
    if not stripped or re.search(r"[。！？!?；;：:）)”\"]$", stripped):
        return ""
    tail = re.split(r"[。！？!?]", stripped)[-1]
    return tail if len(tail) <= 120 and re.search(r"[\u4e00-\u9fff]", tail) else ""


def _lead_year(text: str) -> int | None:
    """The goal year a heading or lead-in line sets for the lines below it (到2025年，…目标是：)."""
    found = [year for year in years(text) if year.role in ("to", "context")]
    return found[-1].year if found and LEAD_IN.search(text) or (found and is_heading(text)) else None


def _blocked_spans(sentence: str, mentions: list[Mention], year_mentions: list[YearMention]) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in mentions] + [(y.start, y.end) for y in year_mentions]
    spans += [(m.start(), m.end()) for m in re.finditer(r"《[^》]*》|〔[^〕]*〕\d*号?|\([^)]*号\)|\(?以女性?为100\)?|女性?=100|男/100女", sentence)]
    return spans


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b or a < end <= b for a, b in spans)


#: A difference from another place: 比嘉兴全市低0.04, 较全省平均高1.2 (not a level).
DIFFERENCE = re.compile(
    r"(?:(?<![占的])比(?![重例率])|较)\s*(?:全国|全省|全市|全区|全县|[\u4e00-\u9fff]{2,6}?(?:省|市|县|区))[^,，;；。\d]{0,8}?(?:高|低|多|少|快|慢)(?:出|了)?\s*约?\s*$"
    r"|(?:(?<![占的])比(?![重例率])|较)\s*(?:常住人口|户籍人口|全国|全省)[^,，;；。\d]{0,6}?(?:多|少|高|低)(?:出|了)?\s*约?\s*$"
    r"|(?:多于|少于)[^,，;；。\d]{2,12}?约?\s*$"
)
#: Another place's level inside a comparison: 高于全国1.3的水平 (a level of 中国).
OTHER_LEVEL = re.compile(r"(?:高于|低于|超过|略高于|略低于|接近|好于)\s*(?P<place>全国|全省|全区|全自治区|全市)(?:平均)?(?:平均水平\s*[(（])?\s*$")
#: Scope words and places below the county that a clause can name as its subject.
PLACE_WORD = re.compile(
    r"全国|我国|全省|全自治区|全区|全市|全州|全盟|全县|全旗"
    r"|(?:^|(?<=[,，、;；:：(（\s]))(?!其中)[\u4e00-\u9fff]{2,4}(?:街道|镇|乡|新区|开发区)(?=[\u4e00-\u9fff])"
    r"|(?:^|(?<=[,，、;；:：(（\s]))(?!其中)[\u4e00-\u9fff]{2,8}(?:都市区|城镇群|城市群|都市圈|片区)(?=[\u4e00-\u9fff])"
)
_NOT_PLACE = re.compile(r"城镇|乡镇|城乡|人口|回乡|返乡|下乡|家乡|农乡|当年")
#: Spans that name a place without being about it: cited titles, censuses.
CITED = re.compile(r"《[^》]*》|第?[一二三四五六七]次全国人口普查|全国人口普查|全国[一二三四五六七]普")
QUESTION = re.compile(r"[?？]\s*$")
#: Units of indicators per 1000 people whose values plans write with a classifier (托位数达到4.5个).
PER_THOUSAND = {"places per 1000 population", "per 1000 population", "beds per 1000 population", "beds per 1000 older people", "persons per household"}


def _not_a_value(before: str, after: str, value: Value, clause: str, indicator_unit: str = "") -> bool:
    if OTHER_LEVEL.search(clause) and (re.match(r"^的?(?:平均)?水平", after) or re.match(r"^\s*[)）]", after)):
        return False  # 高于全国1.3的水平, 高于全国平均水平（78.2岁）: 全国's level, kept with its place
    if before.endswith("第") or DIFFERENCE.search(before):
        return True
    counted = NOT_A_VALUE_AFTER.match(after)
    if counted and not (indicator_unit in PER_THOUSAND and counted.group() in ("个", "张", "名")):
        return True
    if value.unit_raw == "岁" and value.number is not None and float(value.number).is_integer() and (AGE_AFTER.match(after) or before.endswith("~")):
        return True
    if value.unit_raw == "" and value.qualifier == "none" and re.match(r"^[~.]", after):
        return True
    return bool(OTHER_PLACE.search(clause))


def _value_list(sentence: str, position: int, values: list[Value]) -> list[Value]:
    """The values that follow 分别: the first within a few characters, the rest joined by 、 和 及."""
    listed: list[Value] = []
    cursor = position
    for value in values:
        if value.start < position:
            continue
        gap = sentence[cursor : value.start]
        if not listed and (len(gap) > 12 or CLAUSE_BREAK.search(gap)):
            break
        if listed and not re.fullmatch(r"\s*(?:个|张|名|人)?\s*[、和及与]\s*[\u4e00-\u9fff]{0,6}?", gap):
            break
        listed.append(value)
        cursor = value.end
    return listed


LABEL_LIKE = re.compile(r"[\u4e00-\u9fff]{2,}(率|比重|比例|占比|人数|总量|规模|年限|寿命|床位数|覆盖率|收入|人次|人口)")


#: Words of a clause that name no subject of their own (years, places, verbs, adverbs, scope).
FUNCTION_WORDS = re.compile(
    r"(?:19|20)\d{2}年(?:末|底|初)?|“?十[一二三四五]?五”?(?:期间|时期|末|期末)?|第?[五六七]次全国人口普查|[五六七]普|"
    r"全国|我国|全省|全区|全市|全州|全盟|全县|全旗|本市|本县|本省|"
    r"达到|保持在|保持|控制在|控制|提高到|提高至|提高|回升至|回升到|回升|降至|降到|下降到|下降|稳定在|稳定|增加到|增长到|增加|增长|突破|超过|"
    r"力争|预计|预测|将|已|为|是|约|在|至|到|由|从|以上|以内|以下|左右|其中|分别|逐步|进一步|持续|基本|总体|继续|仍|年均|平均|"
    r"上升到|上升至|上升|下降到|降低|之后|此后|随后|然后|同时|届时|再|进而|规划期内|规划期末|期内|期末|目前|当前|据测算|测算|"
    r"目标|主要|预期|时|的|和|及|与|数据|显示|表明|人口|“|”|\s|[,，;；:：、()（）—\-~]|"
    r"[\d.~%‰]+(?:万人|亿人|万|亿|人|岁|年|个百分点)?"
)


def _own_uncoded_subject(clause: str, mentions_in_clause: list[Mention]) -> bool:
    """True when a clause without a codebook mention names a subject of its own (…率, …人数, or
    four or more content characters: 旅居海外的江门籍侨胞约400万人), so its value is not the
    indicator named earlier in the sentence."""
    if mentions_in_clause:
        return False
    clause = CITED.sub("", clause)
    residue = FUNCTION_WORDS.sub("", masked(PLACE_WORD.sub("", clause)))
    residue = names_pattern().sub("", residue)
    return bool(LABEL_LIKE.search(clause)) or len(re.findall(r"[\u4e00-\u9fff]", residue)) >= 4


def _coordinated_group(sentence: str, candidates: list[Mention], mention: Mention) -> list[Mention]:
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


def _clause_start(sentence: str, position: int) -> int:
    """Where the clause of ``position`` starts; commas inside brackets do not end a clause."""
    flat = BRACKETED.sub(lambda m: "□" * len(m.group()), sentence)
    return max((m.end() for m in CLAUSE_BREAK.finditer(flat, 0, position)), default=0)


BRACKETED = re.compile(r"[(（][^()（）]{0,80}[)）]")


def _shift(value: Value, offset: int) -> Value:
    return Value(value.start + offset, value.end + offset, value.text, value.number, value.low, value.high, value.qualifier, value.unit_raw, value.garbled)
