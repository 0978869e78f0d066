"""Recall of the name rules on real pairs whose French side got a misspelt or swapped name.

    python benchmarks/names_corpus.py [CORPORA] [--pairs N] [--seed S] [--variants K] [--show N]

The Debian pairs of ../shared/corpora are clean, so a name the translator
copied is a name the checker should defend. For a seeded sample of pairs this
finds names written identically in an English paragraph and its gold-aligned
French paragraph, by two finders so that the test is not only of names the
recogniser already sees:

- translint's own entities of the English paragraph (``entities_of``, via
  the analysis), and
- a shape finder: words in capitals (``GIMP``, ``VT100``) and capitalised
  words that are not dictionary words (``Debian``, ``Emacs``), outside code.

Each variant changes one French occurrence of one such name, as a translator
might: a typo (one letter substituted by a keyboard neighbour, dropped,
doubled, or two letters transposed), or a swap with another name of the same
kind from the same document. The full check then runs on the original English
against the edited French; the edit is *found* when a new name finding
(``name-mismatch``, ``entity-missing``, ``name-inconsistent`` or
``glossary-term``, absent from the clean pair's report) points at the edited
span of the French paragraph or at the name in the aligned English paragraph.

Defaults: 30 pairs, 4 variants each, seed 1. The name rules were tuned on
seed 1; other seeds draw other pairs and edits, held back from that tuning.
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
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import translint.analysis  # noqa: E402
from translint import Options, check, read_pair  # noqa: E402
from translint.analysis.nlp import is_dictionary_word  # noqa: E402
from translint.model import AnalysedDocument, Document, Finding, Report  # noqa: E402
from translint.words import fold  # noqa: E402

NAME_RULES = {"name-mismatch", "entity-missing", "name-inconsistent", "glossary-term"}
OPTIONS = Options(source_lang="en", target_lang="fr")
# A word as the shape finder reads it: letters and digits, starting with a capital.
SHAPED = re.compile(r"(?<![\w])[A-Z][A-Za-z0-9]*[A-Za-z0-9](?![\w])")
# The whitespace-delimited chunk around a name must look like prose or GNU/Linux,
# not a path, an option or a file name, where a typo is a code error, not a name's.
NAME_CHUNK = re.compile(r"^[A-Z0-9][\w]*(?:[/-][A-Z0-9][\w]*)*$")
CHUNK_PUNCTUATION = "()[]{}«»\"'’‘“”,;:.!?…"
# Neighbours on a QWERTY keyboard: a substituted letter is one the finger slipped to.
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
EDITS = ("substitute", "drop", "double", "transpose")


@dataclass(frozen=True)
class Candidate:
    """A name written the same in an English group and one French paragraph of it."""

    text: str
    kind: str  # the recogniser's label, or ACRONYM / CAPITALISED from the shape finder
    finder: str  # "ner", "shape" or "both"
    source: tuple[int, ...]  # the English paragraphs of the gold group
    target: int  # the French paragraph


@dataclass(frozen=True)
class Variant:
    pair: str
    perturbation: str  # "misspell" or "swap"
    candidate: Candidate
    new_text: str  # what the French occurrence became
    start: int  # span of the edit in the French paragraph (after editing)
    end: int
    french: str  # the whole edited French file
    paragraph: str  # the edited French paragraph


def neighbours(letter: str) -> str:
    """Keys next to ``letter`` on its row and the rows above and below."""
    lower = letter.lower()
    for row, keys in enumerate(KEYBOARD):
        col = keys.find(lower)
        if col < 0:
            continue
        near = {keys[c] for c in (col - 1, col + 1) if 0 <= c < len(keys)}
        for other in (row - 1, row + 1):
            if 0 <= other < len(KEYBOARD):
                near |= {
                    KEYBOARD[other][c] for c in (col - 1, col) if 0 <= c < len(KEYBOARD[other])
                }
        return "".join(sorted(near))
    return "abcdefghijklmnopqrstuvwxyz".replace(lower, "")


def typo(word: str, rng: random.Random) -> str | None:
    """One typing slip in ``word`` (None when no edit keeps it a different word of 3+ letters)."""
    for _ in range(20):
        edit = rng.choice(EDITS)
        at = rng.randrange(len(word))
        letter = word[at]
        if not letter.isalpha():
            continue
        if edit == "substitute":
            new = rng.choice(neighbours(letter))
            new = new.upper() if letter.isupper() else new
            result = word[:at] + new + word[at + 1 :]
        elif edit == "drop":
            result = word[:at] + word[at + 1 :]
        elif edit == "double":
            result = word[:at] + letter + word[at:]
        else:
            if at + 1 >= len(word) or not word[at + 1].isalpha():
                continue
            result = word[:at] + word[at + 1] + letter + word[at + 2 :]
        if len(result) >= 3 and fold(result) != fold(word):
            return result
    return None


def occurrences(name: str, text: str) -> list[int]:
    """Starts of ``name`` in ``text`` as a whole word, in prose rather than in code."""
    found = []
    for match in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        left = text.rfind(" ", 0, match.start()) + 1
        right = text.find(" ", match.end())
        chunk = text[left : right if right >= 0 else len(text)].strip(CHUNK_PUNCTUATION)
        if NAME_CHUNK.match(chunk):
            found.append(match.start())
    return found


def shape_kind(word: str) -> str | None:
    """ACRONYM or CAPITALISED for a name-shaped word; None for an ordinary word."""
    letters = [c for c in word if c.isalpha()]
    if len(word) < 3 or not letters:
        return None
    if sum(c.isupper() for c in letters) >= 2 and all(c.isupper() or c.isdigit() for c in word):
        return "ACRONYM"
    if any(c.isupper() for c in word[1:]):
        return "CAPITALISED"  # LibreOffice, PostScript: never a dictionary word
    if word.isalpha() and (is_dictionary_word(word, "en") or is_dictionary_word(word, "fr")):
        return None
    return "CAPITALISED"


def candidates_of(
    source: AnalysedDocument, target: Document, gold: list[list[list[int]]]
) -> list[Candidate]:
    """Names of each gold group found by either finder, present verbatim on both sides."""
    found: list[Candidate] = []
    for en, fr in gold:
        if not en or not fr:
            continue
        english = "\n".join(source.paragraphs[i].paragraph.text for i in en)
        ner: dict[str, str] = {}
        for i in en:
            for entity in source.paragraphs[i].entities:
                if occurrences(entity.text, english):
                    ner.setdefault(entity.text, entity.label.value)
        shaped: dict[str, str] = {}
        for match in SHAPED.finditer(english):
            kind = shape_kind(match.group())
            if kind and occurrences(match.group(), english):
                shaped.setdefault(match.group(), kind)
        for j in fr:
            french = target.paragraphs[j].text
            for text in sorted(set(ner) | set(shaped)):
                if not occurrences(text, french):
                    continue
                finder = (
                    "both" if text in ner and text in shaped else "ner" if text in ner else "shape"
                )
                kind = ner.get(text) or shaped[text]
                found.append(Candidate(text, kind, finder, tuple(en), j))
    return found


def variants_of(
    pair: str,
    english: Document,
    target: Document,
    candidates: list[Candidate],
    count: int,
    rng: random.Random,
) -> list[Variant]:
    """Up to ``count`` edited French texts, misspellings and swaps in turn."""
    made: list[Variant] = []
    pool = list(candidates)
    rng.shuffle(pool)
    kinds = ["misspell", "swap"]
    rng.shuffle(kinds)
    tried = 0
    for candidate in pool:
        if len(made) >= count:
            break
        perturbation = kinds[tried % 2]
        tried += 1
        edit = _edit(candidate, perturbation, candidates, english, target, rng)
        if edit is None:
            perturbation = kinds[tried % 2]  # the other kind may work for this name
            edit = _edit(candidate, perturbation, candidates, english, target, rng)
        if edit is None:
            continue
        new_text, at = edit
        paragraph = target.paragraphs[candidate.target]
        text = paragraph.text
        edited = text[:at] + new_text + text[at + len(candidate.text) :]
        document = target.text
        french = document[: paragraph.start] + edited + document[paragraph.end :]
        made.append(
            Variant(pair, perturbation, candidate, new_text, at, at + len(new_text), french, edited)
        )
    return made


def _edit(
    candidate: Candidate,
    perturbation: str,
    candidates: list[Candidate],
    english: Document,
    target: Document,
    rng: random.Random,
) -> tuple[str, int] | None:
    """The replacement text and where it goes in the French paragraph, or None."""
    french = target.paragraphs[candidate.target].text
    at = rng.choice(occurrences(candidate.text, french))
    if perturbation == "misspell":
        words = [m for m in re.finditer(r"[^\W_]{3,}", candidate.text)]
        if not words:
            return None
        word = rng.choice(words)
        slip = typo(word.group(), rng)
        if slip is None:
            return None
        return candidate.text[: word.start()] + slip + candidate.text[word.end() :], at
    # A swap takes another name of the same kind from the same document, one
    # that neither this French paragraph nor its English group already holds.
    held = fold(french + "\n" + "\n".join(english.paragraphs[i].text for i in candidate.source))
    others = sorted(
        {
            c.text
            for c in candidates
            if c.kind == candidate.kind
            and fold(c.text) not in fold(candidate.text)  # NoHalo for Halo is a rewording
            and fold(candidate.text) not in fold(c.text)
            and not re.search(rf"(?<!\w){re.escape(fold(c.text))}(?!\w)", held)
        }
    )
    if not others:
        return None
    return rng.choice(others), at


def overlaps(location_start: int | None, location_end: int | None, start: int, end: int) -> bool:
    if location_start is None or location_end is None:
        return True  # a whole paragraph contains the span
    return location_start < end and start < location_end


def found_by(
    variant: Variant, report: Report, clean: set[tuple[object, ...]], english: Document
) -> Finding | None:
    """The first new name finding pointing at the edit or at the English name."""
    english_spans = [
        (i, at, at + len(variant.candidate.text))
        for i in variant.candidate.source
        for at in occurrences(variant.candidate.text, english.paragraphs[i].text)
    ]
    for finding in report.findings:
        if finding.rule not in NAME_RULES or identity(finding) in clean:
            continue
        target = finding.target
        if (
            target is not None
            and target.paragraph == variant.candidate.target
            and overlaps(target.start, target.end, variant.start, variant.end)
        ):
            return finding
        source = finding.source
        if source is not None and any(
            source.paragraph == i and overlaps(source.start, source.end, a, b)
            for i, a, b in english_spans
        ):
            return finding
    return None


def identity(finding: Finding) -> tuple[object, ...]:
    """What makes a finding the same before and after an edit elsewhere."""
    s, t = finding.source, finding.target
    return (
        finding.rule,
        (s.paragraph, s.text) if s else None,
        (t.paragraph, t.text) if t else None,
    )


def reuse_english_analysis() -> None:
    """Analyse the unchanged English side once per pair instead of once per variant."""
    analyse: Callable[..., AnalysedDocument] = translint.analysis.analyse
    cache: dict[tuple[str, str], AnalysedDocument] = {}

    def cached(document: Document, *rest: object) -> AnalysedDocument:
        if document.lang != "en":
            return analyse(document, *rest)
        key = (document.path, document.text)
        if key not in cache:
            cache.clear()
            cache[key] = analyse(document, *rest)
        return cache[key]

    translint.analysis.analyse = cached


def ratio(hits: int, total: int) -> str:
    return f"{hits / total:6.1%} ({hits}/{total})" if total else "     - (0/0)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--pairs", type=int, default=30, help="pairs to sample")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--variants", type=int, default=4, help="edited variants per pair")
    parser.add_argument("--show", type=int, default=10, help="misses to print")
    args = parser.parse_args()
    began = time.perf_counter()
    reuse_english_analysis()
    rng = random.Random(args.seed)
    folders = sorted(p.parent for p in Path(args.corpora).glob("**/gold.json"))
    sample = rng.sample(folders, min(args.pairs, len(folders)))
    results: list[tuple[Variant, Finding | None]] = []
    candidate_finders: Counter[str] = Counter()
    skipped = 0
    with tempfile.TemporaryDirectory() as tmp:
        # Where translint keeps a cache of analyses, edited paragraphs go to a
        # temporary one, not the user's.
        os.environ["TRANSLINT_CACHE_DIR"] = str(Path(tmp) / "cache")
        for n, folder in enumerate(sample):
            pair = f"{folder.parent.name}/{folder.name}"
            english_path = folder / "en.txt"
            english, french = read_pair(english_path, folder / "fr.txt", OPTIONS)
            gold = json.loads((folder / "gold.json").read_text("utf-8"))
            blocks = (folder / "fr.txt").read_text("utf-8").rstrip("\n").split("\n\n")
            if [p.text for p in french.paragraphs] != blocks:
                skipped += 1  # gold indices would not name translint's paragraphs
                continue
            analysed = translint.analysis.analyse(english)
            candidates = candidates_of(analysed, french, gold)
            candidate_finders.update(c.finder for c in candidates)
            variants = variants_of(pair, english, french, candidates, args.variants, rng)
            if not variants:
                continue
            clean = {identity(f) for f in check(english_path, folder / "fr.txt", OPTIONS).findings}
            for k, variant in enumerate(variants):
                edited = Path(tmp) / f"{n}-{k}" / "fr.txt"
                edited.parent.mkdir()
                edited.write_text(variant.french, "utf-8")
                report = check(english_path, edited, OPTIONS)
                results.append((variant, found_by(variant, report, clean, english)))
    elapsed = time.perf_counter() - began
    print(
        f"pairs: {len(sample)} sampled (seed {args.seed}), {skipped} skipped; "
        f"variants: {len(results)}; {elapsed:.0f} s"
    )
    print(
        "names on both sides: "
        + ", ".join(f"{k} {v}" for k, v in sorted(candidate_finders.items()))
        + " (by finder)"
    )
    hits = sum(f is not None for _, f in results)
    print(f"recall: {ratio(hits, len(results))}")
    for title, key in (
        ("perturbation", lambda v: v.perturbation),
        ("entity kind", lambda v: v.candidate.kind),
        ("finder", lambda v: v.candidate.finder),
    ):
        tally: dict[str, list[bool]] = defaultdict(list)
        for variant, finding in results:
            tally[key(variant)].append(finding is not None)
        print(f"by {title}:")
        for name, flags in sorted(tally.items()):
            print(f"  {name:12} {ratio(sum(flags), len(flags))}")
    rules = Counter(f.rule for _, f in results if f is not None)
    print("found by rule: " + ", ".join(f"{r} {c}" for r, c in sorted(rules.items())))
    misses = [v for v, f in results if f is None]
    if misses and args.show:
        print(f"\nmisses ({min(args.show, len(misses))} of {len(misses)}):")
        for variant in misses[: args.show]:
            c = variant.candidate
            context = variant.paragraph[max(0, variant.start - 50) : variant.end + 50]
            print(
                f"  [{variant.pair} EN {','.join(map(str, c.source))} / FR {c.target}] "
                f"{variant.perturbation} {c.text} -> {variant.new_text} ({c.kind}, {c.finder})\n"
                f"      …{context}…"
            )


if __name__ == "__main__":
    main()
