"""Normalise one line of plan text for parsing, keeping a map back to the original characters.

Normalisation never joins or splits lines, so line numbers are those of the original file.
Within a line every normalised character remembers the index of the original character it
came from (``offsets``), so any span found in the normalised text maps back to a verbatim
substring of the original line — that is how every extracted value gets its exact quote.

The rules, applied in this order (each is logged in the quality log when it fires):

=====================  =====================================================================
rule                   what it does
=====================  =====================================================================
``traditional``        a line with traditional characters (a big5 copy: 萬, 將, 達, 戶) is converted to
                       simplified characters with OpenCC's ``t2s`` (phrases first, character by
                       character where a phrase would change the length), so 萬人 reads as 万人;
                       it never writes a traditional-only character (OpenCC's phrases turn the
                       simplified 结束 into 結束: a mixed line keeps its simplified words)
``pinyin_gloss``       a pinyin gloss in brackets after a character, left by a converting site
                       (``达(dá)到``), is removed; glosses without tone marks only in a run of them
                       (``据(ju)《…》数(shu)据(ju)``); applied after ``fullwidth``, so a gloss in
                       full-width brackets and letters (``衛（ｗèｉ）生``) is removed too
``number_word``        ten million written as a word, 千万: 突破/破/过千万 → ``突破1000万``, 超过/逾千万 →
                       ``超过1000万``, 千万级 and 千万人口大市 (a city of ten million or more) →
                       ``不低于1000万``, 达/迈入千万人口 → ``1000万`` (千万 as an adverb is left); a hundred
                       million likewise: 破/过/突破亿 → ``突破10000万``, 超/逾亿 → ``超过10000万``, 不过亿 →
                       ``不超过10000万`` (not 亿元); any of 百万/千万/亿 after a comparator, after 近/接近 or a
                       verb of reaching, and 百万级 before a population word (破百万 → ``突破100万``, 近亿 →
                       ``近10000万``, 达到千万 → ``达到1000万``, 迈入千万级 → ``迈入不低于1000万``: :data:`MAGNITUDE_WORD`,
                       not before 元, 人次, 部 …); Chinese numerals before 千万/百万/亿 and a population word
                       (两千万人 → ``2000万人``, 两亿人 → ``2亿人``), 百万/千万 as a size after 建成/成为
                       (建成百万人口的区域中心城市 → ``建成不低于100万人口的…``), and before 人/名 after a verb of a value
                       (将达到两人 → ``2人``); 百分之/千分之 (百分之六十 → ``60%``, 千分之七点五 →
                       ``7.5‰``) and Chinese numerals before 万/亿/万人/亿人 (七千六百万人 → ``7600万人``;
                       not 千万 as an adverb, not after 第; whole ages in words stay); a decimal in Chinese
                       numerals before 岁 (七十六点二岁 → ``76.2岁``) or with no unit after 到/至/为/是/在/的 and
                       before 左右/以上/以下/以内/上下 or a stop (的一点六左右 → ``1.6左右``)
``odd_space``          NBSP, en/em/ideographic and other odd spaces become a plain space;
                       zero-width characters and the BOM are removed
``fullwidth``          full-width ASCII forms (``０-９``, ``％``, ``（``, ``，``, ``～`` …)
                       become their ASCII counterparts
``minus_sign``         the Unicode minus sign becomes ``-``
``lookalike``          Latin/Cyrillic/Greek O-like letters and ``○`` between Chinese numerals
                       become ``〇`` (seed 003 writes 二О三五 with a Cyrillic О)
``chinese_year``       four Chinese-numeral digits before 年 become Arabic digits (二〇三五年 → 2035年), and
                       so do both years of a period written in them, whose first year has no 年
                       (二〇二一—二〇三五年, （二〇二一—二〇三五）: years of 一九… or 二〇/二零…)
``short_year``         a year of this century with two digits and a leading zero (``09年`` → ``2009年``, the
                       second year of ``2008—09年``); no span of years is written with a leading zero (15年 or
                       20年 stay: 用20年 is a span as often as a year)
``conversion_artefact`` ``[bookmark: _Toc…]`` left by a Word-to-text conversion is removed
``footnote_marker``    a communiqué's footnote marker after a word (``常住人口[2]为``) is removed
``literal_escape``     a literal backslash-n left by a web export is removed
``spaced_number``      spaces inside numbers, years and ranges are removed
                       (``2010 年`` → ``2010年``, ``64.17 %`` → ``64.17%``, ``15 — 59`` → ``15—59``,
                       ``6.27 ‰ 的`` → ``6.27‰的``: after % or ‰ only before 的 or punctuation)
``indicator_space``    a single space between two Chinese characters is removed when a name of the codebook spans
                       it once it is gone (a PDF's line wrap: ``户籍人口城镇 化率`` → ``户籍人口城镇化率``)
``permille_sign``      ‰ printed as ``%o`` or ``%O`` after a number (``6.03%o``) becomes ``‰``, and so does
                       ``%。`` after a number where what follows shows the 。 is no full stop
                       (:data:`PERMILLE_STOP`: ``3.29%。，``, ``7.5%。以内``, ``由10.7%。下降到``) and where no
                       full stop can stand: a unit in brackets (``出生率(%。)``) or a cell of its own (``%。 |``)
``range_dash``         a dash between two numbers (—, –, －, ～, ~, or a bare ``-``) becomes ``~``,
                       and so does 至/到 in ``1.8至2.0之间``; two years glued by a copy that lost the
                       dash (``20062010年``) are a period (``2006~2010年``)
``box_drawing``        box-drawing characters of text tables: ``│`` becomes ``|``, ``─┼┌`` … ``-``
``table_debris``       a lone ``|`` at the start or end of a line of prose (a line with sentence
                       punctuation and no other ``|``: ``到2020年将实现: |``) is removed — debris of a
                       page's layout table; a table cell flattened one per line (``78.09 |``) keeps it;
                       a line of two or more ``|`` and nothing else (an empty row, ``| |``) becomes blank
``damaged_stop``       a comma a copy left right before a full stop (``主要预期目标,。``) is removed, and so is the pair
                       before a bound that goes on the value and ends its clause (``控制在6‰,。以内。`` → ``控制在6‰以内。``;
                       not ``,。以上数据…``, the next sentence's first word)
=====================  =====================================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cn2an
from opencc_purepy import OpenCC

from analysis.codebook import load_codebook

#: Canonical range separator in normalised text: ``103—107`` → ``103~107``.
RANGE = "~"

ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
CHINESE_DIGITS = "〇零一二三四五六七八九"
ZERO_LOOKALIKES = "ОоOoΟο○◯Ｏ０"
DASHES = "—–‒―－～~〜"
#: Box-drawing characters of text tables: verticals become ``|``, the rest ``-`` (separator lines).
BOX_VERTICAL = "│┃║┆┇┊┋╎╏"
BOX_HORIZONTAL = "─━═┄┅┈┉╌╍┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬"


@dataclass(frozen=True)
class Change:
    """One application of a rule on a line: which rule, what it replaced, where."""

    rule: str
    before: str
    after: str
    start: int  # index in the original line


@dataclass(frozen=True)
class NormalizedLine:
    """A normalised line and the original index of each of its characters."""

    original: str
    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)
    changes: tuple[Change, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original line."""
        if start >= end:
            position = self.offsets[start]
            return position, position
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        """The verbatim original text behind a normalised span."""
        a, b = self.original_span(start, end)
        return self.original[a:b]


class _Tracked:
    """A string under edit, each character tagged with its original index."""

    def __init__(self, text: str):
        self.chars = list(text)
        self.origin = list(range(len(text)))
        self.end = len(text)
        self.changes: list[Change] = []
        self._text: str | None = text

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self.chars)
        return self._text

    def sub(self, rule: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], list[tuple[str, int]]]) -> None:
        """Replace each match by ``replace(match)``: a list of (character, index within match)."""
        text = self.text
        if pattern.search(text) is None:
            return
        new_chars: list[str] = []
        new_origin: list[int] = []
        cursor = 0
        for match in pattern.finditer(text):
            pieces = replace(match)
            start, end = match.span()
            new_chars.extend(self.chars[cursor:start])
            new_origin.extend(self.origin[cursor:start])
            for char, source in pieces:
                new_chars.append(char)
                new_origin.append(self.origin[start + source])
            after = "".join(char for char, _ in pieces)
            if after != match.group():
                self.changes.append(Change(rule, match.group(), after, self.origin[start] if start < len(self.origin) else self.end))
            cursor = end
        new_chars.extend(self.chars[cursor:])
        new_origin.extend(self.origin[cursor:])
        self.chars, self.origin = new_chars, new_origin
        self._text = None


    def replace_spans(self, rule: str, spans: Sequence[tuple[int, int, str]]) -> None:
        """Replace original spans ``[start, end)`` by new text; new characters map into the span."""
        for start, end, new in sorted(spans, reverse=True):
            first = self.origin.index(start)
            last = self.origin.index(end - 1) + 1
            before = "".join(self.chars[first:last])
            self.chars[first:last] = list(new)
            self.origin[first:last] = [start + min(i, end - start - 1) for i in range(len(new))]
            self.changes.append(Change(rule, before, new, start))
        self._text = None
        self.changes.sort(key=lambda change: change.start)


    def convert(self, rule: str, new_text: str) -> None:
        """Replace the text by ``new_text`` of the same length, character by character."""
        assert len(new_text) == len(self.chars)
        for index, (old, new) in enumerate(zip(self.chars, new_text)):
            if old != new:
                self.changes.append(Change(rule, old, new, self.origin[index]))
        self.chars = list(new_text)
        self._text = None
        self.changes.sort(key=lambda change: change.start)


_T2S: OpenCC | None = None
_TRADITIONAL: frozenset[str] | None = None


def _converter() -> tuple[OpenCC, frozenset[str]]:
    """OpenCC's traditional → simplified converter and the characters that only traditional text
    uses: those ``t2s`` changes that no simplified phrase of OpenCC's dictionaries contains (so
    著 of 显著 or 于 never make a simplified line count as traditional)."""
    global _T2S, _TRADITIONAL
    if _T2S is None or _TRADITIONAL is None:
        from importlib.resources import files

        converter = OpenCC("t2s")
        dicts = files("opencc_purepy") / "dicts"
        simplified_keys: set[str] = set()
        for line in (dicts / "STCharacters.txt").read_text(encoding="utf-8").splitlines():
            simplified_keys.add(line.split("\t", 1)[0])
        in_simplified_phrases: set[str] = set()
        for line in (dicts / "STPhrases.txt").read_text(encoding="utf-8").splitlines():
            in_simplified_phrases.update(line.split("\t", 1)[0])
        traditional = set()
        for line in (dicts / "TSCharacters.txt").read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("\t")
            if len(key) == 1 and value.split(" ")[0] != key and key not in simplified_keys and key not in in_simplified_phrases:
                traditional.add(key)
        _T2S, _TRADITIONAL = converter, frozenset(traditional)
    return _T2S, _TRADITIONAL


def _to_simplified(tracked: _Tracked) -> None:
    """Rule ``traditional``: convert a line that has a character only traditional text uses."""
    converter, traditional = _converter()
    text = tracked.text
    if traditional.isdisjoint(text):
        return
    converted = converter.convert(text)
    if len(converted) != len(text):  # a phrase of another length: character by character
        converted = "".join(converter.convert(char) if len(converter.convert(char)) == 1 else char for char in text)
    # OpenCC's phrase table turns a few simplified phrases into traditional ones (结束 → 結束): a conversion never
    # writes a character only traditional text uses, so the simplified words of a mixed line stay as written
    converted = "".join(old if new != old and new in traditional else new for old, new in zip(text, converted))
    tracked.convert("traditional", converted)


def _keep(match: re.Match[str], keep: Callable[[int, str], str | None]) -> list[tuple[str, int]]:
    """Map each matched character through ``keep``; ``None`` drops it."""
    out = []
    for index, char in enumerate(match.group()):
        new = keep(index, char)
        if new is not None:
            out.append((new, index))
    return out


def _odd_space(match: re.Match[str]) -> list[tuple[str, int]]:
    return _keep(match, lambda _, ch: None if ch in ZERO_WIDTH else " ")


def _fullwidth(match: re.Match[str]) -> list[tuple[str, int]]:
    return _keep(match, lambda _, ch: chr(ord(ch) - 0xFEE0))


def _lookalike(match: re.Match[str]) -> list[tuple[str, int]]:
    return _keep(match, lambda _, ch: "〇" if ch in ZERO_LOOKALIKES else ch)


def _chinese_year(match: re.Match[str]) -> list[tuple[str, int]]:
    digits = str(cn2an.cn2an(match.group(1).replace("〇", "零"), "direct"))
    return [(digit, index) for index, digit in enumerate(digits.zfill(4))] + [("年", 4)]


def _chinese_period(match: re.Match[str]) -> list[tuple[str, int]]:
    """二〇二一—二〇三五 → ``2021—2035`` (the dash stays for ``range_dash``)."""
    out: list[tuple[str, int]] = []
    for group in (1, 2, 3):
        at = match.start(group) - match.start()
        if group == 2:
            out += [(char, at + index) for index, char in enumerate(match.group(2))]
        else:
            digits = str(cn2an.cn2an(match.group(group).replace("〇", "零"), "direct")).zfill(4)
            out += [(digit, at + index) for index, digit in enumerate(digits)]
    return out


def _drop(match: re.Match[str]) -> list[tuple[str, int]]:
    return []


def _drop_spaces(match: re.Match[str]) -> list[tuple[str, int]]:
    return _keep(match, lambda _, ch: None if ch == " " else ch)


def _thousands(match: re.Match[str]) -> list[tuple[str, int]]:
    """``1,062`` → ``1062`` (ASCII commas between groups of three digits)."""
    return [(char, index) for index, char in enumerate(match.group()) if char != ","]


def _range_units(match: re.Match[str]) -> list[tuple[str, int]]:
    """``420万人至430万人`` → ``420~430万人``: a range whose ends both carry the unit."""
    first_end = match.end(1) - match.start()
    second_start = match.start(3) - match.start()
    text = match.group()
    return [(text[i], i) for i in range(first_end)] + [(RANGE, first_end)] + [(text[i], i) for i in range(second_start, len(text))]


def _range_words(match: re.Match[str]) -> list[tuple[str, int]]:
    """``1.8至2.0之间`` → ``1.8~2.0之间``."""
    first, second = match.group(1), match.group(2)
    at = len(first)
    return [(ch, i) for i, ch in enumerate(first)] + [(RANGE, at)] + [(ch, match.end(2) - match.start() - len(second) + i) for i, ch in enumerate(second)]


#: A magnitude word in 万, as the gold writes 千万 and 亿 (百万 = 100万, 千万 = 1000万, 亿 = 10000万): the one table the number-word
#: rules below write from.
_MAGNITUDE_WORDS = {"百万": "100", "千万": "1000", "亿": "10000"}


def _number_word_any(match: re.Match[str]) -> list[tuple[str, int]]:
    at = next(match.start(name) for name in ("ten", "ten2", "ten3") if match.group(name)) - match.start()
    verb = match.group("verb")
    if verb:
        head = "不超过" if match.group("neg0") else "超过" if verb in ("超过", "超", "逾") else "突破"
        return [(char, 0) for char in head] + [(char, at) for char in _MAGNITUDE_WORDS["千万"]] + [("万", at + 1)]
    words = ("不低于" if match.group("floor") else "") + _MAGNITUDE_WORDS["千万"]
    return [(char, at) for char in words] + [("万", at + 1)]


def _size_label(match: re.Match[str]) -> list[tuple[str, int]]:
    """百万 / 千万 as the size a place becomes (建成百万人口的…城市) → ``不低于100万`` / ``不低于1000万``."""
    return [(char, 0) for char in "不低于" + _MAGNITUDE_WORDS[match.group("mag")]] + [("万", 1)]


#: Sentence punctuation: a line with one is prose, where a PDF's line wrap may split a name; a line without is a table's
#: header or row, whose single spaces part short cells (年份 户籍人口 城镇人口 城镇化率).
_PROSE_MARK = re.compile(r"[，,。；;：:！？!?、]")


def _indicator_space(match: re.Match[str]) -> list[tuple[str, int]]:
    """A single space between two Chinese characters is dropped when a synonym of the codebook spans it once it is gone
    (户籍人口城镇 化率 → 户籍人口城镇化率), only in a line of prose (sentence punctuation in it) and only when no synonym ends
    right at the space (城镇人口 城镇化率: the left part is a name of its own, two names side by side); any other space
    stays (两个县 城镇化率, a column gap, a table's header 年份 户籍人口 城镇人口 城镇化率, a spaced-out heading)."""
    text, at = match.string, match.start()
    if _PROSE_MARK.search(text) is None:
        return [(" ", 0)]
    codebook = load_codebook()
    reach = codebook.longest_synonym
    left, right = text[max(0, at - reach) : at], text[match.end() : match.end() + reach]
    if any(m.end == len(left) for m in codebook.mentions(left)):
        return [(" ", 0)]
    if codebook.spans(left + right, len(left)):
        return []
    return [(" ", 0)]


def _hundred_million(match: re.Match[str]) -> list[tuple[str, int]]:
    """破亿, 过亿, 突破亿 → ``突破10000万``; 超过/超/逾亿 → ``超过10000万``; 不过亿, 不超过亿 → ``不超过10000万`` (the gold's
    convention for numbers in words: 万 as for 千万)."""
    at = match.start("yi") - match.start()
    if match.group("neg"):
        head = "不超过"
    else:
        head = "超过" if match.group("verb") in ("超过", "超", "逾") else "突破"
    return [(char, 0) for char in head] + [(char, at) for char in _MAGNITUDE_WORDS["亿"]] + [("万", at)]


#: A magnitude word as a value (百万 = 100万, 千万 = 1000万, 亿 = 10000万, in 万 as the gold writes 千万 and 亿), the words
#: the two rules above leave: after a comparator verb (破/过/超/突破/逾 百万), after 近/接近 (近千万, 接近亿: near but below), after a
#: verb of reaching (达到千万, 迈入千万级, 跻身百万级), or 百万级 before a population word (百万级常住人口: at least; not
#: 百万级人口城市, a size class of cities).
#: Only before a population word, 级, 大关, 左右/以上 or the end of the clause, so 千万元, 近亿人次, 过亿部, 亿万人民 stay.
_MAGNITUDE_AFTER = r"(?=级(?:的)?(?:常住|户籍)?人口|人口|常住人口|人(?![次民均才员群口])|大关|左右|以上|[,，。;；!！?？、)）”\"\s]|$)"
MAGNITUDE_WORD = re.compile(
    r"(?<![\d一二三四五六七八九十百千万亿两几数多])"
    r"(?:(?P<neg>不)(?P<nverb>超过|过)|(?P<verb>突破|超过|破|过|超|逾)|(?P<near>接近|近)|(?P<reach>达到|达|迈入|迈进|跻身|进入)|(?P<floor>(?=百万级(?:的)?(?:常住|户籍)?人口(?![\u4e00-\u9fff]{0,3}(?:城市|大市|都市)))))"
    r"(?P<mag>百万|千万|亿)(?P<class>级(?!(?:的)?(?:常住|户籍)?人口)(?![\u4e00-\u9fff]{0,3}城市))?" + _MAGNITUDE_AFTER
)


#: Verbs of joining a size class (进入百万人口大县行列, 跻身千万人口城市): at least that size, like 迈入千万级.
_JOINS = ("迈入", "迈进", "跻身", "进入")
_CLASS_JOINED = re.compile(r"(?:常住|户籍)?人口[\u4e00-\u9fff“”\"]{0,4}?(?:城市|大市|都市|大县|县|大区|行列|俱乐部)")


def _magnitude_word(match: re.Match[str]) -> list[tuple[str, int]]:
    """破百万 → ``突破100万``, 不过千万 → ``不超过1000万``, 近亿 → ``近10000万``, 迈入千万级 → ``迈入不低于1000万``,
    百万级常住人口 → ``不低于100万级常住人口`` (the existing qualifiers: 突破/超过 gt, 不超过 le, 近 below, 不低于 ge)."""
    at = match.start("mag") - match.start()
    digits = _MAGNITUDE_WORDS[match.group("mag")]
    if match.group("neg"):
        head = [(char, 0) for char in "不超过"]
    elif match.group("verb"):
        head = [(char, 0) for char in ("超过" if match.group("verb") in ("超过", "超", "逾") else "突破")]
    else:
        head = [(char, index) for index, char in enumerate(match.group()[:at])]  # 近, 接近, 达到, 迈入 stay
    floor = (match.group("floor") is not None or match.group("class") is not None or match.string.startswith("级", match.end())
             or (match.group("reach") in _JOINS and _CLASS_JOINED.match(match.string, match.end()) is not None))
    if floor:
        head += [(char, at) for char in "不低于"]
    # the magnitude's last character, or the 级 after it when it ends the phrase (迈入千万级: the size is the value; before
    # a population word it stays, 不低于100万级常住人口, as the 千万 rule leaves it)
    last = match.end() - match.start() - 1
    return head + [(char, at) for char in digits] + [("万", last)]


#: Chinese numerals before a magnitude: 两千万 → 2000万, 三百万 → 300万, 两亿 → 2亿.
_NUMERAL_DIGITS = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
#: (两千万 → 2 and the zeros of 千万 in 万: 2000万; 两亿 stays 2亿, a unit the values read.)
_MAGNITUDES = {word: digits[1:] + "万" for word, digits in _MAGNITUDE_WORDS.items() if word != "亿"} | {"亿": "亿"}


def _numeral_count(match: re.Match[str]) -> list[tuple[str, int]]:
    digit = _NUMERAL_DIGITS[match.group("digit")]
    return [(digit, 0)] + [(char, 1) for char in _MAGNITUDES[match.group("mag")]]


def _numeral_people(match: re.Match[str]) -> list[tuple[str, int]]:
    """两人, 三名 after the verb of a value (每万人口全科医生数将达到两人) → 2人."""
    return [(_NUMERAL_DIGITS.get(match.group(), "10" if match.group() == "十" else match.group()), 0)]


def _glued_years(match: re.Match[str]) -> list[tuple[str, int]]:
    """``20062010年`` (a period whose dash a copy lost) → ``2006~2010年`` when the second year is later."""
    first, second = match.group(1), match.group(2)
    if int(second) <= int(first) or int(second) - int(first) > 50:
        return [(char, index) for index, char in enumerate(match.group())]
    return [(char, index) for index, char in enumerate(first)] + [(RANGE, 4)] + [(char, 4 + index) for index, char in enumerate(second)]


def _chinese_number(words: str) -> str | None:
    """``七千六百`` → ``7600``, ``五十五点五`` → ``55.5``, ``百`` → ``100`` (None when cn2an cannot read it)."""
    words = words.replace("两", "二").replace("〇", "零")
    if words == "百":
        words = "一百"
    try:
        number = cn2an.cn2an(words, "normal")
    except (ValueError, KeyError):
        return None
    return f"{number:g}" if isinstance(number, float) else str(number)


def _per_words(match: re.Match[str]) -> list[tuple[str, int]]:
    """百分之六十 → ``60%``, 千分之七点五 → ``7.5‰``, 百分之60 → ``60%``, 千分之 6.5 → ``6.5‰``, 十万分之十五 → ``15/10万``."""
    number = match.group("num") if match.group("num")[0].isdigit() else _chinese_number(match.group("num"))
    if number is None:
        return [(char, index) for index, char in enumerate(match.group())]
    sign = {"百分之": "%", "千分之": "‰"}.get(match.group("scale"), "/10万")  # 十万分之十五 → 15/10万 (a maternal mortality)
    return [(char, 0) for char in number] + [(char, len(match.group()) - 1) for char in sign]


def _numeral_quantity(match: re.Match[str]) -> list[tuple[str, int]]:
    """七千六百万人 → ``7600万人``, 一点五亿 → ``1.5亿`` (ages in words stay: 六十岁以上 is far more often an age
    bound than a life expectancy)."""
    number = _chinese_number(match.group("num"))
    if number is None:
        return [(char, index) for index, char in enumerate(match.group())]
    at = match.start("unit") - match.start()
    return [(char, 0) for char in number] + [(char, at + index) for index, char in enumerate(match.group("unit"))]


#: The characters of a number in Chinese numerals (digits, 十百千万亿, 两, and the words for an unknown few).
NUMERAL_CHARS = "零〇一二三四五六七八九十百千万亿两几数多余"


def _numeral_decimal(match: re.Match[str]) -> list[tuple[str, int]]:
    """七十六点二 → ``76.2`` (see the rule: only before 岁, or alone after a verb and before a qualifier). Each digit maps to
    the numeral in its place and the last to the last numeral, so a quote and a value's text cover the whole number in
    words (五十三点四, not 五)."""
    number = _chinese_number(match.group("num"))
    if number is None or "." not in number:
        return [(char, index) for index, char in enumerate(match.group())]
    last = len(match.group()) - 1
    return [(char, last if index == len(number) - 1 else min(index, last)) for index, char in enumerate(number)]


def _table_debris(match: re.Match[str]) -> list[tuple[str, int]]:
    """A lone ``|`` (or one at each end) around a line of prose is dropped: a line with 。；：！？, or a comma in 12
    characters or more; a short cell (78.09 |, 常住人口，万人 |) keeps it."""
    text, body = match.group(), match.group("body").strip()
    if not (re.search(r"[。；;：:！？]", body) or (re.search("[，,]", body) and len(body) >= 12)):
        return [(char, index) for index, char in enumerate(text)]
    at = match.start("body") - match.start()
    return [(char, at + index) for index, char in enumerate(match.group("body"))]


def _box(match: re.Match[str]) -> list[tuple[str, int]]:
    return [("|" if match.group() in BOX_VERTICAL else "-", 0)]


def _range(match: re.Match[str]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    dash_done = False
    for index, char in enumerate(match.group()):
        if char.isdigit() or char == ".":
            out.append((char, index))
        elif char in DASHES or char == "-":
            if not dash_done:
                out.append((RANGE, index))
                dash_done = True
    return out


def _after(opening: str) -> str:
    """Lookbehinds (one per width, as ``re`` needs) for a number and its % right after one of ``opening``'s characters."""
    widths = [r"\d" * whole + (r"\." + r"\d" * point if point else "") for whole in (1, 2, 3) for point in (0, 1, 2, 3)]
    return "(?:" + "|".join(f"(?<=[{opening}]{width}%)" for width in widths) + ")"


#: The 。 of a ‰ printed as ``%。`` (a page that lost its ‰), told from a full stop by what follows it. Only what cannot
#: open a sentence counts: a comma, 、 or a semicolon (``3.29%。，比2009年的3.49%。下降了``), another 。 (``12%。。``),
#: 以内, 左右, 及以上 or 及以下 (``7.5%。以内``, ``7%。左右这样一个``), a verb of change with 了 (``9.5%。下降了0.3个千分点``),
#: a verb of change with its end and then the end's number (``由10.7%。下降到4.54%。``, ``从13.31%。下降到2015年的13.00%。``,
#: past spaces a page left after the 。 only where a rate stated in ‰ is named before the number in its sentence
#: (``婴儿死亡率由2000年的16.7%。 下降到2008年的5.3%。``: :data:`PERMILLE_SPACED_CHANGE`, brief xwc — not
#: ``城镇化率由2015年的50%。 提高到…``, where the 。 ends a sentence);
#: not 降至冰点…), 和 or 及 before a rate (``分别为4.77%。和6.03%。``). A qualifier that can also open a sentence (以上,
#: 以下, 前后, 上下: 以上指标均为预期性指标, 上下联动, 前后两次普查相比) counts only before punctuation or the line's end;
#: 余 and 内 never do (余下…, 内蒙古…), nor 与 (与5%的全国水平相比 opens one). A closing bracket counts only when the
#: number alone is in the brackets (``（6.5%。）``, not ``（…达到70%。）``). Rule ``permille_sign`` writes such a %。 after
#: a number as ‰; the extractor reads the same rule (:data:`analysis.extract.values.VALUE`,
#: :data:`analysis.extract.prose.words.SENTENCE`).
PERMILLE_STOP = (r"(?:(?<=%)。(?=以内|左右|及以下|及以上|(?:以下|以上|前后|上下)\s*(?:[,，、;；。]|$)|\s*[,，、;；。]"
                 r"|(?:下降|上升|降低|提高|减少|增加|降|升)(?:了|(?:到|至)\s*(?:\d{4}\s*年\s*的?\s*)?\d)|[和及]\s*\d+(?:\.\d+)?\s*%)"
                 rf"|{_after('(（')}。(?=[)）]))")


#: A ‰ printed %。 before spaces and a verb of change with its end (``由2000年的16.7%。 下降到2008年的5.3%。``): only where
#: a rate stated in ‰ (死亡率, 出生率, 自然增长率) is named before the number in the same sentence (:func:`_permille_spaced`);
#: elsewhere the 。 ends a sentence and the next one opens with the verb (``城镇化率达到60%。 下降了的出生率…``).
PERMILLE_SPACED_CHANGE = re.compile(r"(?<=\d)%。(?=[ \t]+(?:下降|上升|降低|提高|减少|增加|降|升)(?:了|(?:到|至)\s*(?:\d{4}\s*年\s*的?\s*)?\d))")
PERMILLE_RATE_NAME = re.compile(r"死亡率|出生率|自然增长率")


def _permille_spaced(match: re.Match[str]) -> list[tuple[str, int]]:
    sentence = re.split(r"(?<!%)[。！？!?]", match.string[max(0, match.start() - 60) : match.start()])[-1]
    return [("‰", 1)] if PERMILLE_RATE_NAME.search(sentence) else [("%", 0), ("。", 1)]


_UNIT_AFTER_NUMBER = r"(?:[年月日岁%‰万亿个倍号次届位期名人元张户项家所天]|左右|以上|以下|以内|及以上|/10万|:100)"
_RULES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], list[tuple[str, int]]]], ...] = (
    ("thousands", re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])(?=\.\d|[^\d]|$)"), _thousands),
    ("odd_space", re.compile(f"[{ODD_SPACES}{ZERO_WIDTH}]"), _odd_space),
    ("fullwidth", re.compile("[\uff01-\uff5e]"), _fullwidth),
    # after fullwidth, so a gloss in full-width brackets and letters (衛（ｗèｉ）生) is one too
    ("pinyin_gloss", re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)"), _drop),
    # glosses without tone marks (据(ju)、省(sheng)(sheng)), only in a run of them: another gloss follows within a few
    # characters, or one ends right before the character, so a lone bracketed word after a character (面积(km)) stays
    ("pinyin_gloss", re.compile(r"(?<=[\u4e00-\u9fff])(?:\([a-z]{1,6}\))+(?=[^()]{0,8}?[\u4e00-\u9fff]\([a-z]{1,6}\))"
                                r"|(?<=[a-z]\)[\u4e00-\u9fff])(?:\([a-z]{1,6}\))+"), _drop),
    ("minus_sign", re.compile("\u2212"), lambda match: [("-", 0)]),
    ("lookalike", re.compile(f"(?<=[{CHINESE_DIGITS}])[{ZERO_LOOKALIKES}]+|[{ZERO_LOOKALIKES}]+(?=[{CHINESE_DIGITS}]{{1,3}}年)"), _lookalike),
    # a period in Chinese numerals: its first year has no 年 (二〇二一—二〇三五年, （二〇二一—二〇三五）)
    ("chinese_year", re.compile(f"(?<![第{CHINESE_DIGITS}])((?:一九|二[〇零])[{CHINESE_DIGITS}]{{2}})(\\s*[{DASHES}\\-至到]\\s*)((?:一九|二[〇零])[{CHINESE_DIGITS}]{{2}})(?![{CHINESE_DIGITS}])"), _chinese_period),
    ("chinese_year", re.compile(f"([{CHINESE_DIGITS}]{{4}})年"), _chinese_year),
    # a year of this century written with two digits and its leading zero (09年, 2008—09年): no span of years is
    # written with a leading zero, so it is the year 2009 (15年, 20年 stay: as often a span, 用20年, as a year)
    ("short_year", re.compile(r"(?<![\d.])0(\d)(?=\s*年)"), lambda match: [("2", 0), ("0", 0), ("0", 0), (match.group(1), 1)]),
    ("conversion_artefact", re.compile(r"\[bookmark: *[^\]]*\]"), _drop),
    # a footnote marker of a statistical communiqué after a word (全市常住人口[2]为751389人, 0—14岁[3]人口为…)
    ("footnote_marker", re.compile(r"(?<=[\u4e00-\u9fff])\[\d{1,2}\]"), _drop),
    ("literal_escape", re.compile(r"\\[nrt]"), _drop),
    ("spaced_number", re.compile(
        r"(?<=\d) +(?=" + _UNIT_AFTER_NUMBER + r")"        # 2010 年, 64.17 %, 244.3 万人
        r"|(?<=[%‰]) +(?=左右|以上|以下|以内)"                # 70% 以上
        r"|(?<=\d) +(?=\.(?!\d))"                           # 1 .人口规模
        r"|(?<=[(（〔\[]) +(?=\d)|(?<=\d) +(?=[)）〕\]])"     # ( 2016 — 2030 )
        r"|(?<=〕) +(?=\d)"                                  # 〔 2016 〕 72 号
        r"|(?<=\d/) +(?=10万|1万|十万|千)"                      # 8.2/ 10万
    ), _drop_spaces),
    ("spaced_number", re.compile(r"(?<=\d) *[" + DASHES + r"]{1,2} *(?=\d)"), _drop_spaces),
    # a space after a number's % or ‰ before 的 or punctuation (6.27 ‰ 的平均水平, 7.31‰ ,): no table cell opens with them
    ("spaced_number", re.compile(r"(?<=\d[%‰]) +(?=的|[,，、;；。])"), _drop_spaces),
    # a space a PDF left inside an indicator's name where its line wrapped (户籍人口城镇 化率): only inside a name of the codebook
    ("indicator_space", re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])"), _indicator_space),
    # ‰ set from the percent sign and a small o (6.03%o、4.57%o): the per-mille sign, so every later reader sees ‰
    ("permille_sign", re.compile(r"(?<=\d)%[oO](?![A-Za-z\d.])"), lambda match: [("‰", 1)]),  # mapped to the o: a quote keeps %o
    # ‰ printed as %。 after a number where what follows shows the 。 is no full stop (PERMILLE_STOP: 3.29%。，, 10.7%。下降到)
    ("permille_sign", re.compile(r"(?<=\d)%" + PERMILLE_STOP), lambda match: [("‰", 1)]),  # mapped to the 。: a quote keeps %。
    ("permille_sign", PERMILLE_SPACED_CHANGE, _permille_spaced),  # a rate in ‰ named before it: 婴儿死亡率由…16.7%。 下降到
    # ‰ printed as %。 where no full stop can stand: a unit in brackets (出生率(%。)) or a unit cell of its own (%。 |)
    ("permille_sign", re.compile(r"(?<=[(（])%。(?=[)）])|(?<![^|\s])%。(?=[ \t]*(?:\||$))"), lambda match: [("‰", 0)]),
    ("range_dash", re.compile(r"(?<![\d-])(\d+(?:\.\d+)?)([" + DASHES + r"]{1,2}|-)(\d+(?:\.\d+)?)(?![\d-])"), _range),
    ("range_dash", re.compile(r"(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})(?=年)"), _glued_years),
    ("range_dash", re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?:至|到)(\d+(?:\.\d+)?)(?=[%‰万亿人岁个张]{0,2}(?:之间|区间))"), _range_words),
    ("range_dash", re.compile(r"(?<![\d.~])(\d+(?:\.\d+)?)(?P<unit>%|‰|万人|亿人|万|亿|岁|年|/10万)(?:至|到|~|—|–|－|～|-)(\d+(?:\.\d+)?)(?P=unit)"), _range_units),
    # two plain numbers joined by 至, a range as X—Y is (总和生育率达到1.5至1.7, 性别比97至117, a table cell 290至310), unless
    # the first ends a from-to (由1.3至1.6, 的1.3至) or a count of things (第1至3条, 15至59岁 is an age band, 3至5年 a span)
    ("range_dash", re.compile(r"(?<![\d.~由从的第])(\d+(?:\.\d+)?)至(\d+(?:\.\d+)?)(?![\d.]|\s*(?:岁|年|月|日|号|条|章|节|次|周|个|时|点|级|名|位|天|倍|项))"), _range_words),
    ("number_word", re.compile(
        r"(?<![\d一二三四五六七八九十百千两几数亿万])(?:(?P<neg0>不)?(?P<verb>突破|超过|破|过|超|逾)(?P<ten>千)万"
        r"|(?P<floor>(?P<ten2>千)万(?=级|人口(?:大市|大城市|城市|级)))"
        r"|(?<=[达到入])(?P<ten3>千)万(?=人口|人))"
    ), lambda m: _number_word_any(m)),
    ("number_word", re.compile(r"(?<![\d一二三四五六七八九十百千万亿两几数])(?P<neg>不)?(?P<verb>突破|超过|破|过|超|逾)(?P<yi>亿)(?![元美斤吨次])"), _hundred_million),
    ("number_word", MAGNITUDE_WORD, _magnitude_word),
    ("number_word", re.compile(r"(?<![\d一二三四五六七八九十百千万亿两几数第点])(?P<digit>[一二两三四五六七八九])(?P<mag>千万|百万|亿)(?=人|常住|户籍|城镇|左右|以上|大关|级)"), _numeral_count),
    # a size label after a verb of becoming (建成百万人口的区域中心城市, 成为千万人口的国际化大都市): at least that size
    ("number_word", re.compile(r"(?<=建成|成为)(?P<mag>百万|千万)(?=人口的?[“\"「]?[\u4e00-\u9fff]{0,6}?(?:城市|大市|都市|大县)(?![群圈带]))"), _size_label),
    ("number_word", re.compile(r"(?:(?<=达到)|(?<=增至)|(?<=提高到)|(?<=增加到)|(?<=提升到)|(?<=提升至)|(?<=提高至))[两二三四五六七八九十](?=人(?!口|次|均|民|才|群|员)|名(?!单|称))"), _numeral_people),
    # a space a copy left between the scale and its digits (千分之 6.5以下, brief at) goes with the scale
    ("number_word", re.compile(r"(?P<scale>百分之|千分之|十万分之|10万分之)[ \t\u3000]*(?P<num>[零〇一二三四五六七八九十百两]+(?:点[零〇一二三四五六七八九]+)?|\d+(?:\.\d+)?)"), _per_words),
    ("number_word", re.compile(
        r"(?<![第零〇一二三四五六七八九十百千万亿两几数多余])(?P<num>[一二三四五六七八九两十][零〇一二三四五六七八九十百千两]*(?:点[零〇一二三四五六七八九]+)?)"
        r"(?P<unit>万人|亿人|万|亿)(?![一二三四五六七八九十])"
    ), _numeral_quantity),
    # a decimal in Chinese numerals: before 岁 (七十六点二岁 → 76.2岁; no age bound is a decimal, so whole ages stay), and
    # with no unit after a verb or 的 and before a qualifier or a stop (下降到目前的一点六左右 → 1.6左右: a fertility rate)
    ("number_word", re.compile(f"(?<![第{NUMERAL_CHARS}点])(?P<num>[一二三四五六七八九十][零〇一二三四五六七八九十]*点[零〇一二三四五六七八九]+)(?=岁)"), _numeral_decimal),
    ("number_word", re.compile(f"(?<=[到至为是在的])(?P<num>[零〇一二三四五六七八九十][零〇一二三四五六七八九十]*点[零〇一二三四五六七八九]+)(?![{NUMERAL_CHARS}点])"
                               r"(?=左右|以上|以下|以内|上下|[，,。；;、)）]|$)"), _numeral_decimal),
    ("box_drawing", re.compile(f"[{BOX_VERTICAL}{BOX_HORIZONTAL}]"), _box),
    # a lone column rule at the edge of a line of prose (到2020年将实现: |, | 常住人口达到1200万人。): debris of a
    # page's layout table, not a cell; a line with a rule inside, or a short one without sentence punctuation (78.09 |,
    # a table flattened one cell per line), keeps it
    ("table_debris", re.compile(r"^(?=[^|]*\|[^|]*$|\s*\|[^|]*\|\s*$)(?P<head>[ \t]*\|[ \t]*)?(?P<body>[^|]*?[^|\s][^|]*?)(?P<tail>[ \t]*\|[ \t]*)?$"), _table_debris),
    # a line of column rules and nothing else (| |, |  |  |): an empty row of a layout table, a blank line
    ("table_debris", re.compile(r"^[ \t]*\|(?:[ \t]*\|)+[ \t]*$"), _drop),
    # a comma right before a full stop (目标,。 — a copy's damage, forms handout Bd 4): the full stop stays, unless a bound follows that
    # goes on the value before it (控制在6‰,。以内。): then both go — only a bound that ends its clause, not the first word of the next
    # sentence (…600万人,。以上数据为初步统计数: review of gt, finding 5)
    ("damaged_stop", re.compile(r",。(?=(?:以内|以上|以下|左右)(?:[。，,；;、)）!！?？]|\s*$))"), _drop),
    ("damaged_stop", re.compile(r",(?=。)"), _drop),
)

#: For each rule, characters of which every match contains at least one (``None``: no such short
#: list). A line without any of them is not scanned by that rule's pattern — the same result, and
#: a long line of digits is not searched for dashes and spaces it does not have.
_NEEDS: tuple[re.Pattern[str] | None, ...] = tuple(
    re.compile("[" + re.escape(chars) + "]") if chars else None
    for chars in (
        ",", ODD_SPACES + ZERO_WIDTH, None, "(", "(", "\u2212", ZERO_LOOKALIKES, "九〇零", "年", "年", "[", "[", "\\", " ", DASHES, " ", " ", "%", "。", "。", "。",
        DASHES + "-", "年", "至到", "至到~—–－～-", "至", "千", "亿", "百千亿", "千百亿", "百千", "人名", "分", "万亿", "点", "点", None, "|", "|", "。", "。",
    )
)
assert len(_NEEDS) == len(_RULES)


def normalize_line(
    original: str,
    replacements: Sequence[tuple[int, int, str]] = (),
    markup: Sequence[tuple[int, int, str]] = (),
) -> NormalizedLine:
    """Apply every normalisation rule to one line (without its newline).

    ``replacements`` are original spans to replace first (rule ``spam``): a spam token and the
    phrase it is inferred to have replaced, or an empty string to drop it. ``markup`` are spans
    of HTML markup (rule ``markup``): a tag and what it stands for (nothing, a cell separator),
    a character reference and its character (see :mod:`analysis.ingest.markup`).
    """
    tracked = _Tracked(original)
    if replacements:
        tracked.replace_spans("spam", replacements)
    if markup:
        tracked.replace_spans("markup", markup)
    _to_simplified(tracked)
    for (rule, pattern, replace), needs in zip(_RULES, _NEEDS):
        if needs is not None and needs.search(tracked.text) is None:
            continue  # none of the characters every match contains: no regex scan of the line
        tracked.sub(rule, pattern, replace)
    return NormalizedLine(
        original=original,
        text=tracked.text,
        offsets=tuple(tracked.origin) + (len(original),),
        changes=tuple(tracked.changes),
    )


RULE_DESCRIPTIONS = {
    "traditional": "traditional character converted to its simplified form (OpenCC t2s)",
    "pinyin_gloss": "pinyin gloss in brackets after a character removed (达(dá)到 → 达到; 据(ju) in a run of toneless glosses)",
    "spam": "spam token replaced by the phrase it is inferred to have replaced (see contamination)",
    "odd_space": "odd space (NBSP, en/em/ideographic space) replaced by a plain space, or zero-width character removed",
    "fullwidth": "full-width digit or punctuation replaced by its ASCII form",
    "minus_sign": "Unicode minus sign replaced by an ASCII hyphen-minus",
    "lookalike": "look-alike letter (Latin/Cyrillic/Greek O, ○) inside a Chinese numeral replaced by 〇",
    "chinese_year": "year in Chinese numerals converted to Arabic digits",
    "short_year": "a year written with two digits and a leading zero read as a year of this century (09年 → 2009年)",
    "conversion_artefact": "document-conversion artefact ([bookmark: …]) removed",
    "footnote_marker": "footnote marker after a word removed (常住人口[2]为 → 常住人口为)",
    "literal_escape": "literal escape sequence (backslash-n) removed",
    "spaced_number": "space inside a number, year, unit or range removed",
    "indicator_space": "space inside an indicator's name removed (a PDF's line wrap: 户籍人口城镇 化率)",
    "permille_sign": "per-mille sign printed as %o after a number read as ‰",
    "range_dash": "dash (or 至/到 before 之间) between two numbers normalised to the range separator ~",
    "thousands": "thousands separator removed from a number (1,062 → 1062)",
    "number_word": "a number written in words (千万, 破千万, 千万级, 不过亿, 两千万, 达到两人) read in digits with its bound",
    "box_drawing": "box-drawing character of a text table normalised (verticals to |, lines and corners to -)",
    "table_debris": "a lone | at the edge of a line of prose removed (debris of a page's layout table)",
    "damaged_stop": "a comma right before a full stop removed (目标,。), with the stop before a bound (6‰,。以内)",
}
