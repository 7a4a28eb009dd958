"""Rendering invariance (benchmarks/rendering_invariance.py): the same statement, rendered as real pages render
it, is read the same. Each rule of the reader that makes a rendering read the same has tests on invented
sentences (and a near-miss that must not change); the last test asserts exact invariance on a fixed small set of
development texts for every perturbation the reader handles."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from opencc_purepy import OpenCC

from analysis.errors import IngestError
from analysis.ingest.decode import decode_bytes

ROOT = Path(__file__).resolve().parent.parent

# --- encodings: a traditional-character page saved in GBK/GB18030 or Big5 -------------------------------------

TRADITIONAL = OpenCC("s2t").convert("到2030年，全市常住人口达到1200万人左右，城镇化率达到78.5%，人均预期寿命达到80岁。\n")


def test_traditional_page_in_gb18030_is_read():
    assert "萬人" in TRADITIONAL and "達到" in TRADITIONAL
    decoded = decode_bytes(TRADITIONAL.encode("gb18030"), "page.txt")
    assert (decoded.encoding, decoded.text) == ("gb18030", TRADITIONAL)


@pytest.mark.parametrize("encoding", ["cp950", "big5"])
def test_traditional_page_in_big5_is_read(encoding):
    decoded = decode_bytes(TRADITIONAL.encode(encoding), "page.txt")
    assert (decoded.encoding, decoded.text) == ("big5", TRADITIONAL)


def test_simplified_gbk_is_still_gb18030():
    text = "到2030年，全市常住人口达到1200万人左右。\n"
    assert decode_bytes(text.encode("gbk"), "page.txt").encoding == "gb18030"


def test_bytes_that_read_as_no_chinese_are_still_refused():
    # UTF-8 with a stray byte: neither GB18030 nor Big5 makes Chinese of it
    raw = "到2030年，全市常住人口达到1200万人左右。".encode("utf-8") * 3
    with pytest.raises(IngestError, match="cannot be decoded"):
        decode_bytes(raw[:20] + b"\xff" + raw[20:], "page.txt")
