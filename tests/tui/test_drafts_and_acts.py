"""Pilot tests on the demo store: every act key logs through the policy of ``coach log`` (or
says why not), tags are picked in a dialog, and a draft from the top advice is edited with a
live count, copied to the clipboard and logged as sent."""

from __future__ import annotations

from coach.model import Degree
from tests.tui.conftest import settle
from tests.tui.test_acting import highlight


def notices(app) -> list[str]:
    return [str(notice.message) for notice in app._notifications]


async def press(app, pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(app, pilot)


async def test_accepting_their_invitation_connects_and_resolves_it(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        nuria = await highlight(demo_app, pilot, "Nuria Núñez")
        store = demo_app.service.store
        await press(demo_app, pilot, "Y")
        assert store.connections.exists(store.me, nuria)
        assert [i.status for i in store.invitations.of(nuria) if i.direction == "in"] == \
            ["accepted"]
        assert any("accepted the invitation of Nuria Núñez" in n for n in notices(demo_app))
        assert demo_app.service.contact(nuria).degree is Degree.FIRST  # the list was read again


async def test_accepting_without_their_invitation_is_refused_with_the_reason(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        lea = await highlight(demo_app, pilot, "Léa Dubois")
        store = demo_app.service.store
        before = store.interactions.count()
        await press(demo_app, pilot, "Y")
        assert store.interactions.count() == before
        assert not store.connections.exists(store.me, lea)
        assert any("They have not invited you" in n for n in notices(demo_app))


async def test_replied_withdrew_connected_and_introduced_keys_log(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        store = demo_app.service.store
        carla = await highlight(demo_app, pilot, "Carla Rossi")
        await press(demo_app, pilot, "R")
        assert any(i.kind == "replied" and i.direction == "in"
                   for i in store.interactions.of(carla))
        await press(demo_app, pilot, "I")
        assert any(i.kind == "introduced" and i.direction == "in"
                   for i in store.interactions.of(carla))
        await press(demo_app, pilot, "escape")
        ayse = await highlight(demo_app, pilot, "Ayşe Çelik")
        await press(demo_app, pilot, "W")
        assert [i.status for i in store.invitations.of(ayse)] == ["withdrawn"]
        # nothing is waiting now: a second withdrawal and a connection are refused, with why
        await press(demo_app, pilot, "W")
        assert any("No invitation of yours is waiting" in n for n in notices(demo_app))
        await press(demo_app, pilot, "escape")
        agnes = await highlight(demo_app, pilot, "Agnès Rousseau")
        await press(demo_app, pilot, "C")
        assert store.connections.exists(store.me, agnes)
        assert [i.status for i in store.invitations.of(agnes)] == ["accepted"]


async def test_connected_is_refused_when_the_policy_says_so(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        store = demo_app.service.store
        bob = await highlight(demo_app, pilot, "Bob Nguyen")  # already 1st degree
        before = store.interactions.count()
        await press(demo_app, pilot, "C")
        assert store.interactions.count() == before
        assert any("already connected" in n for n in notices(demo_app))
        assert store.connections.exists(store.me, bob)


async def test_tag_and_untag_in_the_picker(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        store = demo_app.service.store
        lea = await highlight(demo_app, pilot, "Léa Dubois")
        before = store.tags.of(lea)
        await press(demo_app, pilot, "T")
        dialog = demo_app.screen
        assert type(dialog).__name__ == "TagDialog"
        await press(demo_app, pilot, "tab", *"vivatech", "enter", "enter")
        assert set(store.tags.of(lea)) == {*before, "vivatech"}
        # untag: open again, untick "vivatech", save
        await press(demo_app, pilot, "T")
        choices = demo_app.screen.query_one("#tag-choices")
        values = [choices.get_option_at_index(i).value for i in range(choices.option_count)]
        choices.deselect("vivatech")
        assert "vivatech" in values
        await press(demo_app, pilot, "tab", "enter")
        assert "vivatech" not in store.tags.of(lea)
        assert set(store.tags.of(lea)) == set(before)


async def test_the_draft_dialog_counts_copies_and_logs_what_was_sent(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        store = demo_app.service.store
        solene = await highlight(demo_app, pilot, "Solène Bonnet")
        await press(demo_app, pilot, "D")
        dialog = demo_app.screen
        assert type(dialog).__name__ == "DraftDialog"
        text = dialog.query_one("#draft-text").text
        assert text.startswith("Thank you for connecting, Solène!")
        count = dialog.query_one("#draft-count")
        assert str(count.render()) == f"{len(text)}/8000"
        await press(demo_app, pilot, *" See you")
        assert str(count.render()) == f"{len(text) + 8}/8000"
        # logging before copying does nothing but say so
        await press(demo_app, pilot, "f3")
        assert demo_app.screen is dialog
        assert not [i for i in store.interactions.of(solene) if i.kind == "messaged"]
        await press(demo_app, pilot, "f2")
        assert demo_app.clipboard == text + " See you"
        assert any("Copied to the clipboard" in n for n in notices(demo_app))
        await press(demo_app, pilot, "f3")
        assert demo_app.screen is not dialog
        sent = [i for i in store.interactions.of(solene) if i.kind == "messaged"]
        assert len(sent) == 1 and sent[0].note == text + " See you"


async def test_an_invitation_note_turns_red_past_its_limit_and_logs_the_invitation(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        store = demo_app.service.store
        service = demo_app.service
        name = next(service.contact(pid).name for pid in service.people()
                    if pid != service.me() and service.draft(pid).kind == "invitation"
                    and service.draft(pid).from_template)
        person = await highlight(demo_app, pilot, name)
        await press(demo_app, pilot, "D")
        dialog = demo_app.screen
        area = dialog.query_one("#draft-text")
        count = dialog.query_one("#draft-count")
        assert str(count.render()).endswith("/200") and not count.has_class("over")
        area.text = "x" * 201
        await settle(demo_app, pilot)
        assert str(count.render()) == "201/200" and count.has_class("over")
        area.text = "Hello, glad to connect."
        await settle(demo_app, pilot)
        assert str(count.render()) == "23/200" and not count.has_class("over")
        await press(demo_app, pilot, "f2", "f3")
        pending = [i for i in store.invitations.of(person) if i.status == "pending"]
        assert len(pending) == 1 and pending[0].message == "Hello, glad to connect."


async def test_an_introduction_request_is_logged_with_the_introducer(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        store = demo_app.service.store
        lea = await highlight(demo_app, pilot, "Léa Dubois")
        introducer = demo_app.service.draft(lea).to_id
        await press(demo_app, pilot, "D", "f2", "f3")
        sent = [i for i in store.interactions.of(introducer) if i.kind == "messaged"
                and "you know Léa Dubois" in i.note]
        assert len(sent) == 1
        assert not [i for i in store.interactions.of(lea) if i.kind == "messaged"]


async def test_a_refused_draft_log_stores_nothing_and_says_why(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        store = demo_app.service.store
        nuria = await highlight(demo_app, pilot, "Nuria Núñez")  # 2nd degree: no free message
        await press(demo_app, pilot, "D")
        dialog = demo_app.screen
        assert dialog.query_one("#draft-text").text == ""
        assert "no message to draft" in str(dialog.query_one("#draft-about").render())
        before = store.interactions.count()
        dialog.query_one("#draft-text").text = "Hello Nuria"
        await press(demo_app, pilot, "f2", "f3")
        assert demo_app.screen is dialog  # stays open
        assert store.interactions.count() == before
        assert demo_app.service.refusal(nuria, "messaged") is not None
        assert any(demo_app.service.refusal(nuria, "messaged") in n for n in notices(demo_app))


async def test_the_dialogs_speak_french_in_a_french_workspace(demo_workspace):
    from coach.demo import DEMO_BANNER
    from coach.tui.app import make_app
    from coach.wording import MISSING

    (demo_workspace.home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    demo_workspace.forget_config()
    app = make_app(demo_workspace, demo_banner=DEMO_BANNER, watch_rules=False)
    missing = set(MISSING)
    async with app.run_test(size=(160, 45)) as pilot:
        await highlight(app, pilot, "Solène Bonnet")
        await press(app, pilot, "D")
        dialog = app.screen
        assert str(dialog.query_one("#draft-heading").render()) == "Message à Solène Bonnet"
        assert dialog.query_one("#draft-text").text.startswith("Merci pour ce nouveau contact")
        assert "F2 copie" in str(dialog.query_one("#draft-keys").render())
        await press(app, pilot, "f3")
        assert any("Copiez-le d’abord (F2)" in n for n in notices(app))
        await press(app, pilot, "escape", "T")
        assert "Étiquettes de Solène Bonnet" in str(app.screen.query_one("Static").render())
    assert set(MISSING) == missing
