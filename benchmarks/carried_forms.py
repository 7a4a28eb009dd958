"""A generated check of numbers whose own sentence does not state their year or their indicator (brief ctx): the year or
the indicator is stated once, elsewhere, for several numbers, and must be carried to them.

    python benchmarks/carried_forms.py                 # 1200 texts: recall, kind, qualifier and false values by factor value
    python benchmarks/carried_forms.py -n 300 --misses # a smaller sample, and every text with a miss or a false value
    python benchmarks/carried_forms.py --blind -n 600  # only the forms added after the rules (measured blind)

Like ``benchmarks/forms_grammar.py`` (whose reading and scoring it uses), every text is short and invented, built from
factors crossed at random with known answers, so a rule written for one real text is measured on forms nobody wrote a
rule from. The **form** factor:

* ``list_lead`` — a lead clause names the year once for a list of items (到2025年，全市人口发展的主要目标是： then
  （一）…；（二）…, 1. 2., 一是 二是, ■ items), inside a plan whose period ends later (2021—2035年), so the items' year is the
  lead's, not the plan's end; the items on the lead's line (``layout`` inline) or one a line (``layout`` lines);
* ``period_heading`` — a heading names a five-year period (（二）“十四五”时期主要目标) in a longer plan, its items below;
* ``relative_dated`` — a yearly report dated on its page (发布时间：2024-02-20) states last year's records with 去年/上年
  and this year's goals with 今年/年内/今年底 (and 明年 projections), no year written;
* ``work_report`` — a government work report named by its year (2016年某市政府工作报告): 上年/去年/过去一年 records and
  今年 goals (主要预期目标是：…城镇登记失业率控制在…，人口自然增长率控制在…), no year written by them;
* ``part_of_total`` — a total and its part in one sentence (常住人口…，其中城镇人口…；户籍人口…), the year stated once;
* ``indicator_once`` — an indicator named once for several years (常住人口城镇化率，2015年为…，2020年为…，到2025年达到…);
* ``next_clause`` — a record year stated once for values in the clauses after a change (2020年全市出生人口…，较上年减少…，
  出生率为…，自然增长率为…);
* ``one_goal_year`` — a press report that writes one goal year in its first paragraph and a document's goals without a
  year in the next (到2025年，…。此前，…《意见》提出，全市常住人口达到…).

Forms added after the rules of brief ctx were written, and measured blind before any rule was written for them
(``--blind`` draws only these): ``year_end_goal`` (会议提出，年末全省总人口力争控制在…。务必使全年人口自然增长率稳定在… in a
dated page), ``heading_year`` (二、2025年主要目标 over items in a 2021—2035 plan), ``semicolon_year_once`` (到2025年，全市…；…；…),
``tasks_then_record`` (a lead-in of tasks without numbers, then a 2020 record that must keep its year),
``announced_goals`` (确定了今年…工作目标。 then the goals in the next paragraph) and ``period_enumerated`` (“十四五”期间，…将….
then 一是…。 二是…); and a second round, after the rules those prompted: ``other_place_after`` (全省…为…，其中惠州市为…: the
scorer knows one place a text, so the 惠州市 row counts as a place mismatch — it is read with 惠州市, rightly),
``indicator_heading`` ((一)人口自然增长率 then 2020年为…，到2025年控制在…), ``headline_from_body`` (a headline without its year
over the body's 到2025年), ``relative_next_goal`` (明年…力争控制在…), ``last_year_end`` (上年末/去年末…，全年出生人口…),
``estimate_this_year`` (预计今年…出生人口…) and ``this_year_inline`` (今年…工作目标是：…，…，….).

The other factors: **place** (a city, a province, a county), **marker** (how a list's items are numbered) and
**layout**. The draw is deterministic (``random.Random(seed)``). Scores as in ``forms_grammar.py``: recall (indicator,
year and number right), kind, qualifier and place among those read, and false values (a number no expected row has, or
a wrong indicator or year).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from forms_grammar import Row, Sample, print_misses, read, report, tabulate  # noqa: E402


# place word, gazetteer name, the plan's title stem, population scale
PLACES = {
    "city": ("全市", "惠州市", "惠州市", 1.0),
    "province": ("全省", "广东省", "广东省", 20.0),
    "county": ("全县", "博罗县", "博罗县", 0.17),
}

#: code, written name, unit written, base value (scaled for counts), qualifier of the target form, its verb pattern
GOALS = (
    ("pop_resident", "常住人口", "万人", 600.0, "le", "控制在{v}万人以内"),
    ("urbanization_resident", "常住人口城镇化率", "%", 72.0, "approx", "达到{v}%左右"),
    ("life_expectancy", "人均预期寿命", "岁", 80.0, "none", "达到{v}岁"),
    ("natural_growth_rate", "人口自然增长率", "‰", 6.0, "le", "控制在{v}‰以内"),
    ("tfr", "总和生育率", "", 1.6, "approx", "保持在{v}左右"),
    ("srb", "出生人口性别比", "", 108.0, "below", "下降到{v}以下"),
    ("birth_rate", "人口出生率", "‰", 11.0, "none", "保持在{v}‰"),
)
MARKERS = ("（{c}）", "{n}.", "{c}是", "■ ", "{n}、")
CHINESE = "一二三四五六七八九十"
FORMS = ("list_lead", "period_heading", "relative_dated", "relative_lead", "work_report", "indicator_once", "part_of_total",
         "next_clause", "one_goal_year")
#: Forms added after the rules of brief ctx were written, measured blind first (``--blind`` draws only these).
BLIND_FORMS = ("year_end_goal", "heading_year", "semicolon_year_once", "tasks_then_record", "announced_goals", "period_enumerated",
               "other_place_after", "indicator_heading", "headline_from_body", "relative_next_goal", "last_year_end", "estimate_this_year",
               "this_year_inline")
LAYOUTS = ("lines", "inline")
FACTORS = ("form", "place", "marker", "layout")


def _value(rng: random.Random, base: float, scale: float, count: bool) -> float:
    value = base * (scale if count else 1.0) * (1 + rng.uniform(-0.08, 0.08))
    return round(value, 1) if value < 1000 else float(round(value))


def _g(value: float) -> str:
    return f"{value:.6g}"


def _marker(form: str, index: int) -> str:
    return form.format(n=index + 1, c=CHINESE[index])


def build(rng: random.Random, index: int, picks: dict) -> Sample:
    word, entity, stem, scale = PLACES[picks["place"]]
    form, marker, layout = picks["form"], picks["marker"], picks["layout"]
    expected: list[Row] = []
    goals = rng.sample(GOALS, 3)

    def items(year: int, kind: str = "target") -> list[str]:
        out = []
        for code, name, unit, base, qualifier, verb in goals:
            value = _value(rng, base, scale, unit == "万人")
            out.append(f"{name}{verb.format(v=_g(value))}")
            expected.append(Row(code, year, value, qualifier, kind))
        return out

    if form in ("list_lead", "period_heading"):
        start, end, lead_year = rng.choice(((2021, 2035, 2025), (2021, 2035, 2030), (2016, 2030, 2020), (2016, 2030, 2025)))
        title = f"{stem}人口发展规划（{start}—{end}年）"
        listed = items(lead_year)
        if form == "list_lead":
            head = f"到{lead_year}年，{word}人口发展的主要目标是："
        else:
            period = {2020: "“十三五”", 2025: "“十四五”", 2030: "“十五五”"}[lead_year]
            head = f"（二）{period}时期主要目标"
            layout = "lines"  # a heading stands on its own line
        if layout == "inline":
            body = head + "；".join(_marker(marker, i) + item for i, item in enumerate(listed)) + "。"
        else:
            body = head + "\n" + "\n".join(_marker(marker, i) + item + "；" for i, item in enumerate(listed))
        tail = f"到{end}年，{word}人口发展与经济社会更加协调。"
        text = f"{title}\n{body}\n{tail}\n"
    elif form == "relative_dated":
        year = rng.choice((2012, 2015, 2019, 2024))
        births = _value(rng, 6.0, scale, True)
        birth_rate = round(rng.uniform(9, 13), 2)
        goal = round(rng.uniform(4, 7), 1)
        ahead = _value(rng, 600.0, scale, True)
        last = rng.choice(("去年", "上年", "去年全年"))
        this = rng.choice(("今年", "今年全年", "年内"))
        dateline = rng.choice((f"发布时间：{year}-02-20 09:30", f"{year}年2月20日"))
        text = (f"{stem}召开人口和计划生育工作会议\n{dateline}\n"
                f"会议通报，{last}{word}出生人口{_g(births)}万人，人口出生率为{_g(birth_rate)}‰。"
                f"会议要求，{this}{word}人口自然增长率控制在{_g(goal)}‰以内。"
                f"据测算，明年{word}常住人口将达到{_g(ahead)}万人。\n")
        expected += [Row("births", year - 1, births, "none", "baseline"), Row("birth_rate", year - 1, birth_rate, "none", "baseline"),
                     Row("natural_growth_rate", year, goal, "le", "target"), Row("pop_resident", year + 1, ahead, "none", "projection")]
    elif form == "relative_lead":
        year = rng.choice((2010, 2013, 2016, 2019, 2023))
        dateline = rng.choice((f"发布时间：{year}-03-12 10:05", f"{year}年3月12日"))
        lead = rng.choice((f"今年{word}人口和计划生育工作目标是：", f"会议确定了今年{word}人口发展的主要目标：", f"{word}今年人口发展的主要预期目标为："))
        listed = items(year)
        if layout == "inline":
            body = lead + "；".join(_marker(marker, i) + item for i, item in enumerate(listed)) + "。"
        else:
            body = lead + "\n" + "\n".join(_marker(marker, i) + item + "；" for i, item in enumerate(listed))
        text = f"{stem}召开人口和计划生育工作会议\n{dateline}\n{body}\n会议强调，要稳定低生育水平。\n"
    elif form == "work_report":
        year = rng.choice((2011, 2014, 2016, 2018, 2021))
        population = _value(rng, 600.0, scale, True)
        rate = round(rng.uniform(3, 7), 2)
        goal = round(rng.uniform(4, 7), 1)
        unemployment = rng.choice((3.5, 4.0, 4.5))
        last = rng.choice(("上年", "去年", "过去一年"))
        text = (f"{year}年{stem}政府工作报告\n"
                f"{last}，{word}年末常住人口{_g(population)}万人，人口自然增长率{_g(rate)}‰。\n"
                f"今年经济社会发展的主要预期目标是：地区生产总值增长7%左右，城镇登记失业率控制在{_g(unemployment)}%以内，"
                f"人口自然增长率控制在{_g(goal)}‰以内。\n")
        expected += [Row("pop_resident", year - 1, population, "none", "baseline"), Row("natural_growth_rate", year - 1, rate, "none", "baseline"),
                     Row("unemployment_rate_registered", year, unemployment, "le", "target"), Row("natural_growth_rate", year, goal, "le", "target")]
    elif form == "part_of_total":
        total = _value(rng, 600.0, scale, True)
        urban = round(total * rng.uniform(0.55, 0.8), 1)
        hukou = round(total * rng.uniform(0.6, 0.9), 1)
        text = (f"{stem}人口发展规划（2021—2025年）\n"
                f"2020年末，{word}常住人口{_g(total)}万人，其中城镇人口{_g(urban)}万人；户籍人口{_g(hukou)}万人。\n")
        expected += [Row("pop_resident", 2020, total, "none", "baseline"), Row("pop_urban", 2020, urban, "none", "baseline"),
                     Row("pop_hukou", 2020, hukou, "none", "baseline")]
    elif form == "year_end_goal":
        year = rng.choice((2009, 2012, 2017, 2022))
        population = _value(rng, 600.0, scale, True)
        rate = round(rng.uniform(4, 7), 1)
        end = rng.choice(("今年底", "今年年底", "今年末", "年末"))
        whole = rng.choice(("全年", "今年全年"))
        dateline = rng.choice((f"发布时间：{year}-09-24 08:10", f"{year}年9月24日"))
        text = (f"{stem}召开人口和计划生育工作电视电话会议\n{dateline}\n"
                f"会议提出，{end}{word}总人口力争控制在{_g(population)}万人以内。"
                f"会议要求，务必使{whole}人口自然增长率稳定在{_g(rate)}‰以下。\n")
        expected += [Row("pop_resident", year, population, "le", "target"), Row("natural_growth_rate", year, rate, "below", "target")]
    elif form == "heading_year":
        lead_year = rng.choice((2025, 2030))
        listed = items(lead_year)
        head = rng.choice((f"二、{lead_year}年主要目标", f"（二）到{lead_year}年的发展目标", f"2.{lead_year}年主要指标"))
        text = (f"{stem}人口发展规划（2021—2035年）\n{head}\n"
                + "\n".join(_marker(marker, i) + item + "；" for i, item in enumerate(listed)) + "\n")
    elif form == "semicolon_year_once":
        lead_year = rng.choice((2025, 2030))
        listed = items(lead_year)
        text = f"{stem}人口发展规划（2021—2035年）\n到{lead_year}年，{word}" + "；".join(listed) + "。\n"
    elif form == "tasks_then_record":
        population = _value(rng, 600.0, scale, True)
        text = (f"{stem}人口发展规划（2021—2025年）\n到2025年，{word}人口工作的主要任务是：（一）完善生育支持政策；（二）推进健康老龄化。\n"
                f"2020年末{word}常住人口为{_g(population)}万人。\n")
        expected.append(Row("pop_resident", 2020, population, "none", "baseline"))
    elif form == "announced_goals":
        year = rng.choice((2010, 2014, 2018))
        dateline = f"{year}年2月26日"
        listed = items(year)
        text = (f"{stem}召开人口和计划生育工作会议\n{dateline}\n会议总结了去年的工作，确定了今年{word}人口和计划生育工作目标。\n"
                + "，".join(listed) + "。\n")
    elif form == "period_enumerated":
        period, end = rng.choice((("“十三五”", 2020), ("“十四五”", 2025)))
        listed = items(end)
        start = end - 4
        text = (f"{stem}人口发展规划（{start}—2035年）\n{period}期间，{word}将全面提升人口发展质量。\n"
                + "\n".join(f"{CHINESE[i]}是{item}。" for i, item in enumerate(listed)) + "\n")
    elif form == "other_place_after":
        own, other = round(rng.uniform(55, 80), 1), round(rng.uniform(55, 80), 1)
        province, other_name = ("广东省", "惠州市") if picks["place"] != "province" else ("广东省", "惠州市")
        text = (f"{stem}人口发展规划（2021—2025年）\n"
                f"2020年，全省常住人口城镇化率为{_g(own)}%，其中惠州市为{_g(other)}%。\n")
        entity = "广东省"
        expected += [Row("urbanization_resident", 2020, own, "none", "baseline"), Row("urbanization_resident", 2020, other, "none", "baseline")]
        stem = "广东省"
        text = text.replace(text.split("\n")[0], "广东省人口发展规划（2021—2025年）")
    elif form == "indicator_heading":
        code, name, unit, low, high = rng.choice((("natural_growth_rate", "人口自然增长率", "‰", 3, 7), ("urbanization_resident", "常住人口城镇化率", "%", 55, 80),
                                                 ("life_expectancy", "人均预期寿命", "岁", 77, 82)))
        base, goal = round(rng.uniform(low, high), 1), round(rng.uniform(low, high), 1)
        text = (f"{stem}人口发展规划（2021—2025年）\n（一）{name}\n"
                f"2020年{word}为{_g(base)}{unit}，到2025年{'控制在' if code == 'natural_growth_rate' else '达到'}{_g(goal)}{unit}{'以内' if code == 'natural_growth_rate' else ''}。\n")
        expected += [Row(code, 2020, base, "none", "baseline"), Row(code, 2025, goal, "le" if code == "natural_growth_rate" else "none", "target")]
    elif form == "headline_from_body":
        population = _value(rng, 650.0, scale, True)
        text = (f"{entity[:-1]}常住人口将达{_g(population)}万\n"
                f"记者从{entity}发展改革委获悉，根据规划，到2025年，{word}常住人口将达{_g(population)}万人。\n")
        expected += [Row("pop_resident", 2025, population, "none", "target"), Row("pop_resident", 2025, population, "none", "target")]
    elif form == "relative_next_goal":
        year = rng.choice((2012, 2018, 2023))
        population = _value(rng, 600.0, scale, True)
        text = (f"{stem}召开人口工作会议\n发布时间：{year}-11-20 15:00\n"
                f"会议要求，明年{word}常住人口力争控制在{_g(population)}万人以内。\n")
        expected.append(Row("pop_resident", year + 1, population, "le", "target"))
    elif form == "last_year_end":
        year = rng.choice((2012, 2018, 2023))
        population = _value(rng, 600.0, scale, True)
        births = _value(rng, 6.0, scale, True)
        end = rng.choice(("上年末", "去年末", "去年年末"))
        text = (f"{stem}人口发展报告发布\n发布时间：{year}-04-20 15:00\n"
                f"报告显示，{end}{word}常住人口{_g(population)}万人，全年出生人口{_g(births)}万人。\n")
        expected += [Row("pop_resident", year - 1, population, "none", "baseline"), Row("births", year - 1, births, "none", "baseline")]
    elif form == "estimate_this_year":
        year = rng.choice((2012, 2018, 2023))
        births = _value(rng, 6.0, scale, True)
        text = (f"{stem}卫生健康委介绍人口形势\n发布时间：{year}-10-20 15:00\n"
                f"据测算，预计今年{word}出生人口{_g(births)}万人。\n")
        expected.append(Row("births", year, births, "none", "projection"))
    elif form == "this_year_inline":
        year = rng.choice((2010, 2014, 2018))
        listed = items(year)
        text = (f"{stem}召开人口和计划生育工作会议\n发布时间：{year}-02-26 10:00\n"
                f"今年{word}人口和计划生育工作目标是：" + "，".join(listed) + "。\n")
    elif form == "indicator_once":
        code, name, unit, base = rng.choice((("urbanization_resident", "常住人口城镇化率", "%", 65.0),
                                             ("natural_growth_rate", "人口自然增长率", "‰", 6.0),
                                             ("pop_resident", "常住人口", "万人", 600.0)))
        values = [_value(rng, base, scale, unit == "万人") for _ in range(3)]
        text = (f"{stem}人口发展规划（2021—2025年）\n"
                f"{word}{name}，2015年为{_g(values[0])}{unit}，2020年为{_g(values[1])}{unit}，到2025年达到{_g(values[2])}{unit}。\n")
        expected += [Row(code, 2015, values[0], "none", "baseline"), Row(code, 2020, values[1], "none", "baseline"),
                     Row(code, 2025, values[2], "none", "target")]
    elif form == "next_clause":
        births = _value(rng, 6.0, scale, True)
        rates = round(rng.uniform(8, 12), 2), round(rng.uniform(2, 6), 2)
        change = round(births * 0.05, 2)
        text = (f"{stem}人口发展规划（2021—2025年）\n"
                f"2020年{word}出生人口{_g(births)}万人，较上年减少{_g(change)}万人，出生率为{_g(rates[0])}‰，自然增长率为{_g(rates[1])}‰。\n")
        expected += [Row("births", 2020, births, "none", "baseline"), Row("birth_rate", 2020, rates[0], "none", "baseline"),
                     Row("natural_growth_rate", 2020, rates[1], "none", "baseline")]
    else:  # one_goal_year
        year = rng.choice((2020, 2025, 2030))
        population = _value(rng, 600.0, scale, True)
        urban = round(rng.uniform(55, 80), 1)
        text = (f"记者从{entity}人民政府新闻发布会上获悉，到{year}年，{entity[:-1]}将建成区域性中心。\n"
                f"此前，{entity}印发了《关于推进新型城镇化的意见》。《意见》提出，{word}常住人口达到{_g(population)}万人，"
                f"常住人口城镇化率达到{_g(urban)}%左右。\n")
        expected += [Row("pop_resident", year, population, "none", "target"), Row("urbanization_resident", year, urban, "approx", "target")]
    listed_form = form in ("list_lead", "period_heading", "relative_lead", "heading_year")
    factors = {"form": form, "place": picks["place"], "marker": marker if listed_form else "-", "layout": layout if listed_form else "-"}
    return Sample(f"carried{index:05d}", factors, text, entity, expected)


def samples(n: int, seed: int = 19, forms: tuple[str, ...] = FORMS) -> list[Sample]:
    rng = random.Random(seed)
    return [build(rng, i, {"form": rng.choice(forms), "place": rng.choice(tuple(PLACES)), "marker": rng.choice(MARKERS),
                           "layout": rng.choice(LAYOUTS)}) for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1200, help="how many texts (default 1200)")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--misses", action="store_true", help="print every text with a miss, a wrong kind or qualifier, or a false value")
    parser.add_argument("--blind", action="store_true", help="draw only the forms added after the rules were written (BLIND_FORMS)")
    args = parser.parse_args()
    batch = samples(args.n, args.seed, BLIND_FORMS if args.blind else FORMS)
    found = read(batch)
    print(report(tabulate(batch, found, FACTORS)))
    if args.misses:
        print_misses(batch, found)


if __name__ == "__main__":
    main()
