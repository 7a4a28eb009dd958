"""Figures as readers see them: every label at least 8 pt at the size the figure is shown, in the
PDF and on the site, and every figure with alt text."""

from __future__ import annotations

import json
import re

import pytest

from analysis import paths
from analysis.report.catalog import INDEX, INDEX_FIGURES, PAGES
from analysis.report.style import FIGURE_HEIGHT, FIGURE_WIDTH, SMALLEST_LABEL

FIGURES = [(INDEX, name) for name in INDEX_FIGURES] + [(page.source, name) for page in PAGES for name in page.figures]
SITE_COLUMN_PX = 700  # the narrowest main column a desktop reader gets (Quarto's cosmo page with its table of contents)
CSS_PX_PER_PT = 96 / 72


def shown_sizes(facts: dict) -> tuple[float, float]:
    """The smallest text in points as printed and as shown on the site. In the PDF a figure
    larger than the text area is scaled down to it (report.typ; pandoc and Quarto alike), never up
    here; on the site an image is shown at its pixel size or the column's width, whichever is less."""
    printed = min(1.0, FIGURE_WIDTH / facts["width_in"], FIGURE_HEIGHT / facts["height_in"])
    on_screen = min(1.0, SITE_COLUMN_PX / facts["width_px"]) * facts["dpi"] / 72 / CSS_PX_PER_PT
    return facts["smallest_text_pt"] * printed, facts["smallest_text_pt"] * on_screen


@pytest.mark.parametrize(("page", "name"), FIGURES, ids=[name for _, name in FIGURES])
def test_smallest_label_is_at_least_8_pt_as_shown(executed, page, name):
    output, _ = executed
    facts = json.loads((output / "figures" / f"{name}.json").read_text())
    printed, on_screen = shown_sizes(facts)
    assert printed >= SMALLEST_LABEL, f"{name}: {facts}; smallest label prints at {printed:.1f} pt"
    assert on_screen >= SMALLEST_LABEL, f"{name}: {facts}; smallest label shows at {on_screen:.1f} pt"


def test_the_size_rule_fails_a_wide_figure():
    # the ambition heatmap as it was: 1829 px wide, 7 pt labels
    printed, on_screen = shown_sizes({"width_px": 1829, "height_px": 771, "dpi": 150, "width_in": 12.19, "height_in": 5.14, "smallest_text_pt": 7})
    assert printed < SMALLEST_LABEL and on_screen < SMALLEST_LABEL


def test_every_figure_has_alt_text():
    for source in [INDEX, *(page.source for page in PAGES)]:
        text = (paths.ROOT / source).read_text(encoding="utf-8")
        for label in re.findall(r"#\| label: (fig-[\w-]+)", text):
            match = re.search(rf"#\| label: {label}\n#\| fig-cap: \"[^\"]+\"\n#\| fig-alt: \"([^\"]+)\"", text)
            assert match and len(match.group(1).split()) >= 8, f"{source}: {label} has no alt text"


def test_fallback_figures_carry_their_alt_text(fallback_site, executed, tmp_path):
    from analysis.report import build

    import html

    written = {source: re.findall(r'#\| fig-alt: "([^"]+)"', (paths.ROOT / source).read_text(encoding="utf-8")) for source, _ in FIGURES}
    pages = {INDEX: fallback_site / "index.html", **{page.source: fallback_site / "notebooks" / f"{page.stem}.html" for page in PAGES}}
    for source, page in pages.items():
        text = page.read_text(encoding="utf-8")
        alts = [html.unescape(alt) for alt in re.findall(r'<img\b[^>]*\balt="([^"]*)"[^>]*>', text)]
        assert "No description has been provided" not in text, page.name  # nbconvert's placeholder
        assert alts == written.get(source, []), page.name
    _, pages = executed
    source = build.pdf_source(pages, tmp_path / "work")
    assert len(re.findall(r'image\("figures/[^"]+", width: 100%, alt: "[^"]{40,}"\)', source)) == len(FIGURES)


def test_heatmap_column_labels_share_one_baseline():
    # drawn from their bottom edge, "Luzhou" (no descender) sat lower than "Chongqing" on the page
    import matplotlib.pyplot as plt

    from analysis.report import ambition_views, plots, style

    style.setup()
    figure = plots.ambition_heatmap(ambition_views.ambition_matrix())
    try:
        figure.canvas.draw()
        labels = [label for label in figure.axes[0].get_xticklabels() if label.get_text()]
        assert len(labels) >= 5 and {label.get_verticalalignment() for label in labels} == {"baseline"}
        # on one baseline the labels' boxes end lower where a letter descends (g, y); bottom-aligned they all ended level
        assert len({round(label.get_window_extent().y0, 1) for label in labels}) > 1
    finally:
        plt.close(figure)


def test_the_fared_figure_has_one_caption_naming_every_family_tag():
    # the front page and the fared page show the same figure: their captions had drifted apart (one listed
    # "ageing", the other not); every tag the figure's row labels can carry is explained
    from analysis.report.fared_views import FAMILY_TAGS
    from analysis.vocabulary import CORPUS_PLAN_FAMILIES

    assert set(FAMILY_TAGS) == set(CORPUS_PLAN_FAMILIES)  # a new family had shown its code (women_children_plan) in a row label

    captions = [re.search(r'#\| fig-cap: "(How the plans fared:[^"]+)"', (paths.ROOT / name).read_text(encoding="utf-8")).group(1)
                for name in ("index.qmd", "notebooks/06_fared.py")]
    assert captions[0] == captions[1]
    assert all(re.search(rf"(?<![\w.]){re.escape(tag)}(?![\w])", captions[0]) for tag in FAMILY_TAGS.values()), captions[0]
