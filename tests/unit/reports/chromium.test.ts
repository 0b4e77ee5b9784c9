import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../../../electron/core/reports/chromium-print';
import { translate } from '../../../shared/i18n/index';
import { DossierError } from '../../../shared/result';

describe('finding a browser to print with', () => {
  it('tries DOSSIER_CHROMIUM first, then Chrome and Edge where Windows installs them', () => {
    const list = browserCandidates(
      {
        DOSSIER_CHROMIUM: 'D:\\Tools\\chrome.exe',
        PROGRAMFILES: 'C:\\Program Files',
        LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local',
      },
      'win32',
    );
    expect(list[0]).toBe('D:\\Tools\\chrome.exe');
    expect(list).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(list).toContain('C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(list.some((p) => p.endsWith('msedge.exe'))).toBe(true);
  });

  it('uses the machine’s Chromium, and says in the user’s language what to do when there is none', () => {
    expect(findBrowser({}, 'linux')).toBe('/usr/bin/chromium');
    let refused: unknown;
    try {
      findBrowser({ DOSSIER_CHROMIUM: '/nowhere/chromium' }, 'darwin');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DossierError);
    const code = (refused as DossierError).issues[0]?.code;
    expect(code).toBe('reports.noBrowser');
    expect(translate('zh-CN', 'reports.noBrowser')).toContain('DOSSIER_CHROMIUM');
    expect((refused as DossierError).message).toContain('/nowhere/chromium');
  });
});
