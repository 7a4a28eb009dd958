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


# --- years of a period in Chinese numerals ----------------------------------------------------------------------

from analysis.ingest.normalize import normalize_line  # noqa: E402


@pytest.mark.parametrize(
    ("chinese", "digits"),
    [
        ("《某市人口发展规划（二〇二五—二〇三〇年）》", "《某市人口发展规划（2025—2030年）》"),
        ("规划期为二零二一至二零三五年", "规划期为2021至2035年"),
        ("《某县人口发展规划（二〇二一-二〇三五）》", "《某县人口发展规划（2021-2035）》"),
        ("一九九六—二〇〇〇年全省人口年均增长8‰", "1996—2000年全省人口年均增长8‰"),
    ],
)
def test_a_period_in_chinese_numerals_reads_as_in_digits(chinese, digits):
    line = normalize_line(chinese)
    assert line.text == normalize_line(digits).text
    assert line.original_text(0, len(line.text)) == chinese  # the quote is the line as written


def test_chinese_numerals_that_are_no_period_stay():
    for text in ("编号一二三四—五六七八", "第二〇二五—二〇三〇号", "二〇二五—二〇三〇一二"):
        assert normalize_line(text).text == text


# --- full-width forms --------------------------------------------------------------------------------------------

def test_a_pinyin_gloss_in_fullwidth_forms_is_removed_like_one_in_ascii():
    ascii_form = "我省人均预(yù)期寿命将达(dá)到80岁左右"
    fullwidth = "我省人均预（ｙù）期寿命将达（ｄá）到８０岁左右"
    assert normalize_line(fullwidth).text == normalize_line(ascii_form).text == "我省人均预期寿命将达到80岁左右"


def test_a_bracketed_word_in_fullwidth_forms_that_is_no_gloss_stays():
    assert normalize_line("土地面积（ｋｍ）为1200").text == "土地面积(km)为1200"


def test_a_big5_page_is_extracted_like_its_utf8_copy(tmp_path):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    text = OpenCC("s2t").convert("某某市人口发展规划（2021—2035年）\n") + TRADITIONAL
    (tmp_path / "big5.txt").write_bytes(text.encode("cp950"))
    (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8"))
    extraction = extract_documents(ingest_paths([tmp_path / "big5.txt", tmp_path / "utf8.txt"]))
    rows = extraction.indicators
    assert list(extraction.plans["encoding"]) == ["big5", "utf-8"]
    read = [sorted(zip(part["indicator"], part["year"], part["value"])) for _, part in rows.groupby("seed_file")]
    assert read[0] == read[1] and ("pop_resident", 2030, 1200.0) in read[0]


# --- ‰ printed as %。 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("婴儿死亡率由10.7%。下降到4.54%。，孕产妇死亡率继续下降。", "10.7"),
        ("人口出生率由13.5%。降至12.1%。，", "13.5"),
        ("婴儿死亡率和5岁以下儿童死亡率分别为4.77%。和6.03%。，", "4.77"),
        ("人口自然增长率控制在6%。。", "6"),
        ("全市人口自然增长率（6.5%。）保持平稳", "6.5"),
    ],
)
def test_a_per_mille_printed_as_percent_full_stop_before_a_change_a_list_or_a_stop(text, number):
    from analysis.extract.prose.words import SENTENCE
    from analysis.extract.values import find_values

    value = next(value for value in find_values(text) if value.text.startswith(number))
    assert value.unit_raw == "‰"
    assert len([m.group() for m in SENTENCE.finditer(text) if m.group().strip()]) == 1  # the 。 ends no sentence


@pytest.mark.parametrize("text", ["城镇化率达到52.5%。到2020年人口达到800万。", "城镇化率为52.5%。和谐社区建设加快。",
                                  "城镇化率为52.5%。降低门槛，放宽落户。"])
def test_a_full_stop_after_percent_that_opens_a_sentence_stays_a_full_stop(text):
    from analysis.extract.values import find_values

    assert find_values(text)[0].unit_raw == "%"


# --- a line with a few traditional characters ------------------------------------------------------------------

def test_simplified_words_of_a_mixed_line_stay_simplified():
    line = normalize_line("“十三五”结束时，全区常住人口控制在312.6萬人。")
    assert line.text == "“十三五”结束时,全区常住人口控制在312.6万人。"


def test_a_traditional_line_is_still_converted():
    assert normalize_line("“十三五”結束時，全區常住人口控制在312.6萬人。").text == "“十三五”结束时,全区常住人口控制在312.6万人。"


def test_per_mille_printed_as_percent_o_is_the_per_mille_sign():
    line = normalize_line("婴儿死亡率和5岁以下儿童死亡率分别由4.8%o、6.1%o降至3.7%o、4.6%O")
    assert line.text == "婴儿死亡率和5岁以下儿童死亡率分别由4.8‰、6.1‰降至3.7‰、4.6‰"
    assert line.original_text(line.text.index("4.6"), len(line.text)) == "4.6%O"  # the quote keeps the page's %O


@pytest.mark.parametrize("text", ["增长5%or more", "占5%OECD国家平均", "5%o2"])
def test_percent_before_a_word_stays_percent(text):
    assert "‰" not in normalize_line(text).text


def test_a_list_of_per_mille_printed_as_percent_o_reads_as_with_the_sign(tmp_path):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    sign = "某某省卫生健康规划（2021—2025年）\n“十三五”期间，全省婴儿死亡率和5岁以下儿童死亡率分别由4.8‰、6.1‰降至3.7‰、4.6‰。\n"
    (tmp_path / "sign.txt").write_text(sign, encoding="utf-8")
    (tmp_path / "o.txt").write_text(sign.replace("‰", "%o"), encoding="utf-8")
    rows = extract_documents(ingest_paths([tmp_path / "sign.txt", tmp_path / "o.txt"])).indicators
    read = {name: sorted(zip(part["indicator"], part["year"], part["value"], part["kind"])) for name, part in rows.groupby("seed_file")}
    assert read["sign.txt"] == read["o.txt"]
    assert ("u5mr", 2020, 4.6, "baseline") in read["sign.txt"]


@pytest.mark.parametrize(
    ("stop", "sign"),
    [
        ("婴儿死亡率和5岁以下儿童死亡率分别由4.8%。、6.1%。降至3.7%。、4.6%。", "婴儿死亡率和5岁以下儿童死亡率分别由4.8‰、6.1‰降至3.7‰、4.6%。"),
        ("年份,户籍人口(万人),出生率(%。),自然增长率（%。）", "年份,户籍人口(万人),出生率(‰),自然增长率(‰)"),
        ("%。 |", "‰ |"),
        ("| 人口出生率 | %。 | 12.1 |", "| 人口出生率 | ‰ | 12.1 |"),
    ],
)
def test_per_mille_printed_as_percent_full_stop_is_the_sign_where_no_stop_can_stand(stop, sign):
    line = normalize_line(stop)
    assert line.text == normalize_line(sign).text
    assert line.original_text(0, len(line.text)) == stop


@pytest.mark.parametrize("text", ["城镇化率达到60%。", "城镇化率为52.5%。内蒙古的城镇化率更高。", "城镇化率为52.5%。到2020年达到60%",
                                  # words that follow a qualifier or a change after a number but open a sentence too
                                  "城镇化率达到71%。以上指标均为预期性指标。", "城镇化率达到71%。上下联动推进户籍改革。",
                                  "城镇化率为63.4%。前后两次人口普查相比人口增加。", "城镇化率达到71%。降至冰点的出生意愿有所回升。",
                                  "城镇化率为63.4%。与5%的全省增幅相比仍然偏低。", "(到2025年城镇化率达到71%。)2030年达到75%"])
def test_a_full_stop_after_percent_stays_in_the_normalised_text(text):
    assert normalize_line(text).text == text


def test_a_sentence_opening_with_a_qualifier_word_keeps_the_percentage_before_it(tmp_path):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    text = "某某市人口发展规划（2021—2035年）\n到2025年，全市常住人口城镇化率达到71%。以上指标均为预期性指标。\n"
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    rows = extract_documents(ingest_paths([tmp_path / "plan.txt"])).indicators
    assert list(zip(rows["indicator"], rows["year"], rows["value"], rows["unit"], rows["kind"])) == [
        ("urbanization_resident", 2025, 71.0, "%", "target")]


def test_a_list_of_per_mille_printed_as_percent_full_stop_reads_as_with_the_sign(tmp_path):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    sign = "某某省卫生健康规划（2021—2025年）\n“十三五”期间，全省婴儿死亡率和5岁以下儿童死亡率分别由4.8‰、6.1‰降至3.7‰、4.6‰。\n"
    (tmp_path / "sign.txt").write_text(sign, encoding="utf-8")
    (tmp_path / "stop.txt").write_text(sign.replace("‰", "%。"), encoding="utf-8")
    rows = extract_documents(ingest_paths([tmp_path / "sign.txt", tmp_path / "stop.txt"])).indicators
    read = {name: sorted(zip(part["indicator"], part["year"], part["value"], part["kind"])) for name, part in rows.groupby("seed_file")}
    assert read["sign.txt"] == read["stop.txt"]


@pytest.mark.parametrize(("spaced", "plain"), [("高于全市6.27 ‰ 的平均水平", "高于全市6.27‰的平均水平"),
                                               ("自然增长率保持7.31‰ ，高于全市", "自然增长率保持7.31‰，高于全市")])
def test_a_space_after_per_mille_before_de_or_punctuation_is_dropped(spaced, plain):
    assert normalize_line(spaced).text == normalize_line(plain).text


@pytest.mark.parametrize("row", ["城镇化率 %  60.5  70  预期性", "城镇化率 70% 预期性"])
def test_a_space_after_percent_in_a_space_aligned_row_stays(row):
    assert normalize_line(row).text == row


# --- table debris ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("debris", "clean"),
    [
        ("到2020年将实现： |", "到2020年将实现："),
        ("| 全市常住人口达到1200万人左右。", "全市常住人口达到1200万人左右。"),
        ("| 全市常住人口达到1200万人左右，城镇化率达到70%。 |", "全市常住人口达到1200万人左右，城镇化率达到70%。"),
        ("| |", ""),
        ("  |   |   |", ""),
    ],
)
def test_table_debris_around_prose_is_dropped(debris, clean):
    line = normalize_line(debris)
    assert line.text == normalize_line(clean).text
    if line.text:
        assert line.original_text(0, len(line.text)) == clean.strip()


@pytest.mark.parametrize("cell", ["78.09 |", "| 指标 | 2020年 | 2035年 |", "常住人口，万人 |", "|", "| 1200 |", "常住人口 | 1200万人，70% |"])
def test_table_cells_and_rows_keep_their_rules(cell):
    assert "|" in normalize_line(cell).text


def test_a_plan_with_table_debris_reads_as_without(tmp_path):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    clean = "某某市人口发展规划（2021—2035年）\n二、发展目标\n到2025年，主要目标是：\n全市常住人口达到1200万人左右，城镇化率达到75%。\n"
    debris = "某某市人口发展规划（2021—2035年）\n二、发展目标\n到2025年，主要目标是： |\n| |\n全市常住人口达到1200万人左右，城镇化率达到75%。 |\n"
    (tmp_path / "clean.txt").write_text(clean, encoding="utf-8")
    (tmp_path / "debris.txt").write_text(debris, encoding="utf-8")
    rows = extract_documents(ingest_paths([tmp_path / "clean.txt", tmp_path / "debris.txt"])).indicators
    read = {name: sorted(zip(part["indicator"], part["year"], part["value"], part["kind"])) for name, part in rows.groupby("seed_file")}
    assert read["clean.txt"] == read["debris.txt"]
    assert ("pop_resident", 2025, 1200.0, "target") in read["clean.txt"]


# --- page chrome above a headline ----------------------------------------------------------------------------------

HEADLINE_PAGE = ("河北省总人口已达7400万 人口出生率控制在13‰\n\n"
                 "记者从省人口计生委获悉，2009年末，全省总人口已达7400万，人口出生率控制在13‰以内，人口增长势头得到有效控制。\n")


@pytest.mark.parametrize("chrome", ["当前位置：首页 > 新闻中心 > 正文\n", "您的位置: 首页 > 要闻\n\n"])
def test_a_headline_under_a_breadcrumb_is_still_the_headline(tmp_path, chrome):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    (tmp_path / "plain.txt").write_text(HEADLINE_PAGE, encoding="utf-8")
    (tmp_path / "chrome.txt").write_text(chrome + HEADLINE_PAGE, encoding="utf-8")
    rows = extract_documents(ingest_paths([tmp_path / "plain.txt", tmp_path / "chrome.txt"])).indicators
    read = {name: sorted(zip(part["indicator"], part["year"], part["value"], part["kind"])) for name, part in rows.groupby("seed_file")}
    assert read["plain.txt"] == read["chrome.txt"]
    assert ("pop_resident", 2009, 7400.0, "baseline") in read["plain.txt"]


def test_a_headline_on_the_one_physical_line_of_a_saved_page_is_still_the_headline(tmp_path):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    lines = ["到2030年青海人均期望寿命有望达到79岁", "", "李明 发布时间:2018-02-24 10:42:00来源: 青海日报", "",
             "省卫生健康委主任说，近年来全省卫生与健康事业取得了历史性进步。根据健康青海行动计划，到2030年，全省人均期望寿命达到79岁。"]
    (tmp_path / "plain.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "page.html").write_text("".join(f"<p>{line}</p>" for line in lines) + "\n", encoding="utf-8")
    rows = extract_documents(ingest_paths([tmp_path / "plain.txt", tmp_path / "page.html"])).indicators
    read = {name: sorted(zip(part["indicator"], part["year"], part["value"], part["kind"])) for name, part in rows.groupby("seed_file")}
    assert read["plain.txt"] == read["page.html"]
    assert read["plain.txt"].count(("life_expectancy", 2030, 79.0, "target")) == 2


# --- indented lines -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("indent", ["\u3000\u3000", "    ", "&nbsp;&nbsp;&nbsp;&nbsp;"])
def test_an_indented_list_item_number_is_no_value(tmp_path, indent):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    plain = ("某某市卫生健康事业发展规划（2021—2025年）\n到2025年，主要目标是：\n1、全市常住人口千人床位数达到4.5张\n"
             "2、千人医生数达到3.1名\n3、人均预期寿命达到80岁\n")
    indented = "\n".join(indent + line if line[:1].isdigit() else line for line in plain.split("\n"))
    (tmp_path / "plain.txt").write_text(plain, encoding="utf-8")
    (tmp_path / "indented.txt").write_text(indented, encoding="utf-8")
    rows = extract_documents(ingest_paths([tmp_path / "plain.txt", tmp_path / "indented.txt"])).indicators
    read = {name: sorted(zip(part["indicator"], part["year"], part["value"], part["kind"])) for name, part in rows.groupby("seed_file")}
    assert read["plain.txt"] == read["indented.txt"]
    assert ("doctors_per_1000", 2025, 3.1, "target") in read["plain.txt"]


# --- lines broken mid-sentence: logical lines ----------------------------------------------------------------------

from analysis.ingest.wrap import continues, runs, wrap_width  # noqa: E402

PARAGRAPH = ("到2025年，全市常住人口达到1200万人左右，城镇化率达到78.5%，人均预期寿命达到80岁。"
             "到2035年，全市常住人口控制在1300万人以内，户籍人口城镇化率达到70%。")


def _wrapped(text: str, width: int) -> str:
    return "\n".join(piece for line in text.split("\n") for piece in ([line[i : i + width] for i in range(0, len(line), width)] or [""]))


def _read(tmp_path, name: str, text: str):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    (tmp_path / name).write_text(text, encoding="utf-8")
    rows = extract_documents(ingest_paths([tmp_path / name])).indicators
    physical = text.split("\n")
    for row in rows.itertuples():  # provenance: the quote and the value stand on the physical line reported
        assert row.quote in physical[row.line - 1], (row.line, row.quote)
        assert physical[row.line - 1][row.value_start : row.value_end].strip() == row.value_text, (row.line, row.value_text)
    return rows


def _levels(rows) -> list[tuple]:
    return sorted(zip(rows["indicator"], rows["year"], rows["value"], rows["kind"], rows["entity"]))


BASELINE = "2020年，全市常住人口为1100万人，城镇化率为75.2%，人均预期寿命为79.1岁，户籍人口城镇化率为61.3%。"
PLAN = "某某市人口发展规划（2021—2035年）\n\n第二章 发展目标\n" + BASELINE + "\n" + PARAGRAPH + "\n"


@pytest.mark.parametrize("width", [20, 30, 40])
def test_a_page_wrapped_at_a_width_reads_as_the_plain_page(tmp_path, width):
    # both paragraphs indented (首行缩进) so that the wrap cuts 1200 in two: 12 / 00万人左右
    indent = "\u3000" * ((width - (PARAGRAPH.index("1200") + 2) % width) % width)
    plain_text = PLAN.replace(PARAGRAPH, indent + PARAGRAPH).replace(BASELINE, indent + BASELINE)
    wrapped_text = _wrapped(plain_text, width)
    assert "12\n00万人" in wrapped_text
    plain = _read(tmp_path, "plain.txt", plain_text)
    wrapped = _read(tmp_path, "wrapped.txt", wrapped_text)
    assert len(plain) >= 8 and _levels(wrapped) == _levels(plain)


@pytest.mark.parametrize(("cut", "where"), [("1200\n万人", "number and unit"), ("1300\n万人", "number and unit"),
                                            ("到20\n25年", "inside a year"), ("2025\n年", "year and 年")])
def test_a_break_between_a_number_and_its_unit_reads_as_none(tmp_path, cut, where):
    joined = cut.replace("\n", "")
    assert joined in PLAN, where
    plain = _read(tmp_path, "plain.txt", PLAN)
    broken = _read(tmp_path, "broken.txt", PLAN.replace(joined, cut, 1))
    assert _levels(broken) == _levels(plain)


def test_a_row_takes_the_physical_line_of_its_number(tmp_path):
    rows = _read(tmp_path, "broken.txt", "某某市人口发展规划（2021—2035年）\n到2035年，全市常住人口达到1300\n万人，城镇化率达到80%。\n")
    row = rows.loc[rows["indicator"] == "pop_resident"].iloc[0]
    # the number stands on line 2; its unit on line 3: the row is line 2's, its quote and value cut to that line
    assert (row["line"], row["year"], row["value"], row["quote"], row["value_text"]) == (2, 2035, 1300, "全市常住人口达到1300", "1300")
    rate = rows.loc[rows["indicator"] == "urbanization_resident"].iloc[0]
    assert (rate["line"], rate["year"], rate["value"], rate["quote"]) == (3, 2035, 80, "城镇化率达到80%")


def test_wrap_width_needs_many_lines_of_one_length_and_none_longer():
    assert wrap_width([30, 30, 30, 30, 12, 30, 25, 8]) == 30
    # near-misses: a text of lines of all lengths, and one whose common length is exceeded by many lines
    assert wrap_width([18, 25, 33, 47, 52, 61, 70, 21, 90]) is None
    assert wrap_width([20, 20, 20, 20, 45, 60, 80, 33, 52]) is None
    assert wrap_width([30, 30]) is None
    assert wrap_width([30, 29, 30, 30, 31, 44]) is None  # two longer lines to three of the width
    assert wrap_width([30, 29, 30, 30, 44]) == 30  # a title the page did not wrap


@pytest.mark.parametrize(("line", "following"), [
    ("到2025年，全市常住人口达到1200", "万人左右。"),   # a number cut from its unit, the line not full
    ("预计常住人口将达到20", "30年的1300万人"),       # a year cut in two
    ("20", "25年，常住人口达到960万人"),             # the first digits of a year alone on a line
    ("2015—20", "17年，全县出生人口分别为1.4万、1.7万"),  # and of a period's second year
    ("●20", "18年完成全部贫困人口脱贫"),              # and of a list item's year
])
def test_a_number_cut_from_its_unit_continues_whatever_the_width(line, following):
    assert continues(line, following, full=False)


@pytest.mark.parametrize(("line", "following", "full"), [
    ("第二章 发展目标", "到2025年，全市常住人口达到1200万人。", False),   # a heading
    ("到2025年，全市常住人口达到1200万人左右。", "人均预期寿命达到80岁。", False),  # a sentence's end, not full
    ("主要指标如下", "1.常住人口达到1200万人", True),                    # a list item opens the next line
    ("到2025年，全市常住人口达到1200", "（二）城镇化率达到78.5%", True),  # a heading opens the next line
    ("规划期限为2021~2035", "人口发展目标如下：", False),                # nor 人口
    ("1200", "万人", False),                                          # a table flattened one cell per line
    ("20", "25%", False),                                             # a bare number before a share: no year
])
def test_what_does_not_continue_a_line(line, following, full):
    assert not continues(line, following, full)


def test_headings_title_lines_and_table_rows_of_a_wrapped_page_are_not_joined():
    texts = ["某某市人口发展规划", "第二章 发展目标", *_wrapped(PARAGRAPH, 20).split("\n"), "（一）人口规模", "到2035年，常住人口规模稳定",
             "指标 | 2025年 | 2035年 | 属性", "常住人口 | 1200 | 1300 | 预期性"]
    assert len(texts[2]) == 20 and texts[2].endswith("1200万")
    found = runs(["body"] * len(texts), list(range(1, len(texts) + 1)), texts, texts, [False] * len(texts))
    assert found == [list(range(2, len(texts) - 4))]
    # the same lines outside the body, or with spam, are not joined
    assert runs(["outside"] * len(texts), list(range(1, len(texts) + 1)), texts, texts, [False] * len(texts)) == []


# --- exact invariance on a fixed small set of development texts -------------------------------------------------

sys.path.insert(0, str(ROOT / "benchmarks"))
import rendering_invariance  # noqa: E402

#: Development texts that state levels in the renderings below: traditional characters with pinyin glosses and ‰
#: (山东 2021), a period in the title and 千万 (佛山 2025), periods 2024-2027 (资阳), 十三五结束时 (海淀), ‰ in a list
#: (安徽 2017), a synthetic plan with a table and a saved HTML page.
FIXED_TEXTS = (
    "corpus/texts/province-shandong-2021-1.txt",
    "corpus/texts/prefecture-foshan-2025-1.txt",
    "corpus/texts/county-ziyang-2025-1.txt",
    "corpus/texts/county-haidian-2016-1.txt",
    "corpus/texts/province-anhui-2017-2.txt",
    "tests/corpus/texts/dev/nation_2016_2030.txt",
    "tests/corpus/texts/dev/zhaoqing_2018_2030.html",
)


def test_the_handled_renderings_read_exactly_the_same(tmp_path):
    handled = [p for p in rendering_invariance.PERTURBATIONS if p.name not in rendering_invariance.NOT_HANDLED]
    outcomes = rendering_invariance.run([ROOT / name for name in FIXED_TEXTS], handled, tmp_path)
    assert sum(outcome.rows for outcome in outcomes if outcome.name == "identity") > 50
    broken = {o.name: (o.lost[:3], o.gained[:3], o.failures[:3], o.bad_quotes[:3]) for o in outcomes
              if o.lost or o.gained or o.failures or o.bad_quotes}
    assert broken == {}


# --- a year with two digits and a leading zero ---------------------------------------------------------------------

@pytest.mark.parametrize(("short", "full"), [
    ("到09年底，全市常住人口达到520万人", "到2009年底，全市常住人口达到520万人"),
    ("2008—09年，全县出生人口分别为1.2万、1.3万", "2008—2009年，全县出生人口分别为1.2万、1.3万"),
    ("０５年末全市户籍人口为４１０万人", "2005年末全市户籍人口为410万人"),
])
def test_a_two_digit_year_with_a_leading_zero_reads_as_the_year(short, full):
    line = normalize_line(short)
    assert line.text == normalize_line(full).text
    assert line.original_text(0, len(line.text)) == short  # the quote is the line as written
    assert [change.rule for change in line.changes if change.rule == "short_year"] == ["short_year"]


@pytest.mark.parametrize("text", ["用20年时间建成", "近10年来常住人口增长", "2009年末常住人口", "平均寿命延长1.09年", "15年后全市常住人口"])
def test_two_digits_before_a_year_without_a_leading_zero_stay(text):
    assert normalize_line(text).text == text


def test_a_word_of_a_logical_line_is_quoted_on_its_physical_line():
    from analysis.consistency.plan_words import migration_statements
    from analysis.ingest.decode import DecodedText
    from analysis.ingest.document import ingest_text

    text = "某某市人口发展规划（2021—2035年）\n到2035年，全市常住人口达到1300\n万人，人口净流入规模持续扩大。\n"
    document = ingest_text(DecodedText("broken.txt", text, "utf-8", len(text.encode())), "broken.txt")
    rows = migration_statements(document.body_lines())
    assert list(zip(rows["line"], rows["quote"])) == [(3, "人口净流入规模持续扩大")]


# --- a wrap needs evidence: lines that merely share a length are not wrapped (review finding 4) -------------------

SERIES = ("2016年全市常住人口为980万人，城镇化率为58%。\n2017年全市常住人口为990万人，城镇化率为59%。\n"
          "2018年全市常住人口为995万人，城镇化率为60%。\n")
OUTLOOK = "展望未来，全市常住人口力争达到1300万人，常住人口城镇化率达到75%。\n"


def test_lines_of_one_length_that_each_end_a_sentence_are_not_a_wrap(tmp_path):
    text = "某某市人口发展规划（2021—2035年）\n" + SERIES + OUTLOOK
    assert {len(line) for line in SERIES.split("\n") if line} == {27}
    rows = _read(tmp_path, "series.txt", text)
    goals = {(row.indicator, row.year, row.value, row.kind) for row in rows.itertuples() if row.value in (1300, 75)}
    assert goals == {("pop_resident", 2035, 1300, "target"), ("urbanization_resident", 2035, 75, "target")}


def test_wrap_width_needs_full_lines_that_end_mid_sentence():
    # the lengths of a wrapped page, but every line of the common length ends a sentence: no wrap
    assert wrap_width([27, 27, 27, 40], [True, True, True, True]) is None
    assert wrap_width([30, 30, 30, 30, 12], [True, True, False, False, True]) is None  # half end a sentence
    # near-miss: a wrapped page where one full line in four ends a sentence is still wrapped
    assert wrap_width([30, 30, 30, 30, 12], [False, True, False, False, True]) == 30


def test_a_full_line_that_ends_a_sentence_is_not_continued():
    assert not continues("回顾过去，2015年全市常住人口为980万人。", "全市常住人口力争达到1300万人", full=True)
    assert continues("回顾过去，2015年全市常住人口为980万人，", "全市户籍人口为860万人。", full=True)  # near-miss


REVIEW = "回顾过去，2015年全市常住人口为980万人，城镇化率为58%，户籍人口为860万人，人口发展取得显著成效。"
GOALS = "到2035年，全市常住人口力争达到1300万人，城镇化率达到75%以上，人均预期寿命达到81岁左右。"


def test_a_paragraph_that_ends_at_the_width_is_not_continued_by_the_next(tmp_path):
    review = REVIEW if len(REVIEW) % 2 == 0 else "\u3000" + REVIEW  # indented so that it ends exactly at the width
    width = len(review) // 2
    outlook = "展望未来，全市常住人口力争达到1300万人，城镇化率达到75%以上，人均预期寿命达到81岁左右。"
    plain_text = "某某市人口发展规划（2021—2035年）\n规划期内，人口发展的主要目标如下。\n" + review + "\n" + outlook + "\n" + GOALS + "\n"
    wrapped_text = _wrapped(plain_text, width)
    assert review[:width] + "\n" + review[width:] + "\n展望未来" in wrapped_text
    plain = _read(tmp_path, "plain.txt", plain_text)
    wrapped = _read(tmp_path, "wrapped.txt", wrapped_text)
    assert not any(row.value == 1300 and row.year == 2015 for row in wrapped.itertuples())
    assert _levels(wrapped) == _levels(plain)


def test_a_title_as_long_as_the_wrap_is_not_joined_to_the_body(tmp_path):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    title = "某某市人口发展规划(2021~2035年)"
    body = "规划期内，全市常住人口城镇化率稳步提高，人口结构进一步优化，人口素质明显提升，" + GOALS
    text = title + "\n" + _wrapped(body, len(title)) + "\n"
    (tmp_path / "title.txt").write_text(text, encoding="utf-8")
    plans = extract_documents(ingest_paths([tmp_path / "title.txt"])).plans
    assert list(plans["plan_title"]) == [title]


# --- what a row and a finding of a logical line cite (review finding 7) --------------------------------------------

def _extraction(tmp_path, text: str):
    from analysis.extract.stage import extract_documents
    from analysis.ingest.stage import ingest_paths

    (tmp_path / "broken.txt").write_text(text, encoding="utf-8")
    return extract_documents(ingest_paths([tmp_path / "broken.txt"]))


@pytest.mark.parametrize(("body", "kind", "line"), [
    ("到2035年，全市常住人口达到1300\n万人，人均预期寿命达到120岁。", "implausible_value", 3),   # the value on the second line
    ("到2035年，全市常住人口达到1300\n万人，常住人口城镇化率达到85岁。", "unit_misfit", 3),      # the reader's misfit
    ("到2035年，人均预期寿命达到120\n岁，全市常住人口达到1300万人。", "implausible_value", 2),   # near-miss: on the first
])
def test_a_finding_of_a_logical_line_cites_the_physical_line_of_its_value(tmp_path, body, kind, line):
    extraction = _extraction(tmp_path, "某某市人口发展规划（2021—2035年）\n" + body + "\n")
    assert [finding.line for finding in extraction.findings if finding.kind == kind] == [line]


def test_a_normalisation_finding_of_a_logical_line_cites_the_line_of_its_example():
    from analysis.ingest.decode import DecodedText
    from analysis.ingest.document import ingest_text

    text = "某某市人口发展规划（2021—2035年）\n到2035年，全市常住人口达到1300\n万人，比０５年末增加200万人。\n"
    document = ingest_text(DecodedText("broken.txt", text, "utf-8", len(text.encode())), "broken.txt")
    assert [finding.line for finding in document.findings if finding.kind == "short_year"] == [3]


def test_a_number_cut_across_lines_keeps_its_first_piece_as_value_text(tmp_path):
    # documented: value is the whole number; line, value_start/value_end, value_text and quote are a verbatim piece of
    # one physical line, the one where the number starts
    text = "某某市人口发展规划（2021—2035年）\n到2035年，全市常住人口力争达到130\n0万人。\n"
    rows = _read(tmp_path, "cut.txt", text)
    row = rows.loc[rows["indicator"] == "pop_resident"].iloc[0]
    assert (row["value"], row["value_text"], row["line"], row["quote"]) == (1300, "130", 2, "全市常住人口力争达到130")
