/** What a report kind is: its parameters' schema and a function building its title and body (registered in kinds.ts). */
import type { z } from 'zod';
import type { Language } from '../../../shared/i18n/languages';
import type { Translate } from '../../../shared/i18n/index';
import type { Db } from '../db/open';
import type { ReportFormat } from './format';
import type { SafeHtml } from './html';

/** What a report is built with besides its parameters. */
export interface ReportContext {
  readonly lang: Language;
  readonly t: Translate;
  /** Dates, money, numbers, and phone and ID numbers masked unless this print unmasks them. */
  readonly format: ReportFormat;
  /** Today in the branch's calendar (YYYY-MM-DD), the report date. */
  readonly today: string;
  /** The staff member at the desk: who prepares what has no draft of its own. */
  readonly actor: string;
}

export interface BuiltReport {
  readonly title: string;
  readonly body: SafeHtml;
  /** The record the report is about (a customer's id), named in the audit log for an unmasked print. */
  readonly subjectId?: string;
}

export interface ReportKind<S extends z.ZodType = z.ZodType> {
  readonly params: S;
  build(db: Db, params: z.output<S>, ctx: ReportContext): BuiltReport;
}

/** Keeps a kind's `build` typed by its own schema. */
export const reportKind = <S extends z.ZodType>(kind: ReportKind<S>): ReportKind => kind as unknown as ReportKind;
