/** Several branches and a head office: the branch's identity and how its push to head office stands. */
export interface Branch {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly createdAt: string;
}

/** A push failure as a message key and its values, said in the reader's language when shown. */
export interface SyncProblem {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly at: string;
}

export interface SyncStatus {
  readonly branch: Branch | null;
  /** The head-office address without its password; null: not configured (no automatic push). */
  readonly url: string | null;
  readonly passwordSet: boolean;
  /** Changed records waiting to be pushed. */
  readonly queue: number;
  readonly lastPushAt: string | null;
  /** Records the last successful push sent. */
  readonly lastPushed: number;
  readonly lastError: SyncProblem | null;
}

export interface PushResult {
  /** Records sent (upserted), tombstones and erased customers, by head-office table where it applies. */
  readonly pushed: number;
  readonly byTable: Readonly<Record<string, number>>;
  readonly tombstones: number;
  readonly erased: number;
  readonly batches: number;
  /** Changes still waiting (written while the push ran). */
  readonly queueLeft: number;
  readonly ms: number;
}
