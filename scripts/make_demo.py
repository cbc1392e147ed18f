#!/usr/bin/env python3
"""Write coach's demo network as coach CSV files (see coach/importers/coach_csv.py).

    python scripts/make_demo.py [OUTPUT_DIR]     # default: data/demo/ of this checkout

Standard library only and deterministic: a fixed seed, no clock, sorted rows, UTF-8 text
with "\\n" line endings, so a second run writes byte-identical files. Every person, company
and profile URL is invented. "Today" for the demo is 2026-11-22.
"""

from __future__ import annotations

import csv
import random
import sys
import textwrap
import unicodedata
from collections import deque
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "demo"
SEED = 20261122
TODAY = date(2026, 11, 22)
START, END = date(2025, 11, 21), date(2026, 11, 20)   # the year of logged interactions
TARGET = {1: 80, 2: 150, 3: 60, 4: 9}                   # people per degree; 4 = out of network
PEOPLE = ("key first_name last_name headline company position location profile_url email "
          "open_profile full_name_visible follow_primary tags me").split()

# culture: (female first names, male first names, last names ("_" is a space), home cities)
CULTURES = {
    "fr": ("Zoé Anaïs Hélène Gaëlle Chloé Inès Noémie Céline Élodie Maëlle Agnès Manon Pauline "
           "Mélanie Margaux Solène Sophie Émilie Océane Bérénice Laure Justine Capucine Delphine "
           "Clémence Lucie Aurélie",
           "Frédéric Jérôme François Mathéo Benoît Clément Rémi Aurélien Loïc Théo Julien "
           "Sébastien Guillaume Hugo Adrien Nicolas Antoine Maxime Raphaël Quentin Étienne "
           "Grégoire Arnaud Yannick Cédric Jérémie",
           "Lefèvre Moreau Girard Fontaine Rousseau Bérard Mercier Faure Chevalier Lemaître "
           "Perrin Gauthier Brunet Roux Masson Garnier Bonnet Leclerc Dufour Barbier Renaud "
           "Caron Picard Gaillard Aubert Lacroix Marchand Boucher Noël Poirier Béranger Lemoine "
           "Deschamps Vidal Royer Prévost Hébert Jolivet Ménard Rivière",
           "Genève Lausanne Bruxelles Montréal"),
    "es": ("Lucía Sofía Nuria Pilar Marta Begoña Elena Ainhoa Rocío",
           "Álvaro Javier Íñigo Sergio Andrés Raúl Jesús Óscar Pablo",
           "Muñoz García Fernández Martínez López Sánchez Ibáñez Peña Ortega Castaño Herrero "
           "Núñez",
           "Barcelona Madrid"),
    "pt": ("Inês Beatriz Mariana Leonor Joana Margarida",
           "João Gonçalo Tiago Sérgio Rui Vasco Luís",
           "Gonçalves Araújo Magalhães Conceição Simões Ferreira Guimarães Brandão Lopes "
           "Assunção",
           "Lisboa Porto"),
    "de": ("Anja Katharina Lena Jana Sabine Franziska Greta",
           "Jürgen Lukas Jörg Matthias Günther Felix Maximilian Tobias",
           "Müller Schäfer Weiß Köhler Groß Schröder Hoffmann Krüger Vogel Fuchs Zimmermann Böhm",
           "Berlin München"),
    "pl": ("Małgorzata Agnieszka Katarzyna Zofia Magdalena",
           "Łukasz Paweł Michał Wojciech Jędrzej Grzegorz",
           "Nowak Wójcik Kowalczyk Mazur Krawczyk Kaczmarek Pawlak Zając Król Wróbel",
           "Warszawa Kraków"),
    "vi": ("Linh Thảo Trang Phương Hương Ngọc",
           "Minh Huy Quang Đức Tuấn Khánh",
           "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ",
           "Montréal Berlin"),
    "ar": ("Yasmine Samira Nadia Leïla Soraya Nour Salma Rania",
           "Karim Mehdi Rachid Sofiane Amine Walid Hicham Yassine Nassim",
           "Benali El_Amrani Haddad Bensaïd Belkacem Khalil Mansouri Chérif Zerrouki Saïdi "
           "Aït_Ouali Bouaziz",
           "Casablanca Tunis Montréal"),
    "wa": ("Aminata Fatou Awa Oumou Mariama Aïssatou Adjoa Nafissatou",
           "Moussa Ibrahima Mamadou Cheikh Kofi Ousmane Seydou Abdoulaye",
           "Diallo Traoré Ndiaye Koné Sow Diop Camara Touré Mensah Ouédraogo Kouassi Cissé",
           "Dakar Abidjan"),
    "ja": ("Haruka Yuki Aiko Sakura Mei Yōko",
           "Kenji Takeshi Ren Yūto Hiroshi Shōta",
           "Tanaka Satō Suzuki Takahashi Watanabe Itō Yamamoto Kobayashi Ōta",
           "Tokyo"),
    "in": ("Priya Ananya Kavya Aditi Sneha Deepa Meera",
           "Arjun Rohan Vikram Rahul Karthik Nikhil Siddharth",
           "Sharma Iyer Patel Reddy Nair Gupta Menon Krishnan Rao Banerjee Kulkarni",
           "Bengaluru London"),
    "no": ("Åsa Sigrid Ingrid Freja Astrid Maja Linnéa",
           "Björn Søren Mikkel Lars Henrik Jørgen Ola Anders",
           "Lindqvist Andersen Sørensen Johansson Ødegaard Nyström Halvorsen Bergström Åberg "
           "Dahl Eriksson Holm",
           "København Stockholm Oslo"),
    "tr": ("Elif Zeynep Selin Ayşe Çağla",
           "Emre Burak Mehmet Oğuz Kerem",
           "Çelik Yılmaz Öztürk Şahin Aydın Kaya Doğan Arslan",
           "Istanbul Berlin"),
    "it": ("Giulia Francesca Chiara Alessia Federica Martina",
           "Marco Matteo Lorenzo Davide Niccolò Giorgio",
           "Bianchi Ricci Romano Colombo Greco Esposito Conti Mancini Ferrari Lombardi",
           "Milano Genève"),
}
# weight of each culture at 1st, 2nd, 3rd degree and out of network
CULTURE_WEIGHTS = {"fr": (50, 35, 20, 20), "es": (5, 7, 8, 8), "pt": (4, 6, 8, 8),
                   "de": (4, 6, 8, 8), "pl": (3, 5, 7, 7), "vi": (5, 5, 5, 5), "ar": (9, 8, 7, 7),
                   "wa": (6, 7, 7, 7), "ja": (1, 3, 5, 5), "in": (3, 5, 8, 8), "no": (3, 5, 7, 7),
                   "tr": (2, 3, 5, 5), "it": (5, 5, 5, 5)}
LOCAL_SHARE = (0.9, 0.7, 0.45, 0.4)   # chance of living in a French-speaking city, per degree
LOCAL_WEIGHTS = {"Lyon": (60, 25, 10), "Paris": (20, 35, 30), "Grenoble": (6, 8, 10),
                 "Annecy": (3, 4, 5), "Nantes": (2, 5, 8), "Toulouse": (2, 5, 8),
                 "Lille": (2, 4, 7), "Genève": (3, 6, 8), "Bruxelles": (2, 5, 7),
                 "Montréal": (1, 4, 7)}
PLACES = {  # city: (LinkedIn location, invented companies) from "city; location; companies"
    city: (where, [name.strip() for name in names.split(",")]) for city, where, names in (
        line.split("; ") for line in """\
Lyon; Lyon, Auvergne-Rhône-Alpes, France; Orbiteo, Cartalis, Mobilys, Fluxéa, Brindille, \
Kinéo Santé, Rhodanie Logistique, Lugdunum Analytics, Tramway Studio, Canut Paiements
Paris; Paris, Île-de-France, France; Parcelle, Quartz Finance, Mélusine AI, Vélocia, Nébuleuse, \
Atelier Kanso, Léonie Assurances, Helios Data, Pavé Studio
Grenoble; Grenoble, Auvergne-Rhône-Alpes, France; Alpinéo, Vercors Robotics, Bastille Énergie
Annecy; Annecy, Auvergne-Rhône-Alpes, France; Lac Bleu Software, Semnoz Outdoor, Tournette Tech
Nantes; Nantes, Pays de la Loire, France; Erdre Digital, Graslin Studio
Toulouse; Toulouse, Occitanie, France; Garonne Spatial, Capitole Data
Lille; Lille, Hauts-de-France, France; Beffroi Commerce, Vauban Retail
Genève; Genève, Genève, Suisse; Lémanis, Léman Capital, Pâquis Health
Lausanne; Lausanne, Vaud, Suisse; Ouchy Medtech
Bruxelles; Bruxelles, Région de Bruxelles-Capitale, Belgique; Sablon Software, Brusselia
Montréal; Montréal, Québec, Canada; Érable IA, Mont-Royal Studio, Plateau Jeux
Berlin; Berlin, Deutschland; Spreewerk, Kiezbank
München; München, Bayern, Deutschland; Isarlabs
Barcelona; Barcelona, Cataluña, España; Mediterrània Labs, Rambla Tech
Madrid; Madrid, Comunidad de Madrid, España; Retiro Pagos
Lisboa; Lisboa, Portugal; Azulejo Software, Tejo Analytics
Porto; Porto, Portugal; Ribeira Cloud
Warszawa; Warszawa, Mazowieckie, Polska; Wisła Systems
Kraków; Kraków, Małopolskie, Polska; Smok Games
København; København, Hovedstaden, Danmark; Nordlys Health
Stockholm; Stockholm, Sverige; Skärgård Cloud
Oslo; Oslo, Norge; Fjordsoft
Casablanca; Casablanca, Maroc; Atlas Fintech
Tunis; Tunis, Tunisie; Carthage Dev
Dakar; Dakar, Sénégal; Teranga Pay
Abidjan; Abidjan, Côte d'Ivoire; Lagune Digital
Tokyo; Tokyo, Japan; Kumo Works
Bengaluru; Bengaluru, Karnataka, India; Nandi Labs
London; London, England, United Kingdom; Thameside Ventures, Southbank Health
Istanbul; İstanbul, Türkiye; Galata Teknoloji
Milano; Milano, Lombardia, Italia; Navigli Design""".splitlines())
}
POSITIONS = ("Product Manager|Product Manager|Senior Product Manager|Product Owner|Product Owner|"
             "Head of Product|Group Product Manager|Product Designer|Product Designer|"
             "UX Researcher|Software Engineer|Software Engineer|Développeur full-stack|"
             "Lead Developer|DevOps Engineer|Engineering Manager|CTO|CEO & co-founder|"
             "Data Scientist|Data Analyst|QA Engineer|Customer Success Manager|Account Executive|"
             "Growth Marketing Manager|Agile Coach|Product Marketing Manager|"
             "Talent Acquisition Partner|Business Analyst|Chef de projet digital|"
             "Responsable produit").split("|")
TAGLINES = ("SaaS B2B|Product discovery|Design systems|Data & IA|Fintech|HealthTech|Marketplaces|"
            "Mobilité & logistique|Lean & agile|Remote-first|Open source|Growth|API-first|"
            "Mentor @ Product Camp|Ex-consultant|Tech for good").split("|")
HEADLINES = ("{p} chez {c}", "{p} @ {c} | {t}", "{p} at {c} · {t}", "{p} | {t} | {c}")
KINDS = (  # kind, direction, weight
    ("messaged", "out", 14), ("messaged", "in", 12), ("liked", "out", 12), ("liked", "in", 10),
    ("commented", "out", 8), ("commented", "in", 6), ("visited", "in", 8), ("visited", "out", 5),
    ("met", "out", 6), ("called", "out", 5), ("endorsed", "out", 3), ("endorsed", "in", 3),
    ("shared", "out", 2), ("replied", "out", 5), ("recommended", "out", 1), ("introduced", "out", 1))
KIND_NOTES = {
    "met": ["Café à la Part-Dieu", "Meetup Lyon Tech", "Déjeuner à Confluence",
            "Product Camp Paris"],
    "called": ["Call découverte", "Point roadmap", "Customer interview", "Visio de 30 min"],
    "messaged": ["Question sur leur stack analytics", "Intro envoyée", "Thanks for the feedback!",
                 "Relance"],
    "commented": ["Post sur la priorisation", "Post about OKRs", "Post sur le pricing"],
}
# The people the story needs, one a line: degree (0 is me) | culture | gender | first name |
# last name | city | company | position | role | tags. Blank fields are drawn at random; the
# steps below find people by role. The last eight are ordinary people whose names README cites.
CAST = [[field or None for field in line.split("|")] for line in """\
0|fr|f|Camille|Laurent|Lyon|Orbiteo|Product Manager|me|
2|fr|f|Léa|Dubois|Paris|Parcelle|Head of Product|lea|
1|vi|m|Bob|Nguyen|Paris|Mélusine AI|Senior Product Designer|bob|close former-colleague
1|it|f|Carla|Rossi|Paris|Quartz Finance|VP Marketing|carla|mentor
1|fr|m|Thomas|Martin|Lyon|Cartalis|Lead Developer|cartalis|former-colleague
2|fr|m|Thomas|Martin|Genève|Lémanis|Sales Director||
1|||||Lyon|Orbiteo|CEO & co-founder|orbiteo|close
1|||||Lyon|Orbiteo|CTO & co-founder|orbiteo|close
1|||||Lyon|Orbiteo|Engineering Manager|orbiteo|close
1|||||Lyon|Orbiteo|Product Designer|orbiteo|
1|||||Lyon|Orbiteo|Customer Success Manager|orbiteo|
1|||||Lyon|Orbiteo|Head of Sales|orbiteo|
1|||||Lyon|Orbiteo|Data Analyst|orbiteo|
2|||||Lyon|Orbiteo|Software Engineer|orbiteo|
2|||||Lyon|Orbiteo|Account Executive|orbiteo|
2|||||Lyon|Orbiteo|QA Engineer|orbiteo|
1|||||Lyon|Cartalis|Head of Product|cartalis|former-colleague
1|||||Lyon|Cartalis|Product Owner|cartalis|former-colleague
1|||||Lyon|Cartalis|Software Engineer|cartalis|former-colleague
1|||||Lyon|Cartalis|UX Researcher|cartalis|former-colleague
1|||||Lyon|Cartalis|Engineering Manager|cartalis|former-colleague
1|||||Lyon|Rhodanie Logistique|Head of Operations|client|client
1|||||Lyon|Kinéo Santé|COO|client|client
1|||||Nantes|Erdre Digital|DSI|client|client
1|||||Toulouse|Garonne Spatial|Responsable planification|client|client
1|||||Paris|Helios Data|VP Product|mentor|mentor
1|||||Lyon|Talentéo Recrutement|Talent Acquisition Partner|recruiter|do-not-contact
2|||||Grenoble|Vercors Robotics|COO|prospect|prospect
2|||||Bruxelles|Brusselia|Head of Field Operations|hint|prospect
2||||||||hint|
3|||||Montréal|Mont-Royal Studio|VP Operations|hint|prospect
4|fr|f|||Paris|Indépendant|Autrice & coach produit|star|
4|no|m|||London|Thameside Ventures|Partner|star|
4|in|f|||Bengaluru|Nandi Labs|Chief Product Officer|star|
4|ar|m|||Montréal|Érable IA|Product Lead|star|
4|de|f|||Berlin|Talentwerk Recruiting|Senior Tech Recruiter|headhunter|
4||||||||far|
4||||||||far|
1|fr|f|Zoé|Lefèvre|||||
1|pl|m|Łukasz|Wójcik|||||
1|vi|f|Thảo|Nguyễn|||||
2|no|m|Søren|Ødegaard|||||
2|tr|f|Ayşe|Çelik|||||
2|es|m|Javier|Muñoz|||||
3|pt|m|João|Magalhães|||||
3|no|m|Björn|Lindqvist|||||""".splitlines()]
STAR_HEADLINES = ("Autrice de « Le produit sans bullshit » | Coach produit | Newsletter hebdo",
                  "Partner @ Thameside Ventures | Writing about product-led growth",
                  "CPO @ Nandi Labs | Speaker | Product strategy for emerging markets",
                  "Podcast « Produit & Cie » | Product Lead @ Érable IA")
HINTS = (("2nd", 4, "2026-11-16"), ("2", 1, "2026-10-30"), ("3rd", 0, "2026-11-16"))  # "hint" roles
YEARS = {2015: 2, 2016: 2, 2017: 3, 2018: 4, 2019: 5, 2020: 6, 2021: 7, 2022: 8, 2023: 6,
         2024: 7, 2025: 9, 2026: 2}   # my other 61 connections by year (colleagues aside)
ACCEPTED = ("2026-03-12", "2026-06-02", "2026-09-18", "2026-10-27", "2026-11-18")
SPREAD = [1] * 40 + [2] * 25 + [3] * 15 + [4, 5, 6, 7, 8] * 4   # my connections a 2nd knows
NOTES = (  # role, which of them, date, text
    ("lea", 0, "2026-11-03", "Léa recrute un·e Senior PM chez Parcelle — demander une intro à Bob "
     "ou Carla avant de la relancer."),
    ("bob", 0, "2026-09-12", "Bob connaît bien l'équipe produit de Parcelle ; café quand je passe "
     "à Paris."),
    ("carla", 0, "2026-10-02", "Mentoring mensuel : pricing, et comment présenter la roadmap au "
     "comité de direction."),
    ("client", 0, "2026-06-18", "Client Orbiteo depuis 2024 — veut une démo du module de tournées "
     "avant janvier."),
    ("recruiter", 0, "2026-02-20", "Relances insistantes pour des postes hors sujet : ne pas "
     "donner suite."),
    ("star", 0, "2026-05-07", "Great newsletter on product discovery; share the interview template "
     "with the team."),
    ("cartalis", 0, "2026-03-30", "Ancien collègue chez Cartalis (Lyon). Ne pas confondre avec "
     "Thomas Martin de Lémanis à Genève."),
    ("hint", 2, "2026-11-16", "Met at the SaaS Connect booth in Lyon; interested in route planning "
     "for their field teams."),
    ("client", 0, "2026-11-02", "Envoyer la démo du module de tournées.", "2026-11-20"),
    ("mentor", 0, "2026-11-15", "Lui envoyer le compte rendu de l’atelier pricing.", "2026-11-27"),
)
ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                       "æ": "ae", "œ": "oe", "ı": "i", "İ": "I"})


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Łukasz Wójcik" -> "lukasz-wojcik"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.translate(ASCII))
                    if not unicodedata.combining(c))
    return "-".join("".join(c if c.isascii() and c.isalnum() else " " for c in plain.lower())
                    .split())


def pair(a: dict, b: dict) -> tuple[str, str]:
    return tuple(sorted((a["key"], b["key"])))


class Demo:
    """The people and facts of the demo network, drawn from one seeded generator."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.people: list[dict] = []
        self.names: set[str] = set()
        self.slugs: set[str] = set()
        self.edges: dict[tuple[str, str], str] = {}
        self.follows: list[tuple] = []
        self.members: list[tuple] = []
        self.interactions: set[tuple] = set()
        self.invitations: list[tuple] = []

    # --- helpers -------------------------------------------------------------------------

    def day(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def moment(self, first: date = START, last: date = END) -> str:
        hour, minute = self.rng.randint(8, 20), self.rng.randrange(0, 60, 5)
        return f"{self.day(first, last).isoformat()}T{hour:02d}:{minute:02d}"

    def pick(self, weights: dict, column: int):
        keys = list(weights)
        return self.rng.choices(keys, [weights[key][column] for key in keys])[0]

    def sample(self, pool: list, k: int, weight=None) -> list:
        """k distinct items of pool, drawn with optional weights."""
        pool, chosen = list(pool), []
        for _ in range(min(k, len(pool))):
            weights = [weight(item) for item in pool] if weight else None
            chosen.append(pool.pop(self.rng.choices(range(len(pool)), weights)[0]))
        return chosen

    def tier(self, degree: int, plain: bool = False) -> list[dict]:
        """Everyone at a degree; ``plain``: only people without a role."""
        return [p for p in self.people if p["tier"] == degree and not (plain and p["role"])]

    def linked(self, degree: int) -> list[dict]:
        """Everyone at a degree through known connections (not through a degree hint)."""
        return [p for p in self.tier(degree) if p["role"] != "hint"]

    def role(self, name: str) -> list[dict]:
        return [p for p in self.people if p["role"] == name]

    def link(self, a: dict, b: dict, on: str | None = None) -> None:
        if a is not b and pair(a, b) not in self.edges:
            self.edges[pair(a, b)] = on or self.day(date(2012, 1, 1), END).isoformat()

    def person(self, degree: int, culture: str | None = None, gender: str | None = None,
               first: str | None = None, last: str | None = None, city: str | None = None,
               company: str | None = None, position: str | None = None, role: str = "",
               tags: str = "") -> dict:
        rng = self.rng
        culture = culture or self.pick(CULTURE_WEIGHTS, degree - 1)
        females, males, lasts, homes = CULTURES[culture]
        gender = gender or rng.choice("fm")
        while first is None:
            given = rng.choice((females if gender == "f" else males).split())
            family = rng.choice(lasts.split()).replace("_", " ")
            if slug(f"{given} {family}") not in self.names:
                first, last = given, family
        name = slug(f"{first} {last}")
        key = f"{name}-2" if name in self.names else name   # the second Thomas Martin
        self.names.add(key)
        if city is None:
            local = rng.random() < LOCAL_SHARE[degree - 1]
            city = (self.pick(LOCAL_WEIGHTS, min(degree, 3) - 1) if local
                    else rng.choice(homes.split()))
        if company is None:
            company = "Indépendant" if rng.random() < 0.03 else rng.choice(PLACES[city][1])
        if position is None and company == "Indépendant":
            position = f"Consultant{'e' if gender == 'f' else ''} produit freelance"
        position = position or rng.choice(POSITIONS)
        url = None
        while url is None or url in self.slugs:
            roll, url = rng.random(), name
            if roll < 0.7:
                url = f"{name}-{rng.getrandbits(24):06x}"
            elif roll >= 0.88:
                url = f"{slug(first)[0]}{slug(last).replace('-', '')}{rng.randint(1, 99)}"
        self.slugs.add(url)
        template = "{p} | {t}" if company == "Indépendant" else rng.choice(HEADLINES)
        email = ""
        if degree == 1 and rng.random() < 0.3:
            domain = rng.choice(("gmail.com", "outlook.fr", "proton.me", "orange.fr", "yahoo.fr"))
            email = f"{slug(first).replace('-', '')}.{slug(last).replace('-', '')}@{domain}"
        self.people.append(dict(
            key=key, first_name=first, last_name=last, company=company, position=position,
            headline=template.format(p=position, c=company, t=rng.choice(TAGLINES)),
            location=PLACES[city][0], profile_url=f"https://www.linkedin.com/in/{url}",
            email=email, open_profile=False, full_name_visible=False, follow_primary=False,
            tags=set(tags.split()), me=False, tier=degree, gender=gender, city=city, role=role))
        return self.people[-1]

    # --- the network ---------------------------------------------------------------------

    def build(self) -> None:
        for degree, *spec, role, tags in CAST:
            self.person(int(degree), *spec, role=role or "", tags=tags or "")
        for degree, count in TARGET.items():
            while len(self.tier(degree)) < count:
                self.person(degree)
        (self.me,), (self.lea,) = self.role("me"), self.role("lea")
        self.me.update(me=True, email="camille.laurent@orbiteo.fr",
                       profile_url="https://www.linkedin.com/in/camille-laurent-7f3e21",
                       headline="Product Manager chez Orbiteo | SaaS B2B de planification terrain "
                                "| Discovery & delivery")
        self.lea.update(profile_url="https://www.linkedin.com/in/lea-dubois-4a1b2c",
                        headline="Head of Product @ Parcelle | Marketplaces B2B | ex-Vélocia")
        for star, headline in zip(self.role("star"), STAR_HEADLINES):
            star.update(headline=headline, open_profile=True, follow_primary=True)
        self.role("headhunter")[0]["open_profile"] = True
        self.sample(self.tier(1, plain=True), 1)[0]["tags"].add("close")
        self.connect()
        self.follow_and_group()
        self.activity()
        self.finish()

    def connect(self) -> None:
        rng, me, lea = self.rng, self.me, self.lea
        first, second, third = self.tier(1), self.linked(2), self.linked(3)
        self.accepted = self.sample(self.tier(1, plain=True), len(ACCEPTED))
        for person, on in zip(self.accepted, ACCEPTED):
            self.link(me, person, on)
        for person in first:  # colleagues from their time, then more connections every year
            if person["role"] == "orbiteo":
                self.link(me, person, str(self.day(date(2023, 2, 6), date(2024, 12, 20))))
            elif person["role"] in ("cartalis", "bob"):
                self.link(me, person, str(self.day(date(2016, 9, 1), date(2022, 12, 31))))
        years = [year for year, count in YEARS.items() for _ in range(count)]
        rng.shuffle(years)
        for person, year in zip([p for p in first if pair(me, p) not in self.edges], years,
                                strict=True):
            self.link(me, person, str(self.day(date(year, 1, 1), min(date(year, 12, 31), END))))
        orbiteo = [p for p in self.role("orbiteo") if p["tier"] == 1]
        for clique in (orbiteo, self.role("cartalis") + self.role("bob")):
            for i, a in enumerate(clique):
                for b in clique[i + 1:]:
                    self.link(a, b)
        friends = self.role("bob") + self.role("carla") + self.role("mentor")
        self.link(friends[0], friends[1])
        for _ in range(70):  # friends among my connections, mostly in the same city
            a = rng.choice(first)
            self.link(a, *self.sample(first, 1, lambda p: 4 if p["city"] == a["city"] else 1))
        # 2nd degree: Léa knows Bob, Carla, my mentor and one more Paris connection; others
        # know 1 to 8 of my connections, mostly at the same company or in the same city
        paris = [p for p in first if p["city"] == "Paris" and p not in friends]
        for person in friends + self.sample(paris, 1):
            self.link(lea, person)
        for person in second:
            if person is lea:
                continue
            pool, k = (first, rng.choice(SPREAD))
            if person["role"] == "orbiteo":
                pool, k = orbiteo, rng.randint(2, 4)
            for other in self.sample(pool, k, lambda p, q=person: (
                    10 if p["company"] == q["company"] else 4 if p["city"] == q["city"] else 1)):
                self.link(person, other)
        for _ in range(50):
            self.link(*self.sample(second, 2))
        for person in third:  # 3rd degree: 1 to 3 people at 2nd degree
            for other in self.sample(second, rng.choice((1, 1, 1, 1, 2, 2, 3)),
                                     lambda p, q=person: 3 if p["city"] == q["city"] else 1):
                self.link(person, other)
        for _ in range(20):
            self.link(*self.sample(third, 2))
        for person in self.role("far"):  # four steps away: out of network
            self.link(person, rng.choice(third))

    def follow_and_group(self) -> None:
        me = self.me
        self.spare2 = self.sample(self.tier(2, plain=True), 15)
        self.spare3 = self.sample(self.tier(3, plain=True), 6)
        fans = (self.spare2[:8] + self.spare3[:3] + self.role("headhunter") + self.role("far")[:1]
                + self.tier(4, plain=True)[:2])
        for person in fans + self.spare2[10:11]:  # spare2[10]: we follow each other
            since = self.day(date(2023, 1, 1), END)
            self.follows.append((person["key"], me["key"], "active", since))
        for person in [self.lea] + self.spare2[8:11] + self.spare3[3:5] + self.role("star"):
            since = self.day(date(2023, 1, 1), END)
            self.follows.append((me["key"], person["key"], "active", since))
            if since >= START:
                self.interactions.add((person["key"], "followed", "out", f"{since}T21:00", ""))
        skip = {p["key"] for p in self.accepted}
        plain = [p for p in self.tier(1, plain=True)
                 if p["key"] not in skip and "close" not in p["tags"]]
        self.quiet = self.sample(plain, 20)
        quiet = {p["key"] for p in self.quiet}
        (gone,) = self.sample([p for p in plain if p["key"] not in quiet], 1)
        self.follows += [(me["key"], self.quiet[0]["key"], "unfollowed", date(2026, 7, 14)),
                         (gone["key"], me["key"], "unfollowed", date(2026, 4, 2))]
        self.interactions.add((self.quiet[0]["key"], "unfollowed", "out", "2026-07-14T21:10", ""))
        first, second, third = self.tier(1), self.tier(2), self.tier(3)
        lyon = [p for p in first + second if p["city"] == "Lyon"]
        women = [p for p in self.people if p["gender"] == "f" and p["tier"]]
        founders = [p for p in self.people if "founder" in p["position"] or p["position"] == "CTO"]
        groups = {  # three groups with me (since when), one without
            "Product Managers France": ("2019-04-11", self.sample(first, 22)
                                        + self.sample(second, 18) + self.sample(third, 8)
                                        + self.role("star")[:1] + self.role("far")[1:]),
            "Lyon Tech": ("2021-09-23", self.sample(lyon, 26) + self.sample(third, 3)),
            "Women in Product": ("2023-03-08", self.sample(women, 22) + self.role("star")[2:3]),
            "SaaS Founders Europe": ("", founders + self.sample(second + third, 6)),
        }
        for group, (mine, members) in groups.items():
            if mine:
                self.members.append((group, me["key"], mine))
            for key in dict.fromkeys(person["key"] for person in members):
                self.members.append((group, key, self.day(date(2017, 1, 1), END)))

    def activity(self) -> None:
        rng, me, lea = self.rng, self.me, self.lea
        quiet, accepted = {p["key"] for p in self.quiet}, {p["key"] for p in self.accepted}
        for person in self.tier(1):  # mostly with my connections; some quiet for six months
            if person["key"] in quiet:
                days = [self.moment(START, date(2026, 5, 10))
                        for _ in range(rng.choice((0, 1, 1, 2)))]
            else:
                many = (9, 12) if "close" in person["tags"] else (5, 8) if person["tags"] \
                    else (1, 5)
                days = sorted(self.moment() for _ in range(rng.randint(*many)))
                if days[-1] < str(END - timedelta(days=100)):
                    days[-1] = self.moment(END - timedelta(days=100), END)
            for at in days:
                kind, direction, _ = rng.choices(KINDS, [k[2] for k in KINDS])[0]
                notes = KIND_NOTES.get(kind) if rng.random() < 0.3 else None
                note = rng.choice(notes) if notes else ""
                self.interactions.add((person["key"], kind, direction, at, note))
            on = self.edges[pair(me, person)]
            if on >= str(START) and person["key"] not in accepted:
                self.interactions.add((person["key"], "connected", "out", on, ""))
        light = (("visited", "out"), ("visited", "in"), ("liked", "in"), ("commented", "out"),
                 ("liked", "out"))
        for person in self.sample(self.linked(2), 18) + self.sample(self.linked(3), 6):
            for _ in range(rng.randint(1, 2)):
                self.interactions.add((person["key"], *rng.choice(light), self.moment(), ""))
        self.interactions.update({
            (lea["key"], "visited", "out", "2026-11-03T09:15", ""),
            (lea["key"], "commented", "out", "2026-10-15T12:30", "Post sur le recrutement de PM"),
            (self.role("bob")[0]["key"], "messaged", "in", "2026-11-20T18:40",
             "Dispo pour un café à Paris la semaine prochaine ?"),
            (self.role("mentor")[0]["key"], "introduced", "in", "2026-11-17T11:05",
             "Intro envoyée à la DSI d’Erdre Digital")})
        # invitations: accepted (now 1st degree), pending both ways, one withdrawn, one ignored
        for n, (person, on) in enumerate(zip(self.accepted, ACCEPTED)):
            sent = date.fromisoformat(on) - timedelta(days=rng.randint(1, 12))
            direction = ("out", "in")[n % 2]
            self.invitations.append((person["key"], direction, str(sent), "accepted", "", on))
            self.interactions.add((person["key"], "connected", direction, on, ""))
        asked, asked2, withdrawn, asking = self.spare2[11:15]
        self.invitations += [
            (asked["key"], "out", "2026-11-05", "pending", f"Bonjour {asked['first_name']}, "
             "j'ai beaucoup aimé votre intervention au Product Camp ; ravie d'échanger sur la "
             "discovery.", ""),
            (asked2["key"], "out", "2026-10-28", "pending", "", ""),
            (withdrawn["key"], "out", "2026-08-30", "withdrawn", f"Bonjour "
             f"{withdrawn['first_name']}, nous avons plusieurs contacts en commun dans la "
             "logistique, échangeons ?", "2026-11-09"),
            (asking["key"], "in", "2026-11-12", "pending", "", ""),
            (self.spare3[5]["key"], "in", "2026-11-18", "pending", "Hello Camille, I'm building "
             "a scheduling tool for field teams and would love to connect.", ""),
            (self.role("headhunter")[0]["key"], "in", "2026-06-03", "ignored",
             "Hi! Exciting opportunity in Berlin, are you open to a chat?", ""),
        ]
        for person, sent in ((asked, "2026-11-05"), (asked2, "2026-10-28"),
                             (withdrawn, "2026-08-30")):
            self.interactions.add((person["key"], "invited", "out", f"{sent}T10:00", ""))
        self.interactions.add((withdrawn["key"], "withdrew", "out", "2026-11-09T08:45", ""))

    def finish(self) -> None:
        """Open profiles, full names shown at 3rd degree, a few without a URL, notes, hints."""
        first, second, third = self.tier(1), self.tier(2), self.tier(3)
        for person in self.sample(third, 4) + self.sample(second, 2) + self.sample(first, 1):
            person["open_profile"] = True
        for person in self.sample(third, 10) + self.role("hint")[2:]:
            person["full_name_visible"] = True
        self.sample(third, 1)[0]["follow_primary"] = True
        hidden = self.role("far")[1:] + self.tier(4, plain=True)[-1:]
        for person in self.sample(self.linked(3), 2) + hidden:
            person["profile_url"] = ""
        self.notes = [(self.role(role)[n]["key"], on, text, *(due or ("",)), "")
                      for role, n, on, text, *due in NOTES]
        self.hints = [(p["key"], *hint) for p, hint in zip(self.role("hint"), HINTS)]

    # --- checks and output ---------------------------------------------------------------

    def degrees(self) -> dict[str, int]:
        """Breadth-first search from me over the connections, then the degree hints."""
        links: dict[str, list[str]] = {p["key"]: [] for p in self.people}
        for a, b in self.edges:
            links[a].append(b)
            links[b].append(a)
        degree, queue = {self.me["key"]: 0}, deque([self.me["key"]])
        while queue:
            key = queue.popleft()
            for other in links[key]:
                if other not in degree and degree[key] < 3:
                    degree[other] = degree[key] + 1
                    queue.append(other)
        for key, text, _, _ in self.hints:
            degree.setdefault(key, int(text[0]))
        return {p["key"]: degree.get(p["key"], 4) for p in self.people}

    def write(self, out: Path) -> dict[int, int]:
        degree = self.degrees()
        counts = {d: sum(1 for v in degree.values() if v == d) for d in TARGET}
        assert counts == TARGET, counts
        assert all(degree[p["key"]] == p["tier"] for p in self.people)
        assert 250 <= len(self.interactions) <= 400, len(self.interactions)
        yes = {True: "yes", False: "no"}
        people = [[p[column] for column in PEOPLE[:9]]
                  + [yes[p[flag]] for flag in PEOPLE[9:12]]
                  + [";".join(sorted(p["tags"])), yes[p["me"]]] for p in self.people]
        tables = {  # file: (header, rows, the column to sort by first)
            "people.csv": (PEOPLE, people, 0),
            "connections.csv": ("a b connected_on source".split(),
                                [(a, b, on, "demo") for (a, b), on in self.edges.items()], 0),
            "follows.csv": ("follower followee status since".split(), self.follows, 0),
            "groups.csv": ("group member joined_on".split(), self.members, 0),
            "interactions.csv": ("person kind direction at note".split(), self.interactions, 3),
            "invitations.csv": ("person direction sent_at status message resolved_at".split(),
                                self.invitations, 2),
            "notes.csv": ("person created_at text due_on done_on".split(), self.notes, 1),
            "degree_hints.csv": ("person degree mutual_connections observed_on".split(),
                                 self.hints, 0),
        }
        out.mkdir(parents=True, exist_ok=True)
        for name, (header, rows, lead) in tables.items():
            rows = sorted(([str(value) for value in row] for row in rows),
                          key=lambda row: (row[lead], row))
            with open(out / name, "w", encoding="utf-8", newline="") as file:
                writer = csv.writer(file, lineterminator="\n")
                writer.writerow(header)
                writer.writerows(rows)
        lea = self.lea["key"]
        mutual = sum(1 for a, b in self.edges
                     if lea in (a, b) and degree[b if a == lea else a] == 1)
        sizes = {name: len(rows) for name, (_, rows, _) in tables.items()}
        (out / "README.md").write_text(self.readme(counts, sizes, mutual), encoding="utf-8",
                                       newline="\n")
        return counts

    def readme(self, counts: dict[int, int], sizes: dict[str, int], mutual: int) -> str:
        files = textwrap.fill(", ".join(f"`{name}` ({rows})" for name, rows in sizes.items()), 96)
        return f"""# The demo network

`coach demo` (and any command on an empty workspace) opens a throw-away copy of this network,
in the coach CSV format (see `coach/importers/coach_csv.py`). It is invented: the people,
companies and profile URLs do not exist. Files (rows):
{files}.

- **Me:** Camille Laurent, Product Manager at Orbiteo, a planning SaaS company in Lyon. The
  demo's today is {TODAY} (`COACH_TODAY`); interactions span {START} to {END}.
- **Degrees** (breadth-first search over `connections.csv`, plus `degree_hints.csv`):
  1st {counts[1]}, 2nd {counts[2]}, 3rd {counts[3]}, out of network {counts[4]};
  {len(self.people)} people with me.
- **Names** from many cultures, with their accents (Zoé, Łukasz, Nguyễn, Søren, Çelik, Muñoz…).
- **Léa Dubois**, Head of Product at Parcelle (Paris): 2nd degree, {mutual} mutual connections
  including **Bob Nguyen** and **Carla Rossi** (1st degree). Léa, Bob and Carla are unique
  first names; two different **Thomas Martin** (Cartalis, Lyon, 1st; Lémanis, Genève, 2nd)
  share the only repeated full name.
- **Follows:** about fifteen followers and ten people I follow are not connections (four are
  creators out of network); I unfollowed one connection and one connection unfollowed me.
- **Groups:** Product Managers France, Lyon Tech, Women in Product (with me) and SaaS Founders
  Europe (without me). **Invitations:** accepted, pending both ways, withdrawn, ignored.
- **Tags:** close, client, mentor, former-colleague, prospect, one do-not-contact; some
  connections quiet for over six months; Orbiteo coworkers at 1st and 2nd degree; three
  people known only from a search result (`degree_hints.csv`).

Regenerate with `python scripts/make_demo.py` (or `python scripts/make_demo.py OUTPUT_DIR`): the
standard library and a fixed seed give byte-identical files. Change the script, not these files.
"""


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    demo = Demo()
    demo.build()
    counts = demo.write(out)
    print(f"wrote {out}: {len(demo.people)} people; 1st {counts[1]}, 2nd {counts[2]}, "
          f"3rd {counts[3]}, out {counts[4]}; {len(demo.edges)} connections, "
          f"{len(demo.interactions)} interactions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
