"""Identify which city a plan is about from the evidence of its own body text.

The gazetteer is the administrative-division table shipped with the ``cpca`` package
(``cpca/resources/adcodes.csv``, national adcodes). Prefecture-level cities and the four
province-level municipalities are candidates. Each is counted in the plan body — by its short
name (连云港 for 连云港市), which also counts the full name — after spam tokens have been
removed, so a defaced title cannot vote. The most-mentioned city wins; its province comes from
the first two digits of its adcode.
"""

from __future__ import annotations

import bisect
import csv
import functools
import itertools
import importlib.resources
from dataclasses import dataclass

MUNICIPALITIES = {"11", "12", "31", "50"}
_SUFFIXES = ("特别行政区", "自治州", "地区", "市", "盟")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    adcode: str
    name: str
    short: str
    province: str


@dataclass(frozen=True)
class CityEvidence:
    """The city a text is about, and how strongly the text says so."""

    city: str
    short: str
    province: str
    adcode: str
    mentions: int
    first_line: int
    runner_up: str
    runner_up_mentions: int

    def describe(self) -> str:
        return (
            f"{self.city} ({self.province}, adcode {self.adcode}): {self.mentions} mentions of '{self.short}' "
            f"in the body, first on line {self.first_line}; next most mentioned: "
            f"{self.runner_up or 'none'} ({self.runner_up_mentions})"
        )


@functools.cache
def gazetteer() -> tuple[Place, ...]:
    """Prefecture-level cities and municipalities, with their provinces."""
    resource = importlib.resources.files("cpca") / "resources" / "adcodes.csv"
    with resource.open(encoding="utf-8") as stream:
        rows = [(row["adcode"][:6], row["name"]) for row in csv.DictReader(stream)]
    provinces = {code[:2]: name for code, name in rows if code[2:] == "0000"}
    places = []
    for code, name in rows:
        is_prefecture = code[2:4] not in ("00",) and code[4:] == "00" and code[:2] not in MUNICIPALITIES
        is_municipality = code[2:] == "0000" and code[:2] in MUNICIPALITIES
        if is_prefecture or is_municipality:
            places.append(Place(code, name, _short_name(name), provinces.get(code[:2], "")))
    return tuple(sorted(places, key=lambda place: place.adcode))


@functools.cache
def place_names() -> frozenset[str]:
    """Every place name in the gazetteer: provinces, cities, counties and districts."""
    resource = importlib.resources.files("cpca") / "resources" / "adcodes.csv"
    with resource.open(encoding="utf-8") as stream:
        return frozenset(row["name"] for row in csv.DictReader(stream) if len(row["name"]) >= 2)


def province_names() -> tuple[str, ...]:
    """Names of all provinces, autonomous regions and municipalities."""
    return tuple(sorted({place.province for place in gazetteer() if place.province}))


def _short_name(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def identify_city(lines: list[tuple[int, str]]) -> CityEvidence | None:
    """The most-mentioned city in ``(line number, text)`` pairs, or ``None`` if no city is named."""
    text = "\n".join(line for _, line in lines)
    starts = list(itertools.accumulate((len(line) + 1 for _, line in lines), initial=0))
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    places = {place.short: place for place in gazetteer() if len(place.short) >= 2}
    for short in places:
        hits = text.count(short)
        if hits:
            counts[short] = hits
            first[short] = lines[bisect.bisect_right(starts, text.index(short)) - 1][0]
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: (-item[1], first[item[0]]))
    short, mentions = ranked[0]
    runner_up, runner_mentions = ranked[1] if len(ranked) > 1 else ("", 0)
    place = places[short]
    return CityEvidence(
        city=place.name,
        short=short,
        province=place.province,
        adcode=place.adcode,
        mentions=mentions,
        first_line=first[short],
        runner_up=places[runner_up].name if runner_up else "",
        runner_up_mentions=runner_mentions,
    )
