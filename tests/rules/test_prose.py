"""The repeated-word and typography rules through the whole check, on small and real texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint import Options, check
from translint.model import Finding, Report, Severity

from ..conftest import run_cli as run

NB = "\u00a0"
LANGS = Options(source_lang="en", target_lang="fr", semantic=False, cache=False)

ENGLISH = (
    "The report was published by the commission yesterday.\n\n"
    "Click the New button to add a component to the composition.\n\n"
    "Identify your hard disks by listing them with df.\n"
)


def pair(tmp_path: Path, french: str, english: str = ENGLISH, name: str = "a") -> Report:
    source, target = tmp_path / f"{name}.en.txt", tmp_path / f"{name}.fr.txt"
    source.write_text(english, "utf-8")
    target.write_text(french, "utf-8")
    return check(source, target, LANGS)


def of(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


# Real lines of the Debian corpora (gimp-help, debian-reference): two slips of
# their translators and one legitimate doubling.
REAL_FRENCH = (
    f"Le rapport a été publié hier par la commission{NB}: voilà.\n\n"
    "Cliquez sur sur le bouton Nouveau pour ajouter un composant à la composition.\n\n"
    "Identifiez vos disques durs en en affichant la liste avec df(1).\n"
)


def test_real_doublings_slip_and_legitimate(tmp_path: Path) -> None:
    report = pair(tmp_path, REAL_FRENCH)
    (finding,) = of(report, "repeated-word")
    assert finding.severity is Severity.WARNING
    assert finding.message == "“sur sur”: “sur” is written twice"
    assert finding.source is None and finding.target is not None
    assert (finding.target.paragraph, finding.target.text) == (1, "sur sur")
    assert (finding.target.line, finding.target.column) == (3, 9)


def test_a_doubling_the_original_has_too_is_not_reported(tmp_path: Path) -> None:
    english = "We flew to Bora Bora last year with the whole family.\n"
    french = "Nous sommes allés à Bora Bora l’an dernier avec toute la famille.\n"
    assert of(pair(tmp_path, french, english), "repeated-word") == []


def test_a_doubling_across_markdown_emphasis_points_into_the_file(tmp_path: Path) -> None:
    source, target = tmp_path / "p.en.md", tmp_path / "p.fr.md"
    source.write_text("The report of the commission was published.\n", "utf-8")
    target.write_text("Le rapport de **de** la commission a été publié.\n", "utf-8")
    (finding,) = of(check(source, target, LANGS), "repeated-word")
    assert finding.target is not None and finding.target.text == "de **de"


def test_typography_groups_a_paragraph_s_slips_by_kind(tmp_path: Path) -> None:
    french = (
        f"Le rapport{NB}: publié hier; 54% des membres par la commission{NB}!\n\n"
        f"Cliquez sur le bouton Nouveau pour ajouter un composant{NB}: oui.\n\n"
        f"Identifiez vos disques durs en affichant la liste{NB}; df.\n"
    )
    source, target = tmp_path / "t.en.txt", tmp_path / "t.fr-CA.txt"
    source.write_text(ENGLISH, "utf-8")
    target.write_text(french, "utf-8")
    found = of(check(source, target, LANGS), "typography")
    assert [(f.target.paragraph, f.message) for f in found if f.target] == [
        (0, "1 missing space (fr-CA wants a space): before “%” ×1"),
        (0, "1 space where fr-CA wants none: before “!” ×1"),
        (2, "1 space where fr-CA wants none: before “;” ×1"),
    ]
    assert {f.severity for f in found} == {Severity.INFO}
    assert dict(found[1].args)["places"] == f"{french.index(NB + '!')}-{french.index('!') + 1}"


def test_typography_setting_chooses_the_convention(tmp_path: Path) -> None:
    french = "Le rapport a été publié hier ; par la commission !\n"
    source, target = tmp_path / "s.en.txt", tmp_path / "s.fr.txt"
    source.write_text(ENGLISH.split("\n")[0] + "\n", "utf-8")
    target.write_text(french, "utf-8")
    messages = {}
    for name in ("fr-FR", "fr-CA", "off", "auto"):
        options = Options(source_lang="en", target_lang="fr", semantic=False, typography=name)
        messages[name] = [f.message for f in of(check(source, target, options), "typography")]
    assert messages["fr-CA"] == ["2 spaces where fr-CA wants none: before “;” ×1, before “!” ×1"]
    # The text breaks where no-break spaces belong: its habit, one finding.
    assert messages["fr-FR"] == [
        "the text mostly writes breaking spaces: 2 breaking spaces where fr-FR wants one, "
        "in 1 paragraph (the first here): before “;” ×1, before “!” ×1"
    ]
    assert messages["off"] == []
    assert messages["auto"] == messages["fr-FR"]  # the text spaces its « ; »: France's habit


def test_a_text_that_mostly_breaks_gets_one_finding_for_all(tmp_path: Path) -> None:
    french = (
        "Le rapport : publié hier par la commission.\n\n"
        "Cliquez sur le bouton « Nouveau » pour ajouter un composant.\n\n"
        "Identifiez vos disques durs: en affichant la liste avec df.\n"
    )
    found = of(pair(tmp_path, french), "typography")
    assert [f.message for f in found] == [
        "the text mostly writes breaking spaces: 3 breaking spaces where fr-FR wants one, "
        "in 2 paragraphs (the first here): before “:” ×1, after “«” ×1, before “»” ×1",
        "1 missing space (fr-FR wants a space): before “:” ×1",
    ]
    assert [f.target.paragraph for f in found if f.target] == [0, 2]


def test_an_english_target_has_no_typography_finding(tmp_path: Path) -> None:
    source, target = tmp_path / "e.fr.txt", tmp_path / "e.en.txt"
    source.write_text("Le rapport a été publié hier par la commission.\n", "utf-8")
    target.write_text("The report : published yesterday by the commission !\n", "utf-8")
    options = Options(source_lang="fr", target_lang="en", semantic=False, typography="fr-FR")
    assert of(check(source, target, options), "typography") == []


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "html", "text", "github"])
def test_both_rules_reach_every_format(tmp_path: Path, capsys, fmt: str) -> None:
    source, target = tmp_path / "f.en.txt", tmp_path / "f.fr.txt"
    source.write_text(ENGLISH, "utf-8")
    target.write_text(REAL_FRENCH.replace(f"{NB}:", ":"), "utf-8")
    args = ["check", str(source), str(target), "--source-lang", "en", "--target-lang", "fr"]
    status, out, _ = run([*args, "--lexical-only", "--format", fmt, "--fail-on", "info"], capsys)
    assert status == 1
    if fmt == "sarif":
        ids = {r["id"] for r in json.loads(out)["runs"][0]["tool"]["driver"]["rules"]}
        results = {r["ruleId"] for r in json.loads(out)["runs"][0]["results"]}
        assert {"repeated-word", "typography"} <= ids & results
    elif fmt == "json":
        assert {"repeated-word", "typography"} <= {f["rule"] for f in json.loads(out)["findings"]}
    elif fmt == "github":
        assert "repeated-word" in out  # info findings are notices
    else:
        assert "repeated-word" in out and "typography" in out


# A real paragraph of the Canada.ca blog (2021-07-20, effective links), as
# published: entities for its no-break spaces, and one stray plain space.
BLOG_EN = (
    "You can “activate” or “deactivate” link labels just by the words you choose. “Prepare "
    "your quarantine plan” is a more attractive label than “Provincial and territorial "
    "requirements” because it starts with a verb.\n"
)
BLOG_FR = (
    "Vous pouvez «&nbsp;activer&nbsp; » ou «&nbsp;désactiver&nbsp;» les libellés de liens par "
    "le simple choix des mots. «&nbsp;Préparez votre plan de quarantaine&nbsp;» est un libellé "
    "plus attrayant que «&nbsp;Exigences provinciales et territoriales&nbsp;», car il commence "
    "par un verbe.\n"
)


def test_a_real_blog_paragraph_gets_its_stray_space_and_nothing_else(tmp_path: Path) -> None:
    source, target = tmp_path / "links.en.md", tmp_path / "links.fr.md"
    source.write_text(BLOG_EN, "utf-8")
    target.write_text(BLOG_FR, "utf-8")
    report = check(source, target, LANGS)
    # No « ; ! ? » to tell its convention, no tag in its name: the default, fr-FR.
    (finding,) = of(report, "typography") + of(report, "repeated-word")
    assert finding.message == "1 breaking space where fr-FR wants a no-break space: before “»” ×1"
    assert finding.target is not None and finding.target.text == "&nbsp; »"
    assert (finding.target.line, finding.target.column) == (1, BLOG_FR.index("&nbsp; »") + 1)


def test_typography_leaves_a_paragraph_still_in_english_alone(tmp_path: Path) -> None:
    # gimp-help: the translator left this line in English; its colon is English.
    english = ENGLISH.replace(
        "Identify your hard disks by listing them with df.",
        "Resize text layers: Resizing text layers will make them uneditable.",
    )
    french = REAL_FRENCH.replace(
        "Identifiez vos disques durs en en affichant la liste avec df(1).",
        "Resize text layers: Resizing text layers will make them uneditable.",
    )
    report = pair(tmp_path, french, english)
    assert [f.target.paragraph for f in of(report, "untranslated-paragraph") if f.target] == [2]
    assert [f.target.paragraph for f in of(report, "typography") if f.target] == []
