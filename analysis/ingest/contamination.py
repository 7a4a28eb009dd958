"""Detect spam that replaced words of a saved web page, and infer what each spam token replaced.

Some government pages were defaced: every occurrence of the city's name and of 市政府 was
replaced by the name of a gambling site (seed 002). Detection does not rely on knowing the
spam: it looks for gambling vocabulary (:data:`GAMBLING_TERMS`), then widens each term to the
longest string that is identical at every occurrence — a substitution leaves the same token
everywhere — and absorbs the colon the spammer appended.

What a token replaced is inferred from evidence, never from the token: each candidate phrase
(:func:`candidate_phrases`, built from the city identified in the body) is put back in every
occurrence, and the character trigrams that cross the two seams are looked up in a corpus of
clean plan text. The best-scoring candidate wins; ties go to the shorter phrase.

No spam text is written to any reader-facing output: tokens are reported by id, length and
inferred replacement; quotes are cut so that they never contain a token.
"""

from __future__ import annotations

import functools
import importlib.resources
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Vocabulary of gambling spam. A term is only a seed for detection: the token is what repeats.
GAMBLING_TERMS = (
    "娱乐场", "娱乐城", "棋牌", "博彩", "赌场", "赌城", "百家乐", "老虎机", "彩票", "投注",
    "下注", "葡京", "威尼斯人", "太阳城", "六合彩", "时时彩", "真人视讯", "电子游艺",
)
#: How far a token may widen beyond its gambling term on each side.
MAX_WIDEN = 8
#: Placeholder for "some place name" when comparing phrases across documents.
CITY = "Ⓒ"
#: Candidates scoring at least this share of the best score count as tied; the shortest tied
#: candidate wins (the simplest restoration consistent with the evidence).
TIE_SHARE = 0.95


@dataclass(frozen=True)
class SpamToken:
    """One spam token: an id for reports, the token text, and what it is inferred to replace."""

    token_id: str
    text: str
    count: int
    lines: tuple[int, ...]
    replacement: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class SpamHit:
    """One occurrence of a spam token on a line (original character positions)."""

    token_id: str
    line: int
    start: int
    end: int


def find_spam(text: str) -> tuple[list[SpamToken], list[SpamHit]]:
    """Find spam tokens in a decoded text and every place they occur."""
    cores = _token_cores(text)
    if not cores:
        return [], []
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    by_core: dict[str, list[tuple[int, int, int]]] = {}
    for match in _token_pattern(cores).finditer(text):
        line = _line_of(line_starts, match.start())
        start = match.start() - line_starts[line - 1]
        by_core.setdefault(match.group().rstrip(":："), []).append((line, start, start + len(match.group())))
    tokens: list[SpamToken] = []
    hits: list[SpamHit] = []
    for number, (core, places) in enumerate(sorted(by_core.items(), key=lambda item: (-len(item[1]), item[0])), 1):
        token_id = f"SPAM-{number}"
        tokens.append(SpamToken(token_id, core, len(places), tuple(sorted({line for line, _, _ in places}))))
        hits.extend(SpamHit(token_id, line, start, end) for line, start, end in places)
    hits.sort(key=lambda hit: (hit.line, hit.start))
    return tokens, hits


def _token_pattern(cores: Iterable[str]) -> re.Pattern[str]:
    """A token and the colon a defacer appended to it (when present)."""
    return re.compile("(?:" + "|".join(re.escape(core) for core in sorted(cores, key=len, reverse=True)) + ")[:：]?")


def _token_cores(text: str) -> set[str]:
    """Widen each gambling term to the longest string shared by all its occurrences."""
    cores: set[str] = set()
    for term in GAMBLING_TERMS:
        positions = [m.start() for m in re.finditer(re.escape(term), text)]
        if not positions:
            continue
        left = _agreeing_extent(text, positions, -1, len(term))
        right = _agreeing_extent(text, positions, +1, len(term))
        first = positions[0]
        cores.add(text[first - left : first + len(term) + right].rstrip(":："))
    return _drop_contained(cores)


def _agreeing_extent(text: str, positions: Sequence[int], direction: int, length: int) -> int:
    """How many characters on one side are the same at every occurrence (0 for a single one)."""
    if len(positions) < 2:
        return 0
    extent = 0
    while extent < MAX_WIDEN:
        chars = set()
        for position in positions:
            index = position - extent - 1 if direction < 0 else position + length + extent
            chars.add(text[index] if 0 <= index < len(text) else "\n")
        if len(chars) != 1 or chars & {"\n", " ", "\t"}:
            break
        extent += 1
    return extent


def _drop_contained(cores: set[str]) -> set[str]:
    return {core for core in cores if not any(core != other and core in other for other in cores)}


def _line_of(line_starts: Sequence[int], position: int) -> int:
    low, high = 0, len(line_starts)
    while high - low > 1:
        middle = (low + high) // 2
        if line_starts[middle] <= position:
            low = middle
        else:
            high = middle
    return low + 1


def candidate_phrases(city_short: str) -> list[str]:
    """What a defacer typically replaces on a city government page."""
    return [f"{city_short}市", city_short, "市政府", "市人民政府", "市委", "全市", "市"]


def infer_replacements(
    text: str,
    tokens: Sequence[SpamToken],
    hits: Sequence[SpamHit],
    city_short: str,
    corpus: Iterable[str],
    city_names: Iterable[str],
) -> list[SpamToken]:
    """Infer, for each token, the phrase it replaced (see the module docstring)."""
    names = tuple(sorted(set(city_names) | {city_short}, key=len, reverse=True))
    pattern = _token_pattern(token.text for token in tokens)
    grams = _corpus_trigrams(tuple(pattern.sub("", document) for document in corpus), names)
    lines = text.split("\n")
    resolved = []
    for token in tokens:
        own = [hit for hit in hits if hit.token_id == token.token_id]
        scores = []
        for phrase in candidate_phrases(city_short):
            abstract_phrase = _abstract(phrase, names)
            total = 0.0
            for hit in own:
                line = lines[hit.line - 1]
                left = _abstract(line[max(0, hit.start - 2) : hit.start], names)[-2:]
                right = _abstract(line[hit.end : hit.end + 2], names)[:2]
                total += _seam_score(left, abstract_phrase, right, grams)
            scores.append((total / len(own), phrase))
        top = max(score for score, _ in scores)
        tied = [(score, phrase) for score, phrase in scores if score >= TIE_SHARE * top]
        best_score, best = min(tied, key=lambda item: (len(item[1]), -item[0]))
        others = sorted((item for item in scores if item[1] != best), reverse=True)
        evidence = (
            f"seam-trigram score {best_score:.2f} over {len(own)} occurrences; next: "
            + ", ".join(f"'{phrase}' {score:.2f}" for score, phrase in others[:2])
        )
        resolved.append(SpamToken(token.token_id, token.text, token.count, token.lines, best, evidence))
    return resolved


def government_phrases() -> list[str]:
    """Collocations of government documents shipped with the package (``resources/``)."""
    resource = importlib.resources.files("analysis.ingest") / "resources" / "government_phrases.txt"
    text = resource.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _abstract(text: str, names: Sequence[str]) -> str:
    for name in names:
        text = text.replace(name, CITY)
    return text


@functools.lru_cache(maxsize=8)
def _corpus_trigrams(corpus: tuple[str, ...], names: tuple[str, ...]) -> Counter[str]:
    """Trigram counts of the clean corpus (place names abstracted) and the shipped phrases."""
    return _trigram_counts([*(_abstract(document, names) for document in corpus), *government_phrases()])


def _trigram_counts(documents: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(document[i : i + 3] for i in range(len(document) - 2))
    return counts


def _seam_score(left: str, phrase: str, right: str, grams: Counter[str]) -> float:
    """Mean log-frequency of the trigrams that straddle either seam of ``left+phrase+right``."""
    window = left + phrase + right
    seams = (len(left), len(left) + len(phrase))
    crossing = [window[i : i + 3] for i in range(len(window) - 2) if any(i < seam < i + 3 for seam in seams)]
    if not crossing:
        return 0.0
    return sum(math.log1p(grams[gram]) for gram in crossing) / len(crossing)
