/**
 * Signed-in sessions, one per window (desktop) or browser tab (web): an unguessable token the host passes to the
 * core with every call. Held in memory only, so a restart signs everyone out. A session unused for longer than
 * the idle lock (the renderer locks the screen sooner, on no key press or click) or older than a working day ends.
 */
import { randomBytes } from 'node:crypto';

const MAX_AGE_MS = 12 * 60 * 60 * 1000;

interface Session {
  readonly staffId: string;
  readonly started: number;
  seen: number;
}

export class Sessions {
  private readonly byToken = new Map<string, Session>();

  constructor(private readonly now: () => number = Date.now) {}

  start(staffId: string): string {
    const token = randomBytes(32).toString('base64url');
    const t = this.now();
    this.byToken.set(token, { staffId, started: t, seen: t });
    return token;
  }

  /** The staff member of a live session (touching it), else null; an expired one is ended. */
  staffOf(token: string | null | undefined, idleMinutes: number): string | null {
    if (!token) return null;
    const session = this.byToken.get(token);
    if (!session) return null;
    const t = this.now();
    if (t - session.started > MAX_AGE_MS || t - session.seen > idleMinutes * 60_000) {
      this.byToken.delete(token);
      return null;
    }
    session.seen = t;
    return session.staffId;
  }

  end(token: string | null | undefined): void {
    if (token) this.byToken.delete(token);
  }

  /** Ends every session of one staff member (their password changed, their role or account was taken away). */
  endAllOf(staffId: string, except: string | null = null): void {
    for (const [token, session] of this.byToken)
      if (session.staffId === staffId && token !== except) this.byToken.delete(token);
  }
}
