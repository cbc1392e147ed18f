"""The map of my network in words, for ``coach map`` and the app's map screen.

It renders a ``NetworkMap`` (coach.graph.network_map) the service made; it decides nothing:
which circles, which brokers and in what order all come from the map.
"""

from __future__ import annotations

from coach.wording.wording import ENGLISH, Wording

MEMBERS_SHOWN = 12
"""People named on a circle's line in text; the rest are counted (``--json`` lists all)."""


def circle_phrase(circle, w: Wording = ENGLISH) -> str:
    """A circle in words: "your Orbiteo colleagues", "the Lyon · Data circle"."""
    if circle is None or circle.number == 0:
        return w("your other connections")
    if circle.colleagues:
        return w("your {company} colleagues", company=circle.traits[0].text)
    return w("the {label} circle", label=circle.label)


def joined(parts: list[str], w: Wording = ENGLISH) -> str:
    """"a, b and c" / "a, b et c"."""
    if len(parts) < 2:
        return "".join(parts)
    return w("{first} and {last}", first=", ".join(parts[:-1]), last=parts[-1])


def broker_sentence(broker, network_map, w: Wording = ENGLISH) -> str:
    """What a broker bridges: "Bob Nguyen links your Orbiteo colleagues and the Data circle"."""
    name = network_map.names.get(broker.person_id, f"#{broker.person_id}")
    circles = [network_map.circle(number) for number in broker.bridges]
    phrases = [circle_phrase(circle, w) for circle in circles if circle is not None]
    parts = []
    if len(phrases) >= 2:
        parts.append(w("{name} links {circles}", name=name, circles=joined(phrases, w)))
    if broker.leads_alone:
        lead = w.count(broker.only_route, "the only link you have to {n} 2nd-degree person",
                       "the only link you have to {n} 2nd-degree people")
        parts.append(lead if parts else w("{name}: {lead}", name=name, lead=lead))
    return w("{first}; {second}", first=parts[0], second=parts[1]) if len(parts) == 2 \
        else (parts[0] if parts else name)


def circle_heading(circle, w: Wording = ENGLISH) -> str:
    """"1. Orbiteo · Lyon — 8 people (your Orbiteo colleagues)"."""
    people = w.count(circle.size, "{n} person", "{n} people")
    if circle.number == 0:
        return w("Other — {people}: in no circle", people=people)
    return w("{number}. {label} — {people} ({phrase})", number=circle.number,
             label=circle.label, people=people, phrase=circle_phrase(circle, w))


def circle_details(circle, network_map, w: Wording = ENGLISH) -> list[str]:
    """What a circle's people share, my strongest tie, my last contact."""
    lines = []
    if circle.traits:
        lines.append(w("Shared: {traits}", traits=", ".join(
            f"{trait.text} ({w.number(trait.people)})" for trait in circle.traits)))
    tie = (network_map.names.get(circle.strongest_tie) if circle.strongest_tie is not None
           else w("none yet"))
    lines.append(w("Strongest tie: {name} · last contact: {day}", name=tie,
                   day=circle.last_contact or w("never")))
    return lines


def members_line(circle, network_map, w: Wording = ENGLISH, shown: int = MEMBERS_SHOWN) -> str:
    """The circle's people, best known first, the rest counted."""
    names = [network_map.names.get(person, f"#{person}") for person in circle.members]
    line = ", ".join(names[:shown])
    if len(names) > shown:
        line = w("{names} and {more} more", names=line, more=w.number(len(names) - shown))
    return line


def map_lines(network_map, w: Wording = ENGLISH) -> list[str]:
    """The whole map as text: a summary line, each circle, then the brokers."""
    if not network_map.connections:
        return [w("No connections yet: import your LinkedIn export to see your circles.")]
    lines = [w.count(len(network_map.circles), "{n} circle among your {connections} "
                     "connections ({links} links between them)",
                     "{n} circles among your {connections} connections ({links} links "
                     "between them)", connections=w.number(network_map.connections),
                     links=w.number(network_map.links))]
    for circle in (*network_map.circles, *([network_map.other] if network_map.other else [])):
        lines += ["", circle_heading(circle, w)]
        lines += ["   " + line for line in circle_details(circle, network_map, w)]
        lines.append("   " + members_line(circle, network_map, w))
    lines += ["", w("Brokers")]
    if network_map.brokers:
        lines += ["   " + broker_sentence(broker, network_map, w)
                  for broker in network_map.brokers]
    else:
        lines.append("   " + w("No one links your circles yet."))
    return lines
