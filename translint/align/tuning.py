"""Every number the aligner was tuned on, in one place, with what chose it.

Tuning one of these changes alignments: run ``benchmarks/align_corpus.py``
(precision, recall and F1 of the links against the Debian corpora's gold
alignments, as they are and perturbed) before and after. Where no
measurement is quoted, the comment says what the number is for.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# --- Scoring a group -------------------------------------------------------

# A pair is matched when its similarity beats this threshold, which grows with
# the text there is to compare: a short label ("Antialiasing" / "Lissage") has
# little to show and its position decides; two long paragraphs must show they
# say the same thing (a deleted section next to inserted captions is not a pair).
THRESHOLD_SHORT, THRESHOLD_LONG = 0.0, 0.2
LONG_PARAGRAPH = 250  # characters of the shorter side from which THRESHOLD_LONG applies
SKIP_PENALTY = 0.0
# (source count, target count) -> penalty paid by a group of that shape; the
# programme tries the shapes in this order.
MERGE_PENALTY: Mapping[tuple[int, int], float] = MappingProxyType(
    {
        (1, 1): 0.0,
        (2, 1): 0.025,
        (1, 2): 0.025,
        (2, 2): 0.5,
        (3, 1): 0.2,
        (1, 3): 0.2,
    }
)
MERGE_FLOOR = 0.2  # a merge is only tried when one of its 1-1 pairs is this similar
MERGE_MARGIN = 0.3  # ... and within this of the best pair of its row

# --- The similarity formula (translint.align.similarity) -------------------

ANCHOR_WEIGHT: Mapping[str, float] = MappingProxyType({"figure": 3.0, "acronym": 3.0, "word": 1.0})
COGNATE_CUTOFF = 80.0  # rapidfuzz ratio from which a target word is a source word's cognate
LENGTH_SIGMA = 0.45  # spread of the log length ratio around the pair's own ratio
# The pair's target/source length ratio is held within these bounds.
LENGTH_RATIO_MIN, LENGTH_RATIO_MAX = 0.6, 1.6
OVERLAP_FULL = 0.6  # share of the anchor mass in common from which the anchors say all they can
# Weights of anchors and length when there is no meaning to compare.
LEXICAL_WEIGHTS = (0.75, 0.25)
# Nothing to compare (a bare number, a symbol): only the length speaks, weakly.
LENGTH_ONLY = 0.5
# Nothing shared: length is no evidence for long paragraphs, some for labels;
# this is what it is worth for the shortest, fading to nothing at LONG_PARAGRAPH.
LABEL_LENGTH = 0.25
# Weights of meaning, anchors and length when embeddings are there.
SEMANTIC_WEIGHTS = (0.55, 0.3, 0.15)
COSINE_FLOOR, COSINE_CEILING = 0.3, 0.85  # cosines mapped linearly onto [0, 1]
UNRELATED_COSINE = 0.12  # below which two paragraphs are no pair, whatever their length
UNRELATED_LENGTH = 20  # ... when both have this many characters (shorter ones vary too much)
COSINE_CHUNK = 65_536  # cells whose cosines are computed at once: bounded memory on long pairs

# Calibration: raw similarity -> share of matched groups that were exactly
# right over the Debian corpora as they are and perturbed (25,504 groups,
# benchmarks/align_corpus.py --calibrate), pooled to be monotonic and
# interpolated linearly. Position alone makes most low-similarity groups
# right, so confidences stay high; a group below 0.96 is worth a doubt.
CALIBRATION: tuple[tuple[float, float], ...] = (
    (0.0, 0.95),
    (0.15, 0.965),
    (0.25, 0.984),
    (0.45, 0.987),
    (0.65, 0.992),
    (0.85, 0.995),
    (1.0, 0.999),
)

# --- The programme's band on long pairs (translint.align.programme) --------

FULL_CELLS = 250_000  # below this many cells the whole matrix is searched
BAND = 12  # half-width of the band around the anchor chain
NARROW = 3  # half-width of the band around the first pass's path on long pairs
# Anchor keys ("w:" and the folded word) shorter than this do not chain:
# short words are too common to anchor.
CHAIN_KEY_LENGTH = 9
# Votes a pair of paragraphs needs to be a link of the anchor chain: a shared
# figure or acronym found once on each side gives two, such a word one.
CHAIN_VOTES = 2

# --- The two rounds (translint.align) --------------------------------------

# Confidence from which a lexical 1-1 pair is not realigned with meaning. On
# the Debian corpora this encodes one paragraph in 28 and aligns as well as
# encoding all of them (perturbed strict link F1 0.9979 either way,
# benchmarks/align_corpus.py, when it was measured); 0.97 would encode one in
# eight.
DECISIVE = 0.96
CONTEXT = 1  # groups either side of a doubtful one realigned with it
BARE_LENGTH = 25  # characters from which a pair that shares no anchor is not decisive

# --- The post-passes (translint.align.passes, translint.align.run_ins) -----

LABEL_WORDS = 8  # words from which a run-in paragraph is a sentence, not a label
RUN_IN_CUTS = 2  # places tried when cutting a paragraph for a run-in
RUN_IN_GAIN = 0.8  # how much better the cut reading must score than the whole
RUN_IN_LABEL_GAIN = 0.6  # ... when a label is cut off before a word that opens a sentence
RUN_IN_COSINE = 0.2  # ... with a piece that resembles the unmatched paragraph at all
RUN_IN_MARGIN = 0.1  # ... and more than it resembles the neighbour
RUN_IN_KEEP = 0.4  # the gain that keeps a merge the programme made
RUN_IN_NEAR = 0.15  # ... when the programme's text can be cut this close to the share
LABEL_LOOKAHEAD = 40  # characters after a cut searched for the word that opens a sentence
GAP_COSINE = 0.2  # from which a lone unmatched pair between two pairs is paired
GAP_LABEL = 40  # characters up to which such a pair are two labels, paired by place alone
SWAP_MARGIN = 0.05  # how much closer in meaning an unmatched neighbour must be to take over
MOVE_THRESHOLD = 0.7  # similarity from which an unmatched pair is one paragraph moved
MOVE_CANDIDATES = 300  # unmatched paragraphs per side considered for moves
REORDER_GAIN = 0.1  # similarity per item a reordered list's best pairing must gain
REORDER_LEAST = 0.3  # similarity every item of a reordered list must have to its partner
EXTEND_GAIN = 0.05  # similarity a merge must gain to take in the unmatched paragraph beside it
