"""Which language a question is written in: English or French, from its small words."""

from __future__ import annotations

LANGUAGES = ("en", "fr")

ENGLISH = frozenset("""
i i m im ive me my mine you your how do does did can could should would shall will what whats
which who whom whose why when the a an to with this that these those is are am was were be
being been of for from and or not no yes without but this week today please help reach
follow follows following followers invite invited invitations reconnect touch back plan
agenda messaged sent wrote met called visited liked commented endorsed recommended
withdrew replied accepted get got any there about just have has
""".split())

FRENCH = frozenset("""
je j ai suis me m moi mon ma mes tu te t ton ta tes vous votre vos il elle ils elles on nous
comment qui que qu quoi quel quelle quels quelles pourquoi quand ou est ce c cette ces cet
le la les l un une des du de d au aux avec pour sans pas ne n et mais puis peux peut faire
dois devrais doit semaine aujourd hui aide joindre contacter atteindre inviter invite
reprendre renouer relancer abonnes abonne suit suivent suivi plan programme envoye ecrit
rencontre appele visite consulte aime commente recommande retire accepte repondu sont etre
relation relations lien contact parle presenter presente dans sur svp merci bonjour salut
oui non y a
""".split())

_AMBIGUOUS = ENGLISH & FRENCH


def detect_language(words: list[str], fallback: str = "en") -> str:
    """``"fr"`` or ``"en"``: the language with more of its own small words; ``fallback`` on a tie."""
    english = sum(1 for word in words if word in ENGLISH and word not in _AMBIGUOUS)
    french = sum(1 for word in words if word in FRENCH and word not in _AMBIGUOUS)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return fallback if fallback in LANGUAGES else "en"
