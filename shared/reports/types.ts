/** Printable reports: the vocabulary the core, the hosts and the renderer share. */
import type { FileDownload } from '../import/types';

export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** The branch's letterhead, set once in Settings and printed on every report. */
export interface Letterhead {
  readonly branchName: string;
  /** A PNG, JPEG or WebP image as a data: URL; null prints the name alone. */
  readonly logo: string | null;
  readonly paper: Paper;
}

/** A report rendered as one HTML document (print preview, and what is printed). */
export interface ReportPreview {
  readonly html: string;
  readonly title: string;
}

export type ReportPdf = FileDownload;

/** The judgement sections of a customer analysis report, written in the app. */
export const DRAFT_SECTIONS = ['purpose', 'analysis', 'assessment', 'revision'] as const;
export type DraftSection = (typeof DRAFT_SECTIONS)[number];
export type DraftTexts = Readonly<Record<DraftSection, string>>;

export type DraftStatus = 'draft' | 'reviewed';

/** One saved version of a customer's report draft. */
export interface ReportDraft {
  readonly id: string;
  readonly customerId: string;
  readonly version: number;
  readonly texts: DraftTexts;
  readonly status: DraftStatus;
  readonly preparedBy: string | null;
  readonly preparedByName: string | null;
  readonly reviewedBy: string | null;
  readonly reviewedByName: string | null;
  readonly reviewedAt: string | null;
  readonly createdAt: string;
}

export interface ReportDraftSummary {
  readonly id: string;
  readonly version: number;
  readonly status: DraftStatus;
  readonly preparedByName: string | null;
  readonly reviewedByName: string | null;
  readonly createdAt: string;
}
