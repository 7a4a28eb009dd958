"""The report as readers get it: the Quarto invocation (with a stub ``quarto``), freshness of frozen
pages, ignore rules, all-or-nothing builds, source pages one click from every value, links that
resolve, escaping, and words that follow the corpus."""

from __future__ import annotations

import html
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace

import jupytext
import pandas as pd
import pytest
import yaml

from analysis import paths
from analysis.report import build, data_views, headline_views, inputs, links, plan_views, quarto, sources, staging, views, words
from analysis.report.output import table, with_sources

SEED_LINK = re.compile(r'href="\.\./plans/([^"#]+)#L(\d+)"')


def _yaml(name: str) -> dict:
    return yaml.safe_load((paths.ROOT / name).read_text(encoding="utf-8"))


def _anchors(page: Path) -> set[int]:
    return {int(n) for n in re.findall(r'<tr id="L(\d+)"', page.read_text(encoding="utf-8"))}


def _table_cells(text: str) -> list[list[str]]:
    """The cells (HTML) of every interactive table of a page: itables keeps them as JSON in the
    table's script, where the links of a static table's HTML are not written out."""
    cells = []
    for arguments in re.findall(r"let dt_args = (\{.*?\});\n", text, re.S):
        cells += json.loads(json.loads(arguments)["data_json"])
    return cells


def _page_html(page: Path) -> str:
    """A page's HTML with the cells of its interactive tables written out, for finding its links."""
    text = page.read_text(encoding="utf-8")
    return text + "\n".join(cell for row in _table_cells(text) for cell in row)


# --- Quarto: the invocation, the configuration, the ignore rules ----------------------------------------------

STUB = """#!{python}
import json, os, sys
from pathlib import Path
args = sys.argv[1:]
with open({log!r}, "a") as log:
    log.write(json.dumps({{"args": args, "cwd": os.getcwd(), "QUARTO_PYTHON": os.environ.get("QUARTO_PYTHON"), "QUARTO_PROFILE": os.environ.get("QUARTO_PROFILE")}}) + "\\n")
out = Path(args[args.index("--output-dir") + 1])
out.mkdir(parents=True, exist_ok=True)
if "pdf" in args:
    if {fail_pdf}:
        sys.exit(1)
    (out / "planwatch-report.pdf").write_bytes(b"%PDF-1.7 stub")
else:
    (out / "index.html").write_text("<html>rendered by the stub</html>")
"""


def _stub_quarto(folder: Path, fail_pdf: bool = False) -> Path:
    log = folder / "calls.jsonl"
    stub = folder / "bin" / "quarto"
    stub.parent.mkdir(parents=True)
    stub.write_text(STUB.format(python=sys.executable, log=str(log), fail_pdf=fail_pdf))
    stub.chmod(0o755)
    return log


@pytest.fixture
def stub_quarto(tmp_path, monkeypatch):
    def install(fail_pdf: bool = False) -> Path:
        log = _stub_quarto(tmp_path, fail_pdf)
        monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
        monkeypatch.setenv("QUARTO_PROFILE", "something-else")  # a stray profile in the caller's shell is not used
        monkeypatch.setattr(inputs, "FREEZE", tmp_path / "_freeze")  # leave the checkout's _freeze/ alone
        return log

    return install


def test_quarto_renders_site_and_pdf_with_the_projects_python_into_staging(stub_quarto, tmp_path):
    log = stub_quarto()
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("previous build")
    build.build(progress=lambda _: None, site=site)
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    assert [call["args"][:3] for call in calls] == [["render", "--profile", "site"], ["render", "--profile", "pdf"]]
    assert calls[1]["args"][3:5] == ["--to", "typst"]  # the PDF profile renders no HTML book
    for call in calls:
        assert call["QUARTO_PYTHON"] == sys.executable  # never the first python3 on PATH
        assert call["QUARTO_PROFILE"] is None  # the profile comes from the command line only
        assert Path(call["cwd"]) == paths.ROOT
        output = call["args"][call["args"].index("--output-dir") + 1]
        assert not Path(output).is_absolute() and output.startswith("_build/report-")  # a staging folder of this build
    # the finished site replaced the previous one, with the book's PDF and the plan source pages
    assert (site / "index.html").read_text() == "<html>rendered by the stub</html>"
    assert not (site / "old.html").exists()
    assert (site / quarto.PDF_NAME).read_bytes() == b"%PDF-1.7 stub"
    assert (site / "plans" / "index.html").exists()
    assert (tmp_path / "_freeze" / inputs.FREEZE_KEY.name).exists()  # freshness checked before rendering
    assert not [p for p in staging.BUILD.glob(f"report-{os.getpid()}-*")]  # staging removed


def test_a_failed_quarto_render_leaves_the_previous_site(stub_quarto, tmp_path):
    stub_quarto(fail_pdf=True)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous build")
    with pytest.raises(quarto.QuartoError, match="PDF failed"):
        build.build(progress=lambda _: None, site=site)
    assert (site / "index.html").read_text() == "previous build"
    assert not [p for p in staging.BUILD.glob(f"report-{os.getpid()}-*")]


def test_quarto_post_render_script_writes_the_source_pages(tmp_path):
    # Quarto runs project scripts by path with QUARTO_PYTHON, from the project directory
    env = {**os.environ, "QUARTO_PROJECT_OUTPUT_DIR": str(tmp_path)}
    script = _yaml("_quarto-site.yml")["project"]["post-render"]
    subprocess.run([sys.executable, script], cwd=paths.ROOT, env=env, check=True, capture_output=True)
    plans = pd.read_csv(paths.PLANS, dtype=str, keep_default_na=False)
    assert sorted(p.name for p in (tmp_path / "plans").iterdir()) == sorted([*(f"{links.page_name(i)}.html" for i in plans["plan_id"]), "index.html"])


def test_make_report_and_the_workflow_name_the_projects_python():
    dry = subprocess.run(["make", "-n", "-o", ".venv/.installed", "report"], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout
    assert f'QUARTO_PYTHON="{paths.ROOT / ".venv" / "bin" / "python"}"' in dry
    steps = _yaml(".github/workflows/report.yml")["jobs"]["build"]["steps"]
    step = next(step for step in steps if step.get("run") == "make report")
    assert step["env"]["QUARTO_PYTHON"].endswith("/.venv/bin/python")


def test_profiles_are_separate_and_resources_anchored():
    base, site, pdf = _yaml("_quarto.yml"), _yaml("_quarto-site.yml"), _yaml("_quarto-pdf.yml")
    assert base["profile"]["group"] == [["site", "pdf"]]  # one active at a time: no merged HTML book, no merged scripts
    assert "project" not in base and "format" not in base
    assert site["project"]["type"] == "website" and list(site["format"]) == ["html"]
    assert pdf["project"]["type"] == "book" and list(pdf["format"]) == ["typst"]
    assert pdf["book"]["output-file"] + ".pdf" == quarto.PDF_NAME
    for pattern in site["project"]["resources"]:
        assert pattern.startswith("/"), pattern  # unanchored patterns match _book/… and _build/… too
        assert list(paths.ROOT.glob(pattern.lstrip("/"))), pattern
    for script in (site["project"]["pre-render"], site["project"]["post-render"], pdf["project"]["pre-render"]):
        assert (paths.ROOT / script).exists(), script
    typst = pdf["format"]["typst"]
    assert (paths.ROOT / typst["include-before-body"]).exists()
    assert all((paths.ROOT / entry["path"]).exists() for entry in typst["filters"])
    assert "five" not in pdf["book"]["title"] and "municipal" not in pdf["book"]["title"]
    assert "municipal" not in (paths.ROOT / "index.qmd").read_text(encoding="utf-8").split("---")[1]


def test_render_outputs_and_quarto_scratch_are_ignored():
    ignore = (paths.ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "/.quarto/" in ignore and "**/*.quarto_ipynb" in ignore  # exactly what Quarto would otherwise append
    probes = ["notebooks/01_plans.quarto_ipynb", "index.quarto_ipynb", "_book/planwatch-report.pdf", "_build/report-1-x/site/index.html", "_freeze/index/x.json", "_site/index.html", ".quarto/xref/a"]
    result = subprocess.run(["git", "check-ignore", "--no-index", *probes], cwd=paths.ROOT, capture_output=True, text=True)
    assert sorted(result.stdout.split()) == sorted(probes)
    tracked = subprocess.run(["git", "check-ignore", "--no-index", "index.qmd", "notebooks/01_plans.py", "_quarto-pdf.yml"], cwd=paths.ROOT, capture_output=True, text=True)
    assert tracked.stdout == ""


def test_frozen_pages_are_dropped_when_the_data_change(tmp_path):
    root = tmp_path / "repo"
    (root / "data" / "processed").mkdir(parents=True)
    data = root / "data" / "processed" / "consistency.csv"
    data.write_text("finding_id,severity\nx-1,error\nx-2,error\n")
    freeze = root / "_freeze"
    assert inputs.refresh_freeze(freeze, root)
    frozen = freeze / "index" / "execute-results" / "html.json"
    frozen.parent.mkdir(parents=True)
    frozen.write_text("{}")
    assert not inputs.refresh_freeze(freeze, root) and frozen.exists()  # same data: frozen results are reused
    data.write_text("finding_id,severity\nx-1,error\n")  # two error rows become one
    assert inputs.refresh_freeze(freeze, root)
    assert not frozen.exists()  # every page executes again
    assert _yaml("_quarto.yml")["execute"]["freeze"] == "auto"


# --- inline values never start a line ------------------------------------------------------------------------

INLINE_AT_LINE_START = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)?`\{python\}", re.MULTILINE)


def _markdown_sources() -> dict[str, str]:
    texts = {path.name: path.read_text(encoding="utf-8") for path in paths.ROOT.glob("*.qmd")}
    for path in paths.NOTEBOOKS.glob("*.py"):
        cells = jupytext.reads(path.read_text(encoding="utf-8"), fmt="py:percent").cells
        texts[path.name] = "\n".join(cell.source for cell in cells if cell.cell_type == "markdown")
    return texts


def test_no_inline_value_can_start_a_line_or_list_item():
    # pandoc reads "`{python} year`." at the start of a line as an ordered list starting at that year
    offending = {name: INLINE_AT_LINE_START.findall(text) for name, text in _markdown_sources().items()}
    assert not {name: hits for name, hits in offending.items() if hits}
    assert INLINE_AT_LINE_START.search("- peak around\n  `{python} h['peak']`.")  # the rule catches the bug it guards


def test_executed_markdown_has_no_stray_ordered_list(executed):
    _, pages = executed
    front = "\n".join(cell.source for cell in pages[0].notebook.cells if cell.cell_type == "markdown")
    assert not re.search(r"(?m)^\s*\d+[.)](\s|$)", front)
    for page in pages:
        prose = "\n".join(cell.source for cell in page.notebook.cells if cell.cell_type == "markdown")
        prose += "\n".join(output.get("data", {}).get("text/markdown", "") for cell in page.notebook.cells for output in cell.get("outputs", []))
        assert not re.search(r"(左右|以上|以下|以内)万", prose), page.source.name  # 3200万左右, never 3200左右万
        for cell in page.notebook.cells:
            for output in cell.get("outputs", []):
                text = output.get("data", {}).get("text/markdown", "")
                if text and not text.lstrip().startswith("|"):
                    assert not re.search(r"(?m)^\s*\d+[.)](\s|$)", text), (page.source.name, text[:120])


# --- source pages and links --------------------------------------------------------------------------------------

def test_every_plan_has_a_source_page_with_every_value_highlighted_on_its_line(fallback_site):
    plans = pd.read_csv(paths.PLANS, dtype=str, keep_default_na=False)
    values = pd.read_csv(paths.INDICATORS, dtype=str, keep_default_na=False)
    index = (fallback_site / "plans" / "index.html").read_text(encoding="utf-8")
    for plan in plans.itertuples():
        page = fallback_site / "plans" / f"{links.page_name(plan.plan_id)}.html"
        assert f'href="{links.page_name(plan.plan_id)}.html"' in index
        text = page.read_text(encoding="utf-8")
        rows = dict(re.findall(r'<tr id="L(\d+)"[^>]*>(.*?)</tr>', text))
        for value in values[values["seed_file"] == plan.seed_file].itertuples():
            assert value.line in rows, (plan.plan_id, value.line)
            assert f"({value.indicator})" in rows[value.line] and "<mark" in rows[value.line], (plan.plan_id, value.line, value.indicator)
    luzhou = (fallback_site / "plans" / "luzhou-2022-2030.html").read_text(encoding="utf-8")
    assert re.search(r'<mark class="v-target" title="[^"]*\(pop_resident\) · 泸州市 · 2030 · target · table[^"]*">500</mark>', luzhou)


def test_spam_is_shown_by_id_and_never_as_text(fallback_site, documents):
    tokens = [token.text for document in documents.values() for token in document.spam_tokens]
    assert tokens
    for page in fallback_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not any(token in text for token in tokens), page
    lianyungang = (fallback_site / "plans" / "lianyungang-2016-2020.html").read_text(encoding="utf-8")
    assert lianyungang.count('<span class="spam" title=') == 54 and "inferred to replace 连云港市" in lianyungang
    chrome = re.search(r'<tr id="L2" class="greyed">.*?</tr>', lianyungang).group()
    assert "page chrome" in chrome


def test_every_table_and_evidence_link_resolves_to_an_existing_line(fallback_site):
    anchors: dict[str, set[int]] = {}
    counted = 0
    for page in [*(fallback_site / "notebooks").glob("*.html")]:
        for plan, line in SEED_LINK.findall(_page_html(page)):
            target = fallback_site / "plans" / plan
            anchors.setdefault(plan, _anchors(target) if target.exists() else set())
            assert int(line) in anchors[plan], (page.name, plan, line)
            counted += 1
    consistency = _page_html(fallback_site / "notebooks" / "04_consistency.html")
    findings = pd.read_csv(paths.CONSISTENCY, dtype=str, keep_default_na=False)
    quoted = sum(len(links.SEED_LINE.findall(evidence)) for evidence in findings["evidence"])
    assert len(SEED_LINK.findall(consistency)) >= quoted > 0  # every quoted plan line is a link
    assert 'href="http' in consistency  # reference statistics link to their sources
    assert counted > 300


def test_local_links_of_the_fallback_site_resolve(fallback_site):
    checked = 0
    for page in fallback_site.rglob("*.html"):
        for href in re.findall(r'href="([^"]+)"', _page_html(page)):
            if href.startswith(("http://", "https://", "#", "mailto:", "data:")):
                continue
            target = (page.parent / href.split("#")[0]).resolve()
            assert target.exists(), (page.relative_to(fallback_site), href)
            checked += 1
    downloads = {href for href in re.findall(r'href="([^"]+)"', _page_html(fallback_site / "data.html")) if href.startswith("./data/")}
    assert len(downloads) == len(data_views.shipped_files()) and checked > 1000  # every download linked from the data page


def test_seed_text_is_always_escaped():
    line = SimpleNamespace(number=3, original='目标赌场娱乐城<script>alert("x")</script>达到500万人', role="body", spam_spans=((2, 7, "SPAM-1"),))
    chrome = SimpleNamespace(number=4, original="<b>首页</b>", role="chrome", spam_spans=())
    document = SimpleNamespace(lines=(SimpleNamespace(number=1, original="", role="blank", spam_spans=()), SimpleNamespace(number=2, original="x", role="body", spam_spans=()), line, chrome), spam_tokens=(SimpleNamespace(token_id="SPAM-1", text="赌场娱乐城", replacement="某市"),), encoding="utf-8")
    values = pd.DataFrame([{"line": "3", "quote": "达到500万人", "value_text": "500", "indicator": "pop_resident", "entity": "<i>", "year": "2030", "kind": "target", "source": "text"}])
    page = sources.plan_page({"seed_file": "x.txt", "plan_title": "<title>"}, document, values, pd.DataFrame(), pd.DataFrame(columns=["seed_file", "token_id", "replacement"]), "<X>")
    assert "<script>" not in page and "<b>" not in page and "<dd>&lt;title&gt;</dd>" in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page  # the rest of the line, escaped
    assert '<span class="spam" title="SPAM-1: gambling-spam substitution (5 characters, not reproduced); inferred to replace 某市">SPAM-1</span>' in page
    assert "赌场" not in page  # the spam text itself is gone
    assert re.search(r'<mark class="v-target" title="[^"]*&lt;i&gt;[^"]*">500</mark>', page)
    frame = with_sources(pd.DataFrame({"Quote": ["<script>x</script> *a* [b]"]}), "Quote", [[links.Segment("<img src=x>", (links.Ref("../plans/p.html#L1", 'a "b"'),))]])
    shown = table(frame)
    assert "<img" not in shown._repr_html_() and "&lt;img src=x&gt;" in shown._repr_html_()
    plain = table(pd.DataFrame({"Quote": ["<script>x</script> *a* [b]"]}))
    assert "&lt;script&gt;x&lt;/script&gt; *a* [b]" in plain._repr_html_()
    assert "\\<script\\>x\\</script\\> \\*a\\* \\[b\\]" in plain._repr_markdown_().replace("\u200b", "")


# --- the PDF filter ----------------------------------------------------------------------------------------------

def test_pdf_links_become_chapter_references_and_printed_sources():
    import pypandoc

    markdown = textwrap.dedent("""\
        See [The plans](notebooks/01_plans.py) and [Overview](index.qmd#headline-findings).
        Target [3200左右](../plans/chongqing-2016-2030.html#L64 "000_1bfe080c51687ccb.txt:64, 37").
        Download [indicators.csv](data/processed/indicators.csv) or read [Eurostat](https://ec.europa.eu/eurostat).
        """)
    out = pypandoc.convert_text(markdown, "typst", format="markdown", extra_args=["--lua-filter", str(build.PDF_ASSETS / "links.lua")])
    assert '#pagelink("page-01_plans", [The plans])' in out and '#pagelink("page-index", [Overview])' in out
    assert '3200左右#srcref("000_1bfe080c51687ccb.txt:64, 37")' in out
    assert "plans/chongqing" not in out and "indicators.csv" in out and "data/processed" not in out
    assert '#link("https://ec.europa.eu/eurostat")' in out


# --- all-or-nothing builds ---------------------------------------------------------------------------------------------

def test_staging_directories_are_private_and_stale_ones_removed(tmp_path):
    first, second = staging.staging_dir(tmp_path), staging.staging_dir(tmp_path)
    assert first != second and first.parent == second.parent == tmp_path
    dead = tmp_path / "report-999999999-abc"
    dead.mkdir()
    assert staging.remove_stale(tmp_path) == [dead]
    assert first.exists() and second.exists()  # this process's own are kept


def test_swap_replaces_the_site_in_one_step(tmp_path):
    site, new = tmp_path / "_site", tmp_path / "stage" / "site"
    site.mkdir()
    (site / "index.html").write_text("old")
    new.mkdir(parents=True)
    (new / "index.html").write_text("new")
    staging.swap_in(new, site, build=tmp_path)
    assert (site / "index.html").read_text() == "new"
    assert not new.exists()  # the previous site went where the new one was, and was removed
    staging.swap_in(_fresh(tmp_path / "stage2"), tmp_path / "absent", build=tmp_path)
    assert (tmp_path / "absent" / "index.html").read_text() == "fresh"


def _fresh(folder: Path) -> Path:
    folder.mkdir()
    (folder / "index.html").write_text("fresh")
    return folder


def test_ctrl_c_during_the_report_keeps_the_previous_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous build")
    script = textwrap.dedent(f"""\
        import sys
        from pathlib import Path
        import analysis.report.build as build
        build.EXECUTED = None  # execute for real, whatever the cache holds
        try:
            build.build(progress=lambda message: print(message, flush=True), site=Path({str(site)!r}))
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            sys.exit(130)
        """)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=paths.ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in process.stdout:  # interrupt while the kernels run
        if line.startswith("executing"):
            time.sleep(1.5)
            process.send_signal(signal.SIGINT)
            break
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, (stdout, stderr)
    assert stderr.strip() == "interrupted"  # no traceback from nbclient or asyncio
    assert (site / "index.html").read_text() == "previous build" and sorted(p.name for p in site.iterdir()) == ["index.html"]
    assert not list(staging.BUILD.glob(f"report-{process.pid}-*"))


# --- words that follow the corpus -----------------------------------------------------------------------------------

def test_words_are_grammatical_for_any_count():
    assert words.join(["Suining (draft)"]) == "Suining (draft)"
    assert words.join(["Suining (draft)", "Sichuan"]) == "Suining (draft) and Sichuan"
    assert words.count(1, "plan") == "one plan" and words.count(30, "plan") == "30 plans"
    assert words.corpus_phrase(["province"] + ["prefecture"] * 4) == "five population-development plans (one province and four prefectures)"
    assert words.corpus_phrase(["prefecture"]) == "one population-development plan of a prefecture"
    assert words.corpus_phrase(["nation", "province", "county", "county", ""]) == (
        "five population-development plans (one national plan, one province, two counties and one plan of unknown level)"
    )


def test_generated_sentences_agree_with_the_corpus(monkeypatch):
    original = views.load

    def with_a_province(name):
        frame = original(name)
        if name == "plans":
            sichuan = frame[frame["plan_id"] == "luzhou-2022-2030"].assign(plan_id="sichuan-2021-2030", place_pinyin="Sichuan", n_tables=0, admin_level="province")
            frame = pd.concat([frame, sichuan], ignore_index=True)
        return frame

    # every page's views read the tables through the one cached views.table
    views.table.cache_clear()
    monkeypatch.setattr(views, "load", with_a_province)
    try:
        sentence = plan_views.extraction_sentence()
        assert "Suining (draft) and Sichuan have no indicator table at all." in sentence
        assert views.corpus()["description"] == "six population-development plans (two provinces and four prefectures)"
        assert "The indicator table of Lianyungang (2020) has a single year column, so that plan's baselines come from the prose." in sentence
    finally:
        views.table.cache_clear()


def test_values_carry_their_unit_before_the_qualifier():
    assert views.with_unit("3200左右", "万") == "3200万左右"
    assert views.with_unit("2440万人", "万") == "2440万人"
    assert views.with_unit("245", "万") == "245万"
    assert html.escape(headline_views.headlines()["chongqing_target"]) == "3200万左右"


# --- the published texts of the real corpus ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def source_pages(tmp_path_factory):
    """The plan and corpus source pages alone (no executed report needed): standalone pages."""
    site = tmp_path_factory.mktemp("sources") / "site"
    sources.write_source_pages(site)
    return site


def test_every_corpus_text_has_a_page_with_its_provenance(source_pages):
    from analysis.corpus import read_corpus_manifest

    manifest = read_corpus_manifest()
    pages = sorted(p.name for p in (source_pages / "corpus").glob("*.html"))
    assert pages == sorted(f"{links.page_name(t)}.html" for t in manifest["text_id"]) and len(pages) == len(manifest) > 20
    index = (source_pages / "plans" / "index.html").read_text(encoding="utf-8")
    for text in manifest.to_dict("records"):
        page = (source_pages / "corpus" / f"{links.page_name(text['text_id'])}.html").read_text(encoding="utf-8")
        assert f'href="../corpus/{links.page_name(text["text_id"])}.html"' in index  # reachable from "Plan texts"
        head = page.split('<table class="src">')[0]
        for column in ("document_title", "issuer", "issue_date", "kept", "sha256"):
            assert html.escape(text[column]) in head, (text["text_id"], column)
        assert f'<a href="{html.escape(text["address"])}"' in head and f"({text['kind']})" in head
        lines = (paths.CORPUS / text["file"]).read_bytes().decode("utf-8", errors="replace").splitlines()
        assert max(_anchors_of(page)) >= len([line for line in lines if line.strip()])  # the whole text, line by line


def _anchors_of(text: str) -> set[int]:
    return {int(n) for n in re.findall(r'<tr id="L(\d+)"', text)}


def test_every_corpus_value_links_to_its_line_with_the_value_marked_there(source_pages):
    values = pd.read_csv(paths.CORPUS_TABLES / "indicators.csv", dtype=str, keep_default_na=False)
    changes = pd.read_csv(paths.CORPUS_TABLES / "changes.csv", dtype=str, keep_default_na=False)
    rows_of: dict[str, dict[str, str]] = {}
    checked = 0
    for row in [*values.to_dict("records"), *changes.to_dict("records")]:
        ref = links.corpus_line_ref(row["plan_id"], int(row["line"]))
        assert ref is not None, row["plan_id"]
        href, _, anchor = ref.href.partition("#")
        target = (source_pages / "notebooks" / href).resolve()  # as linked from a page one folder deep
        if href not in rows_of:
            rows_of[href] = dict(re.findall(r'<tr id="(L\d+)"[^>]*>(.*?)</tr>', target.read_text(encoding="utf-8")))
        line = rows_of[href].get(anchor)
        assert line is not None, (row["plan_id"], anchor)
        # the line names the indicator (in its role column, or — for a table cell the codebook cannot
        # map, read as "unmapped" — in the mark's title) and marks the value
        named = f"({row['indicator']})" in line or f'title="{row["indicator"]} · ' in line
        assert named and "<mark" in line, (row["plan_id"], anchor, row["indicator"])
        checked += 1
    assert checked == len(values) + len(changes) > 150
    assert links.corpus_line_ref("no-such-text", 1) is None


def test_corpus_links_print_their_file_and_line_in_the_pdf():
    import pypandoc

    ref = links.corpus_line_ref("county-gaoming-2021-1", 4)
    assert ref.href == "../corpus/county-gaoming-2021-1.html#L4" and ref.label == "corpus/texts/county-gaoming-2021-1.txt line 4"
    cell = links.segments_markdown([links.Segment("54万人左右", (ref, links.corpus_line_ref("county-gaoming-2021-1", 5)))], lambda text: text)
    assert links.display_text([links.Segment("54", (ref,))]) == "54 · county-gaoming-2021-1.txt:4"
    out = pypandoc.convert_text(cell, "typst", format="markdown", extra_args=["--lua-filter", str(build.PDF_ASSETS / "links.lua")])
    assert '54万人左右#srcref("county-gaoming-2021-1.txt:4, 5")' in out and "corpus/" not in out
