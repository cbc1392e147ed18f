"""One list of what is waiting on me, the same from the service, ``coach advise --waiting``,
``coach plan``, the coach pane and the app; reminders come and go with ``coach note``."""

from __future__ import annotations

import json

from coach.cli.main import main
from coach.model import Interaction
from tests.service.conftest import service_on


def loops_of(folder):
    with service_on(folder) as service:
        return [(loop.kind, loop.name, loop.days) for loop in service.follow_ups.open_loops()]


def test_the_demo_has_each_kind_of_open_loop_in_order(prepared):
    loops = loops_of(prepared)
    kinds = [kind for kind, _, _ in loops]
    assert kinds == sorted(kinds, key=["reply", "invitation_received", "reminder", "welcome",
                                        "thank_introduction", "stale_invitation",
                                        "keep_in_touch"].index)
    assert loops[0] == ("reply", "Bob Nguyen", 2)  # the freshest message first
    assert ("welcome", "Solène Bonnet", 4) in loops
    assert ("reminder", "Lucie Gaillard", -2) in loops
    assert ("thank_introduction", "Arnaud Lemoine", 5) in loops
    assert {name for kind, name, _ in loops if kind == "invitation_received"} == {
        "Nuria Núñez", "Julien Poirier"}
    replies = [days for kind, _, days in loops if kind == "reply"]
    assert replies == sorted(replies) and max(replies) > 300  # however old, the freshest first
    # Hương Trần (do-not-contact) wrote 18 days ago: not a loop to close
    assert not [loop for loop in loops if loop[1] == "Hương Trần"]


def test_every_front_end_shows_the_same_list(prepared, capsys):
    expected = loops_of(prepared)
    assert main(["--home", str(prepared), "advise", "--waiting", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(item["kind"], item["name"], item["days"]) for item in listed] == expected
    assert listed[0]["detail"] == "Dispo pour un café à Paris la semaine prochaine ?"

    assert main(["--home", str(prepared), "advise"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"Waiting on you ({len(expected)}):\n")
    assert "Reply to Bob Nguyen: they wrote 2 days ago and asked a question" in text
    assert text.index("Waiting on you") < text.index("Whom to invite:")

    assert main(["--home", str(prepared), "plan", "--json"]) == 0
    planned = json.loads(capsys.readouterr().out)["waiting"]
    assert [(item["kind"], item["name"], item["days"]) for item in planned] == expected

    assert main(["--home", str(prepared), "ask", "what's waiting on me?", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["intent"] == "waiting"
    assert [(i["kind"], i["name"], i["days"]) for i in answer["data"]["waiting"]] == expected
    assert main(["--home", str(prepared), "ask", "qu’est-ce qui m’attend ?"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Ce qui vous attend (") and "\u00a0:" in said.splitlines()[0]
    assert "Répondre à Bob Nguyen\u00a0: message reçu il y a 2 jours (une question)" in said
    assert "Répondre à l’invitation de Nuria Núñez\u00a0: elle attend depuis 10 jours" in said


def test_a_reminder_is_a_loop_until_done_and_answering_closes_a_reply(copy_of, capsys):
    home = copy_of("reminders")
    code = main(["--home", str(home), "note", "Léa Dubois", "Relancer", "après", "le", "salon",
                 "--due", "today"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("Reminder #") and "due 2026-11-22" in out
    reminder = int(out.split("#")[1].split()[0])
    assert ("reminder", "Léa Dubois", 0) in loops_of(home)
    assert main(["--home", str(home), "note", "Léa Dubois"]) == 0
    listed = capsys.readouterr().out
    assert f"#{reminder}  due 2026-11-22  Relancer après le salon" in listed
    assert main(["--home", str(home), "note", "--done", str(reminder)]) == 0
    capsys.readouterr()
    assert ("reminder", "Léa Dubois", 0) not in loops_of(home)
    assert main(["--home", str(home), "note", "--done", str(reminder)]) == 1  # already done

    assert main(["--home", str(home), "log", "Bob Nguyen", "messaged",
                 "--note", "Avec plaisir"]) == 0
    capsys.readouterr()
    assert [loop for loop in loops_of(home) if loop[1] == "Bob Nguyen"] == []


def test_bad_notes_say_why_in_one_line_and_store_nothing(copy_of, capsys):
    home = copy_of("bad-notes")
    with service_on(home) as service:
        before = service.store.db.fetchone("SELECT count(*) FROM note")[0]
    for argv, code in ((["note", "Léa Dubois", "x", "--due", "next week"], 2),
                       (["note", "Léa Dubois", "--due", "+3"], 2),
                       (["note", "Léa Dubois", "   "], 2),  # blank text: a mistake
                       (["note"], 2)):
        assert main(["--home", str(home), *argv]) == code, argv
        err = capsys.readouterr().err
        if code == 2:
            assert err.startswith("coach: ") and err.count("\n") == 1, err
    assert "write YYYY-MM-DD, +N" in _last_error(home, capsys)
    with service_on(home) as service:
        assert service.store.db.fetchone("SELECT count(*) FROM note")[0] == before


def _last_error(home, capsys) -> str:
    main(["--home", str(home), "note", "Léa Dubois", "x", "--due", "2026-13-40"])
    return capsys.readouterr().err


def test_a_tag_of_ones_own_rhythm_opens_a_keep_in_touch_loop(copy_of, capsys):
    home = copy_of("rhythm")
    with service_on(home) as service:
        person = next(p.id for p in service.find("Zoé Lefèvre"))
        quiet = service.facts(person)["days_since_last_interaction"]
    assert quiet is not None and quiet > 10
    assert not [loop for loop in loops_of(home) if loop[1] == "Zoé Lefèvre"]
    assert main(["--home", str(home), "tag", "Zoé Lefèvre", "every-10-days"]) == 0
    capsys.readouterr()
    assert ("keep_in_touch", "Zoé Lefèvre", quiet) in loops_of(home)
    with service_on(home) as service:
        service.store.interactions.add(Interaction(person, "met", "out", "2026-11-21T12:00"))
    assert not [loop for loop in loops_of(home) if loop[1] == "Zoé Lefèvre"]


ADVICE_FOR = {"reply": ("reply-unanswered", "reply-question", "reply-late", "reply-late-question"),
              "reminder": ("note-due",), "welcome": ("welcome-new-connection",),
              "thank_introduction": ("thank-introduction",),
              "stale_invitation": ("invitation-withdraw",),
              "invitation_received": ("invitation-received",)}


def test_the_advice_says_what_the_open_loops_say(prepared):
    """Each open loop of the demo has its advice for that person (a reply first of all), and
    everyone the reply rules advise to answer is in the list."""
    with service_on(prepared) as service:
        loops = service.follow_ups.open_loops()
        for loop in loops:
            rules = [item.rule_id for item in service.advice(loop.person_id)]
            assert set(ADVICE_FOR.get(loop.kind, rules)) & set(rules), (loop, rules)
            if loop.kind == "reply":
                assert rules[0] in ADVICE_FOR["reply"], (loop, rules)
        replying = {person for person, top in service.top_advice().items()
                    if top is not None and top.rule_id in ADVICE_FOR["reply"]}
    assert replying == {loop.person_id for loop in loops if loop.kind == "reply"}
    assert len(replying) >= 15


def test_reminders_survive_an_export_and_an_import(copy_of, tmp_path, capsys):
    home = copy_of("export-reminders")
    assert main(["--home", str(home), "note", "Léa Dubois", "Relancer",
                 "--due", "2026-12-01"]) == 0
    assert main(["--home", str(home), "note", "Bob Nguyen", "Café", "--due", "2026-11-20"]) == 0
    done = int(capsys.readouterr().out.split("#")[-1].split()[0])
    assert main(["--home", str(home), "note", "--done", str(done)]) == 0
    assert main(["--home", str(home), "export", str(tmp_path / "out"), "--format", "csv"]) == 0
    other = tmp_path / "other"
    assert main(["--home", str(other), "import", str(tmp_path / "out"), "--format", "csv"]) == 0
    capsys.readouterr()
    with service_on(other) as service:
        reminders = set(service.store.db.fetchall(
            "SELECT text, due_on, done_on FROM note WHERE due_on IS NOT NULL"))
    assert ("Relancer", "2026-12-01", None) in reminders
    assert ("Café", "2026-11-20", "2026-11-22") in reminders
