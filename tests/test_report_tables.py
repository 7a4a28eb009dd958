"""Tables as readers use them: long and wide tables are interactive on the site (itables, offline:
sort, search, choose columns), every table is static in the PDF; the data page lists every download."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pandas as pd
import pytest

from analysis import paths
from analysis.report import data_views, links
from analysis.report.output import INTERACTIVE_COLUMNS, INTERACTIVE_ROWS, table, with_sources

ITABLE = "new ITable("
INIT = 'class="pw-itables-init"'


def _arguments(html: str) -> list[dict]:
    return [json.loads(found) for found in re.findall(r"let dt_args = (\{.*?\});\n", html, re.S)]


def test_long_or_wide_tables_are_interactive_with_every_row_escaped_and_linked():
    long = pd.DataFrame({"Plan": [f"plan {k}" for k in range(2500)], "Quote": ["<script>alert(1)</script> 人口"] * 2500, "Value": range(2500)})
    long = with_sources(long, "Value", [[links.Segment(str(k), (links.Ref(f"../plans/p.html#L{k + 1}", f"seeds/x.txt line {k + 1}"),))] for k in range(2500)])
    shown = table(long)._repr_html_()
    assert shown.count(ITABLE) == 1 and "unpkg" not in shown and "cdn" not in shown.lower()  # offline: the page's init cell carries the library
    (arguments,) = _arguments(shown)
    rows = json.loads(arguments["data_json"])
    assert len(rows) == 2500  # every row: itables would otherwise sample a table over 64 KB
    assert rows[7] == ["plan 7", "&lt;script&gt;alert(1)&lt;/script&gt; 人口", '<a href="../plans/p.html#L8" title="seeds/x.txt line 8">7</a>']
    assert "<script>alert" not in shown
    buttons = arguments["layout"]["topStart"]["buttons"]
    assert {"extend": "colvis", "text": "Columns"} in buttons and arguments["layout"]["topEnd"] == "search"  # column choice, search
    assert arguments["pageLength"] == 20 and arguments["order"] == []  # sortable, in the view's own order at first
    classes = {d["targets"]: d["className"] for d in arguments["columnDefs"]}
    assert "dt-right" in classes[2] and "dt-left" in classes[0]  # numbers right, text left
    assert table(long)._repr_html_() == shown  # the same table gives the same page, byte for byte
    # the PDF keeps a static table with the seed file and line of each value
    assert table(long)._repr_markdown_().count("\n") >= 2500 and "x.txt:8" in table(long)._repr_markdown_()


def test_short_narrow_tables_stay_static_and_the_thresholds_bite():
    small = pd.DataFrame({f"c{k}": range(INTERACTIVE_ROWS) for k in range(INTERACTIVE_COLUMNS)})
    assert ITABLE not in table(small)._repr_html_() and 'class="planwatch-table"' in table(small)._repr_html_()
    assert ITABLE in table(pd.concat([small, small.head(1)]))._repr_html_()  # one row more
    assert ITABLE in table(small.assign(extra=1))._repr_html_()  # one column more


def test_a_wrapping_column_is_never_narrower_than_its_longest_word():
    frame = pd.DataFrame({"Indicator": ["Resident population"] * 12, "Note": ["x"] * 12})
    (arguments,) = _arguments(table(frame)._repr_html_())
    width = next(float(d["width"].removesuffix("em")) for d in arguments["columnDefs"] if d["targets"] == 0)
    assert width >= 0.6 * len("population") + 1  # "populatio-n" broke mid-word at the old 6 em


def _quarto_choice(data: dict, to_html: bool) -> str | None:
    """The output Quarto takes from a cell's display data (quarto-cli src/core/jupyter/display-data.ts,
    displayDataMimeType): HTML formats put text/html first; Typst (neither HTML nor LaTeX) takes
    Markdown first, then images, then text/plain."""
    priority = ["text/markdown", "image/svg+xml", "image/png", "image/jpeg"]
    priority = (["text/html"] + priority) if to_html else priority
    return next((kind for kind in [*priority, "text/plain"] if kind in data), None)


def test_the_site_gets_interactive_html_and_the_pdf_markdown_from_the_same_outputs(executed):
    _, pages = executed
    interactive = 0
    for page in pages:
        for cell in page.notebook.cells:
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                html = data.get("text/html", "")
                if INIT in html:
                    assert _quarto_choice(data, to_html=True) == "text/html" and _quarto_choice(data, to_html=False) == "text/markdown"
                    assert data["text/markdown"] == "" and "text/plain" not in data  # nothing of it in the PDF
                if ITABLE in html:
                    interactive += 1
                    assert _quarto_choice(data, to_html=True) == "text/html"
                    assert _quarto_choice(data, to_html=False) == "text/markdown" and data["text/markdown"].lstrip().startswith("|")
    assert interactive >= 12


def test_every_page_with_interactive_tables_loads_the_library_once_before_them(fallback_site):
    pages = [fallback_site / "data.html", *sorted((fallback_site / "notebooks").glob("*.html"))]
    with_tables = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        if ITABLE not in text:
            continue
        with_tables += 1
        assert text.count(INIT) == 1 and text.index(INIT) < text.index(ITABLE), page.name
        assert not re.search(r"https?://[^\"'\s]*(?:unpkg|dt_for_itables|datatables|dt_bundle|jquery)", text, re.I), page.name  # the table library from no network
    assert with_tables >= 7  # the six notebooks and the data page (a new page with such tables needs its own init cell: checked above)
    for page in [*(fallback_site / "plans").glob("*.html"), *(fallback_site / "corpus").glob("*.html")]:
        assert ITABLE not in page.read_text(encoding="utf-8") and INIT not in page.read_text(encoding="utf-8")  # the shell's content is gone


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs headless Chromium")
def test_interactive_tables_work_in_a_browser_without_network(fallback_site):
    page = fallback_site / "notebooks" / "01_plans.html"
    probe = page.with_name("probe.html")
    script = ("<script>setTimeout(()=>{const t=document.querySelector('.dt-container');const p=document.createElement('pre');p.id='probe';"
              "p.textContent=JSON.stringify({tables:document.querySelectorAll('.dt-container').length,headers:t?[...t.querySelectorAll('thead th')].map(h=>h.textContent.trim()):[],"
              "search:!!document.querySelector('.dt-search input'),columns:[...document.querySelectorAll('.dt-buttons button')].map(b=>b.textContent.trim()),"
              "wide:t?[t.scrollWidth,t.clientWidth,t.querySelector('table').scrollWidth]:[]});document.body.appendChild(p)},2500)</script>")
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", script + "</body>"), encoding="utf-8")
    try:
        dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=10000", "--window-size=1280,2000",
                              "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
    finally:
        probe.unlink()
    found = json.loads(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S).group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert found["tables"] >= 1 and found["search"] and any("Columns" in text for text in found["columns"])
    # Table 1 as it fits the page (plan_views.plans_on_the_page): at 1280 px its box does not scroll sideways
    assert found["headers"][:2] == ["Plan", "Place"] and len(found["headers"]) == 10
    box, shown, table = found["wide"]
    assert box <= shown and table <= shown, found["wide"]


def test_every_download_has_a_row_saying_what_it_holds():
    frame = data_views.downloads()
    shipped = [f"data/{file.relative_to(paths.DATA).as_posix()}" for file in data_views.shipped_files()]
    assert list(frame["File"]) == shipped and len(shipped) >= 30
    assert all(frame["Content"].str.len() > 10), frame.loc[frame["Content"].str.len() <= 10, "File"].tolist()
    indicators = frame[frame["File"] == "data/processed/indicators.csv"].iloc[0]
    assert indicators["Rows"] == len(pd.read_csv(paths.INDICATORS)) and indicators["Columns"] == 25
    assert set(data_views.CONTENTS) >= {name.removeprefix("data/") for name in shipped}  # a new table needs its line here


def test_the_data_page_is_on_the_site_and_not_in_the_pdf(executed, tmp_path):
    from analysis.report import build

    _, pages = executed
    assert pages[-1].source.name == "data.qmd"
    source = build.pdf_source(pages, tmp_path / "work")
    assert "The downloads" not in source and "<page-data>" not in source


def test_short_cells_stay_on_one_line_a_chinese_character_counting_two():
    frame = pd.DataFrame({"City": ["连云港市"] * 12, "Document no.": ["渝府发〔2017〕22号"] * 12, "Period": ["2016–2030"] * 12})
    (arguments,) = _arguments(table(frame)._repr_html_())
    classes = {d["targets"]: d["className"] for d in arguments["columnDefs"]}
    assert "pw-short" in classes[0] and "pw-short" in classes[2]
    assert "pw-short" not in classes[1]  # 18 columns wide: may wrap instead of pushing the last columns out of view


def test_a_page_is_written_byte_for_byte_the_same_from_the_same_execution(executed, tmp_path):
    import uuid

    import nbformat

    from analysis.report import build
    from analysis.report.pages import ExecutedPage

    _, pages = executed
    page = next(p for p in pages if p.source.name == "01_plans.py")
    target = tmp_path / "notebooks" / "01_plans.html"
    first = build._html_page(page, target, tmp_path)
    shuffled = nbformat.from_dict(page.notebook)
    for cell in shuffled.cells:
        cell.id = uuid.uuid4().hex[:8]  # as another execution of the same page would draw them
    assert build._html_page(ExecutedPage(page.source, page.title, shuffled), target, tmp_path) == first
    assert first.count(ITABLE) >= 1


def test_quarto_ships_every_download_the_data_page_links():
    import yaml

    site = yaml.safe_load((paths.ROOT / "_quarto-site.yml").read_text(encoding="utf-8"))
    shipped = {file for pattern in site["project"]["resources"] for file in paths.ROOT.glob(pattern.lstrip("/"))}
    assert set(data_views.shipped_files()) <= shipped  # a linked download Quarto did not copy would be a dead link
    assert "data.qmd" in site["project"]["render"]
