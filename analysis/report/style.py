"""Figure style: a CJK font for Chinese labels (fail loudly without one) and a quiet seaborn theme."""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

import matplotlib
import matplotlib.font_manager as font_manager
import matplotlib.pyplot as plt
import seaborn as sns

PREFERRED_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei")
#: Colour of each ambition class, from "already met" (grey) through "very ambitious" (dark red).
CLASS_COLOURS = {
    "already met": "#9e9e9e",
    "below trend": "#4c9be8",
    "on trend": "#7fbf7b",
    "ambitious": "#f4a442",
    "very ambitious": "#c2392b",
    "reverses trend": "#7b3294",
    "matches cohort projection": "#c7e9c0",
    "above cohort projection": "#fdd0a2",
    "below cohort projection": "#c6dbef",
    "not assessable": "#f0f0f0",
}
SEVERITY_COLOURS = {"error": "#c2392b", "warning": "#f4a442", "note": "#9ecae1"}
#: Colour of each outcome verdict (targets dated up to the census year against what happened).
OUTCOME_COLOURS = {"met": "#1a9850", "exceeded": "#4c9be8", "missed": "#c2392b", "as stated": "#1a9850", "above": "#f4a442", "below": "#7b3294"}

#: Figures are drawn at the size they are printed: the PDF's text width and height (A4 with the
#: 1.25 in margins of Quarto's and pandoc's Typst templates: 8.27 − 2.5 in by 11.69 − 2.5 in, of
#: which report.typ lets a figure take 90 %). A figure no larger is never scaled down in the PDF,
#: so a label set in 8 pt prints in 8 pt; on the site (150 dpi) it shows larger.
FIGURE_WIDTH = 5.75
FIGURE_HEIGHT = 0.9 * 9.19
SMALLEST_LABEL = 8.0


class MissingFontError(RuntimeError):
    """No font that can draw Chinese characters is installed."""


def _find_cjk() -> tuple[str, Path] | None:
    fonts = {entry.name: Path(entry.fname) for entry in font_manager.fontManager.ttflist}
    for name in PREFERRED_FONTS:
        if name in fonts:
            return name, fonts[name]
    others = sorted(name for name in fonts if "CJK" in name)
    return (others[0], fonts[others[0]]) if others else None


def fontconfig_cjk_files() -> list[Path]:
    """Font files fontconfig knows that cover Chinese (``fc-list :lang=zh file``); empty without fontconfig."""
    try:
        listed = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=60, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({Path(line.strip().rstrip(":")) for line in listed.splitlines() if line.strip()})


def refresh_font_cache() -> list[Path]:
    """Add the CJK fonts fontconfig lists but matplotlib's font cache lacks, and rewrite the cache.

    Matplotlib builds its font list once and keeps it in ``fontlist-v*.json`` in its cache folder;
    a font installed afterwards (``apt-get install fonts-noto-cjk`` after a first run) is not in it.
    Returns the files added (none when the cache already knows every CJK font)."""
    known = {Path(entry.fname) for entry in font_manager.fontManager.ttflist}
    added = []
    for path in fontconfig_cjk_files():
        if path in known or path.suffix.lower() not in (".ttf", ".otf", ".ttc") or not path.is_file():
            continue
        try:
            font_manager.fontManager.addfont(path)
        except (OSError, RuntimeError):
            continue
        added.append(path)
    if added:
        cache = Path(matplotlib.get_cachedir(), f"fontlist-v{font_manager.FontManager.__version__}.json")
        font_manager.json_dump(font_manager.fontManager, cache)
    return added


@functools.cache
def cjk_font() -> tuple[str, Path]:
    """Name and file of an installed CJK font; raise :class:`MissingFontError` if there is none.

    When matplotlib's font cache has none but fontconfig lists one (installed after the cache was
    built), the cache is refreshed first (:func:`refresh_font_cache`)."""
    found = _find_cjk()
    if found is None and refresh_font_cache():
        found = _find_cjk()
    if found is not None:
        return found
    raise MissingFontError(
        "no CJK font found: Chinese text in figures would print as boxes. "
        "Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk; make report does it as root or with passwordless sudo) and rerun."
    )


def setup() -> str:
    """Apply the report's theme with a CJK font; return the font name."""
    name, _ = cjk_font()
    sns.set_theme(style="whitegrid", context="notebook")
    plt.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [name, "DejaVu Sans"],
            "axes.unicode_minus": True,  # the true minus (U+2212) on axes; Noto Sans CJK draws it
            "figure.dpi": 110,
            "savefig.dpi": 150,
            "savefig.bbox": "tight",
            "axes.titlesize": 11,
            "axes.titleweight": "bold",
        }
    )
    return name
