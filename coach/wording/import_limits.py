"""The ``[import]`` settings of config.toml that cannot be used, in words (the command line
prints them on stderr, the app shows them as notices at start), and their French."""

from __future__ import annotations

from coach.wording.wording import Wording

FILE_MB = ("{where}: [import] max_file_mb = {value} is not a whole number of megabytes "
           "above 0; using {default}")
RATIO = "{where}: [import] max_ratio = {value} is not a number above 1; using {default}"

FRENCH_IMPORT_LIMITS = {
    FILE_MB: "{where} : [import] max_file_mb = {value} n'est pas un nombre entier de "
             "mégaoctets supérieur à 0 ; coach utilise {default}",
    RATIO: "{where} : [import] max_ratio = {value} n'est pas un nombre supérieur à 1 ; "
           "coach utilise {default}",
}


def limit_problem_line(problem, w: Wording) -> str:
    """One line for a ``LimitProblem`` (coach.importers.reading): where, the key and its
    value, what it should be, and the value used instead."""
    template = FILE_MB if problem.key == "max_file_mb" else RATIO
    return w(template, where=problem.where, value=problem.written, default=problem.default)
