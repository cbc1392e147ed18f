"""coach.strategy is domain code: importing it (and using it) never loads Textual or Rich."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_strategy_package_loads_no_ui_library():
    script = (
        "import sys, coach.strategy, coach.config\n"
        "from coach.strategy import RuleBook\n"
        "from coach.resources import rules_dir\n"
        "RuleBook([rules_dir()]).advise({'degree': 2})\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_public_names_the_app_uses():
    import coach.strategy as strategy

    for name in ("RuleBook", "RuleProblem", "Advice", "ActionStatus", "Advisor"):
        assert hasattr(strategy, name), name
    assert [f.name for f in strategy.RuleProblem.__dataclass_fields__.values()][:5] == \
        ["file", "line", "column", "rule_id", "message"]
    assert list(strategy.Advice.__dataclass_fields__)[:8] == \
        ["rule_id", "title", "text", "priority", "file", "line", "why", "actions"]
    assert list(strategy.ActionStatus.__dataclass_fields__)[:6] == \
        ["action", "label", "allowed", "reason", "limit", "left"]
    for method in ("facts", "advice", "actions", "top_advice_all", "best_moves"):
        assert callable(getattr(strategy.Advisor, method))
    for method in ("reload", "files", "advise"):
        assert callable(getattr(strategy.RuleBook, method))
