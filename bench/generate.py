"""Seeded generator of large, realistic professional networks, written as coach workspaces.

    /work/venv/bin/python bench/generate.py --size small|medium|large [--seed N] [--force]

What a generated network looks like (all numpy-vectorised, seeded):

- People belong to a company (Zipf-sized, 8% have none shown) and a city; 80% of a company
  works in its home city. Each person has an activity weight: lognormal bulk times a Pareto
  tail (alpha 1.5), capped so that nobody expects more than min(30,000, n/5) connections
  (LinkedIn's limit), which gives hubs and a power-law degree tail.
- Connections (undirected) come from three mechanisms, each endpoint drawn in proportion to
  the weights: 45% inside the company (dense intra-company links), 20% inside the city and
  35% anywhere (the hubs' long reach). Self-pairs and repeats are dropped; the set is trimmed
  to exactly the requested count.
- 1.5% of people have no connection at all (known only as followers, from a search, or from
  a degree hint): they are out of network.
- Me is person 0 (ref "0", store id 1): about 350 connections (45% my company, 15% my city,
  40% anywhere), dated over 2012-2026 like a LinkedIn export. So 1st degree is a few hundred
  and 2nd, 3rd and out of network are all non-empty.
- Follows (directed, never between connected people): connections/10 of them, followees
  drawn by weight**1.5 (people follow influencers), followers uniformly; plus ~150 people
  who follow me without being connected, ~60 influencers I follow, and a few unfollows.
- A sprinkling of activity: ~1,200 interactions of mine over two years (ending 2026-11-23),
  tags on a few dozen connections, pending invitations, 40 groups with memberships, and
  ~100 degree hints observed on LinkedIn for people whose links are unknown.

The workspace goes to ``bench/out/<size>/coach.sqlite3`` (open it with
``coach --home bench/out/<size>``) with ``manifest.json`` beside it. It is written through
the real Store API (``Connections.add_many``, ``Follows.add_many``, ``Interactions.add``, …)
inside one transaction; people and memberships go through the store's own connection with
``executemany`` on the same tables (``People.add`` is one statement per person). Re-running
with the same size, seed and generator version reuses the cached workspace.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

from coach.graph.csr import sorted_unique
from coach.model import Degree, Interaction, Invitation
from coach.store import Store
from coach.workspace import STORE_FILE

GENERATOR_VERSION = 1
"""Bump when the generated network changes, so that cached workspaces are rebuilt."""

SIZES = {
    "small": (10_000, 200_000),
    "medium": (100_000, 2_000_000),
    "large": (1_000_000, 10_000_000),
}
"""Size name → (people, connections)."""

DEFAULT_SEED = 20261123
OUT = Path(__file__).resolve().parent / "out"
ANCHOR = date(2026, 11, 23)
"""The generated activity ends on this day (the benchmark date), so runs are reproducible."""

ME = 0
ME_CONNECTIONS = 350
ISOLATED_SHARE = 0.015
EDGE_MIX = (("company", 0.45), ("city", 0.20), ("global", 0.35))
LINKEDIN_CONNECTION_LIMIT = 30_000

FIRST_NAMES = (
    "Anna", "Ben", "Chloé", "David", "Emma", "Farid", "Grace", "Hugo", "Inès", "Jonas",
    "Kenji", "Léa", "Marco", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Samir", "Tara",
    "Ugo", "Vera", "Wei", "Ximena", "Yusuf", "Zoé", "Aisha", "Björn", "Carmen", "Dmitri",
    "Elif", "Fatima", "Giulia", "Hannah", "Ivan", "Julia", "Karim", "Lena", "Mateo", "Noor",
    "Olga", "Pedro", "Rania", "Sofia", "Tomás", "Uma", "Viktor", "Yara", "Zheng", "Priya",
)
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Smith", "Johnson", "García", "Müller", "Rossi", "Kowalski",
    "Nguyen", "Tanaka", "Kim", "Silva", "Santos", "Ivanova", "Haddad", "Okafor", "Mensah",
    "Larsen", "Novak", "Petit", "Moreau", "Lefèvre", "Fischer", "Weber", "Schneider", "Romano",
    "Costa", "Ferreira", "Jansen", "de Vries", "Andersson", "Nieminen", "Horvat", "Popescu",
    "Yilmaz", "Cohen", "Khan", "Patel", "Singh", "Chen", "Wang", "Li", "Zhang", "Sato",
    "O'Brien", "Murphy", "Walsh", "Dupont", "Lambert",
)
POSITIONS = (
    "Software Engineer", "Senior Software Engineer", "Product Manager", "Data Scientist",
    "Engineering Manager", "Designer", "Sales Director", "Account Executive", "Recruiter",
    "Marketing Manager", "CTO", "CEO", "Founder", "Consultant", "Analyst", "HR Business Partner",
    "Customer Success Manager", "DevOps Engineer", "Research Scientist", "Head of Growth",
)
CITIES = (
    "Paris", "London", "Berlin", "Madrid", "Lisbon", "Amsterdam", "Brussels", "Milan", "Zurich",
    "Stockholm", "Warsaw", "Dublin", "New York", "San Francisco", "Toronto", "Montréal",
    "São Paulo", "Bangalore", "Singapore", "Tokyo", "Sydney", "Lagos", "Nairobi", "Cairo",
    "Dubai", "Lyon", "Munich", "Barcelona", "Copenhagen", "Oslo",
)
COMPANY_A = ("Blue", "Nova", "Green", "Bright", "Quantum", "Silver", "North", "Open", "Swift",
             "True", "Deep", "Red", "Star", "Clear", "Urban", "Prime", "Hyper", "Vital", "Bold",
             "Next", "Iron", "Cloud", "Sun", "Sea", "Peak", "Core", "Lumen", "Atlas", "Terra",
             "Echo")
COMPANY_B = ("wave", "line", "works", "stack", "field", "point", "bridge", "forge", "path",
             "loop", "gate", "scale", "shift", "mind", "labs", "soft", "cast", "tree", "data",
             "ware", "flow", "grid", "nest", "port", "spark", "hub", "base", "rise", "net",
             "way")
COMPANY_C = ("SA", "Ltd", "GmbH", "Inc", "Group", "Partners", "Systems", "Consulting",
             "Technologies", "Studio", "Capital", "Health")
GROUPS = 40
INTERACTIONS = 1_200
INTERACTION_KINDS = ("messaged", "visited", "liked", "commented", "met", "called", "replied",
                     "endorsed", "shared", "invited", "introduced", "recommended")
INTERACTION_KIND_P = (0.22, 0.2, 0.18, 0.1, 0.06, 0.04, 0.08, 0.03, 0.03, 0.03, 0.015, 0.015)
TAGS = ("close", "colleague", "former-colleague", "client", "mentor", "friend", "alumni",
        "do-not-contact")


def workspace_dir(size: str) -> Path:
    """Where the workspace of one size lives (a coach home: ``coach --home DIR``)."""
    return OUT / size


def peak_rss_mib() -> float:
    """This process's peak resident set size so far, in MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_workspace(size: str, seed: int = DEFAULT_SEED, force: bool = False,
                     quiet: bool = False) -> Path:
    """The workspace folder for this size and seed, generated unless already cached."""
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}: use {', '.join(SIZES)}")
    home = workspace_dir(size)
    people, connections = SIZES[size]
    wanted = {"size": size, "seed": seed, "people": people, "connections": connections,
              "generator_version": GENERATOR_VERSION}
    manifest_path = home / "manifest.json"
    if not force and manifest_path.exists() and (home / STORE_FILE).exists():
        manifest = json.loads(manifest_path.read_text())
        if all(manifest.get(key) == value for key, value in wanted.items()):
            if not quiet:
                print(f"reusing {home} (size {size}, seed {seed})", file=sys.stderr)
            return home
    say = (lambda *_: None) if quiet else (lambda text: print(text, file=sys.stderr, flush=True))
    temporary = OUT / f".{size}.partial"
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir(parents=True)
    manifest = dict(wanted)
    manifest.update(write_workspace(temporary, people, connections, seed, say))
    (temporary / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    shutil.rmtree(home, ignore_errors=True)
    os.replace(temporary, home)
    say(f"wrote {home}")
    return home


# --- the graph ------------------------------------------------------------------------------


class _Sampler:
    """Draws people in proportion to their weights, anywhere or inside their community."""

    def __init__(self, weights: np.ndarray, community: np.ndarray, rng: np.random.Generator):
        self.rng = rng
        self.weights = weights
        self.community = community
        self.total = np.cumsum(weights)
        count = int(community.max()) + 1
        self.order = np.argsort(community, kind="stable")
        self.cumulative = np.cumsum(weights[self.order])
        sizes = np.bincount(community, minlength=count)
        self.ends = np.cumsum(sizes)
        self.starts = self.ends - sizes
        before = np.concatenate([[0.0], self.cumulative])
        self.low = before[self.starts]
        self.high = before[self.ends]

    def anywhere(self, k: int) -> np.ndarray:
        """k people drawn with probability proportional to weight (with repeats)."""
        u = self.rng.random(k) * self.total[-1]
        return np.minimum(np.searchsorted(self.total, u, side="right"), self.total.size - 1)

    def beside(self, people: np.ndarray) -> np.ndarray:
        """For each person, someone of their community drawn by weight (maybe themselves)."""
        c = self.community[people]
        u = self.low[c] + self.rng.random(people.size) * (self.high[c] - self.low[c])
        position = np.searchsorted(self.cumulative, u, side="right")
        position = np.clip(position, self.starts[c], self.ends[c] - 1)
        return self.order[position]


def _zipf_assign(rng, n: int, count: int, shift: float, exponent: float) -> np.ndarray:
    """n draws among ``count`` categories with Zipf-like probabilities 1/(rank+shift)**exponent."""
    p = 1.0 / (np.arange(count) + shift) ** exponent
    cumulative = np.cumsum(p / p.sum())
    return np.minimum(np.searchsorted(cumulative, rng.random(n), side="right"), count - 1)


def _unique_pairs(low: np.ndarray, high: np.ndarray, n: int) -> np.ndarray:
    """Sorted unique undirected keys low*n+high (self-pairs dropped), low < high."""
    a, b = np.minimum(low, high), np.maximum(low, high)
    keep = a != b
    return sorted_unique(a[keep] * n + b[keep])


def generate_graph(n: int, m: int, seed: int) -> dict:
    """The people's attributes and the connection and follow arrays (indices 0..n-1)."""
    rng = np.random.default_rng(seed)
    n_companies = max(50, n // 40)
    n_cities = max(len(CITIES), n // 2_000)
    company = _zipf_assign(rng, n, n_companies, 8.0, 1.05)
    company_city = _zipf_assign(rng, n_companies, n_cities, 2.0, 1.0)
    city = np.where(rng.random(n) < 0.8, company_city[company],
                    _zipf_assign(rng, n, n_cities, 2.0, 1.0))

    isolated = np.zeros(n, dtype=bool)
    isolated[1 + rng.choice(n - 1, int(n * ISOLATED_SHARE), replace=False)] = True
    weights = rng.lognormal(0.0, 0.5, n) * (rng.pareto(1.5, n) + 1.0)
    weights[isolated] = 0.0
    weights[ME] = 0.0  # my links are drawn on their own below
    cap = min(LINKEDIN_CONNECTION_LIMIT, n / 5)
    for _ in range(3):  # expected degree of i ≈ 2m w_i / Σw
        weights = np.minimum(weights, cap * weights.sum() / (2 * m))

    by_company = _Sampler(weights, company, rng)
    by_city = _Sampler(weights, city, rng)
    target = m - ME_CONNECTIONS
    keys = np.empty(0, dtype=np.int64)
    draw = int(target * 1.12)
    while keys.size < target:
        parts = [keys]
        for mechanism, share in EDGE_MIX:
            k = int(draw * share)
            src = by_company.anywhere(k)
            if mechanism == "company":
                dst = by_company.beside(src)
            elif mechanism == "city":
                dst = by_city.beside(src)
            else:
                dst = by_company.anywhere(k)
            parts.append(_unique_pairs(src, dst, n))
            del src, dst
        keys = sorted_unique(np.concatenate(parts))
        del parts
        draw = max(int((target - keys.size) * 1.3), 10_000)
    if keys.size > target:
        keys = np.sort(rng.choice(keys, target, replace=False))

    # Me: a few hundred connections around my company and city, plus some far away.
    me_links = np.empty(0, dtype=np.int64)
    while me_links.size < ME_CONNECTIONS:
        k = ME_CONNECTIONS * 2
        pool = np.concatenate([
            by_company.beside(np.full(int(k * 0.45), ME)),
            by_city.beside(np.full(int(k * 0.15), ME)),
            by_company.anywhere(int(k * 0.40)),
        ])
        pool = pool[(pool != ME) & ~isolated[pool]]
        # first occurrences, in drawing order, so the mix of sources is kept
        __, first = np.unique(pool, return_index=True)
        pool = pool[np.sort(first)]
        pool = pool[~np.isin(pool, me_links)]
        me_links = np.concatenate([me_links, pool])[:ME_CONNECTIONS]
    me_keys = np.sort(me_links.astype(np.int64))  # (0, x): key = x
    keys = sorted_unique(np.concatenate([keys, me_keys]))
    low, high = keys // n, keys % n

    follows = _follows(rng, n, m, weights, keys, me_links, isolated)
    return {
        "n": n, "company": company, "city": city, "weights": weights, "isolated": isolated,
        "low": low, "high": high, "me_links": np.sort(me_links), "follows": follows,
        "companies": n_companies, "cities": n_cities,
    }


def _follows(rng, n, m, weights, connection_keys, me_links, isolated) -> dict:
    """Directed follows between unconnected people: most towards influencers."""
    count = m // 10
    influence = weights ** 1.5
    cumulative = np.cumsum(influence)
    followee = np.minimum(np.searchsorted(cumulative, rng.random(count) * cumulative[-1],
                                          side="right"), n - 1)
    follower = rng.integers(0, n, count)
    # Me: people who follow me without being connected, and influencers I follow.
    strangers = np.flatnonzero(~np.isin(np.arange(n), me_links))
    strangers = strangers[strangers != ME]
    my_followers = rng.choice(strangers, min(150, strangers.size), replace=False)
    ranked = np.argsort(-weights)
    ranked = ranked[~np.isin(ranked, me_links) & (ranked != ME)]
    i_follow = ranked[:60]
    follower = np.concatenate([follower, my_followers, np.full(i_follow.size, ME)])
    followee = np.concatenate([followee, np.full(my_followers.size, ME), i_follow])
    keep = follower != followee
    follower, followee = follower[keep], followee[keep]
    undirected = np.minimum(follower, followee) * n + np.maximum(follower, followee)
    position = np.searchsorted(connection_keys, undirected)
    position = np.minimum(position, connection_keys.size - 1)
    keep = connection_keys[position] != undirected
    directed = sorted_unique(follower[keep] * n + followee[keep])
    # Unfollows: some of my connections I stopped following, some who stopped following me.
    chosen = rng.choice(me_links, 25, replace=False)
    return {
        "follower": directed // n, "followee": directed % n,
        "i_unfollowed": chosen[:15], "unfollowed_me": chosen[15:],
    }


def degree_classes(n: int, low: np.ndarray, high: np.ndarray, me: int = ME) -> dict[str, int]:
    """How many people sit at each degree from me (known links only), by a plain BFS.

    (Not coach's CSR.from_pairs/degrees_from: they call np.unique, which is slow on numpy
    2.4 and would double the time to generate the large network.)
    """
    src = np.concatenate([low, high])
    dst = np.concatenate([high, low])
    degree_of = np.bincount(src, minlength=n)
    indices = dst[np.argsort(src, kind="stable")]
    del src, dst
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(degree_of, out=indptr[1:])
    degree = np.full(n, 4, dtype=np.int8)
    degree[me] = 0
    frontier = np.array([me])
    for layer in (1, 2, 3):
        starts, stops = indptr[frontier], indptr[frontier + 1]
        lengths = stops - starts
        offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        reached = np.zeros(n, dtype=bool)
        reached[indices[offsets + np.arange(lengths.sum())]] = True
        reached &= degree == 4
        frontier = np.flatnonzero(reached)
        degree[frontier] = layer
    counts = np.bincount(degree, minlength=5)
    return {
        "1st": int(counts[1]), "2nd": int(counts[2]), "3rd": int(counts[3]),
        "out": int(counts[4]), "max_connections": int(degree_of.max()),
        "median_connections": float(np.median(degree_of)),
        "people_with_1000_plus": int((degree_of >= 1000).sum()),
    }


# --- the workspace --------------------------------------------------------------------------


def _company_names(count: int) -> list[str]:
    a, b, c = len(COMPANY_A), len(COMPANY_B), len(COMPANY_C)
    names = []
    for i in range(count):
        name = f"{COMPANY_A[i % a]}{COMPANY_B[(i // a) % b]} {COMPANY_C[(i // (a * b)) % c]}"
        rounds = i // (a * b * c)
        names.append(name if rounds == 0 else f"{name} {rounds + 1}")
    return names


def _city_names(count: int) -> list[str]:
    return [CITIES[i] if i < len(CITIES) else f"{CITIES[i % len(CITIES)]} {i // len(CITIES) + 1}"
            for i in range(count)]


def _person_rows(graph: dict, rng: np.random.Generator, chunk: int = 100_000):
    """Person rows for executemany, chunk by chunk (ids are index + 1, refs the index)."""
    n = graph["n"]
    first = rng.integers(0, len(FIRST_NAMES), n)
    last = rng.integers(0, len(LAST_NAMES), n)
    position = rng.integers(0, len(POSITIONS), n)
    shows_company = rng.random(n) >= 0.08
    has_url = rng.random(n) >= 0.05
    open_profile = rng.random(n) < 0.03
    name_visible = rng.random(n) < 0.05
    follow_primary = np.zeros(n, dtype=bool)
    follow_primary[np.argsort(-graph["weights"])[: max(1, n // 200)]] = True
    has_email = np.zeros(n, dtype=bool)
    has_email[graph["me_links"]] = rng.random(graph["me_links"].size) < 0.3
    companies = _company_names(graph["companies"])
    cities = _city_names(graph["cities"])
    slugs = {(f, l): f"{FIRST_NAMES[f]}-{LAST_NAMES[l]}".lower().replace(" ", "-").replace("'", "")
             for f in range(len(FIRST_NAMES)) for l in range(len(LAST_NAMES))}
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        rows = []
        for i, f, l, p, c, ct, sc, url, op, nv, fp, em in zip(
            range(start, stop), first[start:stop].tolist(), last[start:stop].tolist(),
            position[start:stop].tolist(), graph["company"][start:stop].tolist(),
            graph["city"][start:stop].tolist(), shows_company[start:stop].tolist(),
            has_url[start:stop].tolist(), open_profile[start:stop].tolist(),
            name_visible[start:stop].tolist(), follow_primary[start:stop].tolist(),
            has_email[start:stop].tolist(),
        ):
            company = companies[c] if sc or i == ME else ""
            title = POSITIONS[p]
            slug = slugs[f, l]
            rows.append((
                i + 1, str(i),
                f"https://www.linkedin.com/in/{slug}-{i:x}" if url or i == ME else None,
                FIRST_NAMES[f], LAST_NAMES[l],
                f"{title} at {company}" if company else title,
                company, title, cities[ct],
                f"{slug.replace('-', '.')}.{i}@example.com" if em else None,
                int(op), int(nv), int(fp),
            ))
        yield rows


_PERSON_INSERT = (
    "INSERT INTO person (id, ref, profile_url, first_name, last_name, headline, company, "
    "position, location, email, open_profile, full_name_visible, follow_primary) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _pairs(low: np.ndarray, high: np.ndarray, chunk: int = 1 << 20):
    """(store id, store id) pairs, converted chunk by chunk to keep memory flat."""
    for start in range(0, low.size, chunk):
        yield from zip((low[start:start + chunk] + 1).tolist(),
                       (high[start:start + chunk] + 1).tolist())


def _iso(day: date, seconds: int | None = None) -> str:
    if seconds is None:
        return day.isoformat()
    return (datetime.combine(day, datetime.min.time()) + timedelta(seconds=seconds)).isoformat()


def write_workspace(home: Path, n: int, m: int, seed: int, say) -> dict:
    """Generate the network and write it as a coach store in ``home``; return the figures."""
    started = time.perf_counter()
    graph = generate_graph(n, m, seed)
    generated = time.perf_counter()
    say(f"generated {n:,} people / {graph['low'].size:,} connections / "
        f"{graph['follows']['follower'].size:,} follows in {generated - started:.1f} s")
    rng = np.random.default_rng(seed + 1)
    follows = graph["follows"]
    for name, values in (("low", graph["low"]), ("high", graph["high"]),
                         ("follower", follows["follower"]), ("followee", follows["followee"])):
        if values.size and (values.min() < 0 or values.max() >= n):
            raise RuntimeError(f"generated {name} ids out of range")
    if not (graph["low"] < graph["high"]).all():
        raise RuntimeError("generated connections must have low < high")
    me_id = ME + 1
    with Store(home / STORE_FILE) as store:
        # Bulk-load settings of this connection only (nothing is stored in the file): a page
        # cache big enough for the secondary indexes, and no per-row foreign-key lookups
        # (every id is made here; PRAGMA foreign_key_check verifies it after the commit).
        store.db.execute("PRAGMA cache_size = -1048576")
        store.db.execute("PRAGMA foreign_keys = OFF")
        with store.transaction():
            for rows in _person_rows(graph, rng):
                store.db.executemany(_PERSON_INSERT, rows)
            people_done = time.perf_counter()
            say(f"  people: {people_done - generated:.1f} s")
            store.set_me(me_id)
            # My connections carry the date LinkedIn's export gives; the others have none.
            me_set = graph["me_links"]
            others = graph["low"] != ME  # nobody else draws me: my weight is 0
            store.connections.add_many(_pairs(graph["low"][others], graph["high"][others]),
                                       source="generator")
            days = rng.integers(0, (ANCHOR - date(2012, 1, 1)).days, me_set.size)
            months: dict[str, list[tuple[int, int]]] = {}
            for person, day in zip(me_set.tolist(), days.tolist()):
                on = (date(2012, 1, 1) + timedelta(days=day)).isoformat()
                months.setdefault(on, []).append((me_id, person + 1))
            for on, pairs in sorted(months.items()):
                store.connections.add_many(pairs, source="linkedin-export", connected_on=on)
            connections_done = time.perf_counter()
            say(f"  connections: {connections_done - people_done:.1f} s")
            store.follows.add_many(_pairs(follows["follower"], follows["followee"]),
                                   source="generator")
            for person in follows["i_unfollowed"].tolist():
                store.follows.set(me_id, person + 1, "unfollowed", source="generator")
            for person in follows["unfollowed_me"].tolist():
                store.follows.set(person + 1, me_id, "unfollowed", source="generator")
            follows_done = time.perf_counter()
            say(f"  follows: {follows_done - connections_done:.1f} s")
            extras = _activity(store, graph, rng, me_id)
        committed = time.perf_counter()
        say(f"  activity and commit: {committed - follows_done:.1f} s")
        store.db.execute("PRAGMA foreign_keys = ON")
        if n <= 100_000:  # 16 s on the large store: ids are checked on the arrays instead
            broken = store.db.fetchall("PRAGMA foreign_key_check")
            if broken:
                raise RuntimeError(f"generated store breaks foreign keys: {broken[:5]}")
            say(f"  foreign_key_check: {time.perf_counter() - committed:.1f} s")
        counts = {
            "stored_people": store.people.count(),
            "stored_connections": store.connections.count(),
            "stored_follows_active": store.follows.count("active"),
            "stored_follows_unfollowed": store.follows.count("unfollowed"),
        }
    written = time.perf_counter()
    classes = degree_classes(n, graph["low"], graph["high"])
    say(f"  degree classes from me ({time.perf_counter() - written:.1f} s): {classes}")
    return {
        **counts, **extras, "degree_classes": classes,
        "companies": graph["companies"], "cities": graph["cities"],
        "seconds_generate": round(generated - started, 2),
        "seconds_write": round(written - generated, 2),
        "seconds_total": round(time.perf_counter() - started, 2),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "store_bytes": (home / STORE_FILE).stat().st_size,
    }


def _activity(store: Store, graph: dict, rng: np.random.Generator, me_id: int) -> dict:
    """Interactions, tags, invitations, groups and degree hints: a sprinkling, via the API."""
    n = graph["n"]
    firsts = graph["me_links"]
    others = np.flatnonzero(~graph["isolated"])
    others = others[(others != ME) & ~np.isin(others, firsts)]
    # Interactions: mostly with my connections, some with people I want to reach.
    who = np.where(rng.random(INTERACTIONS) < 0.7, rng.choice(firsts, INTERACTIONS),
                   rng.choice(others, INTERACTIONS))
    kinds = rng.choice(len(INTERACTION_KINDS), INTERACTIONS, p=INTERACTION_KIND_P)
    ages = (rng.random(INTERACTIONS) ** 2 * 730).astype(int)  # recent ones more often
    seconds = rng.integers(8 * 3600, 20 * 3600, INTERACTIONS)
    inbound = rng.random(INTERACTIONS) < 0.35
    for person, kind, age, second, incoming in zip(who.tolist(), kinds.tolist(), ages.tolist(),
                                                   seconds.tolist(), inbound.tolist()):
        store.interactions.add(Interaction(
            person + 1, INTERACTION_KINDS[kind], "in" if incoming else "out",
            _iso(ANCHOR - timedelta(days=age), second), source="generator",
        ))
    tagged = rng.choice(firsts, min(40, firsts.size), replace=False)
    for i, person in enumerate(tagged.tolist()):
        store.tags.add(person + 1, TAGS[i % len(TAGS)])
    invited = rng.choice(others, 50, replace=False)
    for i, person in enumerate(invited.tolist()):
        store.invitations.add(Invitation(
            person + 1, "out" if i % 3 else "in",
            _iso(ANCHOR - timedelta(days=int(i * 2)), 36_000 + i), message="",
        ))
    # Groups: Zipf-sized, me in three of them.
    sizes = np.maximum(5, (n / 10 / (np.arange(GROUPS) + 1)).astype(int))
    names = [f"{CITIES[i % len(CITIES)]} {POSITIONS[i % len(POSITIONS)]}s" for i in range(GROUPS)]
    for name in names[:3]:
        store.groups.join(name, me_id)
    for name in names[3:]:
        store.db.execute("INSERT OR IGNORE INTO member_group (name) VALUES (?)", (name,))
    group_ids = dict(store.db.fetchall("SELECT name, id FROM member_group"))
    memberships = 0
    for name, size in zip(names, sizes.tolist()):
        members = rng.choice(n, min(size, n), replace=False) + 1
        cursor = store.db.executemany(
            "INSERT OR IGNORE INTO membership (group_id, person) VALUES (?, ?)",
            ((group_ids[name], int(person)) for person in members),
        )
        memberships += max(0, cursor.rowcount)
    # Degree hints for people whose links are unknown (isolated), as LinkedIn showed them.
    hinted = rng.choice(np.flatnonzero(graph["isolated"]), min(100, int(graph["isolated"].sum())),
                        replace=False)
    for i, person in enumerate(hinted.tolist()):
        degree = Degree.SECOND if i % 2 else Degree.THIRD
        store.hints.set(person + 1, degree, int(rng.integers(1, 30)) if degree == 2 else 0,
                        observed_on=ANCHOR.isoformat(), source="generator")
    return {"interactions": INTERACTIONS, "tags": int(tagged.size), "invitations": 50,
            "groups": GROUPS, "memberships": memberships, "degree_hints": int(hinted.size)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="small")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    home = ensure_workspace(args.size, args.seed, force=args.force)
    manifest = json.loads((home / "manifest.json").read_text())
    print(json.dumps(manifest, indent=1))
    print(f"{home} ready in {time.perf_counter() - started:.1f} s "
          f"(this process peaked at {peak_rss_mib():.0f} MiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
