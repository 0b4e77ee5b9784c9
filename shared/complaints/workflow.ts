/**
 * Which status changes a complaint allows, shared so the app can offer only the buttons that will work; the core
 * enforces the same table. open → in progress → resolved → closed; resolved or closed → reopened (in progress).
 */
import type { ComplaintStatus } from './types';

export type ComplaintStep = 'start' | 'resolve' | 'close' | 'reopen';

const FROM: Readonly<Record<ComplaintStep, readonly ComplaintStatus[]>> = {
  start: ['open'],
  // Resolving at once (the counter settled it on the spot) skips "in progress".
  resolve: ['open', 'in_progress'],
  close: ['resolved'],
  reopen: ['resolved', 'closed'],
};

export const STEP_TO: Readonly<Record<ComplaintStep, ComplaintStatus>> = {
  start: 'in_progress',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'in_progress',
};

export function canStep(status: ComplaintStatus, step: ComplaintStep): boolean {
  return FROM[step].includes(status);
}
