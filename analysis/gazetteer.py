"""The gazetteer: every place of China by its GB/T 2260 code and full name (the ``cpca`` table).

Floor: contracts (a vocabulary of place names; imports only :mod:`analysis.vocabulary`). The
manifest's place names are checked against it, ingestion identifies a plan's place with it,
extraction reads place names in the prose with it, and the sources stage codes places with it.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.vocabulary import LEVELS

MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_PREFECTURE_SUFFIXES = ("特别行政区", "自治州", "地区", "市", "盟")
_COUNTY_SUFFIXES = ("自治县", "自治旗", "特区", "林区", "县", "区", "市", "旗")
#: County-level names that are also ordinary words of plan prose (城区 "urban area", 新城区 …):
#: never counted as mentions of a place.
GENERIC_NAMES = frozenset(
    "城区 郊区 矿区 市中区 市辖区 城中区 城东区 城西区 城北区 城南区 新城区 老城区 东区 西区 南区 北区 中区 "
    "新区 和平区 新华区 东风区 前进区 向阳区 解放区 红旗区 新市区 城关区 友谊县".split()
)


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (or the nation)."""

    code: str  # GB/T 2260 code (6 digits); "" for the nation
    name: str  # full name: 中国, 江苏省, 连云港市, 昆山市
    short: str  # name without its suffix (江苏, 连云港); the full name where the rest would be a word
    level: str  # nation, province, prefecture, county
    province: str  # full name of the province ("" for the nation; itself for a province)
    prefecture: str = ""  # full name of the prefecture (counties; itself for a prefecture)


NATION = Place("", "中国", "中国", "nation", "", "")


@functools.cache
def gazetteer() -> tuple[Place, ...]:
    """Every province, prefecture and county of the cpca table, with its parents."""
    resource = importlib.resources.files("cpca") / "resources" / "adcodes.csv"
    with resource.open(encoding="utf-8") as stream:
        rows = sorted({(row["adcode"][:6], row["name"]) for row in csv.DictReader(stream)})
    names = dict(rows)
    places = []
    for code, name in rows:
        province = names.get(code[:2] + "0000", "")
        if code[2:] == "0000":
            places.append(Place(code, name, _strip(name, _PROVINCE_SUFFIXES), "province", name))
        elif code[4:] == "00" and code[:2] not in MUNICIPALITIES:
            places.append(Place(code, name, _strip(name, _PREFECTURE_SUFFIXES), "prefecture", province, name))
        elif code[4:] != "00":
            prefecture = province if code[:2] in MUNICIPALITIES else names.get(code[:4] + "00", "")
            places.append(Place(code, name, name, "county", province, prefecture))
    return tuple(places)


@functools.cache
def place_names() -> frozenset[str]:
    """Every full place name in the gazetteer, and 全国."""
    return frozenset({place.name for place in gazetteer() if len(place.name) >= 2} | {"全国"})


@functools.cache
def names_index() -> dict[str, tuple[Place, ...]]:
    """Places by every name they are written with (full names; short names of provinces and
    prefectures)."""
    index: dict[str, list[Place]] = {}
    for place in gazetteer():
        if place.name in GENERIC_NAMES:
            continue
        index.setdefault(place.name, []).append(place)
        if place.level in ("province", "prefecture") and place.short != place.name and len(place.short) >= 2:
            index.setdefault(place.short, []).append(place)
    return {name: tuple(places) for name, places in index.items()}


def province_names() -> tuple[str, ...]:
    return tuple(place.name for place in gazetteer() if place.level == "province")


def by_code(code: str) -> Place | None:
    return next((place for place in gazetteer() if place.code == code), None)


def by_name(name: str, named: frozenset[str] = frozenset()) -> Place | None:
    """The place a name stands for (``全国``/``中国`` the nation); ambiguous names are resolved by
    the other ``named`` places (a county's province or prefecture), then by level."""
    if name in ("全国", "中国", "国家", "我国"):
        return NATION
    candidates = names_index().get(name, ())
    if len(candidates) <= 1:
        return candidates[0] if candidates else None

    def support(place: Place) -> tuple[int, str]:
        parents = {place.province, _strip(place.province, _PROVINCE_SUFFIXES), place.prefecture, _strip(place.prefecture, _PREFECTURE_SUFFIXES)}
        return (len(parents & named), -LEVELS.index(place.level)), place.code
    return max(candidates, key=support)


def _strip(name: str, suffixes: Sequence[str]) -> str:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name
