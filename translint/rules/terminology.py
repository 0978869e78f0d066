"""The rule on a whole site's terminology: one term, one rendering, across articles.

It reads what the site established (``Context.site``, learnt from every pair
by ``translint.terminology``) against how this pair renders its terms
(``Context.term_renderings``); alone (no ``--pairs``) it has nothing to say.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.model import Location, Severity
from translint.rules.context import Context, span, whole
from translint.rules.registry import Hit, rule
from translint.terminology import Place, Rendered, SiteTerms, Usage
from translint.terminology.observe import SEGMENT, WRITTEN_OUT


@rule(
    "term-inconsistent",
    Severity.WARNING,
    "across a site (--pairs): a pair renders a term, name or acronym differently from "
    "how the rest of the site renders it",
)
def term_inconsistent(context: Context) -> Iterator[Hit]:
    """A pair renders a term otherwise than the rest of the site does.

    Why: a site speaks with one voice. When the Treasury Board Secretariat is
    the SCT in every French article but one, which writes TBS, each article
    alone looks fine (a translator may keep an English acronym), and only the
    site shows the odd one. A term's rendering is *established* when at least
    three pairs use it and it is four in five of the pairs that use the term
    (``translint.terminology.learn`` says why); a pair rendering it otherwise
    (another acronym, the original's acronym or name kept) is reported at its
    first place, naming the established form and how many pairs use it. A
    name written out in words agrees with any acronym; a term the pair drops
    (a pronoun, no mention) is an omission, which ``entity-missing`` judges.

    Acronyms and the names the texts introduce with them are warnings. Short
    recurring segments (headings, labels, calls to action) are information:
    the same source segment translated another way than the site's usual, or
    the site's usual translation of one segment given to another.

    Example: a post writes ``the Treasury Board Secretariat (TBS)`` / « le
    Secrétariat du Conseil du Trésor (TBS) » where twelve of thirteen posts
    write SCT: ``TBS is rendered TBS here; the site renders it SCT in 12 of
    13 pairs``.
    """
    site = context.site
    if site is None:
        return
    seen = set()
    for rendered in (*context.term_renderings.terms, *context.kept_site_names.terms):
        if (rendered.kind, rendered.term) in seen:
            continue  # a name both introduced and copied: once
        seen.add((rendered.kind, rendered.term))
        usage = site.established.get((rendered.kind, rendered.term))
        if rendered.rendering in (WRITTEN_OUT, ""):
            # The name in words agrees with any acronym; a term rendered by nothing
            # (dropped, a pronoun) is an omission, entity-missing's to judge.
            continue
        if usage is not None and rendered.rendering != usage.rendering:
            if rendered.rendering == rendered.term and _in_a_name(context, rendered.places[0]):
                continue  # « Adobe RGB (1998) »: the acronym of a product's name, kept
            yield _deviation(context, rendered, usage)
        elif rendered.kind == SEGMENT and rendered.rendering:
            shared = _shared_rendering(site, rendered)
            if shared is not None:
                yield _shared(context, rendered, shared)


def _in_a_name(context: Context, place: Place) -> bool:
    """Whether the target's acronym is one word of a longer name: a capitalised word
    right before it (« Adobe RGB »), after a space only and not opening a sentence."""
    if place.target_paragraph is None or place.target_start is None:
        return False
    text = context.target_paragraph(place.target_paragraph).paragraph.text
    before = text[: place.target_start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or not words[-1][:1].isupper() or not words[-1].isalpha():
        return False
    return len(words) > 1 and not words[-2].endswith((".", "!", "?", ":"))


def _deviation(context: Context, rendered: Rendered, usage: Usage) -> Hit:
    place = rendered.places[0]
    here = f"« {rendered.rendered} »"
    if rendered.kind == SEGMENT:
        what = f"“{rendered.written}” is translated {here}"
        theirs = f"« {usage.rendered} »"
    else:
        what = f"{rendered.written} is rendered {here}"
        theirs = usage.rendered
    return Hit(
        f"{what}; the site renders it {theirs} in {usage.pairs} of {usage.of} pairs "
        f"(e.g. {usage.example})",
        _source(context, place),
        _target(context, place),
        args=(
            ("term", rendered.written),
            ("rendering", rendered.rendered),
            ("established", usage.rendered),
            ("pairs", usage.pairs),
            ("of", usage.of),
        ),
        severity=Severity.INFO if rendered.kind == SEGMENT else None,
    )


def _shared_rendering(site: SiteTerms, rendered: Rendered) -> Usage | None:
    """The established usage of another source segment that this pair's rendering is."""
    for usage in site.sources_of.get((rendered.kind, rendered.rendering), ()):
        if usage.term != rendered.term and site.established.get((usage.kind, usage.term)) == usage:
            return usage
    return None


def _shared(context: Context, rendered: Rendered, usage: Usage) -> Hit:
    place = rendered.places[0]
    return Hit(
        f"“{rendered.written}” is translated « {rendered.rendered} », which the site uses "
        f"for “{usage.written}” in {usage.pairs} of {usage.of} pairs (e.g. {usage.example})",
        _source(context, place),
        _target(context, place),
        args=(
            ("term", rendered.written),
            ("rendering", rendered.rendered),
            ("other", usage.written),
            ("pairs", usage.pairs),
        ),
        severity=Severity.INFO,
    )


def _source(context: Context, place: Place) -> Location:
    paragraph = context.source_paragraph(place.source_paragraph)
    if place.source_start is None or place.source_end is None:
        return whole(paragraph)
    return span(paragraph, place.source_start, place.source_end)


def _target(context: Context, place: Place) -> Location | None:
    if place.target_paragraph is None:
        return None
    paragraph = context.target_paragraph(place.target_paragraph)
    if place.target_start is None or place.target_end is None:
        return whole(paragraph)
    return span(paragraph, place.target_start, place.target_end)
