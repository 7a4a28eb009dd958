"""What extraction needs to know about a plan: its place, period and information cut-off.

From a manifest row when the plan has one; otherwise inferred from the text itself:

* **place** (name, level, GB/T 2260 code): :mod:`analysis.ingest.place`; ``unknown`` when the text
  does not tell;
* **period**: the plan title (``（2021—2035年）``, ``“十四五”``, ``至2030年``), else a stated plan
  period in the body (规划期为2016—2030年, 规划期限…), else the one period the plans it cites in its
  opening write out (《…行动计划(2024-2027年)》, when no cited title states another); with none, a plan whose name ends in its
  horizon year (《“健康甘肃2030”规划》, 健康中国2030规划纲要) gives that year as the period's end only; a title's five-year name gives way to the
  years a quoted title writes out for the same end (“十五五” and 《…（2025—2030年）》 → 2025–2030);
* **base year**: a stated base year (基期/基准年/基数年为2020年), else the first year column of an
  indicator table with several year columns;
* **issue year**: a signature date on a line of its own (``2023年3月16日``), a publication stamp
  (发布时间：2023-05-12, 成文日期), or a press timestamp (``2017年01月25日 17:08``);
* **information cut-off** — the last year whose values are observations rather than goals: the
  latest of the base year, the year before the period starts (2016—2030 → 2015; 十三五 → 2015;
  2021—2035 → 2020), raised to a later year the text states as observed before its issue (截至2021年末
  in a page of 2022); the year before issue only when the text gives no plan period (a 2019 report
  of a 2016—2030 plan reports a plan made on 2015 figures). A figure of the year after the cut-off
  stated as observed stays a baseline (:func:`analysis.extract.plan.extract_plan`). With none of these, the tense of the text decides
  (:func:`tense_cutoff`): years written as past (2020年末, 第七次全国人口普查, 已达到) against
  years written as goals (到2030年, 力争, 预计). How the cut-off was found is recorded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import cn2an
import pandas as pd
from pypinyin import lazy_pinyin

from analysis.extract.context import FIVE_YEAR_PLANS, PAGE_DATE, RELATIVE_YEARS, WHOLE_YEAR_WORD, YEAR_PAIR, is_heading, section_kind
from analysis.extract.prose.words import AHEAD_WORDS, GOAL_AHEAD, GOAL_EFFORT, GOAL_EFFORT_WORDS, GOAL_NAMED, STATISTICS_SHOW, YEARS_AHEAD, NUMERALS as _NUMERALS
from analysis.ingest.document import PlanDocument
from analysis.gazetteer import Place
from analysis.ingest.place import DATELINE, HEAD_LINES, head_title, names_in

#: A year of the two centuries the texts write (1990, 2025), for the patterns below that build on it.
_YEAR = r"(?:19|20)\d{2}"
UNKNOWN = "unknown"
PERIOD = re.compile(r"(?P<a>(?:19|20)\d{2})\s*年?\s*(?:~|～|〜|至|到|-|－|—|―|–)\s*(?P<b>(?:19|20)\d{2})\s*年?")
#: A period in brackets whose dash a web copy lost (《柳州市城市总体规划(20102020年)》): two years glued together.
GLUED_PERIOD = re.compile(r"[（(]\s*(?P<a>(?:19|20)\d{2})(?P<b>(?:19|20)\d{2})\s*年?\s*[)）]")
#: A revision named after a plan's title (城市总体规划(2006-2020年)(2016年修订)): the revised plan is made on the
#: figures of the year before the revision, not of the year before the original period.
REVISION = re.compile(r"[（(]\s*(?P<year>(?:19|20)\d{2})\s*年?\s*(?:修订|修编|修改|局部调整|调整)版?\s*[)）]|(?P<year2>(?:19|20)\d{2})\s*年\s*(?:修订|修编)版")
#: “十三五”, or the full name of a development plan: 第十三个五年规划 (十三五), 第十个五年计划 (十五).
#: Not an ordinal of a session, an article or a rank (第十五届人民代表大会, 第十五次, 第十五条) nor fifteen of a count (十五年, 十五个).
FIVE_YEAR_TITLE = re.compile(r"第(?P<nth>十[一二三四五]?)个五年|(?<!第)[“「『]?(?P<name>十[一二三四五]?五)[”」』]?(?![届次条章节号位名年个万亿岁%])")
STATED_PERIOD = re.compile(r"规划(?:期|期限|期为|时限|范围)[^。；;]{0,12}?" + PERIOD.pattern)
STATED_BASE = re.compile(r"(?:基期|基准年|基期年|基数年|基年)(?:为|是|:)?\s*(?P<year>(?:19|20)\d{2})年")
SIGNATURE_DATE = re.compile(r"^\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日\s*$")
STAMP_DATE = re.compile(r"(?:发布时间|发布日期|成文日期|印发日期|时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-年/.]")
PRESS_DATE = re.compile(r"^\s*((?:19|20)\d{2})[-年/]\d{1,2}[-月/]\d{1,2}日?\s+\d{1,2}:\d{2}")
#: A year observed: 2020年末, 截至2020年, 2020年…已, and the year of preliminary figures (初步核算，河南省2017年生产总值…; 据初步统计，
#: 2012年…), as a work report gives the year before's results.
PAST_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:末|底|全年|年末)|截[至止](?:到)?(?P<year2>(?:19|20)\d{2})年|(?P<year3>(?:19|20)\d{2})年[^。；;，,]{0,20}?已"
                       r"|初步(?:核算|统计)[，,\s]*[\u4e00-\u9fff]{0,8}?(?P<year4>(?:19|20)\d{2})年")


def past_year(match: re.Match) -> int:
    """The year a :data:`PAST_YEAR` match names, whichever of its alternatives matched."""
    return int(next(year for year in match.group("year", "year2", "year3", "year4") if year))


CENSUS_YEARS = {"五": 2000, "六": 2010, "七": 2020}
CENSUS = re.compile(r"第?(?P<n>[五六七])次全国人口普查|(?P<m>[五六七])普")
CITED_TITLE = re.compile(r"《([^《》]{2,80}?(?:规划|计划|方案|纲要|清单)[^《》]{0,30})》")
QUOTED_PLAN = re.compile(r"《([^《》]{2,60}?人口[^《》]{0,30}?(?:规划|计划)[^《》]{0,20})》")
#: 到/至 a year as a goal, but not 截至/截止到 a year (an observation), nor the end of a span of years (1990至2000年十年间,
#: 2010年到2020年).
#: A plan named after its horizon year (“健康甘肃2030”规划, 健康中国2030规划纲要, 美丽浙江2035行动): the year
#: at the end of the name, right before the closing quote or the kind of document.
#: Also a master plan named by its horizon (甲市2035总体规划, 甲市2035年城市总体规划) and a plan's name in 《》 that ends in its
#: horizon year after 规划, 纲要 or 健康… (《健康甲市2030》, 《甲市国土空间总体规划2035》; not 《中国制造2025》, an industrial programme)
#: — brief ftime, forms handout 13: the goals without a year of their own are of that year. Not a year with 年 before a plan's kind (2020年计划: a year's plan), nor 2035年远景目标 (a five-year plan's vision,
#: whose period decides).
HORIZON_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?P<year>20\d{2})[”\"]?\s*(?:规划|行动|纲要|计划)"
                          r"|[\u4e00-\u9fff]{2,8}(?P<year2>20\d{2})年?(?:城市|国土空间)?总体规划"
                          r"|《[^《》\d]{0,30}?(?:规划|纲要|健康[^《》\d]{1,6})(?P<year3>20\d{2})》")
GOAL_YEAR = re.compile(r"(?:(?<![截止\d年])(?:到|至)|力争|预计|预测|展望)(?P<year>(?:19|20)\d{2})年")


@dataclass(frozen=True)
class PlanMeta:
    """What extraction needs to know about a plan (from the manifest, or inferred)."""

    plan_id: str
    place: str  # full name of the plan's place, 中国 for the nation, or unknown
    province: str
    base_year: int | None
    period_end: int | None
    issue_year: int | None = None
    level: str = UNKNOWN  # nation, province, prefecture, county, unknown
    code: str = ""
    prefecture: str = ""
    period_start: int | None = None
    cutoff_override: int | None = None  # from the tense of the text, when nothing else tells
    observed_year: int | None = None  # a year after the period's start the text states as observed, before its issue
    #: The text (its body), read for the places it names only when a county-level place of another
    #: prefecture needs them; None when there is no text to tell (a manifest row): then only the
    #: plan's own prefecture counts as named.
    body_text: tuple[str, ...] | None = None
    cutoff_source: str = ""
    #: Years the text writes as goals somewhere (到2030年, 力争2025年, 预计2035年): a figure of such a year is
    #: never read as observed for being the year after the cut-off (see :func:`analysis.extract.plan.extract_plan`).
    goal_years: frozenset[int] = frozenset()
    #: The base year was read from the text itself (基期为…, a table's base column): without a plan period it is the
    #: cut-off whatever the issue date. A manifest's base year is a record of the plan, and its issue date still counts.
    base_decides: bool = False

    @property
    def base(self) -> int | None:
        """The plan's base year: stated, else the year before its period starts, else the cut-off."""
        if self.base_year is not None:
            return self.base_year
        if self.period_start is not None:
            return self.period_start - 1
        return self.cutoff

    @property
    def cutoff(self) -> int | None:
        """Last year whose values are observations rather than targets."""
        if self.period_start is not None:
            # the plan's period tells, not the page's date: a 2019 report of a 2016—2030 plan
            # reports a plan made on 2015 figures
            cutoff = self.period_start - 1
            if self.base_year is not None and self.base_year > cutoff:
                cutoff = self.base_year
            if self.observed_year is not None and self.observed_year > cutoff:
                cutoff = self.observed_year
            return cutoff
        # a stated base year or a table's base column is the last observed year whatever the issue date (a 2025 list
        # whose table has columns 2022年 | 2025年 | 2027年 is made on 2022 figures); the issue date decides without one
        issued = self.issue_year - 1 if self.issue_year and not (self.base_decides and self.base_year is not None) else None
        years = [y for y in (self.base_year, issued, self.observed_year) if y is not None]
        if years:
            return max(years)
        return self.cutoff_override

    def scope_entity(self, word: str) -> str:
        """The place a scope word stands for in this plan (全国 → 中国, 全省 → its province …);
        a place name as the gazetteer writes it in full (邢台 → 邢台市)."""
        from analysis.gazetteer import by_name

        if word in ("全国", "我国"):
            return "中国"
        if word in ("全省", "本省", "我省"):
            return self.province or self.place
        if word in ("全市", "本市", "我市", "市本级"):
            return self.prefecture if self.level == "county" and not self.place.endswith("市") and self.prefecture else self.place
        if word in ("全州", "全盟", "全县", "本县", "全区", "本区", "全旗", "全乡", "全镇", "全自治区"):
            return self.place
        # an ambiguous name (朝阳区: 北京's and 长春's) is first the one inside the plan's own province or prefecture
        place = by_name(word, frozenset(name for name in (self.place, self.province, self.prefecture) if name))
        return self.place_name(place) if place is not None else word

    def place_name(self, place: Place) -> str:
        """A place's name in this plan's rows: a county-level place with its prefecture when the
        text names the prefecture, or it is the plan's own (佛山市南海区), else as the gazetteer writes it."""
        from analysis.gazetteer import full_name

        if place.level != "county" or not place.prefecture or place.prefecture == place.name:
            return place.name
        own = place.prefecture in (self.place, self.prefecture) or full_name(place) == self.place
        if own:
            return full_name(place)
        named = self.body_text is not None and bool({place.prefecture, _short(place.prefecture)} & _names(self.body_text))
        return full_name(place) if named else place.name


def meta_from_manifest(row) -> PlanMeta:
    """Metadata of a plan with a manifest row (a pandas row with the manifest's columns)."""
    from analysis.gazetteer import by_name, full_name

    def year(value) -> int | None:
        return None if pd.isna(value) else int(value)

    issue = str(row["issue_date"])[:4]
    place = by_name(row["place_zh"]) if row["place_zh"] else None
    base, issued = year(row["base_year"]), int(issue) if issue.isdigit() else None
    source = ", ".join(filter(None, [f"base year {base} ({row['base_year_source']})" if base else "", f"issued {row['issue_date']}" if issued else ""]))
    return PlanMeta(
        plan_id=row["plan_id"],
        place=row["place_zh"],
        province=row["province_zh"],
        base_year=base,
        period_end=year(row["period_end"]),
        issue_year=issued,
        level=row["admin_level"],
        code=place.code if place is not None and row["place_zh"] in (place.name, full_name(place)) else "",
        prefecture=place.prefecture if place is not None else "",
        period_start=None,
        cutoff_source=f"manifest: {source}" if source else "manifest: no base year or issue date",
    )


def infer_meta(document: PlanDocument, table_years: Iterable[list[int]] = ()) -> PlanMeta:
    """Metadata of a plan without a manifest row, from its own text (see the module docstring).

    ``table_years`` are the year columns of the plan's indicator tables, in order.
    """
    place: Place | None = document.place.place if document.place else None
    stem = re.sub(r"[^a-z0-9]+", "-", Path(document.seed_file).stem.lower()).strip("-") or "plan"
    slug = "".join(lazy_pinyin(place.short)) if place else UNKNOWN
    slug = re.sub(r"[^a-z0-9]+", "", slug.lower()) or "place"
    body = [line.text for line in document.body_lines()]
    title = document.title
    quoted = next((match.group(1) for line in body[:30] if (match := QUOTED_PLAN.search(line))), "")
    named = next((name for line in body[:HEAD_LINES] if (name := head_title(line))), "")
    if RETROSPECTIVE_TITLE.match(title) and FIGURE.search(title) and not REPORT_AHEAD.search(title):
        # a first line that looks back on a period with a figure (“十三五”时期，…成效明显，2020年…达到55.4%) is no headline:
        # its period is the past, not the plan's (forms handout Bd, 3a) — the plan the body names decides; not one that looks ahead
        # (“十四五”时期，某某市常住人口城镇化率将达到70%: a headline of a plan's goal — review of gt, finding 11)
        reasons_title = f"the first line looks back on a period ({title[:12]}…): no plan's title"
        title = ""
    else:
        reasons_title = ""
    period = plan_period(title) or plan_period(quoted) or plan_period(named) or next((p for line in body[:80] if (p := _stated_period(line))), None) or _cited_period(body[:30])
    if period and not PERIOD.search(title) and (years := plan_period(quoted)) and PERIOD.search(quoted) and years[1] == period[1]:
        period = years  # 佛山“十五五”人口规划 over 《佛山市人口发展规划（2025—2030年）》: the years written out
    reasons = [reasons_title] if reasons_title else []
    start = end = None
    revision = next((int(m.group("year") or m.group("year2")) for line in [title, *body[:30]] if (m := REVISION.search(line))), None)
    if period and revision is not None and (own := next((p for line in body[:80] if (p := _stated_period(line))), None)) and period[0] < own[0] <= revision:
        period = own  # the revision's own period (规划期限为2013―2020年 in the 2014 revision of a 2003—2020 plan)
    if period:
        start, end = period
        reasons.append(f"plan period {start}–{end}" + (" in the title" if plan_period(title) == period else " stated in the text"))
    elif horizon := next((m for line in [title, *body[:30]] if (m := HORIZON_NAME.search(line))), None):
        end = int(horizon.group("year") or horizon.group("year2") or horizon.group("year3"))
        reasons.append(f"horizon {end} named in the plan's name ({horizon.group()})")
    from_section = False  # a section's latest year is a base, but the issue date may still be later
    base = next((int(m.group("year")) for line in body if (m := STATED_BASE.search(line))), None)
    if base is not None:
        reasons.append(f"stated base year {base}")
    else:
        multi = [years for years in table_years if len(years) >= 2 and (start is None or min(years) <= start)]
        if multi:
            past = [year for year in multi[0] if start is None or year < start]
            base = max(past) if start is not None and past else min(multi[0])
            end = end or max(multi[0])
            reasons.append(f"first year column {base} of the indicator table")
        elif (latest := baseline_section_year(body)) is not None and (start is None or latest >= start - 1):
            # a section on the present whose latest year is older than the year before the plan's period (三次产业结构由2005年的…
            # in the 发展基础 of a 十二五 plan) quotes the past: the base stays the year before the period
            base, from_section = latest, True
            reasons.append(f"latest year {base} in a section on the current situation")
    # a revision of a plan whose period began years before (2006-2020, revised 2016); a revision with a period of its own
    # (规划期限为2013―2020年 in the 2014 revision of a 2003—2020 plan) keeps that period's cut-off
    if revision is not None and (start is None or start < revision - 1) and (base is None or base < revision - 1):
        base = revision - 1
        reasons.append(f"revised in {revision} (年修订) → base year {base}")
    issued = issue_year(document)
    told = reposted_year(body, issued)
    if issued is not None and told is not None and told < issued:
        reasons.append(f"a figure stated with 去年/今年 and with its year dates the text {told}, before its page's date ({issued})")
        issued = told
    own = work_report_year(document, points=False) or place_in_period_year(body)
    if issued is not None and own is not None and own < issued:
        reasons.append(f"the text names its own year {own} (a work report's title, 今年是…开局之年), before its page's date ({issued}): a repost")
        issued = own
    if issued:
        reasons.append(f"issued {issued}" + (" (the period decides)" if start is not None else ""))
    observed = None
    if start is not None and issued is not None:
        stated = [year for year in past_years(body) if start <= year < issued]
        observed = max(stated) if stated else None
        if observed is not None:
            reasons.append(f"{observed} stated as observed (年末, 截至, 已, 普查)")
    if start is not None and issued is None and (page := page_date_year(document)) is not None and (
            stated := [year for year in past_years(body) if start <= year < page]):
        # a page dated after the plan's period began (2022-12-23 above a report of a 2021—2035 draft) that states a year-end of
        # the period (2021年末，全市常住人口352.6万人): that year is observed, as for an issued text
        observed = max(stated)
        reasons.append(f"{observed} stated as observed (年末, 截至, 已, 普查) on a page dated {page}")
    if start is not None and issued is None and (stated := [year for year in observed_years(body) | released_years(body) if start <= year < (end or start + 100)]) and (observed is None or max(stated) > observed):
        # an undated text of a plan's period that states a later year as reached (2012年全省城镇化率已提高到35%) or reports part of
        # a year (2013年上半年) is written in that year, during the period: the cut-off is no earlier
        observed = max(stated)
        reasons.append(f"{observed} stated as reached in an undated text (…已…, 上半年)")
    if start is not None and end is not None and (record := record_years(body, start, end, issued)) and (observed is None or max(record) > observed):
        observed = max(record)
        reasons.append(f"{observed} stated as observed (a record up to the period's start or a span reaching into it: 由2005年的…提高到2010年的, 2012年至2021年…从…增至)")
    dated = issued if issued is not None else page_date_year(document)
    if (start is not None and end is not None and dated is not None and dated > end and (observed is None or end > observed)
            and final_review_named(title, body[:HEAD_LINES])):
        # a final review of a plan (终期评估, 终期统计监测报告) dated after its period: the period's last year is observed
        observed = end
        reasons.append(f"{end} observed: a final review ({FINAL_REVIEW.pattern}) dated {dated}, after the period")
    if start is not None and end is not None and progress_report_named(title, body[:HEAD_LINES]):
        # a monitoring or mid-term report of a plan (…统计监测报告, 实施中期评估的报告, 规划纲要实施中期情况): it reports, it does not plan —
        # the latest year it states as observed within the period is its cut-off, dated or not (forms handout Bd, 1)
        # a mid-term report (中期评估, 实施中期情况, 中期统计监测) observes no year from the period's last on: 2025年，…达到520万人 in a
        # mid-term review of a 2021—2025 plan restates a goal (review of gt, finding 1)
        mid_term = any("中期" in line for line in [title, *body[:HEAD_LINES]]) and not final_review_named(title, body[:HEAD_LINES])
        reported = [year for year in reported_years(body) if start <= year <= end and (dated is None or year <= dated) and not (mid_term and year >= end)]
        if reported and (observed is None or max(reported) > observed):
            observed = max(reported)
            reasons.append(f"{observed} stated as observed in a report of the plan ({PROGRESS_REPORT.pattern})")
    if start is None and issued is not None and (bases := [year for year in base_years(body) if year <= issued]) and max(bases) >= issued - 1 and (base is None or max(bases) > base):
        observed = max(bases)
        reasons.append(f"{observed} stated as the base of a change (由2010年的, 比2010年)")
    override = None
    if not (base or start or issued):
        override, how = tense_cutoff(body, title)
        page = page_year(document)
        if page is not None and (told := [page + RELATIVE_YEARS[word] for word in told_past(body)]) and (override is None or max(told) > override) and max(told) < page:
            # 去年全市户籍人口平均期望寿命为81.73岁 in a page of 2010: 2009 is observed, whatever older years the text names
            override, how = max(told), how + f"; a figure told of {max(told)} (去年, 前年) in a page of {page}"
        if page is not None and override is not None and override >= page:
            override, how = page - 1, how + f"; the page is dated {page}"  # a page cannot report a later year as observed
        if override is None and page is not None and page == work_report_year(document):
            # 2013年山东省政府工作报告: delivered early in its year, on the figures of the year before
            override, how = page - 1, f"a work report of {page} (its title): the year before's figures are its latest"
        reasons.append(how)
    text = tuple(body)
    meta = PlanMeta(
        plan_id=f"{slug}-{stem}",
        place=PlanMeta("", "", "", None, None, body_text=text).place_name(place) if place else UNKNOWN,
        province=place.province if place else "",
        base_year=base,
        period_end=end,
        issue_year=issued,
        level=place.level if place else UNKNOWN,
        code=place.code if place else "",
        prefecture=place.prefecture if place else "",
        period_start=start,
        cutoff_override=override,
        observed_year=observed,
        base_decides=base is not None and not from_section,
        body_text=text,
        goal_years=frozenset(int(match.group("year")) for line in [title, *body] for match in GOAL_YEAR.finditer(line)) - released_years(body),
    )
    cutoff = meta.cutoff
    source = f"inferred: {'; '.join(reasons)}" + (f" → cut-off {cutoff}" if cutoff is not None else " → no cut-off: every value is judged by its own wording")
    return PlanMeta(**{**meta.__dict__, "cutoff_source": source})


def baseline_section_year(lines: list[str]) -> int | None:
    """The latest year written in sections about the current situation (发展基础, 现状 …), leaving out
    the years of cited titles (《…(2024-2027年)》), of periods (2016—2020年) and of dates (2025年1月, the
    day a document was issued, not a year of figures)."""
    kind, years = "unknown", []
    for line in lines:
        if is_heading(line):
            kind = section_kind(line)
            continue
        if kind == "baseline":
            line = PERIOD.sub("", re.sub(r"《[^《》]*》", "", line))  # a cited title's or a period's years are not observed
            years += [int(match.group(1)) for match in re.finditer(r"((?:19|20)\d{2})年(?!\d{1,2}月)", line)]
    return max(years) if years else None


#: A five-year period's name, in quotation marks or not (“十三五”, 十三五), written once for :data:`RETROSPECTIVE_TITLE` and
#: :data:`FIVE_YEAR_AHEAD` (``name``: 十三五).
QUOTED_FIVE_YEAR_NAME = r"[“\"「『]?(?P<name>十[一二三四五]?五)[”\"」』]?"
#: A first line that opens on a five-year period looked back on (“十三五”期间，…; 十三五以来，…; “十三五”时期，我省…) — with a figure in it
#: (:data:`FIGURE`), a retrospective sentence, never a plan's title (forms handout Bd, 3a).
RETROSPECTIVE_TITLE = re.compile(r"^\s*" + QUOTED_FIVE_YEAR_NAME + r"(?:规划)?(?:期间|时期|以来)[，,]")


def plan_period(title: str) -> tuple[int, int] | None:
    """The period a plan title states: ``（2021—2035年）``, ``“十四五”``, ``…至2030年``."""
    match = PERIOD.search(title) or GLUED_PERIOD.search(title)
    if match and int(match.group("a")) < int(match.group("b")):
        return int(match.group("a")), int(match.group("b"))
    five = FIVE_YEAR_TITLE.search(title)
    name = five and (five.group("name") or five.group("nth") + "五")
    if name in FIVE_YEAR_PLANS:
        return FIVE_YEAR_PLANS[name]
    return None


def _cited_period(lines: list[str]) -> tuple[int, int] | None:
    """The one period the titles a text cites write out (《湖南省人均预期寿命提升行动计划(2024-2027年)》 and
    《益阳市落实…行动计划(2024-2027年)主要目标责任清单》 in the opening of a plan that implements them):
    ``None`` when no cited title states a period or two state different ones — unless they end in the same year:
    then the latest start is the revision's (a 批复 cites the 请示's 《…总体规划(2007-2020年)》 and approves
    修订后的《…总体规划(2009年-2020年)》: the figures are the revised plan's, its period starts in 2009)."""
    periods = {plan_period(match.group(1)) for line in lines for match in CITED_TITLE.finditer(line)}
    periods.discard(None)
    if len({end for _, end in periods}) == 1:
        return max(periods)
    return None


def _stated_period(line: str) -> tuple[int, int] | None:
    match = STATED_PERIOD.search(line)
    if match and int(match.group("a")) < int(match.group("b")):
        return int(match.group("a")), int(match.group("b"))
    return None


def issue_year(document: PlanDocument) -> int | None:
    """The year the plan (or the page) was issued, from a signature, a stamp or a timestamp."""
    lines = document.lines
    for line in lines:
        text = line.text
        stamp = STAMP_DATE.search(text) or PRESS_DATE.match(text)
        if stamp:
            return int(stamp.group(1))
    for line in reversed(lines):
        if line.role in ("body", "outside") and (match := SIGNATURE_DATE.match(line.text)):
            return int(match.group(1))
    for text in [line.text for line in lines if line.text.strip()][:PAGE_DATE_LINES]:
        # a news dateline opening one of the first lines (新华社北京2012年5月3日电): the report's date, when nothing else dates it
        if (dateline := DATELINE.match(text.strip())) and dateline.group("year"):
            return int(dateline.group("year"))
    return None


#: A page's date near its top: :data:`analysis.extract.context.PAGE_DATE` (2019-10-16, 2019年10月16日), kept there so the prose
#: reader's dateline (``DATE_LINE``) is the same pattern.
#: How many non-blank lines from the top are searched for the page's date.
PAGE_DATE_LINES = 8


@functools.lru_cache(maxsize=4)
def _names(lines: tuple[str, ...]) -> frozenset[str]:
    return names_in("\n".join(lines))


def _short(name: str) -> str:
    from analysis.gazetteer import by_name

    place = by_name(name)
    return place.short if place is not None else name


#: A date that an event is counted from (2014年5月30日，我省启动实施…以来; 2015年1月1日起) is not the page's date.
EVENT_DATE_TAIL = re.compile(r"^[^。！？!?]*?(?:以来|起|开始)")
#: Words of this year (今年, 年内, 本年) in an undated page (see :func:`page_year`).
#: A census's or survey's reference moment after a date (2015年11月1日零时, 0时): the date the figures are of, not the page's.
#: A date followed by 发布的/公布的 (某某省卫生健康委2020年8月26日发布的数据显示): another body's release the page cites, not the page's date
#: (forms handout Bd, 3d) — a page's own stamp (2020年8月26日发布) has no 的.
CITED_RELEASE_TAIL = re.compile(r"\s*(?:发布|公布|印发|出台|发表)的")
MOMENT_TAIL = re.compile(r"\s*(?:零|0)\s*时")
#: A census or survey named right before a date (第六次全国人口普查2010年11月1日的13.3972亿人): the date is its moment.
CENSUS_BEFORE = re.compile(r"(?:普查|调查)\s*$")
THIS_YEAR_WORDS = re.compile(r"今年|本年|(?<![\d０-９一二三四五六七八九十两几数多半当近每同])年内")
#: 全年 without its own year: the year of the figures before it, reported whole (2014年…。全年出生人口96.98万人).
WHOLE_YEAR = re.compile(r"(?<!年)" + WHOLE_YEAR_WORD)  # not 全年龄段
#: …but not a year's goal (务必使全年人口自然增长率稳定在千分之6.5以下, 确保全年…, 全年计划出生…): the whole year ahead — told
#: by the unambiguous goal words only (:data:`analysis.extract.prose.words.GOAL_AHEAD`, ``GOAL_EFFORT``), since a report of
#: the year past is worded with 控制在, 稳定在, 以内, 以下 and 目标 too (全年人口自然增长率控制在4.8‰以内，完成了…目标任务).
WHOLE_YEAR_GOAL = re.compile(GOAL_AHEAD + "|" + GOAL_EFFORT)


#: A government work report named by its year (2013年山东省政府工作报告, 某市政府工作报告（2013年）), or a year's plan of economic and
#: social development (我省2008年社会发展计划草案, 2024年国民经济和社会发展计划; in 2023年…计划执行情况与2024年…计划草案的报告 the
#: draft's year, not the year whose execution it reports; not 2015年国民经济和社会发展计划完成情况良好, a report of the outcome): the year it is delivered in, whose targets it sets — its 今年
#: (它的“今年全省经济社会发展的主要预期目标”). A report dated otherwise (2011年拉萨市政府工作报告, adopted 2010年12月18日) is of
#: its date: a full date comes first. A year's work points or targets (2016年全市人口和计划生育工作要点, 某县2016年人口计生工作目标
#: 责任书; brief at) set that year's goals the same way on an undated page (:data:`WORK_POINTS_TITLE`) — not a span's (2016—2020年…) nor their review (…目标完成情况, 2015年度…工作
#: 目标责任制考核情况的通报).
WORK_REPORT_TITLE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:度\s*)?[\u4e00-\u9fff]{0,12}?政府工作报告|政府工作报告\s*[(（]\s*((?:19|20)\d{2})\s*年?\s*[)）]"
                               r"|((?:19|20)\d{2})\s*年?\s*(?:度\s*)?(?:国民经济和)?社会发展计划(?!执行|完成|落实|实施|情况)|((?:19|20)\d{2})\s*年\s*(?:国民经济和社会发展)?计划草案")
#: A year's work points or targets (2016年全市人口和计划生育工作要点, 某县2016年人口计生工作目标责任书; brief at), read only on a
#: title line (:data:`TITLE_LINE`) and only on a page without a date of its own (review of brief at: a sentence citing
#: 《2016年…工作要点》确定的各项任务全面完成, or 2015年…工作目标全面完成, on a page dated 2017 or 2016, dates nothing).
WORK_POINTS_TITLE = re.compile(r"(?<![—\-~～至到\d])((?:19|20)\d{2})\s*年\s*(?:度\s*)?[\u4e00-\u9fff]{0,16}?(?:工作要点|工作目标(?!责任制|管理|考核|完成|执行|落实|情况)|目标(?:管理)?责任[书状])(?!完成|执行|考核|落实|情况)")
#: A title line: no sentence's punctuation (，。；：！？) and short — not a sentence that mentions a title.
TITLE_LINE = re.compile(r"[^，。；：！？,;:!?]{1,60}")


def work_report_year(document: PlanDocument, points: bool = True) -> int | None:
    """The year a government work report is named by in its first lines (:data:`WORK_REPORT_TITLE`), if one; with `points`,
    also a year's work points or targets named on a title line (:data:`WORK_POINTS_TITLE`)."""
    for text in [line.text for line in document.lines if line.text.strip()][:PAGE_DATE_LINES]:
        titled = {int(next(year for year in match.groups() if year)) for match in WORK_REPORT_TITLE.finditer(text)}
        if points and TITLE_LINE.fullmatch(text.strip()):
            titled |= {int(match.group(1)) for match in WORK_POINTS_TITLE.finditer(text)}
        if len(titled) == 1:
            return titled.pop()
    return None


def annual_report_year(document: PlanDocument) -> int | None:
    """The year whose targets a government work report or a year's plan sets, when its first lines name it by that year
    (:func:`work_report_year`: 2013年山东省政府工作报告, 关于2015年国民经济和社会发展计划草案的报告). A report named without its
    year (某市政府工作报告 on a page dated 2014-01-20) is not dated so: tried on the held-out corpus (blind) it added one level
    found and one false value."""
    return work_report_year(document)


#: A year written in the text (2025年, 2020 年), whatever its role — a goal's (到2025年) and a comparison's base (较2019年) too,
#: which :data:`WRITTEN_YEAR` leaves out.
ANY_WRITTEN_YEAR = re.compile(rf"(?<!\d)({_YEAR})\s*年")


def single_goal_year(document: PlanDocument, meta: "PlanMeta") -> int | None:
    """The year of the goals of a text that sets goals for one year only and names no plan period: a press report or an
    excerpt whose goal year is written once (到2025年，…。此前，…《意见》提出，…城市常住人口达到700万人; a list under
    到2020年，… whose items say no year): its goals without a year of their own are of that year. Only when the text
    writes goals with 到/力争/预计 (:data:`GOAL_YEAR`) for exactly one year and writes no other year after its cut-off —
    a text of goals for several years (到2010年…，2020年…) leaves them undated, as does a text of unknown cut-off."""
    if len(meta.goal_years) != 1 or meta.cutoff is None:
        return None
    (goal,) = meta.goal_years
    ahead = {int(match.group(1)) for line in document.lines for match in ANY_WRITTEN_YEAR.finditer(line.text)} - {goal}
    return goal if goal > meta.cutoff and not any(year > meta.cutoff for year in ahead) else None


#: A year told relative to the text's date before a figure (去年出生人口139万, 截至去年末全省常住人口9789万人), not the base of a
#: comparison (比去年, 去年同期, 去年以来).
TOLD_YEAR = re.compile(r"(?<![较比与同])(?P<word>前年|去年|今年|明年)(?:末|底|年底|年末)?(?!以来|相比|同期)")
#: A year written out before a figure (2014年全省共出生人口139万, 截至2014年末), not the base of a comparison (较2009年的6.23万)
#: nor a goal's year (到2025年, 至2030年; 截至 is observed).
WRITTEN_YEAR = re.compile(rf"(?<![较比与同到])(?<!(?<!截)至)(?P<year>{_YEAR})\s*年(?!\d{{1,2}}\s*月)(?!以来|相比)")
#: Words before a figure in its clause that make it a goal, a bound or a forecast, not an observed level (力争, 保持在…,
#: 预计, 将, 控制在, 不低于): such a figure (今年…预计保持在80.25岁以上) is no evidence of the text's date.
NOT_OBSERVED_BEFORE = re.compile(r"力争|争取|保持|预计|预测|将|控制|确保|目标|不低于|不超过|不少于|突破|超过|以上|以下|以内")
#: Words right after a figure that make it a bound or an approximation (80.25岁以上, 815万人左右).
NOT_OBSERVED_AFTER = re.compile(r"\s*(?:以上|以下|以内|左右|上下)")
_CLAUSE_BREAK = re.compile(r"[，,、：:]")
#: A figure with its unit, as a text states a level (139万, 82.40岁, 14.23‰).
FIGURE = re.compile(r"(?<![\d.])(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>万人|万|亿人|亿|岁|‰|%|人)")
#: Figures with fewer digits (5%, 80岁) are too common to tell that two statements are one.
FIGURE_MIN_DIGITS = 3
_SENTENCE_END = re.compile(r"[。！？；;!?]")


def told_year(lines: Iterable[str]) -> int | None:
    """The year of the text's own date, told by a figure it states twice: once with a year relative to its date and once with
    the year written out (山东去年出生人口139万 over 2014年全省共出生人口139万: 去年 is 2014, the text is of 2015, whatever
    the date of the page that reposts it). A figure belongs to the year written last before it in its sentence; it must have
    at least :data:`FIGURE_MIN_DIGITS` digits and its unit, and be an observed level both times (not a goal's year 到2025年,
    nor after 力争/保持/预计 or before 以上/左右: :data:`NOT_OBSERVED_BEFORE`). ``None`` when no figure is so stated or the
    figures disagree. Whether it may replace a page's date: :func:`reposted_year`."""
    relative: dict[tuple[float, str], set[int]] = {}
    written: dict[tuple[float, str], set[int]] = {}
    for line in lines:
        for sentence in _SENTENCE_END.split(line):
            marks = sorted([(m.start(), m.end(), "told", RELATIVE_YEARS[m.group("word")]) for m in TOLD_YEAR.finditer(sentence)]
                           + [(m.start(), m.end(), "written", int(m.group("year"))) for m in WRITTEN_YEAR.finditer(sentence)]
                           + [(m.start(), m.end(), "span", 0) for m in YEAR_PAIR.finditer(sentence)])  # 今明两年 ends the figures of the year before
            for index, (_, end, kind, year) in enumerate(marks):
                until = marks[index + 1][0] if index + 1 < len(marks) else len(sentence)
                for figure in FIGURE.finditer(sentence, end, until):
                    if sum(ch.isdigit() for ch in figure.group("number")) < FIGURE_MIN_DIGITS:
                        continue
                    clause = max([end] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence, end, figure.start())])
                    if NOT_OBSERVED_BEFORE.search(sentence, clause, figure.start()) or NOT_OBSERVED_AFTER.match(sentence, figure.end()):
                        continue  # a goal, a bound or a forecast: only an observed level is the same statement twice
                    key = (float(figure.group("number")), figure.group("unit").removesuffix("人") or "人")  # 2380万 and 2380万人 are one figure
                    if kind != "span":
                        (relative if kind == "told" else written).setdefault(key, set()).add(year)
    implied = {year - offset for key in relative.keys() & written.keys() for offset in relative[key] for year in written[key]}
    return implied.pop() if len(implied) == 1 else None


def reposted_year(lines: Iterable[str], dated: int | None) -> int | None:
    """The year :func:`told_year` gives, when it may stand for the page's date ``dated``: always when the page is undated,
    when it is that date, and when it is earlier only for a repost — a page dated later than every year the text writes
    (goals 到2025年 aside). A text that writes its page's year or a later one agrees with its page: a coincidence of figures
    never moves it."""
    lines = list(lines)
    told = told_year(lines)
    if told is None or dated is None or told == dated:
        return told
    written = [int(m.group("year")) for line in lines for m in WRITTEN_YEAR.finditer(line)]
    return told if told < dated and all(year < dated for year in written) else None


def page_year(document: PlanDocument) -> int | None:
    """The year of the text's own date: the year a figure it states both relative to its date and with its year tells
    when it may stand for the page's (:func:`reposted_year`: a repost's page is dated after the text), else the year
    of the page's date (:func:`page_date_year`)."""
    dated = page_date_year(document)
    told = reposted_year((line.text for line in document.lines), dated)
    return told if told is not None else dated


#: 今年 named by its place in a five-year period or after a party congress (今年是“十四五”开局之年, 今年是“十三五”规划的收官之年,
#: 今年是全面贯彻落实党的十八大精神的开局之年): what a government work report says of its own year when the page keeps no date.
#: Its predicate stays in its clause or one joined by 也是 (今年是…关键之年，也是“十三五”开局之年), never the next subject's
#: (…，明年是“十二五”的收官之年) nor a year it prepares for (也是为“十三五”开局之年打好基础的一年).
_THIS_YEAR_GAP = r"(?:[^。！？!?，,；;]|[，,](?=也是|又是|还是|更是))"
THIS_YEAR_PLACE = re.compile(rf"今年是(?!{_THIS_YEAR_GAP}{{0,40}}?为{_THIS_YEAR_GAP}{{0,30}}?(?:打好?基础|奠定基础|做好?准备))(?!{_THIS_YEAR_GAP}{{0,40}}?明年){_THIS_YEAR_GAP}{{0,40}}?(?:[“\"「『]?(?P<period>十[一二三四五]?五)[”\"」』]?(?:规划|时期)?(?:实施)?(?:的)?"
                             r"(?P<edge>开局之年|起步之年|第一年|收官之年|最后一年|第(?P<nth>[二三四])年)(?!的?[前后上下]一年)"
                             r"|党的(?P<congress>十[五六七八九]|二十)大[^。！？!?，,；;]{0,8}?(?:的)?开局之年"
                             r"|(?P<event>新中国成立|中华人民共和国成立|改革开放|中国共产党成立|建党)\s*(?P<years>\d{1,3}|[一二三四五六七八九十百零]{1,4})\s*周年)")
#: The years the National Congresses of the Communist Party of China met (the year after each is its 开局之年).
PARTY_CONGRESS_YEARS = {"十五": 1997, "十六": 2002, "十七": 2007, "十八": 2012, "十九": 2017, "二十": 2022}
#: The years of the events whose anniversaries a report names its year by (今年是新中国成立70周年: 2019).
ANNIVERSARY_FROM = {"新中国成立": 1949, "中华人民共和国成立": 1949, "改革开放": 1978, "中国共产党成立": 1921, "建党": 1921}


def place_in_period_year(lines: Iterable[str]) -> int | None:
    """The year a text calls 今年 by its place (:data:`THIS_YEAR_PLACE`): the first year of the five-year period for 开局之年,
    起步之年, 第一年, the second to fourth for 第二年 … 第四年, its last for 收官之年, 最后一年; the year after a party congress for
    that congress's 开局之年; the event's year and the count for an anniversary (新中国成立70周年: 1949 + 70). ``None``
    when no such sentence is found or two disagree."""
    found = set()
    for line in lines:
        for match in THIS_YEAR_PLACE.finditer(line):
            if match.group("congress"):
                found.add(PARTY_CONGRESS_YEARS[match.group("congress")] + 1)
            elif match.group("event"):
                written = match.group("years")
                try:
                    count = int(written) if written.isdigit() else int(cn2an.cn2an(written, "normal"))
                except (ValueError, KeyError):
                    continue
                found.add(ANNIVERSARY_FROM[match.group("event")] + count)
            else:
                first, last = FIVE_YEAR_PLANS[match.group("period")]
                nth = "一二三四五".index(match.group("nth")) if match.group("nth") else None
                found.add(first + nth if nth is not None else first if match.group("edge") in ("开局之年", "起步之年", "第一年") else last)
    return found.pop() if len(found) == 1 else None


def page_date_year(document: PlanDocument) -> int | None:
    """The year of the page's own date (the first full date in its first lines, whatever their
    role, that no event is counted from), else the issue year, else the year of a government work report
    named in its first lines (:data:`WORK_REPORT_TITLE`): what 今年, 明年, 去年 in the text are
    relative to. An undated page that speaks of this year (今年, 年内, 本年) and reports a year
    as complete (2009年末, 2014年…全年, 截至2014年) is of the year after the latest such year: a report
    of this year's targets beside last year's figures. A census's reference moment (2020年11月1日零时) is no page date."""
    lines = [line.text for line in document.lines if line.text.strip()][:PAGE_DATE_LINES]
    for text in lines:
        for match in PAGE_DATE.finditer(text):
            if (not re.search(r"《[^》]*$", text[: match.start()]) and not EVENT_DATE_TAIL.match(text[match.end():]) and not MOMENT_TAIL.match(text[match.end():])
                    and not CENSUS_BEFORE.search(text[: match.start()]) and not CITED_RELEASE_TAIL.match(text[match.end():])):
                dated = int(match.group(1))
                # a repost: a report that names its own year (2017年某市政府工作报告, 今年是“十三五”开局之年) on a page dated later
                # is of its own year — the later page date never becomes it (an earlier date stays: 2011年…报告 adopted 2010年12月)
                own = work_report_year(document, points=False) or place_in_period_year(line.text for line in document.lines)
                return own if own is not None and own < dated else dated
    issued = issue_year(document)
    if issued is not None:
        return issued
    # the year a title names the text by (某市2013年人口和计划生育工作要点, 2011年人口计生工作目标的通知) outranks its document number: a
    # year's points are issued late in the year before (某政办发〔2012〕86号), and their 今年 is the title's year (review of gt, finding 4)
    titled = work_report_year(document)
    if titled is not None:
        return titled
    numbered = own_number_year(document)
    if numbered is not None:
        return numbered
    body = [line.text for line in document.lines]
    placed = place_in_period_year(body)
    if placed is not None:
        return placed
    if any(THIS_YEAR_WORDS.search(text) for text in body) and (complete := completed_years(body)):
        return max(complete) + 1
    return None


#: An official document's own number (某政办发〔2009〕41号, 鲁政发[2007]5号, 国办发(2007)12号): the year in its brackets is the year the
#: document was issued (forms handout Bd, 3b).
DOCUMENT_NUMBER = re.compile(rf"[\u4e00-\u9fff]{{1,8}}[发函字]\s*[〔\[(（【]\s*(?P<year>{_YEAR})\s*[〕\])）】]\s*\d{{1,4}}\s*号")
#: …standing as the text's own: the whole line, perhaps in brackets (a line under the title), or closing the title in brackets
#: (…的通知(某政办发〔2009〕41号)) — not a higher body's number cited in a sentence (根据…(某政发〔2006〕12号)精神).
OWN_NUMBER_LINE = re.compile(r"\s*[(（]?\s*(?:" + DOCUMENT_NUMBER.pattern + r")\s*[)）]?\s*")
OWN_NUMBER_AFTER_TITLE = re.compile(r"[(（]\s*(?:" + DOCUMENT_NUMBER.pattern + r")\s*[)）]\s*$")


def own_number_year(document: PlanDocument) -> int | None:
    """The year of the text's own document number (:data:`OWN_NUMBER_LINE`, :data:`OWN_NUMBER_AFTER_TITLE`) in its first lines: what
    an undated notice's 今年 is relative to. A notice that forwards another text (…转发…的通知) prints the forwarded text's own number
    below its own: the last number of the first lines dates the body, which is the forwarded text (review of gt, finding 4)."""
    years = []
    for text in [line.text for line in document.lines if line.text.strip()][:PAGE_DATE_LINES]:
        match = OWN_NUMBER_LINE.fullmatch(text) or (OWN_NUMBER_AFTER_TITLE.search(text) if text.strip() == document.title.strip() else None)
        if match is not None:
            years.append(int(match.group("year")))
    if not years:
        return None
    return years[-1] if "转发" in document.title else years[0]


def completed_years(lines: list[str]) -> set[int]:
    """Years a text reports as complete: 2009年末, 2014年全年, 截至2014年, and a 全年 without a year
    after a year written earlier on its line (2014年…以来，…。全年出生人口96.98万人)."""
    complete = {past_year(match) for line in lines for match in PAST_YEAR.finditer(line) if not match.group("year3")
                and line[max(0, match.start() - 1) : match.start()] not in ("到", "至")}  # 到2010年末 is a goal
    for line in lines:
        for match in WHOLE_YEAR.finditer(line):
            before = re.findall(r"((?:19|20)\d{2})年", line[: match.start()])
            opened = max((end.end() for end in _SENTENCE_END.finditer(line, 0, match.start())), default=0)
            sentence = _SENTENCE_END.split(line[opened:], 1)[0]  # the sentence of 全年: a year's goal is no year reported whole
            if before and not WHOLE_YEAR_GOAL.search(sentence):
                complete.add(int(before[-1]))
    return complete


def shown_years(lines: Iterable[str]) -> set[int]:
    """The later year of a transition between two written years that statistics show, in a sentence of no goal
    (数据显示，…从2012年的81.35岁增长到2023年的82.51岁; 公报显示，…由2018年的77.1岁提高到2019年的77.4岁): observed."""
    return {int(match.group("b")) for line in lines for sentence in re.split(r"[。！？!?]", line)
            if STATISTICS_SHOW.search(sentence) and not NOT_A_RECORD.search(sentence)
            for match in TRANSITION_BOTH_YEARS.finditer(sentence) if int(match.group("a")) < int(match.group("b"))}


def past_years(lines: list[str]) -> set[int]:
    """Years a text writes as observed: 2020年末, 截至2020年, 2020年…已, 第七次全国人口普查, the year a statistical
    release reports (:data:`RELEASED_YEAR`), and the later year of a transition statistics show (:func:`shown_years`: a
    report of a bulletin that names a plan's period, 公报显示，…由2018年的77.1岁提高到2019年的77.4岁 in a page of 2020 — the
    period does not make 2019 a goal; brief ftime, forms handout 7)."""
    past: set[int] = released_years(lines) | shown_years(lines)
    for line in lines:
        for match in PAST_YEAR.finditer(line):
            past.add(past_year(match))
        for match in CENSUS.finditer(line):
            past.add(CENSUS_YEARS[match.group("n") or match.group("m")])
    return past


#: The year a statistical release reports: a year's communiqué, yearbook or health report (《2018年我国卫生健康事业发展统计公报》,
#: 2021年国民经济和社会发展统计公报, 《北京市2010年度卫生与人群健康状况报告》), a census or sample survey named with its results (2015年全国1%人口抽样调查主要数据公报, …调查显示) or the reference
#: moment of a census or survey (以2015年11月1日零时为标准时点, 现将2020年11月1日零时…公布如下), and the year a plan's monitoring
#: report monitors (2022年…统计监测报告, 2019年《…纲要(2011—2020年)》统计监测报告, 《…规划(2021—2030年)》统计监测报告显示，2022年…).
#: Its figures are observations,
#: never goals, whatever verb reports them (人均预期寿命由2017年的76.7岁提高到2018年的77.0岁 in a report of the 2018
#: communiqué): the year is past in :func:`tense_cutoff` and no goal year (`PlanMeta.goal_years`). A survey without its
#: results (做好2025年全国1%人口抽样调查) names no such year.
RELEASED_YEAR = re.compile(rf"(?P<year>{_YEAR})\s*年度?[^。；;！？《》]{{0,30}}?(?:统计公报|统计年鉴|健康状况报告|统计监测报告|(?:人口抽样调查|人口普查|人口变动[^。；;！？]{{0,6}}调查)"
                           rf"(?:(?:(?:主要)?数据)?(?:公报|显示|结果)|主要数据))|(?P<year2>{_YEAR})\s*年\s*11\s*月\s*1\s*日\s*零时"
                           rf"|统计监测报告(?:显示|表明)[，,：:\s]*(?P<year3>{_YEAR})\s*年"
                           rf"|(?P<year4>{_YEAR})\s*年度?\s*《[^《》]{{2,60}}》\s*(?:终期)?统计监测报告")
#: A release still to be made: a task before its year (认真做好2025年全国1%人口抽样调查…工作, 组织开展第八次人口普查).
RELEASE_TO_COME = re.compile(r"(?:做好|开展|组织|实施|部署|准备|迎接|筹备|启动)\s*$")


def released_years(lines: Iterable[str]) -> set[int]:
    """Years a text names as reported by a statistical release (:data:`RELEASED_YEAR`), not a release still to be made
    (:data:`RELEASE_TO_COME`)."""
    return {int(match.group("year") or match.group("year2") or match.group("year3") or match.group("year4")) for line in lines for match in RELEASED_YEAR.finditer(line)
            if not RELEASE_TO_COME.search(line, max(0, match.start() - 6), match.start())}


#: The base of a change or a transition: 由2010年的, 从2015年的, 比2015年, 较2015年, 与2011年相比 — a level observed then.
BASE_OF_CHANGE = re.compile(rf"(?:由|从|比|较|与|同)(?P<year>{_YEAR})年(?!\d{{1,2}}月)")
#: A transition with both its years written (由2005年的47.22%提高到2010年的57.86%): its end is observed when it is no
#: later than the period's start (a plan of 2010—2020 reviewing the “十一五”).
TRANSITION_BOTH_YEARS = re.compile(rf"(?:由|从)(?P<a>{_YEAR})年的?[^。；;！？]{{0,30}}?(?:到|至)(?P<b>{_YEAR})年的?")
#: A transition told as done, 了 after its verb (城镇化率由2010年的55.5%提高到了2015年的60.3%): its end is observed, whatever
#: the period (a report of the “十二五” written after it).
COMPLETED_TRANSITION = re.compile(rf"(?:由|从)(?P<a>{_YEAR})年的?[^。；;！？]{{0,30}}?(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小)(?:到|至)了(?P<b>{_YEAR})年")
#: A verb of change right before a goal word's 到/至 (下降到2008年, 提高至2010年): the end of a transition, not a goal's head.
TRANSITION_VERB_BEFORE = re.compile(r"(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|回落|回升)$")
#: A record over a span of years (2012年至2021年，广西的人均预期寿命从75.11岁增至78.06岁).
SPAN_RECORD = re.compile(rf"(?P<a>{_YEAR})\s*年?\s*(?:至|到|—|-|－|―|–|~|～)\s*(?P<b>{_YEAR})\s*年[，,、]?[^。；;！？]{{0,30}}?(?:从|由)[^。；;！？]{{0,20}}?"
                         r"(?:增至|增加到|增长到|提高到|提高至|提升到|提升至|上升到|上升至|下降到|下降至|降至|降低到|降低至)")
#: A level of a year compared with an earlier year (2024年我国人均预期寿命达到79岁，比2020年提高1.1岁): the later year
#: written bare, not as a goal (到2025年…比2020年 is a goal).
COMPARED_RECORD = re.compile(rf"(?<![到至\d])(?P<b>{_YEAR})年(?!\d{{1,2}}月)[^。；;！？]{{0,40}}?(?:比|较)(?P<a>{_YEAR})年")
#: Words of a goal or a forecast: a sentence with one of them is no record of the past (the one list,
#: :data:`analysis.extract.prose.words.GOAL_AHEAD` and ``GOAL_NAMED``: 将, 力争, 预计, 目标, 规划, a plan figure 2013年计划出生人口…).
NOT_A_RECORD = re.compile(GOAL_AHEAD + "|" + GOAL_NAMED)


#: A level of a year compared with the year before it (2010年，某市出生人口性别比达118.5，比上年度下降3.2个比值; 较上年,
#: 比去年): the change over last year of a figure is told once the year is over, so the year is observed — in a sentence of no
#: goal word (2012年出生率控制在12‰以内，比上年下降0.5个千分点 is a year's goal with its base; 2013年计划出生人口3.3万人，比上年
#: 增加0.1万人 a year's plan figure), and with 达到 only beside goals beyond it or a word of a record (see :func:`tense_cutoff`).
PREVIOUS_YEAR_RECORD = re.compile(rf"(?<![到至\d])(?P<year>{_YEAR})\s*年度?(?!以来|\d{{1,2}}月)[^。；;！？]{{0,40}}?\d[^。；;！？\d]{{0,16}}?"
                                  r"(?:比|较)(?:上一?年度?|去年|前一年)(?!同期)")


#: A year told in the future tense (2015年嘉兴市常住人口将维持在…, 2020年将超600万): a year of goals or forecasts, not
#: observed, in a text whose cut-off only its tense tells.
FUTURE_YEAR = re.compile(rf"(?<![到至\d])(?P<year>{_YEAR})年(?!以来|末|底|\d{{1,2}}月)[^。；;，,！？]{{0,16}}?(?:将|预计|可能会|有望)")




#: A five-year period written as ahead: its name before 期末/末/时期/期间 with a word of the future after it in the clause
#: (在“十一五”期末，…将, “十一五”时期，我们要加快…), not 以来 or a period in the past (“十五”期间…增加了).
FIVE_YEAR_AHEAD = re.compile(QUOTED_FIVE_YEAR_NAME + r"(?:期末|末|时期|期间)[，,]?[^。；;！？]{0,30}?(?:将|要|力争|目标|预计)")


def span_present(lines: list[str]) -> int | None:
    """The present year an undated text implies by counting years ahead to a year of the same sentence (嘉兴市常住人口在
    未来10年内略有上升 beside 2020年的…: 2010); the latest such, or ``None``."""
    found = []
    for line in lines:
        for sentence in re.split(r"[。！？!?]", line):
            ahead = YEARS_AHEAD.search(sentence)
            years = [int(year) for year in re.findall(r"((?:19|20)\d{2})年", sentence)]
            if ahead and years:
                n = ahead.group("n")
                found.append(max(years) - (int(n) if n.isdigit() else _NUMERALS[n]))
    return max(found) if found else None


def base_years(lines: list[str]) -> set[int]:
    """Years a text states as the base of a change or a transition (由2010年的, 比2015年, 与2011年相比)."""
    return {int(match.group("year")) for line in lines for match in BASE_OF_CHANGE.finditer(line)}


def done_years(lines: list[str]) -> set[int]:
    """The end years of transitions told as done (由2010年的55.5%提高到了2015年的60.3%), in sentences without a word of a goal."""
    return {
        int(match.group("b"))
        for line in lines
        for sentence in re.split(r"[。！？!?]", line)
        if not NOT_A_RECORD.search(sentence)
        for match in COMPLETED_TRANSITION.finditer(sentence)
        if int(match.group("a")) < int(match.group("b"))
    }


#: Words of a text that reviews a period it is in (“十三五”以来, 收官之年, 回顾, 成效, 完成情况, 中期评估): its transitions from the
#: period's base year are records, whatever their last year.
#: The final review of a plan (终期评估, 终期监测, 终期统计监测报告): written after the plan's period, whose last year it observes.
#: In the title it names the text (《…》终期评估报告, …终期统计监测报告); in the first lines only as a report (终期评估报告,
#: 终期评估显示, 终期评估结果表明: :data:`FINAL_REVIEW_REPORTED`). Neither after a task verb (开展规划终期评估, 进行…, 组织…:
#: a plan that schedules its review, reposted after its period) — brief xwc. 实施情况 is the plan's implementation reviewed, no task
#: (…规划（2011—2020年）实施情况终期评估报告: brief fv).
_FINAL_REVIEW = r"终期(?:评估|监测|统计监测)"  # written once for the final review's and the progress report's patterns (review of gt, finding 13)
FINAL_REVIEW = re.compile(_FINAL_REVIEW)
FINAL_REVIEW_REPORTED = re.compile(_FINAL_REVIEW + r"(?:报告|显示|结果|表明)")
FINAL_REVIEW_TASK = re.compile(r"(?:开展|进行|组织|启动|做好|完成|实施(?!情况))[^,，;；。]{0,12}?" + _FINAL_REVIEW)


def _named_as(title: str, head: list[str], named: re.Pattern[str], reported: re.Pattern[str], task: re.Pattern[str]) -> bool:
    """Whether the title names the text so (``named``) or one of the first lines cites it as reporting (``reported``), neither
    after a task verb (``task``)."""
    return any(not task.search(line) and (named.search(line) if line is title else reported.search(line)) for line in [title, *head])


def final_review_named(title: str, head: list[str]) -> bool:
    """Whether the title or the first lines name the text a final review of a plan (not a task to review it)."""
    return _named_as(title, head, FINAL_REVIEW, FINAL_REVIEW_REPORTED, FINAL_REVIEW_TASK)
#: A report of a plan's progress (forms handout Bd, 1): a statistics bureau's monitoring report (中期/终期统计监测报告), a mid-term
#: review (实施中期评估的报告, 中期评估报告) or a mid-term account (规划纲要实施中期情况), or a final review (:data:`FINAL_REVIEW`). In the
#: title it names the text; in the first lines only as a report (监测报告显示, 中期评估报告指出). Not after a task verb (开展中期评估:
#: a plan scheduling its review).
PROGRESS_REPORT = re.compile(r"监测报告|中期评估|实施中期情况|" + _FINAL_REVIEW)
PROGRESS_REPORTED = re.compile(r"(?:监测报告|中期评估(?:的|报告)?[^。；;，,]{0,4}?|实施中期情况|" + _FINAL_REVIEW + r"(?:报告)?)(?:显示|表明|指出|结果)")
PROGRESS_REPORT_TASK = re.compile(r"(?:开展|进行|组织|启动|做好|完成|编制|撰写)[^,，;；。]{0,12}?(?:中期评估|" + _FINAL_REVIEW + r"|监测报告)"
                                  r"|(?:中期评估|" + _FINAL_REVIEW + r"|监测报告)[^,，;；。]{0,6}?(?:工作|实施)?方案")
#: A title that names the text a plan of its own (某市人口发展规划（2016—2030年）, …“十四五”规划纲要): its first lines may cite another
#: plan's monitoring report (“十二五”规划终期监测报告显示) without the text being a report (review of gt, finding 1).
PLAN_TITLE = re.compile(r"(?:规划|纲要)\s*(?:[(（]\s*(?:19|20)\d{2}\s*[—–\-~～至到]+\s*(?:19|20)\d{2}\s*年?\s*[)）])?\s*$")


def progress_report_named(title: str, head: list[str]) -> bool:
    """Whether the title or the first lines name the text a report of a plan's progress (:data:`PROGRESS_REPORT`), not a task
    (开展中期评估; a title naming a scheme for one, …中期评估工作方案). The first lines count only under a title that does not name
    the text a plan (:data:`PLAN_TITLE`)."""
    return _named_as(title, [] if PLAN_TITLE.search(title.strip()) else head, PROGRESS_REPORT, PROGRESS_REPORTED, PROGRESS_REPORT_TASK)


#: A sentence opened by its year before a figure (2015年全省九年义务教育巩固率达到94%, 2020 年，全省孕产妇死亡率为 9.8/10 万).
OPENING_YEAR = re.compile(rf"^\s*(?P<year>{_YEAR})\s*年(?:末|底)?\s*[，,]?[^。；;！？\d]{{2,24}}?\d")


def reported_years(lines: list[str]) -> set[int]:
    """Years a report of a plan states as observed, in a sentence with no word of a forecast or an effort (预计到2015年末达到N
    in a mid-term report is a projection): those any text writes as past (:func:`past_years`; not 到2015年末), those reached
    (:func:`observed_years`) and a year opening a sentence of a figure with no word of a goal (:data:`OPENING_YEAR`)."""
    found: set[int] = set()
    for line in lines:
        for sentence in _SENTENCE_END.split(line):
            if REPORT_AHEAD.search(sentence):
                continue
            found |= {year for year in past_years([sentence]) if not re.search(rf"(?:到|至)\s*{year}\s*年", sentence)}
            found |= observed_years([sentence])
            for match in OPENING_YEAR.finditer(sentence):
                # the clause of the figure only: 2015年…达到94%，距96%的规划目标仅差2个百分点 reports 2015
                own = re.split(r"[，,]", sentence[match.end() - 1 :], maxsplit=1)[0]
                if not NOT_A_RECORD.search(sentence[: match.end()] + own) and not GOAL_ASSURED.search(sentence[: match.end()] + own):
                    found.add(int(match.group("year")))
    return found


#: Words of a sentence in a report that looks ahead: a forecast or an effort (预计到2015年末, 力争, 将, 确保): the words of a goal
#: ahead (:data:`analysis.extract.prose.words.AHEAD_WORDS`) and the effort words (``GOAL_EFFORT_WORDS``). It lacked 确保, 务必 and
#: 力求 with no reason written (it had only 争取 and 有望 of the efforts); taking them changes no reading of the development texts,
#: the test corpus or the tests. It differs from ``GOAL_AHEAD | GOAL_EFFORT`` on purpose: no bare 要 (``GOAL_EFFORT`` takes 要 not
#: before 求, so 主要, 需要, 重要, which a report's records write, would make them look ahead) and no plan figure (计划…) — though
#: on those texts taking both changes no reading either.
REPORT_AHEAD = re.compile(AHEAD_WORDS + "|" + GOAL_EFFORT_WORDS)


REVIEW_WORDS = re.compile(r"以来|收官|回顾|成效|成就|取得了|完成情况|执行情况|中期评估|评估报告|实施情况")
#: A plan cited by its title in book-title marks (《某省国民经济和社会发展“十一五”规划纲要》提出…): a text speaking of a plan, not the plan.
CITED_PLAN = re.compile(r"《[^》]{0,40}(?:规划|纲要)[^》]{0,10}》")


def record_years(lines: list[str], start: int, end: int, issued: int | None = None) -> set[int]:
    """Years after the year before a plan's period that the text states as observed by a record of the past: the end of
    a transition with both years written that is no later than the period's start (由2005年的…提高到2010年的 in a plan of
    2010—2020), or the end of a span that begins before the plan's base year and ends inside the period, with its
    transition (2012年至2021年…从75.11岁增至78.06岁 beside a plan of 2021—2025), or the end of a transition told as done
    (由2010年的55.5%提高到了2015年的60.3%), in a sentence without a word of a goal. A report reviewing a five-year
    period (“十三五”以来, 收官之年) tells its records from the period's base year to a year inside it: a transition from the
    base year (孕产妇死亡率由2010年的30/10万降至2014年的21.7/10万 beside the “十二五”, 从2015年的76.3岁提高到2019年的77.3岁)
    or a bare year's level compared with the base year (2024年…达到79岁，比2020年提高1.1岁 beside the “十四五”), before
    the period's last year and before the text's issue year when it has one, and never a year the text names as a goal
    elsewhere (到2025年，…: a plan's milestone, 由2021年的51.9%提高到2025年的57% its target)."""
    years: set[int] = done_years(lines)
    # a year the text also names as a goal (到2025年，…; 2025年…力争) is a plan's milestone, not a review's record
    # (常住人口城镇化率由2021年的51.9%提高到2025年的57% beside 到2025年，全市常住人口保持在…)
    goals = {int(match.group("year")) for line in lines for match in (*GOAL_YEAR.finditer(line), *FUTURE_YEAR.finditer(line))
             if not line.startswith("的", match.end())}

    # … of them, those written as a goal's head (到2025年，…), not only as the end of a transition (下降到2008年16.96/10万)
    heads = {int(match.group("year")) for line in lines for match in GOAL_YEAR.finditer(line)
             if not line.startswith("的", match.end()) and not TRANSITION_VERB_BEFORE.search(line, 0, match.start())}
    heads |= {int(match.group("year")) for line in lines for match in FUTURE_YEAR.finditer(line) if not line.startswith("的", match.end())}

    # a five-year milestone inside a longer plan (由2020年的80.5岁提高到2025年的81.5岁 in a plan of 2021—2035) is the plan's own
    # intermediate target unless the text reviews (REVIEW_WORDS): a review's records end in any year (2014, 2019, 2024)
    review = any(REVIEW_WORDS.search(line) for line in lines)
    cites_plan = any(CITED_PLAN.search(line) for line in lines)

    def reviewed(a: int, b: int) -> bool:
        return (a == start - 1 and start <= b < end and b not in goals and (issued is None or b < issued)
                and (b % 5 != 0 or review))

    for line in lines:
        for sentence in re.split(r"[。！？!?]", line):
            if NOT_A_RECORD.search(sentence):
                continue
            for match in TRANSITION_BOTH_YEARS.finditer(sentence):
                a, b = int(match.group("a")), int(match.group("b"))
                if a < b == start:
                    years.add(start)
                elif b > start and reviewed(a, b):
                    years.add(b)
                elif (a < start - 1 and start < b < end and b % 5 != 0 and b not in heads and (issued is None or b < issued)
                      and all(head > b for head in heads) and (issued is not None or review or cites_plan)):
                    # a record from long before the period to a year inside it that is no milestone (婴儿死亡率由2000年的16.77‰下降到
                    # 2008年的5.30‰ in a speech citing a 2006—2010 plan): as a span's record (SPAN_RECORD), never a plan's goal,
                    # which starts from the plan's base year (brief at) — only in a dated text, a review or one citing a plan
                    # (CITED_PLAN), and never past a year the text names as a goal (review of brief at: 由2000年的16‰下降到2012年的10‰
                    # beside 到2010年，… in an undated plan of 2006—2020 is the plan's goal)
                    years.add(b)
            for match in COMPARED_RECORD.finditer(sentence):
                if reviewed(int(match.group("a")), int(match.group("b"))):
                    years.add(int(match.group("b")))
            for match in SPAN_RECORD.finditer(sentence):
                a, b = int(match.group("a")), int(match.group("b"))
                if a < start - 1 and start <= b < end:
                    years.add(b)
    return years


#: Words that keep a sentence with 了 or 已 a goal beside NOT_A_RECORD's (确保到2025年…提高了; 到2025年，…要达到70%，目前已达到65%;
#: 到2030年，…控制在5‰以内，…增加了约200万人).
GOAL_ASSURED = re.compile(GOAL_EFFORT + r"|控制在|以内")
#: Qualifiers and words of a goal's figure that keep a year's level compared with another a goal (左右, 以上, 预期).
GOAL_QUALIFIED = re.compile(r"左右|以上|以内|以下|预期")
#: A change told as done, 了 right after its verb (增加到了, 达到了, 提高了40.6个百分点) or 已 before it (已达), in a sentence
#: without a word of a goal or a forecast: the sentence reports the past.
DONE_VERB = re.compile(r"(?:达到|达|增加到|增长到|提高到|提升到|上升到|下降到|降低到|减少到|降至|增至|突破|超过|提高|提升|上升|增加|增长|下降|降低|减少|缩小|扩大)了|已(?:经)?(?:达|超|突破|增|提高|上升|下降|降)")
#: Before a done verb in its clause, the base of a comparison or the present (比2020年增加了30万人, 目前已达到65%): the change
#: is told from another year, so it makes no record of the year the sentence is about.
DONE_FROM_ELSEWHERE = re.compile(r"比\s*(?:19|20)\d{2}\s*年|比上年|目前|现在|当前|如今")
#: A year written as a year-end (到2013年底, 上升到2017年末的): the whole sentence after it tells of that year.
YEAR_END_AFTER = re.compile(r"\s*(?:底|末)")


def told_done_years(lines: list[str]) -> set[int]:
    """Years a text without dates tells as done: a 到/至 year (到2013年底, 上升到2017年末的) or a year opening its sentence
    (2018年，全省城镇人口达到了…) in a sentence that names no goal, with a change told as done (:data:`DONE_VERB`) in the
    clause of that year, in a clause before it (2018年以来…提高了3个百分点，到2020年达到60%) or in the clause right after a
    year standing alone (2018年，…达到了), or 已 in any clause after a year opening the sentence (2021年,我市…82.40岁,…,
    已达到…) — or anywhere in the sentence of a year-end (到2013年底，…13年间…提高了) — a record, not a goal year (到1957年城镇人口增加到了226万人; 由1978年末的17.92%上升到2017年末的
    58.52%，提高了40.6个百分点). A done verb after 比YYYY年 or 目前 in its clause tells of another year (到2025年，…达到500万人，
    比2020年增加了30万人: 2025 stays a goal year)."""
    years: set[int] = set()
    for line in lines:
        for sentence in re.split(r"[。！？!?；;]", line):
            if not DONE_VERB.search(sentence) or NOT_A_RECORD.search(sentence) or GOAL_ASSURED.search(sentence):
                continue
            clauses = re.split(r"[，,]", sentence)
            starts = [0]
            for clause in clauses:
                starts.append(starts[-1] + len(clause) + 1)

            def done_in(text: str, already: bool = False) -> bool:
                return any(not DONE_FROM_ELSEWHERE.search(text[:verb.start()]) and (verb.group().startswith("已") or not already)
                           for verb in DONE_VERB.finditer(text))

            def told(year_end: int, index: int, opens: bool) -> bool:
                if YEAR_END_AFTER.match(sentence, year_end):
                    return True
                clause = clauses[index]
                alone = re.fullmatch(r"\s*(?:到|至)?\s*(?:19|20)\d{2}\s*年\s*", clause) is not None
                # a year opening the sentence: 已 in any later clause too (2021年,我市居民期望寿命82.40岁,…,已达到先进国家水平)
                return (any(done_in(earlier) for earlier in clauses[:index]) or done_in(clause)
                        or (alone and index + 1 < len(clauses) and done_in(clauses[index + 1]))
                        or (opens and any(done_in(later, already=True) for later in clauses[index + 1 :])))

            found = [(match, match.group().startswith(("到", "至")), False) for match in GOAL_YEAR.finditer(sentence)]
            if opening := re.match(r"\s*((?:19|20)\d{2})\s*年(?!\d{1,2}月)", sentence):
                found.append((opening, True, True))
            for match, counts, opens in found:
                if not counts:
                    continue
                index = next(i for i in range(len(clauses)) if starts[i + 1] > match.start())
                if told(match.end(), index, opens):
                    years.add(int(match.group(1) if match.re is not GOAL_YEAR else match.group("year")))
    return years


#: A year told relative to the page's date before an observed figure in its clause (去年全市户籍人口平均期望寿命为81.73岁, 前年末
#: 常住人口…): not the base of a comparison (比去年, 去年同期), nor 去年以来.
TOLD_PAST = re.compile(r"(?<![较比与同])(?P<word>去年|前年)(?:末|底|年底|年末|全年)?(?!以来|相比|同期)[^。；;，,]{0,24}?(?:为|达到?|是|有)?\s*\d")


def told_past(lines: Iterable[str]) -> list[str]:
    """The words 去年, 前年 before an observed figure of their clause (:data:`TOLD_PAST`), in sentences without a word of a goal
    or a forecast (:data:`NOT_OBSERVED_BEFORE`)."""
    return [match.group("word") for line in lines for sentence in _SENTENCE_END.split(line)
            for clause in re.split(r"[，,]", sentence) for match in TOLD_PAST.finditer(clause)
            if not NOT_OBSERVED_BEFORE.search(clause)]


#: Part of a year reported (2013年上半年, 2013年前三季度, 2013年1—6月): observed up to then, so that year is the text's latest.
PARTIAL_YEAR = re.compile(r"(?:(?<![到至\d])|(?<=(?:19|20)\d{2}年至)|(?<=(?:19|20)\d{2}年到))(?P<year>(?:19|20)\d{2})\s*年\s*(?:上半年|前三季度|一季度|第一季度|前两季度|1\s*[-—–~至到]\s*\d{1,2}\s*月)")


#: After a part of a year, what makes it a report: a figure, or a verb told as done (已, 了).
PARTIAL_REPORTED = re.compile(r"\d|已|了")


def observed_years(lines: list[str]) -> set[int]:
    """Years an undated text writes as reached in a sentence without a word of a goal or a forecast (2012年…已提高到35%),
    and a part of a year reported (2013年上半年, 2011年至2013年上半年: :data:`PARTIAL_YEAR`, with a figure or 已/了 after it —
    :data:`PARTIAL_REPORTED`, not a work schedule's 2017年1—6月，完成规划宣传解读 — in a sentence
    with no 力争, 预计, 将 or 目标 though it bounds a figure: 失业率控制在4.2%以内) — not a goal's year (到2020年末,
    到2015年已…) nor a year the text names as a goal elsewhere."""
    goals = {int(match.group("year")) for line in lines for match in GOAL_YEAR.finditer(line)}
    found: set[int] = set()
    for line in lines:
        for sentence in _SENTENCE_END.split(line):
            # a part of a year is reported, never set as a goal's year (2011年至2013年上半年，…失业率控制在4.2%以内)
            # — and only with a figure or a verb told as done after it (2013年上半年，全市出生人口1.2万人): a work schedule
            # (工作安排：2017年1—6月，完成规划宣传解读) reports nothing
            found |= {int(match.group("year")) for match in PARTIAL_YEAR.finditer(sentence) if not re.search(r"力争|预计|将|目标", sentence)
                      and PARTIAL_REPORTED.search(sentence, match.end())}
            if NOT_A_RECORD.search(sentence) or GOAL_ASSURED.search(sentence):
                continue
            # the year of a change told as reached (2012年全省城镇化率已提高到35%), not a year-end or 截至 figure: those a text about a
            # plan quotes from the statistics of later years, and the plan's period still decides (a 2019 report of a 2016—2030 plan)
            found |= {past_year(match) for match in PAST_YEAR.finditer(sentence) if match.group("year3") and sentence[max(0, match.start() - 1) : match.start()] not in ("到", "至")}
    return found - goals


#: Goals told as met: 全面完成, 圆满完成, 超额完成, 顺利实现, 胜利完成 (not 要完成, 确保完成: a goal word comes before them).
_GOALS_MET = r"\s*(?:已经?|均|都|全部)?\s*(?:全面|圆满|顺利|超额|胜利|基本)?(?:完成|实现|达成)"
#: Words before goals told as met that make them still a goal (确保2015年目标任务全面完成; 主要 is no 要).
GOALS_MET_ASSURED = re.compile(r"确保|争取|力争|力求|(?<!主)要(?!求)|将|预计|预测|必须|努力")
#: A year set as the year of the goals that follow (2019年全县人口自然增长率要控制在9‰以内, 建议2011年全省…主要预期目标为): a goal
#: year in the tense of a text, as a year's plan or a work report writes its targets.
ANNUAL_GOAL_YEAR = re.compile(rf"(?<![到至\d])(?P<year>{_YEAR})\s*年度?(?!以来|末|底|\d{{1,2}}月)[^。；;，,！？]{{0,16}}?(?:要(?:控制|达到|确保|实现|力争|保持|稳定)|(?:主要)?预期目标|目标(?:是|为))"
                              rf"(?!{_GOALS_MET})")
#: A year whose goals the text says were met (2015年全市主要预期目标全面完成, 2012年…目标任务圆满完成, or a sentence opened by the
#: year that says 完成了…目标任务: 2012年，…控制在6.5‰以内，完成了上级下达的目标任务): a review, so the year is observed.
REVIEWED_GOAL_YEAR = re.compile(rf"(?<![到至\d])(?P<year>{_YEAR})\s*年度?(?!以来|\d{{1,2}}月)[^。；;，,！？]{{0,16}}?(?:预期)?(?:目标|任务)(?:任务)?{_GOALS_MET}"
                                rf"|^\s*(?P<opening>{_YEAR})\s*年[^。；;！？]{{0,40}}?(?:完成|实现)了[^。；;！？，,]{{0,12}}?(?:目标|任务)")
#: A meeting that sums up one year's work and lays out the next's (会议总结了2015年工作，部署了2016年工作任务; 回顾2015年工作,
#: 通报了2015年…情况; brief at): the year summed up is over, the year laid out is the year of the goals — not a part of a year
#: (通报了2011年度第一季度…工作情况, 上半年, 1—5月).
SUMMED_UP_YEAR = re.compile(rf"(?:总结|回顾|通报)了?\s*(?P<year>{_YEAR})\s*年度?(?:(?!季度|半年|月|以来)[^。；;！？，,\d]){{0,12}}?(?:工作|情况|成绩|成效)")
LAID_OUT_YEAR = re.compile(rf"(?:部署|安排)了?\s*(?P<year>{_YEAR})\s*年度?[^。；;！？，,\d]{{0,12}}?(?:工作|任务)")
#: A year told as the opening achieved of a five-year period (2021年，县人民政府…，实现了“十四五”良好开局): that year, the
#: period's first, is over — a work report's review of it (brief wr). Only when the year is the period's first.
OPENING_ACHIEVED = re.compile(rf"(?<![到至\d])(?P<year>{_YEAR})\s*年[^。！？!?]{{0,120}}?实现了[^。！？!?，,]{{0,6}}?[“\"「『]?(?P<period>十[一二三四五]?五)[”\"」』]?(?:规划)?的?(?:良好|顺利|精彩)?开局(?!之年)")
#: A year set as the time a goal was SET (2005年乙市确定的人口目标是, 2010年提出的目标为): past, not the year of the goals (forms handout Bd, 9).
#: Not when a verb of meeting a goal stands between the year and the set-verb (2020年全面完成“十三五”规划确定的…目标: the year the
#: goals are to be met, a goal year — review of gt, finding 3).
GOAL_SET_YEAR = re.compile(rf"(?<![到至\d])(?P<year>{_YEAR})\s*年(?:(?!完成|实现|达到|达成|落实)[^。；;，,！？\d]){{0,12}}?(?:确定|提出|制定|设定|明确)的[^。；;，,！？\d]{{0,8}}?目标")
#: A goal year told as reached (据市统计局数据，到2012年全市常住人口已经达到846万): 到 + 已经 and a verb of reaching is a record of
#: that year, in a sentence with no word of a forecast or an effort (到2011年常住人口将达到… is no record; forms handout Bd, 9).
REACHED_BY_YEAR = re.compile(rf"(?:到|至)\s*(?P<year>{_YEAR})\s*年(?:底|末)?[^。；;，,！？\d]{{0,16}}?已经?(?:达到|达|突破|超过|增至|增加到|增长到|提高到|上升到|下降到|降至|降到|降低到)")
#: A year opening its sentence before a level stated with 为 (1998年全市户籍人口为1307万人): in a sentence of no goal word, a year of levels.
STATED_LEVEL_YEAR = re.compile(rf"^\s*(?P<year>{_YEAR})\s*年(?:末|底)?[，,]?[\u4e00-\u9fff]{{2,16}}?为\s*\d")


#: Words that tell a sentence as a record, not a goal: 已, a year-end (年末, 年底), a verb with 了 (实现了, 增加了; not 为了, 除了), 同比.
RECORD_WORD = re.compile(r"已|(?:19|20)\d{2}\s*年(?:末|底)|(?!为了|除了)[\u4e00-\u9fff]了|同比")
#: A year opening its sentence before a figure (2015年，全市常住人口达到600万人): a later such year before the goals keeps an
#: earlier 为-level's year from being the cut-off (the text's later year may be its present).
LEVEL_YEAR = re.compile(rf"^\s*(?P<year>{_YEAR})\s*年(?:末|底)?[，,]?[^。；;！？\d]{{2,24}}?\d")


#: A year stated as the end of the figures up to it (截至2019年底，海南常住人口为944.72万人): the text is written after it, so no
#: year up to it is a goal (到2018年，全省常住人口达到934.32万人 beside it is a record).
AS_OF = re.compile(rf"截[至止](?:到)?\s*(?P<year>{_YEAR})\s*年")


def tense_cutoff(lines: list[str], title: str = "") -> tuple[int | None, str]:
    """The cut-off a text without dates implies: its latest past year below its earliest goal year (``title``: the text's
    title, whose kind — a title of goals, 发展目标 — tells whether its sentences may be records)."""
    released = released_years(lines)
    done = told_done_years(lines)
    past: set[int] = completed_years(lines) | done_years(lines) | released | done
    goals: set[int] = set()
    ahead: set[int] = set()
    for line in lines:
        for match in PAST_YEAR.finditer(line):
            past.add(past_year(match))
        # 2015年全市主要预期目标全面完成: a review (not 确保2015年目标任务全面完成, 要全面完成)
        past |= {int(match.group("year") or match.group("opening")) for sentence in re.split(r"[。！？!?；;]", line) for match in REVIEWED_GOAL_YEAR.finditer(sentence)
                 if not GOALS_MET_ASSURED.search(sentence, 0, match.end())}
        for match in CENSUS.finditer(line):
            past.add(CENSUS_YEARS[match.group("n") or match.group("m")])
        past |= {int(match.group("year")) for match in OPENING_ACHIEVED.finditer(line) if int(match.group("year")) == FIVE_YEAR_PLANS[match.group("period")][0]}
        set_years = {match.start("year") for match in GOAL_SET_YEAR.finditer(line)}
        for match in (*GOAL_YEAR.finditer(line), *FUTURE_YEAR.finditer(line), *ANNUAL_GOAL_YEAR.finditer(line), *LAID_OUT_YEAR.finditer(line)):
            if match.start("year") not in set_years:  # 2005年…确定的人口目标是: the year the goal was set, not its year
                goals.add(int(match.group("year")))
        past |= {int(match.group("year")) for match in GOAL_SET_YEAR.finditer(line)}
        past |= {int(match.group("year")) for match in SUMMED_UP_YEAR.finditer(line)}
        # a five-year period written ahead (在“十一五”期末…将, “十一五”时期，我们要…): its end is a goal year, its start the
        # year after the present
        for match in FIVE_YEAR_AHEAD.finditer(line):
            first, last = FIVE_YEAR_PLANS[match.group("name")]
            goals.add(last)
            ahead.add(first)
    reached = {int(match.group("year")) for line in lines for sentence in re.split(r"[。！？!?；;]", line)
               if not REPORT_AHEAD.search(sentence) for match in REACHED_BY_YEAR.finditer(sentence)}
    past |= reached
    goals -= reached  # 到2012年全市常住人口已经达到846万: a record of 2012, no goal
    goals -= released  # 提高到2018年的77.0岁 reported from the 2018 communiqué is no goal
    goals -= done  # 到2013年底，…达到48.9%，13年间…提高了21.2个百分点: told as done, no goal
    shown = shown_years(lines)
    goals -= shown  # 数据显示，…从2012年的81.35岁增长到2023年的82.51岁: a record, no goal
    past |= shown
    # a level compared with an earlier year's, in a sentence of no goal (2012年全市常住人口比2011年增加33万人): observed
    # (not under a title or heading of goals: 岳阳市城镇化发展目标 / 2025年，…达到500万人，城镇化率比2020年提高了5个百分点)
    compared: set[int] = set()
    kind = section_kind(title) if title else "unknown"
    for line in lines:
        if is_heading(line):
            kind = section_kind(line)
            continue
        if kind == "target":
            continue
        # observed only when the text sets goals beyond it or the sentence tells it as a record (已, 年末, 实现了, 增加了): alone,
        # 2025年…达到65%，比2020年提高5个百分点 in an undated text is a goal told with its base
        compared |= {int(match.group("b")) for sentence in re.split(r"[。！？!?；;]", line)
                     if not NOT_A_RECORD.search(sentence) and not GOAL_ASSURED.search(sentence) and not GOAL_QUALIFIED.search(sentence)
                     for match in COMPARED_RECORD.finditer(sentence) if int(match.group("a")) < int(match.group("b"))
                     and (any(goal > int(match.group("b")) for goal in goals) or RECORD_WORD.search(sentence))}
    # a year's level compared with the year before (2010年，…性别比达118.5，比上年度下降3.2个比值), in a sentence of no goal;
    # a level the year reaches (2025年…达到360万人，比上年增加2万人), the wording of a year's goal too, only as the sibling
    # above is: with goals beyond it in the text or a word of a record in the sentence
    compared |= {int(match.group("year")) for line in lines for sentence in re.split(r"[。！？!?；;]", line)
                 if not NOT_A_RECORD.search(sentence) and not GOAL_ASSURED.search(sentence) and not GOAL_QUALIFIED.search(sentence)
                 for match in PREVIOUS_YEAR_RECORD.finditer(sentence)
                 if "达到" not in match.group() or any(goal > int(match.group("year")) for goal in goals) or RECORD_WORD.search(sentence)}
    past |= compared
    goals -= compared
    as_of = {int(match.group("year")) for line in lines for sentence in re.split(r"[。！？!?；;]", line)
             if not NOT_A_RECORD.search(sentence) and not GOAL_ASSURED.search(sentence) for match in AS_OF.finditer(sentence)}
    if as_of:
        past |= as_of
        goals = {year for year in goals if year > max(as_of)}  # 截至2019年底 beside 到2018年…达到: a record, no goal
    if goals:
        earlier = {year for year in past if year < min(goals)}
        # the base of a change (从2015年的73.25岁增长到74岁, 比2015年提高3.1岁) when it is the latest year the text
        # writes before its goals: a base of 1990 beside a level of 2014 says nothing of 2014's status
        bases = {year for year in base_years(lines) if year < min(goals)}
        written = {int(year) for line in lines for year in re.findall(r"((?:19|20)\d{2})年", line) if int(year) < min(goals)}
        if bases and max(bases) >= max(written | earlier):
            earlier |= bases
        if earlier and ahead and max(earlier) < min(ahead) - 1 < min(goals):
            # a plan of the “十一五” reporting 2004's figures (2004年…已达到31.7%) is written the year before its period
            return min(ahead) - 1, f"tense: past years up to {max(earlier)}, a five-year period ahead from {min(ahead)} (在“十一五”期末…将)"
        if earlier:
            return max(earlier), f"tense: past years up to {max(earlier)} (年末, 普查, 已…), goals from {min(goals)} (到, 力争, 预计)"
        if ahead and min(ahead) - 1 < min(goals):
            return min(ahead) - 1, f"tense: a five-year period ahead from {min(ahead)} (在“十一五”期末…将), no past year stated"
        if (present := span_present(lines)) is not None and present < min(goals):
            return present, f"tense: goals from {min(goals)} (到, 力争, 预计), the years ahead counted to a goal year from {present} (未来10年…2020年)"
        stated = {int(match.group("year")) for line in lines for sentence in re.split(r"[。！？!?；;]", line)
                  if not NOT_A_RECORD.search(sentence) and not GOAL_ASSURED.search(sentence) and not GOAL_QUALIFIED.search(sentence) and not re.search(r"到|至", sentence)
                  for match in STATED_LEVEL_YEAR.finditer(sentence) if int(match.group("year")) < min(goals)}
        levels = {int(match.group("year")) for line in lines for sentence in re.split(r"[。！？!?；;]", line)
                  for match in LEVEL_YEAR.finditer(sentence) if int(match.group("year")) < min(goals)}
        if stated and not any(year > max(stated) for year in levels):  # 2010年…为500万人。2015年，…达到600万人: 2010 is no present
            return max(stated), f"tense: goals from {min(goals)} (到, 力争, 预计), levels stated of {max(stated)} (1998年全市户籍人口为1307万人)"
        return min(goals) - 1, f"tense: goals from {min(goals)} (到, 力争, 预计), no past year stated"
    if past:
        return max(past), f"tense: past years up to {max(past)} (年末, 普查, 已…), no goal year"
    return None, "no period, base year, issue date or tense marker"
