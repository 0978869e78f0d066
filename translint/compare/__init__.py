"""The compare stage: what an aligned pair's figures, names and structure tell, as pure functions.

Each module reads analysed documents and the alignment and returns frozen
results that the rules (``translint.rules``) only put into words:
``figures`` (figures paired by meaning, with ``meaning`` saying when two are
the same), ``structure`` (missing runs and sections, duplicates),
``acronyms`` (acronyms one text exchanges for others), ``copied`` (names a
translation copies letter for letter, misspelt or swapped), ``names`` (names
misspelt or missing in the aligned target), ``spelling`` (one name spelled
two ways in one text), over the words of ``tokens``.
"""
