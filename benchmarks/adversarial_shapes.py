"""Texts shaped to make an extractor slow: the hostile inputs of issue #23, at any size.

Each shape is a function of a size in bytes (UTF-8) returning a text of about that size. They are
made for the test, never taken from a plan; :mod:`benchmarks.adversarial_benchmark` times them at
0.1, 1 and 10 MB and ``tests/test_reliability.py`` runs each at a small size under a time limit.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = "某市人口发展规划（2021—2035年）\n"


def _fill(unit: Callable[[random.Random], str], size: int, joiner: str = "") -> str:
    rng = random.Random(size)
    parts, total = [HEADER], len(HEADER.encode("utf-8"))
    while total < size:
        part = unit(rng) + joiner
        parts.append(part)
        total += len(part.encode("utf-8"))
    return "".join(parts)


def _digits(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(rng.randint(40, 400)))


def digit_runs(size: int) -> str:
    """Long numbers with few separators, one per line."""
    return _fill(lambda rng: _digits(rng) + rng.choice(["。", "，", ""]), size, "\n")


def digit_runs_one_line(size: int) -> str:
    """The same without newlines."""
    return _fill(lambda rng: _digits(rng) + rng.choice(["。", "，", ""]), size)


def _mixed(rng: random.Random) -> str:
    return "".join(rng.choice(["年", "万", "%", "‰", "人", str(rng.randint(0, 99999)), "2030", "常住人口"]) for _ in range(rng.randint(5, 60)))


def mixed_runs(size: int) -> str:
    """Mixed runs of 年, 万, %, digits (a line per run)."""
    return _fill(_mixed, size, "\n")


def mixed_one_line(size: int) -> str:
    """One line of mixed digits, 年, 万, %."""
    return _fill(_mixed, size)


def respectively_lists(size: int) -> str:
    """…分别为 followed by long lists, a list per line."""
    return _fill(lambda rng: "常住人口、户籍人口分别为" + "、".join(f"{rng.randint(1, 9999)}万人" for _ in range(rng.randint(50, 400))) + "。", size, "\n")


def respectively_years(size: int) -> str:
    """2016—2020年常住人口分别为 + thousands of items, one sentence."""
    return HEADER + "2016—2020年常住人口分别为" + _fill(lambda rng: f"{rng.randint(100, 999)}.{rng.randint(0, 9)}万人、", size)[len(HEADER):] + "。\n"


def year_lists(size: int) -> str:
    """Years joined by 和 and 、 before values."""
    return _fill(lambda rng: "、".join(f"{rng.randint(2000, 2050)}年" for _ in range(rng.randint(20, 200))) + "和2035年常住人口分别达到3000万人和3100万人，", size)


def ranges(size: int) -> str:
    """Ranges: 1.6~1.8, 103—107, 420万人至430万人."""
    return _fill(lambda rng: rng.choice([f"总和生育率{rng.randint(1, 2)}.{rng.randint(0, 9)}~{rng.randint(1, 2)}.{rng.randint(0, 9)}", f"出生人口性别比{rng.randint(100, 110)}—{rng.randint(100, 110)}", f"{rng.randint(100, 999)}万人至{rng.randint(100, 999)}万人", "1.8至2.0之间"]) + rng.choice(["、", "，", "；", ""]), size)


def you_dao(size: int) -> str:
    """Runs of 有…到… (由…到…, 从…到…) without sentence ends."""
    return _fill(lambda rng: f"有{rng.randint(1, 999)}万人到{rng.randint(2000, 2050)}年由{rng.randint(1, 99)}.{rng.randint(0, 9)}%到{rng.randint(1, 99)}%从", size)


def spaced_numbers(size: int) -> str:
    """Spaces inside numbers: 1 2 3 4 . 5 6 %."""
    return _fill(lambda rng: " ".join(rng.choice("0123456789.") for _ in range(rng.randint(10, 200))) + rng.choice([" %", " 万人", " 年", ""]), size)


def comma_thousands(size: int) -> str:
    """Comma thousands separators: 1,234,567,890 …"""
    return _fill(lambda rng: ",".join(f"{rng.randint(0, 999):03d}" for _ in range(rng.randint(5, 300))) + rng.choice(["万人", "人", "，", ""]), size)


def pipe_rows(size: int) -> str:
    """A pipe table with a header and as many rows as the size allows."""
    head = "| 指标 | 单位 | 2020年 | 2025年 | 2035年 |\n|---|---|---|---|---|\n"
    labels = ["常住人口", "户籍人口", "城镇化率", "总和生育率", "人均预期寿命", "出生人口性别比"]
    return HEADER + head + _fill(lambda rng: f"| {rng.choice(labels)} | 万人 | {rng.randint(1, 9999)} | {rng.randint(1, 9999)} | {rng.randint(1, 9999)} |", size, "\n")[len(HEADER):]


def to_year_one_line(size: int) -> str:
    """到2030年 repeated on one line."""
    return _fill(lambda rng: f"到{rng.randint(2021, 2050)}年", size)


def to_year_lines(size: int) -> str:
    """到2030年 repeated, a line each."""
    return _fill(lambda rng: f"到{rng.randint(2021, 2050)}年", size, "\n")


def seed_one_line(size: int) -> str:
    """Seed 000 with its newlines removed, repeated to the size."""
    seed = (ROOT / "seeds" / "000_1bfe080c51687ccb.txt").read_text(encoding="utf-8").replace("\n", "")
    copies = max(1, round(size / len(seed.encode("utf-8"))))
    text = seed * copies
    return text[: max(1, len(text) * size // max(1, len(text.encode("utf-8"))))]


SHAPES: dict[str, Callable[[int], str]] = {
    "digit_runs": digit_runs,
    "digit_runs_one_line": digit_runs_one_line,
    "mixed_runs": mixed_runs,
    "mixed_one_line": mixed_one_line,
    "respectively_lists": respectively_lists,
    "respectively_years": respectively_years,
    "year_lists": year_lists,
    "ranges": ranges,
    "you_dao": you_dao,
    "spaced_numbers": spaced_numbers,
    "comma_thousands": comma_thousands,
    "pipe_rows": pipe_rows,
    "to_year_one_line": to_year_one_line,
    "to_year_lines": to_year_lines,
    "seed_one_line": seed_one_line,
}
