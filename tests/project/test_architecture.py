"""The domain never imports Textual: only ``coach.tui`` may."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

UI_PACKAGES = ("tui",)


def test_domain_modules_do_not_import_textual():
    offenders = []
    for path in sorted((ROOT / "coach").rglob("*.py")):
        parts = path.relative_to(ROOT / "coach").parts
        if parts[0] in UI_PACKAGES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name == "textual" or name.startswith(("textual.", "rich")) for name in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_scanner_sees_the_domain():
    scanned = [p for p in (ROOT / "coach").rglob("*.py") if "tui" not in p.parts]
    assert len(scanned) > 20
    assert any(p.name == "network.py" for p in scanned)
