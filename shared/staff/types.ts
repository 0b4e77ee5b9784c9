export interface Staff {
  readonly id: string;
  readonly name: string;
  readonly isDefault: boolean;
}

/** A staff member on the Settings page: deactivated ones too, with what each still owns. */
export interface StaffSummary extends Staff {
  /** When the staff member was deactivated; null while active. History still shows a deactivated name. */
  readonly deactivatedAt: string | null;
  /** Customers (not in the recycle bin) whose account manager this is. */
  readonly customers: number;
  /** Open call-backs given to this staff member. */
  readonly openCallbacks: number;
}

/** What a "reassign all" (or a deactivation that hands work over) moved. */
export interface ReassignResult {
  readonly customers: number;
  readonly callbacks: number;
}
