"""A grammar of how Chinese plans state a level, crossed factor by factor, with known answers (issue #19, brief g1).

    python benchmarks/forms_grammar.py                 # 3000 texts: recall, kind, qualifier and false values by factor value
    python benchmarks/forms_grammar.py -n 500 --misses # a smaller sample, and every text with a miss or a false value

Every generated text is a short plan-like paragraph: a first line naming the plan and its period (惠州市人口发展规划
（2021—2025年）), so the plan's place and cut-off are decidable, then one statement built from these factors:

* **place** — the subject's place word: 全市, 我市, the city's name, none (a city plan), 全省 (a province plan), 全县 (a
  county plan);
* **indicator** — a core codebook indicator in one of its main written names (常住人口/人口总量/总人口/户籍人口,
  常住人口城镇化率/城镇化率/户籍人口城镇化率, 总和生育率, 出生人口性别比, …);
* **year** — how the year is written: 2025年, 到2025年, 至2025年, 到2025年末, “十四五”末, “十四五”期末, 到“十四五”末,
  规划期末 (the period is in the first line); for a baseline 2020年, 2020年末, 截至2020年底, “十三五”末;
* **verb** — 达到, 提高到, 增加到, 增至, 控制在, 保持在, 稳定在, 突破, 超过, 力争达到, 确保达到 (targets), 预计达到, 预计将达到,
  预计增至 (projections), 为, 是, 约为, 已达到, 达到 (baselines);
* **qualifier** — none, 左右, 上下, 以内, 以上, 以下 (after the number), 约, 不低于, 不超过, ≥, ≤ (before it);
* **unit** — 万人, 万, 人, 亿人, 亿 (a count), %, ‰, 千分之, 岁, 年, /10万, 1/10万, 十万分之, none; and 个百分点, a change
  that is no level (the text then has no row);
* **order** — year first (到2025年，全市常住人口达到…), indicator first (全市常住人口到2025年达到…), an item inside a 、-list of
  three levels, a colon list (主要目标：…；…);
* **kind** — baseline (a past year), target, projection (预计).

Two plan periods are used (2016—2020, cut-off 2015; 2021—2025, cut-off 2020). Each text's expected rows follow
``tests/corpus/README.md``: indicator, entity (the plan's place), year, value in the codebook's unit, qualifier
(approx, le, ge, gt, above, below, none) and kind. The draw is deterministic (``random.Random(seed)``); some
combinations no plan writes are repaired rather than drawn (以内 only after 控制在/保持在/稳定在/为, a verb 超过 with no
qualifier, 约 with 为/达到/增至 or no verb, …), so each factor value is still met in plausible sentences.

The scores are by factor value: **recall** (an expected row read with its indicator, year and number), **kind**,
**qualifier** and **place** right among those read, and **false** (a row whose number is no expected number of its text,
or whose indicator or year is wrong). ``tests/test_forms_grammar.py`` keeps a fixed sample of this grammar as a test.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import defaultdict, namedtuple
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# ----------------------------------------------------------------------------------------------------------------------
# the plans: place, level, period


@dataclass(frozen=True)
class Plan:
    level: str   # city, province, county
    name: str    # the place as the gazetteer writes it
    title: str   # the page-like first line (without the period)
    scale: float  # population counts of this place, relative to the city


CITY = Plan("city", "惠州市", "惠州市人口发展规划", 1.0)
PROVINCE = Plan("province", "广东省", "广东省人口发展规划", 20.0)
COUNTY = Plan("county", "博罗县", "博罗县人口发展规划", 0.17)
DISTRICT = Plan("district", "惠阳区", "惠州市惠阳区人口发展规划", 0.12)


@dataclass(frozen=True)
class Era:
    start: int
    end: int
    period: str       # “十四五”
    previous: str     # “十三五”

    @property
    def cutoff(self) -> int:
        return self.start - 1


ERAS = (Era(2021, 2025, "“十四五”", "“十三五”"), Era(2016, 2020, "“十三五”", "“十二五”"))

# ----------------------------------------------------------------------------------------------------------------------
# indicators: written names, their levels (target, baseline) and the unit family


@dataclass(frozen=True)
class Ind:
    code: str
    names: tuple[str, ...]  # the written names (main synonyms)
    target: float
    baseline: float
    family: str  # count, percent, permille, years_age, years_school, per100k, none


INDICATORS = (
    Ind("pop_resident", ("常住人口", "人口总量", "总人口", "常住人口规模", "年末常住人口", "常住人口总量"), 640.0, 605.0, "count"),
    Ind("pop_hukou", ("户籍人口", "户籍总人口"), 420.0, 398.0, "count"),
    Ind("urbanization_resident", ("常住人口城镇化率", "城镇化率", "人口城镇化率", "城镇化水平"), 75.5, 72.3, "percent"),
    Ind("urbanization_hukou", ("户籍人口城镇化率",), 60.0, 55.2, "percent"),
    Ind("tfr", ("总和生育率",), 1.8, 1.5, "none"),
    Ind("srb", ("出生人口性别比", "出生性别比"), 107.0, 112.5, "none"),
    Ind("natural_growth_rate", ("人口自然增长率", "自然增长率"), 6.5, 8.2, "permille"),
    Ind("birth_rate", ("人口出生率", "出生率"), 12.5, 14.1, "permille"),
    Ind("life_expectancy", ("人均预期寿命", "平均预期寿命", "人均期望寿命"), 80.5, 79.1, "years_age"),
    Ind("imr", ("婴儿死亡率",), 3.0, 3.5, "permille"),
    Ind("mmr", ("孕产妇死亡率",), 10.0, 12.4, "per100k"),
    Ind("u5mr", ("5岁以下儿童死亡率", "五岁以下儿童死亡率"), 4.5, 5.2, "permille"),
    Ind("share_60plus", ("60岁及以上人口占比", "60岁及以上人口比重", "60岁及以上老年人口比重", "60岁及以上人口占总人口比重"), 14.5, 12.8, "percent"),
    Ind("share_65plus", ("65岁及以上人口占比", "65岁及以上人口比重", "65岁及以上老年人口占比", "人口老龄化率"), 10.2, 8.5, "percent"),
    Ind("edu_years_working_age", ("劳动年龄人口平均受教育年限",), 11.5, 11.0, "years_school"),
)
BY_CODE = {ind.code: ind for ind in INDICATORS}

#: unit forms by family: (form, factor from the codebook's unit to the written number, written before, written after)
UNITS = {
    "count": ("万人", "万", "人", "亿人", "亿"),
    "percent": ("%", "（%）", "个百分点"),
    "permille": ("‰", "千分之", "（‰）", "个千分点"),
    "years_age": ("岁",),
    "years_school": ("年",),
    "per100k": ("/10万", "（1/10万）", "十万分之"),
    "none": ("",),
}

# ----------------------------------------------------------------------------------------------------------------------
# verbs and qualifiers

TARGET_VERBS = ("达到", "提高到", "增加到", "增至", "控制在", "保持在", "稳定在", "突破", "超过", "力争达到", "确保达到",
                "降至", "下降到", "提升至", "提高至", "增长到", "上升到", "达", "保持", "维持在", "争取达到")
PROJECTION_VERBS = ("预计达到", "预计将达到", "预计增至", "预测为", "预计为", "预计将突破")
BASELINE_VERBS = ("为", "是", "约为", "已达到", "达到", "达", "已达", "已经达到", "升至", "降至", "仅为")
VERBS = TARGET_VERBS + PROJECTION_VERBS + tuple(v for v in BASELINE_VERBS if v not in TARGET_VERBS)
#: The qualifier a verb carries by itself.
VERB_QUALIFIER = {"突破": "gt", "超过": "gt", "预计将突破": "gt", "约为": "approx"}
#: Qualifiers: (word, before or after the number, the annotated qualifier).
QUALIFIERS = {
    "none": ("", "after", "none"),
    "左右": ("左右", "after", "approx"),
    "上下": ("上下", "after", "approx"),
    "以内": ("以内", "after", "le"),
    "以上": ("以上", "after", "above"),
    "以下": ("以下", "after", "below"),
    "约": ("约", "before", "approx"),
    "不低于": ("不低于", "before", "ge"),
    "不超过": ("不超过", "before", "le"),
    "≥": ("≥", "before", "ge"),
    "≤": ("≤", "before", "le"),
    "及以上": ("及以上", "after", "above"),
    "及以下": ("及以下", "after", "below"),
    "前后": ("前后", "after", "approx"),
    "不少于": ("不少于", "before", "ge"),
    "不高于": ("不高于", "before", "le"),
    "大约": ("大约", "before", "approx"),
    "低于": ("低于", "before", "lt"),
    "区间~": ("~", "range", "range"),
    "区间—": ("—", "range", "range"),
    "区间至": ("至", "range", "range"),
    "区间-": ("-", "range", "range"),
}
RANGES = ("区间~", "区间—", "区间至", "区间-")
#: Which verbs each qualifier is written with (a plan writes 控制在10以内, 达到80岁以上, 不低于1.8 with no verb).
_BELOW_VERBS = {"控制在", "保持在", "稳定在", "为", "降至", "下降到", "维持在", ""}
_ABOVE_VERBS = {"达到", "提高到", "增加到", "保持在", "稳定在", "力争达到", "确保达到", "预计达到", "为", "已达到", "提升至", "提高至",
                "增长到", "上升到", "维持在", "争取达到", "已经达到", "预计为", ""}
QUALIFIER_VERBS = {
    "以内": _BELOW_VERBS,
    "以下": _BELOW_VERBS,
    "及以下": _BELOW_VERBS,
    "以上": _ABOVE_VERBS,
    "及以上": _ABOVE_VERBS,
    "约": {"为", "达到", "增至", "预计达到", "预计增至", "已达到", "达", "已达", "预计为", ""},
    "大约": {""},
    "不低于": {"保持在", "稳定在", "维持在", ""},
    "不少于": {"保持在", ""},
    "不超过": {"控制在", ""},
    "不高于": {"控制在", ""},
    "≥": {""},
    "≤": {""},
    "低于": {""},
    **dict.fromkeys(RANGES, {"达到", "保持在", "稳定在", "控制在", "维持在", "为", "预计为", "预计达到", "预测为", ""}),
}

#: Qualifiers that bound a goal, and ranges; a baseline never takes them.
BOUND_QUALIFIERS = ("以内", "以下", "及以下", "不低于", "不少于", "不超过", "不高于", "≥", "≤", "低于", *RANGES)

TARGET_YEARS = ("{Y}年", "到{Y}年", "至{Y}年", "到{Y}年末", "{P}末", "{P}期末", "到{P}末", "规划期末", "到{Y}年底", "至{Y}年末",
                "到{P}期末", "力争到{Y}年", "{Y}年前", "到{Y}年前后", "到本规划期末")
BASELINE_YEARS = ("{B}年", "{B}年末", "截至{B}年底", "{Q}末", "{B}年底", "到{B}年末", "截至{B}年末", "{Q}期末")
PLACES = ("全市", "我市", "市名", "", "全省", "全县", "我省", "本市", "我县", "全区")
ORDERS = ("year_first", "indicator_first", "list_item", "colon_list", "no_verb", "from_to", "change_then_level", "numbered_lines",
          "comma_list", "level_then_change", "tagged", "count_then_share")
KINDS = ("target", "projection", "baseline")

FACTORS = ("place", "indicator", "name", "year", "verb", "qualifier", "unit", "order", "kind", "era")


@dataclass(frozen=True)
class Row:
    indicator: str
    year: int
    value: float  # in the codebook's unit (万人 for counts)
    qualifier: str
    kind: str


@dataclass
class Sample:
    ident: str
    factors: dict
    text: str
    entity: str
    expected: list[Row] = field(default_factory=list)


def _g(value: float) -> str:
    return f"{value:.6g}"


def _written(ind: Ind, value: float, unit: str) -> tuple[str, float]:
    """The number as written in ``unit`` and the value the row must have in the codebook's unit."""
    if unit in ("万人", "万"):
        return _g(value) + unit, value
    if unit == "人":
        return f"{int(round(value * 10000))}人", value
    if unit in ("亿人", "亿"):
        return _g(round(value / 10000, 4)) + unit, round(value / 10000, 4) * 10000
    if unit == "千分之":
        return "千分之" + _g(value), value
    if unit == "十万分之":
        return "十万分之" + _g(value), value
    if unit.startswith("（"):  # the unit in brackets after the name (孕产妇死亡率（1/10万）控制在10以内): a bare number
        return _g(value), value
    return _g(value) + unit, value


def _year_words(form: str, era: Era, kind: str) -> tuple[str, int]:
    if kind == "baseline":
        return form.format(B=era.cutoff, Q=era.previous), era.cutoff
    return form.format(Y=era.end, P=era.period), era.end


def _clause(subject: str, year_mid: str, verb: str, qualifier: str, number: str, kind: str) -> str:
    word, where, _ = QUALIFIERS[qualifier]
    before, after = (word, "") if where == "before" else ("", "") if where == "range" else ("", word)
    if kind == "projection" and not verb.startswith("预"):
        subject = "预计" + subject  # 预计全市总和生育率不低于1.8
    return f"{subject}{year_mid}{verb}{before}{number}{after}"


def _repair(rng: random.Random, kind: str, verb: str, qualifier: str, unit: str, plan: Plan) -> tuple[str, str, str]:
    """A verb, qualifier and unit that plans write together (the drawn ones where they fit)."""
    verbs = {"target": TARGET_VERBS, "projection": PROJECTION_VERBS, "baseline": BASELINE_VERBS}[kind]
    if kind == "baseline" and qualifier in BOUND_QUALIFIERS:
        qualifier = "none"  # an observation is stated, not bounded (no 2020年不低于…)
    if qualifier in QUALIFIER_VERBS and verb not in QUALIFIER_VERBS[qualifier]:
        fitting = [v for v in verbs if v in QUALIFIER_VERBS[qualifier]] + ([""] if "" in QUALIFIER_VERBS[qualifier] else [])
        if fitting:
            verb = fitting[rng.randrange(len(fitting))]
        else:
            qualifier = "none"
    if verb not in verbs and verb != "":
        verb = verbs[rng.randrange(len(verbs))]
        if qualifier in QUALIFIER_VERBS and verb not in QUALIFIER_VERBS[qualifier]:
            qualifier = "none"
    if verb in VERB_QUALIFIER and qualifier != "none":
        qualifier = "none"
    if unit in ("亿人", "亿") and plan.level != "province":
        unit = "万人"
    return verb, qualifier, unit


def _qualifier_of(verb: str, qualifier: str) -> str:
    if qualifier != "none":
        return QUALIFIERS[qualifier][2]
    return VERB_QUALIFIER.get(verb, "none")


def _other_items(ind: Ind, count: int) -> list[Ind]:
    """Other indicators for a list: of another family of unit words where possible, never a synonym of ``ind``."""
    others = [o for o in INDICATORS if o.code != ind.code and o.code not in ("pop_hukou", "urbanization_hukou") and o.family != "count"]
    start = INDICATORS.index(ind)
    return [others[(start + 3 * k) % len(others)] for k in range(count)]


def _plain(o: Ind, value: float) -> str:
    unit = {"count": "万人", "percent": "%", "permille": "‰", "years_age": "岁", "years_school": "年", "per100k": "/10万", "none": ""}[o.family]
    return _g(value) + unit


#: The city's resident population (万人), at the target and at the baseline: the base of a group's count.
CITY_POPULATION = {False: 640.0, True: 605.0}
#: The unit a change of each family is written in (比2020年提高3.2个百分点, 增加35万人, 提高1.4岁).
CHANGE_UNITS = {"count": "万人", "percent": "个百分点", "permille": "个千分点", "years_age": "岁", "years_school": "年",
                "per100k": "/10万", "none": ""}
#: Verbs of a transition 由X…到Y (the verb drawn where it is one, else 提高到 or 降至 by the direction).
TRANSITION_VERBS = ("提高到", "增加到", "增至", "降至", "下降到", "提升至", "提高至", "增长到", "上升到")


def build(rng: random.Random, index: int, picks: dict) -> Sample:
    """One text from the drawn factor values (repaired where they do not go together)."""
    place_word = picks["place"]
    plan = {"全省": PROVINCE, "我省": PROVINCE, "全县": COUNTY, "我县": COUNTY, "全区": DISTRICT}.get(place_word, CITY)
    if place_word == "市名":
        place_word = plan.name
    era = picks["era"]
    ind = picks["indicator"]
    name = picks["name"] if picks["name"] in ind.names else ind.names[0]
    kind = picks["kind"]
    order = picks["order"]
    unit = picks["unit"] if picks["unit"] in UNITS[ind.family] else UNITS[ind.family][0]
    change = unit in ("个百分点", "个千分点")
    if change and order in ("from_to", "change_then_level", "no_verb"):
        unit = UNITS[ind.family][0]  # these orders state a level; the change unit is tried in the others
        change = False
    if order == "count_then_share" and (change or ind.code not in ("share_60plus", "share_65plus", "urbanization_resident")):
        order = "year_first"  # only a share has a count of its own to be stated first
    if order == "from_to" and kind == "baseline":
        order = "change_then_level"  # a transition ends in the future; a baseline's is told by its change
    if order == "comma_list" and kind != "baseline" and picks["verb"] and not picks["verb"].startswith("预"):
        order = "list_item"  # a run of bare levels is a communiqué's (or a projection's); goals take their verbs
    if order in ("change_then_level", "level_then_change", "count_then_share") and unit.startswith("（"):
        unit = UNITS[ind.family][0]  # after a change and a comma the level is written with its unit
    verb, qualifier, unit = _repair(rng, kind, "" if order == "no_verb" else picks["verb"], picks["qualifier"], unit, plan)
    if order == "no_verb" and verb:
        verb, qualifier = "", "none"  # the drawn qualifier needs a verb
    if order in ("from_to", "change_then_level") and verb == "":
        verb = {"target": "达到", "projection": "预计达到", "baseline": "为"}[kind]
        if qualifier in QUALIFIER_VERBS and verb not in QUALIFIER_VERBS[qualifier]:
            qualifier = "none"
    year_forms = BASELINE_YEARS if kind == "baseline" else TARGET_YEARS
    year_form = picks["year"] if picks["year"] in year_forms else year_forms[rng.randrange(len(year_forms))]
    if kind != "target" and year_form.startswith("力争"):
        year_form = "到{Y}年"  # 力争 makes a goal
    year_words, year = _year_words(year_form, era, kind)
    level = ind.baseline if kind == "baseline" else ind.target
    start_level = ind.baseline
    if ind.family == "count":
        level, start_level = round(level * plan.scale, 1), round(start_level * plan.scale, 1)
    number, value = _written(ind, level, unit)
    if qualifier in RANGES:
        if unit in ("千分之", "十万分之", "人"):
            qualifier = "none"  # 千分之7~8 and 6300000~6500000人 are no plan's ranges
        else:
            step = 10.0 if level >= 100 and ind.family == "count" else (1.0 if level >= 10 else 0.1)
            low, _ = _written(ind, round(level - step, 4), unit)
            high, _ = _written(ind, round(level + step, 4), unit)
            sign = QUALIFIERS[qualifier][0]
            bare = low[: len(low) - len(unit)] if unit and not unit.startswith("（") and low.endswith(unit) else low
            number = (low if sign == "至" else bare) + sign + high
    subject = place_word + name + (unit if unit.startswith("（") else "")
    expected: list[Row] = []
    if change:
        # a change is no level: 比2020年提高3.2个百分点 (the sentence has no row)
        delta = round(abs(ind.target - ind.baseline), 1)
        word = "提高" if ind.target >= ind.baseline else "下降"
        own = f"{subject}比{era.cutoff - (5 if kind == 'baseline' else 0)}年{word}{_g(delta)}{unit}"
        verb, qualifier = word, "none"
    else:
        expected.append(Row(ind.code, year, value, _qualifier_of(verb, qualifier), kind))
        own = _clause(subject, "", verb, qualifier, number, kind)
    if order == "indicator_first" and not change:
        body = _clause(subject, year_words, verb, qualifier, number, kind) + "。"
    elif order in ("list_item", "colon_list", "numbered_lines", "comma_list"):
        others = _other_items(ind, 2)
        items = []
        for o in others:
            o_level = o.baseline if kind == "baseline" else o.target
            o_verb = {"target": "达到", "projection": "预计达到", "baseline": "为"}[kind] if order != "comma_list" else ""
            items.append(f"{o.names[0]}{o_verb}{_plain(o, o_level)}")
            expected.append(Row(o.code, year, o_level, "none", kind))
        heading = {"baseline": "发展现状", "target": "主要目标", "projection": "发展预测"}[kind]
        if order == "list_item":
            body = f"{year_words}，{items[0]}、{own}、{items[1]}。"
        elif order == "comma_list":
            # a communiqué's run of levels, comma after comma (2020年，出生率14.1‰，常住人口605万人，…)
            lead = "预计" if kind == "projection" else ""
            body = f"{year_words}，{lead}{items[0]}，{own}，{items[1]}。"
        elif order == "colon_list":
            body = f"{heading}：{year_words}，{items[0]}；{own}；{items[1]}。"
        else:
            body = f"{heading}\n{year_words}，\n1、{items[0]}；\n2、{own}；\n3、{items[1]}。"
    elif order == "from_to":
        # 由2020年的72.3%提高到2025年的75.5%: two levels, the start observed
        start_number, start_value = _written(ind, start_level, unit)
        if verb not in TRANSITION_VERBS:
            verb = "提高到" if level >= start_level else "降至"
        if qualifier not in RANGES and (qualifier in QUALIFIER_VERBS and verb not in QUALIFIER_VERBS[qualifier] or QUALIFIERS[qualifier][1] == "before"):
            qualifier = "none"
        after = QUALIFIERS[qualifier][0] if QUALIFIERS[qualifier][1] == "after" else ""
        lead = "预计" if kind == "projection" else ""
        body = f"{lead}{subject}由{era.cutoff}年的{start_number}{verb}{year}年的{number}{after}。"
        expected[0] = Row(ind.code, year, value, _qualifier_of(verb, qualifier), kind)
        expected.append(Row(ind.code, era.cutoff, start_value, "none", "baseline"))
        year_form = "由{B}年的…{Y}年的"
    elif order == "level_then_change" and not change:
        # the level, then its change after a comma (…达到75.5%，比2020年提高3.2个百分点): the change is no level
        ref = era.cutoff - 5 if kind == "baseline" else era.cutoff
        delta = round(abs(ind.target - ind.baseline), 1)
        word = ("增加" if ind.family == "count" else "提高") if ind.target >= ind.baseline else ("减少" if ind.family == "count" else "下降")
        body = f"{year_words}，{own}，比{ref}年{word}{_g(delta)}{CHANGE_UNITS[ind.family]}。"
    elif order == "count_then_share" and not change and ind.code in ("share_60plus", "share_65plus", "urbanization_resident"):
        # the count first, its share in a clause of its own (60岁及以上人口达到93万人，占总人口的14.5%; 城镇人口483万人，城镇化率…)
        band = {"share_60plus": "60岁及以上人口", "share_65plus": "65岁及以上人口", "urbanization_resident": "城镇人口"}[ind.code]
        count_code = {"share_60plus": "pop_60plus", "share_65plus": "pop_65plus", "urbanization_resident": "pop_urban"}[ind.code]
        count = round(CITY_POPULATION[kind == "baseline"] * plan.scale * level / 100, 1)
        count_verb = {"target": "达到", "projection": "预计达到", "baseline": "为"}[kind]
        share_words = "占总人口的" if ind.code != "urbanization_resident" else "城镇化率"
        word, where, _ = QUALIFIERS[qualifier]
        before, after = (word, "") if where == "before" else ("", "") if where == "range" else ("", word)
        body = f"{year_words}，{place_word}{band}{count_verb}{_g(count)}万人，{share_words}{before}{number}{after}。"
        expected[0] = Row(ind.code, year, value, QUALIFIERS[qualifier][2], kind)  # the share has no verb of its own
        expected.append(Row(count_code, year, count, "none", kind))
        verb = "∅"
    elif order == "tagged" and not change:
        # a goal tagged with its attribute after the number (…达到75.5%（预期性）)
        tag = {"target": "（约束性）", "projection": "（预测值）", "baseline": "（现状值）"}[kind]
        body = f"{year_words}，{own}{tag}。"
    elif order == "change_then_level":
        # 比2015年提高3.2个百分点，达到75.5%: the change first, then the level after a comma
        ref = era.cutoff - 5 if kind == "baseline" else era.cutoff
        delta = round(abs(level - start_level), 1) if kind != "baseline" else round(abs(ind.target - ind.baseline), 1)
        word = ("增加" if ind.family == "count" else "提高") if ind.target >= ind.baseline else ("减少" if ind.family == "count" else "下降")
        tail = _clause("", "", verb, qualifier, number, "target")
        lead = "预计" if kind == "projection" and not verb.startswith("预") else ""
        body = f"{year_words}，{lead}{subject}比{ref}年{word}{_g(delta)}{CHANGE_UNITS[ind.family]}，{tail}。"
    else:
        body = f"{year_words}，{own}。"
    text = f"{plan.title}（{era.start}—{era.end}年）\n{body}\n"
    factors = {"place": picks["place"] or "∅", "indicator": ind.code, "name": name, "year": year_form, "verb": verb or "∅",
               "qualifier": qualifier, "unit": unit or "∅", "order": order, "kind": kind, "era": f"{era.start}—{era.end}"}
    return Sample(f"g{index:05d}", factors, text, plan.name, expected)


def samples(n: int, seed: int = 19) -> list[Sample]:
    """``n`` texts drawn deterministically: every factor uniformly over its values, the drawn values then repaired
    where plans do not write them together (the table counts the values actually written)."""
    rng = random.Random(seed)
    out = []
    all_units = sorted({u for units in UNITS.values() for u in units})
    for i in range(n):
        ind = INDICATORS[rng.randrange(len(INDICATORS))]
        kind = KINDS[rng.randrange(len(KINDS))]
        picks = {
            "place": PLACES[rng.randrange(len(PLACES))],
            "indicator": ind,
            "name": ind.names[rng.randrange(len(ind.names))],
            "year": (TARGET_YEARS + BASELINE_YEARS)[rng.randrange(len(TARGET_YEARS) + len(BASELINE_YEARS))],
            "verb": VERBS[rng.randrange(len(VERBS))],
            "qualifier": tuple(QUALIFIERS)[rng.randrange(len(QUALIFIERS))],
            "unit": UNITS[ind.family][rng.randrange(len(UNITS[ind.family]))] if rng.random() < 0.8 else all_units[rng.randrange(len(all_units))],
            "order": ORDERS[rng.randrange(len(ORDERS))],
            "kind": kind,
            "era": ERAS[rng.randrange(len(ERAS))],
        }
        out.append(build(rng, i, picks))
    return out


# ----------------------------------------------------------------------------------------------------------------------
# reading and scoring


#: The columns of a row read (:func:`read`), as :func:`score` uses them.
ReadRow = namedtuple("ReadRow", ["indicator", "entity", "year", "value", "unit", "qualifier", "kind", "value_text"])


def read(batch: list[Sample]) -> dict[str, list[ReadRow]]:
    """The rows with a value the extractor reads from each text, by ident (one document per text, all in one call:
    :func:`analysis.extract.stage.read_texts`)."""
    from analysis.extract.stage import read_texts

    found = read_texts({s.ident: s.text for s in batch}, ReadRow._fields)
    return {ident: [ReadRow(*row) for row in rows if row[3] == row[3]] for ident, rows in found.items()}


def _in_codebook_unit(row) -> float:
    value = float(row.value)
    return value * {"persons": 1e-4, "100m persons": 1e4}.get(row.unit, 1.0)


@dataclass
class Outcome:
    expected: int = 0
    found: int = 0
    kind: int = 0
    qualifier: int = 0
    place: int = 0
    false: int = 0
    texts: int = 0
    notes: list = field(default_factory=list)


def score(sample: Sample, rows) -> Outcome:
    from analysis.extract.evaluation import places_agree
    import pandas as pd

    out = Outcome(expected=len(sample.expected), texts=1)
    used: set[int] = set()
    got = list(enumerate(rows or []))
    for want in sample.expected:
        index, hit = next(((i, r) for i, r in got if i not in used and r.indicator == want.indicator and int(r.year) == want.year
                           and math.isclose(_in_codebook_unit(r), want.value, rel_tol=1e-6, abs_tol=1e-6)), (None, None))
        if hit is None:
            out.notes.append(f"MISS {want}")
            continue
        used.add(index)
        out.found += 1
        out.kind += hit.kind == want.kind
        out.qualifier += hit.qualifier == want.qualifier
        out.place += bool(places_agree(pd.Series([sample.entity]), pd.Series([hit.entity])).iloc[0])
        if hit.kind != want.kind:
            out.notes.append(f"KIND {want.indicator} {hit.kind}≠{want.kind}")
        if hit.qualifier != want.qualifier:
            out.notes.append(f"QUALIFIER {want.indicator} {hit.qualifier}≠{want.qualifier}")
    for i, r in got:
        if i not in used:
            out.false += 1
            out.notes.append(f"FALSE {r.indicator} {r.year} {r.value_text} {r.qualifier} {r.kind}")
    return out


def tabulate(batch: list[Sample], found: dict, factors: tuple[str, ...] = FACTORS) -> dict[str, dict[str, Outcome]]:
    """Outcomes summed by the value of each of ``factors`` (the row of a text's own indicator and the list items alike)."""
    table: dict[str, dict[str, Outcome]] = {f: defaultdict(Outcome) for f in ("all", *factors)}
    for sample in batch:
        outcome = score(sample, found.get(sample.ident))
        for factor in ("all", *factors):
            cell = table[factor]["all" if factor == "all" else sample.factors[factor]]
            for attribute in ("expected", "found", "kind", "qualifier", "place", "false", "texts"):
                setattr(cell, attribute, getattr(cell, attribute) + getattr(outcome, attribute))
    return table


def report(table: dict[str, dict[str, Outcome]]) -> str:
    lines = [f"{'factor':10s} {'value':22s} {'texts':>5s} {'levels':>6s} {'recall':>7s} {'kind':>6s} {'qual':>6s} {'place':>6s} {'false':>5s}"]
    for factor, cells in table.items():
        for value, c in sorted(cells.items(), key=lambda kv: (kv[1].found / kv[1].expected if kv[1].expected else 1, kv[0])):
            recall = c.found / c.expected if c.expected else 1.0
            share = lambda k: f"{k / c.found:.3f}" if c.found else "  -  "  # noqa: E731
            lines.append(f"{factor:10s} {value:22s} {c.texts:5d} {c.expected:6d} {recall:7.3f} {share(c.kind):>6s} {share(c.qualifier):>6s} "
                         f"{share(c.place):>6s} {c.false:5d}")
    return "\n".join(lines)


def print_misses(batch: list[Sample], found: dict) -> None:
    """Every text with a miss, a wrong kind or qualifier, or a false value, with what went wrong."""
    for sample in batch:
        outcome = score(sample, found.get(sample.ident))
        if outcome.notes:
            print(f"\n{sample.ident} {sample.factors}\n{sample.text.rstrip()}\n  " + "\n  ".join(outcome.notes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=3000, help="how many texts (default 3000)")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--misses", action="store_true", help="print every text with a miss, a wrong kind or qualifier, or a false value")
    args = parser.parse_args()
    batch = samples(args.n, args.seed)
    found = read(batch)
    print(report(tabulate(batch, found)))
    if args.misses:
        print_misses(batch, found)


if __name__ == "__main__":
    main()
