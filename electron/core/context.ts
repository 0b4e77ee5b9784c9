/** What every area's handlers are built from, and the type an area's handler map has. */
import type { Host } from '../../shared/settings/types';
import type { z } from 'zod';
import type { ContractEntry } from '../../shared/contract-entries';
import type { Db } from './db/open';
import type { PrintEngine } from './reports/print-engine';

export interface CoreContext {
  readonly db: Db;
  readonly dbPath: string;
  readonly host: Host;
  readonly version: string;
  /** The bundled import worker; null runs imports in this thread (tests). */
  readonly importWorkerPath?: string | null;
  /**
   * What prints reports to PDF: the host's (a hidden Electron window on the desktop, Chromium elsewhere); without
   * one, the machine's Chromium is started on the first PDF.
   */
  readonly printEngine?: PrintEngine;
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
