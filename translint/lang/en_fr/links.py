"""How a page's English and French addresses differ, for ``link-mismatch``
(``translint.compare.links``).

Bilingual sites put the language in the address in a few set ways; a link
that differs from the original's only there points at the page's other
language version, its counterpart. Either language may be the source, so the
comparison reads every tag of both languages the same way: as "a language".
"""

# Words that name a language in an address, by language: a whole path segment
# (``canada.ca/en/…``, ``/eng/`` at Transport Canada and the CFIA, ``/english/``
# at IRCC's cic.gc.ca), a suffix of one (StatCan's ``dq180220c-eng.htm``, the
# TBS policy suite's ``doc-eng.aspx``, GCWeb's ``authentication-en.html``,
# Debian's ``index.en.html``), a query value (``lang=fra``, Google's
# ``hl=fr``) or a host's first label (``en.wikipedia.org``). Sources: the
# Canada.ca Content and Information Architecture Specification (URL
# structure: ``/en/`` and ``/fr/``), the Government of Canada's older
# ``-eng``/``-fra`` convention (ISO 639-2/B codes, as on tbs-sct.gc.ca and
# statcan.gc.ca), and Debian's content negotiation (``.en.html``, ``.fr.html``).
URL_LANGUAGE_TAGS = {
    "en": ("en", "eng", "english", "en-ca", "en_ca", "en-us", "en-gb", "anglais"),
    "fr": ("fr", "fra", "fre", "francais", "french", "fr-ca", "fr_ca", "fr-fr"),
}

# Query keys whose value is the page's language: dropped when the value is a
# language tag (``?lang=fr``, ``?hl=fr``), kept otherwise.
LANGUAGE_QUERY_KEYS = frozenset({"lang", "hl", "language", "locale", "lng", "lan"})

# Hosts that serve one site in each language under its own name: (English
# host, French host). Sources: each site's own language toggle, as published:
# blog.canada.ca's ``_config.yml`` (``urlalt``), the links of the canada-blog
# corpus's paired posts (design / conception, open / ouvert, travel / voyage,
# food-guide / guide-alimentaire, ai-answers / reponses-ia), and the Canadian
# Digital Service's sites (``digital.canada.ca`` / ``numerique.canada.ca``,
# and its former domains).
HOST_PAIRS = (
    ("digital.canada.ca", "numerique.canada.ca"),
    ("blog.canada.ca", "blogue.canada.ca"),
    ("design.canada.ca", "conception.canada.ca"),
    ("open.canada.ca", "ouvert.canada.ca"),
    ("search.open.canada.ca", "rechercher.ouvert.canada.ca"),
    ("travel.gc.ca", "voyage.gc.ca"),
    ("food-guide.canada.ca", "guide-alimentaire.canada.ca"),
    ("canadiandigitalservice.ca", "servicenumeriquecanadien.ca"),
    ("ai-answers.alpha.canada.ca", "reponses-ia.alpha.canada.ca"),
)
