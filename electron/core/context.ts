/** What every area's handlers are built from, and the type an area's handler map has. */
import type { Host } from '../../shared/settings/types';
import type { z } from 'zod';
import type { ContractEntry } from '../../shared/contract-entries';
import type { Db } from './db/open';
import type { PrintEngine } from './reports/print-engine';
import type { SecretStore } from './sync/state';

export interface CoreContext {
  readonly db: Db;
  readonly dbPath: string;
  readonly host: Host;
  readonly version: string;
  /** The bundled import worker; null runs imports in this thread (tests). */
  readonly importWorkerPath?: string | null;
  /** Builds the handlers again over the same connection (after a restore replaced what it holds). */
  readonly reload?: () => void;
  /** The desktop host's folder or file dialog; absent in the web host and the CLI. */
  readonly pick?: (kind: 'folder' | 'file') => Promise<string | null>;
  /**
   * What prints reports to PDF: the host's (a hidden Electron window on the desktop, Chromium elsewhere); without
   * one, the machine's Chromium is started on the first PDF.
   */
  readonly printEngine?: PrintEngine;
  /** Told the database's new passphrase (null: no longer encrypted), for a host that keeps it (desktop keychain). */
  readonly keyChanged?: (passphrase: string | null) => void;
  /** Keeps the head-office password outside the database (desktop: the OS keychain); absent, the database keeps it. */
  readonly secrets?: SecretStore;
  /** Closes the database, runs `replace` (which may swap the file), opens it again and answers the new connection. */
  readonly reopen?: (replace: () => void) => Db;
}

/** The core as one area's handlers see it: the database, and who is acting (recorded with every write). */
export interface AreaContext {
  readonly db: Db;
  readonly actor: () => string;
}

/** An area's handler map: one function per channel of its contract, taking the validated input. */
export type HandlersOf<C extends Readonly<Record<string, ContractEntry>>> = {
  readonly [K in keyof C]: (input: z.output<C[K]['input']>) => C[K]['output'] | Promise<C[K]['output']>;
};
