export interface PrivacySettings {
  /** Days a customer stays in the recycle bin before it is erased for good (PIPL: kept no longer than needed). */
  readonly trashDays: number;
  /** The custom fields in use, each with whether it holds personal data (masked for staff), by name. */
  readonly customFields: readonly CustomField[];
}

/** A custom field's name and whether it holds personal data (a phone, an ID number): masked for staff if so. */
export interface CustomField {
  readonly name: string;
  readonly personal: boolean;
  /** The default for its name (it looks like a phone or an ID number); a manager's flag overrides it. */
  readonly suggested: boolean;
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
