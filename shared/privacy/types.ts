export interface PrivacySettings {
  /** Days a customer stays in the recycle bin before it is erased for good (PIPL: kept no longer than needed). */
  readonly trashDays: number;
}

export interface EraseResult {
  readonly name: string;
  /** Rows removed, by table (the customer and everything hanging on it). */
  readonly removed: Readonly<Record<string, number>>;
  /** Audit entries whose values were replaced by the tombstone. */
  readonly auditScrubbed: number;
  /** Import batches whose rejected-row copies held the customer. */
  readonly batchesScrubbed: number;
}

/** The unmasked phone and ID number of one customer, read on purpose (and recorded). */
export interface Revealed {
  readonly mobile: string | null;
  readonly idNumber: string | null;
}
