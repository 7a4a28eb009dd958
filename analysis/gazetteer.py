"""The gazetteer: every place of China by its GB/T 2260 code and full name (the ``cpca`` table, and the
county-level places whose status changed after its vintage: :data:`STATUS_CHANGES`).

Floor: contracts (a vocabulary of place names; imports only :mod:`analysis.vocabulary` and
:mod:`analysis.paths`). The
manifest's place names are checked against it, ingestion identifies a plan's place with it,
extraction reads place names in the prose with it, and the sources stage codes places with it.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis import paths
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

#: Stems of county-level places (the name less its suffix) that are words of ordinary Chinese or of plan prose
#: (资源 "resources", 合作 "cooperation", 公安 "police", 会同 "jointly with", 延长 "prolong", 南部 "the south",
#: 惠民/富民 "benefit/enrich the people", 大城 of 大城市, 全州 "the whole prefecture" …): never read as the place
#: without its suffix (:func:`county_short_names`). Drawn from the county stems written in the project's texts
#: (seeds, the synthetic and the real corpus's dev texts) outside the place's name, and from the stems that
#: jieba 0.42.1's dictionary (PyPI ``jieba``, dict.txt) tags as other than a place name or counts 300 times or
#: more, each reviewed.
COMMON_WORDS = frozenset(
    "资源 合作 大城 平和 公安 延长 南部 惠民 富民 会同 乐业 共和 和顺 民权 莲花 中方 东方 大方 富裕 平定 大名 "
    "万年 长子 无为 定远 永新 五常 比如 威信 台前 石门 洞口 桃源 商城 平原 太湖 东海 故城 光泽 江山 同心 新民 "
    "灯塔 兴业 天台 磐石 水城 海盐 清流 交口 界首 全州 方正 博爱 武功 凤凰 康乐 安平 长乐 永安 永兴 东至".split()
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


#: County-level places whose status changed after the cpca table's vintage (about 2016: 宁乡县 became 宁乡市 in
#: 2017), with their 2020 codes and names: written by :func:`analysis.sources.leiii_census.status_changes` from the
#: 2020 census county table (../shared/reference/sources/leiii-census), checked against it by
#: tests/test_county_short_names.py.
STATUS_CHANGES = paths.REFERENCE / "county_status_changes.csv"


@functools.cache
def gazetteer() -> tuple[Place, ...]:
    """Every province, prefecture and county of the cpca table, with its parents, and the county-level places
    of :data:`STATUS_CHANGES` under their later names and codes (宁乡市, 430182; 宁乡县, 430124, stays too:
    texts before 2017 name it)."""
    places = vintage_places()
    if not STATUS_CHANGES.exists():
        return places
    earlier = {place.code: place for place in places}
    with STATUS_CHANGES.open(encoding="utf-8", newline="") as stream:
        later = [Place(row["code_2020"], row["name_2020"], row["name_2020"], "county", earlier[row["code"]].province, earlier[row["code"]].prefecture)
                 for row in csv.DictReader(stream)]
    return places + tuple(sorted(later, key=lambda place: place.code))


@functools.cache
def superseded() -> frozenset[str]:
    """Codes of the cpca places that :data:`STATUS_CHANGES` gives a later name (宁乡县's 430124)."""
    if not STATUS_CHANGES.exists():
        return frozenset()
    with STATUS_CHANGES.open(encoding="utf-8", newline="") as stream:
        return frozenset(row["code"] for row in csv.DictReader(stream))


def county_stem(name: str) -> str:
    """A county-level name less its suffix (宁乡县 → 宁乡, 浏阳市 → 浏阳), or the name where the rest would be one character."""
    return _strip(name, _COUNTY_SUFFIXES)


@functools.cache
def vintage_places() -> tuple[Place, ...]:
    """Every province, prefecture and county of the cpca table (its vintage), with its parents."""
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
    prefectures, and the county-level short names of :func:`county_short_names`)."""
    index: dict[str, list[Place]] = {}
    for place in gazetteer():
        if place.name in GENERIC_NAMES:
            continue
        index.setdefault(place.name, []).append(place)
        if place.level in ("province", "prefecture") and place.short != place.name and len(place.short) >= 2:
            index.setdefault(place.short, []).append(place)
        if place.level == "prefecture" and (prefecture_short := autonomous_prefecture_short(place.name)):
            index.setdefault(prefecture_short, []).append(place)
    for short, place in county_short_names().items():
        index.setdefault(short, []).append(place)
    return {name: tuple(places) for name, places in index.items()}


#: The peoples named in the autonomous prefectures' names (楚雄彝族自治州, 巴音郭楞蒙古自治州, 克孜勒苏柯尔克孜自治州).
_PEOPLES = re.compile(r"(?:朝鲜|土家|布依|哈尼|景颇|傈僳|蒙古|柯尔克孜|哈萨克|藏|羌|彝|苗|侗|壮|傣|白|回)族?")
_AUTONOMOUS_PREFECTURE = re.compile(rf"(?P<stem>[\u4e00-\u9fff]{{2,4}}?)(?:{_PEOPLES.pattern})+自治州")


def autonomous_prefecture_short(name: str) -> str | None:
    """The short name an autonomous prefecture is written with: its place name before its peoples and 州
    (楚雄彝族自治州 → 楚雄州, 黔东南苗族侗族自治州 → 黔东南州), or ``None`` for any other name."""
    match = _AUTONOMOUS_PREFECTURE.fullmatch(name)
    return match.group("stem") + "州" if match else None


@functools.cache
def county_short_names() -> dict[str, Place]:
    """County-level places by the short name plans write them with (浏阳 for 浏阳市, 宁乡 for 宁乡县): the
    name less its suffix where that is safe to read alone — two characters or more; written in no other
    place's name or short name (鼓楼 is six districts'; 津市 is inside 天津市, 甘南 inside 甘南藏族自治州, 红河
    inside 红河哈尼族彝族自治州, which plans call 甘南, 红河); not one of :data:`COMMON_WORDS`; and not a
    district's (a city's districts are written with their 区, and their stems are mostly words of a
    city's own prose: 新建, 江南, 滨江, 湖滨). A two-character short name is matched only where it stands
    apart, like a one-character stem's full name (:class:`analysis.ingest.place.NameMatcher`)."""
    old = superseded()
    places = [place for place in gazetteer() if place.code not in old]  # 宁乡 is 宁乡市's, not 宁乡县's
    written = "\n".join([place.name for place in places] + [place.short for place in places if place.short != place.name])
    stems: dict[str, list[Place]] = {}
    for place in places:
        if place.level != "county" or place.name in GENERIC_NAMES or place.name.endswith("区"):
            continue
        stem = _strip(place.name, _COUNTY_SUFFIXES)
        if stem != place.name and len(stem) >= 2 and stem not in COMMON_WORDS:
            stems.setdefault(stem, []).append(place)
    return {stem: found[0] for stem, found in sorted(stems.items()) if len(found) == 1 and written.count(stem) == 1}


def province_names() -> tuple[str, ...]:
    return tuple(place.name for place in gazetteer() if place.level == "province")


def by_code(code: str) -> Place | None:
    return next((place for place in gazetteer() if place.code == code), None)


def by_name(name: str, named: frozenset[str] = frozenset()) -> Place | None:
    """The place a name stands for (``全国``/``中国`` the nation); ambiguous names are resolved by
    the other ``named`` places (a county's province or prefecture, then other counties or districts of one prefecture:
    :func:`_siblings`), then by level; a name that two places of the same
    level share with equal support (朝阳区 of 北京市 and of 长春市, neither city named) stands for no place (``None``):
    nothing in the text decides, so no place is guessed."""
    if name in ("全国", "中国", "国家", "我国"):
        return NATION
    candidates = names_index().get(name, ())
    if not candidates:
        return _qualified(name)
    if len(candidates) == 1:
        return candidates[0]

    def support(place: Place) -> tuple[int, int, int]:
        parents = {place.province, _strip(place.province, _PROVINCE_SUFFIXES), place.prefecture, _strip(place.prefecture, _PREFECTURE_SUFFIXES)}
        return (len(parents & named), _siblings(place, named), -LEVELS.index(place.level))
    ranked = sorted(candidates, key=support, reverse=True)
    if support(ranked[0]) == support(ranked[1]):
        return None
    return ranked[0]


def _siblings(place: Place, named: frozenset[str]) -> int:
    """How many other county-level places of ``place``'s prefecture the ``named`` names stand for, each name read only
    where it stands for one place (海淀区, 东城区 beside 朝阳区: 北京市's 朝阳区, not 长春市's)."""
    if place.level != "county" or not place.prefecture:
        return 0
    index = names_index()
    return sum(1 for name in named if name != place.name and len(found := index.get(name, ())) == 1
               and found[0].level == "county" and found[0].prefecture == place.prefecture)


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
