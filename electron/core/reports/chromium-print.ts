/**
 * The print engine of the web host and the CLI: the machine's Chromium, Chrome or Edge driven by playwright-core,
 * started on the first report and kept warm (one browser, one page reused report after report).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize, sep, win32 } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DossierError } from '../../../shared/result';
import { findFontDir } from './fonts';
import { MARGIN_INCHES, PAPER_INCHES, serial, type PdfOptions, type PrintEngine } from './print-engine';

/** Where Chromium-based browsers are installed, most likely first; DOSSIER_CHROMIUM overrides them all. */
export function browserCandidates(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const list: string[] = [];
  if (env.DOSSIER_CHROMIUM) list.push(env.DOSSIER_CHROMIUM);
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    for (const root of roots) {
      list.push(win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
      list.push(win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
      list.push(win32.join(root, 'Chromium', 'Application', 'chrome.exe'));
    }
  } else if (platform === 'darwin') {
    list.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
  } else {
    list.push(
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/microsoft-edge',
      '/snap/bin/chromium',
    );
  }
  return list;
}

/** The first installed browser, or a localised refusal naming where it looked. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const candidates = browserCandidates(env, platform);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new DossierError({
    code: 'conflict',
    message: `No Chromium, Chrome or Edge found (looked at ${candidates.join(', ')}); set DOSSIER_CHROMIUM`,
    issues: [{ path: '', code: 'reports.noBrowser' }],
  });
}

/** A file of the font directory for a request path, or null for anything outside it. */
function fontFile(dir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = normalize(join(dir, decoded));
  return file.startsWith(dir + sep) && file.endsWith('.woff2') ? file : null;
}

export function chromiumPrintEngine(options: { executablePath?: string; fontDir?: string | null } = {}): PrintEngine {
  const fontDir = options.fontDir === undefined ? findFontDir() : options.fontDir;
  const queue = serial();
  let browser: Promise<Browser> | null = null;
  let page: Page | null = null;
  let server: Promise<{ server: Server; base: string }> | null = null;
  let current = '';
  /** Font files read once: a warm engine answers from memory (about 7 MB when every subset has been used). */
  const fontCache = new Map<string, Buffer>();
  const fontBytes = (pathname: string): Buffer | null => {
    const file = fontDir ? fontFile(fontDir, pathname) : null;
    if (!file) return null;
    let bytes = fontCache.get(file);
    if (!bytes && existsSync(file)) fontCache.set(file, (bytes = readFileSync(file)));
    return bytes ?? null;
  };

  async function start(): Promise<Browser> {
    const executablePath = options.executablePath ?? findBrowser();
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, headless: true, args: ['--disable-gpu', '--no-first-run'] });
  }

  /**
   * The document and the font files, served on 127.0.0.1 under a random path only this engine knows. A real origin
   * (not request interception, which turns Chromium's cache off) lets the browser keep the font subsets it has
   * fetched, so a warm engine loads none again.
   */
  function serve(): Promise<{ server: Server; base: string }> {
    const token = randomBytes(18).toString('base64url');
    const s = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (req.method !== 'GET' || !path.startsWith(`/${token}/`)) return res.writeHead(404).end();
      const rest = path.slice(token.length + 1);
      if (rest === '/report.html') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(current);
      }
      const body = fontBytes(rest);
      if (!body) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'font/woff2', 'Cache-Control': 'public, max-age=31536000, immutable' });
      return res.end(body);
    });
    return new Promise((resolveServer, reject) => {
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => {
        const address = s.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        resolveServer({ server: s, base: `http://127.0.0.1:${port}/${token}` });
      });
    });
  }

  async function warmPage(): Promise<Page> {
    if (page && !page.isClosed()) return page;
    browser ??= start();
    let b: Browser;
    try {
      b = await browser;
    } catch (error) {
      browser = null;
      throw error;
    }
    // The document's own CSP allows nothing but data: images and fonts from its origin.
    const context = await b.newContext();
    const p = await context.newPage();
    page = p;
    return p;
  }

  return {
    pdf: (htmlText: string, pdfOptions: PdfOptions) =>
      queue(async () => {
        const p = await warmPage();
        server ??= serve();
        const { base } = await server;
        current = htmlText;
        await p.goto(`${base}/report.html`, { waitUntil: 'load' });
        // Web fonts load after layout starts; print once every face the page uses is in.
        await p.evaluate('document.fonts.ready.then(() => true)').catch(() => undefined);
        current = '';
        const size = PAPER_INCHES[pdfOptions.paper];
        const m = MARGIN_INCHES;
        const bytes = await p.pdf({
          width: `${size.width}in`,
          height: `${size.height}in`,
          margin: { top: `${m.top}in`, right: `${m.right}in`, bottom: `${m.bottom}in`, left: `${m.left}in` },
          printBackground: true,
          preferCSSPageSize: true,
          // The running header and the page numbers are the document's own (@page margin boxes).
          displayHeaderFooter: false,
        });
        return new Uint8Array(bytes);
      }),
    close: async () => {
      const b = browser;
      const s = server;
      browser = null;
      page = null;
      server = null;
      const open = await s?.catch(() => null);
      open?.server.closeAllConnections();
      open?.server.close();
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}
