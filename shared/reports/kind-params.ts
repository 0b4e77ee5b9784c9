/**
 * What each printable report of the branch is asked for: the call-back report, the segment (ABC) table, the
 * complaint analysis and the customer list printout. The hosts parse with these; the core checks them again.
 */
import { z } from 'zod';
import { reportInput } from '../callbacks/schemas';
import { complaintReportInput } from '../complaints/schemas';
import { customerFilter } from '../customers/schemas';
import { parseClassKey } from '../segments/classes';
import { COMPUTED_SCHEMES, type ComputedScheme } from '../segments/types';

/** The call-back report (回访报告): the call-back report's own query. */
export const callbackReportParams = reportInput;

/** The complaint analysis (投诉分析): the complaint report's own query. */
export const complaintReportParams = complaintReportInput;

const schemes = COMPUTED_SCHEMES as unknown as readonly [ComputedScheme, ...ComputedScheme[]];
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'segments.monthInvalid');

/** Customers listed for the chosen class, at most (the largest by amount first). */
const CLASS_LISTING_MAX = 2000;

/**
 * The segment table for the branch meeting: the schemes' class counts (all, or one), the customers of one class
 * (`abc:A`) with their figures, and the migration of a scheme between two month ends (default: the scheme of the
 * class, else ABC, from four months back to last month, as the Segments page opens it).
 */
export const segmentReportParams = z
  .object({
    scheme: z.enum(schemes).nullish(),
    classKey: z
      .string()
      .refine((key) => {
        const parsed = parseClassKey(key);
        return parsed !== null && parsed.scheme !== 'risk';
      }, 'filter.classInvalid')
      .nullish(),
    migrationFrom: month.nullish(),
    migrationTo: month.nullish(),
    // The preview page's address carries it as text.
    limit: z.coerce.number().int().min(1).max(CLASS_LISTING_MAX).default(500),
  })
  .refine((p) => !p.migrationFrom || !p.migrationTo || p.migrationFrom < p.migrationTo, {
    message: 'segments.monthOrder',
    path: ['migrationTo'],
  });
export type SegmentReportParams = z.output<typeof segmentReportParams>;

/** The customer columns a list printout may show, in the order the export writes them. */
export const LIST_COLUMNS = [
  'name',
  'kind',
  'gender',
  'birthDate',
  'mobile',
  'phone',
  'email',
  'idType',
  'idNumber',
  'employer',
  'position',
  'region',
  'address',
  'nationality',
  'maritalStatus',
  'source',
  'industry',
  'headcount',
  'owner',
  'tags',
  'notes',
] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];
const DEFAULT_LIST_COLUMNS: readonly ListColumn[] = ['name', 'mobile', 'employer', 'region', 'owner', 'tags'];

/** Rows a printout holds at most (about 100 A4 pages); the export writes more. */
export const LIST_PRINT_MAX = 5000;

/**
 * The customer list printout: any list filter (a saved segment by `filter.segmentId`, or by its name), the columns
 * in the order given (the name always first); masking is the print request's (`unmask`).
 */
/** The preview page's address carries the filter as JSON text and the columns comma-separated. */
const fromJson = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
};
const fromList = (v: unknown): unknown => (typeof v === 'string' ? v.split(',').filter(Boolean) : v);

export const listReportParams = z.object({
  filter: z.preprocess(fromJson, customerFilter.default({ query: '' })),
  segmentName: z.string().trim().min(1).max(100).nullish(),
  columns: z
    .preprocess(
      fromList,
      z
        .array(z.enum(LIST_COLUMNS))
        .max(LIST_COLUMNS.length)
        .default([...DEFAULT_LIST_COLUMNS]),
    )
    .transform((cols) => ['name' as const, ...new Set(cols.filter((c) => c !== 'name'))]),
});
export type ListReportParams = z.output<typeof listReportParams>;

/** The measures (改进措施) a branch writes for a call-back report, kept per campaign or per period. */
export const measuresSaveInput = z.object({
  report: reportInput,
  text: z.string().trim().max(5000, 'text.tooLong'),
});

export const measuresGetInput = z.object({ report: reportInput });
