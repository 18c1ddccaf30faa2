// Answers to the index's costly requests, kept on the server for every reader of the archive until
// the next write moves its generation on, as search engines keep a request cache per index between
// refreshes (see PostgresStore.exactCount and exactUnits). The table is unlogged: a cache, lost in a
// crash and made again. Where it cannot be used (a server indexed before it existed, a user who may
// only read, a standby, which cannot read unlogged tables) nothing is looked up or kept.
import { createHash } from 'node:crypto';
import pg from 'pg';

/** Sends one request through the store's connection, after those before it. */
type Query = <T extends pg.QueryResultRow>(config: pg.QueryConfig, signal?: AbortSignal) => Promise<pg.QueryResult<T>>;

/** The most answers kept at once: the oldest quarter goes when full. */
const KEPT_ANSWERS = 4096;

/** A kept answer's key: a digest of the request and of everything its keys depend on. */
export function answerKey(parts: readonly unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
}

/** The answers one store looks up and keeps. */
export class KeptAnswers {
  constructor(
    private readonly query: Query,
    /** Off when the reader asked for none, or the table proved unusable here. */
    public usable: boolean,
    /** An answer that took at least this long, in ms, is kept (a rare word's is quicker to ask again). */
    readonly keepAfterMs: number,
  ) {}

  /** The numbers kept under `key`, or null. */
  async lookup(key: string, signal?: AbortSignal): Promise<number[] | null> {
    try {
      const { rows } = await this.query<{ keys: Buffer }>({ name: 'reader-kept-answer', text: 'SELECT keys FROM reader.answers WHERE key = $1', values: [key] }, signal);
      const bytes = rows[0]?.keys;
      return bytes ? Array.from(new Float64Array(new Uint8Array(bytes).buffer)) : null;
    } catch (error) {
      if (!this.unusableAfter(error)) throw error;
      return null;
    }
  }

  /** Keeps `numbers` under `key` when the answer took `ms`; older generations' answers go. Never fails. */
  async keep(key: string, generation: number, numbers: readonly number[], ms: number): Promise<void> {
    if (!this.usable || ms < this.keepAfterMs) return;
    try {
      // One statement, so a request sent after this one waits for it whole.
      await this.query({
        name: 'reader-answers-keep',
        text: `WITH gone AS (DELETE FROM reader.answers WHERE generation < $2
            OR key IN (SELECT key FROM reader.answers WHERE (SELECT count(*) FROM reader.answers) >= $4 ORDER BY made LIMIT $4 / 4))
          INSERT INTO reader.answers (key, generation, keys) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`,
        values: [key, generation, Buffer.from(Float64Array.from(numbers).buffer), KEPT_ANSWERS],
      });
    } catch (error) {
      this.unusableAfter(error);
    }
  }

  /** Whether the server's error means the table cannot be used here; a request cancelled or a lost connection does not. */
  private unusableAfter(error: unknown): boolean {
    if (!(error instanceof pg.DatabaseError) || error.code === '57014') return false;
    this.usable = false;
    return true;
  }
}
