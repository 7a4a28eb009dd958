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
    if not candidates:
        return _qualified(name)
    if len(candidates) == 1:
        return candidates[0]

    def support(place: Place) -> tuple[int, str]:
        parents = {place.province, _strip(place.province, _PROVINCE_SUFFIXES), place.prefecture, _strip(place.prefecture, _PREFECTURE_SUFFIXES)}
        return (len(parents & named), -LEVELS.index(place.level)), place.code
    return max(candidates, key=support)


def full_name(place: Place) -> str:
    """The name that identifies a place on its own: a county-level place with its prefecture
    (佛山市高明区; a municipality's district with the municipality, 重庆市渝中区), any other place as it is.
    District and county names repeat across the country (鼓楼区 is in six cities); this is how the
    corpus's manifest and gold name them."""
    if place.level == "county" and place.prefecture and place.prefecture != place.name:
        return place.prefecture + place.name
    return place.name


@functools.cache
def _qualified(name: str) -> Place | None:
    """The county-level place a full name stands for (佛山市高明区 → 高明区 of 佛山市), or None."""
    index = names_index()
    for cut in range(2, len(name) - 1):
        parents, counties = index.get(name[:cut], ()), index.get(name[cut:], ())
        for county in counties:
            if county.level == "county" and any(parent.name in (county.prefecture, county.province) for parent in parents):
                return county
    return None


def same_place(a: str, b: str) -> bool:
    """Whether two names are of the same place, one of them perhaps written with its prefecture
    (佛山市高明区 and 高明区): how places written in either convention are compared."""
    if a == b:
        return True
    for full, short in ((a, b), (b, a)):
        if len(full) > len(short) and full.endswith(short):
            place = _qualified(full)
            if place is not None and place.name == short and full_name(place) == full:
                return True
    return False


def _strip(name: str, suffixes: Sequence[str]) -> str:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name
