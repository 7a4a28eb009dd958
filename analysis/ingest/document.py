"""Ingest one seed: decode, detect spam, normalise, find the body, identify the city, log findings.

The result, a :class:`PlanDocument`, is the text layer every later stage reads. Its lines keep
their original numbers and text; ``text`` is the normalised form used for parsing, and
:meth:`PlanLine.quote` turns any span of it back into a verbatim piece of the original line
that never contains spam.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.ingest.body import Body, locate_body
from analysis.ingest.city import CityEvidence, gazetteer, identify_city, province_names
from analysis.ingest.contamination import SpamHit, SpamToken, find_spam, infer_replacements
from analysis.ingest.decode import DecodedText, read_seed
from analysis.ingest.normalize import RULE_DESCRIPTIONS, NormalizedLine, normalize_line
from analysis.quality import Finding


#: Stands in for a spam token while the body is located (a neutral ideograph: "some").
PLACEHOLDER = "某"


def _short_province(name: str) -> str:
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


@dataclass(frozen=True)
class PlanLine:
    """One line of a seed: original text, normalised text and the map between them."""

    number: int
    original: str
    text: str
    offsets: tuple[int, ...]
    role: str
    spam_spans: tuple[tuple[int, int, str], ...] = ()  # (start, end, token id) in the original line

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the original line."""
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        """The verbatim original text behind a normalised span."""
        a, b = self.original_span(start, end)
        return self.original[a:b]

    def quote(self, start: int, end: int) -> str:
        """A verbatim substring of the original line covering the normalised span, free of spam.

        If a spam token lies inside the span, the quote starts after the last such token (the
        value itself is never spam, so it stays inside the quote).
        """
        a, b = self.original_span(start, end)
        for spam_start, spam_end, _ in self.spam_spans:
            if spam_start < b and spam_end > a:
                a = max(a, spam_end)
        return self.original[a:b].strip()


@dataclass(frozen=True)
class PlanDocument:
    """A seed after ingestion."""

    seed_file: str
    encoding: str
    lines: tuple[PlanLine, ...]
    body: Body
    city: CityEvidence | None
    spam_tokens: tuple[SpamToken, ...]
    findings: tuple[Finding, ...]

    def body_lines(self) -> Iterator[PlanLine]:
        """Lines of the plan body that carry text (not chrome, not table of contents, not blank)."""
        return (line for line in self.lines if line.role == "body")

    def line(self, number: int) -> PlanLine:
        return self.lines[number - 1]


def ingest_file(path: Path | str, corpus: Sequence[str] = ()) -> PlanDocument:
    """Read and ingest one seed file (see :func:`ingest_text`)."""
    return ingest_text(read_seed(path), Path(path).name, corpus)


def ingest_text(decoded: DecodedText, seed_file: str, corpus: Sequence[str] = ()) -> PlanDocument:
    """Ingest a decoded seed.

    ``corpus`` is clean plan text used as evidence for what spam tokens replaced; the document's
    own text (without spam) is always part of it.
    """
    text = decoded.text
    originals = text.split("\n")
    tokens, hits = find_spam(text)
    hits_by_line: dict[int, list[SpamHit]] = defaultdict(list)
    for hit in hits:
        hits_by_line[hit.line].append(hit)

    plain = [normalize_line(line) for line in originals]

    def with_spam(replacement_of: dict[str, str]) -> list[NormalizedLine]:
        return [
            normalize_line(line, [(h.start, h.end, replacement_of.get(h.token_id, "")) for h in hits_by_line[n]]) if n in hits_by_line else plain[n - 1]
            for n, line in enumerate(originals, 1)
        ]

    # Before we know what spam replaced, a neutral placeholder keeps line shapes for body location,
    # and removal keeps spam from voting for the city.
    placeheld = [line.text for line in with_spam({token.token_id: PLACEHOLDER for token in tokens})]
    body = locate_body(placeheld)
    city = identify_city(
        [(n, placeheld[n - 1].replace(PLACEHOLDER, "")) for n in range(body.first_line, body.last_line + 1) if body.roles[n - 1] in ("body", "toc")]
    )
    if tokens and city is not None:
        names = [place.short for place in gazetteer()] + [_short_province(name) for name in province_names()]
        tokens = infer_replacements(text, tokens, hits, city.short, [text, *corpus], names)
    normalized = with_spam({token.token_id: token.replacement for token in tokens})

    lines = [
        PlanLine(
            number=number,
            original=original,
            text=normalized[number - 1].text,
            offsets=normalized[number - 1].offsets,
            role=body.roles[number - 1],
            spam_spans=tuple((h.start, h.end, h.token_id) for h in hits_by_line.get(number, [])),
        )
        for number, original in enumerate(originals, 1)
    ]
    findings = _findings(seed_file, decoded, lines, normalized, body, city, tokens)
    return PlanDocument(seed_file, decoded.encoding, tuple(lines), body, city, tuple(tokens), tuple(findings))


def _findings(
    seed_file: str,
    decoded: DecodedText,
    lines: Sequence[PlanLine],
    normalized: Sequence[NormalizedLine],
    body: Body,
    city: CityEvidence | None,
    tokens: Sequence[SpamToken],
) -> list[Finding]:
    findings = [
        Finding(seed_file, None, "encoding", f"decoded as {decoded.encoding} ({decoded.n_bytes} bytes, {len(lines)} lines)"),
        Finding(seed_file, body.first_line, "plan_body", f"plan body is lines {body.first_line}–{body.last_line}; title on line {body.title_line}", body.last_line),
    ]
    if city is not None:
        findings.append(Finding(seed_file, city.first_line, "city_identified", city.describe()))
    for token in tokens:
        findings.append(
            Finding(
                seed_file,
                token.lines[0],
                "spam_token",
                f"{token.token_id}: gambling-spam token of {len(token.text)} characters, {token.count} occurrences on "
                f"{len(token.lines)} lines ({compress_lines(token.lines)}); inferred to replace '{token.replacement}' "
                f"({token.evidence})",
                token.lines[-1],
            )
        )
    for role, kind, what in (
        ("chrome", "page_chrome", "web-page furniture (navigation, stamps, widgets)"),
        ("outside", "outside_body", "text that is not part of the plan"),
        ("toc", "table_of_contents", "table of contents (page numbers, not values)"),
    ):
        for first, last, count in _blocks(lines, role):
            findings.append(Finding(seed_file, first, kind, f"{count} lines of {what} excluded", last))
    replacements = {token.token_id: token.replacement for token in tokens}
    for line in lines:
        if line.role in ("body", "toc"):
            findings.extend(_line_findings(seed_file, line, normalized[line.number - 1], replacements))
    return findings


def _line_findings(seed_file: str, line: PlanLine, normalized: NormalizedLine, replacements: dict[str, str]) -> list[Finding]:
    """Normalisation findings for one line. Spam is described by token id, never by its text."""
    grouped: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for change in normalized.changes:
        if change.rule != "spam":
            grouped[change.rule].append((change.before, change.after))
    findings = []
    if line.spam_spans:
        ids = [token for _, _, token in line.spam_spans]
        described = ", ".join(f"{token} → '{replacements.get(token, '')}'" for token in sorted(set(ids)))
        findings.append(Finding(seed_file, line.number, "spam", f"{len(ids)} spam token(s) replaced: {described}"))
    for rule, changes in grouped.items():
        example_before, example_after = changes[0]
        findings.append(
            Finding(seed_file, line.number, rule, f"{len(changes)} × {RULE_DESCRIPTIONS[rule]}; e.g. {example_before!r} → {example_after!r}")
        )
    return findings


def _blocks(lines: Sequence[PlanLine], role: str) -> Iterator[tuple[int, int, int]]:
    """Runs of lines with ``role`` (blank lines between them do not break a run)."""
    first = last = None
    count = 0
    for line in lines:
        if line.role == role:
            if first is None:
                first = line.number
            last = line.number
            count += 1
        elif line.role != "blank" and first is not None:
            yield first, last, count
            first = last = None
            count = 0
    if first is not None:
        yield first, last, count


def compress_lines(numbers: Sequence[int]) -> str:
    """``[1, 2, 3, 7]`` → ``'1–3, 7'``."""
    parts = []
    numbers = sorted(set(numbers))
    start = previous = None
    for number in [*numbers, None]:
        if start is None:
            start = previous = number
        elif number is not None and number == previous + 1:
            previous = number
        else:
            parts.append(f"{start}" if start == previous else f"{start}–{previous}")
            start = previous = number
    return ", ".join(parts)
