/** What every stored record and every paged list carries. */
export interface Stamps {
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

export interface Page<T> {
  readonly rows: readonly T[];
  readonly total: number;
}
