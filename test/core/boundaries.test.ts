// The rooms of src/core keep to their headers: no React, Ink or UI code anywhere in the core, and
// quotes and facts share only text/ and names/, never each other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const CORE = join(ROOT, 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports: package names as written, relative ones as paths under src/core. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(([, spec]) =>
    spec!.startsWith('.') ? relative(CORE, resolve(dirname(file), spec!)) : spec!,
  );
}

const files = sources(CORE);

describe('the core', () => {
  it('has at most four loose files, and the reducer lives in reader/', () => {
    const loose = readdirSync(CORE).filter((name) => statSync(join(CORE, name)).isFile());
    expect(loose.length).toBeLessThanOrEqual(4);
    expect(loose).toContain('article.ts');
    expect(files.map((f) => relative(CORE, f))).toContain(join('reader', 'state.ts'));
  });

  it('imports no React, no Ink and nothing from the UI', () => {
    const offenders = files.flatMap((f) =>
      importsOf(f)
        .filter((spec) => /^(react|ink)(\/|$)|^ink-|^\.\.\/ui\b|^\.\.\/\.\.\/ui\b/.test(spec) || spec.startsWith('../ui'))
        .map((spec) => `${relative(CORE, f)} -> ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps quotes and facts apart: what they share lives in text/ and names/', () => {
    const crossing = files.flatMap((f) => {
      const room = relative(CORE, f).split('/')[0];
      const other = room === 'quotes' ? 'facts/' : room === 'facts' ? 'quotes/' : null;
      return other ? importsOf(f).filter((spec) => spec.startsWith(other)).map((spec) => `${relative(CORE, f)} -> ${spec}`) : [];
    });
    expect(crossing).toEqual([]);
  });

  it('opens every folder with a header that says what it may import', () => {
    const folders = readdirSync(CORE).filter((name) => statSync(join(CORE, name)).isDirectory());
    const silent = folders.filter((folder) => !sources(join(CORE, folder)).some((f) => /^\/\/ .*\n\/\/ .*\bimport/i.test(readFileSync(f, 'utf8'))));
    expect(silent).toEqual([]);
  });
});
