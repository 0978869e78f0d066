"""Alignment accuracy against the gold of ../shared/corpora, as they are and perturbed.

    python benchmarks/align_corpus.py [CORPORA] [--seed N] [--seeds S] [--rounds K]
                                      [--lexical-only] [--calibrate] [--long N]

Prints strict link precision, recall and F1 over all pairs as they are, then
after perturbing the French side of every pair (a paragraph deleted, one
inserted from another document, two merged, one split; gold adjusted), the
share of inserted and deleted paragraphs left unmatched, and seconds per
1,000 paragraphs of alignment (analysis excluded, reported apart).
``--seeds S`` repeats the perturbed measure with seeds N..N+S-1 and prints
their mean and worst: one seed's figure moves by a few links either way.
``--calibrate`` prints how often matched groups are right per score band;
``--long N`` times the alignment of one pair of N paragraphs a side built by
concatenating the corpora (with a deletion and an insertion every 50).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translint import Options, read_pair  # noqa: E402
from translint.align import align as align_pair  # noqa: E402
from translint.analysis import analyse  # noqa: E402
from translint.model import (  # noqa: E402
    AlignmentGroup,
    AnalysedDocument,
    AnalysedParagraph,
    Paragraph,
)

Groups = list[list[list[int]]]
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÀ-Ý])")


def links(groups: Groups) -> set[tuple[int, int]]:
    return {(s, t) for source, target in groups for s in source for t in target}


def load(corpora: Path) -> list[tuple[str, AnalysedDocument, AnalysedDocument, Groups]]:
    pairs = []
    for gold_path in sorted(corpora.glob("*/*/gold.json")):
        folder = gold_path.parent
        source, target = read_pair(folder / "en.txt", folder / "fr.txt", Options())
        gold = json.loads(gold_path.read_text("utf-8"))
        pairs.append((folder.name, analyse(source), analyse(target), gold))
    return pairs


def score(results: list[tuple[Groups, Groups]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for gold, found in results:
        g, f = links(gold), links(found)
        tp, fp, fn = tp + len(g & f), fp + len(f - g), fn + len(g - f)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)


def _rebuild(document: AnalysedDocument, paragraphs: list[AnalysedParagraph]) -> AnalysedDocument:
    renumbered = tuple(
        replace(p, paragraph=replace(p.paragraph, index=i)) for i, p in enumerate(paragraphs)
    )
    doc = replace(document.document, paragraphs=tuple(p.paragraph for p in renumbered))
    return AnalysedDocument(doc, renumbered)


def _shifted(items: tuple, by: int) -> tuple:  # type: ignore[type-arg]
    return tuple(replace(x, start=x.start + by, end=x.end + by) for x in items)


def _joined(a: AnalysedParagraph, b: AnalysedParagraph) -> AnalysedParagraph:
    text = a.paragraph.content + " " + b.paragraph.content
    shift = len(a.paragraph.content) + 1 - b.paragraph.content_start
    paragraph = Paragraph(0, text, 0, len(text), a.paragraph.kind)
    head_shift = -a.paragraph.content_start
    return AnalysedParagraph(
        paragraph,
        _shifted(a.figures, head_shift) + _shifted(b.figures, shift),
        _shifted(a.entities, head_shift) + _shifted(b.entities, shift),
    )


def _split(p: AnalysedParagraph, at: int) -> tuple[AnalysedParagraph, AnalysedParagraph]:
    text = p.paragraph.text
    first = Paragraph(
        0, text[:at].rstrip(), 0, at, p.paragraph.kind, None, p.paragraph.content_start
    )
    rest = text[at:]
    second = Paragraph(0, rest, 0, len(rest), p.paragraph.kind)

    def part(items: tuple, lo: int, hi: int, by: int) -> tuple:  # type: ignore[type-arg]
        return _shifted(tuple(x for x in items if lo <= x.start and x.end <= hi), by)

    return (
        AnalysedParagraph(first, part(p.figures, 0, at, 0), part(p.entities, 0, at, 0)),
        AnalysedParagraph(
            second, part(p.figures, at, len(text), -at), part(p.entities, at, len(text), -at)
        ),
    )


def perturb(
    target: AnalysedDocument, gold: Groups, donor: AnalysedDocument, rng: random.Random
) -> tuple[AnalysedDocument, Groups, set[int], set[int]]:
    """One deletion, one insertion, one merge and one split on the French side.

    The edits never make a gold group that no monotonic aligner can give, as
    the corpora's own gold never has one: the merge does not join the two
    paragraphs around the deleted one, and the insertion does not fall
    between two paragraphs of one group (the halves of the split).

    Returns the new target, the adjusted gold, the source paragraphs whose
    counterpart was deleted and the inserted target positions.
    """
    # Work on a list of (target paragraph, gold group id) entries; groups keep their source side.
    groups = [[list(s), list(t)] for s, t in gold]
    owner = {t: n for n, (_, ts) in enumerate(groups) for t in ts}
    entries: list[tuple[AnalysedParagraph, int | None]] = [
        (p, owner.get(p.paragraph.index)) for p in target.paragraphs
    ]
    one_to_one = [n for n, (s, t) in enumerate(groups) if len(s) == 1 and len(t) == 1]
    deleted_sources: set[int] = set()
    if len(one_to_one) >= 6:
        picks = rng.sample(one_to_one, 4)
        delete, merge, split = picks[0], picks[1], picks[2]
        # Delete: the source paragraph loses its counterpart.
        entries = [e for e in entries if e[1] != delete]
        deleted_sources.add(groups[delete][0][0])
        # Merge: the paragraph after a 1-1 group's target joins it, if it is 1-1 too
        # and translates the next source paragraph (not the one after a deleted one).
        at = next((k for k, e in enumerate(entries) if e[1] == merge), None)
        if at is not None and at + 1 < len(entries) and entries[at + 1][1] in one_to_one:
            nxt = entries[at + 1][1]
            assert nxt is not None
            if nxt not in (delete, split) and groups[nxt][0][0] == groups[merge][0][-1] + 1:
                joined = _joined(entries[at][0], entries[at + 1][0])
                groups[merge][0] = groups[merge][0] + groups[nxt][0]
                groups[nxt][0] = []
                entries[at : at + 2] = [(joined, merge)]
        # Split: a long 1-1 target paragraph cut at a sentence boundary.
        at = next((k for k, e in enumerate(entries) if e[1] == split), None)
        if at is not None:
            text = entries[at][0].paragraph.text
            cuts = [m.end() for m in SENTENCE_END.finditer(text)]
            if cuts:
                cut = min(cuts, key=lambda c: abs(c - len(text) / 2))
                first, second = _split(entries[at][0], cut)
                entries[at : at + 1] = [(first, split), (second, split)]
    # Insert a paragraph of another document at a random place.
    candidates = [p for p in donor.paragraphs if len(p.paragraph.content) > 40]
    inserted_marker = -1
    if candidates:
        position = rng.randrange(1, max(2, len(entries)))
        while (
            0 < position < len(entries)
            and entries[position][1] is not None
            and entries[position][1] == entries[position - 1][1]
        ):
            position += 1  # not between two paragraphs of one group
        entries.insert(position, (rng.choice(candidates), inserted_marker))
    # Rebuild the target and the gold.
    new_target = _rebuild(target, [e[0] for e in entries])
    new_groups: Groups = []
    placed: dict[int, list[int]] = {}
    inserted: set[int] = set()
    for j, (_, gid) in enumerate(entries):
        if gid == inserted_marker:
            inserted.add(j)
        elif gid is not None:
            placed.setdefault(gid, []).append(j)
    for n, (sources, _) in enumerate(groups):
        targets = placed.get(n, [])
        if sources or targets:
            new_groups.append([sources, targets])
    for j in sorted(inserted):
        new_groups.append([[], [j]])
    for s in sorted(deleted_sources):
        if [[s], []] not in new_groups:
            new_groups = [g for g in new_groups if g[0] != [s]] + [[[s], []]]
    return new_target, new_groups, deleted_sources, inserted


def unmatched_share(found: Groups, deleted: set[int], inserted: set[int]) -> tuple[int, int]:
    matched_s = {s for sources, targets in found if targets for s in sources}
    matched_t = {t for sources, targets in found if sources for t in targets}
    ok = sum(1 for s in deleted if s not in matched_s) + sum(
        1 for t in inserted if t not in matched_t
    )
    return ok, len(deleted) + len(inserted)


SEMANTIC = True


def align(source: AnalysedDocument, target: AnalysedDocument) -> list:  # type: ignore[type-arg]
    return list(align_pair(source, target, semantic=SEMANTIC).groups)


def calibration(results: list[tuple[Groups, list]]) -> None:  # type: ignore[type-arg]
    bands = [(0.0, 0.9), (0.9, 0.96), (0.96, 0.97), (0.97, 0.99), (0.99, 0.995), (0.995, 1.01)]
    counts = {b: [0, 0] for b in bands}
    for gold, groups in results:
        right = {(tuple(s), tuple(t)) for s, t in gold}
        for g in groups:
            if g.score is None:
                continue
            for band in bands:
                if band[0] <= g.score < band[1]:
                    counts[band][0] += (g.source, g.target) in right
                    counts[band][1] += 1
    for (lo, hi), (ok, n) in counts.items():
        share = f"{ok / n:.3f}" if n else "-"
        print(f"  confidence {lo:.3f}-{min(hi, 1):.3f}: {n:6} groups, {share} right")


def long_pair(
    pairs: list[tuple[str, AnalysedDocument, AnalysedDocument, Groups]], size: int
) -> tuple[AnalysedDocument, AnalysedDocument, Groups]:
    """A pair of ``size`` paragraphs a side from the corpora, with its gold groups."""
    source: list[AnalysedParagraph] = []
    target: list[tuple[AnalysedParagraph, int]] = []  # paragraph, gold group (-1: inserted)
    group_sources: list[list[int]] = []
    for _, s, t, gold in pairs * (1 + size // 8000):
        for sources, targets in gold:
            group_sources.append([len(source) + k for k in range(len(sources))])
            source.extend(s.paragraphs[i] for i in sources)
            target.extend((t.paragraphs[j], len(group_sources) - 1) for j in targets)
        if len(source) >= size:
            break
    source, target = source[:size], target[:size]
    # A deletion and an insertion every 50 paragraphs, so the band has work to do.
    target = [p for k, p in enumerate(target) if k % 50 != 7]
    for k in range(25, len(target), 50):
        target.insert(k, (source[(k * 7919) % len(source)], -1))
    members: dict[int, list[int]] = {}
    for position, (_, group) in enumerate(target):
        members.setdefault(group, []).append(position)
    gold = [
        [[i for i in sources if i < size], members.get(g, [])]
        for g, sources in enumerate(group_sources)
        if any(i < size for i in sources)
    ]
    first = pairs[0]
    return (
        _rebuild(first[1], source),
        _rebuild(first[2], [p for p, _ in target]),
        gold,
    )


def as_groups(groups: list[AlignmentGroup]) -> Groups:
    """Groups in gold.json's shape: [[source indices], [target indices]]."""
    return [[list(g.source), list(g.target)] for g in groups]


def perturbed_run(
    pairs: list[tuple[str, AnalysedDocument, AnalysedDocument, Groups]],
    seed: int,
    rounds: int,
    aligned: list[tuple[Groups, list[AlignmentGroup]]],
) -> tuple[float, float, float, int, int]:
    """Precision, recall and F1 on ``rounds`` perturbed copies of every pair, and how
    many of the inserted and deleted paragraphs were left unmatched, of how many.
    The perturbed groups are appended to ``aligned`` for the calibration."""
    rng = random.Random(seed)
    perturbed, kept, total = [], 0, 0
    for _ in range(rounds):
        for n, (_, source, target, gold) in enumerate(pairs):
            donor = pairs[(n + 7) % len(pairs)][2]
            new_target, new_gold, deleted, inserted = perturb(target, gold, donor, rng)
            groups = align(source, new_target)
            aligned.append((new_gold, groups))
            found = as_groups(groups)
            perturbed.append((new_gold, found))
            ok, count = unmatched_share(found, deleted, inserted)
            kept, total = kept + ok, total + count
    return (*score(perturbed), kept, total)


def main() -> None:
    global SEMANTIC
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seeds", type=int, default=1, help="perturbation seeds, from --seed")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lexical-only", action="store_true")
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--long", type=int, default=10000, help="paragraphs a side (0: skip)")
    args = parser.parse_args()
    SEMANTIC = not args.lexical_only
    corpora = Path(args.corpora)
    corpora = corpora / "debian-docs" if (corpora / "debian-docs").is_dir() else corpora

    started = time.perf_counter()
    pairs = load(corpora)
    analysis_seconds = time.perf_counter() - started
    paragraphs = sum(len(s.paragraphs) + len(t.paragraphs) for _, s, t, _ in pairs)

    started = time.perf_counter()
    aligned = [(gold, align(s, t)) for _, s, t, gold in pairs]
    align_seconds = time.perf_counter() - started
    clean = [(gold, as_groups(groups)) for gold, groups in aligned]
    p, r, f = score(clean)
    print(f"pairs: {len(pairs)}, paragraphs (both sides): {paragraphs}")
    print(f"as they are:  precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")

    figures = []
    for seed in range(args.seed, args.seed + args.seeds):
        p, r, f, kept, total = perturbed_run(pairs, seed, args.rounds, aligned)
        figures.append((f, kept / total))
        print(
            f"perturbed (seed {seed}, {args.rounds} rounds): precision {p:.5f}  recall {r:.5f}  "
            f"F1 {f:.5f}; inserted/deleted paragraphs left unmatched: {kept}/{total} "
            f"({kept / total:.1%})"
        )
    if len(figures) > 1:
        f1s, shares = [f for f, _ in figures], [u for _, u in figures]
        print(
            f"over {len(figures)} seeds: perturbed F1 mean {sum(f1s) / len(f1s):.5f}, "
            f"worst {min(f1s):.5f}; left unmatched mean {sum(shares) / len(shares):.1%}, "
            f"worst {min(shares):.1%}"
        )
    print(
        f"alignment: {align_seconds:.2f} s for {paragraphs} paragraphs "
        f"({1000 * align_seconds / paragraphs:.3f} s per 1,000, embeddings included); "
        f"reading and analysis: {analysis_seconds:.1f} s"
    )
    if args.calibrate:
        print("calibration (clean and perturbed groups):")
        calibration(aligned)
    if args.long:
        import resource

        source, target, gold = long_pair(pairs, args.long)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started, cpu = time.perf_counter(), time.process_time()
        groups = align(source, target)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        words = sum(
            len(p.paragraph.content.split()) for p in (*source.paragraphs, *target.paragraphs)
        )
        p, r, f = score([(gold, as_groups(groups))])
        print(
            f"long pair: {len(source.paragraphs)} + {len(target.paragraphs)} paragraphs "
            f"({words} words) aligned in {seconds:.1f} s ({cpu:.1f} s of CPU), embeddings "
            f"included ({1000 * seconds / (len(source.paragraphs) + len(target.paragraphs)):.3f}"
            f" s per 1,000 paragraphs); peak memory grew by {grown:.0f} MB; "
            f"F1 against its gold {f:.4f} (precision {p:.4f}, recall {r:.4f})"
        )


if __name__ == "__main__":
    main()
