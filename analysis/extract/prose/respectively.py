"""Lists distributed by 分别 or 依次: ``A、B分别为x、y`` gives x to A and y to B, and
``兰州市、白银市城镇化率分别达到85%、60%`` gives each place its value;
``2011—2015年…分别为a、b、c、d、e`` gives one value to each year; ``这两项指标分别为…`` refers to the
mentions of the sentence before."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.codebook import AGE_BAND, Codebook, Mention
from analysis.extract.context import YearMention, listed_years
from analysis.extract.prose.clauses import start_of_clause
from analysis.extract.prose.not_values import URBAN_DENOMINATOR
from analysis.extract.prose.words import CHANGE_VERB, CLAUSE_BREAK, INCREMENT, THESE
from analysis.extract.values import Value, bound_after
from analysis.ingest.place import names_pattern
from analysis.units import compatible


def value_list(sentence: str, position: int, values: list[Value]) -> list[Value]:
    """The values that follow 分别: the first within a few characters, the rest joined by 、 和 及."""
    listed: list[Value] = []
    cursor = position
    for value in values:
        if value.start < position:
            continue
        gap = sentence[cursor : value.start]
        if not listed and (len(gap) > 12 or CLAUSE_BREAK.search(gap)):
            break
        if listed and not re.fullmatch(r"\s*(?:个|张|名|人)?\s*[、和及与]\s*[\u4e00-\u9fff]{0,6}?", gap):
            break
        listed.append(value)
        cursor = value.end
    return listed


def shared_qualifier(sentence: str, values: list[Value]) -> list[Value]:
    """A qualifier written once after the last value of a 分别/依次 list holds for every value of the
    list (分别控制在12‰和6‰以内, 分别稳定在95.5%、80%和1.0左右): the plain values before it take it."""
    for marker in re.finditer("分别|依次", sentence):
        listed = value_list(sentence, marker.end(), values)
        last = listed[-1] if listed else None
        after = last is not None and last.qualifier == "le" and bound_after(last)  # 以内 (le) after the last value
        if last is None or len(listed) < 2 or (last.qualifier not in ("below", "above", "approx") and not after) or any(v.qualifier != "none" for v in listed[:-1]):
            continue
        shared = {v.start: replace(v, qualifier=last.qualifier, low=v.number if last.qualifier == "above" else None,
                                   high=v.number if last.qualifier in ("below", "le") else None) for v in listed[:-1]}
        values = [shared.get(v.start, v) for v in values]
    return values


def respectively_lists(
    sentence: str, mentions: list[Mention], values: list[Value], year_mentions: list[YearMention], codebook: Codebook, previous: list[Mention], recent: list[int] = ()
) -> dict[int, tuple]:
    """Values listed after 分别, each with the mention it belongs to, whether the list is of
    changes, its year when the list runs over years (2011—2015年…分别为a、b、c、d、e), and its place
    when the list runs over places (兰州市、白银市城镇化率分别达到85%、60%).
    ``previous`` holds the mentions of the sentence before, for 这两项指标分别为….
    """
    assigned: dict[int, tuple] = {}
    for marker in re.finditer("分别|依次", sentence):
        listed = value_list(sentence, marker.end(), values)
        if not listed:
            continue
        is_change = bool(CHANGE_VERB.search(sentence[: listed[0].start])) or listed[0].unit_raw in ("个百分点", "个千分点")
        before = [m for m in mentions if m.end <= marker.start()]
        targets = _shared_heads(respectively_targets(sentence, marker.start(), before, len(listed)), codebook)
        if not is_change and targets and targets[0].start >= 0 and INCREMENT.search(sentence[: targets[0].start]):
            is_change = True  # 累计新增常住人口、户籍人口分别为650万人和310万人: the increments of both, no levels
        if len(targets) == len(listed) and not is_change and not all(
            not t.code or compatible(codebook[t.code].unit, v.unit) for t, v in zip(targets, listed)
        ):
            targets = []  # the mentions do not fit the values: the list runs over years
        over_years = listed_years(sentence, marker.start(), year_mentions) or (recent if len(recent) == len(listed) else [])
        if len(targets) != len(listed) and THESE.search(sentence[: marker.start()]) and len(previous) >= len(listed):
            earlier = previous[-len(listed) :]
            if all(compatible(codebook[m.code].unit, v.unit) for m, v in zip(earlier, listed)):
                for value, target in zip(listed, earlier):
                    assigned[value.start] = (Mention(-1, -1, target.code, target.label), is_change, None)
                continue
        places = place_list(sentence, marker.start(), before, len(listed))
        if places and not is_change and all(compatible(codebook[places[0][1].code].unit, v.unit) for v in listed):
            for value, (place, mention) in zip(listed, places):
                assigned[value.start] = (mention, is_change, None, place)
            continue
        distinct = len({t.code for t in targets}) == len(targets)
        if len(targets) == len(listed) and (distinct or len(over_years) != len(listed)) and (all(t.code for t in targets) or len(over_years) != len(listed)):
            # 分别从2015年的20.1/10万、8.1‰、10.7‰降至2019年的17.8/10万、5.6‰、7.8‰: each list is of the year written before it
            start_year = LIST_YEAR.search(sentence[marker.end() : listed[0].start]) if not is_change else None
            for value, target in zip(listed, targets):
                assigned[value.start] = (target, is_change, int(start_year.group(1)) if start_year else None)
            ends = TRANSITION_END.match(sentence, listed[-1].end)
            if ends and ends.group("unit") and listed[-1].unit_raw:
                ends = None
            later = value_list(sentence, ends.end(), values) if ends and not is_change else []
            if len(later) == len(listed):  # 分别由4.77‰、6.03‰降至3.71‰、4.57‰: the second list ends the same transitions
                end_year = LIST_YEAR.search(sentence[ends.end() : later[0].start]) if start_year else None
                for value, target in zip(later, targets):
                    assigned[value.start] = (target, is_change, int(end_year.group(1)) if end_year else None)
            continue
        subject = next((m for m in reversed(before) if compatible(codebook[m.code].unit, listed[0].unit) or is_change), None)
        if subject is not None and len(over_years) == len(listed):
            for value, year in zip(listed, over_years):
                assigned[value.start] = (subject, is_change, year)
    _compared_lists(sentence, values, assigned, codebook)
    return assigned


#: The year written right before a list of a transition's starts or ends (分别从2015年的a、b降至2019年的c、d).
LIST_YEAR = re.compile(r"^\s*(?:由|从)?\s*((?:19|20)\d{2})\s*年(?:末|底)?的?\s*$")
#: The verb between the two lists of a transition after 分别由 (分别由a、b降至c、d).
#: A bare number's unit the value reader leaves out (建成区面积 in 平方公里, GDP in 亿元) may stand before it: 人口和建成区面积
#: 分别由300万人、120平方公里增加到350万人、180平方公里 (only after a last value read with no unit).
TRANSITION_END = re.compile(r"(?P<unit>平方公里|平方千米|公顷|亿元|万元)?\s*(?:分别)?(?:下降|降低|提高|提升|上升|增加|增长|减少|回升|扩大|降|升|增|减)?(?:至|到)\s*")


#: The base of a comparison with its year, before a list of that year's levels: 较2015年的, 比2010年末的, 与2015年的.
COMPARED_LIST = re.compile(r"(?:较|比|与|同)\s*(?P<year>(?:19|20)\d{2})\s*年(?:末|底)?的?")


def _compared_lists(sentence: str, values: list[Value], assigned: dict[int, tuple[Mention, bool, int | None]], codebook: Codebook) -> None:
    """A list of levels after the base year of a comparison, as long as a 分别 list of levels before it, holds
    those indicators' levels of that year in the same order: 婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别为3.21‰、
    5.4‰、9.27/10万，较2015年的4.35‰、5.91‰、10.46/10万分别下降… (2015's three levels)."""
    for match in COMPARED_LIST.finditer(sentence):
        later = value_list(sentence, match.end(), values)
        if len(later) < 2 or any(value.start in assigned for value in later):
            continue
        earlier = [(value, assigned[value.start]) for value in values if value.end <= match.start() and value.start in assigned and not assigned[value.start][1]]
        prior = earlier[-len(later):]
        if len(prior) != len(later) or len({target.code for _, (target, _, _) in prior}) != len(prior):
            continue
        if not all(target.code and compatible(codebook[target.code].unit, value.unit) for value, (_, (target, _, _)) in zip(later, prior)):
            continue
        for value, (_, (target, _, _)) in zip(later, prior):
            assigned[value.start] = (target, False, int(match.group("year")))

def _shared_heads(targets: list[Mention], codebook: Codebook) -> list[Mention]:
    """Items of a 分别 list that share the last item's head (高中和高等教育毛入学率分别达到75%和27%: 高中毛入学率): an item
    the codebook does not name alone is read with the end of the last item's label, where that makes a synonym."""
    if len(targets) < 2 or not targets[-1].code:
        return targets
    label = targets[-1].label
    head_band = AGE_BAND_HEAD.match(label)
    out = []
    for target in targets:
        code = None
        if not target.code and 0 < len(target.label) <= 6:
            code = next((codebook.exact(target.label + label[-k:]) for k in range(len(label) - 1, 1, -1) if codebook.exact(target.label + label[-k:])), None)
        band = AGE_BAND_TAIL.search(target.label) if not target.code and head_band else None
        if code is None and band is not None:
            # 全省0—14岁和65岁及以上人口占比分别为…: the first item's band, after the year and place, shares the last item's noun
            code = codebook.exact(band.group() + label[head_band.end() :])
            if code:
                target = Mention(target.start + band.start(), target.end, target.code, band.group())
        out.append(Mention(target.start, target.end, code, target.label + "…") if code else target)
    return out


#: An age band (0~14岁, 15~64岁, 65岁及以上) opening the last item of a 分别 list, and one ending an earlier item that is
#: no indicator alone: the earlier band is read with the last item's noun (0~14岁和65岁及以上人口占比).
AGE_BAND_HEAD = re.compile(AGE_BAND)
AGE_BAND_TAIL = re.compile(r"(?<![\d.~])" + AGE_BAND + r"$")


def listed_items(sentence: str, position: int, seen: list[Mention]) -> list[str]:
    """The items of the clause before 分别 at ``position``, cut at 、 和 及 (a 和 or 及 inside an indicator's name,
    妇女总和生育率, separates no items)."""
    clause_start = start_of_clause(sentence, position)
    clause = sentence[clause_start:position]
    cuts = [clause_start + m.start() for m in re.finditer(r"[、和及]", clause)
            if not any(n.start <= clause_start + m.start() < n.end for n in seen)]
    bounds = [clause_start - 1, *cuts, position]
    return [sentence[a + 1 : b] for a, b in zip(bounds, bounds[1:]) if sentence[a + 1 : b].strip()]


def respectively_targets(sentence: str, position: int, seen: list[Mention], count: int) -> list[Mention]:
    """The mentions that 分别 distributes ``count`` values over, in order."""
    clause_start = start_of_clause(sentence, position)
    items = listed_items(sentence, position, seen)
    if len(items) == count:
        targets = []
        cursor = clause_start
        for item in items:
            start = sentence.index(item, cursor)
            cursor = start + len(item)
            inside = [m for m in seen if start <= m.start < cursor]
            if URBAN_DENOMINATOR.search(item):
                inside = []  # 城镇化率和县城人口占城镇人口比重分别达到80%和20%: a part's share of the urban population, no indicator
            targets.append(inside[-1] if inside else Mention(start, cursor, "", item))
        return targets  # items the codebook does not cover stay uncoded: their values are skipped
    return seen[-count:] if len(seen) >= count else []


def place_list(sentence: str, position: int, seen: list[Mention], count: int) -> list[tuple[str, Mention]]:
    """``兰州市、白银市城镇化率分别达到85%、60%``: the places a 分别 list distributes its values over, each
    with the one indicator named after the last place (empty when the clause is not such a list)."""
    clause_start = start_of_clause(sentence, position)
    clause = sentence[clause_start:position]
    items = [item.strip() for item in re.split(r"[、和及与]", clause)]
    if len(items) != count or count < 2 or not all(items):
        return _places_before(sentence, clause_start, clause, seen, count)
    pattern = names_pattern()
    names = []
    for item in items[:-1]:
        match = next((m for m in pattern.finditer(item) if m.start() == 0 and m.end() == len(item)), None)
        if match is None:
            return []
        names.append(match.group())
    last = next((m for m in pattern.finditer(items[-1]) if m.start() == 0), None)
    inside = [m for m in seen if m.start >= clause_start + clause.rindex(items[-1])]
    if last is not None and not inside and CARRIED_TAIL.fullmatch(items[-1][last.end() :].strip()):
        # 到2035年，郑州常住人口将达到1800万人，长沙、合肥也将分别达到1500万人、1300万人: the indicator of the clause before
        earlier = [m for m in seen if m.end <= clause_start and m.code]
        return [(name, earlier[-1]) for name in names + [last.group()]] if earlier else []
    tail = items[-1][last.end() :].strip() if last is not None else ""
    if last is not None and (etc := PLACES_ETC.match(tail)):
        tail = tail[etc.end() :].strip()  # 长沙、株洲等市常住人口城镇化率分别达到70%和65%: 等 closes the list, it adds no place
    counted = PLACES_COUNTED.match(tail)
    if counted and NUMERALS.get(counted.group("n"), 0) == count and len(inside) == 1 and tail.endswith(inside[0].label) \
            and LIST_YEAR_WORDS.fullmatch(tail[counted.end() : len(tail) - len(inside[0].label)]):
        tail = inside[0].label  # 杭州、宁波、温州三市去年常住人口分别为…: the count restates the list (its year is read as any year)
    if last is None or len(inside) != 1 or tail != inside[0].label:
        return []
    return [(name, inside[0]) for name in names + [last.group()]]


#: 等 closing a list of places, perhaps with their kind (长沙、株洲等市, 广州、深圳等城市, 苏州、无锡等地): as many values as places
#: after 分别 are theirs in order (:func:`place_list`); a list of another length is withheld (:func:`etc_places`).
PLACES_ETC = re.compile(r"等(?:城市|地市|市|地|城|县|区|省份|省)?")


def etc_places(sentence: str, position: int, seen: list[Mention]) -> int:
    """The number of places of a list closed by 等 in the clause before 分别 at ``position``, followed only by the one
    indicator the list's values are of (长沙、株洲、湘潭等市常住人口城镇化率分别达到…: 3), else 0."""
    clause_start = start_of_clause(sentence, position)
    clause = sentence[clause_start:position]
    names = list(names_pattern().finditer(clause))
    if len(names) < 2 or names[0].start() != 0 or not all(
        re.fullmatch(r"\s*[、和及与]\s*", clause[a.end() : b.start()]) for a, b in zip(names, names[1:])
    ):
        return 0
    etc = PLACES_ETC.match(clause, names[-1].end())
    inside = [m for m in seen if m.start >= clause_start + names[-1].end()]
    if etc is None or len(inside) != 1 or clause[etc.end() :].strip() != inside[0].label:
        return 0
    return len(names)


#: The number of the places just listed, restated after them with their kind and, perhaps, the year (三市, 两地, 3个城市,
#: 三市去年, 四市2021年末): no place of its own, the list's.
PLACES_COUNTED = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})个?(?:城市|地市|市|地|城|县|区|省)")
LIST_YEAR_WORDS = re.compile(r"(?:去年|今年|上年|前年|(?:19|20)\d{2}\s*年?(?:末|底)?)?")
NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10} | {str(n): n for n in range(2, 100)}


def _places_before(sentence: str, clause_start: int, clause: str, seen: list[Mention], count: int) -> list[tuple[str, Mention]]:
    """The places of a 分别 list named in the clause before its own (广东、江苏、浙江城镇化率超70%，分别为71.4%、70.6%、70.0%;
    北京、天津排名第二和第三，城镇化率分别为86.6%、83.5%): the clause before opens with exactly ``count`` places and names
    no other; the indicator is the one of the 分别 clause, else the one right after the places."""
    if count < 2 or clause_start == 0:
        return []
    previous_start = start_of_clause(sentence, clause_start - 1)
    previous = sentence[previous_start : clause_start - 1]
    names = list(names_pattern().finditer(previous))
    if len(names) != count or names[0].start() != 0 or not all(
        re.fullmatch(r"\s*[、和及与]\s*", previous[a.end() : b.start()]) for a, b in zip(names, names[1:])
    ):
        return []
    inside = [m for m in seen if m.start >= clause_start]
    if inside:
        if len(inside) != 1 or clause.strip() not in (inside[0].label, inside[0].label + "则", inside[0].label + "也"):
            return []
        indicator = inside[0]
    else:
        if clause.strip() not in ("", "则", "也"):
            return []
        after_run = [m for m in seen if previous_start + names[-1].end() <= m.start < clause_start]
        if not after_run or after_run[0].start != previous_start + names[-1].end():
            return []
        indicator = after_run[0]
    return [(name.group(), indicator) for name in names]


#: The places of a 分别 list with no indicator of their own, only an adverb (长沙、合肥也将分别达到…): they take the indicator
#: of the clause before.
CARRIED_TAIL = re.compile(r"(?:也|亦|则|还)?(?:将|会|可)?")


#: 均 (each, both) before the verb of a value: the value is each listed place's (石家庄市、唐山市…城市人口规模均达到300万人以上).
EACH = re.compile(r"均\s*(?:为|是|达到|达|在|超过|突破|保持在|控制在|稳定在|提高到|提高至|提升到|提升至|增至|增加到|增长到|不低于|不少于|不超过|可达|将达)?\s*$")


def places_named_together(text: str) -> list[str]:
    """The places of the last list of two or more place names joined by 、 和 及 与 in ``text``, when no
    other place is named after it (石家庄市、唐山市将壮大规模…到2015年…均达到: 石家庄市, 唐山市)."""
    runs: list[list[tuple[int, int, str]]] = []
    for match in names_pattern().finditer(text):
        if runs and re.fullmatch(r"\s*[、和及与]\s*", text[runs[-1][-1][1] : match.start()]):
            runs[-1].append((match.start(), match.end(), match.group()))
        else:
            runs.append([(match.start(), match.end(), match.group())])
    if not runs or len(runs[-1]) < 2:
        return []
    return [name for _, _, name in runs[-1]]
