"""``link-mismatch`` as the check reports it: severities, messages, arguments, formats."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from translint import Options, check
from translint.model import Report
from translint.report.json import write_json
from translint.report.sarif import write_sarif
from translint.rules import all_rules

ONLY = Options(select=frozenset({"link-mismatch"}))


def findings(tmp_path: Path, english: str, french: str):
    (tmp_path / "a.en.md").write_text(english + "\n", "utf-8")
    (tmp_path / "a.fr.md").write_text(french + "\n", "utf-8")
    return check(tmp_path / "a.en.md", tmp_path / "a.fr.md", ONLY)


@pytest.mark.parametrize(
    ("english", "french", "expected"),
    [
        (
            "Call the CRA at 1-800-959-8281 to ask about the status of your payment.",
            "Appelez l’ARC au 1-800-959-8821 pour connaître l’état de votre paiement.",
            [("warning", "1-800-959-8281", "a digit differs")],
        ),
        (
            "Call the CRA at 1-800-959-8281 to ask about the status of your payment.",
            "Appelez l’ARC au 1-800-959-7383 pour connaître l’état de votre paiement.",
            [("info", "1-800-959-8281", "another number")],
        ),
        (
            "Write to info@example.ca to ask about the status of your payment.",
            "Écrivez à renseignements@example.ca pour connaître l’état de votre paiement.",
            [("info", "info@example.ca", "another mailbox")],
        ),
        (
            "Read [the benefits page](https://www.canada.ca/en/revenue-agency/services/benefits.html)"
            " to ask about the status of your payment.",
            "Lisez [la page des prestations](https://www.canada.ca/fr/agence-revenu.html)"
            " pour connaître l’état de votre paiement.",
            [
                (
                    "warning",
                    "https://www.canada.ca/en/revenue-agency/services/benefits.html",
                    "another path",
                )
            ],
        ),
        (
            "Read [the benefits page](https://www.canada.ca/en/revenue-agency/services/benefits.html)"
            " to ask about the status of your payment.",
            "Lisez [la page des prestations](https://www.canada.ca/fr/agence-revenu/services/prestations.html)"
            " pour connaître l’état de votre paiement.",
            [],
        ),
    ],
)
def test_severity_and_reason(tmp_path: Path, english: str, french: str, expected) -> None:
    report = findings(tmp_path, english, french)
    found = [
        (f.severity.value, dict(f.args)["source"], dict(f.args)["reason"]) for f in report.findings
    ]
    assert found == expected


def test_message_names_both_addresses_and_points_at_the_link_text(tmp_path: Path) -> None:
    report = findings(
        tmp_path,
        "See [the guide](https://design.canada.ca/crisis/alerts.html) for every alert we publish.",
        "Voir [le guide](https://conception.canada.ca/alertes.html) pour chaque alerte que nous publions.",
    )
    (finding,) = report.findings
    assert finding.message == (
        "link https://design.canada.ca/crisis/alerts.html has no counterpart in the target, "
        "which has https://conception.canada.ca/alertes.html instead (another path)"
    )
    assert finding.source is not None and finding.source.text == "the guide"
    assert finding.target is not None and finding.target.text == "le guide"


def test_registered_and_in_every_format(tmp_path: Path) -> None:
    assert all_rules()["link-mismatch"].severity.value == "warning"
    report = findings(
        tmp_path,
        "See [the guide](https://design.canada.ca/crisis/alerts.html) for every alert we publish.",
        "Voir le guide pour chaque alerte que nous publions.",
    )
    document = json.loads(written(write_json, report))
    assert [f["rule"] for f in document["findings"]] == ["link-mismatch"]
    assert document["findings"][0]["target"] is None
    sarif = json.loads(written(write_sarif, report))
    assert "link-mismatch" in {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}


def written(writer, report: Report) -> str:
    stream = io.StringIO()
    writer(report, stream)
    return stream.getvalue()


def test_a_phone_number_retyped_is_one_finding_of_link_mismatch(tmp_path: Path) -> None:
    """The figure rules leave phone numbers to link-mismatch: one finding, not two."""
    (tmp_path / "a.en.md").write_text("For more information, call 1-800-622-6232.\n", "utf-8")
    (tmp_path / "a.fr.md").write_text("Pour en savoir plus, composez le 1-800-622-6322.\n", "utf-8")
    report = check(tmp_path / "a.en.md", tmp_path / "a.fr.md")
    assert [(f.rule, f.severity.value) for f in report.findings] == [("link-mismatch", "warning")]
