"""`coach completion bash|zsh|fish`: scripts made from the parser, driven in a real shell."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from coach.cli.main import main
from coach.import_formats import FORMATS

BASH = shutil.which("bash")


def script(capsys, shell: str) -> str:
    assert main(["completion", shell]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def complete(tmp_path, bash_script: str, line: str) -> list[str]:
    """What bash offers at the end of ``line`` (a trailing space: a new, empty word), the
    way bash calls the function on <TAB>: COMP_WORDS, COMP_CWORD, then COMPREPLY."""
    path = tmp_path / "coach.bash"
    path.write_text(bash_script, encoding="utf-8")
    driver = (f'source "{path}"\n'
              'read -ra COMP_WORDS <<< "$1"\n'
              '[[ "$1" == *" " ]] && COMP_WORDS+=("")\n'
              'COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n'
              'COMP_LINE="$1"; COMP_POINT=${#1}\n'
              '"$(complete -p coach | sed -E "s/.*-F ([^ ]+) .*/\\1/")"\n'
              'printf "%s\\n" "${COMPREPLY[@]}"\n')
    result = subprocess.run([BASH, "--norc", "--noprofile", "-c", driver, "driver", line],
                            capture_output=True, text=True, timeout=30, cwd=tmp_path)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return [word for word in result.stdout.splitlines() if word]


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
def test_bash_completes_commands_options_and_format_values(capsys, tmp_path):
    bash = script(capsys, "bash")
    assert complete(tmp_path, bash, "coach imp") == ["import"]
    assert complete(tmp_path, bash, "coach import --fo") == ["--format"]
    assert complete(tmp_path, bash, "coach import export.zip --format ") == list(FORMATS)
    assert complete(tmp_path, bash, "coach import export.zip --format ed") == ["edgelist"]
    assert complete(tmp_path, bash, "coach --home /tmp/ws imp") == ["import"]
    assert complete(tmp_path, bash, "coach export out --format ") == ["csv", "json", "graphml"]
    assert complete(tmp_path, bash, "coach rules c") == ["check"]
    assert complete(tmp_path, bash, "coach step 3 ") == ["done", "skip"]
    assert complete(tmp_path, bash, "coach completion ") == ["bash", "zsh", "fish"]
    assert "--version" in complete(tmp_path, bash, "coach --")
    every = complete(tmp_path, bash, "coach ")
    assert every[:3] == ["demo", "summary", "contacts"] and "completion" in every


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
def test_names_of_people_are_never_completed_but_files_are(capsys, tmp_path):
    bash = script(capsys, "bash")
    (tmp_path / "Léa Dubois.txt").write_text("x", encoding="utf-8")
    (tmp_path / "export.zip").write_text("x", encoding="utf-8")
    assert complete(tmp_path, bash, "coach show L") == []
    assert complete(tmp_path, bash, "coach log Léa ") == []
    assert complete(tmp_path, bash, "coach import ex") == ["export.zip"]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_hold_every_command_and_parse(capsys, shell):
    text = script(capsys, shell)
    for command in ("demo", "import", "completion", "ask", "export"):
        assert command in text
    for value in FORMATS:
        assert value in text
    found = shutil.which(shell)
    if found is None:
        pytest.skip(f"{shell} is not installed: the script's syntax is not checked")
    result = subprocess.run([found, "-n"], input=text, capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0, result.stderr


def test_an_unknown_shell_is_bad_input(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["completion", "powershell"])
    assert stop.value.code == 2
    assert "invalid choice: 'powershell'" in capsys.readouterr().err
