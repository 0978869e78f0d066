"""How English says "not": the cues, traps and lexical negatives of ``negation-mismatch``.

English negation is one word (not, n't, never, no, none, nobody, nothing,
nowhere, neither/nor, without), so it needs no particles. Lexical negation
(un-, in-, -less: "unsupported", "invalid", "useless") is not a negation of
the clause: it is counted among the lexical negatives, which excuse a French
« ne … pas » that renders it.
"""

from translint.lang import NegationData

NEGATION = NegationData(
    cues=(
        (r"\bno[ -]one\b|\bnobody\b", "nobody"),
        (r"\bno\s+longer\b", "no longer"),
        (r"\bneither\b(?:[^.;:!?]*?\bnor\b)?", "neither"),
        (r"\bnor\b", "nor"),
        (r"\bcannot\b", "cannot"),
        (r"\b[a-z]+n'ts?\b", "n't"),
        (r"\bnot\b", "not"),
        (r"\bnever\b", "never"),
        (r"\bnone\b", "none"),
        (r"\bnothing\b", "nothing"),
        (r"\bnowhere\b", "nowhere"),
        (r"\bwithout\b", "without"),
        # "no" as a determiner: not quoted ("no"), not an answer ("No,"), not
        # a value in a list ("yes/no"), not "No." before a number.
        (r"(?<![./])\bno\b(?![.,;:!?\"”'’»)/-])", "no"),
    ),
    privative=frozenset({"without"}),
    neutral=(
        r"\bnot\s+(?:only|just|merely|simply|solely|necessarily\s+only)\b",
        r"\bno\s+(?:more|less|fewer)\s+than\b",  # "at most", « au plus »
        r"\b(?:don't|do\s+not|never)\s+hesitate\b",  # "feel free"
        # "not … until" is « ne … qu'après »: "only when", not a negation.
        r"\b(?:not|[a-z]+n't)\b(?=[^.;:!?]*\buntil\b)",
        r"\bsa(?:y|ys|id|ying)\s+no\b",
        r"\bnothing\s+(?:but|else\s+than|more\s+than|less\s+than)\b",
        r"\bnone\s+other\s+than\b",
        r"\bno\s+matter\b",
        r"\bnot\s+until\b",
        r"\bor\s+not\b",
        r"\bif\s+not\b",
        r"\bnot\s+to\s+mention\b",
        r"\bnot\s+least\b",
        r"\bnever\s*mind\b",
        r"\bno\.?\s*\d",
        r"\byes\s*(?:/|or|and)\s*no\b|\bno\s*(?:/|or|and)\s*yes\b",
        r"\bno\s+doubt\b|\bwithout\s+(?:a\s+|any\s+)?doubt\b",
    ),
    lexical=(
        # Litotes: "not perfectly set" is rendered « défectueux » as often as « pas
        # parfaitement », and « pas très utile » as often as « peu utile ».
        r"\b(?:not|[a-z]+n't)\s+(?:[a-z]+\s+)?(?:perfectly|quite|exactly|entirely|very|so)\b",
        r"\b(?:hard|difficult|tough|deactivat[a-z]*|self-explanatory)\b",
        r"\bun(?!der|til|ion|it|iq|iv|ix|ic|less)[a-z]{3,}",
        r"\bnon[ -]?[a-z]{3,}",
        r"\b[a-z]{3,}less(?:ly|ness)?\b",
        r"\bdis(?:abl|allow|connect|card|continu|agree|like|appear|miss|regard|prov|trust)[a-z]*",
        r"\b(?:in|im|il|ir)(?:valid|correct|complete|accessibl|activ|compatibl|possibl|proper"
        r"|legal|relevant|sufficient|appropriate|abilit|capabl|consistent|secure|visibl"
        r"|dependent|definite|direct|effective|frequent|legibl|regular|revers|responsib"
        r"|sensitiv|accura|finit|flexib|suffici)[a-z]*",
        r"\b(?:unable|fail[a-z]*|lack[a-z]*|absen[a-z]*|refus[a-z]*|prevent[a-z]*|avoid[a-z]*"
        r"|unless|except[a-z]*|only|solely|merely|just|hardly|barely|scarcely|seldom|rarely"
        r"|few|little|miss[a-z]*|forbid[a-z]*|prohibit[a-z]*|den(?:y|ies|ied)|stop[a-z]*"
        r"|ceas[a-z]*|ignor[a-z]*|omit[a-z]*|skip[a-z]*|exclud[a-z]*|instead|rather|otherwise"
        r"|until|till|unlike|before|yet|optional[a-z]*|free|empty|false|los[et]|loses|losing"
        r"|outside|beyond|less|whether|too|either|any|anything|anyone|anybody|anywhere|ever"
        r"|doubt[a-z]*|against|neglect[a-z]*|forg[eo]t[a-z]*|wrong[a-z]*|off|remov[a-z]*"
        r"|delet[a-z]*|drop[a-z]*|nor|but|beware|refrain[a-z]*|far\s+from|apart\s+from"
        r"|safe|careful|sure|make\s+sure|ensure|keep|leave|leaves|left|alone|neither)\b",
    ),
)
