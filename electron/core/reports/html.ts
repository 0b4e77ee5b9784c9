/**
 * HTML for printable reports. Every interpolated value is escaped unless it is
 * itself a `SafeHtml` built by this module, so no user text reaches a report
 * page as markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

type Part = SafeHtml | string | number | bigint | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  return escapeHtml(String(part));
}

/** A template's literal parts without the line breaks and indentation that lay the source out (once per template). */
const compacted = new WeakMap<TemplateStringsArray, readonly string[]>();
function literals(strings: TemplateStringsArray): readonly string[] {
  let parts = compacted.get(strings);
  if (!parts) {
    parts = strings.map((s) => s.replace(/\n\s*/g, ''));
    compacted.set(strings, parts);
  }
  return parts;
}

/**
 * Tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` and arrays of it pass through. A line
 * break and the indentation after it in the template itself are dropped (values keep theirs).
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  const parts = literals(strings);
  let out = parts[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (parts[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup the caller vouches for (a generated SVG chart, a constant stylesheet). Never pass user text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
