"""How one pair renders its terms: each source acronym, each introduced name, each short segment.

What a pair does with a term is read group by group, from what the rules
already compare (``translint.compare``):

- **Acronyms.** In each matched group, a source acronym is rendered by the
  same acronym when the group's target writes it (COVID-19, IBM kept as they
  are); else by a rendering the pair, the language data or the glossary
  declares (``translint.compare.declared``) that the target writes or spells
  out; else by the one target acronym left over when it is the one source
  acronym left over (the exchange of ``translint.compare.acronyms``). A
  group that writes the name out instead (the declared name's words, its
  short form « l’Agence », the official table's name « gouvernement du
  Canada » for GC, or an acronym the original introduces and the translation
  never writes as one) renders it *in words* (``WRITTEN_OUT``): that agrees
  with any acronym, so it neither establishes nor contradicts one. Else the
  group renders it by nothing (the empty rendering: a pronoun, a dropped
  mention). The pair's rendering of the acronym is the one most of its groups
  use, an acronym before words, words before nothing.
- **Names** introduced with their acronym on both sides ("Treasury Board
  Secretariat (TBS)" / « Secrétariat du Conseil du Trésor (SCT) »): the
  name's rendering is the other name, as the texts declare it.
- **Segments**: a one-to-one group of two short paragraphs (headings,
  labels, calls to action of at most ``SEGMENT_WORDS`` words): the source
  text's rendering is the target text, both with case and spacing folded.

Keys fold what does not make a different term: acronyms by
``translint.compare.declared.key`` (case, accents, a plural s), names and
segments by case and white space (accents kept: « a » and « à » differ).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from translint.compare.acronyms import MIN_VOTES, acronyms_of
from translint.compare.declared import (
    Declared,
    Definition,
    content_words,
    definitions,
    key,
    paired_definitions,
    spelled_out,
    spells_out,
    written_keys,
)
from translint.compare.structure import checked
from translint.compare.tokens import Token, group_paragraphs
from translint.lang import language
from translint.lang.en_fr.names import known_acronyms
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph

SEGMENT_WORDS = 8  # a heading, a label, a call to action; a sentence is longer
LETTER = re.compile(r"[^\W\d_]")
TRAILING = ".:;!?…"

# The rendering of an acronym a group writes out in words: agrees with any acronym.
WRITTEN_OUT = "(in words)"

ACRONYM = "acronym"
NAME = "name"
SEGMENT = "segment"


@dataclass(frozen=True)
class Place:
    """Where a pair uses a term: its source and target paragraphs and spans (of ``text``)."""

    source_paragraph: int
    source_start: int | None
    source_end: int | None
    target_paragraph: int | None
    target_start: int | None = None
    target_end: int | None = None


@dataclass(frozen=True)
class Rendered:
    """One term of one pair and how the pair renders it, with where."""

    kind: str  # ACRONYM, NAME or SEGMENT
    term: str  # the source term's key
    written: str  # as the source writes it
    rendering: str  # the rendering's key; "" when nothing renders it
    rendered: str  # as the target writes it
    places: tuple[Place, ...]  # the places where the pair renders it this way
    others: tuple[tuple[str, int], ...] = ()  # other renderings in the pair, and their groups


@dataclass(frozen=True)
class PairTerms:
    """Everything one pair says about the site's terms."""

    terms: tuple[Rendered, ...] = ()


def observe(
    source: AnalysedDocument,
    target: AnalysedDocument,
    alignment: Sequence[AlignmentGroup],
    declared: Declared,
    explained: frozenset[tuple[str, int]] = frozenset(),
) -> PairTerms:
    """How the pair renders each source acronym, each introduced name, each short segment.

    ``explained`` holds the source acronyms (folded, with their paragraph) that
    the target renders as declared (``translint.compare.declared.explained``):
    written out, in a short form, or throughout.
    """
    found = list(_acronyms(source, target, alignment, declared, explained))
    found += _names(source, target, alignment)
    found += _segments(source, target, alignment)
    return PairTerms(tuple(found))


def _acronyms(
    source: AnalysedDocument,
    target: AnalysedDocument,
    alignment: Sequence[AlignmentGroup],
    declared: Declared,
    explained: frozenset[tuple[str, int]],
) -> Iterator[Rendered]:
    # acronym key -> rendering key -> places; and how each key is written
    votes: dict[str, dict[str, list[Place]]] = defaultdict(lambda: defaultdict(list))
    # (acronym, rendering) -> groups that render it only by what is left over
    left_over: Counter[tuple[str, str]] = Counter()
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for group in alignment:
        if not group.matched:
            continue
        source_paragraphs = group_paragraphs(source, group.source)
        target_paragraphs = group_paragraphs(target, group.target)
        ours = acronyms_of([p for p in source_paragraphs if checked(p)])
        if not ours:
            continue
        theirs = acronyms_of([p for p in target_paragraphs if checked(p)])
        for acronym, places in ours.items():
            rendering, shown, at, leftover = _rendering(
                acronym, ours, theirs, declared, target_paragraphs
            )
            term = key(places[0].text)
            if leftover:
                left_over[(term, rendering)] += 1
            if not rendering and (
                (term, places[0].paragraph.paragraph.index) in explained
                or _in_table_words(places[0].text, target_paragraphs, target.lang)
            ):
                rendering = shown = WRITTEN_OUT
            written[term][places[0].text] += 1
            if rendering:
                written[rendering][shown] += 1
            votes[term][rendering].append(_place(places[0], at, group))
    # One group leaving one acronym over on each side is a coincidence as often as
    # a rendering (HTML beside CTRL); as for correspondences, two groups must agree.
    for (term, rendering), groups in left_over.items():
        if groups < MIN_VOTES and len(votes[term][rendering]) == groups:
            votes[term][""] += votes[term].pop(rendering)
    for term, renderings in votes.items():
        # The pair's rendering: the one most groups use, an acronym before words,
        # words before nothing.
        ranked = sorted(
            renderings.items(), key=lambda kv: (-len(kv[1]), kv[0] == WRITTEN_OUT, kv[0] == "")
        )
        rendering, places = ranked[0]
        shown = written[rendering].most_common(1)[0][0] if rendering else ""
        others = tuple((r, len(p)) for r, p in ranked[1:])
        yield Rendered(
            ACRONYM,
            term,
            written[term].most_common(1)[0][0],
            rendering,
            shown,
            tuple(places),
            others,
        )


def _rendering(
    acronym: str,
    ours: dict[str, list[Token]],
    theirs: dict[str, list[Token]],
    declared: Declared,
    target_paragraphs: list[AnalysedParagraph],
) -> tuple[str, str, Token | None, bool]:
    """How one group's target renders one of its source acronyms: its key, as written,
    its place (none for a name spelled out), and whether it is only what was left over."""
    if acronym in theirs:
        place = theirs[acronym][0]
        return key(place.text), place.text, place, False
    renderings = declared.renderings.get(key(ours[acronym][0].text), ())
    for rendering in renderings:
        for places in theirs.values():
            if rendering.acronym and key(places[0].text) == key(rendering.acronym):
                return key(rendering.acronym), places[0].text, places[0], False
    lonely_ours = [a for a in ours if a not in theirs]
    lonely_theirs = [
        t for t in theirs if t not in ours and not _declared_for_other(t, ours, declared)
    ]
    if lonely_ours == [acronym] and len(lonely_theirs) == 1:
        place = theirs[lonely_theirs[0]][0]
        return key(place.text), place.text, place, True
    if renderings and spells_out(declared, ours[acronym][0].text, target_paragraphs):
        # The name written out renders the acronym as its own acronym would.
        spelled = next((r.acronym for r in renderings if r.acronym), "")
        return key(spelled) if spelled else "", spelled, None, False
    return "", "", None, False


def _in_table_words(acronym: str, paragraphs: list[AnalysedParagraph], lang: str) -> bool:
    """Whether ``paragraphs`` write out the official table's name of ``acronym`` in
    ``lang`` (« gouvernement du Canada » for GC, which the table keeps as GC)."""
    keys: set[str] | None = None
    for row in known_acronyms():
        if not any(key(form) == key(acronym) for form in row.written.values() if form):
            continue
        name = content_words(row.names.get(lang, ""), lang)
        if name:
            keys = written_keys(paragraphs) if keys is None else keys
            if spelled_out(name, keys):
                return True
    return False


def _declared_for_other(form: str, ours: dict[str, list[Token]], declared: Declared) -> bool:
    """Whether a target acronym is the declared rendering of one of the group's source
    acronyms: explained, so not the one left over."""
    return any(declared.renders(places[0].text, form) for places in ours.values())


def _place(source: Token, target: Token | None, group: AlignmentGroup) -> Place:
    if target is None:
        return Place(source.paragraph.paragraph.index, source.start, source.end, group.target[0])
    return Place(
        source.paragraph.paragraph.index,
        source.start,
        source.end,
        target.paragraph.paragraph.index,
        target.start,
        target.end,
    )


def _names(
    source: AnalysedDocument, target: AnalysedDocument, alignment: Sequence[AlignmentGroup]
) -> Iterator[Rendered]:
    """Names introduced with an acronym on both sides of aligned paragraphs, paired."""
    seen: set[str] = set()
    pairs = paired_definitions(definitions(source), definitions(target), tuple(alignment))
    for ours, theirs in pairs:
        mine, yours = _bare(ours.name, source.lang), _bare(theirs.name, target.lang)
        term = _folded(mine)
        if term in seen:
            continue
        seen.add(term)
        # A name the translation copies is rendered as itself: kept, where the
        # site may translate it.
        place = _definition_place(ours, theirs)
        yield Rendered(NAME, term, mine, _folded(yours), yours, (place,))


def _bare(name: str, lang: str) -> str:
    """A name without the article a sentence gave it (« l’Agence du revenu du Canada »
    and « L’Agence … » at a sentence's start are the Agence du revenu du Canada)."""
    text = language(lang).text
    head, _, rest = name.partition(" ")
    if rest and head.lower() in text.name_articles:
        return rest
    for elided in text.elided_articles:
        for apostrophe in "’'":
            if name.lower().startswith(elided + apostrophe) and len(name) > 2:
                return name[2:].lstrip()
    return name


def _definition_place(ours: Definition, theirs: Definition) -> Place:
    return Place(ours.paragraph, ours.start, ours.end, theirs.paragraph, theirs.start, theirs.end)


def _segments(
    source: AnalysedDocument, target: AnalysedDocument, alignment: Sequence[AlignmentGroup]
) -> Iterator[Rendered]:
    """Short paragraphs aligned one to one: headings, labels, calls to action."""
    seen: set[str] = set()
    for group in alignment:
        if len(group.source) != 1 or len(group.target) != 1:
            continue
        ours, theirs = source.paragraphs[group.source[0]], target.paragraphs[group.target[0]]
        if not (checked(ours) and checked(theirs)):
            continue
        mine, yours = ours.paragraph.content, theirs.paragraph.content
        if not (_short(mine) and _short(yours)):
            continue
        term = _folded(mine)
        if term in seen:
            continue
        seen.add(term)
        place = Place(group.source[0], None, None, group.target[0])
        yield Rendered(
            SEGMENT, term, " ".join(mine.split()), _folded(yours), " ".join(yours.split()), (place,)
        )


def _short(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= SEGMENT_WORDS and LETTER.search(text) is not None


def _folded(text: str) -> str:
    """Case and white space folded, final punctuation dropped: one segment, however set."""
    return " ".join(text.split()).strip(TRAILING + " ").casefold()


def kept_names(
    names: Sequence[tuple[str, str]],
    source: AnalysedDocument,
    target: AnalysedDocument,
    alignment: Sequence[AlignmentGroup],
) -> PairTerms:
    """Names the site translates (``names``: source name and its established
    rendering, as written) that this pair's translation keeps in the original's
    words, where its source writes them: the name copied, the rendering absent.

    Read with the site's names because a copied name introduces nothing: « le
    Canada.ca Experience Office (BEC) » is no definition, so ``observe`` cannot
    see it.
    """
    found = []
    for written, rendered in names:
        pattern = re.compile(rf"(?<![\w-]){re.escape(written)}(?![\w-])", re.IGNORECASE)
        rendering = _folded(rendered)
        for group in alignment:
            if not group.matched:
                continue
            place = _kept_in(pattern, rendering, source, target, group)
            if place is not None:
                term = _folded(written)
                found.append(Rendered(NAME, term, written, term, written, (place,)))
                break
    return PairTerms(tuple(found))


def _kept_in(
    pattern: re.Pattern[str],
    rendering: str,
    source: AnalysedDocument,
    target: AnalysedDocument,
    group: AlignmentGroup,
) -> Place | None:
    """Where a group's source writes the name and its target copies it without the rendering."""
    theirs = group_paragraphs(target, group.target)
    if not any(pattern.search(p.paragraph.content) for p in theirs):
        return None
    if any(rendering in _folded(p.paragraph.content) for p in theirs):
        return None
    for ours in group_paragraphs(source, group.source):
        mine = pattern.search(ours.paragraph.content)
        if mine is None:
            continue
        copied = next(m for p in theirs if (m := pattern.search(p.paragraph.content)))
        holder = next(p for p in theirs if pattern.search(p.paragraph.content))
        start, end = ours.paragraph.text_span(*mine.span())
        there = holder.paragraph.text_span(*copied.span())
        return Place(ours.paragraph.index, start, end, holder.paragraph.index, *there)
    return None
