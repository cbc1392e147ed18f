"""What every reply is built from: the network service, its rules in the question's language.

The coach reads the network and acts on it only through the service it is given (its
contacts, paths, facts, advice, log and agenda): what it answers is what every other
front end shows, and what it logs passes the same checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.coaching.phrases import degree_words, plural, say
from coach.coaching.rules_language import CoachRules
from coach.contacts import Contact
from coach.model import Degree


@dataclass
class Context:
    """One question's surroundings: the service, the rules, the language of the answer."""

    service: object
    rules: CoachRules
    language: str

    def say(self, key: str, **values) -> str:
        """A phrase in the answer's language."""
        return say(self.language, key, **values)

    def contact(self, person_id: int) -> Contact:
        """One person seen from me."""
        return self.service.contact(person_id)

    def degree(self, contact: Contact) -> str:
        """The contact's degree in words."""
        return degree_words(self.language, int(contact.degree))

    def head(self, contact: Contact) -> str:
        """"Léa Dubois — 2nd degree, 4 shared connections." (or "That is you.")"""
        if contact.degree is Degree.ME:
            return self.say("you")
        mutual = contact.mutual_connections
        return self.say("head", name=contact.name, degree=self.degree(contact), mutual=mutual,
                        s=plural(mutual, self.language))

    def detail(self, contact: Contact) -> str:
        """Position · company · location, whichever are known."""
        person = contact.person
        return " · ".join(part for part in (person.position, person.company, person.location)
                          if part)
