"""The one exception meant for users."""


class TranslintError(Exception):
    """A problem the user can act on: the CLI prints it as one line and exits with 2.

    The message names the file (where there is one) and the problem, in words a
    person can act on, e.g. ``fr.txt: not a text file (binary data)``.
    """
