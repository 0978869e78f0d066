"""The polarity of a sentence: the negations it holds, read off its language's data.

A negation of the clause is what makes "it works" into "it doesn't work":
English "not", "n't", "never", "no", "nothing", "without", French « ne …
pas », « ne … jamais », « aucun », « sans ». What only looks like one is
not counted: the traps of each language ("not only", "no matter", « ne …
que », the « ne » explétif, « une personne ») are its data
(``translint.lang.NegationData``), and so are the lexical negatives
("unable", « impossible », "un-" words), which say "not" in a word and are
kept apart, because a translation may render a negation by one of them.

The reading is plain pattern matching on the text, without the parser: it
must be cheap enough to run on every sentence of every check, and the
cues are closed lists. Each marker found is a ``Negation``; those with
``negative`` false are found and kept (a restrictive « ne … que », a lone
« ne » that lost its « pas ») because a rule may say so, but do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from translint.lang import NegationData
from translint.words import APOSTROPHES

# Kinds of the markers that are not negations of their clause.
RESTRICTIVE = "restrictive"  # « ne … que »: "only"
EXPLETIVE = "expletive"  # « avant qu'il ne parte »
BARE = "bare"  # a « ne » with no completion: its « pas » lost, or a slip
DOUBLE = "double"  # "not without", « ne … pas sans »: affirmative in the end
NOT_COUNTED = frozenset({RESTRICTIVE, EXPLETIVE, BARE, DOUBLE})

# Words (letters and digits, an elision keeping its apostrophe) and the
# punctuation that ends a clause, which a two-part negation does not cross.
TOKEN = re.compile(r"[^\W_]+'?|[.;:!?()\[\]]")
CLAUSE_END = frozenset(".;:!?()[]")


# The « que » (« qu' ») a few words before a « ne » explétif, at the end of the text before it.
_EXPLETIVE_QUE = re.compile(r"\bqu(?:e\b|')[^.;:!?,]{0,60}\Z", re.IGNORECASE)


@dataclass(frozen=True)
class Negation:
    """One negation marker: its words as written (« ne … pas »), its span, its kind."""

    cue: str
    start: int  # offsets into the text read
    end: int
    kind: str

    @property
    def negative(self) -> bool:
        """Whether it negates its clause (a « ne … que » or a lone « ne » does not)."""
        return self.kind not in NOT_COUNTED


@dataclass(frozen=True)
class Polarity:
    """What a sentence says about "not": its markers and its lexical negatives."""

    negations: tuple[Negation, ...]
    lexical: tuple[str, ...]  # the lexical negatives, as written ("unable", « sans »)

    @property
    def count(self) -> int:
        """How many negations of a clause the sentence holds."""
        return sum(n.negative for n in self.negations)

    @property
    def double(self) -> bool:
        """Whether it holds a double negative, whose polarity a rendering may flip freely."""
        return any(n.kind == DOUBLE for n in self.negations)

    @property
    def bare(self) -> tuple[Negation, ...]:
        """Its lone « ne »: a negation that lost its second part."""
        return tuple(n for n in self.negations if n.kind == BARE)


# What parts the clauses of a sentence, for comparing two sentences clause by clause.
CLAUSE_MARKS = re.compile(r"[,;:()\[\]–—]")


def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` between clause marks (commas, colons, brackets, dashes)
    that hold two words or more, as offsets."""
    found, start = [], 0
    for mark in [*CLAUSE_MARKS.finditer(text), None]:
        end = mark.start() if mark is not None else len(text)
        if len(text[start:end].split()) >= 2:
            found.append((start, end))
        start = mark.end() if mark is not None else end
    return tuple(found)


@dataclass(frozen=True)
class _Token:
    word: str  # folded: lower case, straight apostrophe
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _straight(text: str) -> str:
    """``text`` with straight apostrophes, the same length (offsets stay valid)."""
    return text.translate(APOSTROPHES)


def polarity(text: str, data: NegationData) -> Polarity:
    """The negations and lexical negatives of ``text`` (a sentence) in a language's data."""
    found = negations(text, data)
    return Polarity(found, lexical_negatives(text, data, found))


def lexical_negatives(
    text: str, data: NegationData, found: tuple[Negation, ...] = ()
) -> tuple[str, ...]:
    """The lexical negatives of ``text`` as written, but those inside ``found`` negations."""
    if not data.lexical:
        return ()
    claimed = [(n.start, n.end) for n in found]
    return tuple(
        text[match.start() : match.end()]
        for match in _any(data.lexical).finditer(_straight(text))
        if not _overlaps(match.span(), claimed)
    )


def negations(text: str, data: NegationData) -> tuple[Negation, ...]:
    """Every negation marker of ``text``, in order, traps left out, double negatives merged."""
    straight = _straight(text)
    masked = [m.span() for m in _any(data.neutral).finditer(straight)] if data.neutral else []
    found: list[Negation] = []
    if data.particles and _any_word(data.particles).search(straight):
        tokens = [
            _Token(m.group().lower(), m.start(), m.end())
            for m in TOKEN.finditer(straight)
            if not _overlaps(m.span(), masked)
        ]
        found = _two_part(text, straight, tokens, data)
    cues = tuple(pattern for pattern, _ in data.cues)
    if cues and _any(cues).search(straight):
        claimed = masked + [(n.start, n.end) for n in found]
        for pattern, kind in data.cues:
            for match in _compiled(pattern).finditer(straight):
                if _overlaps(match.span(), claimed):
                    continue
                if _is_noun(straight, match.start(), match.group().lower(), data):
                    continue
                found.append(Negation(text[match.start() : match.end()], *match.span(), kind))
                claimed.append(match.span())
    found.sort(key=lambda n: n.start)
    return _merge_doubles(text, straight, found, data)


@cache
def _any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching any of ``patterns`` (the earlier first at one place)."""
    # Every pattern matches from the start of a word (``NegationData``): said once,
    # outside, the positions inside a word fail at once instead of trying each.
    return _compiled(r"\b(?:" + "|".join(f"(?:{pattern})" for pattern in patterns) + ")")


@cache
def _any_word(words: frozenset[str]) -> re.Pattern[str]:
    """Whether a text holds one of ``words`` (an elision: its letters and apostrophe)."""
    alternatives = sorted(
        (re.escape(w) if w.endswith("'") else rf"{re.escape(w)}\b" for w in words), key=len
    )
    return _compiled(r"\b(?:" + "|".join(reversed(alternatives)) + ")")


def _two_part(text: str, straight: str, tokens: list[_Token], data: NegationData) -> list[Negation]:
    """The « ne … pas » negations: each particle with its completion, or what it is instead."""
    found = []
    used: list[tuple[int, int]] = []  # the spans of the negations already found
    for index, token in enumerate(tokens):
        # « -ne » is an option or an operator (``test a -ne b``), not a particle.
        if token.word not in data.particles or straight[token.start - 1 : token.start] == "-":
            continue
        # A leader first: « Personne ne veut que … » is not « ne … que », and in
        # « Aucun pixel n'est en dessous, et aucun … » the second « aucun » is not
        # the first « n' »'s.
        candidates = (_leader(tokens, index, data), _completion(tokens, index, data))
        other = next(
            (c for c in candidates if c is not None and not _overlaps(c[0].span, used)), None
        )
        if other is not None:
            partner, kind = other
            first, last = sorted((token, partner), key=lambda t: t.start)
            cue = f"{text[first.start : first.end]} … {text[last.start : last.end]}"
            found.append(Negation(cue, first.start, last.end, kind))
            used.append((first.start, last.end))
            continue
        kind = _lone(straight, tokens, index, data)
        found.append(Negation(text[token.start : token.end], token.start, token.end, kind))
    return found


def _completion(tokens: list[_Token], index: int, data: NegationData) -> tuple[_Token, str] | None:
    """The completion after the particle at ``index`` in its clause (« pas »), or a restriction."""
    seen_completion: _Token | None = None
    for position in range(index + 1, min(len(tokens), index + 1 + data.window)):
        token = tokens[position]
        if token.word in CLAUSE_END or token.word in data.particles:
            break
        if position - index > data.reach.get(token.word, data.window):
            continue
        if token.word in data.restrictions and not _noun_token(tokens, position, data):
            if seen_completion is not None and seen_completion.word in data.restricted_negative:
                return seen_completion, seen_completion.word
            return token, RESTRICTIVE
        if seen_completion is not None:
            return seen_completion, seen_completion.word
        if token.word in data.completions and not _noun_token(tokens, position, data):
            seen_completion = token
    if seen_completion is not None:
        return seen_completion, seen_completion.word
    return None


def _leader(tokens: list[_Token], index: int, data: NegationData) -> tuple[_Token, str] | None:
    """A leader before the particle at ``index`` in its clause (« personne ne »)."""
    for position in range(index - 1, max(-1, index - 1 - data.window), -1):
        token = tokens[position]
        if token.word in CLAUSE_END or token.word in data.particles:
            return None
        if token.word in data.leaders and not _noun_token(tokens, position, data):
            return token, token.word
    return None


def _lone(straight: str, tokens: list[_Token], index: int, data: NegationData) -> str:
    """What a particle without completion is: expletive, literary, or a bare « ne »."""
    before = straight[max(0, tokens[index].start - 120) : tokens[index].start]
    # The « que » of an explétif comes a short subject before its « ne ».
    conjunction = _EXPLETIVE_QUE.search(before)
    if data.expletive_after and conjunction is not None:
        lead = before[max(0, conjunction.start() - 40) : conjunction.start()]
        if _compiled(data.expletive_after).search(lead):
            return EXPLETIVE
    after = straight[tokens[index].end :]
    if data.literary and _compiled(r"\s*(?:" + data.literary + r")\b").match(after):
        return "literary"
    return BARE


def _noun_token(tokens: list[_Token], position: int, data: NegationData) -> bool:
    """Whether the cue word at ``position`` is a noun here (« une personne », « le pas »)."""
    determiners = data.noun_after.get(tokens[position].word)
    return bool(determiners) and position > 0 and tokens[position - 1].word in determiners


def _is_noun(straight: str, start: int, cue: str, data: NegationData) -> bool:
    """Whether a standalone cue is a noun after its determiner (« un pas », « des riens »)."""
    determiners = data.noun_after.get(cue)
    if not determiners:
        return False
    before = TOKEN.findall(straight[max(0, start - 20) : start])
    return bool(before) and before[-1].lower() in determiners


def _merge_doubles(
    text: str, straight: str, found: list[Negation], data: NegationData
) -> tuple[Negation, ...]:
    """A privative right after another negation in its clause makes one double negative."""
    merged: list[Negation] = []
    for negation in found:
        previous = merged[-1] if merged else None
        if (
            negation.kind in data.privative
            and previous is not None
            and previous.negative
            and _near(straight[previous.end : negation.start], data.window)
        ):
            cue = f"{previous.cue} … {negation.cue}"
            merged[-1] = Negation(cue, previous.start, negation.end, DOUBLE)
            continue
        merged.append(negation)
    return tuple(merged)


def _near(between: str, window: int) -> bool:
    """Whether ``between`` holds at most ``window`` words and no clause end."""
    tokens = TOKEN.findall(between)
    return len(tokens) <= window and not any(t in CLAUSE_END for t in tokens)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    start, end = span
    return any(a < end and start < b for a, b in spans)
