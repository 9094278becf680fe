// Reading a results document back (`pyw bench --compare BASELINE.json`, `pyw report` inputs).
//
// A document of another schema version is refused with a message naming both versions, rather than
// half-read: the fields' meanings may have changed. Only the outline is checked (the schema tag and
// the arrays every consumer walks); the document is otherwise trusted as `pyw bench` wrote it.

import { readFileSync } from 'node:fs';
import { type BenchResults, RESULTS_SCHEMA } from './schema.js';

export class ResultsFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResultsFormatError';
  }
}

/** The document parsed from JSON text; `source` names it in error messages. */
export function parseResults(text: string, source = 'results'): BenchResults {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    throw new ResultsFormatError(`${source} is not JSON: ${(e as Error).message}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new ResultsFormatError(`${source} is not a pyworkbench results document`);
  }
  const schema = (document as { schema?: unknown }).schema;
  if (schema !== RESULTS_SCHEMA) {
    const found = typeof schema === 'string' ? `schema '${schema}'` : 'no schema field';
    throw new ResultsFormatError(`${source} has ${found}; this pyw reads '${RESULTS_SCHEMA}' (written by \`pyw bench --format json\`)`);
  }
  for (const field of ['programs', 'engines', 'runs'] as const) {
    if (!Array.isArray((document as Record<string, unknown>)[field])) throw new ResultsFormatError(`${source} has no '${field}' list`);
  }
  return document as BenchResults;
}

/** The results document in the file at `path`. */
export function readResults(path: string): BenchResults {
  return parseResults(readFileSync(path, 'utf8'), path);
}
