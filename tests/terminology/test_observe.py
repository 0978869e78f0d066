"""How one real pair of the Canada.ca blog renders its terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import observe_terms
from translint.site import find_pairs
from translint.terminology import PairTerms
from translint.terminology.observe import WRITTEN_OUT, _bare

BLOG = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "canada-blog"


def _observed(name: str) -> PairTerms:
    pairs = {source.name: (source, target) for source, target in find_pairs(BLOG).pairs}
    return observe_terms(*pairs[name])


@pytest.fixture(scope="module")
def business() -> dict[tuple[str, str], tuple[str, int]]:
    terms = _observed("2019-02-04-business-registration.md").terms
    return {(r.kind, r.written): (r.rendered, len(r.places)) for r in terms}


@pytest.mark.parametrize(
    ("kind", "written", "rendered", "places"),
    [
        ("acronym", "CRA", "ARC", 8),  # the official pair, in every group that names it
        ("acronym", "TBS", "SCT", 4),
        ("acronym", "BRO", WRITTEN_OUT, 1),  # the Business Registration Online, in words
        ("name", "Canada Revenue Agency", "Agence du revenu du Canada", 1),  # « l’ » dropped
        ("name", "Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor", 1),
        ("segment", "Lessons learned", "Leçons retenues", 1),
        ("segment", "We want to hear from you", "Nous voulons connaître votre opinion", 1),
    ],
)
def test_a_real_post_renders_its_terms(
    business: dict[tuple[str, str], tuple[str, int]],
    kind: str,
    written: str,
    rendered: str,
    places: int,
) -> None:
    assert business[(kind, written)] == (rendered, places)


def test_a_long_paragraph_is_no_segment(business: dict[tuple[str, str], tuple[str, int]]) -> None:
    assert all(len(written.split()) <= 8 for kind, written in business if kind == "segment")


def test_gc_written_out_as_the_official_name_agrees_with_any_acronym() -> None:
    terms = _observed("2020-10-28-transparency-template.md").terms
    gc = next(r for r in terms if r.written == "GC")
    # « l'ensemble du gouvernement du Canada » in one group, nothing in the other
    assert (gc.rendering, gc.others) == (WRITTEN_OUT, (("", 1),))


@pytest.mark.parametrize(
    ("name", "lang", "bare"),
    [
        ("l’Agence du revenu du Canada", "fr", "Agence du revenu du Canada"),
        ("L'Agence du revenu du Canada", "fr", "Agence du revenu du Canada"),
        ("le Bureau de l’expérience Canada.ca", "fr", "Bureau de l’expérience Canada.ca"),
        ("the Canadian Digital Service", "en", "Canadian Digital Service"),
        ("Service Canada", "fr", "Service Canada"),
        ("Lucie", "fr", "Lucie"),  # no elision: a name starting with L is kept
    ],
)
def test_a_name_loses_the_article_its_sentence_gave_it(name: str, lang: str, bare: str) -> None:
    assert _bare(name, lang) == bare
