"""What a plan says in words about migration and about the direction of its indicators.

These statements are not in the indicator table (they carry no number); they are read here from
the ingested document lines (:class:`analysis.ingest.document.PlanLine`) by general rules — the
vocabulary lists below — never by line number. Both functions are pure: lines in, data frame out.

* :func:`migration_statements` — clauses that describe net out-migration (净流出, 人口外流,
  劳动力输出, 外出务工 …) or net in-migration (净流入, 人口流入 …);
* :func:`direction_statements` — clauses that state the direction of an indicator (保持增长,
  稳中有升, 增速放缓, 持续下降, 升高后回落 …), with the indicator named in the same clause
  (codebook synonyms, plus the generic names of the total population below) and whether the
  sentence speaks of the future (a future marker, or a year after the plan's base year).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from analysis.codebook import Codebook

#: Words that describe migration out of (−1) or into (+1) the place.
MIGRATION_WORDS = {
    "净流出": -1, "人口外流": -1, "人口流失": -1, "劳动力输出": -1, "外出务工": -1, "外出就业": -1,
    "外出至市外": -1, "流出人口": -1, "人口流出": -1,
    "净流入": +1, "人口流入": +1, "外来人口增加": +1, "人口回流": +1,
}

#: Direction words → claim. ``rise``/``fall``: the indicator goes up/down; ``slow``: its speed of
#: change falls (for a stock, its growth rate; for a rate or share, its change a year);
#: ``rise_then_fall``: the last stretch of the plan's own path goes down.
DIRECTION_WORDS = {
    "rise_then_fall": r"(?:升高|上升|增长|回升)后(?:逐渐|逐步|持续)?(?:回落|下降|减少)",
    "slow": r"增速(?:将)?(?:有所)?(?:放缓|减缓|下降|回落)|增长(?:速度)?(?:将)?(?:有所)?(?:放缓|减缓)|速度将?(?:有所)?(?:放缓|减缓)|增幅收窄",
    "rise": r"保持增长|稳步增长|持续增长|稳定增长|平稳增长|缓慢增长|合理增长|适度增长|惯性增长|稳中有升|持续上升|逐步上升|逐步提高|持续提高|稳步提高|稳步提升|上升|提高|提升|回升",
    "fall": r"持续下降|逐步下降|逐渐下降|稳步下降|持续减少|下降|减少|回落|降至|降低",
}
#: Generic names of the total population (the codebook maps 常住人口 itself).
TOTAL_POPULATION = r"(?<!岁)(?:人口总量|总人口|人口总规模|人口规模)"
#: A sentence that speaks of the future (so does one naming a year after the base year).
FUTURE_MARKERS = r"将|预计|预测|今后|未来|力争|保持"
CLAUSE = re.compile(r"[^。；;！!？?，,、]+")
SENTENCE = re.compile(r"[^。；;！!？?]+")
YEAR = re.compile(r"(20\d\d)年")

MIGRATION_COLUMNS = ("line", "direction", "word", "quote")
DIRECTION_COLUMNS = ("line", "indicator", "claim", "future", "word", "quote")


def _clauses(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, sentence) of every clause, with the sentence it belongs to."""
    for sentence in SENTENCE.finditer(text):
        for clause in CLAUSE.finditer(sentence.group()):
            yield sentence.start() + clause.start(), sentence.start() + clause.end(), sentence.group()


def _not_a_claim(clause: str, match: re.Match[str]) -> bool:
    """A table header (增长/减少) or a noun (提高幅度), not a statement of direction."""
    before, after = clause[max(0, match.start() - 1) : match.start()], clause[match.end() : match.end() + 2]
    return before in ("/", "／") or after[:1] in ("/", "／") or after == "幅度"


def migration_statements(lines: Iterable) -> pd.DataFrame:
    """Every clause of the plan body that names migration out of or into the place."""
    pattern = re.compile("|".join(sorted(MIGRATION_WORDS, key=len, reverse=True)))
    rows = []
    for line in lines:
        for start, end, _ in _clauses(line.text):
            match = pattern.search(line.text, start, end)
            if match:
                number, quote = line.quote_at(start, end, match.start())  # the physical line of the word (a logical line)
                rows.append({"line": number, "direction": MIGRATION_WORDS[match.group()], "word": match.group(), "quote": quote})
    return pd.DataFrame(rows, columns=list(MIGRATION_COLUMNS))


def direction_statements(lines: Iterable, codebook: Codebook, base_year: int) -> pd.DataFrame:
    """Every clause that states the direction of an indicator it names.

    The claim is the first direction word of the clause in the order of :data:`DIRECTION_WORDS`
    (so 升高后回落 is one claim, not two); the indicator is the nearest one named before the word.
    """
    patterns = {claim: re.compile(words) for claim, words in DIRECTION_WORDS.items()}
    total = re.compile(TOTAL_POPULATION)
    future = re.compile(FUTURE_MARKERS)
    rows = []
    for line in lines:
        for start, end, sentence in _clauses(line.text):
            clause = line.text[start:end]
            for claim, pattern in patterns.items():
                match = next((m for m in pattern.finditer(clause) if not _not_a_claim(clause, m)), None)
                if match is None:
                    continue
                named = [(m.end, m.code) for m in codebook.mentions(clause[: match.start()])]
                named += [(m.end(), "pop_resident") for m in total.finditer(clause[: match.start()])]
                if named:
                    later = any(int(y) > base_year for y in YEAR.findall(sentence))
                    number, quote = line.quote_at(start, end, start + match.start())  # the physical line of the word
                    rows.append(
                        {
                            "line": number, "indicator": max(named)[1], "claim": claim,
                            "future": bool(future.search(sentence)) or later, "word": match.group(), "quote": quote,
                        }
                    )
                break
    return pd.DataFrame(rows, columns=list(DIRECTION_COLUMNS))
