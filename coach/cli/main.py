"""``coach``: the command-line entry point. Exit codes: 0 ok, 1 nothing matched, 2 bad input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from coach import __version__
from coach.cli.completion import SHELLS
from coach.cli.errors import BAD_INPUT, CommandError
from coach.cli.terminal import visible_controls
from coach.import_formats import FORMAT_HELP, FORMATS
from coach.model import Degree


def build_parser() -> argparse.ArgumentParser:
    """Every sub-command with its options and help text."""
    parser = argparse.ArgumentParser(
        prog="coach",
        description="A terminal networking coach: degrees, allowed actions, followers and "
                    "advice for your professional network. Everything stays on this machine.",
        epilog="Without a command, coach opens the full-screen app in a terminal, or prints "
               "a summary of your network when its output is not a terminal (the demo "
               "network when your workspace is empty).",
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    parser.add_argument("--home", metavar="DIR",
                        help="workspace folder (default: $COACH_HOME or your user data folder)")
    parser.add_argument("--debug", action="store_true",
                        help="show the full traceback of an unexpected error")
    parser.add_argument("--rules", metavar="DIR",
                        help="read the rules from DIR only, e.g. rules/fr for the French rules "
                             "(default: the shipped rules, then <home>/rules)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND [ARGS]")

    demo = commands.add_parser("demo", help="open the app on the demo network (a throw-away copy)")
    demo.add_argument("--print", action="store_true",
                      help="print its summary instead of opening the app")
    commands.add_parser("summary", help="print a summary of your network")

    contacts = commands.add_parser("contacts", help="list contacts, nearest first")
    contacts.add_argument("--degree", type=_degree, metavar="N",
                          help="only this degree: 1, 2, 3 or out")
    contacts.add_argument("--followers", action="store_true", help="only people who follow you")
    contacts.add_argument("--search", metavar="TEXT",
                          help="only names, companies or headlines containing TEXT")
    contacts.add_argument("--limit", type=_limit, metavar="N", help="show at most N contacts")
    contacts.add_argument("--json", action="store_true", help="print JSON")

    show = commands.add_parser("show", help="everything about one person")
    show.add_argument("query", metavar="QUERY", help="a name, a profile URL or an id (#12)")
    show.add_argument("--json", action="store_true", help="print JSON")

    advise = commands.add_parser(
        "advise", help="advice for one person, or your best next moves")
    advise.add_argument("query", metavar="QUERY", nargs="?",
                        help="a name, a profile URL or an id (#12); without it, what is "
                             "waiting on you, then the best next moves across your network")
    advise.add_argument("--limit", type=_limit, metavar="N",
                        help="with QUERY: at most N advice items for that person (their "
                             "actions are always listed in full); without: at most N items "
                             "waiting on you (default 15) and N best moves (default 20); "
                             "with --waiting: N waiting items")
    advise.add_argument("--json", action="store_true", help="print JSON")
    advise.add_argument("--waiting", action="store_true",
                        help="only what is waiting on you: unanswered messages and "
                             "invitations, reminders, new connections, thanks, late contacts")

    network_map = commands.add_parser(
        "map", help="your circles, their people and the brokers between them",
        description="The communities among your connections (circles), each named by what "
                    "its people share, with your strongest tie and last contact there, and "
                    "the brokers who link them.")
    network_map.add_argument("--json", action="store_true", help="print JSON")

    ask = commands.add_parser(
        "ask", help="ask the coach in plain words, in English or French",
        description='Ask the coach: "how do I reach Léa?", "qui inviter cette semaine ?", '
                    '"I invited Léa" (logged once confirmed). "coach ask help" lists the rest.')
    ask.add_argument("question", metavar="QUESTION", nargs="+", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument("--yes", action="store_true",
                     help="store an action told in words without asking for confirmation")

    reach = commands.add_parser(
        "reach", help="who you know at a company, in a role or in a city")
    reach.add_argument("text", metavar="TEXT", nargs="+",
                       help="a company (Doctolib), a role (product manager) or a city (Lyon)")
    reach.add_argument("--limit", type=_limit, metavar="N",
                       help="list at most N people per degree (all are counted)")
    reach.add_argument("--json", action="store_true", help="print JSON")

    rules = commands.add_parser("rules", help="copy, check or test the rule files")
    rules.add_argument("action", choices=("init", "check", "test"), metavar="init|check|test",
                       help="init: copy the shipped rules into <home>/rules (or DIR) to edit "
                            "them; check: report every problem (exit 2 if any); test: run the "
                            "[[test]] cases (exit 1 if one fails)")
    rules.add_argument("dir", metavar="DIR", nargs="?",
                       help="a folder (or one file) of rules; default: the workspace's rules")
    rules.add_argument("--force", action="store_true",
                       help="init: overwrite rule files that already exist")
    rules.add_argument("--json", action="store_true", help="check: print the problems as JSON")

    log = commands.add_parser("log", help="record something you did with a person")
    log.add_argument("query", metavar="QUERY", help="a name, a profile URL or an id (#12)")
    log.add_argument("action", metavar="ACTION",
                     help="visited, invited, messaged, followed, unfollowed, met, called, "
                          "commented, liked, endorsed, recommended, connected, withdrew, "
                          "replied, note")
    log.add_argument("--note", metavar="TEXT", help="a note (required for ACTION note)")
    log.add_argument("--at", metavar="DATE", type=_given,
                     help="when (YYYY-MM-DD[THH:MM]); default now")
    log.add_argument("--direction", choices=("out", "in"),
                     help="out: you did it (default); in: they did it to you")

    tag = commands.add_parser("tag", help="add or remove tags on a person (close, client…)")
    tag.add_argument("query", metavar="QUERY")
    tag.add_argument("tags", metavar="TAG", nargs="+")
    tag.add_argument("--remove", action="store_true", help="take the tags off instead")

    note = commands.add_parser(
        "note", help="keep a note or a reminder (--due) on a person; list them")
    note.add_argument("query", metavar="QUERY", nargs="?",
                      help="a name, a profile URL or an id (#12)")
    note.add_argument("text", metavar="TEXT", nargs="*",
                      help="the note (without it: list the person's notes and reminders)")
    note.add_argument("--due", metavar="DATE", type=_given,
                      help="make it a reminder: YYYY-MM-DD, +N (days from today), today, "
                           "tomorrow")
    note.add_argument("--done", metavar="ID", type=int,
                      help="mark reminder ID dealt with (ids are listed by `coach note NAME`)")
    note.add_argument("--json", action="store_true", help="list as JSON")

    add = commands.add_parser(
        "add", help="add someone seen on LinkedIn or met, and how you are linked")
    add.add_argument("name", metavar="NAME", help='their name, e.g. "Léa Dubois"')
    add.add_argument("--url", help="their LinkedIn profile URL (the surest way to match them)")
    add.add_argument("--degree", choices=("1", "2", "3", "out", "1st", "2nd", "3rd"),
                     help="the degree LinkedIn shows (1: you are connected)")
    add.add_argument("--mutual", metavar="NAME", nargs="+",
                     help="shared connections LinkedIn named (your 1st-degree connections)")
    add.add_argument("--follows-me", action="store_true", help="they follow you")
    add.add_argument("--i-follow", action="store_true", help="you follow them")
    for field in ("company", "position", "headline", "location", "email"):
        add.add_argument(f"--{field}")
    add.add_argument("--note", metavar="TEXT", help="a note about them")
    add.add_argument("--json", action="store_true", help="print the contact as JSON")

    edit = commands.add_parser("edit", help="correct a person's name, work, place or URL")
    edit.add_argument("query", metavar="QUERY", help="a name, a profile URL or an id (#12)")
    for field in ("first-name", "last-name", "company", "position", "headline", "location",
                  "email"):
        edit.add_argument(f"--{field}", dest=field.replace("-", "_"))
    edit.add_argument("--url", dest="profile_url", help="their LinkedIn profile URL")

    me = commands.add_parser("me", help="show who is 'me', or choose them")
    me.add_argument("query", metavar="QUERY", nargs="?")

    imp = commands.add_parser("import", help="import a file into the workspace")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--format", choices=FORMATS,
                     help="; ".join(f"{name}: {what}" for name, what in FORMAT_HELP.items())
                     + "; default: guessed from the file")
    imp.add_argument("--directed", action="store_true",
                     help="edge list lines are follows ('a b': a follows b), not connections")
    imp.add_argument("--me", metavar="ID",
                     help="the node id (or key) that is you; for a LinkedIn export, your "
                          "name or profile URL when the export does not say it")
    imp.add_argument("--teammate", metavar="NAME",
                     help="the LinkedIn export is your teammate NAME's: their connections "
                          "become reachable through them (as TeamLink does)")
    imp.add_argument("--map", metavar="COLUMN=FIELD", action="append",
                     help="for a CSV of people: the column COLUMN holds FIELD (name, "
                          "first_name, last_name, profile_url, headline, company, position, "
                          "location, email, degree, mutual_connections, shared_connections, "
                          "follows_me, tags, note, observed_on) or 'ignore'; repeatable; "
                          "implies --format people")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")

    paste = commands.add_parser(
        "paste", help="read text copied from a LinkedIn page (people, invitations…)")
    paste.add_argument("file", metavar="FILE", nargs="?",
                       help="a text file; standard input when not given")
    paste.add_argument("--of", metavar="QUERY",
                       help="the person whose mutual connections the pasted page lists")
    paste.add_argument("--dry-run", action="store_true",
                       help="show what is recognised, write nothing")
    paste.add_argument("--json", action="store_true", help="print what was read as JSON")

    history = commands.add_parser(
        "history", help="what was done with one person; delete an entry")
    history.add_argument("query", metavar="QUERY", help="a name, a profile URL or an id (#12)")
    history.add_argument("--delete", metavar="ID", type=_given,
                         help="delete this entry (i12, v3, n7…); `coach undo` brings it back")
    history.add_argument("--json", action="store_true", help="print JSON")
    undo = commands.add_parser(
        "undo", help="take back the latest log, tag, note or deletion")
    undo.add_argument("--json", action="store_true", help="print JSON")

    export = commands.add_parser("export", help="write the workspace to a file or folder")
    export.add_argument("path", metavar="PATH",
                        help="a folder (or .zip) for csv, a .json or a .graphml file")
    export.add_argument("--format", choices=("csv", "json", "graphml"),
                        help="csv (coach CSV folder, importable), json or graphml; "
                             "default: from PATH's extension, else csv")
    export.add_argument("--force", action="store_true", help="replace PATH if it exists")

    doctor = commands.add_parser(
        "doctor", help="check the store (integrity, schema, snapshot, free space)")
    doctor.add_argument("--rebuild-snapshot", action="store_true",
                        help="rebuild the network snapshot (derived data) from the tables")
    doctor.add_argument("--json", action="store_true", help="print JSON")
    backup = commands.add_parser(
        "backup", help="write a consistent copy of the store (safe while coach runs)")
    backup.add_argument("path", metavar="PATH", help="the copy: a new file, or a folder")
    backup.add_argument("--force", action="store_true",
                        help="replace PATH if it exists (never the store itself)")
    enrol = commands.add_parser("enrol", help="put people into a scenario (rules/scenarios)")
    enrol.add_argument("scenario", metavar="SCENARIO", help="a scenario id, e.g. reconnect")
    enrol.add_argument("query", metavar="QUERY", nargs="*",
                       help="people: names, profile URLs or ids (#12)")
    enrol.add_argument("--degree", type=_degree, metavar="N", help="and everyone of degree N")
    enrol.add_argument("--followers", action="store_true", help="and everyone who follows you")
    enrol.add_argument("--search", metavar="TEXT", help="and everyone matching TEXT")
    enrol.add_argument("--today", metavar="DATE", help="the day they start (YYYY-MM-DD)")
    enrol.add_argument("--json", action="store_true", help="print JSON")

    plan = commands.add_parser("plan", help="the scenario steps due today, and what waits")
    plan.add_argument("--today", metavar="DATE", help="plan this day (YYYY-MM-DD)")
    plan.add_argument("--json", action="store_true", help="print JSON")

    step = commands.add_parser("step", help="mark a scenario step done or skipped")
    step.add_argument("id", metavar="ID", help="the enrolment id shown in [ ] by coach plan")
    step.add_argument("outcome", choices=("done", "skip"), metavar="done|skip",
                      help="done: you did it (it is logged); skip: move on without it")
    step.add_argument("--today", metavar="DATE", help="the day it was done (YYYY-MM-DD)")

    completion = commands.add_parser(
        "completion", help="print a shell completion script (bash, zsh or fish)")
    completion.add_argument("shell", choices=SHELLS, metavar="bash|zsh|fish",
                            help="the shell to complete coach's commands in")

    serve = commands.add_parser(
        "serve", help="the same app in a browser, served on this machine")
    serve.add_argument("--port", type=_port, default=8000, metavar="N",
                       help="the port to listen on (default 8000)")
    serve.add_argument("--host", default="127.0.0.1", metavar="H",
                       help="the address to listen on (default 127.0.0.1: this machine only; "
                            "any other lets people on that network open your coach)")
    return parser


def _count(text: str) -> int:
    """A count given on the command line: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _limit(text: str) -> int:
    """How many to show at most: a whole number, 1 or more."""
    value = _count(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be 1 or more, not 0")
    return value


def _port(text: str) -> int:
    """A TCP port to listen on: 1 to 65535."""
    value = _count(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 1 to 65535, not {value}")
    return value


def _given(text: str) -> str:
    """A value that may not be blank (``--at ''`` is a mistake, not "now")."""
    if not text.strip():
        raise argparse.ArgumentTypeError("empty: give a value or leave the option out")
    return text


def _degree(text: str) -> Degree:
    try:
        degree = Degree.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if degree is Degree.ME:
        raise argparse.ArgumentTypeError("use 1, 2, 3 or out")
    return degree


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from coach.cli import commands

    if args.debug:
        import os

        os.environ["COACH_DEBUG"] = "1"  # the app's notices carry tracebacks to its log
    handler = commands.HANDLERS[args.command or "summary"]
    with visible_controls():
        return _run(handler, args)


def _run(handler, args) -> int:
    """One command, with every failure turned into one line and an exit code."""
    try:
        return handler(args)
    except CommandError as error:
        print(f"coach: {error.worded(words_of(args))}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        print(f"coach: {words_of(args)('interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # never a traceback without --debug
        if args.debug:
            raise
        fault = store_fault(error, args)
        if fault is not None:  # a read-only, damaged or full store: what to do about it
            print(f"coach: {fault}", file=sys.stderr)
            return BAD_INPUT
        reason = " ".join(str(error).split()) or type(error).__name__
        print("coach: " + words_of(args)("{reason} (run with --debug for the details)",
                                         reason=reason), file=sys.stderr)
        return BAD_INPUT


def store_fault(error: BaseException, args) -> str | None:
    """One line for a fault of the workspace's store (read-only, damaged, full), or None."""
    from coach.cli.opening import home_of
    from coach.store.faults import explain
    from coach.workspace import STORE_FILE

    try:
        return explain(error, home_of(args) / STORE_FILE)
    except Exception:  # the home itself cannot be told: say the error as it is
        return None


def words_of(args):
    """The words of the workspace's language, for an error (English when the workspace's
    config.toml cannot be read). Argparse's own messages stay in English."""
    from coach.wording import ENGLISH, Wording

    try:
        from coach.cli.opening import home_of
        from coach.config import load_config

        return Wording(load_config(home_of(args))[0].language)
    except Exception:  # an error about the workspace itself: say it in English
        return ENGLISH


if __name__ == "__main__":
    sys.exit(main())
