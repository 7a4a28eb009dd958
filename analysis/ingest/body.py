"""Find the plan body in a saved page: separate the plan from site chrome and other documents.

Each line gets a role:

``chrome``  web-page furniture: breadcrumbs, publication stamps, font/share widgets, image file
            names, attachment links, and navigation menus (runs of short unpunctuated lines or
            list items ending in a date; not a run holding two table header cells, 序号 / 指标名称 /
            单位, which heads a table flattened one cell per line);
``toc``     a table-of-contents entry (a heading followed by a page number);
``blank``   an empty line;
``body``    a line of the plan;
``outside`` a line of text that is not part of the plan (another document on the same page).

Chrome lines split the file into regions. The body is the region with the most text among
those that contain a plan title (a short line naming a 人口…规划 or 人口…计划); its other
non-chrome lines are ``outside``. Table-of-contents lines stay inside the body but are not
read for values (their numbers are page numbers).

Page furniture right under the title (发布时间…, 来源…, 字号 大 中 小, 打印本页) does not cut
the title off its plan: a title region of a few lines followed, across at most
:data:`FURNITURE_GAP` furniture lines, by a region of text is one candidate. The body also
extends across a short run of furniture (an image name, a page break) into a following region
of prose. Lines inside ``<script>``/``<style>``/``<head>`` of a saved page are furniture.
All positions are indices into the sequence of lines given (0-based).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.schemas import BINDINGS

CHROME_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        r"^\s*(当前位置|您的位置|您现在的位置)\s*[:：]",
        r"(发布时间|发布日期|成文日期|时间|日期)\s*[:：]\s*\d{4}[-年/.]\d{1,2}",
        r"^\s*(来源|信息来源|文章来源|作者|责任编辑|编辑|浏览量|点击数|阅读量)\s*[:：]",
        r"字号\s*[:：]?\s*[\[【]?\s*大|[\[【]\s*大\s*[\]】]|(^|\s)大\s+中\s+小(\s|$)|^\s*大\s*中\s*小\s*$",
        r"字体\s*[:：]?\s*\[|【\s*字号|^\s*字号\s*[:：]",
        r"^\s*(分享|打印|关闭|收藏|返回顶部)(到)?\s*[:：]?\s*$",
        r"阅读次数|浏览次数|访问量\s*[:：]|信息来源\s*[:：]",
        r"\.(png|jpe?g|gif|bmp)\s*$",
        r"^\s*[•·]?\s*(附件|视频|相关链接)\s*[:：]?\s*$",
        r"扫一扫|手机打开|打印本页|关闭窗口",
        r"^.{0,60}\s\d{4}-\d{1,2}-\d{1,2}\s*$",
    )
)
#: A heading followed by a page number: a table-of-contents entry.
TOC_PATTERN = re.compile(r"^\s*(第[一二三四五六七八九十百]+[章节篇]|[一二三四五六七八九十]+、).{1,40}?\s\.?\d{1,3}\s*$")
#: A plan title: a short line naming a population plan or programme.
TITLE_PATTERN = re.compile(r"人口.{0,12}(规划|计划)")
TITLE_MAX_CHARS = 45
#: A cited title that is the subject of the page: 《…规划》政策解读, 《…规划》答记者问.
QUOTED_SUBJECT = re.compile(r"^《[^》]+》\s*(?:政策)?(?:解读|答记者问|问答|图解|全文)\s*$")
#: A navigation menu is at least this many consecutive short lines without sentence punctuation.
MENU_RUN = 4
MENU_MAX_CHARS = 16
_SENTENCE_PUNCTUATION = re.compile(r"[。，,；;：:！？!?、]")
#: Words that head the columns of an indicator table (the label, unit, sequence and attribute columns
#: of :data:`analysis.extract.tables.header.HEADER_WORDS`): a run of short lines holding two of them is
#: the header of a table flattened one cell per line, not a navigation menu.
TABLE_HEADER_CELLS = frozenset({"序号", "指标", "指标名称", "主要指标", "具体指标", "单位", "计量单位", "属性", "指标属性", "指标性质", "领域", "类别"})
#: A run holding a binding cell (预期性, 约束性) is the cells of an indicator table's rows flattened one per line
#: (孕产妇系统管理率 / % / - / 稳步提高 / 预期性: a row with no digit), never a menu.
TABLE_ROW_CELLS = frozenset(BINDINGS[1:])


#: Furniture lines (non-blank) that may separate a title from its text.
FURNITURE_GAP = 8
#: A title region has at most this many text lines (title, subtitle, issuer, date).
TITLE_REGION_LINES = 4
#: Furniture lines (non-blank) the body may extend across into a following region of prose.
BREAK_GAP = 2
_PROSE = re.compile(r"[。；;]")


@dataclass(frozen=True)
class Body:
    """Where the plan body is (indices of the first, last and title lines) and every line's role."""

    first: int
    last: int
    roles: tuple[str, ...]
    title: int


def locate_body(lines: Sequence[str], hidden: Sequence[bool] = ()) -> Body:
    """Assign a role to each line and find the body (see the module docstring).

    ``lines`` are normalised lines with spam already replaced, so that a defaced title reads
    as a title and a spam colon does not count as punctuation. ``hidden`` marks lines inside
    markup containers (scripts, styles, the page head).
    """
    roles = ["blank" if not line.strip() else "text" for line in lines]
    for index, line in enumerate(lines):
        if roles[index] == "text" and ((hidden and hidden[index]) or (any(p.search(line) for p in CHROME_PATTERNS) and not _prose(line))):
            roles[index] = "chrome"
    _mark_menus(lines, roles)
    for index, line in enumerate(lines):
        if roles[index] == "text" and TOC_PATTERN.match(line):
            roles[index] = "toc"
    regions = _regions(roles)
    if not regions:
        raise ValueError("no text lines outside page chrome")
    candidates = _candidates(lines, roles, regions)
    start, end = max(candidates, key=lambda region: (_weight(lines, roles, region), -region[0]))
    end = _extend(lines, roles, regions, end)
    start = _headline(lines, roles, regions, start)
    for index in range(len(lines)):
        if roles[index] in ("text", "toc") and not start <= index <= end:
            roles[index] = "outside"
        elif roles[index] == "text":
            roles[index] = "body"
    title = _title_line(lines, (start, end))
    return Body(first=start, last=end, roles=tuple(roles), title=title if title is not None else start)


def _weight(lines: Sequence[str], roles: Sequence[str], region: tuple[int, int]) -> int:
    return sum(len(lines[i].strip()) for i in range(region[0], region[1] + 1) if roles[i] != "chrome")


def _candidates(lines: Sequence[str], roles: Sequence[str], regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Regions with a title, a short title region joined to the text under its furniture."""
    candidates = []
    for number, region in enumerate(regions):
        if _title_line(lines, region) is not None:
            candidates.append(region)
        if number + 1 < len(regions) and _title_line(lines, region) is not None:
            following = regions[number + 1]
            text_lines = sum(roles[i] != "blank" for i in range(region[0], region[1] + 1))
            gap = sum(roles[i] == "chrome" for i in range(region[1] + 1, following[0]))
            if text_lines <= TITLE_REGION_LINES and gap <= FURNITURE_GAP:
                candidates.append((region[0], following[1]))
    return candidates or regions


def _extend(lines: Sequence[str], roles: Sequence[str], regions: list[tuple[int, int]], end: int) -> int:
    """Extend the body across short furniture runs into following regions of prose."""
    for start, last in regions:
        if start <= end:
            continue
        gap = sum(roles[i] == "chrome" for i in range(end + 1, start))
        prose = sum(1 for i in range(start, last + 1) if roles[i] == "text" and len(lines[i].strip()) > 40 and _PROSE.search(lines[i]))
        if gap > BREAK_GAP or prose == 0:
            break
        end = last
    return end


def _headline(lines: Sequence[str], roles: Sequence[str], regions: list[tuple[int, int]], start: int) -> int:
    """A press page's headline above its furniture (标题 / 来源: … 2019-10-16 / the report) is
    part of the text: the first region of the page, a few short lines without a full stop, is
    joined to a body that follows it across at most :data:`FURNITURE_GAP` furniture lines."""
    if not regions or regions[0][0] >= start:
        return start
    first, last = regions[0]
    following = next((region for region in regions if region[0] > last), None)
    text_lines = [lines[i].strip() for i in range(first, last + 1) if roles[i] != "blank"]
    gap = sum(roles[i] == "chrome" for i in range(last + 1, start))
    if (
        following is not None and following[0] == start and len(text_lines) <= TITLE_REGION_LINES and gap <= FURNITURE_GAP
        and all(len(line) <= TITLE_MAX_CHARS and not _PROSE.search(line) for line in text_lines)
    ):
        return first
    return start


def _mark_menus(lines: Sequence[str], roles: list[str]) -> None:
    """Mark runs of consecutive short unpunctuated lines (navigation menus) as chrome."""
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        stripped = line.strip()
        is_item = (
            index < len(lines)
            and roles[index] in ("text", "chrome")
            and not line.startswith("\t")
            and 0 < len(stripped) <= MENU_MAX_CHARS
            and not _SENTENCE_PUNCTUATION.search(stripped)
            and not re.search(r"\d", stripped)
        ) or (index < len(lines) and roles[index] == "chrome" and run)
        if is_item:
            run.append(index)
            continue
        header_cells = sum(re.sub(r"^[|｜\s]+|[|｜\s]+$", "", lines[i]) in TABLE_HEADER_CELLS for i in run)
        binding = any(re.sub(r"^[|｜\s]+|[|｜\s]+$", "", lines[i]) in TABLE_ROW_CELLS for i in run)
        if sum(roles[i] == "text" for i in run) and len(run) >= MENU_RUN and header_cells < 2 and not binding:
            for i in run:
                roles[i] = "chrome"
        run = []


#: A line of at least this many sentences (。！？) is prose, even where it names a date or a source (a whole page
#: flattened to one line: 「…公示时间:2016年6月13日…现向社会公示。…」): page chrome is a label, not sentences.
PROSE_SENTENCES = 3


def _prose(line: str) -> bool:
    return len(re.findall(r"[。！？!?]", line)) >= PROSE_SENTENCES


def _regions(roles: Sequence[str]) -> list[tuple[int, int]]:
    """Maximal runs of non-chrome lines, trimmed of blank lines at both ends."""
    regions = []
    start = None
    for index, role in enumerate([*roles, "chrome"]):
        if role != "chrome" and start is None:
            start = index
        elif role == "chrome" and start is not None:
            content = [i for i in range(start, index) if roles[i] != "blank"]
            if content:
                regions.append((content[0], content[-1]))
            start = None
    return regions


def _title_line(lines: Sequence[str], region: tuple[int, int]) -> int | None:
    for index in range(region[0], region[1] + 1):
        line = lines[index].strip()
        if len(line) <= TITLE_MAX_CHARS and TITLE_PATTERN.search(line) and (not line.startswith("《") or QUOTED_SUBJECT.match(line)):
            return index
    return None
