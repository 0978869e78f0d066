"""``link-mismatch`` on real sites: its clean findings per 1,000 words, its recall on planted slips.

    python benchmarks/qa_links.py [--corpus canada-blog|debian-docs|both] [--pairs N]
                                  [--seed S] [--show N] [--list]

Corpora are ``../shared/corpora/canada-blog`` (Jekyll posts, Markdown with raw
HTML and Liquid link targets) and ``../shared/corpora/debian-docs`` (plain
text, where URLs and e-mail addresses are bare).

1. *Clean*: every pair ``find_pairs`` finds is checked with ``link-mismatch``
   alone; the findings are counted by severity, per 1,000 source words
   (the words of the English paragraphs' readable text). ``--list`` prints
   each finding (what ``benchmarks/labels/link-mismatch.md`` labels).
2. *Planted*: for a seeded sample of the pairs whose French side has
   addresses, and every pair with a phone number, one edit at a time is
   made to a copy of the French file, as a translator (or a bad
   search-and-replace) might slip:

   - ``link domain``: a link target's host replaced by another host of the
     corpus (not its other-language twin);
   - ``link path``: one path segment of a link target dropped (the link now
     goes to the parent page);
   - ``link digit``: one digit of a link target's path or query changed (a
     page number, an ID, a post's date);
   - ``bare URL``: a bare URL of the text, edited in one of the three ways;
   - ``phone digit``: one digit of a phone number changed (every phone number
     of the sample, six times each, since posts have few).

   Only addresses that the English file has too (the same or localised, a
   phone number with the same digits) are edited: a link or number the
   translation added, or its own service line, has nothing to mismatch.

   A word of a path changed for another word is not planted: a translated
   path is what the rule must accept (``compare/links.py``). Nothing is
   planted in front matter. The full check (every rule) runs on the original
   English against the edited French; a plant is *found* when a
   ``link-mismatch`` finding that the clean pair's report does not have
   points at the edited paragraph. Prints recall per kind and the misses.

Runs use translint's analysis cache, so a second run is quicker.
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
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translint import Options, check  # noqa: E402
from translint.compare.links import (  # noqa: E402
    BARE_URL,
    PHONE,
    PageKey,
    localised,
    page_key,
    phone_digits,
)
from translint.model import Finding, Report  # noqa: E402
from translint.site import find_pairs  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
RULE = "link-mismatch"
# Link targets as a Markdown, HTML or Liquid source writes them; group 1 is the target.
TARGETS = (
    re.compile(r"\]\(\s*(https?://[^\s)]+)"),
    re.compile(r"""href=["'](https?://[^"'\s]+)"""),
    re.compile(r"""\{\{-?\s*["'](/[^"'\s]+)["']"""),
)
PHONE_PLANTS = 6  # edits per phone number: posts have few
FRONT_MATTER = re.compile(r"---[ \t]*\n.*?\n---[ \t]*\n", re.S)


@dataclass(frozen=True)
class Edit:
    kind: str
    pair: str
    start: int  # offset of the edited characters in the edited French text
    before: str
    after: str


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="both", choices=("canada-blog", "debian-docs", "both"))
    parser.add_argument("--pairs", type=int, default=12, help="pairs planted in, per corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=10, help="misses to print")
    parser.add_argument("--list", action="store_true", help="print every clean finding")
    args = parser.parse_args()
    names = ("canada-blog", "debian-docs") if args.corpus == "both" else (args.corpus,)
    for name in names:
        measure(CORPORA / name, args)


def measure(site: Path, args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    pairs = list(find_pairs(site).pairs)
    alone = Options(select=frozenset({RULE}))
    clean: dict[Path, Report] = {}
    words, counts = 0, Counter[str]()
    for source, target in pairs:
        report = check(source, target, alone)
        clean[target] = report
        assert report.source_document is not None
        words += sum(len(p.content.split()) for p in report.source_document.paragraphs)
        for finding in report.findings:
            counts[finding.severity.value] += 1
            if args.list:
                print(f"  [{target.name}] {finding.severity.value}: {finding.message}")
    loud = counts["error"] + counts["warning"]
    print(f"site: {site.name}; pairs: {len(pairs)}; source words: {words}")
    print(
        f"clean: {loud} error+warning, {counts['info']} info = "
        f"{1000 * loud / max(words, 1):.3f} error+warning per 1,000 words "
        f"({1000 * counts['info'] / max(words, 1):.3f} info)"
    )
    candidates = [(s, t) for s, t in pairs if _addresses(t.read_text("utf-8"))]
    sample = rng.sample(candidates, min(args.pairs, len(candidates)))
    # Phone numbers are rare: every pair that has one is planted in too.
    phoned = [(s, t) for s, t in candidates if _phones(t.read_text("utf-8"))]
    sample += [pair for pair in phoned if pair not in sample]
    tried, found = Counter[str](), Counter[str]()
    misses: list[Edit] = []
    with tempfile.TemporaryDirectory() as folder:
        for source, target in sample:
            french = target.read_text("utf-8")
            english = source.read_text("utf-8")
            before = check(source, target)
            for edit, text in plants(french, english, f"{target.parent.name}/{target.name}", rng):
                edited = Path(folder) / target.name
                edited.write_text(text, "utf-8")
                tried[edit.kind] += 1
                if caught(edit, before, check(source, edited)):
                    found[edit.kind] += 1
                else:
                    misses.append(edit)
    total, hits = sum(tried.values()), sum(found.values())
    print(f"planted: {len(sample)} pairs (seed {args.seed}); edits: {total}")
    print(f"recall: {100 * hits / max(total, 1):5.1f}% ({hits}/{total})")
    for kind in sorted(tried):
        print(f"  {kind:12} {100 * found[kind] / tried[kind]:5.1f}% ({found[kind]}/{tried[kind]})")
    print(f"misses ({min(args.show, len(misses))} of {len(misses)}):")
    for edit in misses[: args.show]:
        print(f"  [{edit.pair}] {edit.kind}: {edit.before!r} -> {edit.after!r}")
    print()


def _body(text: str) -> int:
    match = FRONT_MATTER.match(text)
    return match.end() if match else 0


def _addresses(text: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of the link targets, bare URLs and phone numbers of the body."""
    body = _body(text)
    found: list[tuple[str, int, int]] = []
    for pattern in TARGETS:
        found += [("link", *m.span(1)) for m in pattern.finditer(text, body)]
    linked = [(a, b) for _, a, b in found]
    for match in BARE_URL.finditer(text, body):
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in ".,;:!?)]}'\"»":
            end -= 1
        if not any(a <= start < b for a, b in linked) and "](" not in text[start - 2 : start]:
            found.append(("bare", start, end))
    found += [("phone", *m.span()) for m in PHONE.finditer(text, body)]
    return found


def _phones(text: str) -> list[tuple[str, int, int]]:
    return [found for found in _addresses(text) if found[0] == "phone"]


def plants(french: str, english: str, name: str, rng: random.Random):
    """Edited copies of the French text: one per kind of link edit, six per phone number.

    Only addresses the English has too are edited: a link or number the
    translation added has nothing to mismatch.
    """
    theirs = [page_key(english[a:b]) for k, a, b in _addresses(english) if k != "phone"]
    lines = {phone_digits(english[a:b]) for _, a, b in _phones(english)}

    def in_english(kind: str, start: int, end: int) -> bool:
        if kind == "phone":
            return phone_digits(french[start:end]) in lines
        return any(_corresponds(page_key(french[start:end]), key) for key in theirs)

    found = [spot for spot in _addresses(french) if in_english(*spot)]
    hosts = sorted({page_key(french[a:b]).host or "" for k, a, b in found if k != "phone"} - {""})
    for way, edit in EDITS.items():
        spots = [(a, b) for k, a, b in found if k == "link"]
        options = [(a, b, e) for a, b in spots if (e := edit(french[a:b], hosts, rng))]
        if options:
            start, end, after = rng.choice(options)
            yield (
                Edit(f"link {way}", name, start, french[start:end], after),
                french[:start] + after + french[end:],
            )
    spots = [(a, b) for k, a, b in found if k == "bare"]
    options = [
        (a, b, e) for a, b in spots for way in EDITS.values() if (e := way(french[a:b], hosts, rng))
    ]
    if options:
        start, end, after = rng.choice(options)
        yield (
            Edit("bare URL", name, start, french[start:end], after),
            (french[:start] + after + french[end:]),
        )
    for _, start, end in (f for f in found if f[0] == "phone"):
        for _ in range(PHONE_PLANTS):
            number = french[start:end]
            after = _digit_changed(number, rng)
            edited = french[:start] + after + french[end:]
            yield Edit("phone digit", name, start, number, after), edited


def _corresponds(ours: PageKey, theirs: PageKey) -> bool:
    return ours == theirs or localised(theirs, ours)


def _other_host(url: str, hosts: list[str], rng: random.Random) -> str | None:
    parts = urlsplit(url)
    if not parts.netloc:
        return None
    mine = page_key(url).host
    others = [h for h in hosts if h != mine and "|" not in h and "{" not in h]
    host = rng.choice(others) if others else "www.example.org"
    return parts._replace(netloc=host).geturl()


def _dropped_segment(url: str, hosts: list[str], rng: random.Random) -> str | None:
    parts = urlsplit(url)
    segments = parts.path.split("/")
    kept = [i for i, s in enumerate(segments) if s and page_key("/" + s).segments]
    if len(kept) < 2:
        return None
    drop = rng.choice(kept[:-1])
    path = "/".join(s for i, s in enumerate(segments) if i != drop)
    return parts._replace(path=path).geturl()


def _changed_digit(url: str, hosts: list[str], rng: random.Random) -> str | None:
    parts = urlsplit(url)
    path_start = len(f"{parts.scheme}://{parts.netloc}") if parts.netloc else 0
    places = [i for i, c in enumerate(url) if c.isdigit() and i >= path_start]
    if "%" in url:  # a percent-escape is not a number of the address
        places = [i for i in places if "%" not in url[max(i - 2, 0) : i]]
    if not places:
        return None
    i = rng.choice(places)
    return url[:i] + rng.choice([d for d in "0123456789" if d != url[i]]) + url[i + 1 :]


def _safely(edit):
    """An edit that skips what ``urlsplit`` cannot read (``https://a[b``)."""

    def edited(url: str, hosts: list[str], rng: random.Random) -> str | None:
        try:
            return edit(url, hosts, rng)
        except ValueError:
            return None

    return edited


EDITS = {
    "domain": _safely(_other_host),
    "path": _safely(_dropped_segment),
    "digit": _safely(_changed_digit),
}


def _digit_changed(number: str, rng: random.Random) -> str:
    places = [i for i, c in enumerate(number) if c.isdigit()]
    i = rng.choice(places)
    return number[:i] + rng.choice([d for d in "0123456789" if d != number[i]]) + number[i + 1 :]


def caught(edit: Edit, clean: Report, report: Report) -> bool:
    """Whether the edited report has a new link finding in the edited paragraph."""
    before = {_key(f) for f in clean.findings}
    document = report.target_document
    assert document is not None
    groups = {i: g for g in report.alignment for i in g.source}
    for finding in report.findings:
        if finding.rule != RULE or _key(finding) in before:
            continue
        if finding.target is not None:
            places = [finding.target.paragraph]
        elif finding.source is not None:
            places = list(groups[finding.source.paragraph].target)
        else:
            places = []
        for index in places:
            paragraph = document.paragraphs[index]
            if paragraph.start <= edit.start < paragraph.end:
                return True
    return False


def _key(finding: Finding) -> tuple[str, str, str, str]:
    return (
        finding.rule,
        finding.source.text if finding.source else "",
        finding.target.text if finding.target else "",
        finding.message,
    )


if __name__ == "__main__":
    main()
