"""How Chinese plans state a level, crossed factor by factor (brief g1; the grammar is `benchmarks/forms_grammar.py`).

Two kinds of test:

* a fixed deterministic sample of the grammar (the first :data:`SAMPLE` texts of its default draw), read in one call:
  recall over all and for each factor value a fix of this brief opened, with no false value there;
* for each fix, invented sentences that were misread before it, and a near-miss that must stay as it is.

Run the whole grammar for the table by factor value: `python benchmarks/forms_grammar.py`.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.forms_grammar import Outcome, read, samples, tabulate  # noqa: E402

from analysis.extract.stage import extract_documents  # noqa: E402
from analysis.ingest.decode import decode_bytes  # noqa: E402
from analysis.ingest.document import ingest_text  # noqa: E402

SAMPLE = 300
#: Factor values a fix of this brief opened, with the least share of their levels the sample must read.
FIXED = {
    ("order", "numbered_lines"): 0.98,
    ("order", "from_to"): 0.98,
    ("qualifier", "上下"): 0.98,
    ("verb", "约为"): 0.98,
    ("unit", "（‰）"): 0.98,
    ("unit", "（%）"): 0.98,
    ("unit", "（1/10万）"): 0.98,
    ("name", "60岁及以上人口占比"): 0.98,
}
#: A form the grammar writes that the extractor does not read yet, left out of the sample's scores and tried on its own
#: as a strict expected failure: a range of bare numbers at the end of a transition, after its year's 的 (降至2025年的6.4至
#: 6.6). The 至 is read as a second transition (the ingest's range rule, `range_dash` in `analysis/ingest/normalize.py`,
#: takes no 至 after 的, so as not to join 由2015年的1.3至1.6); left to that module's owner (brief g1).
KNOWN_MISS = re.compile(r"年的\d+(?:\.\d+)?至\d+(?:\.\d+)?(?![\d.%‰万亿岁年/])")
#: How the fixes read the qualifier: the share of the levels read with the right one.
QUALIFIER_FIXED = {("qualifier", "上下"), ("verb", "约为")}


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, Outcome]]:
    batch = [s for s in samples(SAMPLE) if not KNOWN_MISS.search(s.text)]
    return tabulate(batch, read(batch))


def rows(text: str, columns=("indicator", "year", "value", "qualifier", "kind")) -> set[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")
    values = extract_documents([document]).indicators
    return {tuple(row) for row in values[list(columns)].itertuples(index=False)}


CITY = "惠州市人口发展规划（2021—2025年）\n"


# --- the sample ------------------------------------------------------------------------------------------------------

def test_the_sample_is_deterministic():
    first, again = samples(40), samples(40)
    assert [s.text for s in first] == [s.text for s in again]
    assert [s.expected for s in first] == [s.expected for s in again]


def test_the_sample_is_read_with_few_misses_and_false_values():
    whole = table()["all"]["all"]
    assert whole.expected > 450
    assert whole.found / whole.expected >= 0.98
    assert whole.kind == whole.found
    assert whole.false <= 2


@pytest.mark.parametrize(("factor", "value"), sorted(FIXED))
def test_a_fixed_factor_value_is_read_without_false_values(factor, value):
    cell = table()[factor][value]
    assert cell.expected >= 2, "the sample must try the value"
    assert cell.found / cell.expected >= FIXED[(factor, value)]
    assert cell.false == 0
    if (factor, value) in QUALIFIER_FIXED:
        assert cell.qualifier == cell.found


# --- 上下 after a number: approximately ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("到2025年，全市总和生育率保持在1.8上下。", ("tfr", 2025, 1.8, "approx", "target")),
    ("“十三五”末，全市人口出生率为14.1‰上下。", ("birth_rate", 2020, 14.1, "approx", "baseline")),
    ("到2025年，全市常住人口预计达到640万人上下。", ("pop_resident", 2025, 640.0, "approx", "projection")),
])
def test_shangxia_after_a_number_is_approximate(text, expected):
    assert expected in rows(CITY + text)


def test_shangxia_as_a_word_is_no_qualifier():
    assert ("urbanization_resident", 2025, 75.0, "none", "target") in rows(CITY + "到2025年，全市常住人口城镇化率达到75%上下游协同。")
    assert ("urbanization_resident", 2025, 75.0, "none", "target") in rows(CITY + "全市上下齐心，到2025年常住人口城镇化率达到75%。")


# --- 约为 / 大约是 / 约有 before a number: approximately -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2020年，全市常住人口城镇化率约为72.3%。", ("urbanization_resident", 2020, 72.3, "approx", "baseline")),
    ("2020年末，全市户籍人口大约是398万人。", ("pop_hukou", 2020, 398.0, "approx", "baseline")),
    ("截至2020年底，全市常住人口约有605万人。", ("pop_resident", 2020, 605.0, "approx", "baseline")),
])
def test_yue_wei_before_a_number_is_approximate(text, expected):
    assert expected in rows(CITY + text)


def test_a_plain_wei_is_no_approximation():
    assert ("tfr", 2020, 1.5, "none", "baseline") in rows(CITY + "2020年，全市总和生育率为1.5，约为更替水平的七成。")


# --- a unit in brackets after the name: the bare number after it is in that unit --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("到2025年，全市人口出生率（‰）预计增至12.5。", ("birth_rate", 2025, 12.5, "none", "projection")),
    ("到2025年，全市孕产妇死亡率（1/10万）控制在10以内。", ("mmr", 2025, 10.0, "le", "target")),
    ("全市常住人口城镇化率（%）2025年达到75.5左右。", ("urbanization_resident", 2025, 75.5, "approx", "target")),
    ("到2025年，全市人均预期寿命（岁）达到80.5。", ("life_expectancy", 2025, 80.5, "none", "target")),
    ("2020年，全市常住人口（万人）为605。", ("pop_resident", 2020, 605.0, "none", "baseline")),
])
def test_a_bracketed_unit_gives_the_bare_number_its_unit(text, expected):
    assert expected in rows(CITY + text)


def test_the_one_of_a_bracketed_unit_is_no_value():
    assert rows(CITY + "全市孕产妇死亡率（1/10万）呈下降趋势。") == set()
    assert rows(CITY + "到2025年，全市孕产妇死亡率（1/10万）控制在10以内。") == {("mmr", 2025, 10.0, "le", "target")}


def test_a_bracketed_unit_does_not_reach_past_a_clause_break():
    read = rows(CITY + "到2025年，全市常住人口城镇化率（%）达到75.5，比2020年提高3.2。")
    assert ("urbanization_resident", 2025, 75.5, "none", "target") in read
    assert not {row for row in read if row[2] == 3.2}


# --- 占比 ends a share's name: a year after it is the level's, not a year compared with -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("60岁及以上人口占比2025年达到14.5%。", ("share_60plus", 2025, 14.5, "none", "target")),
    ("全市65岁及以上人口占比“十四五”末不低于10.2%。", ("share_65plus", 2025, 10.2, "ge", "target")),
])
def test_a_year_after_zhanbi_is_the_levels_year(text, expected):
    assert expected in rows(CITY + text)


def test_bi_after_zhanbi_still_compares():
    assert rows(CITY + "到2025年，全市60岁及以上人口占比比2020年提高2个百分点。") == set()


# --- a line that is only a year heads the numbered levels below it ---------------------------------------------------

GOALS = "\n1.总和生育率达到1.8；\n2.我市户籍人口维持在420万人以上；\n3.人口出生率达到12.5‰。"
GOAL_ROWS = {("tfr", 2025, 1.8, "none", "target"), ("pop_hukou", 2025, 420.0, "above", "target"), ("birth_rate", 2025, 12.5, "none", "target")}


@pytest.mark.parametrize("year_line", ["2025年，", "“十四五”期末，", "规划期末：", "规划期末，主要目标是：", "2025年末：", "力争到2025年，",
                                       "2025年前，", "到2025年前后，"])
def test_a_year_line_dates_every_item_below_it(year_line):
    assert rows(CITY + year_line + GOALS) == GOAL_ROWS


def test_a_past_year_line_dates_its_items_as_observed():
    read = rows(CITY + "“十三五”末，\n1.总和生育率为1.5；\n2.我市户籍人口为398万人；\n3.人口出生率为14.1‰。")
    assert read == {("tfr", 2020, 1.5, "none", "baseline"), ("pop_hukou", 2020, 398.0, "none", "baseline"),
                    ("birth_rate", 2020, 14.1, "none", "baseline")}


def test_a_year_alone_without_its_comma_is_no_year_line():
    from analysis.extract.prose.clauses import YEAR_LINE

    assert YEAR_LINE.fullmatch("2025年") is None  # a flattened table's column
    assert YEAR_LINE.fullmatch("“十四五”末") is None
    assert YEAR_LINE.fullmatch("2025年前后") is None
    assert YEAR_LINE.fullmatch("到2025年") is not None
    assert YEAR_LINE.fullmatch("2025年，全市常住人口达到640万人。") is None


# --- a transition after a bracketed unit: both ends in that unit --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全市人口出生率（‰）由2020年的14.1降至2025年的12.5。", {("birth_rate", 2020, 14.1, "none", "baseline"), ("birth_rate", 2025, 12.5, "none", "target")}),
    ("全市常住人口城镇化率（%）由2020年的72.3提高到2025年的75.5左右。",
     {("urbanization_resident", 2020, 72.3, "none", "baseline"), ("urbanization_resident", 2025, 75.5, "approx", "target")}),
])
def test_a_transition_after_a_bracketed_unit_is_read_at_both_ends(text, expected):
    assert rows(CITY + text) == expected


def test_a_number_after_a_transition_and_a_clause_break_stays_bare():
    read = rows(CITY + "全市人口出生率（‰）由2020年的14.1降至2025年的12.5，减少1.6。")
    assert not {row for row in read if row[2] == 1.6}


@pytest.mark.xfail(strict=True, reason="a bare range after 到2025年的 is read as a second transition (KNOWN_MISS)")
def test_a_bare_range_at_the_end_of_a_transition():
    assert ("natural_growth_rate", 2025, 6.5, "range", "target") in rows(CITY + "全市人口自然增长率（‰）由2020年的8.2降至2025年的6.4至6.6。")
