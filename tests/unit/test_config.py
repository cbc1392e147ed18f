"""config.toml: language, rules folder, Premium; unknown keys reported with file:line."""

from __future__ import annotations

from coach.config import Config, load_config, rule_folders
from coach.resources import rules_dir


def write_config(home, text: str):
    home.mkdir(parents=True, exist_ok=True)
    path = home / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_defaults(tmp_path):
    assert load_config(tmp_path) == (Config(), [])
    assert rule_folders(tmp_path, Config()) == [rules_dir()]


def test_language_premium_and_sections_are_read(tmp_path):
    path = write_config(tmp_path, 'language = "fr"\npremium = true\n\n[keymap]\nquit = "q"\n')
    config, problems = load_config(tmp_path)
    assert problems == []
    assert (config.language, config.premium, config.sections, config.path) == \
        ("fr", True, {"keymap": {"quit": "q"}}, path)
    assert rule_folders(tmp_path, config) == [rules_dir() / "fr"]


def test_the_workspace_rules_folder_comes_after_the_shipped_one(tmp_path):
    (tmp_path / "rules").mkdir()
    assert rule_folders(tmp_path, Config()) == [rules_dir(), tmp_path / "rules"]
    assert rule_folders(tmp_path, Config(), tmp_path / "mine") == [tmp_path / "mine"]


def test_a_rules_folder_relative_to_the_workspace(tmp_path):
    write_config(tmp_path, 'rules = "my-rules"\n')
    config, problems = load_config(tmp_path)
    assert problems == [] and config.rules == tmp_path / "my-rules"
    assert rule_folders(tmp_path, config) == [tmp_path / "my-rules"]


def test_unknown_keys_and_bad_values_are_reported_with_their_line(tmp_path):
    path = write_config(tmp_path, '# settings\nlangage = "fr"\nlanguage = "de"\npremium = "yes"\n'
                                  "[keymap]\nx = 1\n")
    config, problems = load_config(tmp_path)
    assert [str(problem) for problem in problems] == [
        f'{path}:2: unknown key "langage"; did you mean "language"?',
        f"{path}:3: language must be \"en\" or \"fr\", not 'de'",
        f"{path}:4: premium must be true or false",
    ]
    assert config.language == "en" and config.sections == {"keymap": {"x": 1}}


def test_a_toml_error_has_line_and_column(tmp_path):
    path = write_config(tmp_path, 'language = "fr"\npremium = \n')
    config, (problem,) = load_config(tmp_path)
    assert str(problem) == f"{path}:2:11: invalid TOML: Invalid value"
    assert config.language == "en"
