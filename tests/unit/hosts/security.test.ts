import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  externalLink,
  isAppUrl,
  isLocalRequest,
  isTrustedSender,
  navigationDecision,
  permissionAllowed,
  windowOpenDecision,
} from '../../../electron/security-rules';

/** As main.ts builds it: pathToFileURL of dist/renderer/index.html inside the packaged app. */
const APP_URL = 'file:///opt/Dossier/resources/app.asar/dist/renderer/index.html';
const RENDERER = 'file:///opt/Dossier/resources/app.asar/dist/renderer';
const WINDOWS_APP_URL = 'file:///C:/Program%20Files/Dossier/resources/app.asar/dist/renderer/index.html';

describe('isAppUrl (desktop)', () => {
  it('accepts our page, with any query or hash route', () => {
    for (const url of [
      APP_URL,
      `${APP_URL}#/customers`,
      `${APP_URL}#/customers/0190c5e2-7b1d-7c3a-9f4e-2d8b6a1c0e55?tab=calls`,
      `${APP_URL}?lang=zh-CN`,
      `${APP_URL}?lang=zh-CN#/callbacks`,
      `${APP_URL}#`,
    ])
      expect(isAppUrl(url, APP_URL), url).toBe(true);
  });

  it('accepts the same file however the URL spells it', () => {
    // Chromium reports canonical URLs: resolved dots, percent-encoded non-ASCII.
    expect(isAppUrl(`${RENDERER}/./index.html`, APP_URL)).toBe(true);
    expect(isAppUrl(`${RENDERER}/assets/../index.html#/reports`, APP_URL)).toBe(true);
    const chinesePath = pathToFileURL('/home/张伟/Dossier 客户档案/dist/renderer/index.html').href;
    expect(chinesePath).toContain('%E5%BC%A0%E4%BC%9F');
    expect(isAppUrl(`${chinesePath}#/customers`, chinesePath)).toBe(true);
    expect(isAppUrl('file:///home/张伟/Dossier 客户档案/dist/renderer/index.html', chinesePath)).toBe(true);
  });

  it('rejects other files, including ones next to our page', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Dossier/resources/app.asar/dist/electron/main.cjs',
      `${RENDERER}/assets/index-3f9a.js`,
      `${RENDERER}/other.html`,
      `${RENDERER}/`,
      RENDERER,
      `${RENDERER}/index.htm`,
      `${APP_URL}.evil.html`,
      `${APP_URL}/`,
      'file:///opt/Dossier/resources/app.asar/dist/renderer-evil/index.html',
      'file:///home/zhangwei/Downloads/index.html',
    ])
      expect(isAppUrl(url, APP_URL), url).toBe(false);
  });

  it('rejects traversal that only a string prefix test would let through', () => {
    for (const url of [
      `${RENDERER}/../../../../../etc/passwd`,
      `${RENDERER}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd`,
      `${RENDERER}/..%2f..%2f..%2fetc%2fpasswd`,
      `${RENDERER}/index.html/../../electron/main.cjs`,
    ])
      expect(isAppUrl(url, APP_URL), url).toBe(false);
  });

  it('rejects the same path on another host or scheme', () => {
    for (const url of [
      'file://fileserver.branch.local/opt/Dossier/resources/app.asar/dist/renderer/index.html',
      'http://127.0.0.1/opt/Dossier/resources/app.asar/dist/renderer/index.html',
      'http://127.0.0.1:5173/index.html',
      'https://127.0.0.1:43659/#token=abc',
      'http://localhost:43659/',
      'https://dossier.example.cn/index.html',
      'devtools://devtools/bundled/inspector.html',
      'chrome://settings',
      'about:blank',
      'about:srcdoc',
    ])
      expect(isAppUrl(url, APP_URL), url).toBe(false);
  });

  it('rejects script and data URLs and garbage', () => {
    for (const url of [
      'javascript:alert(document.domain)',
      `javascript://${APP_URL.slice('file://'.length)}%0aalert(1)`,
      'data:text/html,<script>alert(1)</script>',
      `data:text/html;base64,${Buffer.from('<h1>Dossier</h1>').toString('base64')}`,
      'blob:file:///0190c5e2-7b1d-7c3a-9f4e-2d8b6a1c0e55',
      '',
      'index.html',
      '/opt/Dossier/resources/app.asar/dist/renderer/index.html',
    ])
      expect(isAppUrl(url, APP_URL), url).toBe(false);
  });

  it('works for a Windows install path', () => {
    expect(isAppUrl(`${WINDOWS_APP_URL}#/customers`, WINDOWS_APP_URL)).toBe(true);
    expect(isAppUrl('file:///C:/Windows/System32/drivers/etc/hosts', WINDOWS_APP_URL)).toBe(false);
    expect(
      isAppUrl('file:///C:/Program%20Files/Dossier/resources/app.asar/dist/renderer/x.html', WINDOWS_APP_URL),
    ).toBe(false);
    expect(
      isAppUrl('file:///D:/Program%20Files/Dossier/resources/app.asar/dist/renderer/index.html', WINDOWS_APP_URL),
    ).toBe(false);
  });

  it('accepts nothing when the app URL itself is not a file URL', () => {
    expect(isAppUrl('http://127.0.0.1:5173/index.html', 'http://127.0.0.1:5173/index.html')).toBe(false);
    expect(isAppUrl(APP_URL, 'not a url')).toBe(false);
  });
});

describe('externalLink', () => {
  it('hands web links to the browser, normalised', () => {
    expect(externalLink('https://www.gsxt.gov.cn/index.html')).toBe('https://www.gsxt.gov.cn/index.html');
    expect(externalLink('http://www.chinatax.gov.cn')).toBe('http://www.chinatax.gov.cn/');
    expect(externalLink('HTTPS://Map.Baidu.COM/search/上海市浦东新区')).toBe(
      'https://map.baidu.com/search/%E4%B8%8A%E6%B5%B7%E5%B8%82%E6%B5%A6%E4%B8%9C%E6%96%B0%E5%8C%BA',
    );
    // Loopback is just another web address to the browser; it never loads inside our window.
    expect(externalLink('http://127.0.0.1:43659/')).toBe('http://127.0.0.1:43659/');
  });

  it('hands mail links to the mail client', () => {
    expect(externalLink('mailto:zhang.wei@example.cn?subject=回访')).toBe(
      'mailto:zhang.wei@example.cn?subject=%E5%9B%9E%E8%AE%BF',
    );
  });

  it('drops everything that could start a program or read a file', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///C:/Windows/System32/calc.exe',
      'file:///etc/passwd',
      'smb://203.0.113.7/share/payload.exe',
      '\\\\203.0.113.7\\share\\payload.exe',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=invoice&crumb=location:\\\\203.0.113.7\\share',
      'vscode://file/etc/passwd',
      'tel:+8613800138000',
      'ftp://ftp.example.cn/',
      'about:blank',
      'blob:file:///0190c5e2-7b1d-7c3a-9f4e-2d8b6a1c0e55',
      '//evil.example/',
      'www.example.cn',
      '',
    ])
      expect(externalLink(url), url).toBeNull();
  });
});

describe('navigation and new windows', () => {
  it('lets our own page navigate between its hash routes', () => {
    expect(navigationDecision(`${APP_URL}#/callbacks`, APP_URL)).toEqual({ action: 'allow' });
  });

  it('stops navigation away and sends web links to the browser', () => {
    expect(navigationDecision('https://www.gsxt.gov.cn/', APP_URL)).toEqual({
      action: 'deny',
      openExternally: 'https://www.gsxt.gov.cn/',
    });
    expect(navigationDecision('mailto:li.na@example.cn', APP_URL)).toEqual({
      action: 'deny',
      openExternally: 'mailto:li.na@example.cn',
    });
  });

  it('stops navigation to other files, scripts and data without opening anything', () => {
    for (const url of [
      'file:///etc/passwd',
      `${RENDERER}/assets/index-3f9a.js`,
      `${RENDERER}/../../../../../etc/passwd`,
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
    ])
      expect(navigationDecision(url, APP_URL), url).toEqual({ action: 'deny', openExternally: null });
  });

  it('never opens a new Electron window, not even for our own page', () => {
    expect(windowOpenDecision(APP_URL)).toEqual({ action: 'deny', openExternally: null });
    expect(windowOpenDecision('https://www.gsxt.gov.cn/')).toEqual({
      action: 'deny',
      openExternally: 'https://www.gsxt.gov.cn/',
    });
    expect(windowOpenDecision('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: null });
    expect(windowOpenDecision('file:///C:/Windows/System32/calc.exe')).toEqual({
      action: 'deny',
      openExternally: null,
    });
  });

  it('grants the page no permission', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'fullscreen',
      'openExternal',
      'pointerLock',
      'midi',
      'usb',
      'serial',
      'hid',
      'display-capture',
      'fileSystem',
    ])
      expect(permissionAllowed(permission), permission).toBe(false);
  });
});

describe('isLocalRequest', () => {
  it('lets local files, devtools and in-memory URLs load', () => {
    for (const url of [
      `${RENDERER}/assets/index-3f9a.js`,
      'devtools://devtools/bundled/inspector.html',
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:file:///0190c5e2-7b1d-7c3a-9f4e-2d8b6a1c0e55',
    ])
      expect(isLocalRequest(url), url).toBe(true);
  });

  it('cancels everything on the network, loopback included', () => {
    for (const url of [
      'https://cdn.jsdelivr.net/npm/react/index.js',
      'http://127.0.0.1:43659/api/customers.list',
      'http://localhost:5173/',
      'ws://127.0.0.1:9229/',
      'wss://example.cn/socket',
      'ftp://ftp.example.cn/',
      'https://evil.example/?next=file:///etc/passwd',
    ])
      expect(isLocalRequest(url), url).toBe(false);
  });
});

describe('isTrustedSender (IPC)', () => {
  const mainContents = { id: 1 };
  const otherContents = { id: 2 };

  it('refuses a subframe of the main window, even one showing the app page', () => {
    expect(isTrustedSender({ contents: mainContents, frameUrl: APP_URL, topFrame: false }, mainContents, APP_URL)).toBe(
      false,
    );
  });

  it('trusts our page in our window, on any route', () => {
    expect(isTrustedSender({ contents: mainContents, frameUrl: APP_URL, topFrame: true }, mainContents, APP_URL)).toBe(
      true,
    );
    expect(
      isTrustedSender(
        { contents: mainContents, frameUrl: `${APP_URL}#/customers?query=张伟`, topFrame: true },
        mainContents,
        APP_URL,
      ),
    ).toBe(true);
  });

  it('refuses another window, even one showing our page', () => {
    expect(isTrustedSender({ contents: otherContents, frameUrl: APP_URL, topFrame: true }, mainContents, APP_URL)).toBe(
      false,
    );
    // A structurally equal object is not the same webContents.
    expect(isTrustedSender({ contents: { id: 1 }, frameUrl: APP_URL, topFrame: true }, mainContents, APP_URL)).toBe(
      false,
    );
  });

  it('refuses our window when its frame shows anything else', () => {
    for (const frameUrl of [
      'about:blank',
      'about:srcdoc',
      'https://evil.example/',
      'http://127.0.0.1:43659/',
      'file:///etc/passwd',
      `${RENDERER}/assets/index-3f9a.js`,
      `${RENDERER}/../../../../../tmp/evil.html`,
      'data:text/html,<script>dossier.invoke("customers.delete")</script>',
      '',
    ])
      expect(
        isTrustedSender({ contents: mainContents, frameUrl, topFrame: true }, mainContents, APP_URL),
        frameUrl,
      ).toBe(false);
  });

  it('refuses when the frame is gone or the window is closed', () => {
    expect(isTrustedSender({ contents: mainContents, frameUrl: null, topFrame: true }, mainContents, APP_URL)).toBe(
      false,
    );
    expect(
      isTrustedSender({ contents: mainContents, frameUrl: undefined, topFrame: true }, mainContents, APP_URL),
    ).toBe(false);
    expect(isTrustedSender({ contents: mainContents, frameUrl: APP_URL, topFrame: true }, null, APP_URL)).toBe(false);
    expect(isTrustedSender({ contents: mainContents, frameUrl: APP_URL, topFrame: true }, undefined, APP_URL)).toBe(
      false,
    );
  });
});
