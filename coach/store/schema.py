"""The store's schema as an ordered list of migrations, versioned with PRAGMA user_version.

Migration N (1-based) takes a store at user_version N-1 to N. Never edit a migration that
has shipped: add a new one, and a test that upgrades from the old schema.
"""

from __future__ import annotations

# Tables whose rows make up the cached network snapshot (CSR arrays, flags, groups, hints):
# every row written to them bumps revision 'network' through a trigger, whatever code path
# wrote it, so a snapshot can never outlive the data it was taken from.
NETWORK_TABLES = ("person", "connection", "follow", "membership", "degree_hint")
# Columns whose update changes the snapshot (other person fields are read on demand).
_PERSON_SNAPSHOT_COLUMNS = "company, open_profile, full_name_visible, follow_primary"

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE revision (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO revision (name, value) VALUES ('network', 0);

CREATE TABLE person (
    id                INTEGER PRIMARY KEY,
    ref               TEXT UNIQUE,
    profile_url       TEXT UNIQUE,
    first_name        TEXT NOT NULL DEFAULT '',
    last_name         TEXT NOT NULL DEFAULT '',
    headline          TEXT NOT NULL DEFAULT '',
    company           TEXT NOT NULL DEFAULT '',
    position          TEXT NOT NULL DEFAULT '',
    location          TEXT NOT NULL DEFAULT '',
    email             TEXT,
    open_profile      INTEGER NOT NULL DEFAULT 0 CHECK (open_profile IN (0, 1)),
    full_name_visible INTEGER NOT NULL DEFAULT 0 CHECK (full_name_visible IN (0, 1)),
    follow_primary    INTEGER NOT NULL DEFAULT 0 CHECK (follow_primary IN (0, 1)),
    added_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at        TEXT
);

CREATE TABLE connection (
    a            INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    b            INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    source       TEXT NOT NULL DEFAULT '',
    connected_on TEXT,
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX connection_b ON connection (b);

CREATE TABLE follow (
    follower INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    followee INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    status   TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'unfollowed')),
    since    TEXT,
    source   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (follower, followee),
    CHECK (follower <> followee)
) WITHOUT ROWID;
CREATE INDEX follow_followee ON follow (followee);

CREATE TABLE member_group (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE membership (
    group_id  INTEGER NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
    person    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    joined_on TEXT,
    PRIMARY KEY (group_id, person)
) WITHOUT ROWID;
CREATE INDEX membership_person ON membership (person);

CREATE TABLE degree_hint (
    person             INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    degree             INTEGER NOT NULL CHECK (degree BETWEEN 1 AND 4),
    mutual_connections INTEGER NOT NULL DEFAULT 0 CHECK (mutual_connections >= 0),
    observed_on        TEXT,
    source             TEXT NOT NULL DEFAULT ''
);

CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    person      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    direction   TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    at          TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT 'manual',
    fingerprint TEXT UNIQUE
);
CREATE INDEX interaction_person_at ON interaction (person, at);

CREATE TABLE invitation (
    id          INTEGER PRIMARY KEY,
    person      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    direction   TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    sent_at     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'accepted', 'withdrawn', 'declined', 'ignored')),
    message     TEXT NOT NULL DEFAULT '',
    resolved_at TEXT,
    source      TEXT NOT NULL DEFAULT 'manual'
);
CREATE INDEX invitation_person ON invitation (person);

CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    person      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT 'manual',
    fingerprint TEXT UNIQUE
);
CREATE INDEX note_person ON note (person);

CREATE TABLE tag (
    person INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag    TEXT NOT NULL,
    PRIMARY KEY (person, tag)
) WITHOUT ROWID;
CREATE INDEX tag_tag ON tag (tag);

CREATE TABLE network_cache (
    name     TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    data     BLOB NOT NULL
) WITHOUT ROWID;
"""


def _network_triggers() -> str:
    """Triggers that bump the network revision on any change to a structural table."""
    bump = "UPDATE revision SET value = value + 1 WHERE name = 'network';"
    parts = []
    for table in NETWORK_TABLES:
        for event in ("INSERT", "DELETE"):
            parts.append(
                f"CREATE TRIGGER {table}_{event.lower()}_network AFTER {event} ON {table} "
                f"BEGIN {bump} END;"
            )
    updates = {
        "person": _PERSON_SNAPSHOT_COLUMNS,
        "connection": "a, b",
        "follow": "follower, followee, status",
        "membership": "group_id, person",
        "degree_hint": "person, degree, mutual_connections",
    }
    for table, columns in updates.items():
        parts.append(
            f"CREATE TRIGGER {table}_update_network AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {bump} END;"
        )
    return "\n".join(parts)


# Version 2: scenario enrolments. One row per person and scenario run; the current step,
# when it started and when it is due; an ended run keeps its row (done or exited, and why).
_V2 = """
CREATE TABLE enrolment (
    id          INTEGER PRIMARY KEY,
    person      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    scenario    TEXT NOT NULL,
    step        INTEGER NOT NULL DEFAULT 0 CHECK (step >= 0),
    step_since  TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'done', 'exited')),
    reason      TEXT NOT NULL DEFAULT '',
    enrolled_on TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    ended_on    TEXT
);
CREATE UNIQUE INDEX enrolment_active ON enrolment (person, scenario) WHERE status = 'active';
CREATE INDEX enrolment_status_due ON enrolment (status, due_on);
"""

# Version 3: notes can be reminders (a due date, done when dealt with), and a change of
# company or position seen by an import is kept (the coach congratulates on a new job).
_V3 = """
ALTER TABLE note ADD COLUMN due_on TEXT;
ALTER TABLE note ADD COLUMN done_on TEXT;
CREATE INDEX note_due ON note (due_on) WHERE due_on IS NOT NULL;
CREATE TABLE job_change (
    id           INTEGER PRIMARY KEY,
    person       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    seen_on      TEXT NOT NULL,
    old_company  TEXT NOT NULL DEFAULT '',
    old_position TEXT NOT NULL DEFAULT '',
    new_company  TEXT NOT NULL DEFAULT '',
    new_position TEXT NOT NULL DEFAULT ''
);
CREATE INDEX job_change_person ON job_change (person);
"""

# Version 4: the acts done by hand (a log, a tag, a note, a deletion from the history), each
# with the rows of that person it touched before and after, so that the last one can be
# undone exactly (``coach undo``, ctrl+z in the app) and only while nothing changed since;
# and the day a re-import of an export first no longer listed a connection (kept).
_V4 = """
CREATE TABLE act (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    person    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    summary   TEXT NOT NULL,
    session   TEXT NOT NULL DEFAULT '',
    before    TEXT NOT NULL,
    after     TEXT NOT NULL,
    undone_at TEXT
);
CREATE INDEX act_session ON act (session, id);
ALTER TABLE connection ADD COLUMN unlisted_on TEXT;
"""

MIGRATIONS: tuple[str, ...] = (_V1 + _network_triggers(), _V2, _V3, _V4)
"""Migration scripts in order; the schema version is the number applied."""

SCHEMA_VERSION = len(MIGRATIONS)
