"""Everything the coach says, in English and in French.

Templates are this module's own strings; values from the data (names, rule texts) are
substituted as plain strings and never read as templates.
"""

from __future__ import annotations

from coach.wording.typography import fill, french_typography, is_singular

PHRASES: dict[str, tuple[str, str]] = {
    # people
    "head": ("{name} — {degree}, {mutual} shared connection{s}.",
             "{name} — {degree}, {mutual} relation{s} en commun."),
    "you": ("That is you.", "C'est vous."),
    "works": ("{detail}", "{detail}"),
    "direct": ("You are directly connected: you can message them for free.",
               "Vous êtes en relation directe : vous pouvez lui écrire gratuitement."),
    "paths": ("Introduction paths:", "Chemins de mise en relation :"),
    "me": ("You", "Vous"),
    "ask_intro": ("Ask {introducer} for an introduction: the shared connection you know best.",
                  "Demandez à {introducer} de vous présenter : c'est la relation commune que "
                  "vous connaissez le mieux."),
    "ask_intro_far": ("Start with {introducer}, who knows someone close to them.",
                      "Commencez par {introducer}, qui connaît une personne de son entourage."),
    "no_path": ("No path to them is known in your network.",
                "Aucun chemin connu vers cette personne dans votre réseau."),
    "advice": ("Advice:", "Conseils :"),
    "no_advice": ("No rule applies to them.", "Aucune règle ne s'applique."),
    "advice_item": ("  • {title} — {text} (rule {rule})", "  • {title} — {text} (règle {rule})"),
    "can": ("You can:", "Vous pouvez :"),
    "cannot": ("You cannot:", "Vous ne pouvez pas :"),
    "left": (" [{left} left: {limit}]", " [{limit} : encore {left}]"),
    "more_about": ("Ask “how do I reach {first}?” or “what can I do with {first}?”.",
                   "Demandez « comment joindre {first} ? » ou « que puis-je faire avec "
                   "{first} ? »."),
    # lists
    "invitations_left": ("Invitations left this week: {left} of {value} ({used} sent in the "
                         "last 7 days).",
                         "Invitations restantes cette semaine : {left} sur {value} (envoyées "
                         "ces 7 derniers jours : {used})."),
    "no_invitations_left": ("This week's invitations are used up: wait a few days before "
                            "inviting again.",
                            "Les invitations de la semaine sont épuisées : attendez quelques "
                            "jours avant d'inviter de nouveau."),
    "invite_heading": ("Whom to invite (2nd degree, strongest signals and most shared "
                       "connections first):",
                       "Qui inviter (2e degré, signaux les plus forts et plus de relations en "
                       "commun d'abord) :"),
    "invite_item": ("  {rank}. {name} — {mutual} shared connection{s} · {title} (rule {rule})",
                    "  {rank}. {name} — {mutual} relation{s} en commun · {title} (règle {rule})"),
    "no_invite": ("No one to invite right now: no invitation rule holds for your 2nd degree.",
                  "Personne à inviter pour l'instant : aucune règle d'invitation ne s'applique "
                  "à votre 2e degré."),
    "reconnect_heading": ("1st-degree connections gone quiet, to reconnect with:",
                          "Relations du 1er degré devenues silencieuses, à relancer :"),
    "reconnect_item": ("  {rank}. {name} — {quiet} · {title} (rule {rule})",
                       "  {rank}. {name} — {quiet} · {title} (règle {rule})"),
    "quiet_days": ("{days} days since your last exchange", "{days} jours sans échange"),
    "never": ("no exchange logged", "aucun échange noté"),
    "no_reconnect": ("No connection to reconnect with: none has gone quiet.",
                     "Personne à relancer : aucune relation n'est devenue silencieuse."),
    "engage_heading": ("Followers to engage or invite:", "Abonnés à animer ou à inviter :"),
    "engage_item": ("  {rank}. {name} ({degree}) — {engagement} interaction{s} in 90 days, "
                    "{ever} in all · {title} (rule {rule})",
                    "  {rank}. {name} ({degree}) — {engagement} interaction{s} en 90 jours, "
                    "{ever} en tout · {title} (règle {rule})"),
    "no_engage": ("No follower to engage right now.", "Aucun abonné à animer pour l'instant."),
    "followers_heading": ("{count} {people} follow{verb_s} you without being connected:",
                          "{count} personne{s} vous sui{verb_fr} sans être en relation :"),
    "follower_item": ("  • {name} ({degree}){also}", "  • {name} ({degree}){also}"),
    "you_follow_too": (" — you follow them too", " — vous suivez aussi cette personne"),
    "more": ("  … and {count} more", "  … et {count} de plus"),
    "followers_hint": ("A follower who is not connected cannot be messaged: invite the most "
                       "active ones (ask “which followers should I engage?”).",
                       "Un abonné qui n'est pas en relation ne peut pas recevoir de message : "
                       "invitez les plus actifs (demandez « quels abonnés inviter ? »)."),
    "no_followers": ("Everyone who follows you is connected to you.",
                     "Toutes les personnes qui vous suivent sont en relation avec vous."),
    "no_agenda": ("No scenario step is due today — here are today's best next moves:",
                  "Aucune étape de scénario n'est prévue aujourd'hui — voici les meilleures "
                  "actions du jour :"),
    "agenda_heading": ("Today's agenda ({count} scenario step(s) due):",
                       "Agenda du jour (étapes de scénario prévues : {count}) :"),
    "agenda_item": ("  {rank}. {name}: {what} ({scenario})", "  {rank}. {name} : {what} "
                    "({scenario})"),
    "agenda_waits": ("  {rank}. {name}: {what} ({scenario}) — waits: {why}",
                     "  {rank}. {name} : {what} ({scenario}) — en attente : {why}"),
    "more_moves": ("Other best next moves:", "Autres meilleures actions :"),
    "move_item": ("  {rank}. {kind}: {name} — {title} (rule {rule})",
                  "  {rank}. {kind} : {name} — {title} (règle {rule})"),
    "no_moves": ("No move to suggest today: no rule with a move holds for anyone.",
                 "Aucune action à proposer aujourd'hui : aucune règle ne s'applique."),
    # why
    "rule_head": ("Rule {rule} — {title}", "Règle {rule} — {title}"),
    "rule_file": ("File: {file}:{line} · priority {priority}",
                  "Fichier : {file}:{line} · priorité {priority}"),
    "rule_why": ("Why: {why}", "Pourquoi : {why}"),
    "rule_actions": ("Actions: {actions}", "Actions : {actions}"),
    "why_person": ("Why this advice for {name}:", "Pourquoi ces conseils pour {name} :"),
    "why_item": ("  • {title} (rule {rule}, {file}:{line}): {why}",
                 "  • {title} (règle {rule}, {file}:{line}) : {why}"),
    "why_what": ("Which advice? Ask “why {example}?”, or ask about someone first.",
                 "Quel conseil ? Demandez « pourquoi {example} ? », ou posez d'abord une "
                 "question sur quelqu'un."),
    "unknown_rule": ("No rule is called {rule}.", "Aucune règle ne s'appelle {rule}."),
    # names
    "ambiguous": ("{count} people match “{span}”: which one? Answer with a number or more of "
                  "the name.",
                  "{count} personnes correspondent à « {span} » : laquelle ? Répondez par un "
                  "numéro ou précisez le nom."),
    "candidate": ("  {rank}. {name} — {degree}{detail}", "  {rank}. {name} — {degree}{detail}"),
    "who": ("Whom do you mean? Name the person, e.g. “{example}”.",
            "De qui parlez-vous ? Donnez son nom, par exemple « {example} »."),
    "not_found": ("I found no one called “{span}” in your network.",
                  "Je ne trouve personne qui s'appelle « {span} » dans votre réseau."),
    # logging
    "log_confirm": ("Log this: {action} ({degree}), {when}? Answer yes or no.",
                    "J'enregistre : {action} ({degree}), {when} ? Répondez oui ou non."),
    "logged": ("Stored: {action}, {when}.", "C'est noté : {action}, {when}."),
    "log_refused": ("Not stored: {reason}", "Non enregistré : {reason}"),
    "log_cancelled": ("Nothing was stored.", "Rien n'a été enregistré."),
    "log_dropped": ("(Not stored: {action}.)", "(Non enregistré : {action}.)"),
    "today": ("today ({date})", "aujourd'hui ({date})"),
    "on_day": ("on {date}", "le {date}"),
    # help
    "not_understood": ("I did not understand that question. Here is what I can answer:",
                       "Je n'ai pas compris la question. Voici ce à quoi je sais répondre :"),
    "help_intro": ("Ask me in plain words, in English or in French:",
                   "Posez vos questions en mots simples, en français ou en anglais :"),
}

DEGREES = {
    "en": {0: "you", 1: "1st degree", 2: "2nd degree", 3: "3rd degree", 4: "out of network"},
    "fr": {0: "vous", 1: "1er degré", 2: "2e degré", 3: "3e degré", 4: "hors réseau"},
}

MOVE_KINDS = {
    "en": {"invite": "Invite", "introduction": "Introduction", "reconnect": "Reconnect",
           "engage": "Engage"},
    "fr": {"invite": "Inviter", "introduction": "Mise en relation", "reconnect": "Relancer",
           "engage": "Animer"},
}

ACTIONS_TOLD = {
    # kind: ((I did it, en), (I did it, fr), (they did it, en), (they did it, fr))
    "invited": ("you invited {name}", "vous avez invité {name}", "{name} invited you",
                "{name} vous a envoyé une invitation"),
    "messaged": ("you sent a message to {name}", "vous avez écrit à {name}",
                 "{name} sent you a message", "{name} vous a écrit"),
    "visited": ("you visited {name}'s profile", "vous avez consulté le profil de {name}",
                "{name} visited your profile", "{name} a consulté votre profil"),
    "met": ("you met {name}", "vous avez rencontré {name}", "{name} met you",
            "rencontre avec {name}, à son initiative"),
    "called": ("you called {name}", "vous avez appelé {name}", "{name} called you",
               "{name} vous a téléphoné"),
    "followed": ("you followed {name}", "vous suivez {name}", "{name} followed you",
                 "{name} vous suit"),
    "unfollowed": ("you unfollowed {name}", "vous ne suivez plus {name}",
                   "{name} unfollowed you", "{name} ne vous suit plus"),
    "commented": ("you commented on {name}'s post", "vous avez commenté une publication de "
                  "{name}", "{name} commented on your post", "{name} a commenté votre "
                  "publication"),
    "liked": ("you liked {name}'s post", "vous avez aimé une publication de {name}",
              "{name} liked your post", "{name} a aimé votre publication"),
    "shared": ("you shared {name}'s post", "vous avez partagé une publication de {name}",
               "{name} shared your post", "{name} a partagé votre publication"),
    "endorsed": ("you endorsed {name}", "vous avez validé les compétences de {name}",
                 "{name} endorsed you", "{name} a validé vos compétences"),
    "recommended": ("you recommended {name}", "vous avez recommandé {name}",
                    "{name} recommended you", "{name} a rédigé une recommandation pour vous"),
    "introduced": ("you introduced {name}", "vous avez présenté {name}",
                   "{name} introduced you", "{name} a fait une mise en relation pour vous"),
    "connected": ("{name} and you are now connected", "vous êtes maintenant en relation avec "
                  "{name}", "{name} accepted: you are connected",
                  "{name} a accepté : vous êtes en relation"),
    "withdrew": ("you withdrew your invitation to {name}", "vous avez retiré votre invitation "
                 "à {name}", "{name} withdrew their invitation",
                 "{name} a retiré son invitation"),
    "replied": ("you replied to {name}", "vous avez répondu à {name}", "{name} replied to you",
                "{name} vous a répondu"),
}


def say(language: str, key: str, **values) -> str:
    """One phrase in ``language`` with its values filled in as plain strings (in French,
    with French typography and elision: « le profil d’Abdoulaye »)."""
    english, french = PHRASES[key]
    plain = {name: str(value) for name, value in values.items()}
    if language == "fr":
        return fill(french_typography(french), plain)
    return english.format(**plain)


def degree_words(language: str, degree: int) -> str:
    """"2nd degree" / "2e degré" (0 is me, 4 out of network)."""
    return DEGREES.get(language, DEGREES["en"])[int(degree)]


def told(language: str, kind: str, direction: str, name: str) -> str:
    """An action in words: "you invited Léa Dubois" / "Bob Nguyen vous a répondu"."""
    forms = ACTIONS_TOLD[kind]
    index = (0 if direction == "out" else 2) + (1 if language == "fr" else 0)
    if language == "fr":
        return fill(french_typography(forms[index]), {"name": name})
    return forms[index].format(name=name)


def plural(count: int, language: str = "en") -> str:
    """"s" for a plural: unless ``count`` is one in English, unless it is 0 or 1 in French."""
    return "" if is_singular(count, language) else "s"
