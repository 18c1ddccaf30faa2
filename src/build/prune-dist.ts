// After a build: removes files in dist/ that the build did not write (chunks of earlier builds have
// other hashes), reading the list of outputs from the metafile esbuild wrote, then the metafile.
// Only stale files go: a reader started from dist/ while a build runs keeps the chunks it needs.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const DIST = 'dist';
const META = join(DIST, 'meta.json');
const outputs = new Set(Object.keys((JSON.parse(readFileSync(META, 'utf8')) as { outputs: Record<string, unknown> }).outputs).map((path) => basename(path)));
for (const file of readdirSync(DIST)) if (file.endsWith('.js') && !outputs.has(file)) rmSync(join(DIST, file));
rmSync(META);
