"""What a question asks: one intent per kind of answer, recognised by phrase tables per language.

Every table is tried in order on the folded words of the question; a question may match
several intents (the caller takes the first one it can answer, so "what can I do today"
falls through from "actions", which needs a person, to "plan").
"""

from __future__ import annotations

import re

HELP, REACH, ACTIONS, INVITE, RECONNECT = "help", "reach", "actions", "invite", "reconnect"
ENGAGE, FOLLOWERS, PLAN, LOG, WHY = "engage_followers", "followers", "plan", "log", "why"
PERSON, UNKNOWN, WAITING = "person", "unknown", "waiting"
PEOPLE_AT = "people_at"

INTENTS = (HELP, REACH, ACTIONS, INVITE, RECONNECT, ENGAGE, FOLLOWERS, PLAN, LOG, WHY, PERSON,
           WAITING, PEOPLE_AT)
"""Every intent the coach answers (``unknown`` is the helpful reply to anything else)."""

NEEDS_PERSON = frozenset({REACH, ACTIONS, LOG, PERSON})
"""Intents that are about one person: they cannot be answered without a name."""

_FOLLOW_EN = r"follow(?:s|ing|ers?)?"
_FOLLOW_FR = r"(?:suit|suivent|abonnes?|abonnees?|followers?)"

PATTERNS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (HELP, r"^(?:help|h|\?|menu|examples?)$|what can (?:you|i) ask|what (?:do|can) you "
               r"(?:do|know|understand|answer)|how (?:do|does) (?:this|it|you) work"
               r"|^(?:help|examples?) "),
        (WHY, r"\bwhy\b|\bexplain\b|\bjustify\b|\breason for\b|\bwhich rule\b"),
        (FOLLOWERS, rf"\b{_FOLLOW_EN}\b.*\b(?:not connected|without (?:being )?connect"
                    r"|but (?:are |is )?not|unconnected|not (?:a |my )?connections?"
                    r"|aren t connected|isn t connected|no connection)"
                    rf"|^(?:who|which people|people who) (?:else )?{_FOLLOW_EN} me\b"
                    r"|followers? (?:who are )?not connected"),
        (ENGAGE, rf"\bfollowers?\b.*\b(?:engage|invite|connect|reach|thank|animate|talk)"
                 rf"|\b(?:engage|invite)\b.*\bfollowers?\b|\bwhich followers?\b"),
        (WAITING, r"waiting (?:on|for) me|what s waiting|what is waiting|open loops?"
                  r"|who (?:is )?waiting|owe (?:a |an )?(?:reply|answer)|unanswered"
                  r"|(?:need|have) to (?:reply|answer)|who (?:should|do) i (?:reply|answer)"
                  r"|reminders?\b|what (?:do|did) i forget|loose ends"),
        (PEOPLE_AT, r"\bwho (?:else )?(?:do |does |can )?(?:i|we|you) know (?:at|in|from|chez)\b"
                    r"|\bwho (?:works?|is working) (?:at|for|in)\b|\b(?:do i|does anyone|do we)"
                    r" know (?:anyone|someone|somebody|people) (?:at|in|from)\b"
                    r"|\b(?:my|our) (?:contacts|connections|network|people) (?:at|in|from)\b"
                    r"|^(?:contacts|connections|people) (?:at|in|from)\b"),
        (RECONNECT, r"reconnect|re connect|back in touch|get in touch again|catch up|lost touch"
                    r"|gone quiet|gone silent|haven t (?:talked|spoken)|not talked|quiet"
                    r"|follow up with|revive|rekindle|dormant"),
        (INVITE, r"(?:who|whom) (?:should|could|can|shall|do|would|to|else)?(?: i)?"
                 r"(?: i)? (?:invite|connect with|add)|\binvite\b.*\b(?:this|next) week\b"
                 r"|invitations? (?:left|remaining|this week)|how many invitations"
                 r"|new connections? (?:to make|this week)|who to invite|people to invite"),
        (ACTIONS, r"what (?:can|could|may|should) i do (?:with|for|about)|my options (?:with|for)"
                  r"|what (?:is|are) (?:allowed|possible) (?:with|for)|which actions"
                  r"|(?<!how )(?:can|may|could) i (?:message|invite|write to|contact|endorse|recommend"
                  r"|inmail|follow|send|ask)|allowed (?:with|for)|actions? (?:with|for)"
                  r"|what can i do"),
        (REACH, r"how (?:do|can|could|should|would|might) i (?:reach|contact|meet|get to"
                r"|connect (?:with|to)|get in touch|approach|get introduced|talk to|message"
                r"|get closer|get a hold)|\breach\b|who can introduce me|introduc(?:e|tion)"
                r"|path (?:to|towards)|paths|how far|what degree|which degree|how am i "
                r"connected|am i connected|degree (?:of|is)|get to know"),
        (PLAN, r"\bplan\b|\bagenda\b|\btoday\b|\btodo\b|to do\b|next moves?|best moves?"
               r"|what now|what next|what should i do|where (?:do|should) i start"
               r"|\bschedule\b"),
        (PERSON, r"^(?:who is|who s|tell me about|show me|show|about|look up|find)\b"),
    ),
    "fr": (
        (HELP, r"^(?:aide|au secours|\?|menu|exemples?)$|que (?:sais|peux) tu|qu est ce que tu "
               r"(?:sais|peux|comprends)|que puis je (?:te |vous )?demander|comment (?:ca|tu) "
               r"(?:marche|fonctionnes?)|^(?:aide|exemples?) "),
        (WHY, r"\bpourquoi\b|\bexplique|\bjustifie|\bquelle regle\b|\braison\b"),
        (FOLLOWERS, rf"\b{_FOLLOW_FR}\b.*\b(?:sans|pas (?:en )?(?:relation|connecte)"
                    r"|non connectes?|ne sont pas|n est pas|hors relations?)"
                    rf"|^qui (?:d autre )?me (?:suit|suivent)\b|^qui sont mes {_FOLLOW_FR}"),
        (ENGAGE, rf"\babonnes?\b.*\b(?:engager|inviter|animer|relancer|remercier|contacter|quels?"
                 r"|lesquels)|\b(?:engager|inviter|animer)\b.*\babonnes?\b"
                 r"|quels? (?:abonnes?|followers?)"),
        (WAITING, r"qu est ce qui m attend|ce qui m attend|qui m attend|m attendent"
                  r"|sans reponse|(?:a qui|qui) (?:dois je|je dois|faut il) repondre"
                  r"|repondre a qui|rappels?\b|en suspens|qu ai je oublie|j ai oublie"),
        (PEOPLE_AT, r"\bqui (?:est ce que )?(?:je connais|connais je|connaissons nous"
                    r"|on connait|connait on) (?:chez|a|au|aux|dans|en)\b"
                    r"|\bqui travaille (?:chez|a|au|pour|dans)\b"
                    r"|\b(?:mes|nos) (?:contacts|relations) (?:chez|a|au|aux|dans|en)\b"
                    r"|\b(?:je connais|connais je|connait on)"
                    r" (?:quelqu un|des gens|du monde) (?:chez|a|au|dans)\b"),
        (RECONNECT, r"reprendre (?:contact|des nouvelles)|renouer|recontacter|relancer"
                    r"|perdu de vue|plus parle|pas parle|silencieux|donner des nouvelles"
                    r"|raviver|endormi|reprendre le contact"),
        (INVITE, r"qui (?:dois je |devrais je |puis je |faut il |je dois |je devrais |je peux )?"
                 r"(?:inviter|ajouter)|invit\w* cette semaine|invitations? (?:restantes?"
                 r"|qu il me reste|cette semaine)|combien d invitations|qui inviter"
                 r"|nouvelles relations"),
        (ACTIONS, r"que (?:puis|peux|dois) je faire (?:avec|pour)|qu est ce que je (?:peux|puis)"
                  r" faire|quelles (?:actions|options)|mes options|ai je le droit"
                  r"|(?:puis|peux) je (?:lui |l )?(?:envoyer|ecrire|inviter|contacter|recommander"
                  r"|suivre|demander|valider)|(?:autorise|possible) avec"),
        (REACH, r"comment (?:puis je |je peux |faire pour |pourrais je )?(?:la |le |l |lui )?(?:joindre|contacter"
                r"|atteindre|rencontrer|approcher|entrer en contact|rejoindre|me connecter"
                r"|me faire presenter|parler a|ecrire a|aborder|toucher)|qui peut me presenter"
                r"|me (?:faire )?presenter|presentation|chemins?\b|quel degre|a quel degre"
                r"|comment (?:suis je|je suis) (?:relie|connecte)|suis je (?:relie|connecte)"
                r"|mise en relation"),
        (PLAN, r"\bplan\b|\bprogramme\b|\bagenda\b|aujourd hui|\ba faire\b|que faire\b"
               r"|quoi faire|prochaines? (?:etapes?|actions?)|par ou commencer|ma journee"),
        (PERSON, r"^(?:qui est|c est qui|parle moi de|montre moi|montre|infos? sur|fiche)\b"),
    ),
}

_COMPILED = {language: tuple((intent, re.compile(pattern)) for intent, pattern in table)
             for language, table in PATTERNS.items()}


def intents_of(text: str, language: str) -> list[str]:
    """Every intent whose phrases the folded question contains, in the table's order.

    The question's language is tried first, then the other one (people mix them).
    """
    found: list[str] = []
    for lang in (language, *(other for other in _COMPILED if other != language)):
        for intent, pattern in _COMPILED[lang]:
            if intent not in found and pattern.search(text):
                found.append(intent)
    order = {intent: position for position, (intent, _) in enumerate(PATTERNS["en"])}
    return sorted(found, key=lambda intent: order[intent])


_TARGET_ENDS = re.compile(r"\s(?:who|whom|that|which|and|to|please|qui|que|et|pour "
                          r"(?:me|m)|svp|stp|s il)\b.*$")


def people_at_target(text: str) -> str:
    """What a "who do I know at …" question names (folded words), "" when nothing: the
    words after the question's own, up to "who", "qui", "and"…"""
    for compiled in _COMPILED.values():
        for intent, pattern in compiled:
            found = pattern.search(text) if intent == PEOPLE_AT else None
            if found is not None:
                return _TARGET_ENDS.sub("", " " + text[found.end():]).strip()
    return ""
