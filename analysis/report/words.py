"""Words that follow the corpus: counts, lists and levels of government in grammatical English.

The report's titles and generated sentences are built from the data (how many plans, of which
levels of government), so they stay true and grammatical when plans are added: "one plan has",
"two plans have", "Suining (draft) and Sichuan have", never "five municipal plans" for a corpus
that holds a province.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
#: Levels of government as ``plans.admin_level`` writes them (English before any parenthesis),
#: from the top down; unknown levels sort last.
LEVEL_ORDER = ("nation", "province", "prefecture", "county")
#: ``plans.admin_level`` values (see seeds/manifest.csv) as nouns of the report's prose.
LEVEL_NOUNS = {"nation": "national plan", "province": "province", "prefecture": "prefecture", "county": "county"}
_IRREGULAR = {"city": "cities", "county": "counties", "municipality": "municipalities", "autonomous prefecture": "autonomous prefectures", "unknown": "unknown"}


#: The minus sign of the report's text (U+2212), never the hyphen-minus: a printed report sets
#: "−4.0", not "-4.0". Only what a reader sees uses it; every CSV keeps the ASCII hyphen-minus
#: (``data/processed/``, and ``_report/tables/`` written from the frames before they are shown).
MINUS = "\u2212"
#: A hyphen-minus that signs a number: not inside a word, a date or a range ("2017-06",
#: "chongqing-2016-2030", "10-20" keep theirs).
_SIGN = re.compile(r"(?<![\w.\-\u2212])-(?=\.?\d)")


def minus(text: str) -> str:
    """``-4.0`` → ``−4.0`` (U+2212) wherever a hyphen-minus signs a number in ``text``."""
    return _SIGN.sub(MINUS, str(text))


def _digits_for(value: float, digits: int) -> int | None:
    """The rounding rule of every number the report prints with a sign or fixed decimals (stated
    once): a value that rounds to zero at ``digits`` gets one more digit (−0.04, not "−0.0": an
    interval ending at −0.04 excludes zero); one that rounds to zero at that too is zero and prints
    ``0.0`` with no sign (``None``)."""
    if round(value, digits) != 0:
        return digits
    return digits + 1 if round(value, digits + 1) != 0 else None


def signed_cell(value: float, digits: int = 3) -> str:
    """A signed number for a table cell, with the hyphen-minus the CSV keeps (the page shows the true
    minus): ``+0.006``, ``-4.0``; a value that rounds to zero by :func:`_digits_for`."""
    shown = _digits_for(value, digits)
    return f"{0:.{digits}f}" if shown is None else f"{value:+.{shown}f}"


def signed(value: float, digits: int = 3) -> str:
    """A signed number for the report's text: ``+0.006``, ``−4.0`` (the true minus, U+2212); a value
    that rounds to zero by :func:`_digits_for`: ``−0.04`` at one digit, ``0.0`` with no sign."""
    return minus(signed_cell(value, digits))


def fixed(value: float, digits: int = 2) -> str:
    """A number with fixed decimals for the report's text: ``3.40``, ``−0.58`` (the true minus); a
    value that rounds to zero by :func:`_digits_for`."""
    shown = _digits_for(value, digits)
    return f"{0:.{digits}f}" if shown is None else minus(f"{value:.{shown}f}")


def number(n: int) -> str:
    """``3`` → ``three`` up to ten, digits beyond (the style guide's rule for counts in prose)."""
    return SMALL[n] if 0 <= n < len(SMALL) else str(n)


def plural(noun: str) -> str:
    """English plural of a (possibly hyphenated, multi-word) noun phrase: the last word changes."""
    head, _, last = noun.rpartition(" ")
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if last in _IRREGULAR:
        word = _IRREGULAR[last]
    elif re.search(r"[^aeiou]y$", last):
        word = last[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", last):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def count(n: int, noun: str, noun_plural: str | None = None, digits: bool = False) -> str:
    """``count(1, "plan")`` → ``one plan``; ``count(5, "plan")`` → ``five plans``; digits on request."""
    word = noun if n == 1 else (noun_plural or plural(noun))
    return f"{n if digits else number(n)} {word}"


def agree(n: int, singular: str, plural_form: str) -> str:
    """The verb (or pronoun) form for ``n`` subjects: ``agree(2, "has", "have")`` → ``have``."""
    return singular if n == 1 else plural_form


def join(items: Iterable[str], conjunction: str = "and") -> str:
    """``a``; ``a and b``; ``a, b and c`` (no serial comma, as in the rest of the report)."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def level_name(admin_level: str) -> str:
    """The noun for a plan's level of government: ``prefecture`` → ``prefecture``, ``nation`` →
    ``national plan``; blank or ``unknown`` → ``unknown`` (text in brackets is dropped)."""
    name = re.sub(r"\s*\(.*\)\s*$", "", str(admin_level or "")).strip()
    return LEVEL_NOUNS.get(name, name) or "unknown"


def _level_key(name: str) -> tuple[int, str]:
    order = [LEVEL_NOUNS[level] for level in LEVEL_ORDER]
    return (order.index(name) if name in order else len(order), name)


#: How every list of plans or texts is ordered, said in the lists' lead-ins.
READING_ORDER = ("by level of government (nation, province, prefecture, county), then by place "
                 "(A–Z by its pinyin), then by issue date (undated last)")


def reading_order(admin_level: str, place: str, issue_date: str) -> tuple:
    """Sort key of a plan or text in the report's lists (:data:`READING_ORDER`): level of
    government from the top down (unknown last), place by its pinyin, issue date (``2017`` before
    ``2017-06-27``; undated last)."""
    level = re.sub(r"\s*\(.*\)\s*$", "", str(admin_level or "")).strip()
    rank = LEVEL_ORDER.index(level) if level in LEVEL_ORDER else len(LEVEL_ORDER)
    date = str(issue_date or "")
    return (rank, str(place or "").casefold(), date == "", date)


def levels_phrase(admin_levels: Sequence[str]) -> str:
    """What the corpus holds, by level of government, top down:
    ``one province-level municipality and four prefecture-level cities``; plans whose level is not
    known are counted as ``two plans of unknown level``."""
    counts = Counter(level_name(level) for level in admin_levels)
    parts = []
    for name in sorted(counts, key=_level_key):
        n = counts[name]
        parts.append(count(n, "plan") + " of unknown level" if name == "unknown" else count(n, name))
    return join(parts)


def corpus_phrase(admin_levels: Sequence[str]) -> str:
    """``five population-development plans (one province-level municipality and four
    prefecture-level cities)``; a corpus of one level reads ``two plans of prefecture-level cities``."""
    n = len(admin_levels)
    names = {level_name(level) for level in admin_levels}
    if not names:
        return count(0, "population-development plan")
    if names == {"unknown"}:
        return f"{count(n, 'population-development plan')} of unknown level"
    if len(names) == 1:
        (name,) = names
        return f"{count(n, 'population-development plan')} of {plural(name) if n > 1 else article(name) + ' ' + name}"
    return f"{count(n, 'population-development plan')} ({levels_phrase(admin_levels)})"


def article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"


#: A pinyin gloss printed after a Chinese character in some published texts (232.79萬(wàn)人): lower-case
#: Latin letters with at least one tone mark, in brackets, right after a CJK character.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])[(（][a-zü{_TONED} ]*[{_TONED}][a-zü{_TONED} ]*[)）]")


def without_glosses(text: str) -> str:
    """A quote for display: ``232.79萬(wàn)人`` → ``232.79萬人``, the pinyin glosses after its Chinese
    characters dropped (:data:`PINYIN_GLOSS`); the tables keep the quote as read."""
    return PINYIN_GLOSS.sub("", str(text))
