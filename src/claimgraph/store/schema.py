"""The versioned schema: an ordered list of migrations, each applied once and recorded."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "documents, sources, statements, mentions, entities, claims, failures, full-text index", """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    raw TEXT NOT NULL,
    text TEXT NOT NULL,
    segments TEXT NOT NULL,
    title TEXT, title_start INTEGER, title_end INTEGER,
    outlet TEXT, published TEXT, authors TEXT NOT NULL DEFAULT '[]', url TEXT,
    language TEXT,
    duplicate_of TEXT REFERENCES documents(id),
    duplicate_similarity REAL,
    stage_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE sources (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    name TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (doc_id, name)
);
CREATE TABLE signatures (doc_id TEXT PRIMARY KEY REFERENCES documents(id), sig TEXT NOT NULL);
CREATE TABLE lsh (band TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id));
CREATE INDEX lsh_band ON lsh(band);
CREATE TABLE statements (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, content TEXT NOT NULL,
    speaker TEXT, speaker_entity TEXT, speaker_start INTEGER, speaker_end INTEGER,
    speaker_cluster INTEGER,
    cue TEXT, cue_start INTEGER, cue_end INTEGER,
    kind TEXT NOT NULL, said_when TEXT, medium TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
    cluster INTEGER NOT NULL, role TEXT, entity_id TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE entity_keys (key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id));
CREATE INDEX entity_keys_key ON entity_keys(key);
CREATE TABLE claims (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    holder TEXT NOT NULL, stance TEXT NOT NULL, statement_idx INTEGER, cluster TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE failures (
    source TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL
);
CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text);
"""),
    (3, "claim vectors, claim full-text index, claim clusters", """
CREATE TABLE claim_vectors (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    idx INTEGER NOT NULL,
    vec BLOB NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE VIRTUAL TABLE claims_fts USING fts5(text, doc_id UNINDEXED, idx UNINDEXED,
    tokenize='porter unicode61');
CREATE TABLE claim_clusters (
    id TEXT PRIMARY KEY,
    centroid BLOB NOT NULL,
    size INTEGER NOT NULL,
    label TEXT NOT NULL,
    first_doc TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE claims_indexed (doc_id TEXT PRIMARY KEY REFERENCES documents(id), at TEXT NOT NULL);
CREATE INDEX claims_cluster ON claims(cluster);
"""),
    (2, "entity resolution: key kinds, surface forms, roles, analyst judgements", """
ALTER TABLE entity_keys ADD COLUMN kind TEXT NOT NULL DEFAULT 'full';
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);
CREATE TABLE entity_forms (
    entity_id TEXT NOT NULL REFERENCES entities(id),
    form TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, form)
);
CREATE INDEX entity_forms_key ON entity_forms(key);
CREATE TABLE entity_roles (
    entity_id TEXT NOT NULL REFERENCES entities(id),
    role TEXT NOT NULL, doc_id TEXT NOT NULL, year TEXT,
    PRIMARY KEY (entity_id, role, doc_id)
);
CREATE TABLE entity_judgements (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
    a_id TEXT, b_id TEXT, at TEXT NOT NULL
);
CREATE INDEX statements_speaker_entity ON statements(speaker_entity);
"""),
    (4, "claim embeddings made in the per-document stage (cleared once indexed)", """
ALTER TABLE claims ADD COLUMN vector BLOB;
"""),
    (5, "an entity's most frequent forms read through an index", """
CREATE INDEX entity_forms_entity_n ON entity_forms(entity_id, n DESC);
"""),
]
