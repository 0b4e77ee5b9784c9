/**
 * The print engine of the web host and the CLI: the machine's Chromium, Chrome or Edge driven by playwright-core,
 * started on the first report and kept warm (one browser, one page reused report after report).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DossierError } from '../../../shared/result';
import { findFontDir, loadReportFonts, type ReportFonts } from './fonts';
import { MARGIN_INCHES, PAPER_INCHES, serial, type PdfOptions, type PrintEngine } from './print-engine';

/** The report is served from this made-up origin inside the browser; nothing reaches a network. */
const ORIGIN = 'http://report.dossier';

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
      list.push(join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
      list.push(join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
      list.push(join(root, 'Chromium', 'Application', 'chrome.exe'));
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
function fontFile(fonts: ReportFonts, pathname: string): string | null {
  const file = normalize(join(fonts.dir, decodeURIComponent(pathname)));
  return file.startsWith(fonts.dir + sep) && file.endsWith('.woff2') ? file : null;
}

export function chromiumPrintEngine(options: { executablePath?: string; fontDir?: string | null } = {}): PrintEngine {
  const fontDir = options.fontDir === undefined ? findFontDir() : options.fontDir;
  const fonts = fontDir ? loadReportFonts(fontDir) : null;
  const queue = serial();
  let browser: Promise<Browser> | null = null;
  let page: Page | null = null;
  let current = '';
  /** Font files read once: a warm engine answers from memory (about 7 MB when every subset has been used). */
  const fontCache = new Map<string, Buffer>();
  const fontBytes = (pathname: string): Buffer | null => {
    const file = fonts ? fontFile(fonts, pathname) : null;
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
    const context = await b.newContext();
    const p = await context.newPage();
    // The document and the font files are answered here; every other request (none is expected) is refused.
    await p.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/report.html') {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current });
      }
      const body = fontBytes(url.pathname);
      if (!body) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'font/woff2', body });
    });
    page = p;
    return p;
  }

  return {
    pdf: (htmlText: string, pdfOptions: PdfOptions) =>
      queue(async () => {
        const p = await warmPage();
        current = htmlText;
        await p.goto(`${ORIGIN}/report.html`, { waitUntil: 'load' });
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
      browser = null;
      page = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}
