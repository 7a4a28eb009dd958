"""The indicator codebook (``data/codebook/indicators.csv``) and matching of labels to codes.

Each indicator has a code, English and Chinese names, the synonyms plans use for it (written in
normalised form: ``16~59岁`` not ``16—59岁``), a canonical unit, what kind of measure it is
(stock, rate, share, ratio, index, year — which decides how change is measured — or total, a count
summed over a period), which direction
is better, and a definition that says what it must not be confused with.

Age-band indicators are recognised by rule rather than by synonym: ``0~14岁少儿人口的比重`` is
``share_0_14``, ``60岁及以上人口`` is ``pop_60plus``. A band only counts if its code is in the
codebook, so a new band is reported as unmapped rather than invented.

Floor: contracts (a vocabulary: imports only the basics).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.gazetteer import GENERIC_NAMES, place_names

MEASURES = ("stock", "rate", "share", "ratio", "index", "year", "total")
#: A count summed over a period (people settled in towns over 十三五): dated at the period's end with
#: its first year, never a level of one year (:func:`analysis.demography.periods.reading`).
TOTAL = "total"
BETTER = ("higher", "lower", "neutral")
#: What an indicator is about (the report groups and the outcome checks use it).
DOMAINS = ("population", "fertility", "mortality", "health", "structure", "distribution", "migration", "ageing", "family",
           "education", "social", "economy", "environment")
#: The codebook's columns, in order.
COLUMNS = ("code", "label_en", "name_en", "name_zh", "synonyms", "unit", "measure", "better", "domain", "numerator", "definition")

#: The migrants (流动人口, 外来人口, 农民工): a group of the place's people, whose rates and counts are never the place's
#: (:data:`GROUP_PART`; ``MIGRANT_RATE`` in :mod:`analysis.extract.prose.not_values`). One list, shared (brief xfv).
MIGRANTS = r"(?:流动|外来|流入|外出|外地)人口|农民工"
#: A birth order (二孩, 多孩, 头胎, 第三孩, 三孩及以上): its births and its sex ratio are a part's (``NARROWED_BY["srb"]``;
#: ``BIRTH_ORDER_COUNT``, ``BIRTH_ORDER_RATIO`` in :mod:`analysis.extract.prose.not_values`). One list, shared (brief xfv).
BIRTH_ORDER = r"[二三]孩及以上|[一二三四多]孩|[一二三四多]胎|头胎|第[一二三四]孩|第[一二三四]胎"

_CJK = r"\u4e00-\u9fff"
_AGE = r"(?P<a>\d{1,2})(?:(?:~|至|到)(?P<b>\d{1,2}))?周?岁(?P<plus>及以上|以上)?"  # 15~59岁, 15至59岁 as communiqués write it, 60周岁以上
#: An age band as written (the pattern of :data:`AGE_SHARE` and :data:`AGE_COUNT`), for lists that share one noun.
AGE_BAND = _AGE
AGE_SHARE = re.compile(
    _AGE + rf"(?:的)?[{_CJK}]{{0,6}}?(?:人口|人|老人)(?:的)?(?:所占|占全市常住人口的?|占常住人口的?|占总人口的?|占户籍人口的?|占人口)?(?:比重|占比|比例)"
)
AGE_COUNT = re.compile(_AGE + r"(?:的)?(?:户籍|常住)?(?:劳动年龄|老年|少儿|少年儿童|儿童|青少年|高龄)?(?:人口|老年人|老人)")
_UNIT_PARENTHESES = re.compile(r"\((?:[^()]*)\)")
#: 占 right before a population (占老年人口的, 占全市老年人口, not across a list: 占A、B): that population is the base of a
#: share, never its numerator (stated once here; the prose reader uses it for the shares of a group's base).
SHARE_BASE_BEFORE = re.compile(r"占[^，,。；;、\d]{0,6}$")
#: A relative clause of what some of the older people do right before them (参加老年大学学习的老年人口比例, 经常参加体育锻炼的老年
#: 人口比例, 享受居家养老服务的老年人口): the share or count of that group, never the older population's (brief gv, form 14).
#: (拥有 only of a thing, not of the place's 户籍: 全市拥有本市户籍的老年人口180万人 is the older population; review of gv, finding 10)
ACTIVE_ELDERLY_BEFORE = r"(?:参加|参与|享受|接受|使用|获得|加入|从事|签约|入住|拥有(?![^，,。；;、\d]{0,4}户籍)|经常|接种)[^，,。；;、\d]{0,12}?的$"
#: Words right before a synonym that make it a narrower indicator the codebook does not have: 青壮年文盲率 is the
#: rate among people aged 15–50, not the population's 文盲率; 15岁以上常住人口平均受教育年限 states its band. The
#: synonym is then no mention of the indicator.
NARROWED_BY = {
    "illiteracy_rate": re.compile(r"(?:青壮年|青年|妇女|女性|男性|农村|城镇)$"),
    # the older people after 占 are a share's denominator (老年志愿者注册人数占老年人口比例, 养老机构床位数占老年人口比例): the share
    # of something else among them, never their own share of the population
    "share_elderly": re.compile(SHARE_BASE_BEFORE.pattern + "|" + ACTIVE_ELDERLY_BEFORE),
    # one group's scheme (城镇职工基本社会保险覆盖率, 农民工基本社会保险覆盖率, 被征地农民…): not the coverage of basic social insurance
    "social_insurance_coverage": re.compile(r"(?:职工|城镇居民|农村居民|农民工|灵活就业人员|被征地农民|失地农民|机关事业单位|企业)$"),
    # (the migrants' own rates, 流动人口出生性别比, 外来人口出生率, are a part's: :data:`GROUP_PART`, for every rate of people)
    # a birth order's or a policy group's sex ratio (二孩出生人口性别比, 政策外出生性别比, 第三孩性别比): not the place's SRB
    "srb": re.compile(rf"(?:{BIRTH_ORDER}|孩次|政策外|计划外|政策内)(?:的)?$"),
    # the early neonatal mortality rate (早期新生儿死亡率: deaths in the first week) is a narrower rate than the neonatal one (brief fv)
    "nmr": re.compile(r"早期$"),
    "edu_years_age_unstated": re.compile(r"(?:岁|劳动年龄|劳动力|从业人员|就业人员|学龄|新增)[^，,。；;、]{0,6}$"),
    # the talent counts are stocks: after 占 the words are a share's denominator (高技能人才占技能劳动者的比例), after a
    # verb of training or recruiting a flow (每年新培养高技能人才1万人, 引进各类专业技术人才); and they are a place's whole
    # count: a sector's or a grade's right before them (卫生专业技术人才, 中高级专业技术人才, 乡村振兴人才资源, 企业技能人才) is a part
    **dict.fromkeys(("talent_total", "professional_technical_talent", "skilled_workers", "high_skill_talent"),
                    re.compile(r"(?:占|培养|培训|引进|吸引|集聚|招收|招引|新增|增加|输送|选拔)[^，,。；;、\d]{0,4}$"
                               r"|(?:卫生|卫健|医疗|医药|医学|教育|教师|乡村振兴|乡村|农村|农业|涉农|企业|国有|民营|非公|党政|机关|事业单位|社会工作"
                               r"|科技|文化|文旅|旅游|金融|工业|制造业|产业|行业|领域|系统|中高级|高中级|中级|初级|高级|副高|正高|青年|女性|海外|高层次"
                               r"|紧缺|急需|重点|骨干|基层|县域|实用|技能|技术|[^\W\d_]业)$")),
}
#: … and the same for words of the new synonyms: a thing's lifespan (企业平均寿命3.5年, 产品的平均寿命) is no person's life
#: expectancy; the employed, the people served or managed (就业人口规模, 服务人口规模, 实际管理人口总量) are no resident population.
NARROWED_BY |= {
    # … and a sex's figure (妇女平均预期寿命 when a part of the place's women is named before it: 农村妇女平均预期寿命) is not the
    # both-sexes one either
    "life_expectancy": re.compile(r"(?:企业|公司|产品|设备|设施|建筑|房屋|住宅|电池|婚姻|机器|机械|车辆|汽车|桥梁|道路|器材)(?:的)?$|(?:妇女|女性|男性)(?:人均|平均)?$"),
    # one sex's figure of a part of the place (农村妇女平均预期寿命, 城镇女性预期寿命): no level of the place's women or men
    **dict.fromkeys(("life_expectancy_female", "life_expectancy_male"), re.compile(r"(?:农村|乡村|城镇|城市|城区|流动人口|少数民族)(?:的)?$")),
    "pop_resident": re.compile(r"(?:就业|从业|务工|通勤|就学|服务|管理)$"),
    # a scheme beside the basic one (大病医疗保险覆盖率, 商业医疗保险参保率, 补充养老保险覆盖率, 附加医疗保险): not the basic insurance's
    # coverage (review of brief at)
    **dict.fromkeys(("medical_insurance_coverage", "pension_insurance_coverage"), re.compile(r"(?:大病|商业|补充|附加)(?:的)?$")),
    "pop_elderly": re.compile(ACTIVE_ELDERLY_BEFORE),
    # a kind of the oldest old (失能高龄老人3万人, 空巢高龄老人, 享受补贴的高龄老人): a part of the population aged 80 and over (brief gv)
    "pop_80plus": re.compile(r"(?:失能|半失能|失智|空巢|独居|留守|困难|贫困|特困|低保|孤寡|高龄津贴|享受[^，,。；;、\d]{0,8}?)(?:的)?$"),
    # a kind of migrants (其中城城之间流动人口约80万人, 乡城流动人口, 跨省流动人口1.25亿人): a part of the floating population
    "pop_floating": re.compile(r"(?:之间|乡城|城城|乡乡|跨省|跨市|跨县|跨区|跨地区|省际|市际|县际|省内|市内|县内|区内)(?:的)?$"),
}
#: A part of the place's people or of its land named right before an indicator of the whole population: the part's figure,
#: never the place's (the codebook has no urban, rural, migrant or regional code of these). Its parts:
#: the urban or rural people or area (城市孕产妇死亡率, 农村地区婴儿死亡率, 城镇居民人均预期寿命, 株洲市区人均预期寿命 — not
#: 全市区); a group (流动人口, 外来人口, 农民工, 留守儿童, 少数民族聚居地区); and a region of the place or of the nation — a
#: compass part after a province's one-character name (苏南地区, 粤东西北地区, 湘西地区, 华北地区), a part written with 部
#: (东部地区, 中西部地区), a wide region (东北地区, 西南地区, 长三角地区) or a kind of area (贫困地区, 山区, 民族地区, 边远地区).
#: Whole-place words (城乡, 全省, 户籍人口 — the registered population's rates are coded like the residents') are no part.
RESIDENCE_PART = r"(?:农村|乡村|城镇|城市|(?<!全)市区|城区|县城|农区|牧区)(?:地区)?(?:居民|人口|户籍人口|常住人口)?"
GROUP_PART = rf"{MIGRANTS}|流动儿童|留守儿童|少数民族(?:聚居)?(?:地区)?"
REGION_PART = (r"(?:(?:[粤苏浙皖鲁豫冀晋辽吉闽赣鄂湘桂琼川黔滇陕甘陇渝]|华)(?:东西北|东西南|东北|西北|西南|东南|东|西|南|北|中)部?"
               r"|(?:东|西|南|北|中|东北|西北|西南|东南|中西|东中)部|东北|西北|西南|东南|长三角|珠三角|京津冀"
               r"|贫困|连片特困|特困|民族|边远|偏远|欠发达|革命老区|边疆)地区|(?:贫困|边远|偏远)?山区")
POPULATION_PART = re.compile(rf"(?:{RESIDENCE_PART}|{GROUP_PART}|{REGION_PART})(?:的)?(?:人均|平均)?$")
REGION_BEFORE = re.compile(rf"(?:{REGION_PART})(?:的)?$")
#: The indicators of the whole population a part before them narrows (rates, life expectancies, shares of ages).
RATES_OF_PEOPLE = ("imr", "mmr", "u5mr", "nmr", "life_expectancy", "healthy_life_expectancy", "life_expectancy_male", "life_expectancy_female",
                   "srb", "tfr", "birth_rate", "death_rate", "natural_growth_rate", "health_literacy_rate", "birth_defect_rate",
                   "sex_ratio_total", "share_60plus", "share_65plus", "share_elderly", "share_80plus", "share_0_14", "illiteracy_rate")


#: One sex before a count of the population (女性常住人口3260万人, 男性人口): that sex's count, never the place's (the codebook has
#: no population by sex) — the counts of people of :data:`SEXED_COUNTS`.
SEX_OF_COUNT = re.compile(r"(?:(?:男性|女性|妇女|男|女)(?:的)?$)")
SEXED_COUNTS = ("pop_resident", "pop_hukou", "pop_urban", "pop_rural", "pop_floating", "pop_inmigrant", "pop_outmigrant", "pop_elderly",
                "pop_working_age")


def _or_part(code: str, pattern: re.Pattern[str] | None) -> re.Pattern[str]:
    """``pattern`` (a code's own narrowing words) or a part before it: :data:`POPULATION_PART` for the rates of the whole
    population, :data:`REGION_BEFORE` (a region is never the place, whatever it measures) for every other code, and one sex
    (:data:`SEX_OF_COUNT`) for the counts of people."""
    part = POPULATION_PART if code in RATES_OF_PEOPLE else REGION_BEFORE
    if code in SEXED_COUNTS:
        part = re.compile(f"(?:{part.pattern})|{SEX_OF_COUNT.pattern}")
    return part if pattern is None else re.compile(f"(?:{pattern.pattern})|(?:{part.pattern})")


#: The part words that also end places' names (盐城市, 聊城市; 西城区, 鹿城区; 宝山区, 南山区, 中山区): written as the tail of a
#: gazetteer name they name that place, no part of one (:func:`_ends_a_place_name`).
PLACE_NAME_TAILS = re.compile(r"城市|城区|市区|山区")


def _ends_a_place_name(text: str, part: re.Match[str]) -> bool:
    """Whether a part word of ``part`` (:data:`PLACE_NAME_TAILS`) is the tail of a place's full name begun before it
    (盐城市人均预期寿命, 宝山区常住人口: the city's or the district's own level) — not the generic names the gazetteer never
    reads as places (新城区, 新市区: the new urban area), nor a name ending inside the part word (株洲市区: the city proper)."""
    names = place_names()
    for tail in PLACE_NAME_TAILS.finditer(part.group()):
        end = part.start() + tail.end()
        for length in range(len(tail.group()) + 1, 12):
            name = text[max(0, end - length) : end]
            if len(name) < length:
                break
            if name in names and name not in GENERIC_NAMES:
                return True
    return False


#: Synonyms that name the indicator only after the words given here (ending right before them, 的 between allowed): bare
#: 平均寿命 is a life expectancy only of a place or its people (全省居民平均寿命, 长沙市的平均寿命, 全市人口平均寿命, 2020年，平均
#: 寿命…), never of a group (全市医务人员平均寿命, 环卫工人, 运动员, 教师) — a place's name is checked by ending in 省, 市, 县, 州,
#: 旗, 盟, 国 or 区 (not 地区, 社区, 园区, 山区, 景区, 牧区, 林区, 灾区).
NEEDS_BEFORE = {
    "平均寿命": re.compile(r"(?:居民|市民|人口|人民|群众|国民|国人|人均|[省市县州旗盟国]|(?<![地社园山景牧林灾])区|\d年|年末|年底|[，,。；;：:（(“\s])(?:的)?$"),
    # bare 政策符合率 is the birth-policy compliance of a year's population-work targets (目标是…自然增长率控制在6‰以内，政策符合率
    # 达90%以上) only as an item of its own — after a clause opening, a place or scope word, a year or the family-planning
    # words (计生, 人口), or an item's number (4.政策符合率, （4）) — never another policy's (环保政策符合率, 产业政策符合率), nor a
    # name in a list (项目审批办结率、政策符合率均达100%; 出生率、自然增长率、政策符合率分别控制在12‰、6‰以内: review of brief at), and
    # only with a family-planning word before it (:data:`NEEDS_NEARBY`)
    "政策符合率": re.compile(r"(?:计生|计划生育|生育|人口|[省市县州旗盟国]|(?<![地社园山景牧林灾发业])区|\d年|年末|年底|今年|去年|全年|目标是|\d[.．、]|[，,。；;：:（(“）)\s])(?:的)?$"),
}
#: Synonyms that name the indicator only with these words in the text before them (up to :data:`NEARBY_CHARS` characters):
#: bare 政策符合率 is the birth policy's only in a text of population work (人口, 出生, 计生, 生育, 工作目标) — not 环评执行率达98%，
#: 政策符合率为100% (review of brief at) — unless it opens a numbered item of its own (3.政策符合率达到90%以上 under 主要目标).
NEEDS_NEARBY = {"政策符合率": re.compile(r"计生|计划生育|生育|出生|人口|工作目标")}
NEARBY_CHARS = 80
NUMBERED_ITEM = re.compile(r"(?:^|[\s：:；;。])(?:\d{1,2}\s*[.．、]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[）)])\s*$")
#: A word right after a population count's name that makes it its density (中心城区人口密度1.2万人/平方公里): the count's
#: name is then no mention (人口密度 itself is pop_density's). So does an allowance paid to the group (高龄老人津贴发放人数,
#: 老年人口补贴: brief gv, form 7): no count of the group.
#: (an allowance may have its kind between, 高龄老人生活补贴惠及5.6万人, 护理补贴: review of gv, finding 8)
COUNT_TURNED_BY = re.compile(r"(?:的)?(?:密度|[\u4e00-\u9fff]{0,4}?(?:津贴|补贴|补助))")
#: A word right after a population count's name that makes it the count's increase (常住人口增量达50万人): the name stays a
#: mention of the count (a total stated after it, 总量达到665万人, is the count's level) and the prose reader reads no value of
#: the clause that names the increase.
COUNT_INCREMENT_AFTER = re.compile(r"(?:的)?(?:增量|增加量|增长量|净增量|增减量|变动量)")
#: A share's name clipped to 比 for 比例 (空气优良天数比达90%, 好于Ⅲ类水体比): a comparison when a base follows
#: (空气优良天数比上年增加12天, 比2017年提高5个百分点) — then no mention.
CLIPPED_RATIO_COMPARED = re.compile(r"(?:上年|去年|上一年|前一?年|同期|往年|以往|过去|(?:19|20)\d{2}|全国|全省|全市|全区|全县|平均)")


@dataclass(frozen=True)
class Indicator:
    code: str
    label_en: str
    name_en: str
    name_zh: str
    synonyms: tuple[str, ...]
    unit: str
    measure: str
    better: str
    domain: str
    numerator: str
    definition: str


@dataclass(frozen=True)
class Mention:
    """An indicator named in a piece of text (normalised coordinates)."""

    start: int
    end: int
    code: str
    label: str


class Codebook:
    """Indicators by code, and the matching of table labels and prose mentions to codes."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame
        self.indicators = {
            row.code: Indicator(
                row.code, row.label_en, row.name_en, row.name_zh, tuple(s for s in row.synonyms.split("|") if s),
                row.unit, row.measure, row.better, row.domain, row.numerator, row.definition,
            )
            for row in frame.itertuples()
        }
        synonyms: dict[str, str] = {}
        for indicator in self.indicators.values():
            for synonym in indicator.synonyms:
                if synonym in synonyms and synonyms[synonym] != indicator.code:
                    raise ValueError(f"synonym {synonym!r} is used by {synonyms[synonym]} and {indicator.code}")
                synonyms[synonym] = indicator.code
        for indicator in self.indicators.values():
            for variant in derived_synonyms(indicator):
                synonyms.setdefault(variant, indicator.code)  # a written synonym of another indicator always wins
        self.synonyms = dict(sorted(synonyms.items(), key=lambda item: -len(item[0])))
        self._synonym_pattern = re.compile("|".join(re.escape(s) for s in self.synonyms))
        self._first_chars = frozenset(synonym[0] for synonym in self.synonyms)
        #: The synonyms by first character (longest first, as in the whole pattern): a position is
        #: tried only against the few synonyms that can start there, not against all of them.
        self._by_first = {
            char: re.compile("|".join(re.escape(s) for s in self.synonyms if s[0] == char)) for char in self._first_chars
        }
        self._longest = max(map(len, self.synonyms), default=0)
        #: Each code's narrowing words (:data:`NARROWED_BY`) or a part of the place before it (:func:`_or_part`).
        self._narrowed = {code: _or_part(code, NARROWED_BY.get(code)) for code in self.indicators}
        #: … and the part of the place alone (:func:`_or_part` without the code's own words): a part's mention (:meth:`parts`).
        self._part = {code: _or_part(code, None) for code in self.indicators}

    def __contains__(self, code: str) -> bool:
        return code in self.indicators

    def __getitem__(self, code: str) -> Indicator:
        return self.indicators[code]

    # -- table labels -------------------------------------------------------------------

    def match_label(self, label: str) -> str | None:
        """The code of a table row label, or ``None`` if the codebook has no such indicator.

        Unit parentheses (``人口自然增长率(‰)``) and 的 are ignored; an exact synonym wins,
        then an age band, then the longest synonym contained in the label.
        """
        for candidate in _label_variants(label):
            if candidate in self.synonyms:
                return self.synonyms[candidate]
        for candidate in _label_variants(label):
            band = self._age_band(candidate, whole=True)
            if band:
                return band
        for candidate in _label_variants(label):
            found = [m for m in self.mentions(candidate) if _same_measure(candidate, m.label)]
            if found:
                return found[-1].code  # the last indicator named is the head: 户籍人口人均预期寿命 → life expectancy
        return None

    def exact(self, label: str) -> str | None:
        """The code of a label that is a synonym (or an age band) as a whole, else ``None``."""
        for candidate in _label_variants(label):
            if candidate in self.synonyms:
                return self.synonyms[candidate]
            band = self._age_band(candidate, whole=True)
            if band:
                return band
        return None

    def match_path(self, path: list[str]) -> str | None:
        """The code of a two-level row label (``['城镇化率', '户籍人口']`` → urbanization_hukou)."""
        if len(path) == 1:
            return self.match_label(path[0])
        parent, child = path[0], path[-1]
        for candidate in (child + parent, parent + child, child, parent):
            code = self.match_label(candidate)
            if code:
                return code
        return None

    # -- prose mentions -----------------------------------------------------------------

    @property
    def longest_synonym(self) -> int:
        """The length of the longest synonym."""
        return self._longest

    def spans(self, text: str, position: int) -> bool:
        """Whether a synonym in ``text`` starts before ``position`` and ends after it (户籍人口城镇化率 spans the place
        between 城镇 and 化率)."""
        for start in range(max(0, position - self._longest + 1), position):
            pattern = self._by_first.get(text[start])
            match = pattern.match(text, start) if pattern else None
            if match is not None and match.end() > position:
                return True
        return False

    def mentions(self, text: str) -> list[Mention]:
        """Every indicator named in ``text``: longest non-overlapping matches, left to right
        (remembered for the texts read most recently: a sentence is looked at several times)."""
        return list(self._mentions(text))

    def parts(self, text: str) -> list[Mention]:
        """The indicators named in ``text`` for a part of the place (农村地区婴儿死亡率, 苏南地区城镇化率: no mention, see
        :func:`_or_part`): the part's own value is no level, but a clause after it that leaves the indicator out
        (…，全省为3.5‰) names the whole place's (brief xfv)."""
        return list(self._scan(text)[1])

    def _mentions(self, text: str) -> tuple[Mention, ...]:
        return self._scan(text)[0]

    @functools.lru_cache(maxsize=8192)  # noqa: B019 — one codebook per process, kept for its life
    def _scan(self, text: str) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
        found: list[Mention] = []
        parts: list[Mention] = []
        narrowed: list[tuple[int, int]] = []  # a narrowed name is no mention, nor is any shorter name inside it (二孩出生人口性别比: no 性别比)
        for match in self._overlapping(self._synonym_pattern, text):
            code = self.synonyms[text[match[0] : match[1]]]
            if any(start <= match[0] and match[1] <= end for start, end in narrowed):
                continue
            part = self._narrowed[code].search(text, max(0, match[0] - 12), match[0])
            if part is not None and not _ends_a_place_name(text, part):
                narrowed.append(match)
                if self._part[code].search(text, max(0, match[0] - 12), match[0]):
                    parts.append(Mention(match[0], match[1], code, text[match[0] : match[1]]))
                continue
            needs = NEEDS_BEFORE.get(text[match[0] : match[1]])
            if needs is not None and match[0] > 0 and not needs.search(text, max(0, match[0] - 12), match[0]):
                continue
            nearby = NEEDS_NEARBY.get(text[match[0] : match[1]])
            if nearby is not None and not nearby.search(text, max(0, match[0] - NEARBY_CHARS), match[0]) and not NUMBERED_ITEM.search(text, max(0, match[0] - 10), match[0]):
                continue
            indicator = self.indicators[code]
            if indicator.unit == "10k persons" and indicator.measure == "stock" and COUNT_TURNED_BY.match(text, match[1]):
                continue
            if indicator.measure == "share" and text[match[1] - 1] == "比" and CLIPPED_RATIO_COMPARED.match(text, match[1]):
                continue
            found.append(Mention(match[0], match[1], code, text[match[0] : match[1]]))
        for pattern in (AGE_SHARE, AGE_COUNT):
            for match in pattern.finditer(text):
                code = self._band_code(match, share=pattern is AGE_SHARE)
                if code and re.search(ACTIVE_ELDERLY_BEFORE, text[max(0, match.start() - 16) : match.start()]):
                    # 经常参加体育锻炼的60岁以上老年人口比例: a banded share or count of a group of the older people (review of gv, finding 10)
                    parts.append(Mention(match.start(), match.end(), code, match.group()))
                    found = [m for m in found if not (match.start() <= m.start and m.end <= match.end())]  # nor its unbanded words' code
                    continue
                if code:
                    found.append(Mention(match.start(), match.end(), code, match.group()))
        chosen: list[Mention] = []  # disjoint, kept sorted by start
        starts: list[int] = []
        for mention in sorted(found, key=lambda m: (-(m.end - m.start), -m.end)):  # ties: the later one, the head of the phrase
            # the chosen spans are disjoint: only the last one starting before this one ends can overlap it
            at = bisect.bisect_left(starts, mention.end)
            if at and chosen[at - 1].end > mention.start:
                continue
            starts.insert(at, mention.start)
            chosen.insert(at, mention)
        return tuple(self._expand_coordination(text, chosen)), tuple(parts)

    def _overlapping(self, pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
        """Every (start, end) of the longest synonym starting at each position (overlaps allowed)."""
        spans = []
        by_first = self._by_first
        for start, char in enumerate(text):
            group = by_first.get(char)
            if group is not None:
                match = group.match(text, start)
                if match:
                    spans.append((start, match.end()))
        return spans

    def _expand_coordination(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``常住人口、户籍人口城镇化率`` names two indicators: distribute the shared head."""
        result = list(mentions)  # disjoint and sorted by start, and kept so
        starts, ends = [m.start for m in result], [m.end for m in result]
        pending = list(mentions)
        while pending:
            mention = pending.pop(0)
            item = _coordinated_item(text, mention.start, self._longest)
            if item is None:
                continue
            first, end = item
            for start, cut in ((start, cut) for start in range(first, end) for cut in range(1, len(mention.label))):
                # the item's run may begin with words before it (全市婴儿、孕产妇死亡率): the longest tail that makes a synonym is the item
                tail = mention.label[cut:]
                code = self.synonyms.get(text[start:end] + tail)
                if code and code != mention.code:
                    low, high = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)  # the mentions the item overlaps
                    del result[low:high], starts[low:high], ends[low:high]
                    result.insert(low, Mention(start, end, code, text[start:end] + tail))
                    starts.insert(low, start)
                    ends.insert(low, end)
                    # a list of three or more shares the head too (新生儿、婴儿和5岁以下儿童死亡率): the item before this one
                    pending.append(result[low])
                    break
        for mention in mentions:
            found = self._prefixed_item(text, mention, starts)
            if found is not None:
                at = bisect.bisect_left(starts, found.start)
                result.insert(at, found)
                starts.insert(at, found.start)
                ends.insert(at, found.end)
        return result

    def _prefixed_item(self, text: str, mention: Mention, starts: list[int]) -> Mention | None:
        """``每千人口执业(助理)医师数、注册护士数`` names two indicators: the item after 、 和 及 与 that is no mention of
        its own takes the mention's opening words (每千人口) where that makes a synonym; the longest item first."""
        at = mention.end
        if at >= len(text) - 1 or text[at] not in "、和及与":
            return None
        following = bisect.bisect_left(starts, at + 1)
        limit = min(len(text), at + 1 + self._longest, starts[following] if following < len(starts) else len(text))
        run = at + 1
        while run < limit and _ITEM_CHARS.match(text, run):
            run += 1
        for end in range(run, at + 2, -1):
            item = text[at + 1 : end]
            for cut in range(len(mention.label) - 1, 0, -1):
                code = self.synonyms.get(mention.label[:cut] + item)
                if code and code != mention.code:
                    return Mention(at + 1, end, code, mention.label[:cut] + item)
        return None

    def _age_band(self, text: str, whole: bool) -> str | None:
        for pattern, share in ((AGE_SHARE, True), (AGE_COUNT, False)):
            match = pattern.fullmatch(text) if whole else pattern.search(text)
            if match:
                code = self._band_code(match, share)
                if code:
                    return code
        return None

    def _band_code(self, match: re.Match[str], share: bool) -> str | None:
        prefix = "share" if share else "pop"
        if match.group("b"):
            code = f"{prefix}_{match.group('a')}_{match.group('b')}"
        elif match.group("plus"):
            code = f"{prefix}_{match.group('a')}plus"
        else:
            return None
        return code if code in self.indicators else None


_ITEM_CHARS = re.compile(rf"[{_CJK}0-9~]")

#: Words after a population's name that state its size and leave it the same indicator (户籍人口规模, 城镇人口总量).
SIZE_WORDS = ("规模", "总量", "总数")
#: The census definition of the resident population written inside its name (常住半年以上人口).
RESIDENT_DEFINITION = ("常住半年以上人口", "常住半年及以上人口")
#: The denominator of a count per 100 000 people, as plans spell it (每10万人中具有大学文化程度的人口).
PER_100K = ("每10万人中", "每十万人中", "每10万人口中", "每十万人口中", "每10万常住人口中", "每十万常住人口中")
#: Whose registration a 非户籍 population lacks, written inside the name (非本市户籍常住人口).
NOT_REGISTERED_HERE = ("本市", "本省", "本区", "本县", "本地", "本镇")


def derived_synonyms(indicator: Indicator) -> list[str]:
    """Spellings of an indicator's synonyms that add or swap a word and name the same indicator (a rule, so the
    codebook lists each name once): a size word after a population count's name (户籍人口规模, 户籍人口总数:
    :data:`SIZE_WORDS`); the resident population's definition inside its name (全省常住半年以上人口); 规划 before the
    人口 of a part of the city (中心城规划人口, 市区规划人口: the planned figure is still that part's population); the place
    whose registration a 非户籍 population lacks (非本市户籍常住人口); in years of schooling 人均 for 平均 and 的 after the
    band's 人口 (6岁以上人口人均受教育年限, 6岁以上人口的平均受教育年限); in the educated per 100 000, 教育程度 for 文化程度, the
    denominator in any of its spellings (每10万人中, 每十万人口中: :data:`PER_100K`) and the name cut at its 的
    (每十万人口中具有大学文化程度的由8930人上升为15467人). Each rule applies to the spellings the ones before it made. A
    derived spelling never takes a synonym another indicator lists."""
    count = indicator.unit == "10k persons" and indicator.measure == "stock"
    spellings = list(indicator.synonyms)

    def add(variants: list[str]) -> None:
        spellings.extend(v for v in variants if v not in spellings)

    for synonym in list(spellings):
        if count and synonym.endswith("人口"):
            add([synonym + word for word in SIZE_WORDS])
            if indicator.domain == "distribution" and not synonym.endswith("规划人口"):
                add([synonym[:-2] + "规划人口"])
        if count and "常住人口" in synonym:
            add([synonym.replace("常住人口", spelling) for spelling in RESIDENT_DEFINITION])
        if synonym.startswith("非户籍"):
            add(["非" + place + synonym[1:] for place in NOT_REGISTERED_HERE])
    for synonym in list(spellings):
        if "平均受教育年限" in synonym:
            add([synonym.replace("平均受教育年限", "人均受教育年限")])
    for synonym in list(spellings):
        if re.search(r"岁(?:及)?以上人口(?:平均|人均)受教育年限", synonym):
            add([synonym.replace("人口平均", "人口的平均").replace("人口人均", "人口的人均")])
    for synonym in list(spellings):
        if "文化程度" in synonym:
            add([synonym.replace("文化程度", "教育程度")])
    for synonym in list(spellings):
        if (denominator := next((d for d in PER_100K if synonym.startswith(d)), None)) is not None:
            add([other + synonym[len(denominator) :] for other in PER_100K])
    for synonym in list(spellings):
        cut = re.match(r"(每.+(?:文化|教育)程度)(?:的)?(?:人口|人数)$", synonym)
        if cut:
            add([cut.group(1) + "的"])
    return [variant for variant in spellings if variant not in indicator.synonyms]


def _coordinated_item(text: str, position: int, longest: int) -> tuple[int, int] | None:
    """The span of the item joined by 、和及 to a mention at ``position`` (``常住人口、`` before
    ``户籍人口城镇化率``): the whole run of ideographs, digits and ``~`` before the conjunction, or
    ``None``. Read backwards from ``position`` and never further than a synonym is long (a longer
    item cannot join a head into a synonym), so each mention costs a bounded number of steps."""
    if position < 2 or text[position - 1] not in "、和及":
        return None
    end = position - 1
    start = end
    while start > 0 and end - start <= longest and _ITEM_CHARS.match(text, start - 1):
        start -= 1
    if start == end or end - start > longest:
        return None
    return start, end


_FOOTNOTE = re.compile(r"[*＊※①②③④⑤⑥⑦⑧⑨⑩▲△☆★]+$")
_MEASURE_END = re.compile(r"(率|比|比重|比例|占比|数|年限|寿命|规模|密度|水平)$")


def _same_measure(label: str, synonym: str) -> bool:
    """A synonym found inside a longer label names the label's indicator only if the label does
    not go on to another measure (流动人口 inside 流动人口计生基本公共服务覆盖率 does not)."""
    tail = label[label.index(synonym) + len(synonym):]
    end = _MEASURE_END.search(tail)
    return end is None or bool(_MEASURE_END.search(synonym) and _MEASURE_END.search(synonym).group() == end.group() and len(tail) <= 2)


def _label_variants(label: str) -> list[str]:
    """A label as written, without unit parentheses, and without 的."""
    plain = _FOOTNOTE.sub("", label.strip())
    bare = _UNIT_PARENTHESES.sub("", plain).strip()
    variants = [plain, bare, bare.replace("的", ""), plain.replace("的", "")]
    return list(dict.fromkeys(v for v in variants if v))


@functools.cache
def load_codebook(path: Path = paths.CODEBOOK / "indicators.csv") -> Codebook:
    """The project codebook (cached)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return Codebook(frame)
