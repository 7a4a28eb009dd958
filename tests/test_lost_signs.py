"""One rule for a number whose page lost its ‰ or % (``_lost_signs`` in ``analysis/extract/prose/reader.py``):
the cases the two former rules covered apart (i19r4's after a verb, i19r5's right after the name and
before the full stop) and the edges of its one threshold table, on invented sentences."""

from __future__ import annotations

import pytest

from analysis.codebook import load_codebook
from analysis.extract.prose.reader import LOST_SIGN_MAX, ProseReader
from analysis.extract.stage import extract_documents
from analysis.extract.values import find_values
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

TITLE = "某市人口发展规划（2016—2030年）\n"


def rows(sentence: str) -> list[tuple]:
    text = TITLE + sentence
    values = extract_documents([ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")]).indicators
    return sorted(values[["indicator", "year", "value", "unit"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(("sentence", "expected"), [
    # no verb between the rate and its number (the former bare-unit branch of _per_mille)
    ("2015年全市出生率12.70，死亡率6.05。", [("birth_rate", 2015, 12.7, "‰"), ("death_rate", 2015, 6.05, "‰")]),
    ("2015年全市城镇化率58。", [("urbanization_resident", 2015, 58.0, "%")]),
    # a natural increase may be below zero; a birth rate may not
    ("2015年全市人口自然增长率为-0.52。", [("natural_growth_rate", 2015, -0.52, "‰")]),
    ("2015年全市人口出生率为-0.52。", []),
    # the largest number of each unit is still read, one above it is not
    ("2015年全市城镇化率达到100。", [("urbanization_resident", 2015, 100.0, "%")]),
    ("2015年全市婴儿死亡率为60。", [("imr", 2015, 60.0, "‰")]),
    ("2015年全市婴儿死亡率为61。", []),
])
def test_one_rule_reads_a_number_whose_sign_was_lost(sentence, expected):
    assert rows(sentence) == expected


def test_the_per_mille_rule_leaves_a_bare_number_to_the_lost_sign_rule():
    codebook = load_codebook()
    reader = ProseReader(codebook, set(), {})
    sentence = "出生率为12.70。"
    mentions = codebook.mentions(sentence)
    (value,) = find_values(sentence)
    assert reader._per_mille(value, mentions, sentence) == value
    assert reader._lost_signs([value], mentions, sentence)[0].unit_raw == "‰"
    assert LOST_SIGN_MAX == {"‰": 60.0, "%": 100.0}
