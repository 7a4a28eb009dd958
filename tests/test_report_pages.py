"""Plan text pages inside the site: the site's navigation and style around the line-numbered text."""

from __future__ import annotations

import os
import re
from pathlib import Path

from analysis.report import sources

# The parts of a Quarto website page the shell relies on (quarto-cli: before-body-article.ejs,
# website-navigation.ts): a navbar of a.nav-link with the current page active, the margin sidebar
# that receives the table of contents, and main#quarto-document-content.
QUARTO_PAGE = """<!DOCTYPE html><html><head><title>The plans – planwatch</title>
<link href="../site_libs/bootstrap/bootstrap.min.css" rel="stylesheet"></head><body class="nav-fixed">
<header id="quarto-header"><nav class="navbar"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="../index.html">Overview</a></li>
<li class="nav-item"><a class="nav-link active" href="../notebooks/01_plans.html" aria-current="page">The plans</a></li>
<li class="nav-item"><a class="nav-link" href="../plans/index.html">Plan texts</a></li></ul></nav></header>
<div id="quarto-content" class="page-columns page-rows-contents page-layout-article">
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><nav id="TOC"><a href="#the-documents">The documents</a></nav></div>
<main class="content" id="quarto-document-content"><header id="title-block-header"><h1 class="title">The plans</h1></header>
<p>Five plans <a href="#fig-coverage">Figure 1</a></p></main></div>
<footer class="footer"><div class="nav-footer">Code MIT</div></footer></body></html>"""


def test_plan_text_sits_in_a_quarto_page_with_the_plan_texts_current():
    page = sources.in_site_shell(QUARTO_PAGE, "Chongqing: plan text", '<h1 class="pw-title">Chongqing</h1><table class="src"><tr id="L63"><td>x &lt; y</td></tr></table>')
    assert "<title>Chongqing: plan text</title>" in page
    assert 'href="../site_libs/bootstrap/bootstrap.min.css"' in page and '<footer class="footer">' in page  # the site's style and footer
    assert '<a aria-current="page" class="nav-link active" href="index.html">Plan texts</a>' in page  # plans/index.html, from plans/
    assert 'class="nav-link active" href="../notebooks/01_plans.html"' not in page and page.count('aria-current="page"') == 1
    assert "The documents" not in page and "Five plans" not in page and "title-block-header" not in page  # the shell page's own content and TOC are gone
    assert '<tr id="L63"><td>x &lt; y</td></tr>' in page  # the plan text as written, escaped once
    assert ".pw-source table.src" in page and "body{" not in page.split(".pw-source")[1]


def _navigation(page: Path) -> list[tuple[str, str]]:
    """The navigation bar's entries: text and the site path each links to."""
    nav = re.search(r'<nav class="planwatch">.*?</nav>', page.read_text(encoding="utf-8"), re.S)
    assert nav, page
    folder = page.parent
    return [(text, os.path.normpath(folder / href)) for href, text in re.findall(r'<a\b[^>]*\bhref="([^"]+)"[^>]*>([^<]+)</a>', nav.group(0))]


def test_fallback_plan_pages_wear_the_site_navigation(fallback_site):
    expected = _navigation(fallback_site / "notebooks" / "01_plans.html")
    for page in sorted((fallback_site / "plans").glob("*.html")):
        assert _navigation(page) == expected, page.name  # the same entries, leading to the same pages
        text = page.read_text(encoding="utf-8")
        assert re.search(r'<a aria-current="page" class="current" href="index.html">Plan texts</a>', text), page.name
        assert text.count('class="pw-source') == 1


def test_shell_links_are_re_pointed_from_the_page_they_came_from():
    page = sources.in_site_shell('<html><head><link href="../site_libs/a.css"></head><body><nav><a href="02_indicators.html#x">I</a>'
                                 '<a href="https://example.org/">W</a></nav><main></main></body></html>', "t", "b", shell_at="notebooks/01_plans.html", page_at="plans/x.html")
    assert 'href="../site_libs/a.css"' in page and 'href="../notebooks/02_indicators.html#x"' in page and 'href="https://example.org/"' in page


def test_wrapping_columns_keep_room_for_their_cells_however_many_columns():
    import pandas as pd

    from analysis.report.output import MAX_EM, MIN_EM, html_table

    frame = pd.DataFrame({f"c{k}": ["x"] * 3 for k in range(12)} | {"Targets": ["2020: 3200万左右 · 2030: 3600万左右 (target)"] * 3, "Plan": ["Chongqing municipality"] * 3})
    page = html_table(frame, 20)
    widths = dict(re.findall(r'<th class="pw-text" style="min-width:(\d+)em">([^<]+)</th>', page))
    widths = {name: int(width) for width, name in widths.items()}
    assert widths["Targets"] >= 12 and MIN_EM <= widths["Plan"] < widths["Targets"] <= MAX_EM
    assert 'class="pw-text pw-short"' in page  # one-character columns need no minimum


def test_long_text_columns_share_the_text_column_instead_of_pushing_the_last_out_of_view():
    import pandas as pd

    from analysis.report.output import MIN_EM, TABLE_EM, html_table

    long = "the 2030 natural_growth_rate target of 8左右 cannot be reached with the plan's own TFR of 1.8左右 and 65+ share"
    frame = pd.DataFrame({"Severity": ["error"] * 3, "Plan": ["Chongqing"] * 3, "Finding": [long] * 3, "Evidence": [long + " 「quote」"] * 3})
    widths = [int(w) for w in re.findall(r'style="min-width:(\d+)em"', html_table(frame, 20))]
    assert len(widths) == 2 and all(w >= MIN_EM for w in widths) and sum(widths) <= TABLE_EM - 10
