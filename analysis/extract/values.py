"""The grammar of a stated value: comparator, number or range, unit, qualifier.

Works on normalised text (ranges use ``~``). Two entry points:

* :func:`parse_cell` reads a whole table cell (``3450左右``, ``≥65``, ``103~107``, ``逐年下降``, ``-``);
* :func:`find_values` finds value expressions inside prose, with their spans.

Qualifiers (the ``qualifier`` column):

========== ============================== =====================================
qualifier  written as                     bounds
========== ============================== =====================================
none       a plain number
approx     左右, 前后; 约, 大约 before it     none
ge / le    ≥ 不低于 不少于 / ≤ 不高于 不超过,   low / high
           以内, 内 (3790万内); with a modal
           verb after 不: 不得超过, 不要超过 (≤)
gt / lt    > 超过 超 逾 突破 高于 多万 / < 低于 少于 不足  low / high
above      以上, 及以上, 余 (48万余人)       low
below      以下, 及以下; 近, 接近, 将近 before  high
           a count in 万 or 亿 (近600万)
range      a~b (103—107)                  low and high
qualitative no number (逐年下降 趋于合理)
missing    a cell marked - (no value)
========== ============================== =====================================

以上, 以下 and 以内 include the number (民法典 art. 1259: 民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；
所称的“不满”、“超过”、“以外”，不包括本数; 刑法 art. 99 the same): ``above`` is ≥ and ``below`` ≤, like ``ge``
and ``le``; 以内 ("within", like 不超过) is written ``le``, as the synthetic corpus (tests/corpus/README.md) and
the real corpus's gold (corpus/README.md) write it, and 以下/以上 keep their own names.

A per-mille rate printed ``%。`` (a page that lost its ‰) has the unit ‰ when what follows the 。 shows it is no full stop
(:data:`PERMILLE_STOP`: ``7.5%。以内``, ``婴儿死亡率为3.29%。，比2009年的3.49%。下降了``).

力争 (strive) is not a bound: it is recorded separately (``strive``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.ingest.normalize import PERMILLE_STOP
from analysis.units import UNITS

_COMPARATORS = {
    "≥": "ge", ">=": "ge", "不低于": "ge", "不少于": "ge",
    "≤": "le", "<=": "le", "不高于": "le", "不超过": "le",
    ">": "gt", "超过": "gt", "突破": "gt", "高于": "gt", "超": "gt", "逾": "gt",
    "<": "lt", "低于": "lt", "少于": "lt", "不足": "lt",
}
#: A comparator negated with a modal verb between 不 and it is the bound the plain negation is (不得超过, 不要超过,
#: 不宜超过 … = 不超过, ≤; 不得低于, 不应少于 … = 不低于, ≥): a ceiling, never 超过's floor.
_COMPARATORS.update({f"不{modal}{word}": _COMPARATORS[f"不{plain}"] for modal in "得能应宜要会可"
                     for word, plain in (("超过", "超过"), ("高于", "高于"), ("低于", "低于"), ("少于", "少于"))})
#: A crossing negated (未突破, 尚未突破, 没有超过, 不突破 — and 未破百万/不破百万 after the magnitude words are written out):
#: not past the number, a ceiling like 不超过 (le), never 突破's floor.
#: With a verb of obligation between them (不得突破, 不应超, 不宜突破, 不要突破) it is the same ceiling; not with 能/会/可, whose
#: 能不能突破 / 會不會破 ask a question (a threshold asked about is no level).
_COMPARATORS.update({f"{negation}{word}": "le" for negation in ("不", "未", "尚未", "仍未", "还未", "并未", "没有", "没", "尚没有",
                                                                 *(f"不{modal}" for modal in "得应宜要"))
                     for word in ("突破", "超过", "超", "逾") if f"{negation}{word}" not in _COMPARATORS})
#: 近, 接近, 将近 (near) before a count in 万 or 亿 (常住人口近600万, 近1000万 from 近千万): close to the number and short of it, a
#: ceiling — ``below``, as the real corpus's gold reads 接近 (corpus/gold/levels.csv: 提升至接近70%). Only before a count in 万
#: or 亿: before a span or a share it is mostly no level's bound (近5年, 近2倍, 年均增长近9%).
_NEAR = {"近": "below", "接近": "below", "将近": "below"}
#: 上下 after a number is 左右 (保持在1.8上下): approximately; as a word of its own (上下游, 上下班, 上下级) it is no qualifier.
_SUFFIXES = {"左右": "approx", "前后": "approx", "上下": "approx", "及以上": "above", "以上": "above", "余": "above", "及以下": "below", "以下": "below", "以内": "le", "内": "le"}

_COMPARATOR = "|".join(sorted(map(re.escape, _COMPARATORS), key=len, reverse=True)) + r"|(?:" + "|".join(sorted(_NEAR, key=len, reverse=True)) + r")(?=\s*\d+(?:\.\d+)?\s*(?:万|亿))"
_COMPARATORS.update(_NEAR)
_UNIT = "|".join(sorted(map(re.escape, [u for u in UNITS if u != "女=100"]), key=len, reverse=True))
# a bare 内 only where no word goes on (3790万内，), never the first character of a word (3790万内蒙古)
_SUFFIX = ("|".join(sorted((re.escape(word) for word in _SUFFIXES if word not in ("内", "上下")), key=len, reverse=True))
           + r"|内(?![\u4e00-\u9fff])|上下(?![游班级层楼车学课山])")
_NUMBER = r"(?P<n1>-?\d+(?:\.\d+)?)(?:~(?P<n2>\d+(?:\.\d+)?))?"
#: The 。 of a ‰ printed as ``%。`` (a page that lost its ‰), told from a full stop by what follows it
#: (:data:`analysis.ingest.normalize.PERMILLE_STOP`: ``7.5%。以内``, ``3.29%。，比2009年的3.49%。下降了``, ``由10.7%。下降到``).
#: Normalisation already writes such a %。 after a number as ‰; the one rule also serves the value (:data:`VALUE`, unit ‰)
#: and the sentence it stands in (:data:`analysis.extract.prose.words.SENTENCE`, which does not end there) on text
#: read without normalisation.
#: A ‰ printed as %o or %0 (a page that set the sign from the percent sign and a small o or zero: 6.5%o以内, 12%0): never a
#: digit or a point after it, so 5%0.5 stays what it is.
PERMILLE_AS_PERCENT_O = r"%[oO0](?![\d.])"
VALUE = re.compile(
    rf"(?:(?P<cmp>{_COMPARATOR})\s*)?{_NUMBER}(?P<duo>[多余](?=万|亿))?\s*(?:(?P<unit>万)(?P<yu>余)人|(?P<permille>%{PERMILLE_STOP}|{PERMILLE_AS_PERCENT_O})|(?P<unit2>{_UNIT}))?(?P<suffix>{_SUFFIX})?"
)
MISSING = {"-", "—", "--", "——", "/", "…", "\\", "×", "无", "暂无", "-/-", "—/—", "- -"}
_GARBLE = re.compile(r"<>|<[^\d\s]|[<>]$|(优于|劣于|达到)类")


@dataclass(frozen=True)
class Value:
    """A parsed value. ``start``/``end`` are its span in the text it was found in."""

    start: int
    end: int
    text: str
    number: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit_raw: str
    garbled: bool = False

    @property
    def unit(self) -> str:
        return UNITS.get(self.unit_raw, self.unit_raw)


def _build(match: re.Match[str], offset: int = 0) -> Value:
    n1 = float(match.group("n1"))
    n2 = float(match.group("n2")) if match.group("n2") else None
    # ‰ printed as %。 (a page that lost the sign), written before its qualifier: 7.5%。以内
    unit_raw = "‰" if match.group("permille") else match.group("unit2") or ((match.group("unit") or "") + ("人" if match.group("yu") else ""))
    qualifier, low, high = "none", None, None
    if n2 is not None:
        qualifier, low, high = "range", min(n1, n2), max(n1, n2)
    comparator = _COMPARATORS.get(match.group("cmp") or "")
    suffix = _SUFFIXES.get(match.group("suffix") or "")
    if match.group("yu"):
        suffix = "above"
    if match.group("duo") == "余" and not comparator:
        suffix = "above"  # 70余万: like 48万余人
    elif match.group("duo") and not comparator:
        comparator = "gt"  # 2100多万: more than 2100万
    if comparator:
        qualifier = comparator
        low, high = (n1, None) if comparator in ("ge", "gt") else (None, n1)
    elif suffix and qualifier != "range":
        qualifier = suffix
        low, high = {"above": (n1, None), "below": (None, n1), "le": (None, n1), "approx": (None, None)}[suffix]
    number = (low + high) / 2 if qualifier == "range" else n1
    return Value(offset + match.start(), offset + match.end(), match.group(), number, low, high, qualifier, unit_raw)


def bound_after(value: Value) -> bool:
    """Whether the value's qualifier is a word written after its number (以内, 以下, 以上, 左右: :data:`_SUFFIXES`),
    not a comparator before it (不超过6‰)."""
    return any(value.text.endswith(word) and qualifier == value.qualifier for word, qualifier in _SUFFIXES.items())


#: Footnote markers after a cell's value (1.5~1.6*, 80①): not part of the value.
FOOTNOTE = re.compile(r"\s*[*＊※①②③④⑤⑥⑦⑧⑨⑩▲△☆★]+$")
#: A cell's value with a note in brackets after it, as county and city tables write a base-year
#: column they have no figure for: the year the value is of (78.2(2021年) under 2022年) or the place
#: it is of (35(邵阳市): the prefecture's figure in a county's table).
CELL_NOTE = re.compile(
    r"(?P<value>[^()（）]+?)\s*[(（]\s*(?:(?P<year>(?:19|20)\d{2})\s*年?(?:数据|数)?"
    r"|(?P<place>[\u4e00-\u9fff]{0,12}?(?:省|市|县|区|州|盟|旗|全国|自治区)))\s*[)）]"
)


def cell_note(text: str) -> tuple[str, int | None, str]:
    """A cell's value text without its bracketed note, and the note's year or place (see :data:`CELL_NOTE`)."""
    stripped = FOOTNOTE.sub("", text.strip())
    match = CELL_NOTE.fullmatch(stripped)
    if match is None or VALUE.fullmatch(match.group("value").strip()) is None or re.fullmatch(r"(?:19|20)\d{2}年?", match.group("value").strip()):
        return stripped, None, ""  # a year column's heading (2020年(全市)) is no value
    year = match.group("year")
    return match.group("value").strip(), int(year) if year else None, match.group("place") or ""


def parse_cell(text: str) -> Value:
    """Parse a whole table cell (normalised text)."""
    stripped = FOOTNOTE.sub("", text.strip())
    if stripped in MISSING:
        return Value(0, len(text), stripped, None, None, None, "missing", "")
    noted, year, place = cell_note(stripped)
    if year is not None or place:
        value = _build(VALUE.fullmatch(noted))  # 78.2(2021年), 35(邵阳市): the note is read by cell_note
        return Value(0, len(text), stripped, value.number, value.low, value.high, value.qualifier, value.unit_raw)
    garbled = bool(_GARBLE.search(stripped))
    cleaned = stripped.replace("<>", "").rstrip("<>") if garbled else stripped
    match = VALUE.fullmatch(cleaned)
    if match is None and re.search(r"\d", cleaned):
        match = VALUE.search(cleaned)
        garbled = True
    if match is None:
        return Value(0, len(text), stripped, None, None, None, "qualitative", "", garbled)
    value = _build(match)
    return Value(0, len(text), stripped, value.number, value.low, value.high, value.qualifier, value.unit_raw, garbled)


def is_value_cell(text: str) -> bool:
    """True for a cell that holds a number (with qualifiers) or is marked missing."""
    stripped = FOOTNOTE.sub("", text.strip())
    if stripped in MISSING:
        return True
    noted, year, place = cell_note(stripped)
    if year is not None or place:
        return True
    cleaned = stripped.replace("<>", "").rstrip("<>")
    return bool(VALUE.fullmatch(cleaned))


#: A year glued to the percentage after it by a damaged copy (提高到201051.27%: 2010年的51.27% with 年的 lost): a share
#: above 100 whose first four digits are a year and the rest a share with decimals.
GLUED_YEAR_VALUE = re.compile(r"(?P<year>(?:19|20)\d{2})(?=\d{1,2}\.\d+\s*%)")


#: 约 / 大约 right before a plain number (为约58.5%, 总人口约6120万), or with the verb of being after it (约为72.3%, 大约是1.5,
#: 约有600万人): the value is approximate, as 左右 after it. The words stay out of the value's span, as a comparator word
#: does not (约 is no bound).
ABOUT = re.compile(r"(?:大约|约)(?:为|是|有)?\s*$")


def find_values(text: str) -> list[Value]:
    """Every value expression in a piece of prose, left to right (a year glued to its percentage is left out of
    the value: :data:`GLUED_YEAR_VALUE`; :func:`analysis.extract.context.years` reads the year)."""
    out = []
    for match in VALUE.finditer(text):
        glued = GLUED_YEAR_VALUE.match(text, match.start("n1")) if not match.group("n2") and not match.group("cmp") else None
        inner = VALUE.match(text, glued.end()) if glued else None
        value = _build(inner if inner is not None and inner.end() == match.end() else match)
        if value.qualifier == "none" and ABOUT.search(text, max(0, value.start - 4), value.start):
            value = replace(value, qualifier="approx")
        out.append(value)
    return out
