"""A whole site's terminology: how its pairs render each term, and what the site established.

Two steps, so that a site run can stay parallel: ``observe`` reads one checked
pair (its analysed documents and alignment, through the rules' ``Context``)
and says how it renders each source acronym, each name the texts introduce and
each short segment (``PairTerms``, small and picklable, computed in a worker);
``learn`` merges every pair's observations in the parent into ``SiteTerms``:
each term's renderings with the pairs using them, and the renderings the site
*established*. The check then runs again in the workers with the site's terms
in the ``Context``: ``term-inconsistent`` reports a pair that renders an
established term otherwise, and an established acronym pair counts as
declared for every pair.
"""

from translint.terminology.learn import (
    ESTABLISHED_PAIRS,
    ESTABLISHED_SHARE,
    SiteTerms,
    Usage,
    is_established,
    learn,
)
from translint.terminology.observe import PairTerms, Place, Rendered, kept_names, observe

__all__ = [
    "ESTABLISHED_PAIRS",
    "ESTABLISHED_SHARE",
    "PairTerms",
    "Place",
    "Rendered",
    "SiteTerms",
    "Usage",
    "is_established",
    "kept_names",
    "learn",
    "observe",
]
