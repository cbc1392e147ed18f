"""Actions told in words: "I invited Léa", "j'ai envoyé un message à Bob", "Bob replied".

Each language has the phrases for what I did (after "I", "I've", "j'ai", "je viens de"…) and
for what someone did towards me ("Léa accepted", "Bob m'a répondu"), mapped to the kinds
that :func:`coach.logbook.log_action` stores. Patterns read folded words (see ``text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MINE_EN = (
    (r"wrote a recommendation for|recommended", "recommended"),
    (r"sent (?:an? )?(?:invitation|invite|connection request)(?: to)?|invited", "invited"),
    (r"sent (?:an? )?(?:message|dm|note|inmail|email|mail|text)(?: to)?|messaged|texted|dmed"
     r"|emailed|wrote(?: to)?", "messaged"),
    (r"(?:visited|viewed|looked at|checked out)", "visited"),
    (r"had (?:a )?(?:coffee|lunch|dinner|meeting|drink) with|met(?: with| up with)?", "met"),
    (r"had a call with|called|phoned|rang|spoke (?:with|to)|talked (?:with|to)", "called"),
    (r"unfollowed|stopped following", "unfollowed"),
    (r"started following|followed", "followed"),
    (r"commented(?: on)?", "commented"),
    (r"liked|reacted to", "liked"),
    (r"shared", "shared"),
    (r"endorsed", "endorsed"),
    (r"introduced", "introduced"),
    (r"connected(?: with| to)?|accepted", "connected"),
    (r"withdrew|withdrawn|cancelled|canceled", "withdrew"),
)
THEIRS_EN = (
    (r"accepted(?: my)?(?: invitation| invite| connection request| request)?", "connected", "out"),
    (r"replied|answered|wrote back|responded|got back to me", "replied", "in"),
    (r"messaged me|wrote to me|sent me a message|texted me", "messaged", "in"),
    (r"(?:visited|viewed) my profile", "visited", "in"),
    (r"(?:started following|followed) me", "followed", "in"),
    (r"endorsed me", "endorsed", "in"),
    (r"recommended me", "recommended", "in"),
)
MINE_FR = (
    (r"(?:ecrit|redige|rediger|ecrire) une recommandation(?: pour| a)?|recommande(?:r)?",
     "recommended"),
    (r"envoye(?:r)? (?:une )?(?:invitation|demande de connexion)(?: a| au)?|invite(?:r)?",
     "invited"),
    (r"envoye(?:r)? (?:un |une )?(?:message|mail|email|courriel|mot|inmail|texto)(?: a| au)?"
     r"|ecrit(?: a| au)?|ecrire(?: a| au)?|contacte(?:r)?", "messaged"),
    (r"(?:visite|visiter|consulte|consulter|regarde|regarder|vu) (?:le )?profil(?: de| d)?"
     r"|visite(?:r)?|consulte(?:r)?", "visited"),
    (r"rencontre(?:r)?|vu|voir|(?:dejeune|dine|dejeuner|diner) avec"
     r"|(?:pris|bu|prendre|boire) un (?:cafe|verre) avec", "met"),
    (r"appele(?:r)?|telephone(?:r)?(?: a)?|eu un appel avec|parle(?:r)? (?:avec|a)", "called"),
    (r"arrete de suivre|cesse de suivre", "unfollowed"),
    (r"commence a suivre|suivi|suivre", "followed"),
    (r"commente(?:r)?", "commented"),
    (r"aime(?:r)?|like(?:r)?|reagi (?:a|au)", "liked"),
    (r"partage(?:r)?", "shared"),
    (r"valide(?:r)? (?:une |les |des )?competences?(?: de| d)?", "endorsed"),
    (r"presente(?:r)?", "introduced"),
    (r"accepte(?:r)? (?:l )?invitation(?: de| d)?|connecte(?:r)?(?: avec| a)?", "connected"),
    (r"retire(?:r)?(?: mon| l)?(?: invitation)?(?: a| de| d)?|annule(?:r)?", "withdrew"),
)
THEIRS_FR = (
    (r"accepte(?: mon invitation| ma demande| l invitation)?", "connected", "out"),
    (r"repondu|rappele", "replied", "in"),
    (r"ecrit|envoye un message", "messaged", "in"),
    (r"(?:visite|consulte) mon profil", "visited", "in"),
    (r"commence a me suivre|suivi", "followed", "in"),
    (r"valide mes competences", "endorsed", "in"),
    (r"recommande", "recommended", "in"),
)

MINE_START = {
    "en": r"^(?:(?:please )?(?:log|note|record) (?:that )?)?(?:today |yesterday )?"
          r"(?:i|i ve|ive|i have|i just|i ve just|just)(?: just| also| finally)? ",
    "fr": r"^(?:(?:note|notez|enregistre|enregistrez) (?:que )?)?(?:aujourd hui |hier )?"
          r"(?:j ai|je viens de|je viens d|je me suis|on a)(?: bien| deja| enfin)? ",
}
_THEIRS_JOIN = {
    "en": r" (?:has |have |just |finally )?",
    "fr": r" (?:m a|a|m ont|ont|vient de|vient d|viennent de)(?: bien| enfin)? ",
}
_NOT_A_NAME = {"who", "whom", "which", "what", "has", "have", "did", "qui", "quel", "quelle",
               "quels", "quelles", "lequel", "laquelle", "est", "est ce"}


@dataclass(frozen=True, slots=True)
class ToldAction:
    """An action told in words: its kind, whose it was, and the words that name the person."""

    kind: str
    direction: str
    person_words: tuple[str, ...]
    language: str


def _tables(language: str):
    return (MINE_EN, THEIRS_EN) if language == "en" else (MINE_FR, THEIRS_FR)


def parse_told_action(text: str) -> ToldAction | None:
    """The action a folded sentence tells, in English or French, or None."""
    for language in ("fr", "en"):
        mine, theirs = _tables(language)
        for phrase, kind in mine:
            found = re.match(f"{MINE_START[language]}(?:{phrase})\\b(.*)$", text)
            if found:
                return ToldAction(kind, "out", tuple(found.group(1).split()), language)
        for phrase, kind, direction in theirs:
            found = re.match(f"^(.+?){_THEIRS_JOIN[language]}(?:{phrase})\\b", text)
            if found and found.group(1) not in _NOT_A_NAME and not found.group(1).startswith(
                    tuple(f"{word} " for word in _NOT_A_NAME)):
                return ToldAction(kind, direction, tuple(found.group(1).split()), language)
    return None
