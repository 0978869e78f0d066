"""What a site establishes from its pairs' renderings: three pairs, four in five."""

from __future__ import annotations

import pytest

from translint.terminology import PairTerms, Place, Rendered, learn
from translint.terminology.observe import ACRONYM, WRITTEN_OUT

PLACE = (Place(0, 0, 3, 0, 0, 3),)


def pair(rendering: str, rendered: str | None = None) -> PairTerms:
    shown = rendered if rendered is not None else rendering.upper()
    return PairTerms((Rendered(ACRONYM, "tbs", "TBS", rendering, shown, PLACE),))


@pytest.mark.parametrize(
    ("renderings", "established"),
    [
        (["sct", "sct", "sct"], "sct"),  # three pairs agree
        (["sct", "sct"], None),  # two may be one translator's habit
        (["sct"] * 4 + ["tbs"], "sct"),  # four in five: the odd one is a deviation
        (["sct"] * 3 + ["tbs"] * 2, None),  # three in five: no house rendering
        (["sct"] * 3 + [WRITTEN_OUT] * 5, "sct"),  # names in words do not count
        (["sct"] * 8 + ["", "tbs"], "sct"),  # eight in ten
        ([""] * 4, None),  # nothing is no rendering to hold others to
        ([""] * 5 + ["sct"], None),
    ],
)
def test_a_rendering_is_established_by_three_pairs_and_four_in_five(
    renderings: list[str], established: str | None
) -> None:
    site = learn([(f"post-{n}.md", pair(r)) for n, r in enumerate(renderings)])
    usage = site.established.get((ACRONYM, "tbs"))
    assert (usage.rendering if usage else None) == established


def test_usages_count_pairs_most_used_first_with_an_example_place() -> None:
    site = learn([("a.md", pair("sct")), ("b.md", pair("tbs")), ("c.md", pair("sct"))])
    assert [(u.rendering, u.pairs, u.of) for u in site.usages] == [("sct", 2, 3), ("tbs", 1, 3)]
    assert site.usages[0].example == "a.md ¶1"
    assert site.usages[1].example == "b.md ¶1"


def test_deviations_name_the_pairs_that_render_an_established_term_otherwise() -> None:
    observed = [(f"{n}.md", pair("sct")) for n in range(4)] + [("odd.md", pair("tbs"))]
    assert learn(observed).deviations == {(ACRONYM, "tbs"): ("odd.md",)}
