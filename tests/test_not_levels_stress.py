"""Not-levels stress test (issue #19 part 3: false values ≤ 5 % on pages kept from development).

Numbers that Chinese plans and press reports print beside a population, urbanisation or health indicator word that
are no level of the plan's place (money, areas, densities, counts of other things, growth of something else, flows,
document numbers and dates, ranks and ages, per-capita counts of other things, another place's figure, sub-areas,
thresholds of standards, shares of a sub-group, other plans' targets, survey samples, telephone numbers, page
furniture). The cases come from ``tests/not_levels_cases.py``; all are extracted in one call (the file runs in a few
seconds). A case fails when a row of the plan's place (or of no place) carries the distractor as its value, unless the
codebook's right other indicator is named in ``allowed``."""

from __future__ import annotations

import re

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text
from tests.not_levels_cases import OPEN, cases

CASES = cases()


@pytest.fixture(scope="module")
def extracted():
    documents = [ingest_text(decode_bytes(case.text.encode("utf-8"), f"case{i:03d}.txt"), f"case{i:03d}.txt")
                 for i, case in enumerate(CASES)]
    return extract_documents(documents).indicators


def false_rows(extracted, index: int, case) -> list[tuple]:
    own = extracted[extracted["seed_file"] == f"case{index:03d}.txt"]
    found = []
    for row in own.itertuples(index=False):
        number = re.match(r"[\d.]+", str(row.value_text))
        if number is None or number.group() != case.distractor:
            continue
        if row.entity not in (case.place, "unknown") or row.indicator in case.allowed:
            continue
        found.append((row.indicator, row.entity, row.year, row.value_text))
    return found


def marks(case) -> list:
    if case.ambiguous:
        return [pytest.mark.xfail(reason=case.ambiguous, strict=True)]
    if case.number in OPEN:
        return [pytest.mark.xfail(reason="open: the extractor still reads it as a level", strict=True)]
    return []


@pytest.mark.parametrize("index", [pytest.param(i, id=case.id, marks=marks(case)) for i, case in enumerate(CASES)])
def test_a_number_beside_a_population_word_that_is_no_level_is_not_read_as_one(extracted, index):
    case = CASES[index]
    assert false_rows(extracted, index, case) == [], case.text


def test_the_generator_covers_every_category_for_a_prefecture_and_a_province():
    categories = {case.category for case in CASES}
    assert len(categories) == 17
    assert {case.place for case in CASES} == {"合肥市", "安徽省"}
    # every distractor is printed in its sentence (a typo would make the case pass vacuously)
    assert all(case.distractor in case.text.split("\n", 1)[1] for case in CASES)
