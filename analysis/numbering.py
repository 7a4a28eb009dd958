"""How Chinese plans and reports number their headings and list items: the chapter numbers (第一章, 第3节), the item
numbers (一、, （一）, 1., (1)), a bare number before a space (1 户籍人口) and the marks of an item (■, ★, ●), defined once.

Floor: contracts (beside :mod:`analysis.vocabulary`). It imports nothing of the package. The line joiner
(:mod:`analysis.ingest.wrap`: a line opening a heading or an item continues nothing), the heading test of the extractor
(:data:`analysis.extract.context.HEADING`), the end of a table (:mod:`analysis.extract.tables.layouts`), the items below a
title of the years ahead (``AHEAD_ITEM`` in :mod:`analysis.extract.prose.clauses`) and the section of the registered
population (``HUKOU_SECTION`` in :mod:`analysis.extract.prose.reader`) compose their patterns from these pieces, so a
number one of them knows is known to all.
"""

from __future__ import annotations

#: The Chinese numerals of a heading's or an item's number (一 … 十; 十一 is two of them).
NUMERALS = "一二三四五六七八九十"
#: A chapter, section, part or article number: 第一章, 第十二节, 第3章, 第二部分, 第一条 (百, 零, 〇 and digits in the number); 部 and
#: 条 only before a space, a stop or the end (第一部 规划, 第1条 全市…; not 第一部门, 第一条高速公路: brief xlo).
CHAPTER = r"第[" + NUMERALS + r"百零〇\d]+(?:章|节|篇|部分|(?:部|条)(?=\s|[:：、.．,，]|$))"
#: An item number in Chinese numerals: 一、, 一., 一．, （一）, (一) — full-width brackets are ASCII after ingestion; a point before a
#: digit is no item's (一.5, as 1.5 for the Arabic one: brief xlo).
CHINESE_ITEM_NUMBER = r"[" + NUMERALS + r"]+\s*[、．]|[" + NUMERALS + r"]+\s*\.(?!\d)|[(（][" + NUMERALS + r"]+[)）]"
#: An item number in Arabic numerals: (1), 1、, 1．, 1. (not 1.5, a number).
ARABIC_ITEM_NUMBER = r"[(（]\d+[)）]|\d+\s*[、．]|\d+\s*\.(?!\d)"
#: An item number of any kind: the Chinese ones and the Arabic ones.
ITEM_NUMBER = CHINESE_ITEM_NUMBER + "|" + ARABIC_ITEM_NUMBER
#: The number opening a heading or a list item: a chapter's or an item's.
HEADING_NUMBER = CHAPTER + "|" + ITEM_NUMBER
#: A bare number and a space opening a heading (1 户籍人口, 二 户籍人口): a heading only where a line is known to be one.
SPACED_NUMBER = r"[" + NUMERALS + r"\d]+(?=\s)"
#: The marks that open a list item (■ …, ★ …).
ITEM_MARKS = "●■◆▲★•◇□◎※○·►▪"
