"""The one path every front end calls: questions and acts of coach, each decided once.

    service = NetworkService(Workspace(home))
    service.contacts(ListFilter(degree=Degree.SECOND, search="lyon"))   # ContactPage
    service.profile(person_id)                                        # Profile
    service.log(person_id, "invited")           # LogRefused when the rules say it cannot be
    service.introduction_paths(person_id)       # never through do-not-contact
    service.overview(); service.import_file(path, ImportOptions(...))
    service.scenarios.plan(day)                 # reads only; .enrol, .mark write
    service.conversation()                      # the coach pane's brain, on this service

Layers: front ends (coach.cli, coach.tui) → this service → the domain (strategy,
scenarios, coaching, graph…) → the store. A test over the import graph keeps it so.
"""

from coach.service.contact_page import ContactPage
from coach.service.network_service import NetworkService
from coach.service.profile import PathShown, PersonRef, Profile
from coach.service.state import NetworkState

__all__ = ["ContactPage", "NetworkService", "NetworkState", "PathShown", "PersonRef", "Profile"]
