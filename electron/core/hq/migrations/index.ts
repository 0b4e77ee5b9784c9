import type { ClientBase } from 'pg';
import * as m001 from './001-schema';
import * as m002 from './002-no-branch-fk';
import * as m003 from './003-figures-indexes';
import * as m004 from './004-branch-counts';
import * as m005 from './005-name-grams';

export interface HqMigration {
  readonly version: number;
  readonly name: string;
  readonly up: (client: ClientBase) => Promise<void>;
}

/** The head-office schema's migrations in order; a new one is a new file, never an edit of an applied one. */
export const HQ_MIGRATIONS: readonly HqMigration[] = [
  { version: 1, name: '001-schema', up: m001.up },
  { version: 2, name: '002-no-branch-fk', up: m002.up },
  { version: 3, name: '003-figures-indexes', up: m003.up },
  { version: 4, name: '004-branch-counts', up: m004.up },
  { version: 5, name: '005-name-grams', up: m005.up },
];
