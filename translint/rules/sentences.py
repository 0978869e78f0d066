"""Rules on the sentences of aligned paragraphs: a sentence of the original left out.

They read ``Context.sentence_alignment`` (``translint.compare.sentences``):
the sentences of each matched group, aligned by meaning, anchors and length.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.compare.sentences import GroupSentences, Lone, clear, missing
from translint.model import Severity
from translint.rules.context import Context, checked, span, whole
from translint.rules.registry import Hit, rule

# Characters of a left-out sentence quoted in the message.
QUOTED = 60


@rule(
    "missing-sentence",
    Severity.WARNING,
    "a sentence of the source has no counterpart in its aligned target paragraphs "
    "(a partial translation)",
    compares_content=True,
)
def missing_sentence(context: Context) -> Iterator[Hit]:
    """A sentence of the original is not translated, though its paragraph is.

    Why: paragraph alignment pairs a paragraph translated in part with its
    original, so a sentence or a clause-long phrase left out of a long
    paragraph goes unseen (real cases: sentences dropped from the long
    paragraphs of Canada.ca blog posts). Inside each aligned group the
    sentences of both sides are aligned by meaning (the aligner's sentence
    encoder), shared names, figures and cognates, and length; a source
    sentence is reported when no target sentence renders it: the alignment
    leaves it alone, taking it into the neighbouring pair's translation does
    not make that pair any closer (two sentences translated as one are not
    reported), no target sentence of the group is close to it in meaning,
    and it has at least five words (a short "Learn more." may be dropped on
    purpose). It is a warning when the rest of the paragraph is translated
    sentence by sentence and taking the sentence into its neighbour's pair
    clearly makes that pair worse; otherwise (a paragraph freely adapted, or
    a sentence that may be merged into its neighbour's translation) it is
    info. A paragraph of one sentence is never reported here: if it is
    missing, ``missing-paragraph`` says so.

    Example: an English paragraph of three sentences whose French renders the
    first and the last gives ``sentence not translated: “The program also
    funds…”``, pointing at the sentence and at the French paragraph.
    """
    for group in context.sentence_alignment:
        for lone in missing(group):
            source = context.source_paragraph(lone.sentence.paragraph)
            target = context.target_paragraph(lone.target_paragraph)
            if checked(source) and checked(target):
                yield _hit(context, group, lone)


def _hit(context: Context, group: GroupSentences, lone: Lone) -> Hit:
    sentence = lone.sentence
    source = context.source_paragraph(sentence.paragraph)
    start, end = source.paragraph.text_span(sentence.start, sentence.end)
    shown = " ".join(sentence.text.split())
    if len(shown) > QUOTED:
        shown = shown[:QUOTED].rsplit(" ", 1)[0] + "…"
    args: list[tuple[str, str | int]] = [
        ("sentence", sentence.text),
        ("paragraph", sentence.paragraph),
        ("target_paragraph", lone.target_paragraph),
    ]
    if lone.closest is not None:
        args.append(("closest", f"{lone.closest:.2f}"))
    if lone.rival is not None:
        args.append(("rival", f"{lone.rival:.2f}"))
    return Hit(
        f"sentence not translated: “{shown}”",
        span(source, start, end),
        whole(context.target_paragraph(lone.target_paragraph)),
        tuple(args),
        None if clear(group, lone) else Severity.INFO,
    )
