"""Ingestion: decoding, normalisation rules on real seed lines, body location, spam, city."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import paths
from analysis.errors import IngestError, ManifestError
from analysis.ingest.decode import decode_bytes, read_seed
from analysis.ingest.normalize import normalize_line
from analysis.ingest.stage import contamination_table, quality_log, run
from analysis.manifest import read_manifest, sha256

SEED_002 = "002_8ca1c03e41036a9b.txt"
SPAM_TERMS = ("英皇", "棋牌", "娱乐场")  # "娱乐" alone is legitimate: 文体娱乐 (line 726)


# --- normalisation rules, each on a real line -------------------------------------------------

def test_odd_spaces_become_plain_spaces(seed_lines):
    line = normalize_line(seed_lines["000"][2])  # '\u2002渝府发〔2017〕22号'
    assert line.text == " 渝府发〔2017〕22号"
    assert "\u2002" not in normalize_line(seed_lines["001"][17]).text


def test_fullwidth_punctuation_becomes_ascii(seed_lines):
    line = normalize_line(seed_lines["003"][8])
    assert line.text.startswith("(一)人口总量保持增长。")
    assert "到2030年,总和生育率力争达到1.6左右" in line.text


def test_cyrillic_o_in_chinese_year(seed_lines):
    original = seed_lines["003"][3]
    assert "二\u041e三五年" in original  # the source really has a Cyrillic О
    line = normalize_line(original)
    assert "和2035年远景目标纲要" in line.text
    assert [change.rule for change in line.changes if change.before == "\u041e"] == ["lookalike"]


def test_spaces_inside_numbers_years_and_units(seed_lines):
    assert normalize_line(seed_lines["001"][40]).text.startswith("2015年,全市常住人口 244.3万人,与 2010年相比共增加 1.45万人")
    assert "占常住人口的 64.17%" in normalize_line(seed_lines["001"][52]).text
    assert "15~59岁人口为 169.3万人" in normalize_line(seed_lines["001"][44]).text
    assert normalize_line(seed_lines["001"][38]).text == "1.人口规模发生变化"


def test_range_dashes(seed_lines):
    assert normalize_line(seed_lines["000"][114]).text == "\t103~107"       # em dash
    assert "16~59岁人口占比" in normalize_line(seed_lines["003"][9]).text    # ASCII hyphen
    assert "(2016~2030年)" in normalize_line(seed_lines["003"][3]).text      # full-width hyphen


def test_negative_number_is_not_a_range(seed_lines):
    assert normalize_line(seed_lines["004"][92]).text == "1 泸县 76.44 84.03 -7.59"


def test_conversion_artefact_and_literal_escape(seed_lines):
    assert normalize_line(seed_lines["003"][92]).text.startswith("(二十四)加强组织领导。")
    assert "服务不规范,难以满足" in normalize_line(seed_lines["002"][249]).text


def test_normalised_span_maps_back_to_verbatim_original(seed_lines):
    line = normalize_line(seed_lines["001"][44])
    start = line.text.index("15~59岁")
    assert line.original_text(start, start + len("15~59岁")) == "15 — 59 岁"
    start = line.text.index("169.3万人")
    assert line.original_text(start, start + len("169.3万人")) == "169.3 万人"


# --- decoding and bad inputs --------------------------------------------------------------------

PLAN = "营口市人口发展规划\n到2030年，常住人口总量达到260万人左右。\n"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "file is empty (0 bytes)"),
        (b" \n\t\n", "file is empty (only whitespace)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file: NUL byte at offset 8"),
        (PLAN.encode("utf-8")[:-2], "truncated: the file ends inside a UTF-8 character"),
        (b"\xff\xfe" + PLAN.encode("utf-8"), "cannot be decoded: invalid UTF-8 byte 0xff at offset 0"),
        (b"Population plan 2030\n", "no Chinese text found: not a plan text"),
    ],
)
def test_bad_bytes_give_the_reason(raw, message):
    with pytest.raises(IngestError) as error:
        decode_bytes(raw, "seeds/bad.txt")
    assert str(error.value).startswith("seeds/bad.txt: " + message)


def test_gbk_is_accepted_and_recorded():
    decoded = decode_bytes(PLAN.encode("gbk"), "seeds/gbk.txt")
    assert decoded.encoding == "gb18030"
    assert decoded.text == PLAN


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="nope.txt: file not found"):
        read_seed(tmp_path / "nope.txt")


def _seed_dir_with(tmp_path, name, raw):
    """A seeds directory holding one real seed and one extra file, with a consistent manifest."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    manifest = read_manifest()
    keep = manifest[manifest["seed_file"] == "000_1bfe080c51687ccb.txt"].copy()
    (seeds / keep.iloc[0]["seed_file"]).write_bytes((paths.SEEDS / keep.iloc[0]["seed_file"]).read_bytes())
    extra = keep.copy()
    extra["plan_id"], extra["seed_file"] = "extra", name
    (seeds / name).write_bytes(raw)
    extra["sha256"] = sha256(seeds / name)
    pd.concat([keep, extra]).to_csv(seeds / "manifest.csv", index=False)
    return seeds


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "file is empty"),
        (b"\x00\x01\x02binary", "binary file"),
        (PLAN.encode("utf-8")[:-2], "truncated"),
        (b"\x80\x80\x80\x80", "cannot be decoded"),
    ],
)
def test_bad_seed_stops_the_stage_and_writes_nothing(tmp_path, raw, message):
    seeds = _seed_dir_with(tmp_path, "999_bad.txt", raw)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(IngestError) as error:
        run(progress=lambda _: None, seeds_dir=seeds, manifest_path=seeds / "manifest.csv", out_dir=out, codebook_dir=out)
    assert "999_bad.txt" in str(error.value) and message in str(error.value)
    assert list(out.iterdir()) == []


def test_missing_seed_stops_the_stage_and_writes_nothing(tmp_path):
    seeds = _seed_dir_with(tmp_path, "997_missing.txt", PLAN.encode("utf-8"))
    (seeds / "997_missing.txt").unlink()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ManifestError, match="seeds/997_missing.txt: manifest row has no seed file"):
        run(progress=lambda _: None, seeds_dir=seeds, manifest_path=seeds / "manifest.csv", out_dir=out, codebook_dir=out)
    assert list(out.iterdir()) == []


def test_gbk_seed_flows_through_the_stage(tmp_path):
    seeds = _seed_dir_with(tmp_path, "998_gbk.txt", PLAN.encode("gbk"))
    out = tmp_path / "out"
    run(progress=lambda _: None, seeds_dir=seeds, manifest_path=seeds / "manifest.csv", out_dir=out, codebook_dir=out)
    log = pd.read_csv(out / "quality_log.csv")
    encoding = log[(log["seed_file"] == "998_gbk.txt") & (log["kind"] == "encoding")]["detail"].tolist()
    assert encoding == ["decoded as gb18030 (59 bytes, 3 lines)"]


# --- the plan body, page chrome and spam of seed 002 -------------------------------------------------

def test_body_of_002(documents):
    document = documents[SEED_002]
    assert (document.first_line, document.last_line) == (122, 744)
    assert next(line for line in document.lines if line.number == 122).text == "连云港市人口发展“十三五”规划"
    roles = document.body.roles
    assert roles[119 - 1] == "chrome"          # the page's article title in the navigation block
    assert {roles[i - 1] for i in range(4, 83) if roles[i - 1] != "blank"} == {"outside"}  # disclosure guide
    assert roles[216 - 1] == "body"


def test_spam_tokens_counted_exactly(documents):
    tokens = documents[SEED_002].spam_tokens
    assert [(t.token_id, len(t.text), t.count) for t in tokens] == [("SPAM-1", 6, 37), ("SPAM-2", 7, 17)]
    assert sum(t.count for t in tokens) == 54
    in_body = [s for line in documents[SEED_002].lines for s in line.spam_spans if line.number >= 122]
    assert len(in_body) == 10


def test_spam_replacements_inferred_from_evidence(documents):
    replacements = {t.token_id: t.replacement for t in documents[SEED_002].spam_tokens}
    assert replacements == {"SPAM-1": "连云港市", "SPAM-2": "市政府"}
    assert next(line for line in documents[SEED_002].lines if line.number == 214).text.startswith(" “十二五”时期,在市委、市政府的正确领导下")


def test_no_spam_text_in_normalised_body_or_outputs(documents):
    body_text = "\n".join(line.text for line in documents[SEED_002].body_lines())
    assert not any(term in body_text for term in SPAM_TERMS)
    frames = [quality_log(documents.values()), contamination_table(documents.values())]
    for frame in frames:
        text = frame.to_csv()
        assert not any(term in text for term in SPAM_TERMS)


def test_quote_never_contains_spam(documents):
    line = next(line for line in documents[SEED_002].lines if line.number == 210)
    start = line.text.index("人口发展“十三五”规划》")
    quote = line.quote(start - 8, start + 5)
    assert quote and quote in line.original and "英皇" not in quote


def test_page_chrome_of_001(documents):
    roles = documents["001_5ce9d41989af5780.txt"].body.roles
    assert [i + 1 for i, role in enumerate(roles) if role == "chrome"] == [1, 5, 7, 9, 403, 404, 405]
    document = documents["001_5ce9d41989af5780.txt"]
    assert (document.first_line, document.last_line) == (3, 401)  # the notice title on line 3, its stamps and widgets below it


def test_table_of_contents_of_004(documents):
    roles = documents["004_e8939c2fa138f567.txt"].body.roles
    assert [i + 1 for i, role in enumerate(roles) if role == "toc"] == list(range(9, 53))


@pytest.mark.parametrize(
    ("seed", "place", "province", "level", "method"),
    [
        ("000_1bfe080c51687ccb.txt", "重庆市", "重庆市", "province", "title"),
        ("001_5ce9d41989af5780.txt", "营口市", "辽宁省", "prefecture", "title"),
        (SEED_002, "连云港市", "江苏省", "prefecture", "mentions"),  # the title is defaced by spam
        ("003_1f60dfb56a69f5f5.txt", "遂宁市", "四川省", "prefecture", "title"),
        ("004_e8939c2fa138f567.txt", "泸州市", "四川省", "prefecture", "title"),
    ],
)
def test_place_identified_from_the_text(documents, manifest, seed, place, province, level, method):
    evidence = documents[seed].place
    assert (evidence.place.name, evidence.place.province, evidence.place.level, evidence.method) == (place, province, level, method)
    assert manifest.set_index("seed_file").loc[seed, ["place_zh", "admin_level"]].tolist() == [place, level]


def test_place_of_002_comes_from_unspammed_body_text(documents):
    evidence = documents[SEED_002].place
    assert evidence.line == 210  # 事关连云港全面建成小康社会 — not the defaced title on line 122
    assert evidence.mentions > 3 * max(1, int(evidence.detail.rsplit("(", 1)[1].rstrip(")")))  # next most named place


def test_quality_log_documents_every_kind(documents):
    log = quality_log(documents.values())
    kinds = pd.read_csv(paths.CODEBOOK / "quality_kinds.csv")
    assert set(log["kind"]) <= set(kinds["kind"])
    assert {"spam_token", "outside_body", "page_chrome", "lookalike", "conversion_artefact", "literal_escape"} <= set(log["kind"])


def test_a_page_flattened_to_one_line_is_its_own_body_even_if_it_names_a_date():
    from analysis.ingest.body import locate_body

    line = ("某市城市总体规划(2006-2020年)公示内容公示时间:2016年6月13日-2016年7月12日经市人民政府同意，规划已编制完成。"
            "现向社会公示。到2020年，市域总人口290万人。城镇化水平达到67%。")
    body = locate_body([line])
    assert body.roles[0] != "chrome" and (body.first, body.last) == (0, 0)
    assert locate_body(["发布时间：2016-06-13", "到2020年，全市常住人口达到300万人。"]).roles[0] == "chrome"


def test_every_normaliser_rule_is_a_documented_quality_kind():
    # a rule's changes are logged as quality findings of its name: a rule missing from quality.KINDS stops
    # `python -m analysis data` on the first text it changes (as indicator_space did when it was added)
    from analysis import quality
    from analysis.ingest import normalize

    rules = {name for name, _, _ in normalize._RULES}
    assert rules <= set(normalize.RULE_DESCRIPTIONS)
    assert set(normalize.RULE_DESCRIPTIONS) <= set(quality.KINDS)
