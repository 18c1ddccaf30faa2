// The thread of one reader of shared-search.ts: TypeScript through tsx's loader (a thread does not
// inherit the process's), then the reader itself.
import { register } from 'tsx/esm/api';

register();
await import('./shared-search-reader.ts');
