"""Ingest one seed: decode, detect spam, normalise, find the body, identify the city, log findings.

The result, a :class:`PlanDocument`, is the text layer every later stage reads. Its lines keep
their original numbers and text; ``text`` is the normalised form used for parsing, and
:meth:`PlanLine.quote` turns any span of it back into a verbatim piece of the original line
that never contains spam.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.ingest.body import Body, locate_body
from analysis.ingest.contamination import SpamHit, SpamToken, find_spam, infer_replacements
from analysis.ingest.decode import DecodedText, read_seed
from analysis.ingest.markup import MarkupState, Segment, is_html_page, segments
from analysis.ingest.normalize import RULE_DESCRIPTIONS, NormalizedLine, normalize_line
from analysis.gazetteer import gazetteer
from analysis.ingest.place import PlaceEvidence, document_context, identify_place
from analysis.ingest.wrap import join, runs
from analysis.quality import Finding


#: Stands in for a spam token while the body is located (a neutral ideograph: "some").
PLACEHOLDER = "某"


@dataclass(frozen=True)
class PlanLine:
    """One line of text: its physical line in the file, the original text of that line, the
    normalised text and the map between them.

    A saved HTML page can hold several paragraphs or table rows on one physical line; each
    becomes a line of its own here (``index`` is its position in the document), sharing the
    physical ``number`` and mapping into the same ``original`` line.
    """

    number: int
    original: str
    text: str
    offsets: tuple[int, ...]
    role: str
    spam_spans: tuple[tuple[int, int, str], ...] = ()  # (start, end, token id) in the original line
    index: int = 0
    #: A logical line: a sentence broken across physical lines (:mod:`analysis.ingest.wrap`) is one line, ``joined``
    #: (the physical lines' text, joined at the breaks), and ``offsets`` point into it; ``parts`` says where each
    #: physical line starts in it: (start in ``joined``, physical line number, characters of that line left out
    #: before it: an indent). ``original`` stays the text of the physical line ``number`` (the first).
    joined: str | None = None
    parts: tuple[tuple[int, int, int], ...] = ()

    @property
    def source(self) -> str:
        """The text ``offsets`` point into: the physical line, or the joined text of a logical line."""
        return self.original if self.joined is None else self.joined

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the original line (to ``source``)."""
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        """The verbatim original text behind a normalised span."""
        a, b = self.original_span(start, end)
        return self.source[a:b]

    def quote(self, start: int, end: int) -> str:
        """A verbatim substring of the original line covering the normalised span, free of spam.

        If a spam token lies inside the span, the quote starts after the last such token (the
        value itself is never spam, so it stays inside the quote). In a logical line the quote is
        the span's piece on the physical line where its number stands (:meth:`locate`).
        """
        a, b = self.original_span(start, end)
        for spam_start, spam_end, _ in self.spam_spans:
            if spam_start < b and spam_end > a:
                a = max(a, spam_end)
        if self.parts:
            a, b = self._clip(a, b)
        return self.source[a:b].strip()

    def locate(self, start: int, end: int) -> tuple[int, int, int, str]:
        """Where a normalised span stands in the file: (physical line number, start and end in that physical line,
        the verbatim text). In a logical line that is the physical line where the span's last number starts (the value;
        a span without a digit: its last character), and the span is cut to that line."""
        a, b = self.original_span(start, end)
        if not self.parts:
            return self.number, a, b, self.original[a:b]
        a, b = self._clip(a, b)
        at, number, shift = self._part(a)
        return number, a - at + shift, b - at + shift, self.source[a:b]

    def quote_at(self, start: int, end: int, at: int) -> tuple[int, str]:
        """The physical line of normalised position ``at`` (a word the row is about) and the quote of the normalised
        span ``[start, end)`` cut to that line (a clause of a logical line can run over a line break)."""
        if not self.parts:
            return self.number, self.quote(start, end)
        a, b = self.original_span(start, end)
        part_start, number, _ = self._part(self.offsets[at])
        following = [part[0] for part in self.parts if part[0] > part_start]
        return number, self.source[max(a, part_start) : min(b, following[0] if following else len(self.source))].strip()

    def physical(self, number: int) -> str:
        """The text of physical line ``number`` in this line (all of it for a line that is one physical line)."""
        if not self.parts:
            return self.original
        starts = [part[0] for part in self.parts] + [len(self.source)]
        at = next((i for i, part in enumerate(self.parts) if part[1] == number), 0)
        return self.source[starts[at] : starts[at + 1]]

    def _part(self, position: int) -> tuple[int, int, int]:
        """The part (physical line) of ``joined`` a position is in."""
        chosen = self.parts[0]
        for part in self.parts:
            if part[0] <= position:
                chosen = part
        return chosen

    def _clip(self, a: int, b: int) -> tuple[int, int]:
        """``[a, b)`` of ``joined`` cut to the physical line where its last number starts (else of its last character)."""
        if a >= b:
            return a, b
        text = self.source
        anchor = next((i for i in range(b - 1, a - 1, -1) if text[i].isdigit()), b - 1)
        while anchor > a and text[anchor].isdigit() and (text[anchor - 1].isdigit() or text[anchor - 1] == "."):
            anchor -= 1  # back to the first digit of that number: a number cut in two stands where it starts
        at = self._part(anchor)[0]
        following = [part[0] for part in self.parts if part[0] > at]
        return max(a, at), min(b, following[0] if following else b)


@dataclass(frozen=True)
class PlanDocument:
    """A seed after ingestion."""

    seed_file: str
    encoding: str
    lines: tuple[PlanLine, ...]
    body: Body
    place: PlaceEvidence | None
    spam_tokens: tuple[SpamToken, ...]
    findings: tuple[Finding, ...]
    html: bool = False
    #: CPU seconds decoding and ingesting the text took (the extraction budget counts them too).
    ingest_seconds: float = 0.0

    def body_lines(self) -> Iterator[PlanLine]:
        """Lines of the plan body that carry text (not chrome, not table of contents, not blank)."""
        return (line for line in self.lines if line.role == "body")

    @property
    def first_line(self) -> int:
        """Physical number of the first line of the body."""
        return self.lines[self.body.first].number

    @property
    def last_line(self) -> int:
        return self.lines[self.body.last].number

    @property
    def title_line(self) -> int:
        return self.lines[self.body.title].number

    @property
    def title(self) -> str:
        return self.lines[self.body.title].text.strip()


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
    state = MarkupState()
    pieces: list[tuple[int, Segment]] = [(number, segment) for number, line in enumerate(originals, 1) for segment in segments(line, state)]

    def normalised(replacement_of: dict[str, str]) -> list[NormalizedLine]:
        return [_normalise(originals[number - 1], segment, hits_by_line.get(number, ()), replacement_of) for number, segment in pieces]

    # Before we know what spam replaced, a neutral placeholder keeps line shapes for body location,
    # and removal keeps spam from voting for the place.
    normalized = normalised({token.token_id: PLACEHOLDER for token in tokens})
    located = [line.text for line in normalized]
    body = locate_body(located, [segment.hidden for _, segment in pieces])
    numbers = [number for number, _ in pieces]
    html_page = is_html_page(text)
    # a sentence broken across physical lines is one logical line (analysis.ingest.wrap), for the place too
    piece_originals = [originals[number - 1] for number in numbers]
    wrapped = [] if html_page else runs(body.roles, numbers, located, piece_originals, [bool(hits_by_line.get(number)) for number in numbers], body.title)
    for run in wrapped:
        located[run[0]] = normalize_line(join(piece_originals, numbers, run)[0]).text
        for at in run[1:]:
            located[at] = ""
    with document_context("\n".join(located).replace(PLACEHOLDER, "")):
        place = identify_place(
            [(numbers[i], located[i].replace(PLACEHOLDER, "")) for i in range(body.first, body.last + 1) if body.roles[i] in ("body", "toc") and located[i]],
            numbers[body.title],
        )
    if tokens:
        if place is not None and place.place.level != "nation":
            names = [p.short for p in gazetteer() if p.level in ("province", "prefecture")]
            tokens = infer_replacements(text, tokens, hits, place.place.short, [text, *corpus], names)
        normalized = normalised({token.token_id: token.replacement for token in tokens})
    lines = [
        PlanLine(
            number=number,
            original=originals[number - 1],
            text=normalized[index].text,
            offsets=normalized[index].offsets,
            role=body.roles[index],
            spam_spans=tuple((h.start, h.end, h.token_id) for h in hits_by_line.get(number, ()) if segment.start <= h.start < max(segment.end, segment.start + 1)),
            index=index,
        )
        for index, (number, segment) in enumerate(pieces)
    ]
    if wrapped:
        lines, normalized = logical_lines(lines, normalized, wrapped)
    findings = _findings(seed_file, decoded, lines, normalized, body, place, tokens, html_page, len(originals))
    return PlanDocument(seed_file, decoded.encoding, tuple(lines), body, place, tuple(tokens), tuple(findings), html_page)


def logical_lines(lines: Sequence[PlanLine], normalized: Sequence[NormalizedLine], found: Sequence[Sequence[int]]) -> tuple[list[PlanLine], list[NormalizedLine]]:
    """Join the runs of physical lines that continue one another (:func:`analysis.ingest.wrap.runs`) into logical
    lines. The first line of a run gets the joined text (normalised anew, so a number and its unit on two lines read
    as one), ``joined`` and ``parts``; the others become blank lines. Lines keep their indices and numbers."""
    lines, normalized = list(lines), list(normalized)
    originals = [line.original for line in lines]
    numbers = [line.number for line in lines]
    for run in found:
        joined, parts = join(originals, numbers, run)
        normal = normalize_line(joined)
        lines[run[0]] = replace(lines[run[0]], text=normal.text, offsets=normal.offsets, joined=joined, parts=parts)
        normalized[run[0]] = normal
        for at in run[1:]:
            end = len(lines[at].original)
            lines[at] = replace(lines[at], text="", offsets=(end,), role="blank")
            normalized[at] = NormalizedLine(lines[at].original, "", (end,), ())
    return lines, normalized


def _normalise(original: str, segment: Segment, hits: Sequence[SpamHit], replacement_of: dict[str, str]) -> NormalizedLine:
    """Normalise one segment of a physical line; offsets point into the whole physical line."""
    spam = [(h.start, h.end, replacement_of.get(h.token_id, "")) for h in hits if segment.start <= h.start < segment.end]
    markup = [r for r in segment.replacements if not any(a < r[1] and r[0] < b for a, b, _ in spam)]
    if segment.start == 0 and segment.end == len(original) and not markup and not spam:
        return normalize_line(original)
    piece = original[segment.start : segment.end]
    shift = segment.start
    normal = normalize_line(
        piece,
        [(a - shift, b - shift, new) for a, b, new in spam],
        [(a - shift, b - shift, new) for a, b, new in markup],
    )
    return NormalizedLine(original, normal.text, tuple(offset + shift for offset in normal.offsets), normal.changes)


def _findings(
    seed_file: str,
    decoded: DecodedText,
    lines: Sequence[PlanLine],
    normalized: Sequence[NormalizedLine],
    body: Body,
    place: PlaceEvidence | None,
    tokens: Sequence[SpamToken],
    html_page: bool,
    n_physical: int,
) -> list[Finding]:
    first, last, title = lines[body.first].number, lines[body.last].number, lines[body.title].number
    findings = [
        Finding(seed_file, None, "encoding", f"decoded as {decoded.encoding} ({decoded.n_bytes} bytes, {n_physical} lines)"),
        Finding(seed_file, first, "plan_body", f"plan body is lines {first}–{last}; title on line {title}", last),
    ]
    if html_page:
        findings.append(Finding(seed_file, None, "markup", f"saved HTML page: tags removed, block tags read as line ends, table cells as cells ({len(lines)} text lines from {n_physical} physical lines)"))
    if place is not None:
        findings.append(Finding(seed_file, place.line, "place_identified", place.describe()))
    else:
        findings.append(Finding(seed_file, None, "place_unknown", "no plan title, cited plan title, issuing body or scope words name the plan's place: entity is 'unknown'"))
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
        ("chrome", "page_chrome", "web-page furniture (navigation, stamps, widgets, markup)"),
        ("outside", "outside_body", "text that is not part of the plan"),
        ("toc", "table_of_contents", "table of contents (page numbers, not values)"),
    ):
        for block_first, block_last, count in _blocks(lines, role):
            findings.append(Finding(seed_file, block_first, kind, f"{count} lines of {what} excluded", block_last))
    replacements = {token.token_id: token.replacement for token in tokens}
    for line in lines:
        if line.role in ("body", "toc"):
            findings.extend(_line_findings(seed_file, line, normalized[line.index], replacements))
    return findings


def _line_findings(seed_file: str, line: PlanLine, normalized: NormalizedLine, replacements: dict[str, str]) -> list[Finding]:
    """Normalisation findings for one line. Spam is described by token id, never by its text."""
    grouped: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for change in normalized.changes:
        if change.rule not in ("spam", "markup"):
            grouped[change.rule].append((change.before, change.after, change.start))
    findings = []
    if line.spam_spans:
        ids = [token for _, _, token in line.spam_spans]
        described = ", ".join(f"{token} → '{replacements.get(token, '')}'" for token in sorted(set(ids)))
        findings.append(Finding(seed_file, line.number, "spam", f"{len(ids)} spam token(s) replaced: {described}"))
    for rule, changes in grouped.items():
        example_before, example_after, at = changes[0]
        number = line._part(at)[1] if line.parts else line.number  # a logical line: the physical line of the example
        findings.append(
            Finding(seed_file, number, rule, f"{len(changes)} × {RULE_DESCRIPTIONS[rule]}; e.g. {example_before!r} → {example_after!r}")
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
