"""Recall of figure, name and deletion slips planted in real posts, by where they sit.

    python benchmarks/planted_site.py [SITE] [--pairs N] [--seed S] [--show N]

SITE defaults to ``../shared/corpora/canada-blog`` (Markdown posts with raw
HTML blocks); ``../shared/corpora/debian-docs`` gives the same measure on
plain text, to compare. For a seeded sample of the pairs ``find_pairs``
finds, one edit at a time is made to a copy of the French post, as a
translator might slip:

- ``figure in bold|italics|link|list|html|text``: one digit of a number
  changed, where the number sits inside ``**…**``, ``_…_``/``*…*``, a link's
  text, a list item, a raw HTML block, or plain running text;
- ``name in link|bold|text``: two letters of a capitalised word that the
  English paragraph has too swapped;
- ``deleted paragraph``: a body paragraph of ten words or more removed;
- ``mixed acronym``: one mention of a French acronym that the post uses twice
  or more replaced by the English acronym it renders (the pairs of
  ``lang/en_fr/acronyms.csv``, and those the two posts introduce in brackets
  in the same order), so that the French mixes both.

Figures and names are planted only in text translint reads as text: inside
a paragraph it reads and, for markup, in the readable text it maps back to
the file. Nothing is planted in what the page does not show or translint
rightly leaves out: a link's address, a tag's attributes (``alt``,
``data-begin="52.42s"``), a list item's marker (``2.`` of an ordered list,
which the renderer numbers itself), chrome such as ``<aside>``, or a Liquid
tag (``{% include … content="…" %}``). The full check then runs on the
original English against the edited French;
an edit is *found* when a finding that the clean pair's report does not
have points at the edited place (a figure or name finding whose target span
covers it, or, for a deletion, a new ``missing-paragraph`` or
``missing-section``; for a mixed acronym, a new name finding at the English
acronym put in). Prints recall per kind of edit and the misses.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translint import Options, check  # noqa: E402
from translint.lang.en_fr.names import known_acronyms  # noqa: E402
from translint.model import Finding, ParagraphKind, Report  # noqa: E402
from translint.read import read_document  # noqa: E402
from translint.site import find_pairs  # noqa: E402

# A phone number changed is link-mismatch's (it compares them by digits).
FIGURE_RULES = {"figure-mismatch", "figure-missing", "figure-extra", "link-mismatch"}
NAME_RULES = {"name-mismatch", "entity-missing", "name-inconsistent"}
DELETION_RULES = {"missing-paragraph", "missing-section"}

# Where a number sits, by the markup around it; group 1 is the number.
NUMBER = r"(\d[\d\s.,\u00a0\u202f]*\d|\d)"
PLACES = {
    "bold": re.compile(rf"\*\*[^*\n]*?{NUMBER}[^*\n]*?\*\*"),
    "italics": re.compile(rf"(?<![*\w])[_*](?![_*\s])[^_*\n]*?{NUMBER}[^_*\n]*?[_*](?![*\w])"),
    "link": re.compile(rf"\[[^\]\n]*?{NUMBER}[^\]\n]*?\]\("),
    "list": re.compile(rf"^[ \t]*(?:[-*+]|\d+\.)[ \t]+[^\n]*?(?<![\w/.#-]){NUMBER}", re.M),
    "html": re.compile(rf"<(?:p|li|td|th|div|span|strong|figcaption)\b[^>]*>[^<\n]*?{NUMBER}"),
    "text": re.compile(rf"(?<![\w/.#\[(*_<-]){NUMBER}(?![\w/#])"),
}
# Liquid tags, whose parameters (an include's alt text, caption and HTML
# content) translint does not read as text: no edit is planted there.
LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
NAME_PLACES = {
    "link": re.compile(r"\[[^\]\n]*?\b([A-Z][a-zà-ÿ]{4,})\b[^\]\n]*?\]\("),
    "bold": re.compile(r"\*\*[^*\n]*?\b([A-Z][a-zà-ÿ]{4,})\b[^*\n]*?\*\*"),
    "text": re.compile(r"(?<=[a-zà-ÿ,] )([A-Z][a-zà-ÿ]{4,})\b"),
}


@dataclass(frozen=True)
class Edit:
    kind: str
    pair: str
    start: int  # offset of the edited characters in the edited French text
    end: int
    before: str
    after: str


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "corpora" / "canada-blog"
    parser.add_argument("site", nargs="?", type=Path, default=default)
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=10, help="misses to print")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pairs = list(find_pairs(args.site).pairs)
    pairs = rng.sample(pairs, min(args.pairs, len(pairs)))
    options = Options(cache=False)
    tried: Counter[str] = Counter()
    found: Counter[str] = Counter()
    misses: list[Edit] = []
    with tempfile.TemporaryDirectory() as folder:
        for source, target in pairs:
            clean = check(source, target, options)
            english = source.read_text("utf-8")
            french = target.read_text("utf-8")
            label = f"{target.parent.name}/{target.name}"
            planted = [*edits(french, english, label, rng, read_spans(target))]
            planted += acronym_edit(french, english, label, rng)
            for edit, text in planted:
                edited = Path(folder) / target.name
                edited.write_text(text, "utf-8")
                report = check(source, edited, options)
                tried[edit.kind] += 1
                if caught(edit, clean, report):
                    found[edit.kind] += 1
                else:
                    misses.append(edit)
    total, hits = sum(tried.values()), sum(found.values())
    print(f"site: {args.site}; pairs: {len(pairs)} (seed {args.seed}); edits: {total}")
    print(f"recall: {100 * hits / max(total, 1):5.1f}% ({hits}/{total})")
    for kind in sorted(tried):
        print(f"  {kind:22} {100 * found[kind] / tried[kind]:5.1f}% ({found[kind]}/{tried[kind]})")
    print(f"\nmisses ({min(args.show, len(misses))} of {len(misses)}):")
    for edit in misses[: args.show]:
        print(f"  [{edit.pair}] {edit.kind}: {edit.before!r} -> {edit.after!r}")


def read_spans(path: Path) -> list[tuple[int, int]]:
    """The spans of the file translint reads as text, in offsets of the file's text.

    A paragraph's readable text without its bullet marker, and for markup only
    the pieces copied as is (entities, tags and link addresses are not text).
    """
    spans = []
    for paragraph in read_document(path).paragraphs:
        if paragraph.kind is ParagraphKind.CHROME:
            continue
        if paragraph.plain is None:
            spans.append((paragraph.start + paragraph.content_start, paragraph.end))
            continue
        for n, (offset, start, end) in enumerate(paragraph.plain.pieces):
            following = (
                paragraph.plain.pieces[n + 1][0]
                if n + 1 < len(paragraph.plain.pieces)
                else len(paragraph.plain.text)
            )
            if end - start == following - offset:  # copied as is
                spans.append((paragraph.start + start, paragraph.start + end))
    return spans


def edits(french: str, english: str, name: str, rng: random.Random, read: list[tuple[int, int]]):
    """One edited copy of the French text per kind of edit this post allows."""
    body = _body_start(french)
    tags = [m.span() for m in LIQUID.finditer(french)]
    for place, pattern in PLACES.items():
        matches = [
            m
            for m in pattern.finditer(french, body)
            if _digit_changes(m.group(1))
            and not _inside(m.start(1), tags)
            and _within(m.span(1), read)
        ]
        if matches:
            match = rng.choice(matches)
            start, end = match.span(1)
            number = french[start:end]
            changed = _digit_changed(number, rng)
            yield (
                Edit(f"figure in {place}", name, start, start + len(changed), number, changed),
                french[:start] + changed + french[end:],
            )
    for place, pattern in NAME_PLACES.items():
        matches = [
            m
            for m in pattern.finditer(french, body)
            if m.group(1) in english and not _inside(m.start(1), tags) and _within(m.span(1), read)
        ]
        if matches:
            match = rng.choice(matches)
            start, end = match.span(1)
            word = french[start:end]
            slipped = word[0] + word[2] + word[1] + word[3:]
            if slipped != word:
                yield (
                    Edit(f"name in {place}", name, start, end, word, slipped),
                    french[:start] + slipped + french[end:],
                )
    blocks = [m for m in re.finditer(r"(?<=\n\n)[^\n<{#>|-][^\n]*\n", french[body:])]
    blocks = [m for m in blocks if len(m.group().split()) >= 10]
    if blocks:
        match = rng.choice(blocks)
        start, end = body + match.start(), body + match.end()
        yield (
            Edit("deleted paragraph", name, start, start, french[start:end][:60], ""),
            french[:start] + french[end:],
        )


def acronym_edit(french: str, english: str, name: str, rng: random.Random):
    """The French text with one mention of a French acronym put back in English."""
    body = _body_start(french)
    pairs = {(k.written["en"], k.written["fr"]) for k in known_acronyms()}
    introduced = (re.findall(r"\(([A-Z]{2,6})\)", t) for t in (english, french))
    ours, theirs = (list(dict.fromkeys(found)) for found in introduced)
    if len(ours) == len(theirs):
        pairs |= set(zip(ours, theirs, strict=True))
    candidates = []
    for en, fr in sorted(pairs):
        if not en or not fr or en == fr or not re.search(rf"\b{re.escape(en)}\b", english):
            continue
        places = list(re.finditer(rf"(?<![\w.]){re.escape(fr)}(?![\w])", french[body:]))
        if len(places) >= 2 and not re.search(rf"\b{re.escape(en)}\b", french):
            candidates.append((en, fr, places))
    if not candidates:
        return
    en, fr, places = rng.choice(candidates)
    match = rng.choice(places)
    start, end = body + match.start(), body + match.end()
    yield (
        Edit("mixed acronym", name, start, start + len(en), fr, en),
        french[:start] + en + french[end:],
    )


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether all of ``span`` lies inside one of ``spans``."""
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _body_start(text: str) -> int:
    """The offset after a YAML front matter block, if the text opens with one."""
    match = re.match(r"---[ \t]*\n.*?\n---[ \t]*\n", text, re.S)
    return match.end() if match else 0


def _digit_changes(number: str) -> bool:
    return any(c.isdigit() for c in number)


def _digit_changed(number: str, rng: random.Random) -> str:
    """The number with one of its digits replaced by another digit."""
    places = [i for i, c in enumerate(number) if c.isdigit()]
    i = rng.choice(places)
    digit = rng.choice([d for d in "0123456789" if d != number[i] and not (i == 0 and d == "0")])
    return number[:i] + digit + number[i + 1 :]


def caught(edit: Edit, clean: Report, report: Report) -> bool:
    """Whether the edited report has a new finding pointing at the edit."""
    before = {_key(f) for f in clean.findings}
    new = [f for f in report.findings if _key(f) not in before]
    if edit.kind == "deleted paragraph":
        return any(f.rule in DELETION_RULES for f in new)
    rules = FIGURE_RULES if edit.kind.startswith("figure") else NAME_RULES
    document = report.target_document
    assert document is not None
    for finding in new:
        if finding.rule not in rules:
            continue
        if finding.target is None:  # a figure or name now missing from the target
            return True
        paragraph = document.paragraphs[finding.target.paragraph]
        start = paragraph.start + (finding.target.start or 0)
        end = paragraph.start + (finding.target.end or len(paragraph.text))
        if start <= edit.start < max(end, start + 1) or start < edit.end <= end:
            return True
    return False


def _key(finding: Finding) -> tuple[str, str, str]:
    return (
        finding.rule,
        finding.source.text if finding.source else "",
        finding.target.text if finding.target else "",
    )


if __name__ == "__main__":
    main()
