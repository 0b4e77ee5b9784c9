/**
 * Complaint deadlines: the due date from the day of receipt plus the severity's limit in working days (the branch's
 * holiday calendar, 调休 make-up days included), and whether a complaint is overdue. Pure: no clock, no database.
 */
import type { ComplaintSeverity, ComplaintSettings, ComplaintStatus } from '../../../shared/complaints/types';
import { nextWorkingDay, type WorkCalendar } from '../callbacks/workdays';

/**
 * `days` working days after `date`; the day itself does not count, whether or not it is a working day. Received on
 * Friday 2025-09-26 with 3 days: Sunday 09-28 (a make-up workday), Monday 09-29, Tuesday 09-30.
 */
export function addWorkingDays(date: string, days: number, calendar: WorkCalendar): string {
  let day = date;
  for (let i = 0; i < days; i++) day = nextWorkingDay(day, calendar);
  return day;
}

export function dueOn(
  receivedOn: string,
  severity: ComplaintSeverity,
  limits: ComplaintSettings['limits'],
  calendar: WorkCalendar,
): string {
  return addWorkingDays(receivedOn, limits[severity], calendar);
}

const isOpenStatus = (status: ComplaintStatus): boolean => status === 'open' || status === 'in_progress';

/** Still to be resolved and its due date has passed: due yesterday is overdue today, due today is not. */
export function isOverdue(c: { readonly status: ComplaintStatus; readonly dueOn: string }, today: string): boolean {
  return isOpenStatus(c.status) && c.dueOn < today;
}
