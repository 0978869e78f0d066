"""What a site establishes: every pair's renderings of each term merged, with counts.

A rendering is *established* for a term when at least ``ESTABLISHED_PAIRS``
pairs use it and it is at least ``ESTABLISHED_SHARE`` of the pairs that use
the term at all. Why these numbers:

- three pairs, because two articles agreeing may be one translator's habit
  or one article copied into another, while three independent articles are a
  house style; on the Canada.ca blog most official acronyms a post uses
  recur in three posts or more, and rarer ones are left to the per-article
  checks (and the official table, ``lang/en_fr/acronyms.csv``);
- four in five, so that one deviation among five pairs (the odd one to
  report) still leaves the majority established, while a term the site
  renders two ways about equally (a name both kept and translated, CRA in
  English posts quoting a form) establishes nothing: there is no house
  rendering to hold the others to, and a finding would only guess.

Each pair counts once per term, with its own rendering (``observe``): a
post writing SCT ten times weighs no more than one writing it once. A pair
that only writes an acronym's name out in words (``WRITTEN_OUT``) agrees with
whatever the site uses, so it is not counted at all. A pair rendering a term
by nothing (the acronym dropped, a pronoun) counts among those using it, but
nothing is never established: it is no rendering to hold others to.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from translint.terminology.observe import WRITTEN_OUT, PairTerms, Rendered

ESTABLISHED_PAIRS = 3
ESTABLISHED_SHARE = 0.8


@dataclass(frozen=True)
class Usage:
    """One rendering of one term across the site: how many pairs use it, and one place."""

    kind: str
    term: str
    written: str  # the source term as most pairs write it
    rendering: str
    rendered: str  # the rendering as most pairs write it
    pairs: int  # pairs whose rendering of the term this is
    of: int  # pairs that use the term at all
    example: str  # one pair using it, by scope, and its source paragraph: "post.md ¶3"


@dataclass(frozen=True)
class SiteTerms:
    """Every term's renderings across a site, most used first, and what is established."""

    usages: tuple[Usage, ...] = ()
    # (kind, term) and the scopes of the pairs rendering that established term otherwise
    deviating: tuple[tuple[tuple[str, str], tuple[str, ...]], ...] = ()

    # The lookups below are derived, computed once per process on first use; they
    # are plain dicts so that the record still pickles to the workers.

    @cached_property
    def established(self) -> Mapping[tuple[str, str], Usage]:
        """The established rendering of each term that has one, by (kind, term)."""
        return {
            (u.kind, u.term): u
            for u in self.usages
            if u.rendering and is_established(u.pairs, u.of)
        }

    @cached_property
    def deviations(self) -> Mapping[tuple[str, str], tuple[str, ...]]:
        """The pairs rendering each established term otherwise, by (kind, term)."""
        return dict(self.deviating)

    @cached_property
    def sources_of(self) -> Mapping[tuple[str, str], tuple[Usage, ...]]:
        """Every usage by (kind, rendering): the source terms one rendering stands for."""
        found: dict[tuple[str, str], list[Usage]] = defaultdict(list)
        for usage in self.usages:
            if usage.rendering:
                found[(usage.kind, usage.rendering)].append(usage)
        return {k: tuple(v) for k, v in found.items()}


def is_established(pairs: int, of: int) -> bool:
    return pairs >= ESTABLISHED_PAIRS and pairs >= ESTABLISHED_SHARE * of


def learn(observed: Sequence[tuple[str, PairTerms]]) -> SiteTerms:
    """Every pair's observations (with the pair's scope) merged into the site's terms."""
    by_term: dict[tuple[str, str], dict[str, list[tuple[str, Rendered]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for scope, terms in observed:
        for rendered in terms.terms:
            if rendered.rendering == WRITTEN_OUT:
                continue
            by_term[(rendered.kind, rendered.term)][rendered.rendering].append((scope, rendered))
    usages: list[Usage] = []
    deviations: dict[tuple[str, str], tuple[str, ...]] = {}
    for (kind, term), renderings in by_term.items():
        of = sum(len(pairs) for pairs in renderings.values())
        written = Counter(r.written for pairs in renderings.values() for _, r in pairs)
        for rendering, pairs in renderings.items():
            scope, first = pairs[0]
            shown = Counter(r.rendered for _, r in pairs).most_common(1)[0][0]
            place = first.places[0].source_paragraph if first.places else 0
            usages.append(
                Usage(
                    kind,
                    term,
                    written.most_common(1)[0][0],
                    rendering,
                    shown,
                    len(pairs),
                    of,
                    f"{scope} ¶{place + 1}",
                )
            )
        best = max(renderings.items(), key=lambda kv: (bool(kv[0]), len(kv[1])))
        if best[0] and is_established(len(best[1]), of) and len(renderings) > 1:
            deviations[(kind, term)] = tuple(
                scope for r, pairs in renderings.items() if r != best[0] for scope, _ in pairs
            )
    usages.sort(key=lambda u: (-u.pairs, u.kind, u.term, u.rendering))
    return SiteTerms(tuple(usages), tuple(deviations.items()))
