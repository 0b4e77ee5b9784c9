/** Input schemas of the reports area; the renderer's forms use the same ones. */
import { z } from 'zod';
import { id } from '../fields';
import { LANGUAGES } from '../i18n/languages';
import { DRAFT_SECTIONS, PAPERS, type DraftSection } from './types';

/** The largest logo kept (as a data: URL, about 190 KB of image). */
const MAX_LOGO_CHARS = 256_000;
export const MAX_DRAFT_TEXT = 20_000;
const LOGO = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;

/** A report to render: which kind, its parameters (checked by the kind), and how to print it. */
export const reportRequest = z.object({
  kind: z.string().min(1).max(40),
  params: z.record(z.string(), z.unknown()).default({}),
  lang: z.enum(LANGUAGES).optional(),
  paper: z.enum(PAPERS).optional(),
  /** Print phone and ID numbers in full for this print; the choice is written to the audit log. */
  unmask: z.boolean().default(false),
});

/** A logo as a data: URL: PNG, JPEG or WebP, at most MAX_LOGO_CHARS long. */
export const logoDataUrl = z.string().max(MAX_LOGO_CHARS, 'reports.logoTooLarge').regex(LOGO, 'reports.logoType');

export const letterheadInput = z.object({
  branchName: z.string().trim().max(100, 'text.tooLong'),
  logo: logoDataUrl.nullable(),
  paper: z.enum(PAPERS),
});

const draftText = z.string().max(MAX_DRAFT_TEXT, 'text.tooLong').default('');
export const draftTexts = z.object(
  Object.fromEntries(DRAFT_SECTIONS.map((s) => [s, draftText])) as Record<DraftSection, typeof draftText>,
);

export const draftSave = z.object({ customerId: id, texts: draftTexts });
export const draftList = z.object({ customerId: id });

/** The customer analysis report's parameters: the customer, and the draft version to print (else the newest). */
export const customerReportParams = z.object({ customerId: id, draftId: id.nullish() });
