"""Which place a plan is about, at the level it has: nation, province, prefecture or county.

The gazetteer is the administrative-division table shipped with the ``cpca`` package
(``cpca/resources/adcodes.csv``, GB/T 2260 codes): provinces (incl. autonomous regions and the
four municipalities), prefecture-level units and county-level units (counties, county-level
cities, districts, banners), each with its parents. The nation is ``中国`` (no code).

The plan's place is read, in this order of precedence, from

1. **the plan title** (``江苏省人口发展规划``, ``国家人口发展规划``, ``XX县人口发展“十四五”规划``):
   the deepest gazetteer name before 人口…规划/计划; 国家/全国/中国 name the nation;
2. **a quoted plan title that is the text's subject** (press reports: ``国务院印发《国家人口发展规划
   （2016—2030年）》`` — a title after 印发/发布/出台/公布/编制… or before them (《…规划》发布, 《…规划》正式印发),
   not a plan cited as a basis, 根据《…》;
   a title that opens a line and is given a short name, 《…规划》（以下简称《规划》）);
3. **the issuing body** (``XX市人民政府``, ``XX县人民政府办公室`` at the top or in the signature);
4. **the text's own scope**: the scope words (全国, 我国 and 中国 as a subject, 全省/全区/本省, 全市/本市, 全县/本县 …) give
   the level, and the place of that level named most often in the body is the plan's place (全国 makes
   it the nation only when no place is named more often than 全国 is written).

Never from a dateline (``新华社北京3月2日电``), a source line, a comparison (``高于全省…``,
``比全国平均水平高…``) — those spans are masked before counting. County names count written in full
(``昆山市``) or by the unambiguous short names of :func:`analysis.gazetteer.county_short_names` (``浏阳``;
``和平``, ``新城``, ``资源`` are words), provinces and prefectures also by their short names (``江苏``,
``连云港``); a county named as often as its own prefecture, or as another county of it while the
prefecture is named too, is the prefecture's page. When no rule applies the place is unknown (``None``).
"""

from __future__ import annotations

import contextlib
import contextvars
import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.gazetteer import MUNICIPALITIES, NATION, Place, by_name, names_index
from analysis.vocabulary import LEVELS

#: Text before a plan title word: the title's place is the deepest gazetteer name in it. A spatial plan's
#: title names its place before the plan word (国务院关于拉萨市城市总体规划的批复: 拉萨市, not the province
#: government the 批复 is addressed to). An outline for women or children (妇女发展纲要, 儿童发展“十四五”规划) is a plan title too.
TITLE_WORDS = re.compile(r"人口.{0,16}?(规划|计划|方案|纲要)|城市总体规划|城镇体系规划|土地利用总体规划|国土空间总体规划|(?:妇女|儿童)发展.{0,8}?(?:规划|纲要)")
QUOTED_TITLE = re.compile(
    r"(?P<verb>印发|发布|出台|公布|通过|制定|编制|出炉|实施|解读|正式印发|近日印发|日前印发)[^《》。]{0,8}《(?P<title>[^《》]{2,60}?人口[^《》]{0,30}?(?:规划|计划|方案|纲要)[^《》]{0,20})》"
    r"|^\s*《(?P<subject>[^《》]{2,60}?人口[^《》]{0,30}?(?:规划|计划|方案|纲要)[^《》]{0,20})》\s*(?:政策)?(?:解读|答记者问|问答|图解|要点|全文|[(（]\s*(?:以下简称|下称|简称))"
    r"|《(?P<issued>[^《》]{2,60}?人口[^《》]{0,30}?(?:规划|计划|方案|纲要)[^《》]{0,20})》\s*(?:正式|近日|日前)?(?:印发|发布|出台|公布|出炉|获批|实施)",
    re.M,
)
#: A document about a plan named after 关于 (河北省人民政府关于张家口市城市总体规划(2000―2020年)的请示): the plan's title,
#: whose place is the text's, not the government that asks or approves.
ABOUT_TITLE = re.compile(r"关于(?P<title>[^。，,；;：:]{2,60}?)的(?:请示|批复|报告|通知|公告|公示)")
#: How many lines from the top are searched for a 关于…的请示 line (the head of a document, past a register's fields).
HEAD_LINES = 12
NATION_WORDS = re.compile(r"^(国家|全国|中国|我国)")
ISSUER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,20}?)(?:人民政府|人民政府办公厅|人民政府办公室|发展和改革委员会|发展改革委|卫生健康委员会|卫生和计划生育委员会|统计局)")
#: Scope words (全省, 本市 …) and the places each can speak for.
SCOPES: dict[str, tuple[tuple[str, ...], object]] = {
    "全国": (("全国", "我国"), lambda place: place.level == "nation"),
    "全省": (("全省", "本省", "我省"), lambda place: place.level == "province" and place.name.endswith("省")),
    "全区": (("全区", "本区", "我区", "全自治区"), lambda place: place.name.endswith("区") and place.level in ("province", "county")),
    "全市": (("全市", "本市", "我市"), lambda place: place.name.endswith("市") and (place.level in ("prefecture", "county") or place.code[:2] in MUNICIPALITIES)),
    "全州": (("全州", "本州", "我州"), lambda place: place.level == "prefecture" and place.name.endswith("州")),
    "全盟": (("全盟", "本盟"), lambda place: place.level == "prefecture" and place.name.endswith("盟")),
    "全县": (("全县", "本县", "我县"), lambda place: place.level == "county" and place.name.endswith("县")),
    "全旗": (("全旗", "本旗"), lambda place: place.level == "county" and place.name.endswith("旗")),
}
#: 中国 as the subject a text speaks of (中国城镇化率将达到65.5%, 中国要扩大…, 中國將進入…): a scope word of the nation like 我国;
#: not the start of a body's name (中国社会科学院, 中国人口学会, 中国政府网, 中国国家发改委) or part of a phrase (中国特色, 中国梦,
#: 健康中国, 美丽中国).
NATION_NAMED = re.compile(r"(?<!健康)(?<!美丽)(?<!平安)(?<!数字)(?<!法治)(?<!幸福)(?<!智慧)(?<!书香)(?<!创新)(?<!体育)(?<!教育)(?<!文化)中国(?![\u4e00-\u9fff]{0,6}?(?:院|会|网|社|部|局|委|报|台|刊|志|中心|大学|学院|研究所|银行|集团|公司|特色|梦|式|共产党|人民|政府))")
#: The end of a dateline's 电/讯: not the first character of a word (2021年5月3日电视问政, 电话, 电台, 讯息: brief xlo).
DATELINE_END = r"(?![视话台影脑子力网商信梯动器池源站缆线量价费息号])"
#: A news dateline (新华社北京3月2日电, 新华社北京2012年5月3日电, 人民网长沙5月3日电, 红网岳阳县分站2月19日讯): where the report
#: was filed, with or without its year — no subject of the text (masked below); its date is the report's when the page has
#: none (``issue_year`` in :mod:`analysis.extract.meta`).
DATELINE = re.compile(r"(?:新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|本报|本网|记者)?[\u4e00-\u9fff]{2,6}"
                      r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)" + DATELINE_END)
#: Spans that name a place without being about it (masked before counting).
MASKS = (
    DATELINE,
    re.compile(r"(?:来源|信息来源|作者|记者|编辑|通讯员)\s*[:：][^\s，。]{0,30}"),
    # a comparison, with the places listed after it each with its level in brackets (比全国(56.1%)、福建省(62.7%)、泉州市(63.6%))
    # (同 as 与, not 同期, 同比, 同时: 而同期江苏省已达73.4% names 江苏省 as its subject — brief fv)
    re.compile(r"(?:高于|低于|超过|快于|慢于|优于|比|较|与|同(?![期比时样])|占|相当于|领先|落后于?|接近|对标)\s*(?:全国|全省|全市|全区|全州|全县|[\u4e00-\u9fff]{2,10}?(?:省|市|自治区))"
               r"(?:\s*[(（][^()（）]{0,12}[)）](?:\s*[、和及]\s*(?:全国|全省|全市|全区|[\u4e00-\u9fff]{2,10}?(?:省|市|自治区))\s*[(（][^()（）]{0,12}[)）])*)?"),
    # a rank within a larger place (在全国、全省均名列前茅, 居全省第一, 位列全国前十, 进入全国前列, 跻身全国前十): the larger
    # place is no scope of the text
    # (brief wr: 排全省第一, 迈入全市前列, 融入全市第一梯队 — a district ranked in its city; not 安排全省第一批…, brief fy)
    re.compile(r"(?:在|居|列|位居|位列|排名|排在|(?<!安)排|处于|进入|迈入|步入|迈进|融入|跻身|跃居|稳居|跃升至|跃升为|力争|争创|成为)\s*(?:全国|全省|全市|全区|我省|本省)(?:\s*[、和及]\s*(?:全国|全省|全市|全区))*[^。；;，,]{0,6}?(?:前列|前茅|首位|首个|之首|第[一二三四五六七八九十\d]+|前[一二三四五六七八九十\d]+)"),
    # a title awarded by a larger place (获评全省维护社会稳定优秀市, 被评为全国文明城市; brief wr): the larger place is no scope —
    # only when no place is named as the one awarded (成都市获评全省文明城市 is a province's own text telling of its city, brief fy)
    re.compile(r"(?<![省市县区州旗])(?:获评|评为|荣获|获得)\s*(?:全国|全省|全市|全区)[^。；;，,]{0,16}?(?:先进|优秀|示范|模范|标兵|文明|称号)"),
    # a university or college named after a place (四川大学华西医院领办市人民医院; brief wr): an institution, not the place —
    # never starting inside a scope word nor holding one (全市老年大学, 全省开放大学, 建设全省一流大学 keep 全市/全省; brief fy)
    re.compile(r"(?<![全我本])(?:(?!全[国省市区县州]|[我本][国省市区县])[\u4e00-\u9fff]){2,4}?(?:大学|学院)(?!生)"),
    # a rank or a first within a larger place without its verb (全省县域经济十强, 全省首个…城市, 在我省排第三位)
    re.compile(r"(?:全国|全省|我省|本省)[^。；;，,]{0,6}?(?:十强|百强|首个|排第[一二三四五六七八九十\d]+)"),
    re.compile(r"(?:全国|全省|全市|全区)(?:平均|水平|同期|总量|总人口的|人口总量的|的平均)"),
    re.compile(r"(?:毗邻|邻近|接壤|周边|对口|援建|对接|融入|连接|联通|辐射)[\u4e00-\u9fff]{2,10}?(?:省|市|县|区)"),
    # places a figure leaves out (全国人口(不含香港、澳门特别行政区和台湾省), 户籍人口不包括驻军): the scope is the place
    # the figure is of, never the places excluded from it
    re.compile(r"(?:不含|不包括|不包含|未含|未包括|未计入)\s*[^。；;，,()（）]{0,30}"),
    # an official's title and name before what he says (老龄司司长王海东：预计…, 市长李明表示): a person, not a place (海东)
    re.compile(r"(?:司长|局长|厅长|处长|主任|部长|市长|省长|州长|县长|区长|书记|主席|院长|所长|总理|发言人|总工程师|巡视员)\s*[\u4e00-\u9fff]{2,3}"
               r"(?=\s*(?:[:：，,（(]|说|表示|介绍|指出|称|透露|强调|认为|坦言|解释|在会上))"),
)
_BLANK = "□"
@dataclass(frozen=True)
class PlaceEvidence:
    """The place a text is about, how it was found, and how strongly the text says so."""

    place: Place
    method: str  # title, quoted title, issuer, mentions
    line: int  # line number where the evidence is
    detail: str
    mentions: int = 0
    runner_up: str = ""

    def describe(self) -> str:
        level = f"{self.place.level}" + (f", GB/T 2260 {self.place.code}" if self.place.code else "")
        return f"{self.place.name} ({level}) from the {self.method} on line {self.line}: {self.detail}"


class _Found:
    """A name found in a text (the part of ``re.Match`` the callers use)."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


#: Characters after which a one-character-stem county name (和县, 康县, 成县) may begin: a word boundary
#: (punctuation, a digit or Latin letter, a date (2020年), or a preposition or conjunction before a place name).
STEM_BOUNDARY_BEFORE = frozenset("在于到至从赴往去来与及同和、的是为即年月日")
#: Characters that, right after a one-character-stem county name, make its last character the start of
#: a word instead (县城, 县域, 县级, 县乡, 县区, 区域, 市民 …): 和县城 is 和 + 县城, not 和县 + 城.
STEM_WORD_AFTER = frozenset("城域级乡区市委长属镇里份情内外际民")


#: Words a county's short name can start inside, its first character their last (年来 "over the years" before 来安 of
#: 来安县 in 近年来安徽…): the short name does not start there.
WORD_ACROSS = frozenset({"年来", "以来", "近来", "未来", "将来", "原来", "本来", "后来", "从来", "向来", "历来"})


class NameMatcher:
    """Leftmost-longest matching of the gazetteer's names, by first character — much faster than
    one regular expression of several thousand alternatives.

    ``guarded`` maps a name whose places are all county-level places with a one-character stem
    (和县, 康县, 成县, 理县) to the names of their parents: such a name is read inside ordinary words
    (健康县城, 城市和县城, 形成县域, 管理县), so it counts only when its parent is written right before it
    (安徽省和县, 马鞍山和县), or it stands apart — at the start, after punctuation, a digit, a letter or
    a word such as 在 (:data:`STEM_BOUNDARY_BEFORE`) — and is not the start of a word such as 县城
    (:data:`STEM_WORD_AFTER`)."""

    def __init__(self, names, guarded: dict[str, frozenset[str]] | None = None, shorts: frozenset[str] = frozenset()):
        self.guarded = guarded or {}
        self.shorts = shorts  # guarded short names (浏阳): their last character is the stem's, so 浏阳城区 is 浏阳 + 城区
        self.by_first: dict[str, list[str]] = {}
        for name in sorted(names, key=len, reverse=True):
            self.by_first.setdefault(name[0], []).append(name)
        # the same search in C: jump to the next character a name can start with, then try that
        # character's names, longest first (the order of the alternatives)
        self._starts = re.compile("[" + "".join(re.escape(char) for char in sorted(self.by_first)) + "]") if self.by_first else None
        self._names = {char: re.compile("|".join(map(re.escape, group))) for char, group in self.by_first.items()}

    def finditer(self, text: str):
        if self._starts is None:
            return
        position, size = 0, len(text)
        search, names = self._starts.search, self._names
        while position < size:
            start = search(text, position)
            if start is None:
                return
            position = start.start()
            found = names[text[position]].match(text, position)
            if found and (found.group() not in self.guarded or self._stands_apart(text, position, found.end(), found.group())):
                yield _Found(position, found.end(), found.group())
                position = found.end()
            else:
                position += 1

    def _stands_apart(self, text: str, start: int, end: int, name: str) -> bool:
        """Whether a one-character-stem county name, or a county's short name, at ``start:end`` is the place, not
        part of a word. A short name (浏阳) counts only in a text that also writes its prefecture or province: most
        two-character stems are words or the names of rivers, lakes and mountains too (同仁, 赤水, 嫩江, 巢湖, 五台)."""
        before = text[start - 1] if start else ""
        if any(text.endswith(parent, 0, start) for parent in self.guarded[name]):
            return True
        if name in self.shorts and not any(parent in text or parent in _DOCUMENT.get() for parent in self.guarded[name]):
            return False  # 同仁, 赤水, 嫩江, 巢湖: a county's short name is read only in a text that writes its prefecture or province
        if name in self.shorts and text[max(0, start - 1) : start + 1] in WORD_ACROSS:
            return False  # 七十年来安徽, 近年来安徽: 年来 is a word (over the years), not 来安 (来安县)
        if before and _is_cjk(before) and before not in STEM_BOUNDARY_BEFORE:
            return False
        after = text[end] if end < len(text) else ""
        return name in self.shorts or after not in STEM_WORD_AFTER

    def findall(self, text: str) -> list[str]:
        return [found.group() for found in self.finditer(text)]

    def search(self, text: str):
        return next(iter(self.finditer(text)), None)

    def sub(self, replacement: str, text: str) -> str:
        parts, cursor = [], 0
        for found in self.finditer(text):
            parts += [text[cursor : found.start()], replacement]
            cursor = found.end()
        return "".join(parts) + text[cursor:]


#: The whole text of the document being read (:func:`document_context`): a county's short name is a place only in a
#: document that also writes its prefecture or province, wherever in it (长沙's plan naming 浏阳 in a later line).
_DOCUMENT: contextvars.ContextVar[str] = contextvars.ContextVar("planwatch_document_text", default="")


@contextlib.contextmanager
def document_context(text: str):
    """While reading one document, let name matching see the whole of it (see :data:`_DOCUMENT`)."""
    token = _DOCUMENT.set(text)
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


@functools.cache
def _name_pattern() -> NameMatcher:
    index = names_index()
    guarded = {}
    for name, places in index.items():
        if len(name) == 2 and all(place.level == "county" for place in places):
            parents = {parent for place in places for parent in (place.province, place.prefecture) if parent}
            parents |= {place.short for parent in parents for place in index.get(parent, ()) if place.short != place.name}
            guarded[name] = frozenset(parents)
    shorts = frozenset(name for name in guarded if all(place.name != name for place in index[name]))
    return NameMatcher(index, guarded, shorts)


def names_pattern() -> NameMatcher:
    """A pattern matching every place name of the gazetteer (longest first)."""
    return _name_pattern()


def names_in(text: str) -> frozenset[str]:
    """Every gazetteer name written in ``text``."""
    return frozenset(_name_pattern().findall(text))


def masked(text: str) -> str:
    """``text`` with datelines, source lines, comparisons and neighbours blanked (same length)."""
    for pattern in MASKS:
        text = pattern.sub(lambda match: _BLANK * len(match.group()), text)
    return text


def title_place(title: str, named: frozenset[str] = frozenset()) -> Place | None:
    """The place a plan title names: the deepest place before 人口…规划 (国家/全国 the nation)."""
    head = title
    match = TITLE_WORDS.search(title)
    if match:
        head = title[: match.start()]
    head = head.strip(" 《“\"")
    if NATION_WORDS.match(head) and not _name_pattern().search(head):
        return NATION
    found = [by_name(name, named | names_in(title)) for name in _name_pattern().findall(head)]
    found = [place for place in found if place is not None]
    if not found:
        return NATION if NATION_WORDS.match(head) else None
    return max(found, key=lambda place: LEVELS.index(place.level))


def head_title(line: str) -> str:
    """The plan title a line names after 关于 (…关于张家口市城市总体规划(2000―2020年)的请示), or ``""`` when the line
    names none (a 关于 before anything but a plan title)."""
    match = ABOUT_TITLE.search(line)
    return match.group("title") if match and TITLE_WORDS.search(match.group("title")) else ""


def identify_place(lines: Sequence[tuple[int, str]], title_line: int | None = None) -> PlaceEvidence | None:
    """The place of the plan in ``(line number, text)`` pairs of its body (see the module docstring)."""
    if not lines:
        return None
    text = "\n".join(line for _, line in lines)
    named = names_in(text[:3000])  # the places named near the top resolve ambiguous names of the title
    numbers = [number for number, _ in lines]
    starts = list(itertools.accumulate((len(line) + 1 for _, line in lines), initial=0))

    def line_of(position: int) -> int:
        return numbers[bisect.bisect_right(starts, position) - 1]

    if title_line is not None:
        title = next((line for number, line in lines if number == title_line), "")
        if TITLE_WORDS.search(title) and len(title.strip()) <= 60:
            place = title_place(title, named)
            if place is not None:
                return PlaceEvidence(place, "title", title_line, f"the title 「{title.strip()}」 names it")
    quoted = [(match.start(), match.group("title") or match.group("subject") or match.group("issued")) for match in QUOTED_TITLE.finditer(text)]
    for position, title in quoted:
        place = title_place(title, named)
        if place is not None:
            return PlaceEvidence(place, "quoted title", line_of(position), f"the plan is cited as 《{title}》")
    for number, line in lines[:HEAD_LINES]:
        title = head_title(line)
        if title and (place := title_place(title, named)) is not None:
            return PlaceEvidence(place, "title", number, f"the plan is named after 关于: 「{title}」")
    head_and_tail = [*lines[:12], *lines[-12:]]
    for number, line in head_and_tail:
        issuer = ISSUER.search(masked(line))
        if issuer and len(line.strip()) <= 40:
            found = [by_name(name, named) for name in _name_pattern().findall(issuer.group("name"))]
            found = [place for place in found if place is not None]
            if found:
                place = max(found, key=lambda place: LEVELS.index(place.level))
                return PlaceEvidence(place, "issuer", number, f"issued by 「{line.strip()}」")
    return _from_mentions(masked(text), line_of) or _from_dateline(text, line_of)


def _from_dateline(text: str, line_of) -> PlaceEvidence | None:
    """The place a dateline names (红网岳阳县分站2月19日讯, 人民网长沙5月3日电: masked as no subject of the text), when the text
    names no place of its own and its most frequent scope word can speak for that place (全县 for a county): a local
    station's report of its own county's meeting. Never a dateline's place of another level (新华社北京…电 in a text of 全国)."""
    masked_text = masked(text)
    scopes = Counter({scope: sum(masked_text.count(word) for word in words) for scope, (words, _) in SCOPES.items()})
    ranked = [scope for scope, count in scopes.most_common() if count]
    if not ranked or ranked[0] == "全国":
        return None
    accepts = SCOPES[ranked[0]][1]
    head = text[: sum(len(line) + 1 for line in text.split("\n")[:HEAD_LINES])]
    for match in DATELINE.finditer(head):
        names = _name_pattern().findall(match.group())
        found = {place for name in names if (place := by_name(name)) is not None and accepts(place)}
        if len(found) == 1:
            place = found.pop()
            return PlaceEvidence(place, "dateline", line_of(match.start()), f"the dateline 「{match.group()}」 names it; scope word {ranked[0]}")
    return None


#: A count of a city's districts that do something (共有5个区公布…, 已有5个区, 广州市11区中), or 各区: the text reports on several
#: districts of the city (not a rank among them: 居全市11个区之首, 在全市各区中排名第一, 居各区之首).
#: (not a count of regions or levels, 已有3个区域医疗中心, 两个区级医院; and not a superlative among them either, 在全市各区中最高:
#: review of gv, finding 4)
DISTRICTS_COUNTED = re.compile(r"(?:共有|已有|中有|有)\s*[\d一二三四五六七八九十两]+\s*个(?:区|区县|县区|市辖区)(?![\u4e00-\u9fff]{0,1}(?:镇|街道))(?!域|级|划)"
                               r"|(?:市|□)[\d一二三四五六七八九十]+个?区中|各区(?!域|级|划)(?!中?(?:最|排名|排|居|位列|名列|第)|之首)")


def _from_mentions(masked_text: str, line_of) -> PlaceEvidence | None:
    """The most-mentioned place that the most frequent scope word can speak for."""
    scopes = Counter({scope: sum(masked_text.count(word) for word in words) for scope, (words, _) in SCOPES.items()})
    scopes["全国"] += len(NATION_NAMED.findall(masked_text))
    counts: Counter[Place] = Counter()
    first: dict[Place, int] = {}
    matches = list(_name_pattern().finditer(masked_text))
    named = frozenset(match.group() for match in matches)
    # a text whose scope word is 全省/我省 speaks of a province: a name a province shares with a prefecture (吉林, beside
    # 长春市和吉林市) is the province's
    province_scope = max(scopes, key=lambda scope: scopes[scope]) == "全省" and scopes["全省"] > 0
    for match in matches:
        place = by_name(match.group(), named)
        if province_scope and place is not None and place.level != "province":
            place = next((other for other in names_index().get(match.group(), ()) if other.level == "province"), place)
        if place is not None:
            counts[place] += 1
            first.setdefault(place, match.start())
    scope_text = ", ".join(f"{name} {count}" for name, count in scopes.most_common() if count) or "none"
    ranked_scopes = [scope for scope, count in scopes.most_common() if count]
    named_most = max(counts.values(), default=0)
    if ranked_scopes and ranked_scopes[0] == "全国" and (len(ranked_scopes) == 1 or scopes["全国"] >= 2 * scopes[ranked_scopes[1]]) and named_most <= scopes["全国"]:
        # a page about a province or city says 全国 too (争创全国文明城市, 优于全国平均水平): the nation
        # only when no place is named more often than 全国 is written
        return PlaceEvidence(NATION, "scope words", line_of(masked_text.find("全国")), f"scope words: {scope_text}")
    for scope in ranked_scopes:
        accepts = SCOPES[scope][1]
        pool = [place for place in counts if accepts(place)]
        if pool:
            break
    else:
        pool = list(counts) if not ranked_scopes or named_most > scopes["全国"] else []
        provinces = {place.province for place in counts if place.level != "province" and place.province}
        own_words = masked_text.count("我省") + masked_text.count("本省")
        whole = masked_text.count("全省")
        parts = [match for match in matches if (place := by_name(match.group(), named)) is not None and place.level != "province"]
        singled_out = bool(parts) and all(masked_text[max(0, match.start() - 4) : match.start()].find("其中") >= 0 for match in parts)
        speaks_as_province = own_words > 0 or (whole >= 2 and whole > len(parts)) or singled_out
        if (ranked_scopes and ranked_scopes[0] == "全省" and speaks_as_province and len(provinces) == 1
                and (province := by_name(provinces.pop())) is not None):
            # a text that speaks as 我省/全省 and names only places inside one province (按照我省2008年社会发展计划，…，
            # 其中合肥…) is the province's: its city is a part it singles out, not the place it speaks for — when 我省 or 本省
            # is written, 全省 at least twice and more often than the city is named, or the city only after 其中; a city's
            # page that says 全省 once (全省人均预期寿命为77.5岁 beside 衡阳's) stays the city's
            return PlaceEvidence(province, "scope words", line_of(first[min(first, key=first.get)]),
                                 f"scope words: {scope_text}; only places inside {province.name} named")
    if not pool:
        return None
    ranked = sorted(pool, key=lambda place: (-counts[place], first[place]))
    best = ranked[0]
    # a city's page names its counties (两个大城市(浏阳、宁乡) in 长沙's plan): a county named as often as its own
    # prefecture, or as often as another county of it while the prefecture is named too, is the prefecture's page
    parent = next((place for place in pool if best.level == "county" and place.name == best.prefecture), None)
    sibling = any(place != best and place.level == "county" and place.prefecture == best.prefecture and counts[place] == counts[best] for place in counts)
    if parent is not None and (counts[parent] == counts[best] or sibling):
        best = parent
    if best.level == "county" and best.prefecture and (city := next((place for place in counts if place.name == best.prefecture), None)) is not None:
        # a round-up of a city's districts (截至昨日，广州共有5个区公布人口上限; 广州市11区中已有5个区…) names two of them or more and
        # counts them: the city's report, not its first district's (brief gv, form 2)
        # (only a count of districts that do something, 共有5个区公布…: a district's own report that ranks it, 比海珠区多…，居全市11个区之首,
        # stays the district's)
        districts = [place for place in counts if place.level == "county" and place.prefecture == city.name]
        if len(districts) >= 2 and DISTRICTS_COUNTED.search(masked_text):
            best = city
    others = sorted((place for place in counts if place != best), key=lambda place: (-counts[place], first[place]))
    runner = others[0] if others else None
    return PlaceEvidence(
        best, "mentions", line_of(first[best]),
        f"named {counts[best]} times in the body (scope words: {scope_text}); next: "
        f"{runner.name + f' ({counts[runner]})' if runner else 'none'}",
        counts[best], runner.name if runner else "",
    )
