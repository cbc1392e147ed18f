"""Over every contact of the demo, ``coach show ID --json`` gives no advice that proposes an
action its own "what you can do" blocks, and never InMail on an account without credits."""

from __future__ import annotations

import json

from coach.cli.main import main
from tests.service.conftest import service_on


def test_no_advice_proposes_a_blocked_action_over_the_whole_demo(prepared, capsys):
    with service_on(prepared) as service:
        people = [pid for pid in service.roster.people if pid != service.me()]
        credits = service.rulebook.book.limits["inmail_credits_per_month"].value
    assert credits == 0 and len(people) == 299
    seen, advised = set(), 0
    for person in people:
        code = main(["--home", str(prepared), "show", f"#{person}", "--json"])
        profile = json.loads(capsys.readouterr().out)
        assert code == 0 and profile["id"] == person
        allowed = {a["action"] for a in profile["actions"] if a["allowed"]}
        assert "inmail" not in allowed  # a free account has no InMail credit
        for item in profile["advice"]:
            advised += 1
            blocked = set(item["actions"]) - allowed
            assert not blocked, f"#{person} {item['rule']}: proposes {sorted(blocked)}"
            assert "inmail" not in item["actions"]
            assert "InMail" not in item["text"], f"#{person} {item['rule']}: {item['text']}"
            seen.add(item["rule"])
    assert advised > 800 and len(seen) > 20  # the whole rule book was exercised
