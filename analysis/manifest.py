"""The seed manifest (``seeds/manifest.csv``): what each plan is, and the hash that pins its text.

One row per seed file. Adding a plan means adding its text to ``seeds/`` and a row here; the
pipeline then reads it with no code change. :func:`check_manifest` refuses to run when a seed
has no row, a row has no seed, or a seed's SHA-256 differs from its row.

Floor: contracts (imports only the basics).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.errors import ManifestError

COLUMNS = (
    "plan_id", "seed_file", "place_zh", "place_pinyin", "province_zh", "admin_level", "plan_title",
    "issuer", "doc_number", "issue_date", "period_start", "period_end", "status", "base_year",
    "base_year_source", "sha256", "notes",
)
INTEGER_COLUMNS = ("period_start", "period_end", "base_year")


#: Levels of government a plan's place can have (``admin_level``).
ADMIN_LEVELS = ("nation", "province", "prefecture", "county")
#: Seed files are plain-text files; the suffix is matched without regard to case (plan.TXT).
SEED_SUFFIXES = (".txt", ".htm", ".html")


def read_manifest(path: Path = paths.MANIFEST) -> pd.DataFrame:
    """Read the manifest with proper types; raise :class:`ManifestError` (one line naming the file,
    the row and the column) for anything a researcher must fix."""
    if not path.exists():
        raise ManifestError(f"{path}: manifest not found")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ManifestError(f"{path}: not UTF-8 (invalid byte 0x{raw[error.start]:02x} at offset {error.start}); save the manifest as UTF-8") from None
    import io

    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise ManifestError(f"{path}: not a readable CSV ({' '.join(str(error).split())})") from None
    missing = [column for column in COLUMNS if column not in frame.columns]
    if missing:
        raise ManifestError(f"{path}: missing columns {missing}")
    for column in INTEGER_COLUMNS:
        bad = frame[column][~frame[column].str.fullmatch(r"\s*(\d{4})?\s*")]
        if len(bad):
            row = int(bad.index[0]) + 2
            raise ManifestError(f"{path}: row {row}, column {column}: {bad.iloc[0]!r} is not a year (write four digits, e.g. 2015, or leave it empty)")
        frame[column] = pd.to_numeric(frame[column].str.strip().replace("", None)).astype("Int64")
    bad_level = frame["admin_level"][~frame["admin_level"].isin(ADMIN_LEVELS)]
    if len(bad_level):
        raise ManifestError(f"{path}: row {int(bad_level.index[0]) + 2}, column admin_level: {bad_level.iloc[0]!r} is not one of {', '.join(ADMIN_LEVELS)}")
    duplicated = frame["plan_id"][frame["plan_id"].duplicated()].tolist() + frame["seed_file"][frame["seed_file"].duplicated()].tolist()
    if duplicated:
        raise ManifestError(f"{path}: duplicated plan_id or seed_file: {duplicated}")
    for problem in row_problems(frame):
        raise ManifestError(f"{path}: {problem}")
    return frame


def row_problems(frame: pd.DataFrame) -> list[str]:
    """Rows a run must refuse at once (not minutes later, in a later stage): an empty plan_id or
    seed_file, a period that ends before it starts, a base year after the period's end (every
    target would be a baseline), a place that is not exactly a gazetteer name (德阳 for 德阳市,
    Deyang, a trailing space)."""
    from analysis.gazetteer import by_name

    problems = []
    for index, row in frame.iterrows():
        where = f"row {int(index) + 2}"
        for column in ("plan_id", "seed_file", "place_zh"):
            if not str(row[column]).strip():
                problems.append(f"{where}, column {column}: empty (every plan needs one)")
        start, end, base = row["period_start"], row["period_end"], row["base_year"]
        if pd.notna(start) and pd.notna(end) and end < start:
            problems.append(f"{where}: period_end {end} is before period_start {start}")
        if pd.notna(base) and pd.notna(end) and base > end:
            problems.append(f"{where}: base_year {base} is after period_end {end} (the base year is the last observed year before the plan's targets)")
        place = str(row["place_zh"])
        if place.strip():
            found = by_name(place)
            if found is None or found.name != place:
                hint = f"write {found.name!r}" if found is not None else "write its full Chinese name as the gazetteer has it, e.g. 德阳市"
                problems.append(f"{where}, column place_zh: {place!r} is not a place name of the gazetteer ({hint})")
    return problems


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seed_files(seeds_dir: Path = paths.SEEDS) -> list[Path]:
    """The plan texts in a folder: files whose suffix is .txt/.htm/.html in any case."""
    return sorted(path for path in seeds_dir.iterdir() if path.is_file() and path.suffix.lower() in SEED_SUFFIXES)


def check_manifest(manifest: pd.DataFrame, seeds_dir: Path = paths.SEEDS) -> list[str]:
    """Every problem between the manifest and the seed files, one message per problem (empty if none)."""
    problems = []
    listed = set(manifest["seed_file"])
    present = {path.name for path in seed_files(seeds_dir)}
    for name in sorted(present - listed):
        problems.append(f"seeds/{name}: seed file has no row in seeds/manifest.csv")
    for name in sorted(listed - present):
        problems.append(f"seeds/{name}: manifest row has no seed file")
    for row in manifest.itertuples():
        path = seeds_dir / row.seed_file
        if path.exists():
            actual = sha256(path)
            if actual != row.sha256:
                problems.append(f"seeds/{row.seed_file}: SHA-256 {actual} differs from the manifest's {row.sha256}")
    return problems


def require_consistent(manifest: pd.DataFrame, seeds_dir: Path = paths.SEEDS) -> None:
    """Raise :class:`ManifestError` listing every manifest problem."""
    problems = check_manifest(manifest, seeds_dir)
    if problems:
        raise ManifestError("seed manifest problems:\n  " + "\n  ".join(problems))


def extraction_inputs(manifest: pd.DataFrame | None = None, seeds_dir: Path = paths.SEEDS, manifest_path: Path = paths.MANIFEST, codebook_dir: Path = paths.CODEBOOK) -> list[Path]:
    """The files the extraction tables are made from: the manifest, its seeds, the codebook (the
    run records of every stage that reads the extraction tables check them against these)."""
    manifest = read_manifest(manifest_path) if manifest is None else manifest
    return [manifest_path, codebook_dir / "indicators.csv", *(seeds_dir / name for name in manifest["seed_file"])]
