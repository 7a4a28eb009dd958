"""The corpus of real published texts (``corpus/``): its manifest, read and checked.

Floor: contracts (imports only the schemas, the vocabularies and the basics). The extract stage
reads the corpus with :func:`read_corpus_manifest` and extracts every text as a new user would
(place, period and cut-off inferred from the text, the manifest's place kept beside the inferred
one); ``benchmarks/real_corpus_recall.py`` scores it against the hand-made gold in
``corpus/gold/``.

A manifest row must name a file that exists and has the recorded SHA-256, so a text edited by hand
after it was annotated stops the build with one line naming the text.
"""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.errors import ManifestError

#: The words of a document title that name its plan family (``corpus/README.md``, "Plan families"), tried in this
#: order: a year's family-planning work targets and strategy studies first (their titles also say 人口发展 or 健康).
#: The short names of the reference data's documents are read too (十三五计生规划, 十三五规划纲要). A government work
#: report (政府工作报告: the year's 主要预期目标) and a year's 国民经济和社会发展计划 (its 计划执行情况与计划草案的报告) state
#: a year's targets, so they are annual targets; a work report only cited inside another title (《政府工作报告》所述) is not.
#: A report (流动人口发展报告), a projection (人口发展趋势预测) or a speech (演讲, 讲话) about population development is no
#: adopted plan: it is a study, so the population plans proper (``fared``'s family group) hold plans only.
#: An ageing plan (老龄事业 / 老年事业 / 老龄工作 / 养老服务 (体系) / 老龄化 plans: 老龄事业发展“十三五”规划,
#: 养老服务体系建设规划, 积极应对人口老龄化规划) states the 60+ and 65+ counts and shares; it is tried after the population
#: plans proper (a 人口发展规划 that also treats ageing stays a population plan) and before the development plans and
#: the health plans: 社会事业发展 does not occur in 老龄事业发展, and a 健康老龄化规划 (“十四五”健康老龄化规划) is decided
#: deliberately as an ageing plan — its figures are of the older population, not the health system at large.
#: An urbanisation plan may put its five-year period between 城镇化 and 规划 (吉林省城镇化“十二五”规划), and so may an
#: outline for women or for children (天津市儿童发展“十四五”规划).
PLAN_FAMILY_WORDS = (
    ("annual_targets", r"工作目标|工作要点|工作要求|工作情况的报告|(?<!《)政府工作报告|国民经济和社会发展计划|计划执行情况"),
    ("strategy_study", r"战略研究|研究报告|课题报告|发展报告|趋势预测|演讲|讲话"),
    ("family_planning_plan", r"计划生育事业发展|计生规划"),
    ("population_plan", r"人口发展"),
    ("ageing_plan", r"老龄事业|老年事业|老龄工作|养老服务|老龄化"),
    ("urbanisation_plan", r"新型城镇化|城镇化发展|城镇化规划|城镇化“?十[一二三四五]五”?规划|城市化"),
    ("spatial_plan", r"城镇体系规划|主体功能区规划|土地利用总体规划|城市总体规划|国土空间"),
    ("development_plan", r"社会事业发展|国民经济和社会发展|五规划纲要|乡村振兴战略规划"),
    ("women_children_plan", r"妇女(?:和|与)?儿童发展|(?:妇女|儿童)发展(?:纲要|规划|“?十[一二三四五]五”?规划)"),
    ("health_plan", r"健康|卫生|寿命"),
)


def plan_family_of(title: str) -> str | None:
    """The plan family a document title's words name, or None when no family's words occur."""
    return next((family for family, words in PLAN_FAMILY_WORDS if re.search(words, title)), None)


def read_corpus_manifest(path: Path = paths.CORPUS_MANIFEST) -> pd.DataFrame:
    """The corpus manifest, validated against :func:`analysis.schemas.corpus_manifest_schema`, with
    every text present and unchanged; :class:`ManifestError` (one line) otherwise."""
    import pandera.pandas as pa

    from analysis.schemas import corpus_manifest_schema

    if not path.exists():
        raise ManifestError(f"{paths.display(path)}: corpus manifest not found")
    try:
        frame = pd.read_csv(io.StringIO(path.read_bytes().decode("utf-8-sig")), dtype=str, keep_default_na=False)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise ManifestError(f"{paths.display(path)}: not a readable UTF-8 CSV ({' '.join(str(error).split())[:120]})") from None
    try:
        frame = corpus_manifest_schema().validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        cases = error.failure_cases
        cases = cases.assign(frame_level=cases["schema_context"] == "DataFrameSchema").sort_values("frame_level", kind="stable")
        first = cases.iloc[0]
        row = f"row {int(first['index']) + 2}, " if pd.notna(first["index"]) else ""
        column = f"column {first['column']}: " if isinstance(first["column"], str) and first["column"] in frame.columns else ""
        raise ManifestError(f"{paths.display(path)}: {row}{column}{first['failure_case']!r} fails {first['check']} ({len(cases)} problem(s) in all)") from None
    for row in frame.itertuples():
        text = path.parent / row.file
        if not text.is_file():
            raise ManifestError(f"{paths.display(text)}: corpus text of {row.text_id} not found")
        actual = hashlib.sha256(text.read_bytes()).hexdigest()
        if actual != row.sha256:
            raise ManifestError(f"{paths.display(text)}: SHA-256 {actual[:12]}… differs from the corpus manifest's {row.sha256[:12]}… (edited after it was annotated? re-annotate, then corpus/tools/refresh_sha256.py)")
    return frame


def corpus_inputs(path: Path = paths.CORPUS_MANIFEST, codebook_dir: Path = paths.CODEBOOK) -> list[Path]:
    """The files the corpus extraction tables are made from: the manifest, its texts, the codebook."""
    manifest = read_corpus_manifest(path)
    return [path, codebook_dir / "indicators.csv", *(path.parent / name for name in manifest["file"])]
