"""Quantified baselines, projections, targets and stated changes in the prose of a plan.

The reader goes sentence by sentence (sentences end at 。！？; semicolons only separate clauses,
so a 与2000年相比 at the start governs the whole sentence). In each sentence it finds
indicator mentions (:mod:`analysis.codebook`), years and their roles
(:mod:`analysis.extract.context`) and value expressions (:mod:`analysis.extract.values`), then
walks them left to right:

* a number is **not a value** when it is a year, an age bound (``60岁及以上``), an ordinal or rank
  (``第7位``), a count of things (``4个``, ``72号``), part of a document title in 《》, an
  attributive threshold (``50万以上的区县``, ``超过50%的…临界点``), or a comparison with another
  place (``较全省高2.55个百分点``);
* it is a **change** when a change verb precedes it directly (``增加1.45万人``, ``提高了5.31%``,
  ``年均增长0.9%``) or its unit is 个百分点 — changes go to their own table, never as levels;
* otherwise it is a **level**, assigned to an indicator: the subject of ``占…的`` for shares;
  position by position after 分别 (``A、B分别为x、y``); else the nearest preceding mention whose unit
  fits. A value shared by a coordinated pair (``城乡基本养老、基本医疗保险参保率达到98%``) goes to both.

The rules are grouped by family: :mod:`~analysis.extract.prose.words` (the phrasing of values,
changes, goals and lists), :mod:`~analysis.extract.prose.not_values` (numbers that are not values),
:mod:`~analysis.extract.prose.clauses` (clauses and their subjects),
:mod:`~analysis.extract.prose.respectively` (分别 lists) and
:mod:`~analysis.extract.prose.reader` (the walk itself).

Only values of indicators in the codebook are kept: prose numbers about things the codebook does
not cover (facility counts, training places…) are out of scope by design.
"""

from analysis.extract.prose.reader import ProseReader, ProseValue

__all__ = ["ProseReader", "ProseValue"]
