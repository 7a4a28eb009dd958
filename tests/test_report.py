"""The report: every notebook executes cleanly in a fresh kernel and makes its files; Quarto's
configuration names exactly the notebooks there are; the fallback builds the site and the PDF."""

from __future__ import annotations

import ast
import os
import re
import stat

import jupytext
import pytest
import yaml

from analysis import paths
from analysis.report import style
from analysis.report.build import PDF_NAME
from analysis.report.catalog import INDEX, PAGES

NOTEBOOKS = sorted(path.relative_to(paths.ROOT).as_posix() for path in paths.NOTEBOOKS.glob("*.py"))


# --- Quarto configuration --------------------------------------------------------------------------------

def _quarto(name: str) -> dict:
    return yaml.safe_load((paths.ROOT / name).read_text(encoding="utf-8"))


def test_quarto_renders_every_notebook_and_nothing_else():
    render = _quarto("_quarto-site.yml")["project"]["render"]
    assert sorted(item for item in render if item.startswith("notebooks/")) == NOTEBOOKS
    assert all((paths.ROOT / item).exists() for item in render)
    assert render[0] == INDEX
    navbar = [entry if isinstance(entry, str) else entry["href"] for entry in _quarto("_quarto-site.yml")["website"]["navbar"]["left"]]
    assert sorted(item for item in navbar if item.startswith("notebooks/")) == NOTEBOOKS
    assert "planwatch-report.pdf" in navbar and "plans/index.html" in navbar  # the site links to the PDF and the plan texts


def test_pdf_profile_has_the_same_chapters():
    chapters = _quarto("_quarto-pdf.yml")["book"]["chapters"]
    assert chapters == [INDEX, *NOTEBOOKS]


def test_catalog_matches_the_notebooks():
    assert sorted(page.source for page in PAGES) == NOTEBOOKS


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_notebooks_are_percent_scripts_quarto_can_render(notebook):
    text = (paths.ROOT / notebook).read_text(encoding="utf-8")
    assert text.startswith("# %% [markdown]\n# ---\n# title: ")  # Quarto reads the YAML header from the first cell
    assert 'r"""' not in text and "r'''" not in text  # Markdown as # comments (quarto-cli #14850)
    cells = jupytext.reads(text, fmt="py:percent").cells
    assert [c.cell_type for c in cells].count("code") >= 2
    for cell in cells:
        if cell.cell_type == "code":
            definitions = [node for node in ast.walk(ast.parse(cell.source)) if isinstance(node, (ast.FunctionDef, ast.ClassDef))]
            assert not definitions, "logic belongs in analysis/, not in notebooks"


# --- execution ------------------------------------------------------------------------------------------------

def test_every_notebook_makes_its_figures_and_tables(executed):
    from analysis.report.catalog import INDEX_FIGURES

    output, _ = executed
    for name in INDEX_FIGURES:
        assert (output / "figures" / f"{name}.png").stat().st_size > 10_000, name
    for page in PAGES:
        for name in page.figures:
            assert (output / "figures" / f"{name}.png").stat().st_size > 10_000, (page.source, name)
        for name in page.tables:
            assert (output / "tables" / f"{name}.csv").stat().st_size > 50, (page.source, name)


def test_no_errors_warnings_or_stray_output(executed):
    _, pages = executed
    for page in pages:
        for cell in page.notebook.cells:
            for output in cell.get("outputs", []):
                assert output["output_type"] != "error", page.source
                if output["output_type"] == "stream":
                    assert output["name"] != "stderr", (page.source, output["text"][:300])
                text = output.get("data", {}).get("text/plain", "")
                assert "PosixPath" not in text and "Traceback" not in text, (page.source, text[:200])


def test_every_figure_has_a_numbered_caption(executed):
    _, pages = executed
    for page in pages[1:]:
        text = (page.source).read_text(encoding="utf-8")
        for label in re.findall(r"#\| label: (fig-[\w-]+)", text):
            assert f"@{label}" in text, f"{page.source.name}: {label} is never referred to"
            assert re.search(rf"#\| label: {label}\n#\| fig-cap: \"[^\"]+\"", text), label


def test_front_page_numbers_are_computed(executed):
    from analysis.report.headline_views import headlines

    _, pages = executed
    text = "\n".join(cell.source for cell in pages[0].notebook.cells if cell.cell_type == "markdown")
    assert "{python}" not in text
    h = headlines()
    assert f"**{h['n_values']} values** were extracted from the {h['n_plans']} plans" in text
    assert f"({h['n_table_values']} from tables, {h['n_text_values']} from the prose)" in text
    assert f"needed growth of {h['chongqing_required']:.2f}% a year" in " ".join(text.split())
    assert "(3200万左右)" in text  # the unit before the qualifier


def test_fallback_builds_the_site_and_the_pdf(fallback_site):
    site = fallback_site
    html_pages = [site / "index.html", *(site / "notebooks" / f"{page.stem}.html" for page in PAGES), site / "data.html"]
    for page in html_pages:
        text = page.read_text(encoding="utf-8")
        assert '<nav class="planwatch">' in text and "Traceback" not in text and "{python}" not in text, page
    ambition = (site / "notebooks" / "03_ambition.html").read_text(encoding="utf-8")
    assert ambition.count("data:image/png;base64") >= 2 and "Figure 1." in ambition and "Figure 2." in ambition
    assert "@fig-" not in ambition
    assert (site / "data" / "processed" / "indicators.csv").read_bytes() == paths.INDICATORS.read_bytes()
    assert (site / "data" / "reference" / "reference.csv").exists()
    umask = os.umask(0)
    os.umask(umask)
    assert (site / "data" / "processed" / "corpus" / "indicators.csv").read_bytes() == (paths.CORPUS_TABLES / "indicators.csv").read_bytes()
    for download in (site / "data" / "processed").rglob("*.csv"):
        assert stat.S_IMODE(download.stat().st_mode) == 0o666 & ~umask, download  # readable as the umask says
    pdf = (site / PDF_NAME).read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 200_000
    assert b"LibertinusSerif" in pdf and b"NotoSerifCJKsc" in pdf  # a Latin font for English, Simplified Chinese forms
    assert b"CJKjp" not in pdf  # no Chinese falls back to Japanese glyph forms


# --- fonts ------------------------------------------------------------------------------------------------------

def test_missing_cjk_font_fails_loudly(monkeypatch):
    style.cjk_font.cache_clear()
    monkeypatch.setattr(style.font_manager.fontManager, "ttflist", [])
    monkeypatch.setattr(style, "fontconfig_cjk_files", lambda: [])  # fontconfig has none either: nothing to refresh
    try:
        with pytest.raises(style.MissingFontError, match="fonts-noto-cjk"):
            style.setup()
    finally:
        monkeypatch.undo()
        style.cjk_font.cache_clear()
    assert style.setup().startswith("Noto Sans CJK")


def test_outcome_chart_shows_each_target_once_with_its_source():
    from analysis.report.outcome_views import outcomes_observed

    rows = outcomes_observed()
    # the reference data also quote Chongqing's own 3200万 target: shown once, as the plan's
    chongqing = rows[rows["label"].str.endswith("Resident population") & (rows["target"] == 3200)]
    assert chongqing["label"].tolist() == ["Chongqing · Resident population"]
    assert "National: 国家人口发展规划 · Resident population" in rows["label"].tolist()
    yingkou = rows[rows["label"] == "Yingkou · Resident population"].iloc[0]
    assert (yingkou["target"], round(yingkou["outcome"], 2), yingkou["status"]) == (245, 232.86, "missed")


def test_pdf_tables_give_long_columns_room_and_let_paths_wrap():
    import pandas as pd

    from analysis.report.output import PDF_LINE, markdown_table

    quote = "seeds/004_e8939c2fa138f567.txt line 61: 「出生人口性别比由2010年的102.77下降为101.70」"
    frame = pd.DataFrame(
        {
            "Severity": ["warning", "note"],
            "Plan": ["Lianyungang", "Luzhou"],
            "Finding": ["srb 2020 = 101.70 is outside 103–130, the plausible range of a sex ratio at birth " * 2, "x"],
            "Evidence": [quote * 3, "a|b"],
        }
    )
    header, rule, first, second = markdown_table(frame).splitlines()
    widths = [len(part) - 1 for part in rule.strip("|").split("|")]
    assert rule.startswith("|:-")  # left-aligned
    assert widths[:2] == [10, 13]  # "Severity"/"warning", "Lianyungang", each with a gutter
    assert widths[3] > widths[2] > widths[1]  # the long quotes get the most room
    assert sum(widths) <= PDF_LINE + len(widths)
    assert "seeds/\u200b004\\_\u200be8939c2fa138f567.txt" in first  # escaped for Markdown; a path can wrap in a narrow column
    assert second == "| note | Luzhou | x | a\\|b |"


def test_front_page_lists_only_errors_and_warnings():
    import pandas as pd

    from analysis.report.headline_views import FINDING_EXAMPLES, finding_examples, headlines

    findings = pd.read_csv(paths.PROCESSED / "consistency.csv", keep_default_na=False)
    named = finding_examples(findings)
    serious = findings[findings["severity"].isin(["error", "warning"])]
    for check, phrase in FINDING_EXAMPLES.items():
        if phrase in named:  # every example named is a check that raised an error or a warning
            assert serious["check_ids"].str.split(";").map(lambda ids: check in ids).any(), check
    assert "registered" not in named  # Lianyungang's share of the registered population is a note (#20)
    # a note never becomes an example, whatever its check
    notes_only = findings.assign(severity="note")
    assert finding_examples(notes_only) == ""
    assert headlines()["finding_examples"] == named and named


def test_tolerance_that_decides_a_verdict_is_shown():
    from analysis.report.headline_views import headlines

    # the national 14.2亿 for 2020 is met only through the ±1% tolerance: the page says so with the signed difference (#20)
    assert headlines()["national_status_words"] == "met only within its tolerance"
    assert headlines()["national_relative"] == "\u22120.58%"  # the census against the target, with the true minus


def test_indicator_cell_and_required_change_are_one_statement():
    from analysis.report.indicator_views import side_by_side

    rows = side_by_side()
    srb = rows[(rows["Plan"] == "Luzhou") & (rows["Indicator"] == "Sex ratio at birth")].iloc[0]
    # Luzhou's 2030 sex ratio at birth: the table's 106 is shown and judged; the text's 107 is shown beside it (#20)
    assert "2030: 106 (also stated: 107)" in srb["Targets"]
    assert srb["Required change per year"] == f"{(106 - 109.2) / 10:+.2f} points a year"  # from 109.2 (2020) to the table's 106, not 107


def test_population_panel_draws_the_band_its_class_is_read_in():
    import pandas as pd

    from analysis.report.ambition_views import trend_panel

    # the 80% band drawn around a population trend is the calibrated one (#20): a target above it is "ambitious"
    panel = trend_panel("luzhou-2022-2030", "pop_resident")
    ambition = pd.read_csv(paths.PROCESSED / "ambition.csv")
    target = ambition[(ambition["plan_id"] == "luzhou-2022-2030") & (ambition["indicator"] == "pop_resident") & (ambition["year"] == 2030)].iloc[0]
    high = panel["curve"].set_index("year").loc[2030, "high"]
    assert target["target"] > high and target["error_percentile"] > 90
    errors = pd.read_csv(paths.PROCESSED / "error_distribution.csv")
    q90 = errors[(errors["size_class"] == "under 4000万") & (errors["horizon"] == 10)]["q900"].iloc[0]
    pace = ((panel["curve"].set_index("year").loc[2030, "projection"] / 425.41) ** (1 / 10) - 1) * 100
    assert high == __import__("pytest").approx(425.41 * (1 + (pace + q90) / 100) ** 10)


def test_slack_bounds_print_no_required_change_on_the_page():
    from analysis.report.ambition_views import ambition_table

    rows = ambition_table()
    slack = rows[(rows["Plan"] == "Lianyungang") & (rows["Indicator"] == "Infant mortality")]
    assert slack["Class"].tolist() == ["already met"] and slack["Required / yr"].tolist() == [""]  # (#20)
    assert not rows["Required / yr"].str.contains("NA|nan").any()


def test_a_percentile_at_a_cut_off_is_said_on_its_side():
    from analysis.report.headline_views import percentile_words

    # 89.8 would print "90th", the calibrated cut-off (metrics.CALIBRATED_CENTRAL) it lies below
    assert percentile_words(89.8) == "just below the 90th percentile" and percentile_words(90.3) == "just above the 90th percentile"
    assert percentile_words(9.6) == "just below the 10th percentile" and percentile_words(94.1) == "at the 94th percentile"
    assert percentile_words(90.0) == "at the 90th percentile" and percentile_words(97.6) == "at the 98th percentile"


def test_front_page_names_what_its_sentences_count():
    from analysis.report import outcome_views
    from analysis.report.headline_views import headlines
    from analysis.report.views import plan_labels, table

    h = headlines()
    # the outcomes figure shows the seeds with an observed outcome and the reference data's national plans: both named
    sources = set(outcome_views.outcomes_observed()["source"])
    own = {s for s in sources if s in set(plan_labels().values())}
    assert h["n_figure_plans"] == len(own) and all(name in h["figure_plans"] for name in own)
    assert all(s.removeprefix("National: ") in h["figure_reference"] for s in sources - own)
    assert h["figure_reference"].startswith("the national plans of the reference data (")
    # the plans whose population targets outrun their trends, by name, as many as counted
    assert len(h["pop_ambitious_names"].replace(" and ", ", ").split(", ")) == h["n_pop_ambitious"]
    # no clause of zero targets judged by the figures either side
    assert (h["bound_clause"] == "") == (h["n_outcomes_bound"] == 0)
    # Luzhou at the official rate: the total the zero-sum table sums for the same target
    parts = table("zero_sum_parts")
    part = parts[(parts["plan_id"] == "luzhou-2022-2030") & (parts["year"] == h["luzhou_year"])].iloc[0]
    assert f"{h['luzhou_migration_official_total']:+.1f}" == f"{part['implied_net_migration']:+.1f}"
    assert h["luzhou_official_years"].startswith(str(part["census_year"]))
