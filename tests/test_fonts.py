"""The CJK font on a fresh machine: installed by make where it can be (root or sudo -n), one line
saying what to run where it cannot, and found even when matplotlib's font cache predates it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths
from analysis.report import style

SCRIPT = paths.ROOT / ".ci" / "ensure-cjk-font"


# -- matplotlib's font cache -----------------------------------------------------------------------------

STALE_CACHE = """
import matplotlib.font_manager as fm
from pathlib import Path
import matplotlib
from analysis.report.style import fontconfig_cjk_files
cjk = {str(p) for p in fontconfig_cjk_files()}
fm.fontManager.ttflist = [e for e in fm.fontManager.ttflist if e.fname not in cjk and "CJK" not in e.name]
fm.json_dump(fm.fontManager, Path(matplotlib.get_cachedir(), f"fontlist-v{fm.FontManager.__version__}.json"))
"""

BUILD_FIGURE = """
import warnings
warnings.simplefilter("error")  # a glyph missing from the font is a warning: make it fail
import matplotlib
matplotlib.use("Agg")
import matplotlib.font_manager as fm
import matplotlib.pyplot as plt
from analysis.report import style
print("cached CJK before:", any("CJK" in e.name for e in fm.fontManager.ttflist))
name = style.setup()
figure, axes = plt.subplots()
axes.set_title("重庆市常住人口（万人）")
figure.savefig(__import__("sys").argv[1])
print("font:", name)
"""


def _python(code: str, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=paths.ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_a_font_cache_that_predates_the_font_is_refreshed(tmp_path):
    if not style.fontconfig_cjk_files():
        pytest.fail("fontconfig lists no CJK font: make test installs fonts-noto-cjk (run it as root or with sudo -n)")
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl")}
    stale = _python(STALE_CACHE, env)
    assert stale.returncode == 0, stale.stderr
    cache = next((tmp_path / "mpl").glob("fontlist-v*.json"))
    assert "CJK" not in cache.read_text(encoding="utf-8")  # the cache as built before the font was installed
    built = _python(BUILD_FIGURE, env, str(tmp_path / "figure.png"))
    assert built.returncode == 0, built.stderr[-2000:]
    assert "cached CJK before: False" in built.stdout and "font: Noto Sans CJK" in built.stdout
    assert (tmp_path / "figure.png").stat().st_size > 1000
    assert "Noto Sans CJK" in cache.read_text(encoding="utf-8")  # the cache was rewritten: the next run finds the font at once
    again = _python(BUILD_FIGURE, env, str(tmp_path / "again.png"))
    assert again.returncode == 0 and "cached CJK before: True" in again.stdout


def test_without_any_cjk_font_the_error_says_what_to_install(monkeypatch):
    style.cjk_font.cache_clear()
    monkeypatch.setattr(style.font_manager.fontManager, "ttflist", [e for e in style.font_manager.fontManager.ttflist if "CJK" not in e.name])
    monkeypatch.setattr(style, "fontconfig_cjk_files", lambda: [])
    try:
        with pytest.raises(style.MissingFontError, match="sudo apt-get install fonts-noto-cjk"):
            style.cjk_font()
    finally:
        monkeypatch.undo()
        style.cjk_font.cache_clear()


# -- installing the font: .ci/ensure-cjk-font with stand-ins for fc-list, id, sudo and apt-get ----------

def _shims(tmp_path: Path, *, root: bool, sudo: bool, font: bool) -> dict:
    bin_dir = tmp_path / "bin"
    state = tmp_path / "state"
    bin_dir.mkdir()
    state.mkdir()
    if font:
        (state / "installed").touch()
    scripts = {
        "fc-list": f'[ -f "{state}/installed" ] && echo "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: "\nexit 0',
        "apt-get": f'echo "$(id -u) $*" >> "{state}/apt.log"\ncase "$*" in *install*) touch "{state}/installed";; esac\nexit 0',
        "id": f'echo {0 if root else 1000}',
        "sudo": ('[ "$1" = -n ] && shift\nexec env SUDOED=1 "$@"' if sudo else 'echo "sudo: a password is required" >&2\nexit 1'),
    }
    for name, body in scripts.items():
        (bin_dir / name).write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin"}


def _apt_log(tmp_path: Path) -> list[str]:
    log = tmp_path / "state" / "apt.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_font_present_nothing_is_installed(tmp_path):
    env = _shims(tmp_path, root=True, sudo=False, font=True)
    result = subprocess.run(["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout == "" and _apt_log(tmp_path) == []


def test_as_root_the_font_is_installed(tmp_path):
    env = _shims(tmp_path, root=True, sudo=False, font=False)
    result = subprocess.run(["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert _apt_log(tmp_path) == ["0 update -qq", "0 install -y -qq --no-install-recommends fonts-noto-cjk"]
    assert "installing fonts-noto-cjk" in result.stdout


def test_with_passwordless_sudo_the_font_is_installed(tmp_path):
    env = _shims(tmp_path, root=False, sudo=True, font=False)
    result = subprocess.run(["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert [line.split(" ", 1)[1] for line in _apt_log(tmp_path)] == ["update -qq", "install -y -qq --no-install-recommends fonts-noto-cjk"]


def test_without_root_rights_it_stops_with_one_line(tmp_path):
    env = _shims(tmp_path, root=False, sudo=False, font=False)
    result = subprocess.run(["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and _apt_log(tmp_path) == []
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1
    assert "run `sudo apt-get install fonts-noto-cjk`, then rerun make" in result.stderr


def test_make_stops_before_any_long_work_without_the_font(tmp_path):
    """`make report` and `make test` run the font check first: without root rights nothing else runs
    (no virtual environment is created), and the reason is one line."""
    make = shutil.which("make")
    if make is None:
        pytest.fail("make is not installed")
    env = _shims(tmp_path, root=False, sudo=False, font=False)
    for target in ("report", "test"):
        venv = tmp_path / f"venv-{target}"
        result = subprocess.run([make, "-C", str(paths.ROOT), f"VENV={venv}", target], env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode != 0 and not venv.exists(), target
        ours = [line for line in result.stderr.splitlines() if line.startswith("planwatch:")]
        assert len(ours) == 1 and "sudo apt-get install fonts-noto-cjk" in ours[0]
        assert "pip" not in result.stdout and "venv" not in result.stdout
