"""``coach paste`` benchmark: a seeded search results page of 1,000 people, read.

    .venv/bin/python bench/bench_paste.py [--people N] [--repeat N] [--seed N]

Writes the text a person gets by copying a long LinkedIn people search (English and French
blocks mixed, ``View NAME’s profile`` / ``Voir le profil de NAME``, 1st/2nd/3rd+ and
LinkedIn Members, badges such as Premium, Open to work or an emoji beside the name, mutual
lines with names and counts, ``Current:`` lines, blank lines that come and go, CRLF), then
times ``parse_paste`` on it N times (after one untimed warm-up run) and prints the median
and the minimum. The target (1,000 people < 0.2 s, issue 16) is printed as PASS or MISS,
never asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from coach.importers.paste import parse_paste

TARGET_SECONDS = 0.2
FIRST = ["Léa", "Thomas", "Camille", "Chloé", "Hugo", "Sofía", "Mateo", "Anaïs", "Yuki", "Omar",
         "Nadia", "Tomás", "Ngozi", "Łukasz", "Zoé", "Ana", "Ibrahim", "Émile", "Inès", "Mei"]
LAST = ["Martin", "Dubois", "Benali", "Nguyen", "Rossi", "Müller", "García", "Kowalski",
        "Okafor", "Haddad", "Tanaka", "Silva", "Petit", "Ferreira", "Moreau", "Fournier"]
HEADLINES = ["Head of Partnerships at Quartz Finance", "Senior Product Manager | B2B SaaS",
             "Data Engineer chez Mobilys", "DevOps Engineer chez Lémanis", "Designer 🎨",
             "Responsable RH chez Doctolib", "CTO @ Nova | Tech for good"]
PLACES = ["Paris, Île-de-France, France", "Lyon", "Genève, Suisse", "Lisbon, Portugal", "Nantes"]
BADGES = ["Premium", "Open to work", "Status is online", "#OpenToWork", "🚀", "Verified"]
EN = {"view": "View {name}’s profile", "degrees": {1: "1st", 2: "2nd", 3: "3rd+"},
      "line": "{n} degree connection", "many": "{a}, {b} and {n} other mutual connections",
      "one": "{a} is a mutual connection", "member": "LinkedIn Member", "current": "Current: ",
      "buttons": {1: "Message", 2: "Connect", 3: "Follow"}}
FR = {"view": "Voir le profil de {name}", "degrees": {1: "1er", 2: "2e", 3: "3e et +"},
      "line": "Relation de {n} niveau", "many": "{a}, {b} et {n} autres relations en commun",
      "one": "{a} est une relation en commun", "member": "Membre LinkedIn", "current": "Actuel : ",
      "buttons": {1: "Message", 2: "Se connecter", 3: "Suivre"}}


def make_page(people: int, seed: int) -> str:
    """The text of a seeded search results page of ``people`` results."""
    rng = random.Random(seed)
    lines = ["Search results", f"About {people * 3:,} results", ""]
    for _ in range(people):
        words = EN if rng.random() < 0.6 else FR
        headline, place = rng.choice(HEADLINES), rng.choice(PLACES)
        if rng.random() < 0.05:
            lines += [words["member"], words["member"], headline, place, ""]
            continue
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        degree = rng.choice((1, 2, 2, 2, 3))
        shown = words["degrees"][degree]
        lines += [name, words["view"].format(name=name), name]
        if rng.random() < 0.2:
            lines.append(rng.choice(BADGES))
        lines += [f" • {shown}", words["line"].format(n=shown.split()[0]), ""]
        lines += [headline, place]
        if rng.random() < 0.3:
            lines.append(words["current"] + headline)
        if degree == 2:
            a, b = rng.sample(FIRST, 2)
            if rng.random() < 0.7:
                lines.append(words["many"].format(a=f"{a} Rossi", b=f"{b} Nguyen",
                                                  n=rng.randint(1, 40)))
            else:
                lines.append(words["one"].format(a=f"{a} Dubois"))
        lines += ["", words["buttons"][degree], ""]
        if rng.random() < 0.2:
            lines.append("")
    text = "\n".join(lines)
    return text.replace("\n", "\r\n") if rng.random() < 0.5 else text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    text = make_page(args.people, args.seed)
    pasted = parse_paste(text)  # warm-up, and the check that every block is read
    runs = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        parse_paste(text)
        runs.append(time.perf_counter() - started)
    median = statistics.median(runs)
    print(f"pasted search results: {args.people:,} results, {len(text.splitlines()):,} lines, "
          f"{len(text) / 1e3:.0f} kB, seed {args.seed}")
    print(f"  people read {len(pasted.people):,}, blocks not read {len(pasted.unread):,}")
    print(f"  parse_paste  median {median:.3f} s  min {min(runs):.3f} s  ({args.repeat} runs)  "
          f"target < {TARGET_SECONDS} s  {'PASS' if median < TARGET_SECONDS else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
