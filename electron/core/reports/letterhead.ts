/** The branch's letterhead (name, logo, default paper), stored as settings rows and printed on every report. */
import type { Letterhead, Paper } from '../../../shared/reports/types';
import { PAPERS } from '../../../shared/reports/types';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../settings/settings';

const NAME = 'reports.branchName';
const LOGO = 'reports.logo';
const PAPER = 'reports.paper';

export function getLetterhead(db: Db): Letterhead {
  const paper = readSetting(db, PAPER);
  return {
    branchName: readSetting(db, NAME) ?? '',
    logo: readSetting(db, LOGO),
    paper: (PAPERS as readonly string[]).includes(paper ?? '') ? (paper as Paper) : 'A4',
  };
}

/** Replaces the letterhead, audited (the logo is recorded as changed, not copied into the log). */
export function setLetterhead(db: Db, next: Letterhead, actor: string | null): Letterhead {
  db.transaction(() => {
    const before = getLetterhead(db);
    writeSetting(db, NAME, next.branchName || null);
    writeSetting(db, LOGO, next.logo);
    writeSetting(db, PAPER, next.paper);
    const logoChanged = before.logo !== next.logo;
    audit(db, {
      entity: 'letterhead',
      entityId: 'reports',
      action: 'update',
      staffId: actor,
      changes: {
        branchName: [before.branchName, next.branchName],
        paper: [before.paper, next.paper],
        ...(logoChanged ? { logo: [before.logo ? 'image' : null, next.logo ? 'image' : null] } : {}),
      },
    });
  })();
  return getLetterhead(db);
}
