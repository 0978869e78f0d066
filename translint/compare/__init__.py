"""The compare stage: what the names of an aligned pair tell, as pure functions.

Each module reads analysed documents and the alignment and returns frozen
results that the rules (``translint.rules``) only put into words:
``acronyms`` (acronyms one text exchanges for others), ``copied`` (names a
translation copies letter for letter, misspelt or swapped), ``names`` (names
misspelt or missing in the aligned target), ``spelling`` (one name spelled
two ways in one text), over the words of ``tokens``.
"""
