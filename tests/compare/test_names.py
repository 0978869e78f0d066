"""Name rules on real text: paragraphs of the Debian manuals, as translated and with a name broken.

The excerpts are copied from ../shared/corpora (debian-reference ch09-01,
gimp-help gimp-imaging-photos, gimp-using-script-fu-tutorial and
gimp-filter-color-to-alpha), so the tests run without the corpora.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import Options, check
from translint.analysis.nlp import _trim
from translint.model import Finding, Report

from ..conftest import SHARED_CORPORA, needs_corpora

NAME_RULES = {"entity-missing", "name-mismatch", "name-inconsistent"}
OPTIONS = Options(source_lang="en", target_lang="fr")

# debian-reference ch09-01, paragraphs 25, 30, 51, 83 and 102.
DEBIAN_EN = [
    "For Vim, as follows.",
    "For Emacs, as follows.",
    "The ps(1) command on a Debian system support both BSD and SystemV features and helps to identify the process activity statically.",
    "The desktop environment sets $XDG_DATA_HOME and $XDG_DATA_DIR environment variables. For example, under the GNOME 3:",
    'KDE desktop: "K" → "Control Center" → "KDE Components" → "Component Chooser"',
]
DEBIAN_FR = [
    "Pour Vim, de la manière suivante :",
    "Pour Emacs, de la manière suivante :",
    "La commande ps(1) sous Debian comporte à la fois les fonctionnalités de BSD et de SystemV, elle aide à identifier l’activité des processus de manière statique.",
    "L'environnement de bureau définit les variables d'environnement $XDG_DATA_HOME et $XDG_DATA_DIR. Par exemple, sous GNOME 3 :",
    "bureau KDE : « K » → « Centre de contrôle » → « Composants KDE » → « Sélection de composant »",
]

# gimp-help: two slips of the French translators, as published.
RESYNTH_EN = "In some cases you may be able to get good results by simply cutting out the offending object from the image, and then using a plug-in called “Resynthesizer” to fill in the void. This plug-in is not included with the main GIMP distribution, but it can be obtained from the author's web site [PLUGIN-RESYNTH]. As with many things, your mileage may vary."
RESYNTH_FR = "Dans certains cas vous aurez de bons résultats en coupant l’objet qui jure dans votre image et en utilisant le greffon « Resynthetizer » pour remplir le vide créé. Ce greffon n’est pas inclus dans la distribution de GIMP mais vous pouvez l’obtenir sur le site web de l’auteur [PLUGIN-RESYNTH]."
SCHEME_EN = "Prefix notation: + 1 23 (the way Scheme will want it)"
SCHEME_FR = "Notation préfixée : + 1 23 (c’est ce que veut Sheme)"

# gimp-filter-color-to-alpha: RGB is RVB in French, a localised acronym, not a slip.
RGB_EN = "At the risk of being a bit technical, this can be visualized by thinking of the RGB cube. The background color is a point within the cube, and the transparency and opacity thresholds are two sub-cubes centered around the background color."
RGB_FR = "Au risque d’être un peu technique, on peut visualiser cela en pensant à un cube RVB. La couleur du fond (option « Couleur ») est un point dans le cube, et les seuils de transparence et d’opacité sont deux sous-cubes centrés sur la Couleur de fond."


def check_pair(tmp_path: Path, english: list[str], french: list[str]) -> Report:
    (tmp_path / "en.txt").write_text("\n\n".join(english) + "\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text("\n\n".join(french) + "\n", encoding="utf-8")
    return check(tmp_path / "en.txt", tmp_path / "fr.txt", OPTIONS)


def name_findings(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.rule in NAME_RULES]


def edited(french: list[str], paragraph: int, old: str, new: str) -> list[str]:
    assert french[paragraph].count(old) == 1, f"{old!r} is not once in paragraph {paragraph}"
    return [p.replace(old, new) if n == paragraph else p for n, p in enumerate(french)]


def spans(report: Report, finding: Finding) -> tuple[tuple[int, str], tuple[int, str] | None]:
    """Where a finding points, read back from the documents: (paragraph, text) a side."""
    assert report.source_document and report.target_document and finding.source
    s = report.source_document.paragraphs[finding.source.paragraph].text
    source = (finding.source.paragraph, s[finding.source.start : finding.source.end])
    if finding.target is None:
        return source, None
    t = report.target_document.paragraphs[finding.target.paragraph].text
    return source, (finding.target.paragraph, t[finding.target.start : finding.target.end])


def test_the_translation_as_published_has_no_name_finding(tmp_path: Path) -> None:
    assert name_findings(check_pair(tmp_path, DEBIAN_EN, DEBIAN_FR)) == []


@pytest.mark.parametrize(
    ("paragraph", "old", "new", "name", "slip"),
    [
        (2, "sous Debian", "sous Debain", "Debian", "Debain"),  # letters swapped
        (2, "de SystemV", "de SytemV", "SystemV", "SytemV"),  # a letter dropped
        (3, "sous GNOME 3", "sous GNOMME 3", "GNOME", "GNOMME"),  # a letter doubled
        (4, "Composants KDE", "Composants KDW", "KDE", "KDW"),  # a key next to E
    ],
)
def test_a_misspelt_name_is_a_name_mismatch(
    tmp_path: Path, paragraph: int, old: str, new: str, name: str, slip: str
) -> None:
    report = check_pair(tmp_path, DEBIAN_EN, edited(DEBIAN_FR, paragraph, old, new))
    (finding,) = name_findings(report)
    assert finding.rule == "name-mismatch"
    assert spans(report, finding) == ((paragraph, name), (paragraph, slip))
    assert finding.message == f"{name} is spelled {slip}"


def test_a_name_swapped_for_another_of_the_document_is_missing(tmp_path: Path) -> None:
    report = check_pair(tmp_path, DEBIAN_EN, edited(DEBIAN_FR, 1, "Pour Emacs", "Pour Vim"))
    (finding,) = name_findings(report)
    assert finding.rule == "entity-missing"
    assert spans(report, finding) == ((1, "Emacs"), (1, "Vim"))
    assert "names Vim instead" in finding.message


@pytest.mark.parametrize(
    ("english", "french", "name", "slip"),
    [
        (RESYNTH_EN, RESYNTH_FR, "Resynthesizer", "Resynthetizer"),
        (SCHEME_EN, SCHEME_FR, "Scheme", "Sheme"),
    ],
    ids=["Resynthetizer", "Sheme"],
)
def test_real_slips_of_the_gimp_translators_are_found(
    tmp_path: Path, english: str, french: str, name: str, slip: str
) -> None:
    report = check_pair(tmp_path, [DEBIAN_EN[2], english], [DEBIAN_FR[2], french])
    (finding,) = name_findings(report)
    assert finding.rule == "name-mismatch"
    assert spans(report, finding) == ((1, name), (1, slip))
    fixed = check_pair(
        tmp_path, [DEBIAN_EN[2], english], [DEBIAN_FR[2], french.replace(slip, name)]
    )
    assert name_findings(fixed) == []


def test_a_localised_acronym_is_not_a_slip(tmp_path: Path) -> None:
    report = check_pair(tmp_path, [DEBIAN_EN[2], RGB_EN], [DEBIAN_FR[2], RGB_FR])
    assert name_findings(report) == []


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("de Debian GNU", "Debian GNU"),  # not "bian GNU": De of Debian is no article
        ("Le Dr Yonkyu Park", "Yonkyu Park"),
        ("l’Institut", "Institut"),
        ("Leon Blum", "Leon Blum"),
    ],
)
def test_articles_and_titles_are_trimmed_not_the_name(span: str, name: str) -> None:
    start, end = _trim(span, 0, len(span))
    assert span[start:end] == name


@needs_corpora
@pytest.mark.parametrize("name", ["gimp-file-new", "gimp-tool-levels"])
def test_french_acronyms_of_the_language_data_are_not_inconsistent(name: str) -> None:
    """The GIMP manual writes RVB for RGB throughout: the French name of the
    same thing (``ENGLISH_ACRONYMS``), not two organisations."""
    folder = SHARED_CORPORA / "gimp-help" / name
    assert "RVB" in (folder / "fr.txt").read_text("utf-8")
    report = check(folder / "en.txt", folder / "fr.txt", Options())
    assert not [f for f in report.findings if f.rule == "name-inconsistent" and "RVB" in f.message]


@pytest.mark.parametrize(
    ("english", "french", "name", "slip"),
    [
        # Product names the recognisers do not see (issue 16's examples).
        (
            "Install it with Synaptic today.",
            "Installez-le avec Snyaptic aujourd’hui.",
            "Synaptic",
            "Snyaptic",
        ),
        ("Then open Hangouts.", "Puis ouvrez Hagnouts.", "Hangouts", "Hagnouts"),
        ("The team uses Angular.", "L’équipe utilise Anuglar.", "Angular", "Anuglar"),
        # A capitalised dictionary word in a product name.
        ("The Virtual Assistant helps.", "Le Virutal Assistant aide.", "Virtual", "Virutal"),
        # In link text, the URL still spelling it right.
        (
            "Read the report from [Apolitical](https://apolitical.co/).",
            "Lisez le rapport d’[Apolitcial](https://apolitical.co/).",
            "Apolitical",
            "Apolitcial",
        ),
    ],
)
def test_names_no_recogniser_sees_are_checked_letter_by_letter(
    tmp_path: Path, english: str, french: str, name: str, slip: str
) -> None:
    (tmp_path / "en.md").write_text(english + "\n", encoding="utf-8")
    (tmp_path / "fr.md").write_text(french + "\n", encoding="utf-8")
    report = check(tmp_path / "en.md", tmp_path / "fr.md", OPTIONS)
    assert [(f.rule, f.message) for f in name_findings(report)] == [
        ("name-mismatch", f"{name} is spelled {slip}")
    ]
    (tmp_path / "fr.md").write_text(french.replace(slip, name) + "\n", encoding="utf-8")
    assert name_findings(check(tmp_path / "en.md", tmp_path / "fr.md", OPTIONS)) == []


# debian-reference ch09-06 22 and 28-31: a table of GPU drivers under its heading;
# « …tar.bz2 ». writes a lone full stop, which spells no acronym.
GPU_EN = [
    'The linux-source-version package provides the Linux kernel source with Debian patches as "/usr/src/linux-version.tar.bz2".',
    "9.10.5. Hardware drivers and firmware",
    "GPU driver",
    "Intel GPU driver (main)",
    "AMD/ATI GPU driver (main)",
]
GPU_FR = [
    "Le paquet linux-source-version fournit les sources du noyau Linux avec les correctifs Debian en tant que « /usr/src/linux-version.tar.bz2 ».",
    "9.10.5. Pilotes de matériel et microprogramme",
    "Pilote de processeur graphique",
    "Pilote Intel (main)",
    "Pilote AMD ou ATI (main)",
]


def missing(report: Report) -> list[tuple[str, int]]:
    """The names entity-missing reports, with their source paragraph."""
    return [
        (dict(f.args)["name"], f.source.paragraph)
        for f in report.findings
        if f.rule == "entity-missing" and f.source is not None
    ]


def test_an_acronym_spelled_out_once_may_be_left_out_of_its_repeated_mentions(
    tmp_path: Path,
) -> None:
    assert missing(check_pair(tmp_path, GPU_EN, GPU_FR)) == []
    # Never spelled out, it is missing wherever the original writes it.
    unspelled = edited(GPU_FR, 2, "de processeur graphique", "graphique")
    assert missing(check_pair(tmp_path, GPU_EN, unspelled)) == [("GPU", 2), ("GPU", 3), ("GPU", 4)]


@pytest.mark.parametrize(
    ("english", "french"),
    [
        # maint-guide first-02 4: the Debian Free Software Guidelines in French.
        (
            "If your program's source comes with some contents which do not comply with DFSG, you should also unpack it to remove such contents and repack it with a modified upstream version containing dfsg.",
            "Si le programme est distribué avec du contenu non compatible avec les principes du logiciel libre selon Debian, vous devriez aussi le décompresser pour enlever ce contenu et le recompresser avec une version amont modifiée contenant dfsg.",
        ),
        # maint-guide build-03 22: a version control system.
        (
            "The --pristine-tar option invokes the pristine-tar command, which can regenerate an exact copy of a pristine upstream tarball using only a small binary delta file and the contents of the tarball that are typically kept in an upstream branch in the VCS.",
            "L'option --pristine-tar invoque la commande pristine-tar qui peut générer une copie exacte de l'archive amont d'origine en n'utilisant qu'un petit fichier binaire de delta et le contenu de l'archive amont, qui est normalement gardé dans une branche upstream du système de gestion de versions.",
        ),
        # debian-reference pr01-01 40: the plural of an acronym.
        (
            "The HOWTOs from The Linux Documentation Project (TLDP) at http://tldp.org/",
            "les HOWTOs du projet de documentation Linux (TLDP) en http://tldp.org/",
        ),
        # debian-reference ch09-03 72: an acronym with a hyphen.
        (
            'You may be able to read badly pressed CDROMs on modern high speed CD-ROM drive by slowing it down with "setcd -x 2".',
            "Vous pouvez réussir à lire un CD-ROM vraiment mal pressé sur un lecteur de CD-ROM moderne rapide en le ralentissant avec « setcd -x 2 ».",
        ),
        # gimp-help gimp-dialogs-content 38, trimmed: French writes a word-like acronym
        # with one capital.
        (
            "This is a vast field, beyond this help. Please see [UNICODE].",
            "C’est là un très vaste domaine, dépassant le cadre de cette aide. Ceux que cela intéresse pourront consulter le site Unicode.",
        ),
    ],
    ids=["DFSG", "VCS", "HOWTOs", "CD-ROM", "Unicode"],
)
def test_an_acronym_the_translation_writes_its_own_way_is_not_missing(
    tmp_path: Path, english: str, french: str
) -> None:
    assert missing(check_pair(tmp_path, [DEBIAN_EN[2], english], [DEBIAN_FR[2], french])) == []


def test_an_acronym_rendered_by_an_acronym_elsewhere_is_missing_where_dropped(
    tmp_path: Path,
) -> None:
    # gimp-imaging-photos 29: the French drops "rather than RGB color space", and
    # writes RVB elsewhere (gimp-filter-color-to-alpha).
    english = "Does the same as Stretch Contrast but works in HSV color space, rather than RGB color space. It preserves the Hue."
    french = "Fait la même chose que « Étendre le contraste », mais agit sur l’espace de couleur TSV. Préserve la Teinte."
    report = check_pair(tmp_path, [RGB_EN, english], [RGB_FR, french])
    assert ("RGB", 1) in missing(report)
