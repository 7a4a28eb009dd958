"""Units: how plans write them, their normalised names, and which can stand for which.

A vocabulary of the contracts floor: extraction normalises every written unit with
:func:`normalise_unit`; extraction and the audit decide with :func:`compatible` whether a value
written in one unit can be a level of an indicator measured in another.
"""

from __future__ import annotations

#: Written unit -> normalised unit.
UNITS = {
    "万人": "10k persons",
    "万": "10k persons",
    "亿人": "100m persons",
    "亿": "100m persons",
    "人": "persons",
    "%": "%",
    "‰": "‰",
    "岁": "years",
    "年": "years",
    "/10万": "per 100000",
    "1/10万": "per 100000",
    "/100000": "per 100000",
    "/100 000": "per 100000",
    "人/10万人": "persons per 100000",
    "人/平方公里": "persons per km2",
    "人/平方千米": "persons per km2",
    "人/km2": "persons per km2",
    "人/km²": "persons per km2",
    "人/户": "persons per household",
    ":100": "males per 100 females",
    "女=100": "males per 100 females",
    "万元": "10k yuan",
    "元": "yuan",
    "张": "beds",
    "个百分点": "percentage points",
    "个千分点": "per-mille points",
    "倍": "times",
}
#: Indicator unit -> value units that may stand for it (a bare number is written "").
COMPATIBLE = {
    "births per woman": {"", "births per woman"},
    "males per 100 females": {"", "males per 100 females"},
    "persons per household": {"persons", "persons per household"},
    "per 100000": {"per 100000", "persons per 100000"},
    "persons per 100000": {"", "persons", "persons per 100000"},
    "places per 1000 population": {"", "persons", "beds"},  # 托位 counted in 张 (cots) as well as in 个
    "per 1000 population": {"", "persons"},
    "per 10000 population": {"", "persons"},
    "beds per 1000 population": {"", "beds", "beds per 1000 population"},
    "beds per 1000 older people": {"", "beds", "beds per 1000 older people"},
    "year": {"year"},
}
#: Written units that count people, at any scale (人, 万人, 亿人).
COUNTS = {"persons", "10k persons", "100m persons"}


def compatible(indicator_unit: str, value_unit: str) -> bool:
    """Whether a value written in ``value_unit`` can be a level of an indicator measured in ``indicator_unit``
    (a bare number only where :data:`COMPATIBLE` allows it)."""
    if value_unit == indicator_unit:
        return True
    if indicator_unit in COUNTS and value_unit in COUNTS:
        return True
    return value_unit in COMPATIBLE.get(indicator_unit, set())


def written(unit: str) -> str:
    """How a normalised unit is written after a number in a sentence: the first written form :data:`UNITS` maps to
    it (``10k persons`` → ``万人``, ``%`` → ``%``); a unit without one (``births per woman``) is written as nothing."""
    return next((raw for raw, normal in UNITS.items() if normal == unit), "")


def normalise_unit(unit_raw: str) -> str:
    """The normalised form of a written unit (``万人`` → ``10k persons``); unknown units pass through."""
    return UNITS.get(unit_raw.strip(), unit_raw.strip())


def expected_bounds(value: str) -> tuple[float, float]:
    """A gold level's value as its bounds (``corpus/gold/levels.csv``, ``tests/corpus/``): ``1.6~1.8`` →
    (1.6, 1.8); ``14.2`` → (14.2, 14.2)."""
    if "~" in value:
        low, high = value.split("~", 1)
        return float(low), float(high)
    return float(value), float(value)
