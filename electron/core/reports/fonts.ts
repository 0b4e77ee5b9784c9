/**
 * The CJK font reports print with: Noto Sans SC from @fontsource, regular and bold, in its unicode-range subsets
 * (the build copies them to dist/fonts/noto-sans-sc). A page loads only the subsets its text uses, and Chromium
 * embeds only the glyphs it drew, so a report carries a few hundred kilobytes of font, not 10 MB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPORT_FONT_FAMILY = 'Noto Sans SC';
const WEIGHTS = ['400', '700'] as const;

interface FontFace {
  readonly weight: string;
  readonly file: string;
  readonly range: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** A font directory read once: its @font-face rules (files relative to it) and each subset's code points. */
export interface ReportFonts {
  readonly dir: string;
  /** The directory as a file:// URL with a trailing slash, the base the rules' relative URLs resolve against. */
  readonly baseUrl: string;
  readonly css: string;
  readonly faces: readonly FontFace[];
}

/** Where the fonts are: DOSSIER_FONTS, next to the bundled entry points (dist/fonts), or the dependency itself. */
export function findFontDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [
    env.DOSSIER_FONTS,
    typeof __dirname === 'string' ? join(__dirname, '..', 'fonts', 'noto-sans-sc') : undefined,
    join(process.cwd(), 'dist', 'fonts', 'noto-sans-sc'),
    join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc'),
  ];
  for (const dir of candidates) if (dir && existsSync(join(dir, '400.css'))) return dir;
  return null;
}

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '0', 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

const cache = new Map<string, ReportFonts>();

/** The @font-face rules of `dir` (woff2 only: the build copies no .woff), relative to the directory. */
export function loadReportFonts(dir: string): ReportFonts {
  const known = cache.get(dir);
  if (known) return known;
  const faces: FontFace[] = [];
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    const text = readFileSync(join(dir, `${weight}.css`), 'utf8');
    for (const block of text.match(/@font-face\s*{[^}]*}/g) ?? []) {
      const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!file || !range) continue;
      faces.push({ weight, file, range: range.trim(), ranges: parseRanges(range) });
      rules.push(
        `@font-face{font-family:'${REPORT_FONT_FAMILY}';font-style:normal;font-weight:${weight};` +
          `src:url(${file}) format('woff2');unicode-range:${range.trim()};}`,
      );
    }
  }
  const fonts: ReportFonts = { dir, baseUrl: pathToFileURL(dir).href + '/', css: rules.join('\n'), faces };
  cache.set(dir, fonts);
  return fonts;
}

const inlined = new Map<string, string>();

/**
 * @font-face rules with the font inlined as data: URLs, for a document shown where it cannot fetch the app's files
 * (the sandboxed preview frame has no origin of its own). Only the subsets `text` draws from are included: a report's
 * Chinese needs a few dozen of the 100-odd subsets per weight, about half a megabyte each weight, not 8 MB.
 */
export function inlineFontCss(fonts: ReportFonts, text: string): string {
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0) ?? 0);
  const rules: string[] = [];
  for (const face of fonts.faces) {
    const used = [...points].some((point) => face.ranges.some(([from, to]) => point >= from && point <= to));
    if (!used) continue;
    const path = join(fonts.dir, face.file);
    let data = inlined.get(path);
    if (data === undefined) {
      data = readFileSync(path).toString('base64');
      inlined.set(path, data);
    }
    rules.push(
      `@font-face{font-family:'${REPORT_FONT_FAMILY}';font-style:normal;font-weight:${face.weight};` +
        `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.range};}`,
    );
  }
  return rules.join('\n');
}
