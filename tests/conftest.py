"""Shared fixtures: the seeds are ingested once per test session; the report's pages are executed
once (several kernels at a time) and the fallback site built once from them; the data stages run once
from sources downloaded from a loopback server (``download_build``), for the tests that compare a
fresh build with the committed tables (test_outputs) and those of the download path (test_sources_registry).

Under pytest-xdist (``make test`` runs ``pytest -n 2 --dist loadgroup``) every worker process builds
its own session fixtures, so the tests are handed out in groups (``group_of``, ``GroupScheduling``
below): the tests that use one of the expensive builds share one group, and so run on one worker,
which builds it once; every other test runs with the rest of its file (whose module fixtures are
then built once too). The two expensive groups are handed out first, one to each worker, then the
slowest files (``SLOW_GROUPS``). The tests
that run Quarto in this checkout (it leaves files beside the sources and removes them) are all in
tests/test_report*.py, so in one group: one at a time. No test takes this checkout's build lock or
writes its outputs: those that run the command line do so in a copy (``own_checkout``) or with their own lock."""

from __future__ import annotations

import atexit
import dataclasses
import functools
import http.server
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from analysis import paths
from analysis.ingest.stage import ingest_manifest
from analysis.manifest import read_manifest
from analysis.sources import registry


#: The session fixtures too expensive to build on two workers, and the tests that use them (by the start
#: of their id): each such group runs on one worker. ``pytest_collection_modifyitems`` checks the two agree.
SHARED_BUILDS = {"download_build": "download-build", "executed": "report", "fallback_site": "report"}
GROUPS = {
    "tests/test_outputs.py::": "download-build",
    "tests/test_sources_registry.py::test_without_mirror_the_sources_are_downloaded_and_the_observations_build_unchanged": "download-build",
    "tests/test_report": "report",  # every tests/test_report*.py (also those running Quarto in this checkout)
}


#: The slowest groups after the shared builds (minutes each: a whole build in a copy of the checkout, the
#: linear-time checks, the fared sensitivity and model fixtures): handed out right after them, longest first,
#: so that no long group starts last while the other worker runs out of work.
SLOW_GROUPS = ["tests/test_reliability.py", "tests/test_adversarial.py", "tests/test_fared.py", "tests/test_model.py"]


def group_of(nodeid: str) -> str:
    """The worker group of a test: a shared build's, else its file's."""
    return next((group for start, group in GROUPS.items() if nodeid.startswith(start)), nodeid.split("::")[0])


def pytest_collection_modifyitems(config, items):
    """Every test that uses a shared build is in its group; under xdist the tests of the shared builds
    come first, then those of :data:`SLOW_GROUPS` (the scheduler hands out groups in the order their
    first test is collected)."""
    strays = [item.nodeid for item in items for name in SHARED_BUILDS if name in item.fixturenames and group_of(item.nodeid) != SHARED_BUILDS[name]]
    if strays:
        raise pytest.UsageError(f"tests/conftest.py: add these tests to GROUPS, with the group of the shared build they use: {strays}")
    if os.environ.get("PYTEST_XDIST_WORKER"):
        order = list(dict.fromkeys(SHARED_BUILDS.values())) + SLOW_GROUPS
        items.sort(key=lambda item: order.index(group_of(item.nodeid)) if group_of(item.nodeid) in order else len(order))


if importlib.util.find_spec("xdist"):
    from xdist.scheduler import LoadScopeScheduling

    class GroupScheduling(LoadScopeScheduling):
        """``--dist loadgroup`` by :func:`group_of`: a group's tests on one worker, the groups handed
        out in collection order. (xdist's own loadgroup reads ``xdist_group`` marks from the test ids,
        which pytest 9.2 no longer lets it change: pytest-xdist issue #1386.)"""

        def _split_scope(self, nodeid: str) -> str:
            return group_of(nodeid)

    @pytest.hookimpl(tryfirst=True, optionalhook=True)  # optional: pytest -p no:xdist
    def pytest_xdist_make_scheduler(config, log):
        if config.getvalue("dist") == "loadgroup":
            config.option.loadscopereorder = False  # by default xdist hands out the groups with most tests first
            return GroupScheduling(config, log)
        return None


@pytest.fixture(scope="session", autouse=True)
def own_staging(tmp_path_factory):
    """Under xdist, the tables the tests write in-process are staged in a folder of this worker, not in
    this checkout's ``.staging/``: two workers committing there at once would share its journal
    (``.staging/COMMIT``, one at a time in a checkout: the command line's lock)."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        yield
        return
    from analysis import io

    saved = io.STAGING
    io.STAGING = tmp_path_factory.mktemp("staging")
    try:
        yield
    finally:
        io.STAGING = saved


def _ctrl_c_as_at_a_terminal() -> None:
    """Give this process Python's own Ctrl-C handler when it started with SIGINT ignored. A shell without job
    control starts a background job (``make test &``, ``nohup``) with SIGINT ignored; Python then installs no
    KeyboardInterrupt handler, the ignored disposition is inherited by every child, and the tests that send
    SIGINT to the pipeline (test_hostile_inputs, test_reliability, test_report_site) would fail for the way the
    suite was launched, not for the pipeline. A child of a process with a Python handler starts with the
    default disposition, so this one call serves the subprocesses too."""
    import signal

    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


_ctrl_c_as_at_a_terminal()


@pytest.fixture(autouse=True)
def signals_kept():
    """Each test leaves the process as it found it for Ctrl-C: the SIGINT handler, the blocked signals,
    and :mod:`analysis.io`'s open transactions and recorded interrupts. A test that changes one is
    reported (an error of that test) and the state restored, so a later test that sends itself SIGINT
    (test_hostile_inputs, test_reliability) does not fail for it in a one-process run."""
    import signal

    from analysis import io

    handler = signal.getsignal(signal.SIGINT)
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    active, interrupts = list(io._active), list(io.interrupts)
    yield
    changed = []
    if signal.getsignal(signal.SIGINT) is not handler:
        changed.append(f"SIGINT handler {handler!r} -> {signal.getsignal(signal.SIGINT)!r}")
        signal.signal(signal.SIGINT, handler)
    if signal.pthread_sigmask(signal.SIG_BLOCK, []) != blocked:
        changed.append(f"blocked signals {sorted(blocked)} -> {sorted(signal.pthread_sigmask(signal.SIG_BLOCK, []))}")
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    if io._active != active:
        changed.append(f"{len(io._active) - len(active)} transaction(s) left open")
        io._active[:] = active
    if io.interrupts != interrupts:
        changed.append(f"recorded interrupts {interrupts} -> {io.interrupts}")
        io.interrupts[:] = interrupts
    if changed:
        pytest.fail("this test changed the process's Ctrl-C state (restored now): " + "; ".join(changed))


@functools.cache
def own_checkout() -> Path:
    """A copy of the repository's files (``git ls-files``) for the tests that run the command line:
    they build there, never in this checkout, so ``make test`` while a build runs here does not
    stop on the build lock (and never touches this checkout's outputs)."""
    target = Path(tempfile.mkdtemp(prefix="planwatch-test-checkout-")) / "repo"
    atexit.register(shutil.rmtree, target.parent, True)
    return copy_tracked_files(target)


def copy_tracked_files(target: Path) -> Path:
    """Copy every file git tracks in this checkout (what a fresh clone holds) to ``target``."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, files):
        source = paths.ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="session")
def manifest():
    return read_manifest()


@pytest.fixture(scope="session")
def documents(manifest):
    return {document.seed_file: document for document in ingest_manifest(manifest)}


@pytest.fixture(scope="session")
def seed_lines():
    """Original lines of each seed, by three-digit prefix ('000' … '004')."""
    return {path.name[:3]: path.read_text(encoding="utf-8").split("\n") for path in paths.SEEDS.glob("*.txt")}


@pytest.fixture(scope="session")
def executed(tmp_path_factory):
    """Every report page executed in a fresh kernel (once per session); figures and tables go to a
    temporary output directory, returned with the pages."""
    import os

    from analysis.report.build import report_sources
    from analysis.report.pages import execute_many

    output = tmp_path_factory.mktemp("report")
    previous = os.environ.get("PLANWATCH_OUTPUT")
    os.environ["PLANWATCH_OUTPUT"] = str(output)  # the kernels inherit it
    try:
        pages = execute_many(report_sources())
    finally:
        if previous is None:
            os.environ.pop("PLANWATCH_OUTPUT")
        else:
            os.environ["PLANWATCH_OUTPUT"] = previous
    return output, pages


@pytest.fixture(scope="session")
def fallback_site(executed, tmp_path_factory):
    """The fallback site (HTML pages, downloads, PDF and plan source pages), built once."""
    from analysis.report.build import fallback_site as build_site
    from analysis.report.sources import write_source_pages

    _, pages = executed
    folder = tmp_path_factory.mktemp("fallback")
    site = folder / "site"
    build_site(pages, site, progress=lambda _: None, work=folder / "work")
    write_source_pages(site)
    return site


# -- a loopback server standing in for the pinned addresses of the official sources ----------------------

def _routes() -> dict[str, Path]:
    """URL path of every pinned file → its copy in the mirror (the server serves the mirror at the pinned addresses)."""
    routes = {}
    for source in registry.pins().values():
        if source.kind != "repository":
            continue
        for entry in source.files:
            if entry.download:
                routes["/" + source.url(entry, "http://x").split("/", 3)[3]] = registry.DEFAULT_MIRROR / source.id / entry.path
    return routes


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, Path] = {}
    mode = {"name": "good", "failures": 0}
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        self.requests.append(self.path)
        file = self.routes.get(self.path)
        if file is None:
            self.send_error(404)
            return
        body = file.read_bytes()
        mode = self.mode["name"]
        if self.mode["failures"] > 0:
            self.mode["failures"] -= 1
        elif mode in ("truncate-once", "corrupt-once"):
            mode = "good"
        if mode.startswith("corrupt"):
            body = bytes([body[0] ^ 0xFF]) + body[1:]
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if mode.startswith("truncate"):
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@dataclasses.dataclass(frozen=True)
class DownloadBuild:
    """The whole path a machine without the mirror takes, run once per session: ``python -m analysis
    sources`` (``fetched``, and the server's request count after it) downloads every pinned file into
    an empty cache; then every data stage (``built``, and the count after it) writes its tables to ``out``."""
    cache: Path
    out: Path
    fetched: subprocess.CompletedProcess = dataclasses.field(repr=False)
    requests_after_fetch: int
    built: subprocess.CompletedProcess = dataclasses.field(repr=False)
    requests_after_build: int


_BUILD = """from pathlib import Path
from analysis.extract.stage import run as extract_run, run_corpus
from analysis.ingest.stage import run as ingest_run
from analysis.consistency.stage import run as audit_run
from analysis.model.stage import run as model_run
from analysis.sources import registry
from analysis.sources.stage import run as sources_run
out = Path({out!r})
quiet = lambda _: None
ingest_run(progress=quiet, out_dir=out, codebook_dir=out)
extract_run(progress=quiet, out_dir=out, codebook_dir=out)
run_corpus(progress=quiet, out_dir=out / "corpus")
sources_run(progress=quiet, reference_out=out)
audit_run(progress=quiet, out_dir=out, reference_dir=out)
model_run(progress=quiet, out_dir=out, reference_dir=out)
assert str(registry.folder("leiii-census")).startswith({cache!r})
"""


@pytest.fixture(scope="session")
def download_build(tmp_path_factory):
    """:class:`DownloadBuild`: no mirror (an empty one), an empty cache, the pinned addresses on a
    loopback server serving the mirror's files. One fresh build serves both the comparison of every
    table with the committed one and the checks of the download path (the stages are the expensive part)."""
    if not registry.DEFAULT_MIRROR.is_dir():
        pytest.fail(f"the tests serve the mirror {registry.DEFAULT_MIRROR}; it is missing")
    folder = tmp_path_factory.mktemp("download-build")
    (folder / "no-mirror").mkdir()
    (folder / "out").mkdir()

    class Recording(_Handler):  # its own request log: the registry tests' server shares _Handler's
        requests: list[str] = []
        mode = {"name": "good", "failures": 0}
        routes = _routes()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recording)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        env = {**os.environ, registry.MIRROR_ENV: str(folder / "no-mirror"), registry.CACHE_ENV: str(folder / "cache"),
               registry.URL_ENV: f"http://127.0.0.1:{httpd.server_address[1]}"}
        # both in a copy of the checkout: the command rewrites data/reference/, which test_outputs
        # compares with the fresh build (and a build running here would hold this checkout's lock);
        # the stages stage their tables in the copy's .staging/, not this checkout's
        repo = copy_tracked_files(folder / "repo")
        fetched = subprocess.run([sys.executable, "-m", "analysis", "sources"], cwd=repo, env=env, capture_output=True, text=True, timeout=300)
        after_fetch = len(Recording.requests)
        script = _BUILD.format(out=str(folder / "out"), cache=str(folder / "cache"))
        built = subprocess.run([sys.executable, "-c", script], cwd=repo, env=env, capture_output=True, text=True, timeout=900)
        after_build = len(Recording.requests)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
    return DownloadBuild(folder / "cache", folder / "out", fetched, after_fetch, built, after_build)
