"""Issue 17's rules on the real corpora: clean findings per 1,000 words, recall on planted slips.

    python benchmarks/qa_corpus.py [--corpus debian|blog|both] [--pairs N] [--seed S]
                                   [--show N] [--clean-only] [--cache-dir DIR] [--rule ID]

For a seeded sample of ``--pairs N`` pairs of each corpus (``0``: all of
them) of ``../shared/corpora`` (``debian-docs``: plain-text manuals, pairs
``en.txt``/``fr.txt`` beside a ``gold.json``; ``canada-blog``: the Jekyll
site, paired by ``find_pairs`` as ``check --pairs`` does), it measures:

1. *clean*: the findings of the issue-17 rules on the pairs as published,
   per 1,000 source words (the readable text of the English paragraphs that
   are not page chrome), errors and warnings apart from info. Their French
   is a human translation, so most findings are noise to read; the target is
   at most 0.5 error and warning findings per 1,000 words for the new rules
   together.
2. *recall*: one slip at a time planted in a copy of the French file, by
   the plant functions of ``PLANTS`` (a table: a rule of the issue adds its
   own entries); a plant is *found* when a finding of its rule that the
   clean report lacks points at the edited place. The target is 0.9 per kind.

Plants never touch what translint does not read as prose: front matter,
Liquid tags, HTML tags and character references, code spans, link targets
and URLs. The plants of now:

- ``doubled word`` (``repeated-word``): a lower-case word of a French
  paragraph written twice (not a word the language doubles on purpose);
- ``colon unspaced`` (``typography``): the space before a French colon
  (``&nbsp;``, a no-break or an ordinary one) removed;
- ``semicolon against convention`` (``typography``): in a text that follows
  ``fr-CA`` (no space before ``;``), an ordinary space put before a ``;``;
  in one that follows ``fr-FR``, the space before a ``;`` removed. Which
  convention a text follows is what ``typography = auto`` decides;
- ``link domain``, ``link path``, ``link digit``, ``bare URL``, ``phone
  digit`` (``link-mismatch``, ``PAIR_PLANTS``): a link target, bare URL or
  phone number of the French that the English has too, edited
  (``link_plants.py`` says how). These are planted in link targets on
  purpose: they are what the rule reads. A link finding with no target
  location covers the target paragraphs aligned with its source paragraph;
- ``paragraph left in English`` (``untranslated-paragraph``): a French text
  paragraph of a one-to-one group (Debian: ``gold.json``; blog: translint's
  alignment) whose English has 8 words or more, replaced by that English
  paragraph as written in the English file; ``at`` is where it starts;
- ``heading unmarked`` (``markup-mismatch``): a Markdown heading line of the
  French file loses its ``#`` markers (``## Titre`` -> ``Titre``); ``at`` is
  where the heading's text now starts;
- ``code span changed`` (``markup-mismatch``): a Markdown code span's
  content changed as a translation would change it (an ``e`` after its last
  letter, ``--help`` -> ``--helpe``). Neither corpus writes code spans, so it
  draws nothing today;
- ``deleted sentence`` (``missing-sentence``): a middle sentence of a French
  paragraph of three or more sentences (by translint's own splitter), wholly
  in prose, deleted with the spaces after it; ``at`` is where it was, inside
  the paragraph the finding's target location names whole. The paragraph is
  aligned one to one with an English one of as many sentences, so that the
  sentence deleted translates one of the original's.

The checks share a private analysis cache (a temporary folder unless
``--cache-dir``), so an edited copy only analyses its edited paragraph.
``--show N`` prints N misses, every clean error and warning finding of the
rules (to label), and a sample of N clean info findings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from link_plants import link_edits  # noqa: E402
from site_corpus import source_words  # noqa: E402

from translint import Options, align_files, check, read_one  # noqa: E402
from translint.analysis.typography import convention_for  # noqa: E402
from translint.lang import language  # noqa: E402
from translint.model import Finding, ParagraphKind, Report, Severity  # noqa: E402
from translint.rules import all_rules  # noqa: E402
from translint.site import find_pairs  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
# The rules of issue 17; those not registered yet are left out of the run.
ISSUE_17 = (
    "repeated-word",
    "typography",
    "link-mismatch",
    "untranslated-paragraph",
    "missing-sentence",
    "markup-mismatch",
    "negation-mismatch",
)
LOUD = (Severity.ERROR, Severity.WARNING)
# Rules whose findings name the edited paragraph rather than the edited characters:
# a link's finding points at its text, and the plant edits its target.
BY_PARAGRAPH = frozenset({"link-mismatch"})


@dataclass(frozen=True)
class Edit:
    """One planted slip: the edited French text and where the edit sits in it."""

    kind: str
    rule: str
    at: int  # offset in the edited text that a finding must cover
    before: str
    after: str
    text: str


@dataclass(frozen=True)
class Plant:
    """A kind of slip to plant: its name, the rule that should find it, and how."""

    kind: str
    rule: str
    plant: Callable[[str, Path, random.Random], Edit | None]


# --- What is not prose, in a French file as written -------------------------

FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+)[ \t]*\n", re.S)
NOT_PROSE = re.compile(
    r"\{%.*?%\}|\{\{.*?\}\}|\{:[^}\n]*\}"  # Liquid tags, kramdown attribute lists
    r"|<[^>]*>|&#?\w+;"  # HTML tags and character references
    r"|`[^`\n]*`"  # code spans
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # link targets and titles
    r"|[a-z][a-z0-9+.-]*://\S+|www\.\S+|\S+@\S+\.\w+",  # URLs and addresses
    re.S,
)
CODE_BLOCK = re.compile(r"^(?:```|~~~).*?^(?:```|~~~)[ \t]*$|^(?: {4}|\t).*$", re.M | re.S)


def prose_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that translint reads as prose, roughly: what is left
    after the front matter, code blocks, tags, code spans, link targets and URLs."""
    blocked: list[tuple[int, int]] = []
    front = FRONT_MATTER.match(text)
    if front:
        blocked.append(front.span())
    blocked += [m.span() for m in CODE_BLOCK.finditer(text)]
    blocked += [m.span() for m in NOT_PROSE.finditer(text)]
    blocked.sort()
    spans, position = [], 0
    for start, end in blocked:
        if start > position:
            spans.append((position, start))
        position = max(position, end)
    spans.append((position, len(text)))
    return spans


def in_prose(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of ``pattern`` lying wholly inside one stretch of prose."""
    found = []
    for start, end in prose_spans(text):
        found += [m for m in pattern.finditer(text, start, end)]
    return found


# --- The plants ---------------------------------------------------------------

WORD = re.compile(r"(?<![\w'’./#@=-])([a-zàâçéèêëîïôûùüÿœ]{2,})(?= [a-zàâçéèêëîïôûùüÿœ])")


def plant_doubled_word(french: str, path: Path, rng: random.Random) -> Edit | None:
    """A lower-case word followed by another written twice: « le le rapport »."""
    legitimate = language(read_one(path).lang or "").text.legitimate_doublings
    candidates = [m for m in in_prose(french, WORD) if m.group(1) not in legitimate]
    if not candidates:
        return None
    match = rng.choice(candidates)
    word, end = match.group(1), match.end(1)
    edited = french[:end] + " " + word + french[end:]
    return Edit("doubled word", "repeated-word", end + 1, word, f"{word} {word}", edited)


COLON = re.compile(r"(?<=\w)(&nbsp;|&#160;|&#xa0;|[\u00a0\u202f ])(?=:\s)", re.I)


def plant_colon_unspaced(french: str, path: Path, rng: random.Random) -> Edit | None:
    """The space before a French colon removed: « Résultat : » becomes « Résultat: »."""
    # The entity itself is markup, so match it over the whole text, then keep
    # the colons that sit in prose.
    colons = [m for m in COLON.finditer(french) if _prose_at(french, m.end())]
    if not colons:
        return None
    match = rng.choice(colons)
    start, end = match.span(1)
    edited = french[:start] + french[end:]
    return Edit("colon unspaced", "typography", start, match.group(1) + ":", ":", edited)


SEMICOLON_GLUED = re.compile(r"(?<=\w);(?=\s)")
SEMICOLON_SPACED = re.compile(r"(?<=\w)(&nbsp;|&#8239;|&#x202f;|[\u00a0\u202f ]);(?=\s)", re.I)


def plant_semicolon(french: str, path: Path, rng: random.Random) -> Edit | None:
    """A ``;`` spaced against the text's convention: a space added (fr-CA) or removed (fr-FR)."""
    document = read_one(path)
    conventions = language(document.lang or "").typography
    contents = [p.content for p in document.paragraphs]
    convention = convention_for(document.path, contents, conventions)
    if convention is None:
        return None
    wants_none = any(s.mark == ";" and "" in s.spaces for s in convention.marks)
    if wants_none:
        glued = [m for m in SEMICOLON_GLUED.finditer(french) if _prose_at(french, m.start())]
        if not glued:
            return None
        at = rng.choice(glued).start()
        edited = french[:at] + " " + french[at:]
        return Edit("semicolon against convention", "typography", at + 1, ";", " ;", edited)
    spaced = [m for m in SEMICOLON_SPACED.finditer(french) if _prose_at(french, m.end(1))]
    if not spaced:
        return None
    match = rng.choice(spaced)
    start, end = match.span(1)
    edited = french[:start] + french[end:]
    kind = "semicolon against convention"
    return Edit(kind, "typography", start, match.group(1) + ";", ";", edited)


def _prose_at(text: str, at: int) -> bool:
    return any(start <= at < end for start, end in prose_spans(text))


# --- untranslated-paragraph ---------------------------------------------------

ENGLISH_WORDS = 8  # words of the English paragraph planted: a sentence, not a label


def plant_untranslated(french: str, path: Path, rng: random.Random) -> Edit | None:
    """A French paragraph replaced by its English original, as written in the English file.

    The pair's alignment is the human one (``gold.json``) for Debian, else
    translint's own (the clean check's); only one-to-one groups of two text
    paragraphs count, whose English has ``ENGLISH_WORDS`` words or more and
    differs from the French. ``at`` is where the replaced text starts.
    """
    source = _source_of(path)
    if source is None:
        return None
    report = align_files(source, path, Options())
    english, target = report.source_document, report.target_document
    assert english is not None and target is not None
    candidates = []
    for group in _groups_of(path, report):
        if len(group[0]) != 1 or len(group[1]) != 1:
            continue
        original, translation = english.paragraphs[group[0][0]], target.paragraphs[group[1][0]]
        if {original.kind, translation.kind} != {ParagraphKind.TEXT}:
            continue
        if len(original.content.split()) < ENGLISH_WORDS or original.text == translation.text:
            continue
        if french[translation.start : translation.end] != translation.text:
            continue  # the document's text is not the file's here (decoded, normalised)
        candidates.append((original, translation))
    if not candidates:
        return None
    original, translation = rng.choice(candidates)
    at = translation.start
    edited = french[:at] + original.text + french[translation.end :]
    kind = "paragraph left in English"
    return Edit(kind, "untranslated-paragraph", at, translation.text, original.text, edited)


def _groups_of(path: Path, report: Report) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The human alignment beside a Debian pair (``gold.json``), else translint's."""
    gold = path.parent / "gold.json"
    if gold.is_file():
        return [(tuple(s), tuple(t)) for s, t in json.loads(gold.read_text("utf-8"))]
    return [(g.source, g.target) for g in report.alignment]


def _source_of(target: Path) -> Path | None:
    """The English file of a corpus's French file: ``en.txt`` beside it, or its blog pair."""
    beside = target.parent / "en.txt"
    if beside.is_file():
        return beside
    return _blog_sources().get(target)


@cache
def _blog_sources() -> dict[Path, Path]:
    return {t: s for s, t in blog_pairs(CORPORA / "canada-blog")}


# --- markup-mismatch's plants -------------------------------------------------

HEADING_LINE = re.compile(r"^(#{1,6})[ \t]+(?=[^#\s])", re.M)


def plant_heading_unmarked(french: str, path: Path, rng: random.Random) -> Edit | None:
    """A Markdown heading's markers removed: ``## Titre`` becomes ``Titre``, plain text
    (or, without a blank line after it, the first line of the next paragraph)."""
    if path.suffix not in (".md", ".markdown"):
        return None
    front = FRONT_MATTER.match(french)
    body = front.end() if front else 0
    blocked = [m.span() for m in CODE_BLOCK.finditer(french)]
    headings = [
        m
        for m in HEADING_LINE.finditer(french, body)
        if not any(start <= m.start() < end for start, end in blocked)
    ]
    if not headings:
        return None
    match = rng.choice(headings)
    start, end = match.span()
    edited = french[:start] + french[end:]
    line = french[end : french.find("\n", end) if "\n" in french[end:] else len(french)]
    return Edit("heading unmarked", "markup-mismatch", start, match.group() + line, line, edited)


CODE_SPAN = re.compile(r"(?<!`)`([^`\n]*[A-Za-z][^`\n]*)`(?!`)")


def plant_code_changed(french: str, path: Path, rng: random.Random) -> Edit | None:
    """A code span's content changed as a translation would: ``--help`` -> ``--helpe``
    (an ``e`` after its last letter). Neither corpus writes code spans today."""
    if path.suffix not in (".md", ".markdown"):
        return None
    front = FRONT_MATTER.match(french)
    body = front.end() if front else 0
    blocked = [m.span() for m in CODE_BLOCK.finditer(french)]
    spans = [
        m
        for m in CODE_SPAN.finditer(french, body)
        if not any(start <= m.start() < end for start, end in blocked)
    ]
    if not spans:
        return None
    match = rng.choice(spans)
    code = match.group(1)
    last = max(k for k, ch in enumerate(code) if ch.isalpha()) + 1
    changed = code[:last] + "e" + code[last:]
    at = match.start(1)
    edited = french[:at] + changed + french[match.end(1) :]
    return Edit("code span changed", "markup-mismatch", at, code, changed, edited)


# --- missing-sentence (translint.rules.sentences) -----------------------------

# Sentences a paragraph needs for its middle one to be deleted.
PLANT_SENTENCES = 3


def plant_deleted_sentence(french: str, path: Path, rng: random.Random) -> Edit | None:
    """A middle sentence of a French paragraph of three or more sentences deleted, with
    the spaces after it: the partial translation. Only a sentence wholly in prose, and a
    paragraph whose sentences are all wholly in prose, are chosen.

    The paragraph must be aligned one to one with an English paragraph of as many
    sentences (Debian: the human alignment, ``gold.json``; blog: translint's own), so
    that the deleted sentence translates one of the original's: deleting a sentence
    the translator added leaves nothing of the original missing, and no rule could
    find it. The sentence alignment the rule reads is not consulted.
    """
    from translint.analysis.sentences import sentence_spans
    from translint.model import ParagraphKind

    source = _source_of(path)
    if source is None:
        return None
    report = align_files(source, path, Options())
    english, document = report.source_document, report.target_document
    assert english is not None and document is not None and document.lang is not None
    assert english.lang is not None
    spans = prose_spans(french)
    candidates = []
    for ours, theirs in _groups_of(path, report):
        if len(ours) != 1 or len(theirs) != 1:
            continue
        paragraph = document.paragraphs[theirs[0]]
        if paragraph.kind not in (ParagraphKind.TEXT, ParagraphKind.ITEM):
            continue
        found = sentence_spans(paragraph.content, document.lang)
        original = sentence_spans(english.paragraphs[ours[0]].content, english.lang)
        if len(found) < PLANT_SENTENCES or len(original) != len(found):
            continue
        if french[paragraph.start : paragraph.end] != paragraph.text:
            continue  # the document's text is not the file's here (decoded, normalised)
        placed = [paragraph.text_span(a, b) for a, b in found]
        starts = [paragraph.start + a for a, _ in placed]
        for k in range(1, len(found) - 1):
            start, end = starts[k], starts[k + 1]
            if any(a <= start and end <= b for a, b in spans):
                candidates.append((start, end))
    if not candidates:
        return None
    start, end = rng.choice(candidates)
    edited = french[:start] + french[end:]
    return Edit("deleted sentence", "missing-sentence", start, french[start:end], "", edited)


# --- negation-mismatch plants (branch negation) --------------------------------

# A French two-part negation on one line of prose: the particle, at most three
# words, and its completion (« ne fonctionne pas », « n'a jamais », « ne … plus »),
# not a restrictive « plus que ».
TWO_PART = re.compile(
    r"(?<![\w'’-])(?P<ne>ne |n['’])(?P<verb>[^\W\d_]+(?:['’ -][^\W\d_]+){0,2}?)"
    r"(?P<gap> )(?P<completion>pas|jamais|plus)\b(?![-'’])(?! que\b| qu['’])"
)


def plant_negation_removed(french: str, path: Path, rng: random.Random) -> Edit | None:
    """A negation taken out of a French sentence: « ne fonctionne pas » becomes « ne
    fonctionne » or, half the time, « fonctionne »."""
    candidates = in_prose(french, TWO_PART)
    if not candidates:
        return None
    match = rng.choice(candidates)
    before = match.group()
    if rng.random() < 0.5:
        edited = french[: match.start("gap")] + french[match.end("completion") :]
        after = before[: match.start("gap") - match.start()]
        kind, at = "negation removed", match.start("gap")
    else:
        edited = (
            french[: match.start("ne")]
            + french[match.start("verb") : match.start("gap")]
            + french[match.end("completion") :]
        )
        after = match.group("verb")
        kind, at = "negation removed with its ne", match.start("ne")
    return Edit(kind, "negation-mismatch", at, before, after, edited)


PLANTS = (
    Plant("doubled word", "repeated-word", plant_doubled_word),
    Plant("colon unspaced", "typography", plant_colon_unspaced),
    Plant("semicolon against convention", "typography", plant_semicolon),
    # untranslated-paragraph
    Plant("paragraph left in English", "untranslated-paragraph", plant_untranslated),
    # markup-mismatch
    Plant("heading unmarked", "markup-mismatch", plant_heading_unmarked),
    Plant("code span changed", "markup-mismatch", plant_code_changed),
    # missing-sentence
    Plant("deleted sentence", "missing-sentence", plant_deleted_sentence),
    # negation-mismatch (branch negation)
    Plant("negation removed", "negation-mismatch", plant_negation_removed),
)


@dataclass(frozen=True)
class PairPlant:
    """A kind of slip planted from both files (a link of the French that the English
    has too): several edits per pair, each in its own copy."""

    rule: str
    plant: Callable[[str, str, random.Random], Iterator[Edit]]


def plant_links(french: str, english: str, rng: random.Random) -> Iterator[Edit]:
    """A link target's host, path segment or digit changed, a bare URL edited, a phone
    number's digit changed (``link_plants.py``)."""
    for edit in link_edits(french, english, rng):
        yield Edit(edit.kind, "link-mismatch", edit.start, edit.before, edit.after, edit.text)


PAIR_PLANTS = (PairPlant("link-mismatch", plant_links),)


# --- Running ------------------------------------------------------------------


def debian_pairs(root: Path) -> list[tuple[Path, Path]]:
    return [(g.parent / "en.txt", g.parent / "fr.txt") for g in sorted(root.glob("*/*/gold.json"))]


def blog_pairs(root: Path) -> list[tuple[Path, Path]]:
    return sorted(find_pairs(root).pairs)


CORPUS_READERS = {
    "debian": (CORPORA / "debian-docs", debian_pairs),
    "blog": (CORPORA / "canada-blog", blog_pairs),
}


@dataclass
class Tally:
    """What one corpus gave: words, clean findings, planted and found slips."""

    words: int = 0
    pairs: int = 0
    clean: Counter[tuple[str, bool]] | None = None  # (rule, loud) -> findings
    tried: Counter[str] | None = None
    found: Counter[str] | None = None

    def __post_init__(self) -> None:
        self.clean, self.tried, self.found = Counter(), Counter(), Counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["debian", "blog", "both"], default="both")
    parser.add_argument("--pairs", type=int, default=15, help="pairs per corpus (0: all)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--clean-only", action="store_true", help="no plants, clean findings only")
    parser.add_argument("--cache-dir", type=Path, help="analysis cache (default: a temporary one)")
    parser.add_argument("--rule", action="append", help="run only this rule (repeatable)")
    args = parser.parse_args()
    cache = args.cache_dir or Path(tempfile.mkdtemp(prefix="qa-corpus-cache-"))
    os.environ["TRANSLINT_CACHE_DIR"] = str(cache)
    rules = frozenset(r for r in ISSUE_17 if r in all_rules() and r in (args.rule or ISSUE_17))
    options = Options(select=rules)
    started = time.perf_counter()
    print(f"rules: {', '.join(sorted(rules))}; pairs per corpus: {args.pairs or 'all'}", end="")
    print(f"; seed {args.seed}")
    names = ["debian", "blog"] if args.corpus == "both" else [args.corpus]
    total = Tally()
    loud_lines: list[str] = []
    info_lines: list[str] = []
    misses: list[str] = []
    for name in names:
        root, reader = CORPUS_READERS[name]
        pairs = reader(root)
        rng = random.Random(args.seed)
        if args.pairs:
            pairs = rng.sample(pairs, min(args.pairs, len(pairs)))
        tally = Tally()
        for source, target in pairs:
            clean = check(source, target, options)
            label = f"{name}:{target.parent.name}/{target.name}"
            tally.pairs += 1
            tally.words += source_words(clean)
            for finding in clean.findings:
                loud = finding.severity in LOUD
                tally.clean[(finding.rule, loud)] += 1
                (loud_lines if loud else info_lines).append(shown(label, clean, finding))
            if not args.clean_only:
                for edit in plants(source, target, rng, rules):
                    tally.tried[edit.kind] += 1
                    if caught(edit, source, target, clean, options):
                        tally.found[edit.kind] += 1
                    else:
                        misses.append(f"  [{label}] {edit.kind}: {edit.before!r} -> {edit.after!r}")
        print_tally(name, tally, rules)
        merge(total, tally)
    if len(names) > 1:
        print_tally("both", total, rules)
    print(f"\n{time.perf_counter() - started:.0f} s")
    print(f"\nmisses ({min(args.show, len(misses))} of {len(misses)}):")
    print("\n".join(misses[: args.show]))
    print(f"\nclean errors and warnings ({len(loud_lines)}):")
    print("\n".join(loud_lines))
    sample = random.Random(args.seed).sample(info_lines, min(args.show, len(info_lines)))
    print(f"\nclean info, a sample ({len(sample)} of {len(info_lines)}):")
    print("\n".join(sample))


def plants(source: Path, target: Path, rng: random.Random, rules: frozenset[str]) -> Iterator[Edit]:
    french = target.read_text("utf-8")
    for entry in PLANTS:
        if entry.rule in rules:
            edit = entry.plant(french, target, rng)
            if edit is not None:
                yield edit
    english = source.read_text("utf-8")
    for pair_entry in PAIR_PLANTS:
        if pair_entry.rule in rules:
            yield from pair_entry.plant(french, english, rng)


def caught(edit: Edit, source: Path, target: Path, clean: Report, options: Options) -> bool:
    """Whether the edited pair has a new finding of the plant's rule covering the edit."""
    with tempfile.TemporaryDirectory() as folder:
        edited = Path(folder) / target.name
        edited.write_text(edit.text, "utf-8")
        report = check(source, edited, options)
    before = {_key(f) for f in clean.findings}
    document = report.target_document
    assert document is not None
    for finding in report.findings:
        if finding.rule != edit.rule or _key(finding) in before:
            continue
        for index, start, end in _places(finding, report):
            paragraph = document.paragraphs[index]
            if paragraph.start + start <= edit.at < paragraph.start + max(end, start + 1):
                return True
    return False


def _places(finding: Finding, report: Report) -> list[tuple[int, int, int]]:
    """``(target paragraph, start, end)`` of what a finding names: its ``places``
    (typography), else its target span, else (a link with no counterpart at all) the
    whole target paragraphs aligned with its source paragraph."""
    document = report.target_document
    assert document is not None
    target = finding.target
    if target is None or finding.rule in BY_PARAGRAPH:
        if target is not None:
            return [(target.paragraph, 0, len(document.paragraphs[target.paragraph].text))]
        if finding.source is None:
            return []
        groups = {i: g for g in report.alignment for i in g.source}
        group = groups.get(finding.source.paragraph)
        aligned = group.target if group is not None else ()
        return [(j, 0, len(document.paragraphs[j].text)) for j in aligned]
    places = dict(finding.args).get("places")
    if isinstance(places, str):
        spans = [p.split("-") for p in places.split()]
        return [(target.paragraph, int(a), int(b)) for a, b in spans]
    start = target.start or 0
    length = len(document.paragraphs[target.paragraph].text)
    return [(target.paragraph, start, target.end if target.end is not None else length)]


def _key(finding: Finding) -> tuple[object, ...]:
    where = finding.target.paragraph if finding.target else None
    return (finding.rule, finding.message, where, finding.args)


def shown(label: str, report: Report, finding: Finding) -> str:
    """A finding and the text around where it points: in the target, else in the source."""
    where, document = finding.target, report.target_document
    if where is None:
        where, document = finding.source, report.source_document
    assert document is not None and where is not None
    text = document.paragraphs[where.paragraph].text
    start = where.start or 0

    document = report.target_document
    assert document is not None
    if finding.target is None:  # a finding on the original alone (a sentence not translated)
        return f"  [{label}] {finding.rule} {finding.severity.value}: {finding.message}"
    text = document.paragraphs[finding.target.paragraph].text
    start = finding.target.start or 0
    context = " ".join(text[max(0, start - 70) : start + 70].split())
    return (
        f"  [{label}] {finding.rule} {finding.severity.value}: {finding.message}\n      «{context}»"
    )


def merge(total: Tally, tally: Tally) -> None:
    total.words += tally.words
    total.pairs += tally.pairs
    for mine, theirs in ((total.clean, tally.clean), (total.tried, tally.tried)):
        assert mine is not None and theirs is not None
        mine.update(theirs)
    assert total.found is not None and tally.found is not None
    total.found.update(tally.found)


def print_tally(name: str, tally: Tally, rules: frozenset[str]) -> None:
    assert tally.clean is not None and tally.tried is not None and tally.found is not None
    words = max(tally.words, 1)
    print(f"\n== {name}: {tally.pairs} pairs, {tally.words} source words")
    print(f"  {'rule':24} {'err+warn':>9} {'/1000w':>7} {'info':>6} {'/1000w':>7}")
    for rule in sorted(rules):
        loud, quiet = tally.clean[(rule, True)], tally.clean[(rule, False)]
        print(
            f"  {rule:24} {loud:9} {1000 * loud / words:7.2f} {quiet:6} {1000 * quiet / words:7.2f}"
        )
    loud = sum(n for (_, is_loud), n in tally.clean.items() if is_loud)
    print(f"  {'all, errors+warnings':24} {loud:9} {1000 * loud / words:7.2f}  (target <= 0.50)")
    for kind in sorted(tally.tried):
        tried, found = tally.tried[kind], tally.found[kind]
        print(f"  recall {kind:29} {found / tried:5.2f} ({found}/{tried})  (target >= 0.90)")


if __name__ == "__main__":
    main()
