"""Hostile rule files get clean errors or literal text; nothing in them can reach Python objects."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.strategy import FACTS, RuleBook
from coach.strategy.loader import MAX_FILE_BYTES, load_rule_file
from coach.strategy.templates import TemplateError, compile_template
from tests.conftest import ROOT

RULE = """[[rule]]
id = "r"
title = "t"
priority = 1
advice = {advice}
why = "w"
"""


def rule_file(tmp_path: Path, advice: str) -> Path:
    path = tmp_path / "hostile.toml"
    path.write_text(RULE.format(advice=advice), encoding="utf-8")
    return path


def advice_for(path: Path, **facts) -> str:
    book = RuleBook([path])
    assert book.problems == []
    (advice,) = book.advise(facts)
    return advice.text


@pytest.mark.parametrize("text", [
    "{__class__}", "{0.__class__.__init__.__globals__}", "{first_name!r:>{width}}",
    "%(first_name)s and %s", "{{}} [0] () __import__('os')",
])
def test_format_string_tricks_are_literal_text(tmp_path, text):
    path = rule_file(tmp_path, f"'''{text}'''")
    assert advice_for(path, first_name="Léa") == text


def test_a_placeholder_stops_at_the_first_character_that_is_not_a_name(tmp_path):
    path = rule_file(tmp_path, "'$first_name.__class__ $first_name[0] $$first_name'")
    assert advice_for(path, first_name="Léa") == "Léa.__class__ Léa[0] $first_name"


def test_hostile_placeholders_are_load_errors(tmp_path):
    cases = {
        "'${__globals__}'": '"$" must be followed by a fact name in advice '
                           "(write $$ for a dollar sign)",
        "'$contact.__class__'": 'unknown placeholder "$contact" in advice; '
                                'did you mean "$connected"?',
        "'$__class__'": 'unknown placeholder "$__class__" in advice',
        "'$__builtins__'": 'unknown placeholder "$__builtins__" in advice',
    }
    for advice, message in cases.items():
        (problem,) = load_rule_file(rule_file(tmp_path, advice))[1]
        assert problem.message.startswith(message), (advice, problem.message)


def test_values_are_substituted_once_as_plain_text(tmp_path):
    path = rule_file(tmp_path, "'Hello $first_name from $company'")
    assert advice_for(path, first_name="$company {__class__}", company="${x}") == \
        "Hello $company {__class__} from ${x}"


def test_conditions_cannot_name_anything_but_registered_facts(tmp_path):
    path = tmp_path / "attrs.toml"
    path.write_text("""[[rule]]
id = "r"
title = "t"
priority = 1
advice = "a"
why = "w"
when = { any = [
  { fact = "__class__", eq = 1 },
  { fact = "degree.__class__", eq = 1 },
  { fact = "degree", __eq__ = 1 },
  { fact = "tags", contains = { __class__ = 1 } },
] }
""", encoding="utf-8")
    messages = [problem.message for problem in load_rule_file(path)[1]]
    assert len(messages) == 4, messages
    assert messages[0].startswith('unknown fact "__class__"')
    assert messages[1].startswith('unknown fact "degree.__class__"; did you mean "degree')
    assert messages[2].startswith('unknown operator "__eq__"')
    assert messages[3] == '"contains" on tags needs text, not a table'


def test_bytes_that_are_not_utf8(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes('[[rule]]\nid = "café"\n'.encode("latin-1"))
    (problem,) = load_rule_file(path)[1]
    assert str(problem) == f"{path}:2:10: not UTF-8 text (byte 0xe9); save the file as UTF-8"


def test_a_10_mb_file_is_refused_without_being_parsed(tmp_path):
    path = tmp_path / "huge.toml"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("# " + "x" * (10 * 1024 * 1024) + "\n")
    (problem,) = load_rule_file(path)[1]
    assert str(problem) == (f"{path}:1: file too large: 10,485,763 bytes (a rule file may hold "
                            f"at most {MAX_FILE_BYTES:,} bytes)")


@pytest.mark.parametrize("body", [
    'when = ' + '{ not = ' * 1000 + '{ fact = "degree", eq = 1 }' + ' }' * 1000,
    '[rule.when' + '.not' * 1000 + ']\nfact = "degree"\neq = 1',
    'when = ' + '{ all = [' * 1000 + '{ fact = "degree", eq = 1 }' + '] }' * 1000,
])
def test_conditions_nested_1000_deep_get_one_clean_error(tmp_path, body):
    path = tmp_path / "deep.toml"
    path.write_text(RULE.format(advice='"a"') + body + "\n", encoding="utf-8")
    (problem,) = load_rule_file(path)[1]
    assert problem.message == "invalid TOML: arrays or tables are nested too deeply"


def test_conditions_deeper_than_the_limit_but_valid_toml(tmp_path):
    path = tmp_path / "deep.toml"
    body = 'when = ' + '{ not = ' * 300 + '{ fact = "degree", eq = 1 }' + ' }' * 300
    path.write_text(RULE.format(advice='"a"') + body + "\n", encoding="utf-8")
    (problem,) = load_rule_file(path)[1]
    assert str(problem) == f'{path}:7: rule "r": conditions are nested more than 32 levels deep'


def test_priority_1000_is_refused(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(RULE.format(advice='"a"').replace("priority = 1", "priority = 1000"),
                    encoding="utf-8")
    (problem,) = load_rule_file(path)[1]
    assert str(problem) == f'{path}:4: rule "r": priority must be a whole number from 0 to ' \
                           f"100, not 1000"


_TEMPLATE_TEXT = st.lists(st.sampled_from(
    list("$${}[]().!:%_ab ") + ["first_name", "name", "__class__", "__globals__", "degree"]
), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEMPLATE_TEXT)
def test_a_template_only_ever_prints_its_text_and_fact_values(source):
    """Whatever the text: a clean error, or literal pieces and registered facts as strings."""
    try:
        template = compile_template(source, FACTS)
    except TemplateError:
        return
    asked = []

    def lookup(name):
        asked.append(name)
        return f"<{name}>"

    rendered = template.render(lookup)
    assert all(name in FACTS for name in asked)
    expected = re.sub(r"\$(\$|[A-Za-z_][A-Za-z0-9_]*)",
                      lambda m: "$" if m.group(1) == "$" else f"<{m.group(1)}>", source)
    assert rendered == expected


_RULE_DATA_MODULES = ("templates", "conditions", "condition_reader", "loader", "rule_reader",
                      "policy_reader", "file_context", "source", "book", "engine", "testing",
                      "limits", "actions", "rule")


def test_rule_data_never_reaches_eval_format_or_getattr():
    """The modules that handle rule-file data use no dynamic evaluation or attribute access."""
    banned_calls = {"eval", "exec", "compile", "setattr", "__import__", "vars"}
    offenders = []
    for name in _RULE_DATA_MODULES:
        path = ROOT / "coach" / "strategy" / f"{name}.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id in banned_calls:
                    offenders.append(f"{name}.py:{node.lineno} {func.id}()")
                dynamic = len(node.args) > 1 and not isinstance(node.args[1], ast.Constant)
                if isinstance(func, ast.Name) and func.id == "getattr" and dynamic:
                    offenders.append(f"{name}.py:{node.lineno} getattr(…, not a constant)")
                if isinstance(func, ast.Attribute) and func.attr in ("format", "format_map"):
                    offenders.append(f"{name}.py:{node.lineno} .{func.attr}()")
    assert offenders == []
