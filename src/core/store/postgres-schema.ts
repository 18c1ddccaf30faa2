// The shared archive's tables on a PostgreSQL server, in their own schema `reader`. Articles are
// keyed by path and carry their content hash; text and analysis are kept as `json` (verbatim, so any
// text survives the trip); paragraphs and titles get tsvectors with accents removed by `unaccent`,
// in GIN indexes, for searching on the server.
import { PEOPLE_POSTGRES_SCHEMA } from './postgres-people.js';

/** Version of the tables: a server holding another version is refused with one line, never altered. */
export const POSTGRES_SCHEMA_VERSION = 2;

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
  quotes integer,
  title_search tsvector GENERATED ALWAYS AS (to_tsvector('reader.search', title)) STORED
);
CREATE INDEX IF NOT EXISTS articles_order ON reader.articles (ord, path);
CREATE INDEX IF NOT EXISTS articles_title_search ON reader.articles USING gin (title_search);
CREATE TABLE IF NOT EXISTS reader.paragraphs (
  path text COLLATE "C" NOT NULL REFERENCES reader.articles (path) ON DELETE CASCADE,
  n integer NOT NULL,
  search tsvector NOT NULL,
  PRIMARY KEY (path, n)
);
CREATE INDEX IF NOT EXISTS paragraphs_search ON reader.paragraphs USING gin (search);
${PEOPLE_POSTGRES_SCHEMA}`;
