"""Plan metadata for a text without a manifest row, inferred from the text itself.

* city and province: from the body (:mod:`analysis.ingest.city`);
* plan id: city in pinyin plus the file name;
* base year: the first year column of an indicator table with several year columns, otherwise
  the latest year stated in a baseline section (人口现状, 发展基础 …);
* end year: the last year column, otherwise the latest year stated in a target section;
* issue year: a signature date (``2023年3月16日``) on a line of its own.

Anything that cannot be inferred is left empty.
"""

from __future__ import annotations

import re
from pathlib import Path

from pypinyin import lazy_pinyin

from analysis.codebook import Codebook
from analysis.extract.plan import PlanMeta
from analysis.extract.prose import ProseReader
from analysis.extract.tables import find_tables
from analysis.ingest.document import PlanDocument

SIGNATURE_DATE = re.compile(r"^\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日\s*$")


def infer_meta(document: PlanDocument, codebook: Codebook, places: set[str]) -> PlanMeta:
    city = document.city.city if document.city else ""
    province = document.city.province if document.city else ""
    slug = "".join(lazy_pinyin(document.city.short)) if document.city else "unknown"
    stem = re.sub(r"[^a-z0-9]+", "-", Path(document.seed_file).stem.lower()).strip("-")
    tables = [t for t in find_tables(document) if t.orientation == "indicator-rows" and len(t.year_columns) >= 2]
    base_year = period_end = None
    if tables:
        years = [column.year for column in tables[0].year_columns]
        base_year, period_end = min(years), max(years)
    if base_year is None or period_end is None:
        table_lines = {number for table in find_tables(document) for number in table.lines}
        prose = ProseReader(codebook, places, {}).read(list(document.lines), table_lines)
        baseline_years = [v.year for v in prose if v.section_kind == "baseline" and v.year]
        target_years = [v.year for v in prose if v.section_kind == "target" and v.year]
        base_year = base_year or (max(baseline_years) if baseline_years else None)
        period_end = period_end or (max(target_years) if target_years else None)
    issue_year = next((int(m.group(1)) for line in document.body_lines() if (m := SIGNATURE_DATE.match(line.text))), None)
    return PlanMeta(f"{slug}-{stem}", city, province, base_year, period_end, issue_year)
