"""Acronym correspondences that the texts declare, or that the language data and the glossary know.

Writers introduce an acronym with its name: "the Canadian Digital Service
(CDS)", « le Service numérique canadien (SNC) ». When the aligned paragraphs
of a pair each introduce one, the pair has declared that CDS is SNC: the
French acronym is no inconsistency and the English one is not missing. The
same holds for the pairs of ``lang/en_fr/acronyms.csv`` (official names of
Government of Canada institutions and the like) and for a glossary entry
giving both acronyms.

A declared acronym is also found when the translation spells it out: a
target paragraph holding the content words of the French name (from the
French definition or the table) renders CDS as surely as one writing SNC.
An acronym the original introduces itself, and the translation never writes
as any acronym, is taken as spelled out throughout: the original says what
it means, and without a bilingual lexicon the words that render it cannot
be told from a dropped mention (``missing-sentence`` looks for those).

How an introduction is recognised (``definitions``): an acronym alone in
brackets right after words whose initials spell it, in order (``Employment
and Social Development Canada (ESDC)``), or an acronym followed by its name in
brackets (``CDS (Canadian Digital Service)``). Function words may be skipped
or may give a letter (``Authority to Operate``); up to two other words may be
skipped (``Treasury Board of Canada Secretariat (TBS)``, « sondage sur la
réussite des tâches du gouvernement du Canada (SRT) »); elided articles,
hyphenated words (``assurance-emploi`` is A, E) and dotted acronyms
(``T.N.-O.``) are read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from types import MappingProxyType

from translint.analysis.nlp import is_function_word
from translint.compare.tokens import group_paragraphs
from translint.glossary import Glossary
from translint.lang import language
from translint.lang.en_fr.names import known_acronyms
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph
from translint.words import fold

BRACKETS = re.compile(r"\(([^()]{1,80})\)")
# What an acronym looks like: capitals, with digits, dots, hyphens, & and a
# final lower-case part allowed (NRCan, T.N.-O., R&D).
ACRONYM = re.compile(r"(?:[^\W\d_]\.?[-&]?){1,12}")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
TOKEN = re.compile(r"[\w&.-]+")  # a word with the dots and hyphens of an acronym
MAX_SKIPPED = 2  # words of a name that give no letter and are no function words
MAX_BEFORE = 16  # words before the brackets where a name may start


@dataclass(frozen=True)
class Definition:
    """An acronym introduced with its name in one paragraph."""

    acronym: str  # as written: SNC
    name: str  # as written: Service numérique canadien
    paragraph: int
    start: int  # the acronym, in the paragraph's text
    end: int
    brackets: tuple[int, int]  # the brackets around the acronym or the name, in the text


@dataclass(frozen=True)
class Rendering:
    """One way the target writes a source acronym: another acronym and, when known,
    the content words of its name spelled out (folded)."""

    acronym: str
    name: tuple[str, ...] = ()


@dataclass(frozen=True)
class Declared:
    """What a pair declares about its source acronyms, by folded acronym."""

    renderings: Mapping[str, tuple[Rendering, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    defined: frozenset[str] = frozenset()  # source acronyms the source introduces itself
    # The brackets of the target's definitions, by paragraph: an original form
    # written there (« SNC (CDS en anglais) ») is no mixing.
    target_brackets: frozenset[tuple[int, tuple[int, int]]] = frozenset()

    def renders(self, source: str, target: str) -> bool:
        """Whether ``target`` is a declared rendering of the source acronym ``source``."""
        return any(key(r.acronym) == key(target) for r in self.renderings.get(key(source), ()))


def key(acronym: str) -> str:
    """An acronym folded, its plural cut off (NOCs is NOC): how declarations are looked up."""
    if len(acronym) > 2 and acronym.endswith("s") and acronym[:-1].isupper():
        acronym = acronym[:-1]
    return fold(acronym)


def acronym_letters(acronym: str) -> str:
    """The letters an acronym spells, folded: its capitals (NRCan is N, R, C)."""
    return fold("".join(c for c in acronym if c.isupper()))


def is_acronym(text: str) -> bool:
    """Two capitals or more, no spaces, at most 12 letters, and mostly capitals."""
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return (
        ACRONYM.fullmatch(text) is not None
        and capitals >= 2
        and capitals * 2 >= len(letters)
        and text[0].isupper()
    )


def definitions(document: AnalysedDocument) -> tuple[Definition, ...]:
    """Every acronym the document introduces with its name, in order."""
    elisions = language(document.lang).text.elisions
    found = []
    for analysed in document.paragraphs:
        found += _definitions_in(analysed, document.lang, elisions)
    return tuple(found)


def _definitions_in(
    analysed: AnalysedParagraph, lang: str, elisions: tuple[str, ...]
) -> list[Definition]:
    paragraph = analysed.paragraph
    content = paragraph.content
    found = []
    for match in BRACKETS.finditer(content):
        inside = match.group(1)
        brackets = paragraph.text_span(match.start(), match.end())
        head = re.match(r"\s*([^\s,;:]+)", inside)
        if head and is_acronym(head.group(1)):
            acronym = head.group(1)
            before = list(WORD.finditer(content, max(0, match.start() - 300), match.start()))
            before = _same_sentence(content, before[-MAX_BEFORE:], match.start())
            words = [m.group() for m in reversed(before)]
            used = _spelled(acronym_letters(acronym)[::-1], words, lang, elisions, reverse=True)
            if used:
                first, last = before[-used[1]], before[-1 - used[0]]
                start = match.start(1) + head.start(1)
                span = paragraph.text_span(start, start + len(acronym))
                name = content[first.start() : last.end()]
                found.append(Definition(acronym, name, paragraph.index, *span, brackets))
                continue
        found += _name_after(analysed, match, lang, elisions)
    return found


def _name_after(
    analysed: AnalysedParagraph, match: re.Match[str], lang: str, elisions: tuple[str, ...]
) -> list[Definition]:
    """``CDS (Canadian Digital Service)``: the acronym before the brackets."""
    paragraph = analysed.paragraph
    content = paragraph.content
    head = re.search(r"([^\s(]+)\s*$", content[: match.start()])
    if head is None or not is_acronym(head.group(1)):
        return []
    inside = list(WORD.finditer(match.group(1)))
    words = [m.group() for m in inside]
    used = _spelled(acronym_letters(head.group(1)), words, lang, elisions, reverse=False)
    if not used or used[0] != 0:
        return []
    offset = match.start(1)
    name = content[offset + inside[0].start() : offset + inside[used[1] - 1].end()]
    span = paragraph.text_span(head.start(1), head.end(1))
    brackets = paragraph.text_span(match.start(), match.end())
    return [Definition(head.group(1), name, paragraph.index, *span, brackets)]


def _same_sentence(content: str, words: list[re.Match[str]], end: int) -> list[re.Match[str]]:
    """The words before ``end`` that are in its sentence (or clause)."""
    kept: list[re.Match[str]] = []
    for word in reversed(words):
        between = content[word.end() : kept[-1].start() if kept else end]
        if re.search(r"[.:;!?()\[\]]\s|[()\[\]]", between):
            break
        kept.append(word)
    return kept[::-1]


def _initials(word: str, elisions: tuple[str, ...]) -> tuple[str, ...]:
    """The letters a word may give an acronym, longest first: its hyphenated parts'
    initials (assurance-emploi: ae), its capitals (JavaScript: js), its first letter."""
    folded = fold(word)
    head, apostrophe, tail = folded.partition("'")
    if apostrophe and head in elisions and tail:
        folded, word = tail, word[len(head) + 1 :]
    options = {folded[0]}
    parts = [p for p in folded.split("-") if p]
    if len(parts) > 1:
        options.add("".join(p[0] for p in parts))
    capitals = fold("".join(c for c in word if c.isupper()))
    if len(capitals) > 1:
        options.add(capitals)
    return tuple(sorted(options, key=len, reverse=True))


def _spelled(
    letters: str, words: list[str], lang: str, elisions: tuple[str, ...], reverse: bool
) -> tuple[int, int] | None:
    """Whether ``words`` (nearest first) spell ``letters``, returning the span of words
    used: (first word giving a letter, one past the last), or None.

    Of the ways to spell them, the one skipping fewest content words wins, then
    the one taking fewest letters from function words (``Emploi et
    Développement social Canada`` is EDSC from *Emploi*, not *et*; ``Authority to
    Operate`` needs *to*). ``reverse`` says the words run backwards from the
    brackets, so a word's letters are read backwards too.
    """
    if len(letters) < 2:
        return None
    function = [is_function_word(w, lang) for w in words]
    options = [[o[::-1] if reverse else o for o in _initials(w, elisions)] for w in words]
    best: tuple[tuple[int, int], tuple[int, int]] | None = None

    def walk(i: int, j: int, cost: tuple[int, int], first: int | None) -> None:
        nonlocal best
        if best is not None and cost >= best[0]:
            return
        if i == len(letters):
            best = (cost, (first or 0, j))
            return
        if j == len(words):
            return
        for option in options[j]:
            if letters.startswith(option, i):
                spent = (cost[0], cost[1] + function[j])
                walk(i + len(option), j + 1, spent, j if first is None else first)
        if function[j]:
            walk(i, j + 1, cost, first)
        elif cost[0] < MAX_SKIPPED:
            walk(i, j + 1, (cost[0] + 1, cost[1]), first)

    walk(0, 0, (0, 0), None)
    return best[1] if best else None


def declared(
    source: AnalysedDocument,
    target: AnalysedDocument,
    alignment: tuple[AlignmentGroup, ...],
    glossary: Glossary | None,
) -> Declared:
    """The renderings of the source's acronyms that the pair's texts, the language
    data and the glossary declare."""
    source_definitions, target_definitions = definitions(source), definitions(target)
    renderings: dict[str, dict[str, Rendering]] = defaultdict(dict)
    written = _written_acronyms(source)
    for s, t in paired_definitions(source_definitions, target_definitions, alignment):
        # The other language's acronym is not a word of the original (UNIX is no
        # rendering of IPC), and its name does not spell the original's.
        if key(t.acronym) not in written and not _copied_name(s, t, target.lang):
            _add(renderings, s.acronym, Rendering(t.acronym, content_words(t.name, target.lang)))
    for acronym, rendering in _table_rows(source.lang, target.lang):
        if key(acronym) in written:
            _add(renderings, acronym, rendering)
    if glossary is not None:
        for acronym, rendering in _glossary(glossary, source.lang, target.lang):
            if key(acronym) in written:
                _add(renderings, acronym, rendering)
    frozen = {k: tuple(v.values()) for k, v in renderings.items()}
    defined = frozenset(key(d.acronym) for d in source_definitions)
    brackets = frozenset((d.paragraph, d.brackets) for d in target_definitions)
    return Declared(MappingProxyType(frozen), defined, brackets)


def with_site(
    base: Declared, source: AnalysedDocument, site: tuple[tuple[str, Rendering], ...]
) -> Declared:
    """``base`` (what ``declared`` found) with the acronym pairs a whole site established
    (``translint.terminology``) declared too, added after the pair's own as ``declared``
    adds the glossary's after the table's: the texts are not read again."""
    if not site:
        return base
    written = _written_acronyms(source)
    renderings: dict[str, dict[str, Rendering]] = defaultdict(dict)
    for acronym, known in base.renderings.items():
        renderings[acronym] = {key(r.acronym): r for r in known}
    for acronym, rendering in site:
        if key(acronym) in written:
            _add(renderings, acronym, rendering)
    frozen = {k: tuple(v.values()) for k, v in renderings.items()}
    return replace(base, renderings=MappingProxyType(frozen))


def _add(renderings: dict[str, dict[str, Rendering]], acronym: str, rendering: Rendering) -> None:
    known = renderings[key(acronym)]
    other = key(rendering.acronym)
    if other not in known or not known[other].name:
        known[other] = rendering


def _written_acronyms(document: AnalysedDocument) -> set[str]:
    return _written_acronyms_of(list(document.paragraphs))


def paired_definitions(
    source: tuple[Definition, ...],
    target: tuple[Definition, ...],
    alignment: tuple[AlignmentGroup, ...],
) -> Iterator[tuple[Definition, Definition]]:
    """Definitions of aligned paragraphs that introduce different acronyms, in order.

    Acronyms introduced on both sides (IRCC / IRCC) are set aside first; the
    rest pair in order when both sides introduce as many, otherwise by the
    names' shared word stems (Canadian / canadien).
    """
    by_source: dict[int, list[Definition]] = defaultdict(list)
    by_target: dict[int, list[Definition]] = defaultdict(list)
    for d in source:
        by_source[d.paragraph].append(d)
    for d in target:
        by_target[d.paragraph].append(d)
    for group in alignment:
        if not group.matched:
            continue
        here_s = [d for i in group.source for d in by_source[i]]
        here_t = [d for j in group.target for d in by_target[j]]
        both = {key(d.acronym) for d in here_s} & {key(d.acronym) for d in here_t}
        here_s = [d for d in here_s if key(d.acronym) not in both]
        here_t = [d for d in here_t if key(d.acronym) not in both]
        if len(here_s) == len(here_t):
            yield from zip(here_s, here_t, strict=True)
        else:
            yield from _by_stems(here_s, here_t)


def _copied_name(source: Definition, target: Definition, lang: str) -> bool:
    """Whether the target introduces another acronym with a name that spells the
    source's: « Common Internet File System (IP) » declares nothing, it is a slip."""
    words = WORD.findall(target.name)
    elisions = language(lang).text.elisions
    spelled = _spelled(acronym_letters(source.acronym), words, lang, elisions, reverse=False)
    return spelled is not None and spelled[0] == 0


def _by_stems(
    source: list[Definition], target: list[Definition]
) -> Iterator[tuple[Definition, Definition]]:
    taken: set[int] = set()
    for s in source:
        stems = _stems(s.name)
        scored = [(len(stems & _stems(t.name)), -k) for k, t in enumerate(target) if k not in taken]
        if not scored:
            return
        score, k = max(scored)
        if score > 0:
            taken.add(-k)
            yield s, target[-k]


def _stems(name: str) -> set[str]:
    return {fold(w)[:4] for w in WORD.findall(name) if len(w) >= 4}


def content_words(name: str, lang: str) -> tuple[str, ...]:
    """The folded words of a name that a spelling out must contain: not function words,
    elided articles cut off (d'urgence is urgence)."""
    return tuple(
        part
        for word in WORD.findall(name)
        for part in _folded_parts(word)
        if len(part) >= 2 and not is_function_word(part, lang)
    )


def _folded_parts(word: str) -> list[str]:
    """A word folded, an elided article cut off and split at hyphens:
    « l’assurance-emploi » is assurance, emploi."""
    folded = fold(word)
    head, apostrophe, tail = folded.partition("'")
    return (tail if apostrophe and len(head) <= 2 else folded).split("-")


@cache
def _table_rows(source_lang: str, target_lang: str) -> tuple[tuple[str, Rendering], ...]:
    rows = []
    for known in known_acronyms():
        ours, theirs = known.written.get(source_lang), known.written.get(target_lang)
        name = content_words(known.names.get(target_lang, ""), target_lang)
        # A row may give the other language a name and no acronym: SEO is
        # « référencement », written out.
        if ours and ours != theirs and (theirs or name):
            rows.append((ours, Rendering(theirs or "", name)))
    return tuple(rows)


def _glossary(
    glossary: Glossary, source_lang: str, target_lang: str
) -> Iterator[tuple[str, Rendering]]:
    """Acronyms a glossary entry renders by another acronym, with the entry's other
    renderings as the name spelled out."""
    for entry in glossary.entries:
        ours = [t for t in entry.preferred(source_lang) if is_acronym(t)]
        theirs = entry.preferred(target_lang)
        acronyms = [t for t in theirs if is_acronym(t)]
        names = [content_words(t, target_lang) for t in theirs if not is_acronym(t)]
        for acronym in ours:
            for rendering in acronyms:
                yield acronym, Rendering(rendering, names[0] if names else ())


def spelled_out(name: tuple[str, ...], keys: set[str]) -> bool:
    """Whether every content word of a name is among ``keys`` (a plural allowed)."""
    return bool(name) and all(w in keys or f"{w}s" in keys or f"{w}x" in keys for w in name)


def spells_out(declared: Declared, acronym: str, paragraphs: list[AnalysedParagraph]) -> bool:
    """Whether ``paragraphs`` write out the name of a declared rendering of ``acronym``
    (« Service numérique canadien » for CDS)."""
    keys = written_keys(paragraphs)
    return any(spelled_out(r.name, keys) for r in declared.renderings.get(key(acronym), ()))


def explained(
    declared: Declared,
    source: AnalysedDocument,
    target: AnalysedDocument,
    alignment: tuple[AlignmentGroup, ...],
) -> frozenset[tuple[str, int]]:
    """Source acronyms (folded), with the source paragraph of each place, that the
    target renders as declared: by a declared acronym or its name in the group's
    target, or spelled out throughout (see the module's docstring).

    A declared acronym that the target never writes as any acronym, and spells
    out in some group, is spelled out throughout: a translator may leave out a repeated
    mention of a name in words (« Pilote Intel » under « Pilote de processeur
    graphique » for Intel GPU driver) as it may leave out a repeated acronym.
    """
    target_written = _written_acronyms(target)
    throughout = {
        acronym
        for acronym in declared.defined
        if acronym not in target_written
        and not any(key(r.acronym) in target_written for r in declared.renderings.get(acronym, ()))
    }
    found: set[tuple[str, int]] = set()
    spelled: set[str] = set()
    wanted_places: list[tuple[str, int]] = []
    for wanted, paragraphs in _wanted(declared, source, target, alignment, throughout):
        wanted_places += wanted
        written, keys = _written_acronyms_of(paragraphs), written_keys(paragraphs)
        heads = _short_forms(paragraphs, target.lang)
        for acronym, index in wanted:
            renderings = declared.renderings.get(acronym, ())
            if any(spelled_out(r.name, keys) for r in renderings):
                spelled.add(acronym)
                found.add((acronym, index))
            elif (
                acronym in throughout
                or any(key(r.acronym) in written for r in renderings)
                # A one-word name is the name itself, not its head.
                or any(len(r.name) > 1 and r.name[:1] in heads for r in renderings)
            ):
                found.add((acronym, index))
    spelled = _never_written(declared, spelled, target_written)
    return frozenset(found | {place for place in wanted_places if place[0] in spelled})


def _wanted(
    declared: Declared,
    source: AnalysedDocument,
    target: AnalysedDocument,
    alignment: tuple[AlignmentGroup, ...],
    throughout: set[str],
) -> Iterator[tuple[list[tuple[str, int]], list[AnalysedParagraph]]]:
    """The declared acronyms of each matched group's source, with their paragraph,
    and the group's target paragraphs; groups without one are skipped, so their
    target is never read."""
    for group in alignment:
        if not group.matched:
            continue
        wanted = [
            (acronym, analysed.paragraph.index)
            for analysed in group_paragraphs(source, group.source)
            for word in TOKEN.findall(analysed.paragraph.content)
            if (acronym := key(word.rstrip("."))) in throughout or acronym in declared.renderings
        ]
        if wanted:
            yield wanted, group_paragraphs(target, group.target)


def _never_written(declared: Declared, spelled: set[str], target_written: set[str]) -> set[str]:
    """The acronyms of ``spelled`` the target writes as no acronym anywhere.

    An acronym rendering is no longer than the original, and a group without it
    dropped it (« l'espace de couleur TSV » for "HSV rather than RGB color space";
    « L'équipe Web » for "The NWT web team" where the French writes T.N.-O.
    elsewhere).
    """
    return {
        acronym
        for acronym in spelled - target_written
        if not any(
            r.acronym and key(r.acronym) in target_written for r in declared.renderings[acronym]
        )
    }


def _short_forms(paragraphs: list[AnalysedParagraph], lang: str) -> set[tuple[str]]:
    """Capitalised nouns standing alone after an article (« de l’Agence, d’IRCC »),
    folded: how a text names an institution by the head of its name. A
    lower-case noun (« l’agence ») is any agency, a capital makes it the one the
    text is about; a head with a complement (« le Bureau de l’expérience ») or
    followed by a capitalised word (« Service Canada ») is another institution's
    full name."""
    pattern = _short_form(lang)
    if pattern is None:
        return set()
    return {
        (fold(word),)
        for p in paragraphs
        for word in pattern.findall(p.paragraph.content)
        if word[0].isupper() and not word.isupper()
    }


@cache
def _short_form(lang: str) -> re.Pattern[str] | None:
    """The pattern of ``_short_forms`` for a language, built once: it runs on every
    group whose source holds a declared acronym."""
    text = language(lang).text
    if not text.name_articles:
        return None
    articles = "|".join(text.name_articles)
    elided = "".join(text.elided_articles) or "\\W"
    return re.compile(
        rf"(?i:\b(?:{articles})\s+|\b[{elided}][’'])([^\W\d_]{{2,}})"
        rf"(?!\s+(?i:{articles})\b|\s+[{elided}][’']|[\w’'-]|\s+[A-ZÀ-Þ])"
    )


def _written_acronyms_of(paragraphs: list[AnalysedParagraph]) -> set[str]:
    """Every word as written, folded, with and without a final dot (T.N.-O., NRCan.)."""
    found = set()
    for p in paragraphs:
        for word in TOKEN.findall(p.paragraph.content):
            found.update((key(word), key(word.rstrip("."))))
    return found


def written_keys(paragraphs: list[AnalysedParagraph]) -> set[str]:
    """The ``_folded_parts`` of every word of ``paragraphs``: what a name written out
    is looked for in."""
    return {
        part
        for p in paragraphs
        for word in WORD.findall(p.paragraph.content)
        for part in _folded_parts(word)
    }
