"""Statements of one stated level written the ways Chinese plans and press reports write numbers (issue #19, part 3):
test support for `tests/test_wording_variants.py`, not package code.

Each variant crosses one base statement (indicator, year 2025, value) with one choice on each of six dimensions —
year placement, verb and qualifier, value form, place form, sentence shape — and carries the row the extractor must
read: (indicator, entity, year, value, qualifier, kind). The full cross product is large, so `variants()` walks it
deterministically: every choice of every dimension is tried against every indicator at least once, the other
dimensions taken round-robin (a Latin-square-like walk, no randomness), so a failure count per dimension value is
meaningful and the same run always yields the same variants.
"""

from __future__ import annotations

from dataclasses import dataclass

PLACE = "绵阳市"
PROVINCE = "四川省"
TITLE = "绵阳市人口发展规划（2021—2035年）"
YEAR = 2025


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str        # as plans write it
    value: float     # the level, in the codebook's unit
    unit: str        # the sign written after the number ("%", "‰", "岁", "年", "" …)
    counts: bool = False  # a count of people in 万人
    baseline: float | None = None  # the 2020 level, for 由X提高到Y


INDICATORS = (
    Indicator("pop_resident", "常住人口", 520.0, "万人", counts=True, baseline=487.0),
    Indicator("pop_hukou", "户籍人口", 540.0, "万人", counts=True, baseline=530.0),
    Indicator("pop_urban", "城镇人口", 300.0, "万人", counts=True, baseline=260.0),
    Indicator("urbanization_resident", "常住人口城镇化率", 58.5, "%", baseline=53.0),
    Indicator("urbanization_hukou", "户籍人口城镇化率", 45.0, "%", baseline=38.0),
    Indicator("life_expectancy", "人均预期寿命", 79.5, "岁", baseline=77.8),
    Indicator("tfr", "总和生育率", 1.6, "", baseline=1.3),
    Indicator("srb", "出生人口性别比", 107.0, "", baseline=110.0),
    Indicator("natural_growth_rate", "人口自然增长率", 3.5, "‰", baseline=1.2),
    Indicator("birth_rate", "人口出生率", 9.5, "‰", baseline=8.1),
    Indicator("imr", "婴儿死亡率", 4.5, "‰", baseline=5.2),
    Indicator("mmr", "孕产妇死亡率", 12.0, "/10万", baseline=15.0),
    Indicator("u5mr", "5岁以下儿童死亡率", 6.0, "‰", baseline=7.1),
    Indicator("edu_years_working_age", "劳动年龄人口平均受教育年限", 11.3, "年", baseline=10.8),
    Indicator("share_60plus", "60岁及以上人口比重", 24.0, "%", baseline=21.0),
    Indicator("births", "出生人口", 4.2, "万人", counts=True, baseline=3.9),
)

# --- verb and qualifier: (before the value, after the value, qualifier) -------------------------------------------
VERBS = {
    "达到": ("达到", "", "none"),
    "提高到": ("提高到", "", "none"),
    "增至": ("增至", "", "none"),
    "控制在…以内": ("控制在", "以内", "le"),
    "不超过": ("不超过", "", "le"),
    "保持在…左右": ("保持在", "左右", "approx"),
    "稳定在": ("稳定在", "", "none"),
    "力争达到": ("力争达到", "", "none"),
    "达到…以上": ("达到", "以上", "above"),
    "达到…左右": ("达到", "左右", "approx"),
    "为约": ("为约", "", "approx"),
    "逾": ("逾", "", "gt"),
    "突破": ("突破", "", "gt"),
    "低于": ("低于", "", "lt"),
}

# --- year placement: how the year (or the period end) is written ------------------------------------------------
YEARS = ("到2025年，", "2025年达到", "2025年末，", "“十四五”末，", "规划期末，", "届时", "到本世纪中叶")

# --- value forms --------------------------------------------------------------------------------------------------
VALUES = ("半角", "全角", "万→亿/人", "千分之", "区间—", "区间~", "区间至")

# --- place forms ---------------------------------------------------------------------------------------------------
PLACES = ("全市", "我市", "本市", "市域", PLACE, "", "全省", "本省", PROVINCE)
#: Place words of a province: the page is the province's plan (四川省人口发展规划), the entity the province.
PROVINCE_WORDS = ("全省", "本省", PROVINCE)

# --- sentence shapes -------------------------------------------------------------------------------------------------
SHAPES = ("指标在前", "数值在前", "分别", "主要目标；", "表格逐格", "标题+正文", "预计", "由X提高到Y", "繁体")

DIMENSIONS = {"year": YEARS, "verb": tuple(VERBS), "value": VALUES, "place": PLACES, "shape": SHAPES}

_FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")
_TRADITIONAL = str.maketrans({
    "规": "規", "划": "劃", "发": "發", "展": "展", "达": "達", "万": "萬", "预": "預", "计": "計", "镇": "鎮", "寿": "壽",
    "龄": "齡", "岁": "歲", "动": "動", "数": "數", "内": "內", "长": "長", "户": "戶", "籍": "籍", "儿": "兒", "率": "率",
    "为": "為", "争": "爭", "进": "進", "实": "實", "现": "現", "标": "標", "时": "時", "届": "屆", "养": "養", "圣": "聖",
    "纪": "紀", "稳": "穩", "间": "間", "质": "質", "别": "別", "总": "總", "岁": "歲", "产": "產", "亿": "億", "环": "環",
    "绵": "綿", "阳": "陽", "们": "們", "华": "華", "经": "經", "济": "濟", "于": "於", "过": "過", "增": "增", "国": "國",
    "区": "區", "业": "業", "务": "務", "体": "體", "与": "與", "战": "戰", "略": "略", "设": "設", "书": "書", "记": "記",
    "乡": "鄉", "川": "川", "省": "省", "县": "縣", "项": "項", "妇": "婦", "剂": "劑", "龙": "龍", "险": "險", "际": "際", "节": "節", "孙": "孫",
})


@dataclass(frozen=True)
class Variant:
    ident: str
    choices: dict  # dimension -> choice
    text: str
    expected: tuple  # (indicator, entity, year, value, qualifier, kind)
    reason: str = ""  # why the Chinese is genuinely ambiguous (then the variant is an expected failure)


def _number(value: float) -> str:
    return f"{value:g}"


def _value_text(ind: Indicator, form: str, qualifier_after: str) -> tuple[str, float, str, float | None]:
    """The written value, the value read in the codebook's unit, and a changed qualifier for a range."""
    v = ind.value
    number, unit = _number(v), ind.unit
    if form == "全角":
        number = number.translate(_FULL)
    elif form == "万→亿/人":
        if ind.counts and v >= 100:
            # 520万人 → 0.052亿人 is not how plans write it; 5200000人 is (the whole number of persons)
            number, unit = f"{int(round(v * 10000))}", "人"
        elif ind.counts:
            number, unit = f"{int(round(v * 10000))}", "人"
    elif form == "千分之" and unit == "‰":
        return "千分之" + number, v, "", None
    if form.startswith("区间") and qualifier_after == "":
        low, high = v - _step(v), v + _step(v)
        sep = {"区间—": "—", "区间~": "~", "区间至": "至"}[form]
        text = f"{_number(low)}{unit if sep == '至' else ''}{sep}{_number(high)}{unit}"
        return text, (low + high) / 2, "range", None
    return number + unit, v, "", None


def _step(v: float) -> float:
    return 10.0 if v >= 100 else (1.0 if v >= 10 else 0.1)


def _year_phrase(choice: str) -> tuple[str, str, int]:
    """(before the subject, before the verb, the year the value is of)."""
    if choice == "到2025年，":
        return "到2025年，", "", YEAR
    if choice == "2025年达到":
        return "", "2025年", YEAR
    if choice == "2025年末，":
        return "2025年末，", "", YEAR
    if choice == "“十四五”末，":
        return "“十四五”末，", "", YEAR
    if choice == "规划期末，":  # the title's period is 2021—2035: 规划期末 is 2035
        return "规划期末，", "", 2035
    if choice == "届时":
        return "到2025年，全面实现人口长期均衡发展。届时，", "", YEAR
    if choice == "到本世纪中叶":
        return "到本世纪中叶，", "", 2050
    raise ValueError(choice)


def _place_words(choice: str) -> str:
    return choice


def build(ind: Indicator, year: str, verb: str, value: str, place: str, shape: str) -> Variant:
    before, after, qualifier = VERBS[verb]
    written, number, range_q, _ = _value_text(ind, value, after)
    if range_q:
        # a range takes a plain verb: 达到X—Y / 控制在X—Y / 保持在X—Y
        before, after, qualifier = ({"控制在", "保持在", "稳定在"} & {before} and before or "达到"), "", "range"
    lead, mid, year_of = _year_phrase(year)
    subject = _place_words(place) + ind.name
    kind = "target"
    reason = ""
    if shape == "指标在前":
        text = f"{lead}{subject}{mid}{before}{written}{after}。"
    elif shape == "数值在前":
        # the value before the indicator's name: 实现58.5%左右的常住人口城镇化率
        word = {"为约": "约", "不超过": "不超过", "逾": "逾", "突破": "突破", "低于": "低于"}.get(before, "")
        text = f"{lead}{place}{mid}实现{word}{written}{after}的{ind.name}。"
    elif shape == "分别":
        other = next(o for o in INDICATORS if o.code == ("life_expectancy" if ind.code != "life_expectancy" else "tfr"))
        text = f"{lead}{subject}和{other.name}{mid}分别{before}{written}{after}和{_number(other.value)}{other.unit}{after}。"
    elif shape == "主要目标；":
        other = next(o for o in INDICATORS if o.code == ("tfr" if ind.code != "tfr" else "srb"))
        text = (f"{TITLE}主要目标：{lead}{subject}{mid}{before}{written}{after}；{other.name}{_number(other.value)}"
                f"{other.unit}左右；人口结构进一步优化。")
    elif shape == "表格逐格":
        unit_cell = {"": "—", "/10万": "1/10万"}.get(ind.unit, ind.unit)
        if value == "万→亿/人" and ind.counts:
            unit_cell = "人"
        cell = written.replace(ind.unit, "") if not written.startswith("千分之") else _number(number)
        if value == "万→亿/人" and ind.counts:
            cell = written[:-1]
        sign = ""
        if qualifier in ("above", "ge", "gt"):
            sign, qualifier = "≥", "ge"
        elif qualifier in ("below", "le", "lt"):
            sign, qualifier = "≤", "le"
        elif qualifier == "approx":
            cell += "左右"
        text = "\n".join(["表1 主要指标", "序号", "指标", "单位", "2020年", "2025年", "属性",
                          "1", ind.name, unit_cell, _number(ind.baseline), sign + cell, "预期性"])
        year_of = YEAR
    elif shape == "标题+正文":
        # a press report: its headline is the page's first line (no full stop), the body reports the plan
        text = (f"{PLACE}{ind.name}{year_of}年将{before}{written}{after}\n"
                f"近日，《{TITLE}》印发。{lead}{subject}{mid}{before}{written}{after}。")
    elif shape == "预计":
        text = f"预计{lead}{subject}{mid}将{before}{written}{after}。"
        kind = "projection"
    elif shape == "由X提高到Y":
        verb_word = "提高到" if number >= ind.baseline else "下降到"
        base = _number(ind.baseline) + (ind.unit if value != "千分之" else "‰")
        text = f"{lead}{subject}{mid}由2020年的{base}{verb_word}{written}{after}。"
        qualifier = {"以内": "le", "以上": "above", "左右": "approx"}.get(after, "range" if qualifier == "range" else "none")
    elif shape == "繁体":
        text = f"{lead}{subject}{mid}{before}{written}{after}。"
    else:
        raise ValueError(shape)
    if shape == "数值在前" and ind.counts:
        reason = ("a count before 的 and a population word (540万人的户籍人口) is read as an attribute of what follows "
                  "(500万人的城市, 1000万人口的大城市), not a level; plans write the count after its name (户籍人口540万人)")
    entity = PLACE
    body = f"{TITLE}\n{text}" if shape not in ("主要目标；", "标题+正文") else text
    if place in PROVINCE_WORDS:
        body, entity = body.replace(PLACE, PROVINCE), PROVINCE
    if shape == "繁体":
        body = body.translate(_TRADITIONAL)
    ident = f"{ind.code}|{year}|{verb}|{value}|{place or '∅'}|{shape}"
    return Variant(ident, {"indicator": ind.code, "year": year, "verb": verb, "value": value, "place": place or "∅",
                           "shape": shape}, body, (ind.code, entity, year_of, number, qualifier, kind), reason)


def variants() -> list[Variant]:
    """A deterministic walk of the cross product: for each indicator and each dimension, every choice of that
    dimension once, the other dimensions taken round-robin from a counter, so every (indicator, choice) pair occurs
    and the combinations vary."""
    out: dict[str, Variant] = {}
    names = list(DIMENSIONS)
    counter = 0
    for i, ind in enumerate(INDICATORS):
        for d, dim in enumerate(names):
            for choice in DIMENSIONS[dim]:
                picks = {}
                for e, other in enumerate(names):
                    options = DIMENSIONS[other]
                    # keep the other dimensions at their plainest choice on half the variants so a failure is
                    # attributable, vary them on the other half
                    picks[other] = options[0] if counter % 2 == 0 else options[(counter + i + 3 * e) % len(options)]
                picks[dim] = choice
                counter += 1
                v = build(ind, picks["year"], picks["verb"], picks["value"], picks["place"], picks["shape"])
                out.setdefault(v.text, v)
    return list(out.values())
