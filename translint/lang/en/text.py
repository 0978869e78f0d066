"""English text data: page chrome, structure labels, function words, endings and key names.

Kept as plain data (sets and tuples of strings) so that segmentation and
language detection stay language-neutral: a new language adds a module like
this one instead of editing the algorithms.
"""

from translint.lang.en import negation

# Page furniture copied along with an article from a web page: buttons, links
# and share widgets. A paragraph is chrome when its whole content (without a
# bullet) is one of these, compared case-insensitively, spaces collapsed and
# surrounding punctuation or arrows ignored ("Back to top ↑").
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
        "top of page",
        "bottom of page",
        "back to top",
        "back to top of page",
        "return to top",
        "scroll to top",
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "share",
        "share this",
        "share this article",
        "share this page",
        "share this post",
        "share on facebook",
        "share on linkedin",
        "share on twitter",
        "share on x",
        "share via email",
        "email this article",
        "print",
        "print this page",
        "print this article",
        "copy link",
        "link copied",
        "read more",
        "learn more",  # French « en savoir plus »
        "tweet",
        "follow us",
    }
)

# Whole-line patterns (regular expressions, matched case-insensitively against
# the whole content) for chrome that carries a number. Deliberately empty:
# reading-time lines ("5 min read") belong to the byline, which a translation
# should carry, so they are checked like any paragraph.
CHROME_PATTERNS: tuple[str, ...] = ()

# Words that number a heading in front of its number: "Chapter 1. Tutorials",
# "Appendix A. Appendix".
HEADING_LABELS = ("Chapter", "Appendix", "Part", "Section")

# Words that start a caption in front of a number: "Figure 3.14. The search field".
CAPTION_LABELS = ("Figure", "Fig.", "Table", "Example", "Listing", "Illustration", "Plate")

# Admonition labels that stand alone on a line before the note they introduce:
# short, capitalised and followed by a paragraph, yet not section headings.
ADMONITION_LABELS = frozenset(
    {"note", "notes", "tip", "hint", "warning", "caution", "important", "danger", "example"}
)

# Function words frequent in English prose and absent from French prose; added
# to spaCy's English stop words for language detection.
FUNCTION_WORDS = frozenset(
    {
        "the", "and", "of", "to", "is", "are", "was", "were", "be", "been", "being",
        "with", "that", "this", "these", "those", "for", "it", "its", "by", "from",
        "which", "have", "has", "had", "not", "you", "your", "they", "their", "them",
        "will", "would", "can", "could", "should", "at", "in", "but", "if", "what",
        "when", "where", "there", "we", "our", "he", "she", "his", "her", "all",
        "more", "about", "into", "than", "also", "how", "who", "may", "do", "does",
        "any", "each", "other", "such", "only", "then", "some", "no", "so", "up",
        "out", "over", "after", "before", "between", "through", "because", "while",
    }
)  # fmt: skip

# Words a recogniser glues to the front of names (translint.lang.TextData).
NAME_ARTICLES = ("the",)
PERSONAL_TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Professor", "Mayor", "Sir")
NAME_TITLES = ("President", "Saint")

# Forms of dictionary words that WordNet's index lacks: "named", "running".
DICTIONARY_ENDINGS = ("ed", "ing")

# Endings that make another form of a word (plural): Debian / Debians, Linuxes.
INFLECTIONS = ("s", "es")

# Keyboard keys as English interfaces name them (Ctrl+Shift+S).
KEY_NAMES = ("Ctrl", "Alt", "Shift", "Cmd")

# Words English writes twice on purpose, which ``repeated-word`` leaves alone:
# - ``had``: a past perfect of *have* (“they had had enough”);
# - ``that``: a conjunction before a demonstrative (“he said that that was fine”);
# - ``is``, ``was``, ``does``, ``do``: a clause that is the subject of its
#   verb (“what it is is a list”, “what it does does matter”);
# - ``very``, ``really``, ``no``, ``bye``: doubled for emphasis, mostly in
#   quotations (“very very rare”, “bye bye”).
# Not here: articles and prepositions (“the the”, “of of”), never needed twice.
LEGITIMATE_DOUBLINGS = frozenset(
    {"had", "that", "is", "was", "do", "does", "very", "really", "no", "bye"}
)

# Abbreviations that a dot ends without ending the sentence (translint.analysis.sentences):
# Latin and reference abbreviations, titles besides PERSONAL_TITLES, months and units
# that prose writes before a figure or a name.
ABBREVIATIONS = (
    "e.g.", "i.e.", "cf.", "vs.", "v.", "viz.", "approx.", "ca.", "al.", "Jr.", "Sr.", "St.",
    "Mt.", "Gen.", "Gov.", "Sen.", "Rep.", "Hon.", "Rev.", "Capt.", "Lt.", "Col.", "Sgt.",
    "No.", "Nos.", "no.", "Vol.", "vol.", "Ch.", "ch.", "Fig.", "fig.", "Sec.", "sec.",
    "p.", "pp.", "Ed.", "ed.", "Inc.", "Ltd.", "Co.", "Corp.", "Dept.", "Univ.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
    "a.m.", "p.m.", "U.S.", "U.K.", "Ph.D.", "B.Sc.", "M.Sc.",
)  # fmt: skip

# Quotation marks, (opening, closing): what a French text quotes in English
# (a title, a quotation) may be written between them.
QUOTES = (("“", "”"), ("‘", "’"), ('"', '"'))

# How English says "not" (``negation-mismatch``): ``translint.lang.en.negation``.
NEGATION = negation.NEGATION
