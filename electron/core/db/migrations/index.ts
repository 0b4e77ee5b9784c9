import type { Database } from 'better-sqlite3';
import * as m001 from './001-initial';
import * as m002 from './002-import';
import * as m003 from './003-short-search';
import * as m004 from './004-callbacks';
import * as m005 from './005-short-search-fields';
import * as m006 from './006-short-search-prefixes';
import * as m007 from './007-cascade-indexes';
import * as m008 from './008-import-staff';
import * as m009 from './009-id-types';
import * as m010 from './010-contacts-search';
import * as m011 from './011-occasions';
import * as m012 from './012-campaign-cancel';
import * as m013 from './013-import-merged';
import * as m014 from './014-segments';
import * as m015 from './015-segment-aggregates';
import * as m016 from './016-unlinked-products';
import * as m017 from './017-complaints';
import * as m018 from './018-complaint-indexes';
import * as m019 from './019-report-drafts';
import * as m020 from './020-report-notes';
import * as m021 from './021-sign-in';
import * as m022 from './022-branch-sync';
import * as m023 from './023-hq-reference';
import * as m024 from './024-abc-recency-index';
import * as m025 from './025-import-slices';
import * as m026 from './026-class-code';

export interface Migration {
  readonly version: number;
  readonly up: (db: Database) => void;
}

/** Ordered; a migration's version is its position. Never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: m001.up },
  { version: 2, up: m002.up },
  { version: 3, up: m003.up },
  { version: 4, up: m004.up },
  { version: 5, up: m005.up },
  { version: 6, up: m006.up },
  { version: 7, up: m007.up },
  { version: 8, up: m008.up },
  { version: 9, up: m009.up },
  { version: 10, up: m010.up },
  { version: 11, up: m011.up },
  { version: 12, up: m012.up },
  { version: 13, up: m013.up },
  { version: 14, up: m014.up },
  { version: 15, up: m015.up },
  { version: 16, up: m016.up },
  { version: 17, up: m017.up },
  { version: 18, up: m018.up },
  { version: 19, up: m019.up },
  { version: 20, up: m020.up },
  { version: 21, up: m021.up },
  { version: 22, up: m022.up },
  { version: 23, up: m023.up },
  { version: 24, up: m024.up },
  { version: 25, up: m025.up },
  { version: 26, up: m026.up },
];

export const LATEST_VERSION = MIGRATIONS.length;
