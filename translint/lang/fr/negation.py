"""How French says "not": « ne … pas » and its kin, the traps, and the lexical negatives.

French negation is mostly in two parts: the particle « ne » (« n' ») and a
completion (pas, plus, jamais, rien, personne, aucun, nul, guère, ni) after
it, or a leader before it (« personne ne », « rien ne », « aucun … ne »).
The traps: « ne … que » means "only" (affirmative) but « ne … pas que » is
negative; the « ne » explétif (« avant qu'il ne parte », « à moins que … ne »,
« craindre que … ne ») negates nothing; « n'importe », « ne serait-ce que »,
« n'empêche », « ne cesse de » ("keeps on") are not negations; « une
personne », « le pas », « plus que jamais », « si jamais », « pas mal de »,
« ou pas », « sans doute » ("probably") neither. Spoken French drops « ne »
(« pas de problème »): a lone « pas », « jamais », « rien » or « aucun »
counts. A lone « ne » with none of these is a « ne » whose « pas » was lost.
"""

from types import MappingProxyType

from translint.lang import NegationData

_DETERMINERS = frozenset(
    {"un", "une", "le", "la", "les", "l'", "des", "cet", "cette", "ces", "mon", "ton",
     "son", "ma", "ta", "sa", "mes", "tes", "ses", "nos", "vos", "leur", "leurs", "du", "au",
     "aux", "chaque", "toute", "tout", "quelques", "premier", "premiers", "petit", "petits",
     "grand", "grands", "faux", "deux", "trois", "quatre", "cent", "mille", "autre",
     "seule", "seul", "cinq", "dix", "quelle", "quel", "telle", "tel"}
)  # fmt: skip

_COMPLETIONS = frozenset(
    {"pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "nul", "nulle",
     "guère", "ni", "nullement", "aucunement", "point"}
)  # fmt: skip

NEGATION = NegationData(
    particles=frozenset({"ne", "n'"}),
    completions=_COMPLETIONS,
    leaders=frozenset(
        {"personne", "rien", "aucun", "aucune", "nul", "nulle", "ni", "jamais", "nullement"}
    ),
    restrictions=frozenset({"que", "qu'"}),
    # « ne l'est plus » but not « ne l'est des semaines ou des mois plus tard »;
    # « ne sont que » but not « ne peut savoir comment ils réagiront tant qu'… ».
    reach=MappingProxyType({"plus": 3, "point": 2, "que": 7, "qu'": 7}),
    # « ne … pas que » is negative, and so is « ne tapez rien que vous ne compreniez
    # pas » (a relative « que »); « il ne reste plus que » is "only".
    restricted_negative=_COMPLETIONS - {"plus"},
    noun_after=MappingProxyType(
        {
            "personne": _DETERMINERS | {"par", "toute"},
            "pas": _DETERMINERS | {"par"},  # « par pas de 15° »
            "plus": frozenset({"le", "la", "les", "l'", "en", "au", "de", "d'", "du"}),
            "rien": frozenset({"un", "des", "les", "ces"}),
            "point": _DETERMINERS | {"de", "d'", "à"},
            # « ce que » is a relative, not « ne … que »: « s'ils ne trouvaient
            # immédiatement ce qu'ils cherchaient » lost its « pas ».
            "que": frozenset({"ce"}),
            "qu'": frozenset({"ce"}),
        }
    ),
    # « ne saurait », « n'ose », « ne peut », « n'aurait pu »: literary negation
    # without « pas », common in formal prose (« ne pourront être tenus pour
    # responsables », « ne pouvaient nommer le site »). So a « pas » lost after
    # « pouvoir » is not seen: the price of not reporting the style.
    literary=(
        r"sa(?:is|it|vent|ur[a-z]*)|os[a-z]*"
        r"|p(?:eux|eut|euvent|ouv[a-z]*|ourr[a-z]*|uis|uisse[a-z]*)"
        r"|(?:a|ai|as|avait|avaient|aurai[st]?|aurait|auraient|ont|avons|avez)\s+pu"
    ),
    # What comes before the « que » of a « ne » explétif: « avant qu'il ne parte »,
    # « à moins que le système ne », « plus rapide qu'on ne le pense ».
    expletive_after=(
        r"\b(?:avant|à\s+moins|de\s+(?:peur|crainte)|crain[a-z]*|craign[a-z]*|redout[a-z]*"
        r"|évit[a-z]*|empêch[a-z]*|plus|moins|aussi|autre|autrement|mieux|pire|meilleure?s?"
        r"|plutôt|sans)\b"
    ),
    cues=(
        # « sans » with what it absorbs: « sans aucun », « sans rien », « sans jamais ».
        (r"\bnon\s+sans\b", "double"),
        (r"\bsans(?:\s+(?:aucune?|rien|jamais|personne))?\b", "sans"),
        (r"\bnon\s+pas\b", "non pas"),
        (r"\bpas\b", "pas"),
        (r"\bjamais\b", "jamais"),
        (r"\brien\b", "rien"),
        (r"\baucune?\b", "aucun"),
        (r"\bnulle\s+part\b", "nulle part"),
        (r"\bnul(?:le)?\s+besoin\b", "nul besoin"),
    ),
    privative=frozenset({"sans"}),
    neutral=(
        r"\bn'importe\b",
        r"\bn'hésite[zr]?\s+pas\b",  # "feel free"
        r"\bn'est-ce\s+pas\b",  # a tag question: "surely"
        r"\bsans\s+(?:relâche|cesse|arrêt|fin)\b",  # "continuously"
        r"\bne\s+serait-ce\b",
        r"\bn'empêche\b",
        r"\bne\s+cess(?:e|es|ent|ait|aient|era|erait|a)\s+d",
        r"\bqu'à\s+cela\s+ne\s+tienne\b",
        r"\bsans\s+(?:aucun\s+)?doute\b",
        r"\bpas\s+(?:à|a)\s+pas\b|\bpas-à-pas\b",
        r"\bpas\s+mal\s+d",
        r"\bou\s+pas\b",
        r"\A\s*pas\s*:",  # the label « Pas : » (“Step:”)
        r"\b(?:que|si|à(?:\s+tout)?)\s+jamais\b",
        r"\bd'aucuns\b",
    ),
    # What renders a negation in one word, narrowly: a broader list would excuse
    # a sentence that lost its « pas » because it holds « avant » or « autre ».
    lexical=(
        r"\b(?:impossib|incapab|inutil|échou|échec|manqu|absen|refus|empêch|évit|interdi"
        r"|désactiv|facultati|ignor|omet|omis|oubli|insuffis|dépourv|décoch|exempt|difficil)"
        r"[a-zéèêàâûôîç]*",
        r"\b(?:sauf|seulement|uniquement|hormis|excepté[a-z]*|sinon|faute|non|guère"
        r"|aucunement|nullement|rarement|moins|parfois|contraire)\b",
        r"\bplutôt\s+qu|\bà\s+peine\b|\bà\s+moins\b|\bau\s+lieu\b|\bpeu\b|\btrop\b[^.;:!?]*\bpour\b",
        r"\bin(?:valide|correct|connu|compatib|accessib|acti[fv]|suffis|complet|terromp|stabl"
        r"|existant|appropri|disponib|visib|utilis|défini|habituel|effica|certain"
        r"|fréquent|égal|édit|atteign|surmont|faillib|imagin|fini|dispensab|connu|accept|attendu"
        r"|admis|adéquat|exact|opérant)"
        r"[a-zéèêàâûôîç]*",
        r"\b(?:im(?:possib|propre|prévu)|il(?:légal|lisib)|ir(?:réversib|régulier"
        r"|respons))[a-zéèêàâûôîç]*",
    ),
)
