"""Rendering invariance: the same statement, rendered as real pages render it, must be read the same.

    python benchmarks/rendering_invariance.py                      # every perturbation, every source
    python benchmarks/rendering_invariance.py --only s2t fullwidth_digits --sources synthetic --show 20

Real pages differ from the texts the rules were written on in how they are *rendered*: copies through
big5 gateways (traditional characters), full-width digits and punctuation, ‰ written ``%。`` or ``%o``,
spaces, NBSP or ``&nbsp;`` between a number and its unit, a page that wraps lines, thousands
separators, years in Chinese numerals, page chrome and table debris. None of that changes what a
text states, so none of it may change what the extractor reads. This benchmark is a metamorphic
test of that property, needing no annotation and no held-out text:

1. take the development texts: the real corpus's ``dev`` split (``corpus/manifest.csv``), the
   synthetic development texts (``tests/corpus/texts/dev/``) and the five seeds (``seeds/``);
2. read each one as it is (decoded by the project's reader, written back as UTF-8: the reference);
3. apply **one** perturbation (:data:`PERTURBATIONS`) to its text — only to the text outside HTML
   tags and character references, so markup stays markup — and read it again;
4. compare the extracted level rows, as a multiset of (indicator, year, value, low, high, kind,
   entity, qualifier): a row of the reference missing from the perturbed reading is **lost**, a
   row only in the perturbed reading is **gained**. A text the perturbation leaves unchanged is
   not counted for it.

It also checks that every quote of a perturbed reading is a verbatim piece of its line in the
perturbed file (``quotes not in line``): a normalisation must keep quotes traceable.

Reported per perturbation: texts changed, reference rows among them, the share preserved, rows
lost and gained (``--show N`` lists up to N of each, with file and rendering of the value).
Deterministic: perturbations are pure functions of the text (no randomness). The perturbations
the reader does not handle are listed in :data:`NOT_HANDLED` with the reason.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extract.stage import extract_documents  # noqa: E402
from analysis.ingest.decode import read_seed  # noqa: E402
from analysis.ingest.stage import ingest_each  # noqa: E402

KEY = ("indicator", "year", "value", "value_low", "value_high", "kind", "entity", "qualifier")

#: Markup the perturbations leave alone: tags, comments and character references.
_MARKUP = re.compile(r"(<!--.*?-->|</?[a-zA-Z][^<>]*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)", re.S)


def outside_markup(function: Callable[[str], str]) -> Callable[[str], str]:
    """Apply ``function`` to the text between tags and character references only."""
    def apply(text: str) -> str:
        parts = _MARKUP.split(text)
        return "".join(part if index % 2 else function(part) for index, part in enumerate(parts))
    return apply


def _s2t(text: str) -> str:
    from opencc_purepy import OpenCC

    return OpenCC("s2t").convert(text)


def _fullwidth(characters: str) -> Callable[[str], str]:
    table = {ord(char): chr(ord(char) + 0xFEE0) for char in characters}
    return lambda text: text.translate(table)


_ASCII_PRINTABLE = "".join(chr(code) for code in range(0x21, 0x7F))
#: A number and the unit after it (万人, %, ‰, 岁, 人 …): the places a page puts a space, NBSP or &nbsp;.
_NUMBER_UNIT = re.compile(r"(\d)(?=万|亿|%|‰|岁|人|‰|个百分点|平方公里)")
#: A year written in digits and its 年 (or the dash of a period: 2016—2030年).
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?=年|[—–\-~～至到](?:19|20)\d{2}年)")
_YEAR_DIGIT = str.maketrans("0123456789", "〇一二三四五六七八九")
#: An integer part of four or more digits before a unit of a count: 1234.56万 → 1,234.56万 (years are followed by 年).
_LONG_NUMBER = re.compile(r"(?<![\d.,])(\d{4,})(?=(?:\.\d+)?(?:万|亿|人|元|户|个|名|张))")


def _thousands(text: str) -> str:
    return _LONG_NUMBER.sub(lambda match: f"{int(match.group(1)):,}", text)


def _short_years(text: str) -> str:
    """A year already written in full earlier in the text, written again with two digits (2020年 … 20年)."""
    seen: set[str] = set()

    def shorten(match: re.Match[str]) -> str:
        year = match.group(1)
        if year in seen:
            return year[2:]
        seen.add(year)
        return year

    return re.sub(r"(?<![\d.])((?:19|20)\d{2})(?=年)", shorten, text)


def _wrap(width: int) -> Callable[[str], str]:
    """A page that breaks lines every ``width`` characters (lines already shorter stay)."""
    def wrap(text: str) -> str:
        out = []
        for line in text.split("\n"):
            out.extend([line[i : i + width] for i in range(0, len(line), width)] or [""])
        return "\n".join(out)
    return wrap


def _prose_rows(function: Callable[[str], str]) -> Callable[[str], str]:
    """Apply ``function`` to the lines of prose that are no table's row (cells in column gaps or written with commas,
    2011,57.2,12.05: :data:`analysis.ingest.wrap.CELLS`) — a page that breaks a table's row breaks the table."""
    from analysis.ingest.wrap import CELLS

    return _prose_lines(lambda line: line if CELLS.search(line.strip()) else function(line))


def _prose_lines(function: Callable[[str], str]) -> Callable[[str], str]:
    """Apply ``function`` to the lines of prose only (a line with 。 or ，, no | or │ and no tab: not a table's row)."""
    def apply(text: str) -> str:
        return "\n".join(function(line) if re.search("[。，,]", line) and not re.search("[|│\t]", line) else line for line in text.split("\n"))
    return apply


@dataclass(frozen=True)
class Perturbation:
    name: str
    description: str
    apply: Callable[[str], str]
    html: bool = True  # also applied to HTML pages (line wrapping is not: it would cut tags)
    encoding: str = "utf-8"  # the perturbed text is written in this encoding


def _sub(pattern: str, replacement: str) -> Callable[[str], str]:
    compiled = re.compile(pattern)
    return lambda text: compiled.sub(replacement, text)


PERTURBATIONS: tuple[Perturbation, ...] = (
    Perturbation("identity", "the text written back as UTF-8 (the harness itself: must preserve all)", lambda text: text),
    Perturbation("s2t", "simplified → traditional characters (OpenCC s2t), as a big5 gateway or a converting mirror renders a page", outside_markup(_s2t)),
    Perturbation("big5_file", "traditional characters saved in the Big5 encoding (cp950; characters it lacks as &#…;)", outside_markup(_s2t), encoding="cp950"),
    Perturbation("wan_yi_traditional", "only 万/亿 in their traditional forms 萬/億", outside_markup(lambda text: text.replace("万", "萬").replace("亿", "億"))),
    Perturbation("fullwidth_digits", "digits in full-width forms (１２００万)", outside_markup(_fullwidth("0123456789"))),
    Perturbation("fullwidth_ascii", "every ASCII character in its full-width form (１２００万, ７８．５％, ＧＤＰ)", outside_markup(_fullwidth(_ASCII_PRINTABLE))),
    Perturbation("permille_pct_stop", "‰ written %。 (a font that lacks ‰)", outside_markup(lambda text: text.replace("‰", "%。"))),
    Perturbation("permille_pct_o", "‰ written %o", outside_markup(lambda text: text.replace("‰", "%o"))),
    Perturbation("permille_spaced", "‰ with a space before and after it", outside_markup(lambda text: text.replace("‰", " ‰ "))),
    Perturbation("space_before_unit", "a space between a number and its unit (1200 万人, 78.5 %)", outside_markup(lambda text: _NUMBER_UNIT.sub(r"\1 ", text))),
    Perturbation("nbsp_before_unit", "a no-break space (U+00A0) between a number and its unit", outside_markup(lambda text: _NUMBER_UNIT.sub("\\1\u00a0", text))),
    Perturbation("html_nbsp_before_unit", "&nbsp; between a number and its unit (an HTML remnant)", outside_markup(lambda text: _NUMBER_UNIT.sub(r"\1&nbsp;", text))),
    Perturbation("space_in_year", "a space inside 2020 年 (and before the dash of a period)", outside_markup(lambda text: _YEAR.sub(r"\1 ", text))),
    Perturbation("ideographic_space_in_year", "an ideographic space (U+3000) inside 2020　年", outside_markup(lambda text: _YEAR.sub("\\1\u3000", text))),
    Perturbation("line_wrap_20", "a page that breaks its lines of prose (not a table's rows) every 20 characters (inside sentences, numbers, words)", _prose_rows(_wrap(20)), html=False),
    Perturbation("line_wrap_30", "a page that breaks its lines of prose every 30 characters (inside sentences)", _prose_rows(_wrap(30)), html=False),
    Perturbation("line_wrap_40", "a page that breaks its lines of prose every 40 characters (inside sentences)", _prose_rows(_wrap(40)), html=False),
    Perturbation("break_number_unit", "a line break between a number and its unit in prose (1200\\n万人, 78.5\\n%)", _prose_lines(lambda line: _NUMBER_UNIT.sub("\\1\n", line)), html=False),
    Perturbation("break_in_year", "a line break inside a year of prose, before its last two digits (20\\n20年)", _prose_lines(lambda line: re.sub(r"(?<![\d.])((?:19|20))(\d{2}年)", "\\1\n\\2", line)), html=False),
    Perturbation("thousands", "thousands separators in counts (1,234.56万, 12,000人)", outside_markup(_thousands)),
    Perturbation("chinese_year", "years in Chinese numerals (二〇二〇年, 二〇一六—二〇三〇年)", outside_markup(lambda text: _YEAR.sub(lambda m: m.group(1).translate(_YEAR_DIGIT), text))),
    Perturbation("short_year", "a year written again with two digits after it was written in full (2020年 … 20年)", outside_markup(_short_years)),
    Perturbation("trailing_chrome", "a trailing line of page chrome (【打印本页】【关闭窗口】)", lambda text: text.rstrip("\n") + "\n【打印本页】 【关闭窗口】\n"),
    Perturbation("leading_breadcrumb", "a leading breadcrumb line (当前位置：首页 > 新闻中心 > 正文)", lambda text: "当前位置：首页 > 新闻中心 > 正文\n" + text),
    Perturbation("pipe_line_end", "table debris: a | at the end of every line of prose (a line with 。 or ， and no | or tab)", _prose_lines(lambda line: line.rstrip() + " |"), html=False),
    Perturbation("pipe_debris_lines", "table debris: a line | | after every line of prose", _prose_lines(lambda line: line + "\n| |"), html=False),
    Perturbation("ideographic_indent", "each line of text indented with two ideographic spaces (a paragraph's 首行缩进)", _sub(r"(?m)^(?=\S)", "\u3000\u3000"), html=False),
    Perturbation("nbsp_indent", "each line of text indented with &nbsp;&nbsp;&nbsp;&nbsp; (an HTML remnant)", _sub(r"(?m)^(?=\S)", "&nbsp;&nbsp;&nbsp;&nbsp;"), html=False),
    Perturbation("html_one_line", "a saved page: every line a <p>…</p>, all on one physical line (not a text with tab-marked cells, "
                 "which a page writes as <td>)", lambda text: text if re.search(r"(?m)^\t", text) else "".join(f"<p>{line}</p>" for line in text.split("\n")), html=False),
    Perturbation("trailing_spaces", "spaces and an ideographic space at the end of every line", _sub(r"(?m)(?<=\S)$", "  \u3000")),
    Perturbation("crlf", "Windows line ends (CRLF)", lambda text: text.replace("\n", "\r\n")),
    Perturbation("gb18030_file", "the text saved in GB18030", lambda text: text, encoding="gb18030"),
)

#: Perturbations the reader does not handle (yet), and why (README, "Rendering invariance"). Every other perturbation
#: preserves every row of the development texts, and tests/test_rendering_invariance.py asserts it on a fixed set.
NOT_HANDLED: dict[str, str] = {
    "line_wrap_20": (
        "lines of prose broken every 20 characters are joined into logical lines (analysis.ingest.wrap) and rows take "
        "the physical line of their number; 0.998 of the development rows read the same, not every one (README, "
        "'Rendering invariance')"),
    "short_year": (
        "a year written with two digits (20年) is a span of years as often as a year (用20年, 近30年, 20年来): reading it as "
        "the full year written earlier would need the sentence's sense, not its rendering; not a normalisation"),
}


def texts(sources: Sequence[str]) -> list[Path]:
    """The development texts of the sources asked for (``real``, ``synthetic``, ``seeds``)."""
    files: list[Path] = []
    if "real" in sources:
        manifest = pd.read_csv(ROOT / "corpus" / "manifest.csv", keep_default_na=False, dtype=str)
        files += [ROOT / "corpus" / name for name in manifest.loc[manifest["split"] == "dev", "file"]]
    if "synthetic" in sources:
        index = pd.read_csv(ROOT / "tests" / "corpus" / "index.csv", keep_default_na=False, dtype=str)
        files += [ROOT / "tests" / "corpus" / "texts" / name for name in index.loc[index["split"] == "dev", "file"]]
    if "seeds" in sources:
        files += sorted((ROOT / "seeds").glob("*.txt"))
    return files


def _unique_names(files: Sequence[Path]) -> list[str]:
    return [f"{index:03d}_{path.name}" for index, path in enumerate(files)]


def read(folder: Path, names: Sequence[str], contents: Sequence[bytes]) -> tuple[dict[str, Counter], list[str], pd.DataFrame]:
    """Write the texts under their names and extract them: rows per file, failures, and the raw rows."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, content in zip(names, contents):
        path = folder / name
        path.write_bytes(content)
        files.append(path)
    documents, errors = ingest_each(files)  # a text the reader refuses is a failure, not the end of the run
    extraction = extract_documents(documents)
    levels = extraction.indicators[extraction.indicators["value"].notna()]
    rows: dict[str, Counter] = {name: Counter() for name in names}
    for record in levels.reindex(columns=["seed_file", *KEY]).itertuples(index=False):
        rows[record[0]][tuple(_key(value) for value in record[1:])] += 1
    return rows, errors + list(extraction.failures), levels


def _key(value: object) -> object:
    if isinstance(value, float):
        return None if value != value else round(value, 6)
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def quotes_not_in_line(folder: Path, levels: pd.DataFrame) -> list[tuple[str, int, str]]:
    """Rows whose quote is not a verbatim piece of their physical line in the file read."""
    lines: dict[str, list[str]] = {}
    bad = []
    for record in levels[["seed_file", "line", "quote"]].itertuples(index=False):
        if record.seed_file not in lines:
            lines[record.seed_file] = read_seed(folder / record.seed_file).text.split("\n")
        text = lines[record.seed_file]
        if not (0 < int(record.line) <= len(text)) or str(record.quote) not in text[int(record.line) - 1]:
            bad.append((record.seed_file, int(record.line), str(record.quote)))
    return bad


@dataclass
class Outcome:
    name: str
    texts: int
    rows: int
    preserved: int
    lost: list[tuple[str, tuple]]
    gained: list[tuple[str, tuple]]
    failures: list[str]
    bad_quotes: list[tuple[str, int, str]]

    @property
    def share(self) -> float:
        return self.preserved / self.rows if self.rows else 1.0


def run(files: Sequence[Path], perturbations: Sequence[Perturbation], work: Path) -> list[Outcome]:
    names = _unique_names(files)
    decoded = [read_seed(path).text for path in files]
    is_html = [path.suffix.lower() in (".html", ".htm") for path in files]
    reference, _, _ = read(work / "reference", names, [text.encode("utf-8") for text in decoded])
    outcomes = []
    for perturbation in perturbations:
        chosen = []
        for name, text, html in zip(names, decoded, is_html):
            if html and not perturbation.html:
                continue
            new = perturbation.apply(text)
            if new != text or perturbation.name == "identity" or perturbation.encoding != "utf-8":
                chosen.append((name, new.encode(perturbation.encoding, errors="xmlcharrefreplace")))
        folder = work / perturbation.name
        rows, failures, levels = read(folder, [name for name, _ in chosen], [content for _, content in chosen]) if chosen else ({}, [], pd.DataFrame(columns=["seed_file", "line", "quote"]))
        lost, gained, preserved, total = [], [], 0, 0
        for name, _ in chosen:
            before, after = reference[name], rows[name]
            total += sum(before.values())
            preserved += sum((before & after).values())
            lost += [(name, row) for row in (before - after).elements()]
            gained += [(name, row) for row in (after - before).elements()]
        outcomes.append(Outcome(perturbation.name, len(chosen), total, preserved, lost, gained, failures, quotes_not_in_line(folder, levels)))
    return outcomes


def report(outcomes: Sequence[Outcome], show: int) -> str:
    table = pd.DataFrame([
        {"perturbation": o.name, "texts": o.texts, "rows": o.rows, "preserved": round(o.share, 3), "lost": len(o.lost),
         "gained": len(o.gained), "failures": len(o.failures), "quotes not in line": len(o.bad_quotes)}
        for o in outcomes
    ])
    out = [table.to_string(index=False)]
    if show:
        for o in outcomes:
            for label, items in (("lost", o.lost), ("gained", o.gained)):
                for name, row in items[:show]:
                    out.append(f"  {o.name} {label}: {name} {dict(zip(KEY, row))}")
            for failure in o.failures[:show]:
                out.append(f"  {o.name} failure: {failure}")
            for name, line, quote in o.bad_quotes[:show]:
                out.append(f"  {o.name} quote not in line: {name}:{line} {quote!r}")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=[p.name for p in PERTURBATIONS], help="these perturbations only")
    parser.add_argument("--sources", nargs="+", default=["real", "synthetic", "seeds"], choices=["real", "synthetic", "seeds"])
    parser.add_argument("--show", type=int, default=0, help="list up to N lost and gained rows per perturbation")
    args = parser.parse_args()
    chosen = [p for p in PERTURBATIONS if not args.only or p.name in args.only]
    files = texts(args.sources)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        outcomes = run(files, chosen, Path(folder))
    print(f"{len(files)} development texts ({', '.join(args.sources)}); {time.perf_counter() - started:.0f} s")
    print(report(outcomes, args.show))


if __name__ == "__main__":
    main()
