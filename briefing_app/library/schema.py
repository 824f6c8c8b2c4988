"""The library's tables, and the migrations that bring an older database up to them.

`PRAGMA user_version` holds the schema's version. MIGRATIONS[n] takes a database of version n to n + 1,
in one transaction with the version's bump; a database of a newer version than SCHEMA_VERSION is refused
(store.py), never read by guessing.

A file's entry is a `version` of it: its fingerprint, what the Library window lists, and the parsed
records. A file keeps its current version and, once it has changed, the previous one, so that opening it
can say what changed. The parsed records are rows of plain tables, read back into the model's rows
(cache.py): nothing stored here can run code when read.
"""

from __future__ import annotations

# Bumped when what cache.py writes for a briefing changes shape (the model's rows or the small records'
# fields): an entry of another format is not read, but made again from the file.
CACHE_FORMAT = 1

_V1 = (
    """CREATE TABLE folders (path TEXT PRIMARY KEY) WITHOUT ROWID""",
    # status: 'ok' or 'error' (then `error` says why in one line and `current` is NULL).
    """CREATE TABLE files (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        folder TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        current INTEGER,
        previous INTEGER,
        changes_seen INTEGER NOT NULL DEFAULT 1,
        checked_at REAL NOT NULL)""",
    """CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        file INTEGER NOT NULL,
        format INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        indexed_at REAL NOT NULL,
        title TEXT NOT NULL,
        subtitle TEXT NOT NULL,
        date TEXT NOT NULL,
        date_sort INTEGER NOT NULL,
        people INTEGER NOT NULL,
        events INTEGER NOT NULL)""",
    """CREATE INDEX versions_file ON versions (file)""",
    """CREATE INDEX files_current ON files (current)""",
    # The briefing's few records (sources, tags, organizations, disagreements, the meeting, the exercise,
    # its header) as JSON made of lists, strings, numbers and nulls, each tagged with its model class.
    """CREATE TABLE records (version INTEGER NOT NULL, part TEXT NOT NULL, n INTEGER NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (version, part, n)) WITHOUT ROWID""",
    # Events and people: the model's rows, one column a field; lists of ids are joined by spaces (an id
    # has none).
    """CREATE TABLE events (version INTEGER NOT NULL, n INTEGER NOT NULL, id TEXT NOT NULL,
        start_year INTEGER NOT NULL, start_month INTEGER, start_day INTEGER, start_qualifier TEXT,
        spans INTEGER NOT NULL, end_year INTEGER, end_month INTEGER, end_day INTEGER, end_qualifier TEXT,
        title TEXT NOT NULL, text TEXT NOT NULL, sources TEXT NOT NULL, place TEXT, era INTEGER NOT NULL,
        tags TEXT NOT NULL, people TEXT NOT NULL, sort INTEGER NOT NULL,
        PRIMARY KEY (version, n)) WITHOUT ROWID""",
    """CREATE TABLE people (version INTEGER NOT NULL, n INTEGER NOT NULL, id TEXT NOT NULL, note TEXT,
        PRIMARY KEY (version, n)) WITHOUT ROWID""",
    # Every name form, with what the library finds a person by across files: `folded` (case, accents and
    # width folded), `match_key` (its words, folded and sorted: the name in any order) and `keys`
    # (search/name_words.name_keys: its words, the pieces between separators and the pieces of CJK runs,
    # joined by spaces), which `name_search` indexes for the forms of current versions.
    """CREATE TABLE names (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, person INTEGER NOT NULL, n INTEGER NOT NULL,
        text TEXT NOT NULL, sources TEXT NOT NULL, error INTEGER NOT NULL, note TEXT, lang TEXT,
        folded TEXT NOT NULL, match_key TEXT NOT NULL, keys TEXT NOT NULL, UNIQUE (version, person, n))""",
    """CREATE INDEX names_match_key ON names (match_key)""",
    # Beginnings up to eight letters have indexes of their own: FTS5 reads another beginning by first merging
    # the postings of every word it begins ("jung": 120 words, 30,000 forms in a thousand briefings), and
    # a name search with four such words took 27 ms where it now takes 3.
    """CREATE VIRTUAL TABLE name_search USING fts5(keys, content = '', tokenize = 'unicode61 remove_diacritics 0',
        prefix = '1 2 3 4 5 6 7 8')""",
    # Every key of the names (as name_search has them) and the language of a form it comes from, for
    # spelling variants and slips. Kept when its forms go: a word no form has any more finds nothing.
    """CREATE TABLE name_words (word TEXT PRIMARY KEY, lang TEXT NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE roles (version INTEGER NOT NULL, person INTEGER NOT NULL, n INTEGER NOT NULL,
        title TEXT NOT NULL, organization TEXT NOT NULL, sources TEXT NOT NULL,
        PRIMARY KEY (version, person, n)) WITHOUT ROWID""",
    """CREATE TABLE actions (version INTEGER NOT NULL, person INTEGER NOT NULL, n INTEGER NOT NULL,
        text TEXT NOT NULL, sources TEXT NOT NULL, note TEXT,
        PRIMARY KEY (version, person, n)) WITHOUT ROWID""",
    # The text search: each passage of a file's current version (search/passages.py), its words in FTS5
    # and, for those with Hangul, kana or kanji, its trigrams.
    """CREATE TABLE passages (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, kind TEXT NOT NULL,
        record TEXT NOT NULL, field TEXT NOT NULL, text TEXT NOT NULL, place TEXT NOT NULL, event TEXT,
        cjk INTEGER NOT NULL)""",
    """CREATE INDEX passages_version ON passages (version)""",
    """CREATE VIRTUAL TABLE passage_words USING fts5(text, content = 'passages', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2')""",
    """CREATE VIRTUAL TABLE passage_cjk USING fts5(text, content = 'passages', content_rowid = 'id',
        tokenize = 'trigram')""",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)
