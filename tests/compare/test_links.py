"""Which addresses are counterparts: URL pairs, phone numbers, e-mail addresses, by table.

The real excerpts are copied from ../shared/corpora/canada-blog (MIT).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translint import Options, check
from translint.compare.links import (
    addresses_of,
    compare_links,
    localised,
    page_key,
    phone_digits,
)
from translint.model import (
    AlignmentGroup,
    AnalysedDocument,
    AnalysedParagraph,
    Document,
    Link,
    Paragraph,
)


def counterparts(source: str, target: str) -> bool:
    """What the comparison accepts for two URLs: the same page, or its localised version."""
    ours, theirs = page_key(source), page_key(target)
    return ours == theirs or localised(ours, theirs)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Language segments, suffixes, query values and host labels.
        ("https://www.canada.ca/en.html", "https://www.canada.ca/fr.html"),
        (
            "http://www.statcan.gc.ca/daily-quotidien/180220/dq180220c-eng.htm",
            "http://www.statcan.gc.ca/daily-quotidien/180220/dq180220c-fra.htm",
        ),
        (
            "https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=23601",
            "https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=23601",
        ),
        (
            "http://www.inspection.gc.ca/eng/1297964599443/1297965645317",
            "http://www.inspection.gc.ca/fra/1297964599443/1297965645317",
        ),
        (
            "https://developers.google.com/search/docs/guides/sd-policies",
            "https://developers.google.com/search/docs/guides/sd-policies?hl=fr",
        ),
        ("https://example.org/page?lang=en", "https://example.org/page?lang=fr"),
        (
            "https://wet-boew.github.io/GCWeb/sites/authentication/authentication-en.html",
            "https://wet-boew.github.io/GCWeb/sites/authentication/authentication-fr.html",
        ),
        (
            "https://en.wikipedia.org/wiki/Alpha_channel",
            "http://fr.wikipedia.org/wiki/Alpha_channel",
        ),
        ("https://www.gov.nt.ca/", "https://www.gov.nt.ca/fr"),
        # The two hosts of one bilingual site.
        ("https://digital.canada.ca/about/", "https://numerique.canada.ca/a-propos/"),
        (
            "https://blog.canada.ca/2021/02/04/data-to-action.html",
            "https://blogue.canada.ca/2021/02/04/les-donnees-a-laction/",
        ),
        (
            "https://design.canada.ca/survey/",
            "https://conception.canada.ca/sondage/index.html",
        ),
        # Translated paths: same site, depth, numbers and section.
        (
            "https://www.canada.ca/en/revenue-agency/services/benefits/emergency-student-benefit.html",
            "https://www.canada.ca/fr/agence-revenu/services/prestations/prestation-urgence-etudiants.html",
        ),
        (
            "https://www.canada.ca/en/services/benefits/ei/cerb-application.html#payments",
            "https://www.canada.ca/fr/services/prestations/ae/pcusc-application.html#versements",
        ),
        (
            "http://www.cic.gc.ca/english/visit/visas.asp",
            "https://www.cic.gc.ca/visit-visiter/fr/visas",
        ),
        # A post's other-language version: its date, not its slug.
        (
            '{{ "/2020/09/24/COVID-top-tasks" | prepend: site.urlalt[ page.language ] }}',
            '{{ "/2020/09/24/taches-principales-a-la-COVID-19" | prepend: site.urlalt }}',
        ),
        (
            "https://blog.canada.ca/2017/12/11/top-100-for-gc.html",
            '{{ "/2017/12/11/100-taches-du-gc.html" | prepend: site.urlalt[ page.language ] }}',
        ),
        # Scheme, case, trailing slash, tracking parameters.
        (
            "https://www.canada.ca/en/public-health.html?utm_source=x&utm_medium=vanity-url",
            "HTTP://CANADA.CA/fr/sante-publique/",
        ),
        (
            "https://travel.gc.ca/travel-covid/travel-restrictions/wizard-start",
            "https://voyage.gc.ca/voyage-covid/voyage-restrictions/debut-assistant?_ga=2.2346914",
        ),
    ],
)
def test_counterparts(source: str, target: str) -> None:
    assert counterparts(source, target)
    assert counterparts(target, source)  # either language may be the original


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Another domain.
        (
            "https://www.canada.ca/en/services/benefits/ei/cerb-application.html#apply",
            "https://covid-prestations.alpha.canada.ca/fr/debut",
        ),
        ("https://dialogflow.com/docs", "https://cloud.google.com/dialogflow/docs/"),
        ("https://blog.canada.ca/x/y", "https://conception.canada.ca/x/y"),
        # Another page number or ID.
        (
            "https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=23601",
            "https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=23602",
        ),
        (
            "http://www.inspection.gc.ca/eng/1297964599443/1297965645317",
            "http://www.inspection.gc.ca/fra/1297964599443/1297965645318",
        ),
        (
            "https://blog.canada.ca/2021/02/04/data-to-action",
            "https://blogue.canada.ca/2021/02/05/les-donnees-a-laction",
        ),
        # Another section of the page, or none.
        (
            "https://www.canada.ca/en/tbs/canada-content-style-guide.html#wp5-1",
            "https://www.canada.ca/fr/sct/guide-redaction-contenu-canada.html#wp5-1-1",
        ),
        ("https://www.canada.ca/en/x.html#toc6", "https://www.canada.ca/fr/x.html"),
        # Another depth: the parent page, or a page below.
        (
            "https://www.canada.ca/en/revenue-agency.html",
            "https://www.canada.ca/fr/agence-revenu/services/prestations/pcre-comment-demande.html",
        ),
        (
            "https://design.canada.ca/crisis/alerts.html",
            "https://conception.canada.ca/alertes.html",
        ),
        # A link that is no link.
        ("https://www.canada.ca/en/tbs/canada-content-style-guide.html", "link"),
    ],
)
def test_no_counterpart(source: str, target: str) -> None:
    assert not counterparts(source, target)
    assert not counterparts(target, source)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("1-800-959-8281", "1 800 959-8281", True),
        ("1-800-959-8281", "800.959.8281", True),
        ("(613) 555-0199", "613-555-0199", True),
        ("+1 613 555 0199", "613 555-0199", True),
        ("1-800-959-8281", "1-800-959-7383", False),  # CRA's English and French lines
        ("1-800-959-8281", "1-800-959-8821", False),
    ],
)
def test_phone_numbers_compare_by_digits(first: str, second: str, same: bool) -> None:
    assert (phone_digits(first) == phone_digits(second)) is same


def document(lang: str, *rows: str | tuple[str, tuple[Link, ...]]) -> AnalysedDocument:
    """A document of one paragraph per row: plain text, or text with its links."""
    paragraphs = []
    for index, row in enumerate(rows):
        text, links = (row, ()) if isinstance(row, str) else row
        paragraphs.append(AnalysedParagraph(Paragraph(index, text, 0, len(text), links=links)))
    doc = Document("x", "", tuple(p.paragraph for p in paragraphs), "markdown", lang)
    return AnalysedDocument(doc, tuple(paragraphs))


def mismatches(source: AnalysedDocument, target: AnalysedDocument) -> list[tuple[str, str, str]]:
    """(source address, what the target has instead, reason) of a one-group pair."""
    group = AlignmentGroup(tuple(range(len(source.paragraphs))), (0,), 0.99)
    found = compare_links(source, target, [group])
    return [
        (m.source.written, m.instead.written if m.instead else "", m.reason)
        for g in found
        for m in g.mismatches
    ]


def linked(text: str, *urls: str) -> tuple[str, tuple[Link, ...]]:
    """``text`` whose words ``a``, ``b``… are links to ``urls`` in order."""
    links = []
    for word, url in zip("abcdefgh", urls, strict=False):
        start = text.index(f"[{word}]") + 1
        links.append(Link(start, start + 1, url))
    return text, tuple(links)


@pytest.mark.parametrize(
    ("english", "french", "expected"),
    [
        # Phone numbers: one slip is a digit that differs; another number is a line.
        ("Call 1-800-959-8281 today.", "Appelez le 1 800 959-8281.", []),
        (
            "Call 1-800-959-8281 today.",
            "Appelez le 1-800-959-8821.",
            [("1-800-959-8281", "1-800-959-8821", "a digit differs")],
        ),
        (
            "Call 1-800-959-8281 today.",
            "Appelez le 1-800-959-7383.",
            [("1-800-959-8281", "1-800-959-7383", "another number")],
        ),
        (
            "Call 1-800-959-8281 today.",
            "Appelez-nous.",
            [("1-800-959-8281", "", "nothing in its place")],
        ),
        # E-mail addresses: the same, or another mailbox of the domain.
        ("Write to Info@Example.ca.", "Écrivez à info@example.ca.", []),
        (
            "Write to info@example.ca.",
            "Écrivez à renseignements@example.ca.",
            [("info@example.ca", "renseignements@example.ca", "another mailbox")],
        ),
        # Bare URLs, the sentence's punctuation aside.
        (
            "See https://www.canada.ca/en/services.html.",
            "Voir https://www.canada.ca/fr/services.html.",
            [],
        ),
        (
            "See https://www.debian.org/doc/.",
            "Voir https://www.debian.org/.",
            [("https://www.debian.org/doc/", "https://www.debian.org/", "another path")],
        ),
        # Links in another order that still correspond are quiet.
        (
            linked("[a] and [b]", "https://x.ca/en/one", "https://x.ca/en/two-2"),
            linked("[a] et [b]", "https://x.ca/fr/deux-2", "https://x.ca/fr/un"),
            [],
        ),
        # A link to a section of the page: its id is translated with the heading.
        (linked("[a]", "#next-steps"), linked("[a]", "#prochaines-etapes"), []),
        # A link dropped.
        (
            linked("[a] here", "https://design.canada.ca/patterns/x.html"),
            "ici",
            [("https://design.canada.ca/patterns/x.html", "", "nothing in its place")],
        ),
        # A link kept as the original's page is the same page.
        (
            linked("[a]", "https://www.canada.ca/en/x.html"),
            linked("[a]", "https://www.canada.ca/en/x.html"),
            [],
        ),
    ],
)
def test_group_comparison(english, french, expected) -> None:
    assert mismatches(document("en", english), document("fr", french)) == expected


def test_swapped_links_of_two_items_are_each_reported() -> None:
    """Two list items (two groups) whose links were swapped: each links to the other's post."""
    english = document(
        "en", linked("[a]", "/2017/12/11/top-100"), linked("[a]", "/2017/12/12/overview")
    )
    french = document(
        "fr", linked("[a]", "/2017/12/12/apercu"), linked("[a]", "/2017/12/11/100-taches")
    )
    groups = [AlignmentGroup((0,), (0,), 0.99), AlignmentGroup((1,), (1,), 0.99)]
    found = [
        (m.source.written, m.instead.written if m.instead else "", m.reason)
        for g in compare_links(english, french, groups)
        for m in g.mismatches
    ]
    assert found == [
        ("/2017/12/11/top-100", "/2017/12/12/apercu", "another page number or ID"),
        ("/2017/12/12/overview", "/2017/12/11/100-taches", "another page number or ID"),
    ]


def test_bare_addresses_inside_a_link_count_once() -> None:
    text = "Email dto@example.ca now"
    start = text.index("dto")
    paragraph = Paragraph(
        0, text, 0, len(text), links=(Link(start, start + 14, "mailto:dto@example.ca"),)
    )
    assert [(a.kind, a.written) for a in addresses_of(paragraph)] == [("email", "dto@example.ca")]


def test_the_glossary_declares_a_pair() -> None:
    english = document("en", linked("[a]", "https://example.com/old"))
    french = document("fr", linked("[a]", "https://exemple.fr/nouveau/page"))
    group = AlignmentGroup((0,), (0,), 0.99)
    assert compare_links(english, french, [group])
    declared = compare_links(english, french, [group], lambda s, t: "exemple.fr" in t)
    assert not declared


# ---------------------------------------------------------------- the normaliser, by property

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
SEGMENT = (
    st.lists(WORDS, min_size=1, max_size=3)
    .map("-".join)
    .filter(lambda s: page_key("/" + s).segments == (s,))
)
HOSTS = st.tuples(WORDS, st.sampled_from(["ca", "org", "gc.ca"])).map(".".join)


@given(
    host=HOSTS,
    path=st.lists(SEGMENT, max_size=4),
    ident=st.integers(min_value=0, max_value=10**6),
    fragment=st.one_of(st.just(""), WORDS),
)
def test_normaliser_reads_the_language_out(host, path, ident, fragment) -> None:
    """A page's English and French addresses, however written, have one key; and the
    key does not move when read again."""
    tail = "/".join([*path, str(ident)])
    hash_ = f"#{fragment}" if fragment else ""
    english = f"https://www.{host}/en/{tail}.html?id={ident}&utm_source=mail{hash_}"
    french = f"http://{host.upper()}/fr/{tail}/?lang=fr&id={ident}{hash_}"
    key = page_key(english)
    assert page_key(french) == key
    again = "/" + "/".join(key.segments)
    assert page_key(again).segments == key.segments
    assert localised(key, page_key(french))


@given(st.text())
def test_normaliser_reads_any_text(text: str) -> None:
    """Link targets are whatever an author typed (``https://a[b``): never an exception."""
    key = page_key(text)
    assert localised(key, key)
    assert page_key("https://x.ca/" + text).host == "x.ca"


@given(host=HOSTS, path=st.lists(SEGMENT, min_size=1, max_size=4), ident=st.integers(0, 10**6))
def test_normaliser_keeps_ids_apart(host, path, ident) -> None:
    """Two addresses that differ in a number are never counterparts."""
    tail = "/".join(path)
    first = page_key(f"https://{host}/en/{tail}/{ident}")
    second = page_key(f"https://{host}/fr/{tail}/{ident + 1}")
    assert first != second
    assert not localised(first, second)


# ---------------------------------------------------------------- real posts, whole check

# 2020-02-05-method-to-measure / methode-pour-mesurer (canada-blog, MIT): the
# French list links each item to the other item's post.
METHOD_EN = """\
## Related links

* [How we identify top tasks for Canada.ca]( {{ "/2017/12/11/top-100-for-gc" | prepend: site.urlalt[ page.language ] }} )
* [How measuring task success is key for optimizing Canada.ca top tasks]( {{ "/2017/12/12/optimization-overview" | prepend: site.urlalt[ page.language ] }} )
"""
METHOD_FR = """\
## Liens connexes

* [De quelle façon nous déterminons les principales tâches pour Canada.ca]( {{ "/2017/12/12/apercu-d-optimisation" | prepend: site.urlalt[ page.language ] }} )
* [Comment nous optimisons les principales tâches sur le site Canada.ca]( {{ "/2017/12/11/100-taches-du-gc" | prepend: site.urlalt[ page.language ] }} )
"""
# 2020-11-12-interactive-checklists / listes-de-verification-interactives
# (canada-blog, MIT): every link localised, paths translated.
CHECKLISTS_EN = """\
We used the [checkboxes and radio buttons pattern](https://design.canada.ca/common-design-patterns/checkboxes-radio-buttons.html) and [interactive questions](https://design.canada.ca/common-design-patterns/interactive-questions.html).

See [Canada child benefit: before you apply](https://www.canada.ca/en/revenue-agency/services/child-family-benefits/canada-child-benefit-overview/canada-child-benefit-before-you-apply.html) and [who can apply for the CRB](https://www.canada.ca/en/revenue-agency/services/benefits/recovery-benefit/crb-who-apply.html).
"""
CHECKLISTS_FR = """\
Nous avons utilisé la [configuration des cases à cocher et boutons radio](https://conception.canada.ca/configurations-conception-communes/cases-cocher-boutons-radio.html) et les [questions interactives](https://conception.canada.ca/configurations-conception-communes/questions-interactives.html).

Consultez [Allocation canadienne pour enfants : avant de faire une demande](https://www.canada.ca/fr/agence-revenu/services/prestations-enfants-familles/allocation-canadienne-enfants-apercu/allocation-canadienne-enfants-avant-faire-demande.html) et [qui peut demander la PCRE](https://www.canada.ca/fr/agence-revenu/services/prestations/prestation-relance-economique/pcre-qui-demande.html).
"""


def run(tmp_path: Path, english: str, french: str) -> list[tuple[str, str]]:
    (tmp_path / "post.en.md").write_text(english, "utf-8")
    (tmp_path / "post.fr.md").write_text(french, "utf-8")
    report = check(
        tmp_path / "post.en.md",
        tmp_path / "post.fr.md",
        Options(select=frozenset({"link-mismatch"})),
    )
    return [(f.severity.value, dict(f.args)["source"]) for f in report.findings]


def test_real_swapped_post_links_are_reported(tmp_path: Path) -> None:
    found = run(tmp_path, METHOD_EN, METHOD_FR)
    assert [severity for severity, _ in found] == ["warning", "warning"]
    assert "top-100-for-gc" in found[0][1] and "optimization-overview" in found[1][1]


def test_real_localised_links_are_quiet(tmp_path: Path) -> None:
    assert run(tmp_path, CHECKLISTS_EN, CHECKLISTS_FR) == []
