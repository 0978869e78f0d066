"""Acronyms that aligned paragraphs exchange for others (QKBA / AAQC, RGB / RVB).

An acronym of the original that its translation writes as another acronym
is either the organisation's other official name or a confusion; these
functions find the exchanges, the pairs consistent enough to report, and
the acronyms that a known rendering or a near spelling explains.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import OSA

from translint.compare.tokens import Token, group_paragraphs
from translint.lang.en_fr.names import known_acronyms
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph, EntityLabel
from translint.words import fold

MIN_VOTES = 2  # aligned groups that must exchange two acronyms before they correspond


@dataclass(frozen=True)
class Exchange:
    """A matched group whose only unexplained acronyms are one on each side."""

    group: AlignmentGroup
    source: str
    target: str
    source_places: tuple[Token, ...]


@dataclass(frozen=True)
class Correspondence:
    """An acronym of the source that the target consistently writes as another acronym."""

    source: str
    target: str
    source_places: tuple[Token, ...]
    target_places: tuple[Token, ...]
    source_mixed: bool  # the target also uses the source form somewhere


def acronyms_of(paragraphs: list[AnalysedParagraph]) -> dict[str, list[Token]]:
    """The acronyms the recogniser found in ``paragraphs``, by key, with their places."""
    found: dict[str, list[Token]] = defaultdict(list)
    for analysed in paragraphs:
        for entity in analysed.entities:
            if entity.label is EntityLabel.ACRONYM:
                found[entity.key].append(Token(analysed, entity.text, entity.start, entity.end))
    return found


def exchanges(
    source: AnalysedDocument, target: AnalysedDocument, alignment: tuple[AlignmentGroup, ...]
) -> tuple[Exchange, ...]:
    """Every matched group that exchanges one source acronym for one target acronym."""
    found = []
    for group in alignment:
        if not group.matched:
            continue
        source_forms = acronyms_of(group_paragraphs(source, group.source))
        target_forms = acronyms_of(group_paragraphs(target, group.target))
        lonely_s = set(source_forms) - set(target_forms)
        lonely_t = set(target_forms) - set(source_forms)
        if len(lonely_s) == 1 and len(lonely_t) == 1:
            (form_s,), (form_t,) = lonely_s, lonely_t
            found.append(Exchange(group, form_s, form_t, tuple(source_forms[form_s])))
    return tuple(found)


def correspondences(
    source: AnalysedDocument, target: AnalysedDocument, exchanged: tuple[Exchange, ...]
) -> tuple[Correspondence, ...]:
    """Pairs of acronyms that aligned paragraphs consistently exchange (QKBA / AAQC).

    In every matched group, the acronyms of one side that the other side lacks
    are *unexplained*; a group with exactly one unexplained acronym on each
    side pairs them. A pair is kept when no group contradicts it (the source
    acronym unexplained next to a different target acronym).
    """
    votes: dict[str, dict[str, list[AlignmentGroup]]] = defaultdict(lambda: defaultdict(list))
    for exchange in exchanged:
        votes[exchange.source][exchange.target].append(exchange.group)
    target_all = acronyms_of(list(target.paragraphs))
    source_all = acronyms_of(list(source.paragraphs))
    result = []
    for source_form, candidates in votes.items():
        # One group is a coincidence (a word in capitals, a reworded sentence);
        # a correspondence is two or more groups agreeing and none disagreeing.
        if len(candidates) != 1:
            continue
        ((target_form, groups),) = candidates.items()
        if len(groups) < MIN_VOTES:
            continue
        result.append(
            Correspondence(
                source_form,
                target_form,
                tuple(source_all.get(source_form, ())),
                tuple(target_all.get(target_form, ())),
                source_form in target_all,
            )
        )
    return tuple(result)


def explained(
    corresponding: tuple[Correspondence, ...], exchanged: tuple[Exchange, ...]
) -> frozenset[tuple[str, int]]:
    """Source acronyms (folded), with the source paragraph of each place, that the target
    renders by another acronym: not missing, whether reported as a correspondence or not.

    A group exchanging an acronym once (RGB / RVB once) is too weak to report
    as a correspondence, but the acronym is not missing either.
    """
    paired = {
        (fold(p.source), t.paragraph.paragraph.index)
        for p in corresponding
        for t in p.source_places
    }
    once = {
        (fold(e.source), t.paragraph.paragraph.index) for e in exchanged for t in e.source_places
    }
    return frozenset(paired | once)


def expands(acronym: str, target_keys: list[str]) -> bool:
    """Whether consecutive target words spell the acronym, in order or reversed.

    French reverses noun-adjective order, so AI may be *intelligence
    artificielle* and EU *Union européenne*.
    """
    size = len(acronym)
    if size < 2 or size > 6:
        return False
    wanted = fold(acronym)
    initials = "".join(k[0] for k in target_keys)
    return wanted in initials or wanted[::-1] in initials


@cache
def known_acronym_pairs() -> frozenset[tuple[str, str]]:
    """Acronyms of one language with the other's written instead (``lang/en_fr/acronyms.csv``),
    in capitals and in both orders, so that either language may be the source."""
    pairs = set()
    for known in known_acronyms():
        for a in known.written.values():
            for b in known.written.values():
                if a and b and a.upper() != b.upper():
                    pairs.add((a.upper(), b.upper()))
    return frozenset(pairs)


def localised(acronym: str, written: set[str]) -> bool:
    """Whether the target writes the other language's acronym: a known rendering
    (AI / IA, UN / ONU), or a short acronym with one letter changed or two
    exchanged (RGB / RVB, HSV / TSV)."""
    known = known_acronym_pairs()
    if any((acronym.upper(), w.upper()) in known for w in written):
        return True
    if not acronym.isupper() or len(acronym) > 4:
        return False
    return any(
        len(w) == len(acronym) and w.isupper() and OSA.distance(w, acronym) == 1 for w in written
    )
