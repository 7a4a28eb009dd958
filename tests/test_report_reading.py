"""The report as a reader sees it: the true minus in figures, prose and tables (CSVs keep the ASCII
hyphen-minus), Table 1 narrow enough for the page, and every list of plans and texts in one stated
order (issue #19)."""

from __future__ import annotations

import html
import re
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from analysis.report import fared_views, output, plan_views, plots, sources, style, words  # noqa: E402

MINUS = "\u2212"
HYPHEN_NUMBER = re.compile(r"(?<![\w.\-\u2212/#&;=:])-\d")  # a hyphen-minus signing a number in running text


def _visible_text(page: str) -> str:
    """The text a reader sees: tags, scripts and styles removed, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def _tick_texts(figure: plt.Figure) -> list[str]:
    figure.canvas.draw()
    return [label.get_text() for axes in figure.axes for label in axes.get_xticklabels() + axes.get_yticklabels()]


def test_figures_draw_the_true_minus_with_the_cjk_font_and_no_missing_glyph():
    style.setup()
    figure, axes = plt.subplots(figsize=(3, 2))
    axes.plot([-4, 2], [-0.5, 1])
    axes.set_title("人口 −4.0")
    ticks = _tick_texts(figure)
    assert any(text.startswith(MINUS) for text in ticks), ticks
    assert not any(re.match(r"-\d", text) for text in ticks), ticks
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(__import__("io").BytesIO(), format="png")
    plt.close(figure)
    assert not [w for w in caught if "Glyph" in str(w.message) or "missing" in str(w.message).lower()]
    from matplotlib.ft2font import FT2Font

    assert FT2Font(str(style.cjk_font()[1])).get_char_index(ord(MINUS)), "the CJK font has no U+2212"


def test_the_fared_chart_labels_negatives_with_the_true_minus():
    style.setup()
    figure = plots.fared_chart(fared_views.chart_frame(), fared_views.AXIS_LIMIT)
    ticks = _tick_texts(figure)
    notes = [text.get_text() for axes in figure.axes for text in axes.texts]
    plt.close(figure)
    assert any(text.startswith(MINUS) for text in ticks), ticks
    assert not [text for text in ticks + notes if HYPHEN_NUMBER.search(text)], ticks + notes


def test_prose_numbers_take_the_true_minus():
    assert words.signed(-0.0144) == f"{MINUS}0.014" and words.signed(0.006) == "+0.006"
    assert words.fixed(-0.58) == f"{MINUS}0.58"
    assert words.minus("2017-06-27, chongqing-2016-2030, 10-20, (-0.01 to +0.02)") == f"2017-06-27, chongqing-2016-2030, 10-20, ({MINUS}0.01 to +0.02)"
    overall = fared_views.facts()["overall"]
    said = fared_views.errors_words(overall)
    assert not HYPHEN_NUMBER.search(said), said
    if overall["median_log_error_low"] < 0:
        assert MINUS in said


def test_tables_show_the_true_minus_and_their_csv_keeps_the_hyphen(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANWATCH_OUTPUT", str(tmp_path))
    targets = fared_views.targets_view()
    assert targets["Log error"].str.startswith("-").any()  # the frame keeps ASCII
    shown = output.table(targets)
    cells = re.sub(r"<[^>]+>", " ", html.unescape(shown._repr_html_()))
    assert MINUS in cells and not HYPHEN_NUMBER.search(shown._repr_markdown_())
    assert not re.search(r'"-\d', cells), "an interactive cell keeps the hyphen-minus"
    assert "u2212/g, '-')" in shown._repr_html_(), "numeric columns sort with the minus read as a number"
    assert "type === 'filter'" in shown._repr_html_(), "a search for -0.5 finds −0.5: the filter text has the hyphen-minus too"
    output.save_table(targets, "fared_targets")
    csv = (tmp_path / "tables" / "fared_targets.csv").read_text(encoding="utf-8")
    assert MINUS not in csv and re.search(r",-\d", csv)


def test_the_static_table_and_the_pdf_table_print_the_true_minus():
    frame = pd.DataFrame({"Group": ["a", "b"], "Error": ["-0.5", "+1.2"], "Interval": ["+0.1 (-0.2 to +0.3)", "0"]})
    assert not output.interactive(frame)
    for shown in (_visible_text(output.html_table(frame, 20)), output.markdown_table(frame)):
        assert f"{MINUS}0.5" in shown and f"({MINUS}0.2 to" in shown and not HYPHEN_NUMBER.search(shown)


def test_table_1_fits_the_page_and_its_csv_keeps_every_column(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANWATCH_OUTPUT", str(tmp_path))
    overview = plan_views.plans_overview()
    page = plan_views.plans_on_the_page(overview)
    shown = output.visible_columns(page)
    assert len(shown) < len(output.visible_columns(overview))
    assert {"City", "Province", "Status", "from tables", "from text"}.isdisjoint(shown)
    row = page.iloc[0]
    first = overview.iloc[0]
    assert row["Values (tables / text)"] == f"{first['Values']} ({first['from tables']} / {first['from text']})"
    output.save_table(overview, "plans")
    csv = pd.read_csv(tmp_path / "tables" / "plans.csv")
    assert {"City", "Province", "Status", "from tables", "from text"} <= set(csv.columns)


def test_every_list_of_plans_and_texts_is_in_the_stated_order():
    from analysis.corpus import read_corpus_manifest
    from analysis import paths
    from analysis.report.views import plan_labels

    plans = pd.read_csv(paths.PLANS, dtype=str, keep_default_na=False)
    corpus = read_corpus_manifest()
    page = sources.index_page(plans, plan_labels(), corpus=corpus)
    assert page.count(words.READING_ORDER) == 2  # both lead-ins say the order
    listed = re.findall(r'<li><a href="(?:\.\./corpus/)?([^"]+)\.html"', page)
    seeds, texts = listed[: len(plans)], listed[len(plans):]
    level = {"nation": 0, "province": 1, "prefecture": 2, "county": 3}
    by_id = corpus.set_index("text_id")
    keys = [(level[by_id.loc[t, "admin_level"]], t.split("-")[1], by_id.loc[t, "issue_date"] == "", by_id.loc[t, "issue_date"]) for t in texts]
    assert keys == sorted(keys) and len(texts) == len(corpus)
    assert texts[0].startswith("nation-") and texts[-1].startswith("county-")
    plan_keys = plans.set_index("plan_id")
    seed_keys = [(level[plan_keys.loc[p, "admin_level"]], plan_keys.loc[p, "place_pinyin"].lower()) for p in seeds]
    assert seed_keys == sorted(seed_keys)
    assert list(plan_views.plans_overview()["Plan"]) == [plan_labels()[p] for p in seeds]
    assert list(plan_views.quality_summary()["Plan"]) == [plan_labels()[p] for p in seeds]  # the quality findings too


def test_a_mape_that_rounds_the_same_stays_and_one_that_moves_says_by_how_much():
    row = pd.Series({"median_log_error": 0.004, "median_log_error_low": -0.02, "median_log_error_high": 0.022, "mape": 6.704, "mape_low": 4.26, "mape_high": 9.98})
    same = fared_views.sensitivity_words(row, row.copy().replace({6.704: 6.71}))
    assert "the MAPE stays at 6.7% (inside its interval, 4.3–10.0)" in same and "to 6.7%" not in same
    moved = fared_views.sensitivity_words(row, row.copy().replace({6.704: 5.1}))
    assert f"the MAPE from 6.7% to 5.1% ({MINUS}1.6 points, inside its interval, 4.3–10.0)" in moved


def test_the_pages_say_what_the_summaries_leave_out_and_count_the_plans_by_level():
    from analysis.report.views import table

    fared = table("fared")
    facts = fared_views.facts()
    judged = fared[fared["status"].isin(fared_views.JUDGED)]
    assert facts["n_judged_projections"] == int((judged["kind"] == "projection").sum()) > 0
    assert facts["n_judged"] - facts["n_judged_projections"] == facts["overall"]["n_judged"]  # the summary's judged targets
    counts = [int(n) for n in re.findall(r"\d+", facts["plans_with_error_by_level"])]
    assert sum(counts) == facts["n_chart_plans"] and "provincial" in facts["plans_with_error_by_level"]
    own = facts["zero_sum_own_rates"]
    assert "itself states, " in own and "))" not in own  # the plan's rate is no parenthesis inside a parenthesis


def test_a_tables_caption_is_printed_on_the_page_of_its_table(tmp_path):
    """Table 1 of the plans page once had its caption at the foot of one page and the table on the
    next: the caption paragraph the fallback writes sticks to its table (pdf/captions.lua), and
    a Typst figure's caption to its table (report.typ)."""
    import pypandoc
    import typst
    from pdfminer.high_level import extract_text

    from analysis.report import build
    from analysis.report.style import cjk_font

    fonts = [str(cjk_font()[1].parent)]

    def pages_of(markdown: str) -> tuple[list[int], list[int]]:
        source = pypandoc.convert_text(markdown, "typst", format="markdown-raw_html-raw_attribute",
                                       extra_args=["--standalone", *build.pdf_filters(), "--include-before-body", str(build.PDF_ASSETS / "report.typ")])
        (tmp_path / "t.typ").write_text(source, encoding="utf-8")
        typst.compile(str(tmp_path / "t.typ"), output=str(tmp_path / "t.pdf"), font_paths=fonts)
        pages = extract_text(str(tmp_path / "t.pdf")).split("\f")  # pdfminer (a test dependency), not poppler's pdftotext
        return [k for k, page in enumerate(pages) if "The plans: what" in page], [k for k, page in enumerate(pages) if "Alpha" in page]

    table = "| Alpha | Beta |\n|:--|:--|\n" + "".join(f"| {k} | x |\n" for k in range(8))
    split = 0
    for n in range(120, 200, 4):  # a paragraph long enough to leave room for the caption only, whatever the exact fit
        caption, rows = pages_of("Text.\n\n" + "word " * (5 * n) + "\n\n**Table 1.** The plans: what each document is.\n\n" + table)
        assert caption[0] == rows[0], (n, caption, rows)
        split += len(rows) > 1 or rows[0] > 0
    assert split, "no length of text put the table on the next page: the test no longer tests anything"


def test_a_hidden_column_stays_in_the_table_and_its_csv_but_starts_hidden_on_the_site(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANWATCH_OUTPUT", str(tmp_path))
    summary = fared_views.summary_view()
    assert set(fared_views.SUMMARY_HIDDEN_ON_SITE) <= set(summary.columns)
    assert set(fared_views.TARGETS_HIDDEN_ON_SITE) <= set(fared_views.targets_view().columns)
    shown = output.table(summary, site_hidden=fared_views.SUMMARY_HIDDEN_ON_SITE)._repr_html_()
    assert shown.count('"visible": false') == len(fared_views.SUMMARY_HIDDEN_ON_SITE)
    assert all(html.escape(column) in shown or column in shown for column in fared_views.SUMMARY_HIDDEN_ON_SITE)  # still there, for "Columns"
    output.save_table(summary, "fared_summary")
    assert set(fared_views.SUMMARY_HIDDEN_ON_SITE) <= set(pd.read_csv(tmp_path / "tables" / "fared_summary.csv").columns)
    small = pd.DataFrame({"a": ["x", "y"], "b": ["1", "2"]})
    assert ">b<" not in output.table(small, site_hidden=["b"])._repr_html_()  # a static table leaves it out


def test_table_1_of_the_plans_and_of_the_fared_page_fit_1280_px_without_scrolling(fallback_site):
    import json
    import shutil
    import subprocess

    if shutil.which("chromium") is None:
        import pytest

        pytest.skip("needs headless Chromium")
    script = ("<script>setTimeout(()=>{const c=document.querySelector('.dt-container');const t=c.querySelector('table');const p=document.createElement('pre');"
              "p.id='probe';p.textContent=JSON.stringify([t.querySelectorAll('thead th').length,t.getBoundingClientRect().width,c.getBoundingClientRect().width]);"
              "document.body.appendChild(p)},2500)</script>")
    for name in ("01_plans.html", "06_fared.html"):
        page = fallback_site / "notebooks" / name
        probe = page.with_name("probe_width.html")
        probe.write_text(page.read_text(encoding="utf-8").replace("</body>", script + "</body>"), encoding="utf-8")
        try:
            dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1280,2000",
                                  "--virtual-time-budget=10000", "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
        finally:
            probe.unlink()
        columns, table_width, box_width = json.loads(html.unescape(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S).group(1)))
        assert columns == 10 and table_width <= box_width + 0.5, (name, columns, table_width, box_width)
