"""HTML left in a saved page: split lines at block boundaries and say what each tag stands for.

Plans are often saved from a web page, with markup left in: paragraphs as ``<p>…</p>`` (often
many on one physical line), ``&nbsp;`` for indentation, an ``<img …>`` between a verb and its
number, tables as ``<table><tr><td>``. The text layer must read such a page exactly as it
reads the plain text, and never take markup for content (``达到<img …>60%`` is not ">60%").

This module does not rewrite the text. For one physical line it returns **segments** — the
pieces between block-level tags (``<p>``, ``<br>``, ``<div>``, ``<tr>``, ``<li>``, headings,
``<table>``) — each with the replacements the normaliser applies to it:

* a tag becomes nothing, except table cells: ``<td>``/``<th>`` become ``|`` (a row on one line
  then reads as a pipe row), or a leading tab when the cell is alone on its line (a cell per
  line then reads as a tab-marked cell, rows separated by the blank segments of ``<tr>``);
* a character reference becomes its character (``&nbsp;`` a space, ``&#12288;`` an ideographic
  space that normalisation turns into a space, ``&lt;`` ``<``);
* everything inside ``<script>``, ``<style>`` and ``<head>`` is marked as markup, never text.

Every segment keeps its position in the physical line, so quotes stay verbatim substrings of
the original line and line numbers stay those of the file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

#: Tag names that end a line of text (a new paragraph, row, list item, heading …).
BLOCK_TAGS = frozenset(
    "p div br tr table thead tbody tfoot li ul ol h1 h2 h3 h4 h5 h6 section article header footer "
    "blockquote pre hr title caption dd dt dl center form body html".split()
)
CELL_TAGS = frozenset({"td", "th"})
#: Containers whose content is never plan text.
HIDDEN_TAGS = frozenset({"script", "style", "head", "noscript", "iframe", "select", "option"})
#: Every tag name HTML pages use: only these count as markup (``<>`` or ``<5`` in a table is text).
TAG = re.compile(r"</?(?P<name>[a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]*)?/?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.S | re.I)
KNOWN_TAGS = BLOCK_TAGS | CELL_TAGS | HIDDEN_TAGS | frozenset(
    "a span font strong b i u em img meta link input button label sup sub small big strike s "
    "colgroup col th o:p v:shape nobr wbr abbr code tt ins del mark".split()
)
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
#: At least this many tags of these kinds make a text an HTML page (for the quality log).
PAGE_EVIDENCE = re.compile(r"</(?:p|div|td|tr|table|span|li)>|<br\s*/?>|<p[\s>]", re.I)


@dataclass(frozen=True)
class Segment:
    """A piece of a physical line that reads as a line of its own."""

    start: int
    end: int
    replacements: tuple[tuple[int, int, str], ...]  # (start, end, new text) in line coordinates
    hidden: bool = False  # inside <script>, <style> or <head>


@dataclass
class MarkupState:
    """What is open at the end of the lines read so far: hidden containers, a table cell."""

    hidden_depth: int = 0
    in_cell: bool = False


#: Inside a table cell only these end the line (a cell's own <p> or <br> do not split the cell).
ROW_TAGS = frozenset({"tr", "table", "thead", "tbody", "tfoot"})


def has_markup(text: str) -> bool:
    """True when a text carries HTML tags or character references."""
    return any(_is_tag(match) for match in TAG.finditer(text)) or bool(ENTITY.search(text))


def is_html_page(text: str) -> bool:
    """True when a text is a saved HTML page rather than plain text with a stray tag."""
    return len(PAGE_EVIDENCE.findall(text[:200_000])) >= 3


def segments(line: str, state: MarkupState) -> list[Segment]:
    """The segments of one physical line (see the module docstring); ``state`` carries open
    containers from one line to the next."""
    if "<" not in line and "&" not in line:
        return [Segment(0, len(line), (), state.hidden_depth > 0)]
    events = [(m.start(), m.end(), m) for m in TAG.finditer(line) if _is_tag(m)]
    tag_spans = [(a, b) for a, b, _ in events]
    for m in ENTITY.finditer(line):
        if not any(a <= m.start() < b for a, b in tag_spans):
            events.append((m.start(), m.end(), m))
    events.sort(key=lambda event: event[0])
    pieces: list[Segment] = []
    start = 0
    replacements: list[tuple[int, int, str]] = []
    cells: list[int] = []
    hidden = state.hidden_depth > 0

    def close(end: int) -> None:
        nonlocal start, replacements, cells, hidden
        if len(cells) == 1 and not _visible(line, start, replacements[cells[0]][0], replacements):
            a, b, _ = replacements[cells[0]]
            replacements[cells[0]] = (a, b, "\t")
        pieces.append(Segment(start, end, tuple(replacements), hidden or state.hidden_depth > 0))
        start, replacements, cells, hidden = end, [], [], state.hidden_depth > 0

    for a, b, match in events:
        if match.re is ENTITY:
            char = html.unescape(match.group())
            if char != match.group():
                replacements.append((a, b, char))
            continue
        name = (match.group("name") or "").lower()
        closing = match.group().startswith("</")
        if name in HIDDEN_TAGS:
            state.hidden_depth = max(0, state.hidden_depth + (-1 if closing else 1))
            hidden = hidden or state.hidden_depth > 0
        if name in CELL_TAGS:
            state.in_cell = not closing
            if not closing:
                cells.append(len(replacements))
                replacements.append((a, b, "|"))
                continue
        if name in ROW_TAGS:
            state.in_cell = False
        replacements.append((a, b, ""))
        if name in BLOCK_TAGS and (not state.in_cell or name in ROW_TAGS):
            close(b)
    if start < len(line) or not pieces:
        close(len(line))
    return pieces


def _is_tag(match: re.Match[str]) -> bool:
    name = match.group("name")
    return name is None or name.lower() in KNOWN_TAGS


def _visible(line: str, start: int, end: int, replacements: list[tuple[int, int, str]]) -> bool:
    """Whether ``line[start:end]`` has anything but markup and spaces."""
    chars = list(line[start:end])
    for a, b, _ in replacements:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return bool("".join(chars).strip())
