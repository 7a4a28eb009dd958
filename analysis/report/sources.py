"""Source pages: every plan as published, line by line, one click from every number in the report.

``plans/<page>.html`` (see :func:`analysis.report.links.page_name`) shows a plan's seed file with
its original line numbers; each line is an anchor (``#L136``) that the report's tables and the
consistency evidence link to. On each line:

* every extracted value (``indicators.csv``) and stated change (``changes.csv``) is highlighted;
  hovering shows its indicator, year, kind and source (table or text);
* spam substitutions (found by ingestion, listed by id in ``contamination.csv``) are shown as a
  grey label — token id and inferred original — and never as their text;
* page chrome, text outside the plan and table-of-contents lines (the roles ingestion gives each
  line) are greyed and labelled.

The texts of the corpus of real published texts (``corpus/manifest.csv``) get the same pages,
``corpus/<page>.html``, with the manifest's provenance (title, issuer, date, address, kind, what was
kept, SHA-256) at the top and every value extracted from them (``data/processed/corpus/``) marked;
:func:`analysis.report.links.corpus_line_ref` links a (text, line) to them.

Every piece of seed text is HTML-escaped. ``plans/index.html`` lists the plans and the published texts. The pages wear
the site's own navigation and style: each is poured into a page of the built site at the same
depth (``notebooks/01_plans.html`` — Quarto's or the fallback's), whose head, navigation bar and
footer it keeps, with its content and table of contents replaced and "Plan texts" marked as the
current page (:func:`in_site_shell`). Without a built site (the post-render script run alone)
they are standalone pages with a small header.
"""

from __future__ import annotations

import html
import posixpath
import re
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.codebook import load_codebook
from analysis.corpus import read_corpus_manifest
from analysis.report import words
from analysis.report.links import page_name
from analysis.report.views import in_reading_order

ROLE_LABELS = {
    "chrome": "page chrome",
    "outside": "not part of the plan",
    "toc": "table of contents",
}
KIND_CLASSES = {"baseline": "v-baseline", "target": "v-target", "projection": "v-projection", "change": "v-change"}

CSS = """
body{font-family:"Noto Sans","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",sans-serif;margin:0;color:#222;background:#fff}
header{background:#2c3e50;color:#ecf0f1;padding:.6em 1.2em}
header a{color:#ecf0f1}
main{max-width:72em;margin:0 auto;padding:0 1.2em 3em}
h1{font-size:1.4em;margin:.8em 0 .2em}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;font-size:.9em}
dl.meta dt{color:#666}
dl.meta dd{margin:0;min-width:0;overflow-wrap:anywhere}
.legend{font-size:.85em;margin:.8em 0;line-height:2}
.legend span{margin-right:1em}
table.src{border-collapse:collapse;width:100%;font-size:.95em}
table.src td{vertical-align:top;padding:.05em .5em;border-bottom:1px solid #f2f2f2}
td.ln{text-align:right;white-space:nowrap;width:3.5em;user-select:none}
td.ln a{color:#999;text-decoration:none;font-variant-numeric:tabular-nums}
td.role{width:9em;font-size:.75em;color:#888;white-space:nowrap}
td.tx{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.6}
tr.greyed td.tx{color:#9a9a9a}
tr:target td{background:#fff3b0}
mark{padding:0 .1em;border-radius:2px;background:#dbe9f6;color:inherit;cursor:help}
mark.v-target{background:#fde2c4}
mark.v-projection{background:#e8dcf3}
mark.v-change{background:#d9f0d3}
span.spam{background:#ddd;color:#555;border-radius:3px;padding:0 .3em;font-size:.85em;white-space:nowrap;cursor:help}
ul.plans li{margin:.3em 0}
"""
# The same rules inside a site page: scoped to the plan content, without the page-level ones.
SCOPED_CSS = "\n".join(
    ".pw-source " + rule if not rule.startswith(("body{", "header", "main{")) else ""
    for rule in CSS.strip().splitlines()
).replace(".pw-source h1{", ".pw-source h1.pw-title{") + "\n.pw-source{max-width:100%}"
SHELL_PAGE = Path("notebooks") / "01_plans.html"  # a built page at the depth of plans/
_BODY = "planwatch:plan-text:7f3a9c"  # a marker the shell cannot contain


def _moved(url: str, shell_at: str, page_at: str) -> str:
    """A relative link of the shell page (at ``shell_at`` in the site) as seen from ``page_at``."""
    if not url or url.startswith(("#", "/", "data:")) or re.match(r"^[a-zA-Z][\w+.-]*:", url):
        return url
    path, _, fragment = url.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(shell_at), path))
    moved = posixpath.relpath(target, posixpath.dirname(page_at) or ".")
    return moved + (f"#{fragment}" if fragment else "")


def in_site_shell(shell: str, title: str, body: str, shell_at: str = SHELL_PAGE.as_posix(), page_at: str = "plans/index.html") -> str:
    """``body`` inside a built page of the site (``shell``, at ``shell_at`` in the site) for a page
    at ``page_at``: its head, navigation and footer kept with their links re-pointed; its title,
    content and table of contents replaced; "Plan texts" the current navigation entry."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(shell, "html.parser")
    for element in soup.find_all(True):
        for attribute in ("href", "src"):
            if element.has_attr(attribute):
                element[attribute] = _moved(element[attribute], shell_at, page_at)
    if soup.title is not None:
        soup.title.string = title
    if soup.head is not None:
        style = soup.new_tag("style")
        style.string = SCOPED_CSS
        soup.head.append(style)
    main = soup.find("main", id="quarto-document-content") or soup.find("main")
    if main is None:
        raise ValueError("the site page has no <main> to hold the plan text")
    main.clear()
    main.append(soup.new_string(_BODY))
    for sidebar in soup.select("#quarto-margin-sidebar, #quarto-sidebar-toc-left"):
        sidebar.clear()  # the table of contents of the page the shell came from
    for toc in soup.select("nav#TOC"):
        toc.decompose()
    here = posixpath.dirname(page_at)
    for link in soup.select("nav a"):
        classes = [c for c in link.get("class", []) if c not in ("active", "current")]
        href = str(link.get("href", "")).partition("#")[0]
        if href and posixpath.normpath(posixpath.join(here, href)) == "plans/index.html":
            classes.append("active" if "nav-link" in classes else "current")
            link["aria-current"] = "page"
        elif link.get("aria-current"):
            del link["aria-current"]
        if classes:
            link["class"] = classes
        elif link.has_attr("class"):
            del link["class"]
    return str(soup).replace(_BODY, f'<div class="pw-source column-page">{body}</div>', 1)


@dataclass(frozen=True)
class Mark:
    """A highlighted span of an original line."""

    start: int
    end: int
    titles: tuple[str, ...]
    css: str


def _value_titles(values: pd.DataFrame, changes: pd.DataFrame) -> list[tuple[int, str, str, str, str]]:
    """(line, quote, value text, hover title, css class) for every value and change of one plan."""
    codebook = load_codebook()

    def name(code: str) -> str:
        return f"{codebook[code].label_en} ({code})" if code and code in codebook else str(code)

    out = []
    for row in values.to_dict("records"):
        if not str(row.get("line", "")).isdigit():
            continue
        kind = str(row.get("kind", ""))
        place = f" · {row['entity']}" if row.get("entity") else ""
        title = f"{name(row.get('indicator', ''))}{place} · {row.get('year', '')} · {kind} · {row.get('source', '')}"
        out.append((int(row["line"]), str(row.get("quote", "")), str(row.get("value_text", "")), title, KIND_CLASSES.get(kind, "v-baseline")))
    for row in changes.to_dict("records"):
        if not str(row.get("line", "")).isdigit():
            continue
        title = f"{name(row.get('indicator', ''))} · change {row.get('from_year', '')}–{row.get('year', '')} · {row.get('change_type', '')} · {row.get('source', '')}"
        out.append((int(row["line"]), str(row.get("quote", "")), str(row.get("value_text", "")), title, "v-change"))
    return out


def locate(original: str, quote: str, value_text: str) -> tuple[int, int] | None:
    """Where a value sits in its original line: the value inside its quote, else the quote, else
    the value anywhere on the line; ``None`` if neither is on the line."""
    at = original.find(quote) if quote else -1
    if at >= 0:
        inner = quote.find(value_text) if value_text else -1
        return (at + inner, at + inner + len(value_text)) if inner >= 0 else (at, at + len(quote))
    at = original.find(value_text) if value_text else -1
    return (at, at + len(value_text)) if at >= 0 else None


def line_marks(original: str, found: Sequence[tuple[str, str, str, str]]) -> list[Mark]:
    """Non-overlapping marks for the values on one line; overlapping spans merge, keeping every title."""
    spans = []
    for quote, value_text, title, css in found:
        where = locate(original, quote, value_text)
        if where and where[1] > where[0]:
            spans.append((where[0], where[1], title, css))
    spans.sort()
    marks: list[Mark] = []
    for start, end, title, css in spans:
        if marks and start < marks[-1].end:
            last = marks[-1]
            titles = last.titles if title in last.titles else last.titles + (title,)
            marks[-1] = Mark(last.start, max(last.end, end), titles, last.css)
        else:
            marks.append(Mark(start, end, (title,), css))
    return marks


def render_line(original: str, marks: Sequence[Mark], spam: Sequence[tuple[int, int, str]], spam_labels: dict[str, str]) -> str:
    """One line as escaped HTML: marks highlighted, spam replaced by its label (never its text)."""
    events = sorted([(s, e, "spam", token) for s, e, token in spam] + [(m.start, m.end, "mark", m) for m in marks], key=lambda item: (item[0], item[2] != "spam"))
    out, cursor = [], 0
    for start, end, kind, item in events:
        if kind == "mark":
            if start < cursor:  # overlaps spam already replaced: the value cannot be shown there
                continue
            # a mark never covers spam: cut it at the first spam span inside it
            cut = min([s for s, _, _ in spam if start <= s < end] or [end])
            if cut <= start:
                continue
            out.append(html.escape(original[cursor:start]))
            out.append(f'<mark class="{item.css}" title="{html.escape(" | ".join(item.titles))}">{html.escape(original[start:cut])}</mark>')
            cursor = cut
        else:
            if start < cursor:
                start = cursor
            out.append(html.escape(original[cursor:start]))
            label = spam_labels.get(item, f"{item}: spam")
            out.append(f'<span class="spam" title="{html.escape(label)}">{html.escape(item)}</span>')
            cursor = max(cursor, end)
    out.append(html.escape(original[cursor:]))
    return "".join(out)


def _spam_labels(seed_file: str, contamination: pd.DataFrame, tokens) -> dict[str, str]:
    """Hover text of each spam token: id, length and what it is inferred to replace."""
    labels = {}
    rows = contamination[contamination["seed_file"] == seed_file] if "seed_file" in contamination else contamination.iloc[0:0]
    published = {row["token_id"]: row for row in rows.to_dict("records")}
    for token in tokens:
        row = published.get(token.token_id, {})
        replacement = row.get("replacement") or token.replacement
        labels[token.token_id] = (
            f"{token.token_id}: gambling-spam substitution ({len(token.text)} characters, not reproduced)"
            + (f"; inferred to replace {replacement}" if replacement else "")
        )
    return labels


def _page(title: str, body: str, root: str = "..", shell: str | None = None, page_at: str = "plans/index.html") -> str:
    if shell is not None:
        return in_site_shell(shell, title, body, page_at=page_at)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
        f'<header><a href="{root}/index.html">planwatch report</a> · <a href="{root}/plans/index.html">plan texts</a></header>'
        f"<main>{body}</main></body></html>\n"
    )


def _text_rows(document, values: pd.DataFrame, changes: pd.DataFrame, spam_labels: dict[str, str]) -> tuple[list[str], int]:
    """The lines of a text as table rows (anchors ``L<n>``, values marked, spam by id, greyed roles)
    and the number of values and changes marked."""
    by_line: dict[int, list[tuple[str, str, str, str]]] = {}
    for line, quote, value_text, title, css in _value_titles(values, changes):
        by_line.setdefault(line, []).append((quote, value_text, title, css))
    rows = []
    previous = None
    for line in document.lines:
        marks = line_marks(line.original, by_line.get(line.number, []))
        role = ROLE_LABELS.get(line.role, "")
        text = render_line(line.original, marks, line.spam_spans, spam_labels)
        greyed = ' class="greyed"' if role else ""
        shown = role if role and role != previous else ""  # the label once per block of greyed lines
        if line.role != "blank":
            previous = role
        rows.append(f'<tr id="L{line.number}"{greyed}><td class="ln"><a href="#L{line.number}">{line.number}</a></td><td class="role" title="{html.escape(role)}">{html.escape(shown)}</td><td class="tx">{text}</td></tr>')
    return rows, sum(len(found) for found in by_line.values())


LEGEND = (
    '<p class="legend"><mark class="v-baseline">baseline</mark> <mark class="v-target">target</mark> '
    '<mark class="v-projection">projection</mark> <mark class="v-change">stated change</mark> — hover a value for its indicator, year and kind · '
    '<span class="spam">SPAM-n</span> a spam substitution (shown by id, never as text) · '
    'grey lines: page chrome, text that is not part of the plan, table of contents</p>'
)


def _meta_html(meta: Sequence[tuple[str, str]]) -> str:
    """Provenance as a definition list; a value that is a web address becomes a link."""
    items = []
    for key, value in meta:
        value = str(value)
        if not value:
            continue
        shown = html.escape(value)
        if re.match(r"^https?://\S+$", value):  # shown decoded (%E5%8D%81… as 十…), linked as recorded
            shown = f'<a href="{shown}" rel="noopener" target="_blank">{html.escape(urllib.parse.unquote(value))}</a>'
        items.append(f"<dt>{html.escape(key)}</dt><dd>{shown}</dd>")
    return '<dl class="meta">' + "".join(items) + "</dl>"


def _text_body(label: str, meta: Sequence[tuple[str, str]], document, values: pd.DataFrame, changes: pd.DataFrame, spam_labels: dict[str, str], before: str = "") -> str:
    rows, n_values = _text_rows(document, values, changes, spam_labels)
    return (
        f'<h1 class="pw-title">{html.escape(label)}</h1>' + before + _meta_html(meta)
        + f"<p>{len(document.lines)} lines as published, with their original numbers; {n_values} extracted values and changes highlighted.</p>"
        + LEGEND
        + '<table class="src"><tbody>' + "".join(rows) + "</tbody></table>"
    )


def plan_page(plan: dict, document, values: pd.DataFrame, changes: pd.DataFrame, contamination: pd.DataFrame, label: str, shell: str | None = None) -> str:
    """The source page of one plan (see the module docstring)."""
    meta = [
        ("Plan", plan.get("plan_title", "")), ("Issuer", plan.get("issuer", "")), ("Document no.", plan.get("doc_number", "")),
        ("Issued", plan.get("issue_date", "")), ("Status", plan.get("status", "")), ("Seed file", f"seeds/{plan['seed_file']}"),
        ("SHA-256", plan.get("sha256", "")), ("Encoding", document.encoding), ("Plan body", f"lines {plan.get('body_lines', '')}"),
    ]
    body = _text_body(label, meta, document, values, changes, _spam_labels(plan["seed_file"], contamination, document.spam_tokens))
    if shell is None:
        return _page(f"{label}: plan text", body)
    return _page(f"{label}: plan text", body, shell=shell, page_at=f"plans/{page_name(plan['plan_id'])}.html")


#: what each kind of corpus text is (the kinds of :data:`analysis.vocabulary.CORPUS_KINDS`, as corpus/README.md defines them)
KIND_WORDS = {"plan_text": "the plan on an official site", "mirror": "the plan's text on another site", "press_report": "a news report or article on the plan", "qa": "an official Q&A on the plan"}


def corpus_label(text: dict) -> str:
    """``高明区 · 佛山市高明区人口发展规划（2021—2035年）`` — the place and the document's title."""
    return " · ".join(part for part in (text.get("place_zh", ""), text.get("document_title", "") or text.get("page_title", "")) if part) or text["text_id"]


def corpus_page(text: dict, document, values: pd.DataFrame, changes: pd.DataFrame, extracted: dict | None = None, shell: str | None = None) -> str:
    """The source page of one text of the real corpus (a row of ``corpus/manifest.csv``): its
    provenance — title, issuer, date, address, kind, what was kept, SHA-256 — above the text, line
    by line, every value extracted from it (``data/processed/corpus/``) marked on its line."""
    extracted = extracted or {}
    kind = text.get("kind", "")
    meta = [
        ("Text", text["text_id"]), ("Document", text.get("document_title", "")), ("Document no.", text.get("doc_number", "")),
        ("Issuer", text.get("issuer", "")), ("Issued", text.get("issue_date", "")), ("Page title", text.get("page_title", "")),
        ("Address", text.get("address", "")), ("Accessed", text.get("access_date", "")),
        ("Kind", f"{KIND_WORDS.get(kind, kind)} ({kind})" if kind else ""), ("What was kept", text.get("kept", "")),
        ("Place, level", ", ".join(v for v in (text.get("place_zh", ""), text.get("admin_level", "")) if v)),
        ("Place read from the text", extracted.get("place_zh", "")), ("Note", text.get("note", "")),
        ("File", f"corpus/{text['file']}"), ("SHA-256", text.get("sha256", "")), ("Encoding", document.encoding),
    ]
    before = '<p>A text of the corpus of real published texts (<code>corpus/manifest.csv</code>), verbatim; its values are extracted as a new user\'s would be (<code>data/processed/corpus/</code>).</p>'
    label = corpus_label(text)
    body = _text_body(label, meta, document, values, changes, _spam_labels(text["file"], pd.DataFrame(), document.spam_tokens), before=before)
    title = f"{text['text_id']}: published text"
    if shell is None:
        return _page(title, body)
    return _page(title, body, shell=shell, page_at=f"corpus/{page_name(text['text_id'])}.html")


def index_page(plans: pd.DataFrame, labels: dict[str, str], shell: str | None = None, corpus: pd.DataFrame | None = None) -> str:
    """``plans/index.html``: the seeds' plans, then the corpus texts, each list in the report's order."""
    plans = in_reading_order(plans=plans)
    items = "".join(
        f'<li><a href="{html.escape(page_name(row["plan_id"]))}.html">{html.escape(labels.get(row["plan_id"], row["plan_id"]))}</a> — '
        f'{html.escape(row.get("plan_title", ""))} <small>(seeds/{html.escape(row["seed_file"])})</small></li>'
        for row in plans.to_dict("records")
    )
    body = ('<h1 class="pw-title">The plan texts</h1><p>Each plan as published, line by line; every number in the report links to its line here. '
            f'Plans are listed {html.escape(words.READING_ORDER)}.</p>' f'<ul class="plans">{items}</ul>')
    if corpus is not None and len(corpus):
        corpus = in_reading_order(corpus=corpus)
        texts = "".join(
            f'<li><a href="../corpus/{html.escape(page_name(row["text_id"]))}.html">{html.escape(row["text_id"])}</a> — '
            f'{html.escape(corpus_label(row))} <small>({html.escape(row.get("issue_date", "") or "undated")}; {html.escape(KIND_WORDS.get(row.get("kind", ""), row.get("kind", "")))})</small></li>'
            for row in corpus.to_dict("records")
        )
        body += ('<h2 id="published-texts">Published texts</h2><p>The corpus of real published texts (<code>corpus/</code>): openings of plan pages '
                 'and press reports, verbatim, each with its provenance and the values extracted from it; '
                 f'listed {html.escape(words.READING_ORDER)}.</p>' f'<ul class="plans">{texts}</ul>')
    return _page("The plan texts", body, shell=shell)


def write_source_pages(site: Path, progress: Callable[[str], None] = lambda message: None) -> list[Path]:
    """Write ``plans/<page>.html`` for every plan of ``plans.csv`` and ``plans/index.html``."""
    from analysis.ingest.stage import ingest_paths
    from analysis.report.views import plan_labels

    plans = pd.read_csv(paths.PLANS, dtype=str, keep_default_na=False)
    values = pd.read_csv(paths.INDICATORS, dtype=str, keep_default_na=False)
    changes = pd.read_csv(paths.CHANGES, dtype=str, keep_default_na=False)
    contamination = pd.read_csv(paths.SPAM, dtype=str, keep_default_na=False)
    documents = ingest_paths([paths.SEEDS / seed for seed in plans["seed_file"]])
    labels = plan_labels()
    shell_file = site / SHELL_PAGE
    shell = shell_file.read_text(encoding="utf-8") if shell_file.exists() else None
    folder = site / "plans"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for plan, document in zip(plans.to_dict("records"), documents):
        seed = plan["seed_file"]
        page = plan_page(plan, document, values[values["seed_file"] == seed], changes[changes["seed_file"] == seed], contamination, labels.get(plan["plan_id"], plan["plan_id"]), shell)
        target = folder / f"{page_name(plan['plan_id'])}.html"
        target.write_text(page, encoding="utf-8")
        written.append(target)
    corpus = write_corpus_pages(site, shell)
    (folder / "index.html").write_text(index_page(plans, labels, shell, corpus=read_corpus_manifest()), encoding="utf-8")
    progress(f"wrote {len(written)} plan source pages (plans/) and {len(corpus)} pages of published texts (corpus/)")
    return written + corpus


def write_corpus_pages(site: Path, shell: str | None = None) -> list[Path]:
    """Write ``corpus/<page>.html`` for every text of ``corpus/manifest.csv``, its values from
    ``data/processed/corpus/``."""
    from analysis.ingest.stage import ingest_paths

    manifest = read_corpus_manifest()
    values = pd.read_csv(paths.CORPUS_TABLES / paths.INDICATORS.name, dtype=str, keep_default_na=False)
    changes = pd.read_csv(paths.CORPUS_TABLES / paths.CHANGES.name, dtype=str, keep_default_na=False)
    extracted = pd.read_csv(paths.CORPUS_TABLES / paths.PLANS.name, dtype=str, keep_default_na=False).set_index("plan_id")
    documents = ingest_paths([paths.CORPUS_MANIFEST.parent / file for file in manifest["file"]])
    folder = site / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for text, document in zip(manifest.to_dict("records"), documents):
        text_id = text["text_id"]
        row = extracted.loc[text_id].to_dict() if text_id in extracted.index else {}
        page = corpus_page(text, document, values[values["plan_id"] == text_id], changes[changes["plan_id"] == text_id], row, shell)
        target = folder / f"{page_name(text_id)}.html"
        target.write_text(page, encoding="utf-8")
        written.append(target)
    return written
