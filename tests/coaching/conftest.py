"""A conversation with the coach on the demo network (today fixed at 2026-11-22)."""

from __future__ import annotations

import pytest

from coach.coaching import Conversation


@pytest.fixture
def coach(demo_service) -> Conversation:
    """A fresh conversation on the service of a workspace holding the demo network."""
    return demo_service.conversation()


def person_named(workspace, name: str) -> int:
    """The id of the one demo person with this full name."""
    ids = [p.id for p in workspace.roster.people.values() if p.full_name == name]
    assert len(ids) == 1, name
    return ids[0]
