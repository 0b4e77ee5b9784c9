import { describe, expect, it } from 'vitest';
import { callResult, type LoggedCall } from '../../../shared/callbacks/retry';
import { DEFAULT_RETRY_LIMIT } from '../../../shared/callbacks/vocabulary';

const notAnswered = (attempt: number, more: Partial<LoggedCall> = {}): LoggedCall => ({
  outcome: 'not_reached',
  reason: 'no_answer',
  attempt,
  retryLimit: DEFAULT_RETRY_LIMIT,
  retry: null,
  ...more,
});

describe('the retry rule', () => {
  it('retries a call nobody answers until the third attempt, which makes it unreachable', () => {
    expect(DEFAULT_RETRY_LIMIT).toBe(3);
    expect([1, 2, 3].map((attempt) => callResult(notAnswered(attempt)))).toEqual(['retry', 'retry', 'unreachable']);
  });

  it('gives up at once on a wrong number or a refusal, and never retries a reached call', () => {
    expect(callResult(notAnswered(1, { reason: 'wrong_number' }))).toBe('unreachable');
    expect(callResult(notAnswered(1, { reason: 'refused' }))).toBe('unreachable');
    expect(callResult(notAnswered(1, { reason: 'busy' }))).toBe('retry');
    expect(callResult({ ...notAnswered(1), outcome: 'reached', reason: null })).toBe('done');
  });

  it('lets the caller force or stop a retry', () => {
    expect(callResult(notAnswered(1, { reason: 'wrong_number', retry: true }))).toBe('retry');
    expect(callResult(notAnswered(5, { retry: true }))).toBe('retry');
    expect(callResult(notAnswered(1, { retry: false }))).toBe('unreachable');
    expect(callResult(notAnswered(2, { retryLimit: 5 }))).toBe('retry');
  });
});
