"""French text data: page chrome, structure labels, function words, endings and key names.

Kept as plain data (sets and tuples of strings) so that segmentation and
language detection stay language-neutral: a new language adds a module like
this one instead of editing the algorithms.
"""

from translint.lang.fr import negation

# Page furniture copied along with an article from a web page: buttons, links
# and share widgets. A paragraph is chrome when its whole content (without a
# bullet) is one of these, compared case-insensitively, spaces collapsed and
# surrounding punctuation or arrows ignored ("Retour en haut ↑").
_SOCIAL_NETWORKS = frozenset(
    {
        "linkedin",
        "facebook",
        "x",
        "twitter",
        "instagram",
        "youtube",
        "pinterest",
        "whatsapp",
        "tiktok",
        "reddit",
        "threads",
        "bluesky",
        "mastodon",
        "telegram",
        "flickr",
        "vimeo",
    }
)

CHROME_PHRASES = _SOCIAL_NETWORKS | frozenset(
    {
        "haut de page",
        "bas de page",
        "retour en haut",
        "retour en haut de page",
        "retour au début",
        "retour au haut de la page",
        "remonter",
        "aller au contenu",
        "aller au contenu principal",
        "passer au contenu",
        "passer au contenu principal",
        "partager",
        "partager cet article",
        "partager cette page",
        "partager sur facebook",
        "partager sur linkedin",
        "partager sur twitter",
        "partager sur x",
        "partager par courriel",
        "envoyer par courriel",
        "imprimer",
        "imprimer cette page",
        "imprimer l'article",
        "imprimer l’article",
        "copier le lien",
        "lien copié",
        "lire la suite",
        "en savoir plus",
        "suivez-nous",
    }
)

# Whole-line patterns (regular expressions, matched case-insensitively against
# the whole content) for chrome that carries a number. Deliberately empty:
# reading-time lines ("5 min read") belong to the byline, which a translation
# should carry, so they are checked like any paragraph.
CHROME_PATTERNS: tuple[str, ...] = ()

# Words that number a heading in front of its number: "Chapitre 1. Didacticiels".
HEADING_LABELS = ("Chapitre", "Annexe", "Partie", "Section")

# Words that start a caption in front of a number: "Figure 3.14. Le champ de recherche".
CAPTION_LABELS = ("Figure", "Fig.", "Tableau", "Exemple", "Illustration", "Planche")

# Admonition labels that stand alone on a line before the note they introduce.
ADMONITION_LABELS = frozenset(
    {"note", "notes", "astuce", "conseil", "remarque", "avertissement", "attention",
     "important", "danger", "exemple", "mise en garde"}
)  # fmt: skip

# Function words frequent in French prose and absent from English prose; added
# to spaCy's French stop words for language detection. Elided forms ("l'")
# are tokens of their own.
FUNCTION_WORDS = frozenset(
    {
        "le", "la", "les", "des", "du", "de", "et", "est", "sont", "une", "un", "pour",
        "dans", "sur", "que", "qui", "avec", "pas", "ne", "vous", "nous", "ce", "cette",
        "ces", "par", "au", "aux", "il", "ils", "elle", "elles", "leur", "leurs", "ou",
        "où", "mais", "plus", "être", "été", "son", "sa", "ses", "se", "en", "peut",
        "était", "dont", "comme", "aussi", "très", "sans", "entre", "tout",
        "tous", "toutes", "faire", "fait", "notre", "nos", "votre", "vos",
        "l'", "d'", "qu'", "n'", "s'", "c'", "j'", "m'",
    }
)  # fmt: skip

# Elided forms that are words of their own: l', d', qu'...
ELISIONS = ("c", "d", "j", "l", "m", "n", "s", "t", "qu")

# Words a recogniser glues to the front of names (translint.lang.TextData).
NAME_ARTICLES = ("le", "la", "les", "de", "du", "des")
ELIDED_ARTICLES = ("l", "d")
PERSONAL_TITLES = ("M.", "Mme", "Mlle", "Dr", "Prof.", "Professeur", "Maire")
NAME_TITLES = ("Président", "Saint")

# Letters that only French of our languages writes: evidence in a line too
# short for function words.
LETTERS = "éèêëàâçùûüîïôœÉÈÊÀÇÔŒ"

# Endings that make another form of a word (plural, feminine): Debian / Debians.
INFLECTIONS = ("s", "x", "e", "es")

# Keyboard keys as French interfaces name them (Ctrl+Maj+S).
KEY_NAMES = ("Ctrl", "Alt", "Maj")

# French writes an acronym read as a word, from four letters, with an initial
# capital only: « l'Unesco », « l'Otan », « la Nasa » (Lexique des règles
# typographiques en usage à l'Imprimerie nationale; OQLF, Banque de dépannage
# linguistique, « Sigles : écriture »).
ACRONYMS_AS_WORDS = 4

# Words French writes twice on purpose, which ``repeated-word`` leaves alone:
# - ``nous``, ``vous``: a subject and its reflexive or object pronoun
#   (« nous nous sommes réunis », « vous vous êtes inscrits »);
# - ``en``: the gerund's « en » before the pronoun « en » (« en en affichant
#   la liste », by displaying it: twice on the Debian corpus, both right);
# - ``faire``: the causative « faire faire » (have something done);
# - ``très``, ``si``, ``non``, ``oui``: doubled for emphasis, in quotes and
#   informal prose (« très très rare », « non non »);
# - ``bla``, ``pousse``, ``tam``: the second half of a reduplicated word
#   written without its hyphen (« bla bla », « tam tam »).
# Not here, because French never needs them twice: articles and prepositions
# (« le le », « de de »), and ``que`` (« que que » is always a slip).
LEGITIMATE_DOUBLINGS = frozenset(
    {"nous", "vous", "en", "faire", "tres", "si", "non", "oui", "bla", "tam"}
)

# Abbreviations that a dot ends without ending the sentence (translint.analysis.sentences):
# « p. ex. », titles besides PERSONAL_TITLES (« MM. », « Pr »), references, and the
# Latin and English abbreviations French technical prose keeps.
ABBREVIATIONS = (
    "p. ex.", "p.ex.", "c.-à-d.", "c-à-d.", "cf.", "env.", "MM.", "Mme.", "Mmes.", "Mlle.",
    "Me.", "Pr.", "St.", "Ste.", "av.", "apr.", "J.-C.", "n°.", "no.", "No.", "vol.",
    "chap.", "fig.", "p.", "pp.", "éd.", "art.", "al.", "min.", "max.", "tél.", "boul.",
    "janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "e.g.", "i.e.",
    "vs.", "v.", "Inc.", "Ltée.", "Cie.",
)  # fmt: skip

# Quotation marks, (opening, closing): « » and the inner “ ”, ‹ ›; plain text
# writes straight quotes. A title or quotation between them is not the
# paragraph's language (``untranslated-paragraph``).
QUOTES = (("«", "»"), ("“", "”"), ("‹", "›"), ('"', '"'))

# How French says "not" (``negation-mismatch``): ``translint.lang.fr.negation``.
NEGATION = negation.NEGATION
