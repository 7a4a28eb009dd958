"""Assign the dev / held-out split of the real-text corpus by place (issue #19, part 2).

Rule (deterministic), applied to each batch of texts in turn. The texts were added in batches (``BATCHES``
below lists the closed ones; every text not in a closed batch belongs to the current, last batch). A batch's
*new places* are the places (``place_zh``) none of whose texts is in an earlier batch; a place keeps the split
it got in the batch where it first appeared, so adding texts never moves a place. Within a batch, the new
places are sorted by the SHA-256 of their UTF-8 name. First, for each administrative level (nation, province,
prefecture, county), the first new place of that level in this order is held out, so that every level of the
batch is represented in its held-out part. Then further new places are held out in the same order until the
held-out new places' texts make at least a third of the batch's texts (rounded up; texts of earlier places count
in the batch's size but not towards that third, and stay where their place is). All texts of a place share its split.

Opened to development (session of 2026-12-06, the eighth): the held-out places of the first two batches, except
中国 (the only national place, kept so that every level stays held out), are development places from then on
(``OPENED_BATCHES``). Each was measured blind at its collection and then after every round of rules for seven
sessions; the development part had reached 0.97 recall and had no forms left to learn from, while the held-out
part stayed near 0.70. The held-out part keeps more than a third of the texts. Only the ``split`` column of
``manifest.csv`` is written; ``--check`` only reports.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import sys
from pathlib import Path

MANIFEST = Path(__file__).resolve().parents[1] / "manifest.csv"
LEVELS = ["nation", "province", "prefecture", "county"]

# Batch 1 (the first collection, 26 texts after the withdrawal of four): its places and split are fixed.
BATCHES: list[frozenset[str]] = [
    frozenset({
    "nation-zhongguo-2017-2", "nation-zhongguo-2017-3", "prefecture-foshan-2019-1", "prefecture-foshan-2025-1",
    "prefecture-foshan-2025-2", "county-nanhai-2022-1", "prefecture-dongguan-2020-1", "prefecture-dongguan-2020-2",
    "prefecture-dongguan-2020-3", "county-gaoming-2021-1", "province-guangdong-2018-1", "prefecture-wuxi-2021-1",
    "prefecture-wenzhou-2022-1", "county-longwan-2025-1", "nation-zhongguo-2022-1", "province-gansu-2007-1",
    "nation-zhongguo-2007-1", "prefecture-wenzhou-2023-1", "prefecture-jiaxing-2011-1", "province-anhui-2017-1",
    "province-anhui-2017-2", "nation-zhongguo-2017-5", "province-guizhou-2018-1", "province-shaanxi-2018-1",
    "prefecture-yingkou-2019-1", "prefecture-xingtai-2020-1",
    }),
    # Batch 2 (the second collection, i19c, 34 texts): closed before the third collection.
    frozenset({
        "province-gansu-2017-1", "province-chongqing-2016-1", "prefecture-wuhan-2018-1", "province-hunan-2017-1",
        "province-shandong-2019-1", "province-henan-2022-1", "province-fujian-2017-1", "province-guangxi-2022-1",
        "province-jiangxi-2024-1", "province-shanghai-2017-1", "province-guangdong-2022-1", "prefecture-shenzhen-2020-1",
        "prefecture-nanjing-2017-1", "prefecture-yingkou-2017-1", "province-heilongjiang-2017-1",
        "province-hainan-2020-1", "province-hainan-2022-1", "province-shandong-2010-1", "province-zhejiang-2022-1",
        "province-liaoning-2021-1", "province-xizang-2018-1", "county-ziyang-2025-1", "county-yuanjiang-2025-1",
        "province-hunan-2024-1", "prefecture-anqing-2013-1", "prefecture-yantai-2021-1", "province-heilongjiang-2005-1",
        "prefecture-qingdao-2010-1", "prefecture-ningbo-2012-1", "province-fujian-2013-1", "county-kaili-2011-1",
        "prefecture-chengdu-2003-1", "province-hebei-2015-1", "county-yueyang-2019-1",
    }),
    # Batch 3 (the third collection, i19p + i19q, 12 texts): closed before the fourth collection.
    frozenset({
        "prefecture-guilin-2020-1", "county-suining-2025-1", "county-yuyang-2023-1", "county-bayuquan-2023-1",
        "prefecture-honghe-2018-1", "county-cixi-2017-1", "prefecture-wuhan-2018-2", "nation-zhongguo-2016-1",
        "nation-zhongguo-2012-2", "province-henan-2011-1", "province-jiangxi-2017-1", "province-shandong-2021-1",
    }),
    # Batch 4 (the fourth collection, i19s + i19t, 36 texts): closed before any later collection.
    frozenset({
        "prefecture-pingliang-2015-1", "county-hancheng-2016-1", "prefecture-nanning-2016-1",
        "prefecture-lanzhou-2022-1", "prefecture-changsha-2021-1", "prefecture-zhuhai-2016-1",
        "prefecture-baoding-2021-1", "prefecture-guangzhou-2006-1", "prefecture-linyi-2014-1",
        "prefecture-baotou-2015-1", "prefecture-yangzhou-2013-1", "province-guangdong-2016-1",
        "province-jiangsu-2016-1", "province-sichuan-2016-1", "nation-zhongguo-2018-1", "province-liaoning-2017-1",
        "province-shaanxi-2016-1", "province-beijing-2016-1", "province-shanghai-2016-1", "province-guangxi-2016-1",
        "province-hainan-2016-1", "nation-zhongguo-2021-1", "province-anhui-2022-1", "province-zhejiang-2021-1",
        "province-gansu-2014-1", "province-yunnan-2021-1", "province-shanxi-2015-1", "province-ningxia-2016-1",
        "province-chongqing-2022-1", "nation-zhongguo-2022-2", "nation-zhongguo-2024-1", "province-tianjin-2021-1",
        "province-hubei-2021-1", "province-henan-2021-1", "province-guizhou-2021-1", "province-guangdong-2021-1",
    }),
    # Batch 5 (the fifth collection, i19v + i19w, 33 texts): closed before any later collection.
    frozenset({
        "province-hebei-2010-1", "province-guizhou-2012-1", "province-gansu-2013-1", "province-anhui-2012-1",
        "province-zhejiang-2011-1", "province-jiangsu-2015-1", "province-tianjin-2006-1", "province-xizang-2015-1",
        "province-shanghai-1999-1", "province-anhui-2011-1", "province-shandong-2017-1", "prefecture-zhengzhou-2006-1",
        "prefecture-zhengzhou-2017-1", "prefecture-haerbin-2011-1", "prefecture-jinan-2016-1",
        "prefecture-changsha-2014-1", "prefecture-luoyang-2011-1", "prefecture-shijiazhuang-2013-1",
        "prefecture-baotou-2017-1", "prefecture-wulumuqi-2017-1", "prefecture-bijie-2015-1", "county-jiangling-2006-1",
        "prefecture-liuzhou-2011-1", "prefecture-xiamen-2016-1", "prefecture-tangshan-2011-1",
        "prefecture-nanning-2008-1", "prefecture-nanchang-2020-1", "prefecture-changzhou-2013-1",
        "prefecture-guilin-2003-1", "prefecture-lasa-2009-1", "prefecture-qiqihaer-2017-1",
        "prefecture-huainan-2010-1", "prefecture-xiangtan-2009-1",
    }),
    # Batch 6 (the sixth collection, i19y2, 8 texts): closed before any later collection.
    frozenset({
        "prefecture-zhangjiakou-2001-1", "prefecture-maanshan-2017-1", "prefecture-mudanjiang-2016-1",
        "prefecture-luzhou-2012-1", "prefecture-changsha-2014-2", "prefecture-shenyang-2012-1",
        "prefecture-dezhou-2013-1", "prefecture-anqing-2010-1",
    }),
    # Batch 7 (the seventh collection, i19c8a + i19c8b + i19c8c, 14 texts): closed before any later collection.
    frozenset({
        "prefecture-hefei-2006-1", "province-hunan-2006-1", "province-guangxi-2006-1", "nation-zhongguo-2008-1",
        "prefecture-nanchang-2015-1", "prefecture-ningbo-2006-1", "nation-zhongguo-2006-1",
        "prefecture-lijiang-2021-1", "prefecture-nanyang-2021-1", "province-hunan-2024-2",
        "prefecture-changchun-2004-1", "province-anhui-2011-2", "province-hubei-2004-1", "county-wujiang-2016-1",
    }),
    # Batch 8 (the eighth collection, i19c9a + i19c9b, 22 texts): closed before any later collection.
    frozenset({
        "province-zhejiang-2011-2", "province-sichuan-2005-1", "province-sichuan-2009-1", "province-shandong-2013-1",
        "county-zhenan-2015-1", "prefecture-zhangzhou-2009-1", "prefecture-fuzhou-2022-1",
        "prefecture-shenzhen-2022-1", "prefecture-shenzhen-2016-1", "prefecture-fuzhou-2022-2",
        "nation-zhongguo-2011-1", "prefecture-chengdu-2008-1", "prefecture-lasa-2010-1", "province-beijing-2017-1",
        "county-lianjiang-2024-1", "province-shanghai-2010-1", "nation-zhongguo-2015-1", "province-neimenggu-2022-1",
        "province-shanghai-2013-1", "prefecture-dalian-2012-1", "province-beijing-2010-1", "nation-zhongguo-2008-2",
    }),
    # Batch 9 (the ninth collection, i19c10a + i19c10b, 11 texts): closed before any later collection.
    frozenset({
        "nation-zhongguo-2019-1", "nation-zhongguo-2016-2", "nation-zhongguo-2011-2", "nation-zhongguo-2020-1",
        "nation-zhongguo-2022-3", "nation-zhongguo-2025-1", "province-guizhou-2013-1", "province-shandong-2015-1",
        "prefecture-changsha-2017-1", "province-hainan-2020-2", "province-xinjiang-2017-1",
    }),
    # Batch 10 (the tenth collection, i20c1 + i20c2, 17 texts): closed before the eleventh collection.
    frozenset({
        "prefecture-anqing-2013-2", "county-xicheng-2016-1", "county-tongzhou-2015-1", "county-binhai-2017-1",
        "county-nansha-2024-1", "county-chongming-2018-1", "county-tongzhou-2019-1", "county-chaoyang-2015-1",
        "county-haidian-2016-1", "province-jiangsu-2017-1", "province-beijing-2021-1", "province-chongqing-2017-1",
        "nation-zhongguo-2017-6", "prefecture-wuxi-2017-1", "prefecture-jiaxing-2011-2", "province-hunan-2006-2",
        "county-pinghu-2011-1",
    }),
    # Batch 11 (the eleventh collection, c11a + c11b, 23 texts): closed before the twelfth collection.
    frozenset({
        "county-yiwu-2024-1", "prefecture-hangzhou-2021-1", "prefecture-huzhou-2022-1",
        "prefecture-lianyungang-2021-1", "prefecture-taizhou-2023-1", "prefecture-wuhu-2013-1",
        "prefecture-wuhu-2016-1", "prefecture-xian-2016-1", "prefecture-xian-2022-1", "prefecture-xian-2025-1",
        "prefecture-yichun-2021-1", "prefecture-liaocheng-2015-1", "province-shandong-2021-2",
        "county-zongyang-2023-1", "province-anhui-2008-1", "prefecture-guiyang-2005-1", "prefecture-wuhan-2008-1",
        "prefecture-hefei-2005-1", "prefecture-heyuan-2014-1", "prefecture-hangzhou-2006-1",
        "province-shanghai-2016-2", "province-henan-2009-1", "county-yiwu-2012-1",
    }),
    # Batch 12 (the twelfth collection, c12, 12 texts): closed before the thirteenth collection.
    frozenset({
        "prefecture-suining-2021-1", "prefecture-suining-2020-1", "county-duyun-2022-1", "county-yimen-2022-1",
        "prefecture-bijie-2021-1", "prefecture-yaan-2022-1", "province-neimenggu-2018-1", "province-qinghai-2018-1",
        "prefecture-zhoukou-2020-1", "prefecture-zhoukou-2017-1", "province-chongqing-2011-1",
        "county-chenggong-2022-1",
    }),
    # Batch 13 (the thirteenth collection, c13, 6 texts): closed before the fourteenth collection.
    frozenset({
        "province-jilin-2011-1", "prefecture-jilin-2006-1", "county-jiangbei-2021-1", "county-dazu-2011-1",
        "province-hebei-2011-1", "province-shandong-2013-2",
    }),
    # Batch 14 (the fourteenth collection, c14, 2 texts): closed before the fifteenth collection.
    frozenset({
        "prefecture-jinhua-2022-1", "prefecture-baiyin-2022-1",
    }),
    # Batch 15 (the fifteenth collection, c15, 4 texts): closed before the sixteenth collection.
    frozenset({
        "nation-zhongguo-2021-2", "nation-zhongguo-2021-3", "nation-zhongguo-2018-2", "province-sichuan-2018-1",
    }),
    # Batch 16 (the sixteenth collection, c16, 12 texts): closed before the seventeenth collection.
    frozenset({
        "province-gansu-2022-1", "province-gansu-2017-2", "province-guangdong-2024-1", "province-guangdong-2009-1",
        "prefecture-puyang-2022-1", "province-tianjin-2021-2", "province-anhui-2008-2", "nation-zhongguo-2011-3",
        "nation-zhongguo-2015-2", "nation-zhongguo-2016-3", "nation-zhongguo-2021-4", "nation-zhongguo-2023-1",
    }),
    # Batch 17 (the seventeenth collection, c17, 12 texts): closed before the eighteenth collection.
    frozenset({
        "nation-zhongguo-2012-3", "county-yixiu-2014-1", "prefecture-yuncheng-2017-1", "prefecture-zibo-2005-1",
        "province-beijing-2016-2", "province-beijing-2016-3", "province-gansu-2018-1", "prefecture-chengdu-2006-1",
        "county-chaoyang-2014-1", "province-guangdong-2009-2", "province-guangdong-2008-1", "province-shaanxi-2010-1",
    }),
]


# Batches (0-based) whose held-out places, except KEPT_HELD_OUT, were opened to development (see the docstring).
OPENED_BATCHES = frozenset({0, 1})
KEPT_HELD_OUT = frozenset({"中国"})


# The described half of the held-out part (eleventh session, 2026-12-07; see "Described half" in corpus/README.md).
# Of the held-out texts of batches 1–13 (0-based 0–12), those whose key — the text id of a national text (the nation
# is one place with many texts), else the place — has an even SHA-256 (read as an integer): 47 texts. A helper who
# wrote no rules read their misses and false values and described them by form with invented examples; the rules of
# that session were written from the description only. They stay held out (no rule writer saw their lines) but are
# no longer blind; the other held-out texts are (``benchmarks/real_corpus_recall.py blind``).
DESCRIBED_BATCHES = range(13)

# The second described slice (fourteenth session, 2026-12-07; "Described half" in corpus/README.md). Of the held-out
# texts of batches 1–17 (0-based 0–16; batch 17, the seventeenth collection's, was still open) not in the first
# described half, those whose key's SHA-256 has its second-lowest bit 0 (the next bit of the same hash): 26 texts.
# Their misses were described by form as the first half's were; the other 43 stay blind.
SECOND_DESCRIBED_BATCHES = range(17)


def _key_hash(row: dict[str, str]) -> int:
    key = row["text_id"] if row["admin_level"] == "nation" else row["place_zh"]
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16)


def described_round(row: dict[str, str]) -> int:
    """1 or 2 for a held-out text in the first or the second described slice, 0 for a blind or development text."""
    if row["split"] != "heldout":
        return 0
    batch, digest = _batch_of(row["text_id"]), _key_hash(row)
    if batch in DESCRIBED_BATCHES and digest % 2 == 0:
        return 1
    return 2 if batch in SECOND_DESCRIBED_BATCHES and (digest >> 1) % 2 == 0 else 0


def is_described(row: dict[str, str]) -> bool:
    """Whether a held-out text's misses were described by form (either slice; :func:`described_round`)."""
    return described_round(row) > 0


def _batch_of(text_id: str) -> int:
    return next((i for i, batch in enumerate(BATCHES) if text_id in batch), len(BATCHES))


def _held_out_of_batch(rows: list[dict[str, str]], new_places: set[str]) -> list[str]:
    level = {row["place_zh"]: row["admin_level"] for row in rows if row["place_zh"] in new_places}
    count: dict[str, int] = {}
    for row in rows:
        count[row["place_zh"]] = count.get(row["place_zh"], 0) + 1
    order = sorted(level, key=lambda place: hashlib.sha256(place.encode("utf-8")).hexdigest())
    held = [next(place for place in order if level[place] == lvl) for lvl in LEVELS if lvl in level.values()]
    needed = math.ceil(len(rows) / 3)
    for place in order:
        if sum(count[p] for p in held) >= needed:
            break
        if place not in held:
            held.append(place)
    return held


def held_out_places(rows: list[dict[str, str]]) -> list[str]:
    """Held-out places of the whole manifest: the union of each batch's held-out new places, batch by batch."""
    held: list[str] = []
    seen: set[str] = set()
    for batch in range(len(BATCHES) + 1):
        batch_rows = [row for row in rows if _batch_of(row["text_id"]) == batch]
        new_places = {row["place_zh"] for row in batch_rows} - seen
        if new_places:
            chosen = _held_out_of_batch(batch_rows, new_places)
            held += [place for place in chosen if batch not in OPENED_BATCHES or place in KEPT_HELD_OUT]
        seen |= new_places
    return held


def main() -> int:
    raw = MANIFEST.read_bytes().decode("utf-8")
    terminator = "\r\n" if "\r\n" in raw else "\n"
    text = raw.replace("\r\n", "\n") if terminator == "\r\n" else raw
    reader = csv.DictReader(io.StringIO(text))
    fields, rows = reader.fieldnames, list(reader)
    held = held_out_places(rows)
    for row in rows:
        row["split"] = "heldout" if row["place_zh"] in held else "dev"
    print("held out:", ", ".join(held), f"({sum(r['split'] == 'heldout' for r in rows)} of {len(rows)} texts)")
    if "--check" in sys.argv:
        return 0
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator=terminator)
    writer.writeheader()
    writer.writerows(rows)
    MANIFEST.write_bytes(out.getvalue().encode("utf-8"))  # keeps the file's line ends
    return 0


if __name__ == "__main__":
    sys.exit(main())
