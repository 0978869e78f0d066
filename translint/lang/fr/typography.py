"""French typography: where French puts its spaces around punctuation, as data.

Two conventions, named like language tags:

- ``fr-FR`` (France, and the default when nothing tells): a narrow no-break
  space (U+202F) before ``;``, ``!`` and ``?``, a no-break space (U+00A0)
  before ``:`` and inside ``« »``. A full no-break space is accepted where a
  narrow one is preferred and the other way round: both keep the mark on the
  word's line, which is what the convention is for, and many keyboards and
  CMSs can type only one of them.
- ``fr-CA`` (Office québécois de la langue française, the Canada.ca style):
  no space before ``;``, ``!`` and ``?`` (a narrow no-break space is
  tolerated), a no-break space before ``:`` and inside ``« »``.

In both, a number and the ``%`` or unit symbol after it are parted by a
no-break space (``54 %``, ``10 Go``, ``45 $``).
"""

NO_BREAK = "\u00a0"
NARROW_NO_BREAK = "\u202f"
_EITHER = (NO_BREAK, NARROW_NO_BREAK)
_NARROW_FIRST = (NARROW_NO_BREAK, NO_BREAK)

# (mark, side of the mark where the space goes, accepted spaces, preferred first;
# "" is no space at all).
_QUOTES = (("«", "after", _EITHER), ("»", "before", _EITHER))

FR_FR = (
    (";", "before", _NARROW_FIRST),
    ("!", "before", _NARROW_FIRST),
    ("?", "before", _NARROW_FIRST),
    (":", "before", _EITHER),
    *_QUOTES,
)

FR_CA = (
    (";", "before", ("", NARROW_NO_BREAK)),
    ("!", "before", ("", NARROW_NO_BREAK)),
    ("?", "before", ("", NARROW_NO_BREAK)),
    (":", "before", _EITHER),
    *_QUOTES,
)

# Region parts of a language tag (``fr-CA``, ``fr_ca``) that name each convention.
FR_FR_REGIONS = ("fr", "be", "lu", "mc")
FR_CA_REGIONS = ("ca",)

# Symbols written after a number, parted from it by a no-break space.
UNITS = (
    "%", "‰", "$", "€", "£", "°C", "°F",
    "km", "m", "cm", "mm", "kg", "g", "mg", "L", "mL", "ml",
    "ko", "Ko", "Mo", "Go", "To", "Kio", "Mio", "Gio", "Tio",
    "kWh", "MWh", "GWh", "kW", "MW", "GW",
)  # fmt: skip
UNIT_SPACES = _EITHER
