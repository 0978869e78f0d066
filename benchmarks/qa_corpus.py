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
  convention a text follows is what ``typography = auto`` decides.

The checks share a private analysis cache (a temporary folder unless
``--cache-dir``), so an edited copy only analyses its edited paragraph.
``--show N`` prints N misses, every clean error and warning finding of the
rules (to label), and a sample of N clean info findings.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_corpus import source_words  # noqa: E402

from translint import Options, check, read_one  # noqa: E402
from translint.analysis.typography import convention_for  # noqa: E402
from translint.lang import language  # noqa: E402
from translint.model import Finding, Report, Severity  # noqa: E402
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


# --- missing-sentence (translint.rules.sentences) -----------------------------

# Sentences a paragraph needs for its middle one to be deleted.
PLANT_SENTENCES = 3


def plant_deleted_sentence(french: str, path: Path, rng: random.Random) -> Edit | None:
    """A middle sentence of a French paragraph of three or more sentences deleted, with
    the spaces after it: the partial translation. Only a sentence wholly in prose,
    and a paragraph whose sentences are all wholly in prose, are chosen."""
    from translint.analysis.sentences import sentence_spans
    from translint.model import ParagraphKind

    document = read_one(path)
    assert document.lang is not None
    spans = prose_spans(french)
    candidates = []
    for paragraph in document.paragraphs:
        if paragraph.kind not in (ParagraphKind.TEXT, ParagraphKind.ITEM):
            continue
        found = sentence_spans(paragraph.content, document.lang)
        if len(found) < PLANT_SENTENCES:
            continue
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
    Plant("deleted sentence", "missing-sentence", plant_deleted_sentence),
    # negation-mismatch (branch negation)
    Plant("negation removed", "negation-mismatch", plant_negation_removed),
)


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
                for edit in plants(target, rng, rules):
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


def plants(target: Path, rng: random.Random, rules: frozenset[str]) -> Iterator[Edit]:
    french = target.read_text("utf-8")
    for entry in PLANTS:
        if entry.rule in rules:
            edit = entry.plant(french, target, rng)
            if edit is not None:
                yield edit


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
        if finding.rule != edit.rule or _key(finding) in before or finding.target is None:
            continue
        paragraph = document.paragraphs[finding.target.paragraph]
        for start, end in _places(finding, len(paragraph.text)):
            if paragraph.start + start <= edit.at < paragraph.start + max(end, start + 1):
                return True
    return False


def _places(finding: Finding, length: int) -> list[tuple[int, int]]:
    """The spans of its paragraph a finding names: its ``places`` (typography), else its target."""
    places = dict(finding.args).get("places")
    if isinstance(places, str):
        return [(int(a), int(b)) for a, b in (p.split("-") for p in places.split())]
    assert finding.target is not None
    start = finding.target.start or 0
    return [(start, finding.target.end if finding.target.end is not None else length)]


def _key(finding: Finding) -> tuple[object, ...]:
    where = finding.target.paragraph if finding.target else None
    return (finding.rule, finding.message, where, finding.args)


def shown(label: str, report: Report, finding: Finding) -> str:
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
