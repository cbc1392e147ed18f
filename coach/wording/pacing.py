"""The daily pace in words: what the agenda plans today and what waits for the next working
days (``coach plan`` and the app's agenda say the same), and the French of it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coach.wording.typography import number
from coach.wording.wording import Wording

_EVERY_DAY = {
    "invitations_per_day": "{per_day} invitations {each}: {today} today, {next} more {when}",
    "messages_per_day": "{per_day} scenario messages {each}: {today} today, {next} more {when}",
}
_DAY_OFF = {
    "invitations_per_day": "No invitations on Saturday and Sunday (weekends = false in "
                           "limits.toml): {next} {when}",
    "messages_per_day": "No scenario messages on Saturday and Sunday (weekends = false in "
                        "limits.toml): {next} {when}",
}
_NONE = {
    "invitations_per_day": "The daily pace of invitations is 0 (limits.toml): {held} wait",
    "messages_per_day": "The daily pace of scenario messages is 0 (limits.toml): {held} wait",
}


def pace_lines(pacing, day: date, words: Wording) -> list[str]:
    """One sentence per daily pace that keeps steps from ``day`` (``Agenda.pacing``)."""
    w = words
    lines = []
    for pace in pacing:
        if pace.next_day is None:
            lines.append(w(_NONE[pace.limit], held=w.number(pace.held)))
            continue
        when = (w("tomorrow") if pace.next_day == day + timedelta(days=1)
                else w("on {day}", day=pace.next_day.isoformat()))
        values = {"per_day": w.number(pace.per_day), "today": w.number(pace.today),
                  "next": w.number(pace.next_day_count), "when": when,
                  "each": w("a day") if pace.weekends else w("a working day")}
        line = w((_DAY_OFF if pace.day_off else _EVERY_DAY)[pace.limit], **values)
        if pace.after:
            line += w("; {after} on the following days, until {last}",
                      after=w.number(pace.after), last=pace.last.isoformat())
        lines.append(line)
    return lines


_WHY = re.compile(r"(\d+) (invitations|messages) a (working )?day: planned for "
                  r"(\d{4}-\d\d-\d\d)")
_PAUSED = re.compile(r"the daily pace of (invitations|messages) is 0 \(limits\.toml\): "
                     r"nothing is planned")


def french_pace(text: str) -> str | None:
    """A step's reason from the pace (``pace_reason``) in French, or None for another one."""
    if match := _WHY.fullmatch(text):
        invitation = match.group(2) == "invitations"
        what = "invitations" if invitation else "messages"
        each = "par jour ouvré" if match.group(3) else "par jour"
        planned = "prévue" if invitation else "prévu"
        return f"{number(int(match.group(1)), 'fr')} {what} {each} : {planned} le {match.group(4)}"
    if match := _PAUSED.fullmatch(text):
        what = "des invitations" if match.group(1) == "invitations" else "des messages"
        return f"le rythme quotidien {what} est de 0 (limits.toml) : rien n'est prévu"
    return None


FRENCH_PACING = {
    "{per_day} invitations {each}: {today} today, {next} more {when}":
        "{per_day} invitations {each} : {today} aujourd'hui, {next} de plus {when}",
    "{per_day} scenario messages {each}: {today} today, {next} more {when}":
        "{per_day} messages de scénario {each} : {today} aujourd'hui, {next} de plus {when}",
    "No invitations on Saturday and Sunday (weekends = false in limits.toml): {next} {when}":
        "Pas d'invitations le samedi ni le dimanche (weekends = false dans limits.toml) : "
        "{next} {when}",
    "No scenario messages on Saturday and Sunday (weekends = false in limits.toml): "
    "{next} {when}":
        "Pas de messages de scénario le samedi ni le dimanche (weekends = false dans "
        "limits.toml) : {next} {when}",
    "The daily pace of invitations is 0 (limits.toml): {held} wait":
        "Le rythme quotidien des invitations est de 0 (limits.toml) : {held} en attente",
    "The daily pace of scenario messages is 0 (limits.toml): {held} wait":
        "Le rythme quotidien des messages de scénario est de 0 (limits.toml) : {held} en "
        "attente",
    "; {after} on the following days, until {last}":
        " ; {after} les jours suivants, jusqu'au {last}",
    "tomorrow": "demain",
    "on {day}": "le {day}",
    "a day": "par jour",
    "a working day": "par jour ouvré",
    # the app's agenda: open loops at its head
    "waiting on you": "à traiter",
    "Waiting on you": "À traiter",
    "Enter: show the person": "Entrée : voir la personne",
    "Answer it on LinkedIn, then log it: Enter shows {name} in the list.":
        "Répondez sur LinkedIn, puis notez-le : Entrée montre {name} dans la liste.",
    " — {n} first; `coach advise --waiting` lists them all":
        " — les {n} premiers ; `coach advise --waiting` les liste tous",
}
