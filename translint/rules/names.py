"""Rules on names: people, organisations, places and acronyms must survive translation.

They put into words what the name comparisons (``translint.compare``) found;
``benchmarks/names_corpus.py`` measures them on the Debian corpora with names
misspelt and swapped on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.compare.acronyms import Correspondence, known_acronym_pairs
from translint.compare.mixed import Mixed
from translint.compare.spelling import Variant
from translint.compare.tokens import Token
from translint.lang import language_name
from translint.model import AnalysedDocument, Location, Severity
from translint.rules.context import Context, span
from translint.rules.registry import Hit, rule


@rule(
    "name-inconsistent",
    Severity.WARNING,
    "one organisation goes by names that do not correspond, and no glossary declares them equal",
)
def name_inconsistent(context: Context) -> Iterator[Hit]:
    """An acronym of the original is consistently another acronym in the translation.

    Why: QKBA in English and AAQC in French may be the same association under
    its two official names, or a confusion; readers cannot tell, and nothing
    in the text says so. Reported once per pair of names with every place it
    occurs; an error when the translation itself mixes the two names.

    Example: ``QKBA was invited`` / ``AAQC a été invitée``.

    Within one text, a person's name spelled two ways (``Yonkyu`` in one
    paragraph, ``Yongkyu`` in another), or a capitalised word written once with
    a typing slip (``Cnaada`` among many ``Canada``), is reported here too, once
    per pair of spellings, pointing at the rarer one.

    Two acronyms the pair declares one thing are no finding: each introduced
    with its name in aligned paragraphs (``Canadian Digital Service (CDS)`` /
    ``Service numérique canadien (SNC)``), an official pair of the language
    data (CRA / ARC), or a glossary entry. A translation writing both forms
    of one (SNC, and CDS once) is an error, pointing at the rarer.
    """
    for variant in context.source_spelling_variants:
        yield _variant(variant, context.source, on_source=True)
    for variant in context.target_spelling_variants:
        # A target spelling the source contradicts is already a name-mismatch.
        rare = variant.rare
        if (rare.paragraph.paragraph.index, rare.start) not in context.misspellings.target_places:
            yield _variant(variant, context.target, on_source=False)
    declared = context.declared_acronyms
    for pair in context.acronym_correspondences:
        # The texts introducing both names, a glossary entry or the language data
        # declaring them equal settles the question.
        if (
            declared.renders(pair.source, pair.target)
            or (
                pair.source.upper(),
                pair.target.upper(),
            )
            in known_acronym_pairs()
        ):
            continue
        if context.glossary is not None and context.glossary.declares_equal(
            pair.source, pair.target
        ):
            continue
        yield _correspondence(pair, context)
    for mix in context.mixed_acronyms:
        yield _mixed(mix, context)


def _mixed(mix: Mixed, context: Context) -> Hit:
    """The translation writing one thing two ways: an error, declared or not."""
    language = language_name(context.target.lang)
    odd, usual = mix.odd[0], mix.usual[0]
    odd_places, usual_places = _paragraph_list(mix.odd), _paragraph_list(mix.usual)
    return Hit(
        f"{mix.source} is written {usual.text} in the {language} text "
        f"({_plural('paragraph', _paragraphs(mix.usual))} {usual_places}) "
        f"but {odd.text} in {_plural('paragraph', _paragraphs(mix.odd))} {odd_places}",
        None,
        _at(odd),
        args=(
            ("name", mix.source),
            ("usual", usual.text),
            ("odd", odd.text),
            ("language", language),
            ("paragraphs", odd_places),
            ("usual_paragraphs", usual_places),
        ),
        severity=Severity.ERROR,
    )


def _variant(variant: Variant, document: AnalysedDocument, on_source: bool) -> Hit:
    rare, usual = variant.rare, variant.usual
    language = language_name(document.lang)
    places = _paragraph_list(variant.usual_places)
    where = _at(rare)
    return Hit(
        f"{rare.text} (paragraph {_paragraph_list((rare,))}) is spelled {usual.text} "
        f"elsewhere in the {language} text (paragraphs {places})",
        where if on_source else None,
        None if on_source else where,
        args=(
            ("name", rare.text),
            ("paragraph", rare.paragraph.paragraph.index),
            ("usual", usual.text),
            ("language", language),
            ("paragraphs", places),
        ),
    )


def _correspondence(pair: Correspondence, context: Context) -> Hit:
    src_lang = language_name(context.source.lang)
    tgt_lang = language_name(context.target.lang)
    places_s = _paragraph_list(pair.source_places)
    places_t = _paragraph_list(pair.target_places)
    message = (
        f"{pair.source} in the {src_lang} text is {pair.target} in the {tgt_lang} text "
        f"(source paragraphs {places_s}; target paragraphs {places_t}) "
        "and nothing declares them the same organisation"
    )
    severity = Severity.WARNING
    if pair.source_mixed:
        severity = Severity.ERROR
        message += f"; the {tgt_lang} text also uses {pair.source}"
    return Hit(
        message,
        _at(pair.source_places[0]) if pair.source_places else None,
        _at(pair.target_places[0]) if pair.target_places else None,
        args=(
            ("source", pair.source),
            ("target", pair.target),
            ("source_language", src_lang),
            ("target_language", tgt_lang),
            ("source_paragraphs", places_s),
            ("target_paragraphs", places_t),
        ),
        severity=severity,
    )


@rule(
    "entity-missing",
    Severity.WARNING,
    "a named person, organisation or place is absent from the aligned target",
    compares_content=True,
)
def entity_missing(context: Context) -> Iterator[Hit]:
    """A person, organisation, place or acronym of the original is absent from its translation.

    Why: a dropped name is often a dropped attribution. Names are looked for
    up to case and accents and through their official translations (CLDR
    place names), so ``Montreal`` / ``Montréal`` and ``Korea`` / ``Corée`` pass.
    A name that the translation uses elsewhere may be dropped from one
    paragraph, unless another name of the original stands in its place there:
    then it was swapped, and the finding points at the name put instead.

    Example: ``said Mayor Janghoon Lee`` translated ``a déclaré le maire``;
    ``For Emacs, as follows.`` translated ``Pour Vim, de la manière suivante :``.
    """
    comparison = context.name_comparison
    for missing in comparison.missing:
        entity, targets = missing.entity, missing.group.target
        listed = ", ".join(str(i) for i in targets)
        yield Hit(
            f"{entity.text} is not in target {_plural('paragraph', targets)} {listed}",
            span(missing.paragraph, entity.start, entity.end),
            None,
            args=(("name", entity.text), ("paragraphs", listed)),
        )
    for swap in comparison.swapped:
        name, intruder, targets = swap.name, swap.intruder, swap.group.target
        listed = ", ".join(str(i) for i in targets)
        where = f"target {_plural('paragraph', targets)} {listed}"
        message = (
            f"one mention of {name.text} is {intruder.text} in {where}"
            if swap.mentioned
            else f"{name.text} is not in {where}, which names {intruder.text} instead"
        )
        yield Hit(
            message,
            _at(name),
            _at(intruder),
            args=(("name", name.text), ("intruder", intruder.text), ("paragraphs", listed)),
        )


@rule("name-mismatch", Severity.ERROR, "a name is spelled differently", compares_content=True)
def name_mismatch(context: Context) -> Iterator[Hit]:
    """A name of the original is spelled differently in the translation.

    Why: a misspelt person or place name is an error readers notice and the
    person named minds; a misspelt product or command name sends readers
    looking for something that does not exist. Accents and case are not
    differences, nor grammatical endings (``Debian`` / ``Debians``), nor a short
    acronym localised by one letter (``RGB`` / ``RVB``) that the translation
    uses throughout or never writes the original way.

    Example: ``Yonkyu Park`` became ``Yongkyu Park``; ``a Debian system``
    became ``sous Debain``.
    """
    for source, target in context.misspellings.pairs:
        yield Hit(
            f"{source.text} is spelled {target.text}",
            _at(source),
            _at(target),
            args=(("source", source.text), ("target", target.text)),
        )


def _at(token: Token) -> Location:
    return span(token.paragraph, token.start, token.end)


def _paragraphs(tokens: tuple[Token, ...]) -> tuple[int, ...]:
    """The paragraphs ``tokens`` are in, each once, in order."""
    return tuple(sorted({t.paragraph.paragraph.index for t in tokens}))


def _paragraph_list(tokens: tuple[Token, ...]) -> str:
    return ", ".join(str(i) for i in _paragraphs(tokens))


def _plural(word: str, items: tuple[int, ...]) -> str:
    return word + ("s" if len(items) > 1 else "")
