"""The RuleBook: ranking, layers (workspace rules replace shipped ones), reload, last good."""

from __future__ import annotations

from pathlib import Path

from coach.strategy import Advice, RuleBook


def rule(rule_id: str, priority: int, advice: str = "Advice.", when: str = "") -> str:
    return (f'[[rule]]\nid = "{rule_id}"\ntitle = "{rule_id} title"\npriority = {priority}\n'
            f'advice = "{advice}"\nwhy = "Why {rule_id}."\n{when}\n')


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_advice_is_ranked_by_priority_then_file_order(tmp_path):
    first = write(tmp_path, "a.toml", rule("low", 10) + rule("tie-a", 50) +
                  rule("second-degree", 90, "Hi $first_name.", 'when = { fact = "degree", eq = 2 }'))
    write(tmp_path, "b.toml", rule("tie-b", 50) + rule("top", 95))
    book = RuleBook([tmp_path])
    advice = book.advise({"degree": 2, "first_name": "Léa"})
    assert [item.rule_id for item in advice] == ["top", "second-degree", "tie-a", "tie-b", "low"]
    assert advice[1] == Advice("second-degree", "second-degree title", "Hi Léa.", 90, str(first),
                               15, "Why second-degree.", (), None)
    assert [item.rule_id for item in book.advise({"degree": 1})] == ["top", "tie-a", "tie-b", "low"]


def test_a_broken_file_keeps_its_last_good_version(tmp_path):
    path = write(tmp_path, "a.toml", rule("keep-me", 50))
    book = RuleBook([tmp_path])
    assert book.problems == [] and [r.id for r in book.book.rules] == ["keep-me"]
    path.write_text(rule("keep-me", 50) + 'oops = \n', encoding="utf-8")
    problems = book.reload()
    assert [str(problem) for problem in problems] == [f"{path}:8:8: invalid TOML: Invalid value"]
    assert book.problems == problems
    assert [r.id for r in book.book.rules] == ["keep-me"]
    path.write_text(rule("keep-me", 50, when='when = { fact = "degre", eq = 1 }'),
                    encoding="utf-8")
    problems = book.reload()
    assert [str(p) for p in problems] == [
        f'{path}:7: rule "keep-me": unknown fact "degre"; did you mean "degree"?']
    assert [r.id for r in book.book.rules] == ["keep-me"]
    assert book.advise({"degree": 3})[0].rule_id == "keep-me"  # the old, unconditional version
    path.write_text(rule("renamed", 50), encoding="utf-8")
    assert book.reload() == []
    assert [r.id for r in book.book.rules] == ["renamed"]


def test_a_file_that_never_loaded_contributes_its_correct_rules(tmp_path):
    write(tmp_path, "a.toml", rule("good", 50) + rule("bad", 500))
    book = RuleBook([tmp_path])
    assert [str(p) for p in book.problems] == [
        f'{tmp_path / "a.toml"}:11: rule "bad": priority must be a whole number from 0 to 100, '
        f"not 500"]
    assert [r.id for r in book.book.rules] == ["good"]


def test_files_appear_and_disappear(tmp_path):
    write(tmp_path, "a.toml", rule("a", 50))
    book = RuleBook([tmp_path])
    extra = write(tmp_path, "b.toml", rule("b", 60))
    (tmp_path / "notes.txt").write_text("not a rule file")
    book.reload()
    assert [r.id for r in book.book.rules] == ["b", "a"]
    assert book.files() == [tmp_path / "a.toml", extra]
    extra.unlink()
    book.reload()
    assert [r.id for r in book.book.rules] == ["a"]


def test_workspace_rules_replace_shipped_rules_with_the_same_id(tmp_path):
    shipped = tmp_path / "shipped"
    mine = tmp_path / "home" / "rules"
    write(shipped, "first.toml", rule("hello", 50, "Shipped hello.") + rule("bye", 40) +
          rule("noisy", 30))
    write(mine, "first.toml", rule("hello", 45, "My hello.") +
          '[[rule]]\nid = "noisy"\nenabled = false\n')
    write(mine, "extra.toml", rule("mine", 70))
    book = RuleBook([shipped, mine])
    assert book.problems == []
    advice = book.advise({})
    assert [(a.rule_id, a.text) for a in advice] == [
        ("mine", "Advice."), ("hello", "My hello."), ("bye", "Advice.")]
    assert advice[1].file == str(mine / "first.toml")
    assert book.files() == [shipped / "first.toml", mine / "extra.toml", mine / "first.toml"]


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path):
    book = RuleBook([tmp_path / "nowhere"])
    assert [str(p) for p in book.problems] == [f"{tmp_path / 'nowhere'}: rule folder not found"]
    assert book.advise({"degree": 2}) == []
    assert book.files() == []


def test_problems_are_data_for_the_app(tmp_path):
    path = write(tmp_path, "a.toml", rule("x", 5, "Hi $frist_name."))
    (problem,) = RuleBook([tmp_path]).problems
    assert problem.to_json() == {
        "file": str(path), "line": 5, "column": None, "kind": "rule", "id": "x",
        "message": 'unknown placeholder "$frist_name" in advice; did you mean "$first_name"?',
        "text": str(problem)}
