"""``markup-mismatch`` as the check reports it: severities, messages, where it points."""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import Options, check
from translint.model import Severity
from translint.rules import all_rules

ONLY = Options(select=frozenset({"markup-mismatch"}))

# Real text: the Canada.ca blog's post on news releases (2022-07-28), whose French
# writes two of its level-4 headings as bold paragraphs.
ENGLISH = """\
## Coordinate your news releases and related web content

Over the pandemic, we’ve learned a lot about what works to keep web content and news releases in sync.

#### Place alerts in context, not just at the top

Consider the placement of alerts carefully. An alert at the top of a page may not be seen by people who jump to the section they need.

#### Remove alerts as soon as possible

Remember that adding alerts is a stop-gap measure. Remove them once the content is updated.
"""
FRENCH = """\
## Coordonner vos communiqués et le contenu Web connexe

Au cours de la pandémie, nous avons beaucoup appris sur ce qui fonctionne pour synchroniser le contenu Web et les communiqués.

**Placer les alertes dans le contexte, pas seulement en haut**

Examinez attentivement le placement des alertes. Une alerte en haut d’une page peut passer inaperçue pour les gens qui sautent à la section dont ils ont besoin.

#### Supprimer les alertes dès que possible

N’oubliez pas que l’ajout d’alertes est une mesure provisoire. Supprimez-les une fois le contenu mis à jour.
"""


def findings(tmp_path: Path, english: str, french: str, suffix: str = ".md"):
    (tmp_path / f"a.en{suffix}").write_text(english, "utf-8")
    (tmp_path / f"a.fr{suffix}").write_text(french, "utf-8")
    return check(tmp_path / f"a.en{suffix}", tmp_path / f"a.fr{suffix}", ONLY).findings


def test_a_heading_written_as_bold_text(tmp_path: Path) -> None:
    (finding,) = findings(tmp_path, ENGLISH, FRENCH)
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "heading “Place alerts in context, not just at the top” (level 4) is bold or italic "
        "text in the target: “Placer les alertes dans le contexte, pas seulement en haut”"
    )
    assert finding.target is not None and finding.target.line == 5
    assert finding.source is not None and finding.source.line == 5
    assert dict(finding.args)["kind"] == "heading-lost"


@pytest.mark.parametrize(
    ("english", "french", "expected"),
    [
        (
            "To see every option, run `apt-get --help` in a terminal window.\n",
            "Pour voir toutes les options, lancez `apt-get --aide` dans un terminal.\n",
            [("warning", "code `apt-get --help` is not in the target, which has "
              "`apt-get --aide` instead (code is copied, not translated)", "apt-get --aide")],
        ),
        (
            "Select `Find a job` on the home page to search the job bank.\n",
            "Choisissez `Trouver un emploi` sur la page d’accueil pour chercher dans le guichet.\n",
            [("info", "code `Find a job` is not in the target, which has `Trouver un emploi` "
              "instead (code is copied, not translated)", "Trouver un emploi")],
        ),
        (
            "After establishing a baseline, we had a **lot** of problems with our content.\n",
            "Après avoir établi une base de référence, nous avions beaucoup de problèmes de contenu.\n",
            [("info", "the source emphasises “lot”; the aligned target has no emphasis: "
              "“Après avoir établi une base de référence, nous avions beauc…”", None)],
        ),
        (
            "- increased calls and emails by people looking for information\n",
            "l’augmentation des appels et des courriels des personnes qui cherchent\n",
            [("warning", "list item “increased calls and emails by people looking for "
              "information” is not in a list in the target: “l’augmentation des appels et des "
              "courriels des personnes qu…”", None)],
        ),
    ],
)  # fmt: skip
def test_severities_and_messages(
    tmp_path: Path, english: str, french: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = findings(tmp_path, english, french)
    assert [(f.severity.value, f.message) for f in found] == [(s, m) for s, m, _ in expected]
    for finding, (_, _, at) in zip(found, expected, strict=True):
        assert finding.target is not None
        assert finding.target.text == (at or finding.target.text)


def test_plain_text_is_never_reported(tmp_path: Path) -> None:
    """Plain text has no markup: the same pair as text files says nothing."""
    english = ENGLISH.replace("#", "").replace("`", "")
    french = FRENCH.replace("#", "").replace("*", "")
    assert findings(tmp_path, english, french, ".txt") == ()
    assert findings(tmp_path, ENGLISH, FRENCH, ".txt") == ()


def test_registered_as_the_contract_says() -> None:
    registered = all_rules()["markup-mismatch"]
    assert registered.severity is Severity.WARNING
    assert registered.compares_content
    assert "Example" in registered.doc
