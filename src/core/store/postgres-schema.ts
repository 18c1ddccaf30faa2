// The shared archive's tables on a PostgreSQL server, in their own schema `reader`. Articles are
// keyed by path and carry their content hash; text and analysis are kept as `json` (verbatim, so any
// text survives the trip). Every searchable unit (title, paragraphs, quotes with their speakers,
// facts, numbered as unitWords numbers them) gets a tsvector, accents removed by `unaccent`, in a GIN
// index, for searching on the server; a quote's speaker words are in it with weight A. Each unit row
// carries its article's `ord` too, so units can be read in the archive's order through a btree and a
// LIMIT stops early (see PostgresStore.exactUnits).
import { PEOPLE_POSTGRES_SCHEMA } from './postgres-people.js';

/**
 * Answers to the index's costly requests, kept for every reader of the archive until the next write
 * (see PostgresStore.exactUnits): a cache, so unlogged, and made on a server of this version by the
 * next indexer when missing.
 */
export const ANSWERS_SCHEMA = `
CREATE UNLOGGED TABLE IF NOT EXISTS reader.answers (
  key text COLLATE "C" PRIMARY KEY,
  generation bigint NOT NULL,
  made timestamptz NOT NULL DEFAULT now(),
  keys bytea NOT NULL
);
-- Unit keys as float64s: stored as they are, not compressed on each write.
ALTER TABLE reader.answers ALTER COLUMN keys SET STORAGE EXTERNAL;`;

/** Version of the tables: a server holding another version is refused with one line, never altered. */
export const POSTGRES_SCHEMA_VERSION = 4;

/**
 * Made once per server, under an advisory lock so two indexers starting together do not race. The
 * text search configuration `reader.search` is `simple` (no stemming, as the local engines) after
 * `unaccent`; `to_tsvector` with a named configuration is immutable, so it can fill a column.
 */
export const POSTGRES_SCHEMA = `
SELECT pg_advisory_xact_lock(hashtext('reader schema'));
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE SCHEMA IF NOT EXISTS reader;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE n.nspname = 'reader' AND c.cfgname = 'search') THEN
    CREATE TEXT SEARCH CONFIGURATION reader.search (COPY = pg_catalog.simple);
    ALTER TEXT SEARCH CONFIGURATION reader.search ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;
  END IF;
END $$;
CREATE TABLE IF NOT EXISTS reader.meta (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO reader.meta (key, value) VALUES ('schema', '${POSTGRES_SCHEMA_VERSION}') ON CONFLICT (key) DO NOTHING;
CREATE TABLE IF NOT EXISTS reader.articles (
  path text COLLATE "C" PRIMARY KEY,
  ord integer NOT NULL,
  size bigint NOT NULL,
  mtime double precision NOT NULL,
  hash text NOT NULL,
  title text NOT NULL,
  section text,
  byline text,
  words integer NOT NULL,
  minutes integer NOT NULL,
  paragraphs json NOT NULL,
  boilerplate json NOT NULL,
  analysis json,
  analysis_version text,
  quotes integer
);
CREATE INDEX IF NOT EXISTS articles_order ON reader.articles (ord, path);
-- One row per searchable unit: its kind (0 title, 1 paragraph, 2 quote, 3 fact) and its words as our
-- folding sees them (a quote's speaker after them, weight A); words is NULL for a unit too long for a
-- tsvector's positions (any query may match it). ord is its article's, kept equal on every write.
CREATE TABLE IF NOT EXISTS reader.units (
  path text COLLATE "C" NOT NULL REFERENCES reader.articles (path) ON DELETE CASCADE,
  slot integer NOT NULL,
  kind smallint NOT NULL,
  ord integer NOT NULL,
  words tsvector,
  PRIMARY KEY (path, slot)
);
CREATE INDEX IF NOT EXISTS units_words ON reader.units USING gin (words);
-- A page's rank classes ask for titles and quotes, then facts, alone (see indexed-answer.ts): their
-- own small indexes spare reading every paragraph holding common words (a tenth of the rows to check).
CREATE INDEX IF NOT EXISTS units_words_top ON reader.units USING gin (words) WHERE kind IN (0, 2);
CREATE INDEX IF NOT EXISTS units_words_facts ON reader.units USING gin (words) WHERE kind = 3;
CREATE INDEX IF NOT EXISTS units_order ON reader.units (ord, path, slot);
CREATE INDEX IF NOT EXISTS units_unindexed ON reader.units (path) WHERE words IS NULL;
${PEOPLE_POSTGRES_SCHEMA}
${ANSWERS_SCHEMA}`;
