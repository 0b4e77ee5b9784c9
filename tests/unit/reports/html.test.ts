import { describe, expect, it } from 'vitest';
import { html, trusted } from '../../../electron/core/reports/html';

describe('report HTML', () => {
  it('prints a hostile customer name as text', () => {
    const name = '<img src=x onerror=alert(1)> 王"芳\'';
    const out = html`<td>${name}</td>`.toString();
    expect(out).toBe('<td>&lt;img src=x onerror=alert(1)&gt; 王&quot;芳&#39;</td>');
  });

  it('keeps nested fragments and lists, drops empty values', () => {
    const rows = ['张伟', 'Li & Co'].map((n) => html`<li>${n}</li>`);
    // prettier-ignore
    const out = html`<ul>${rows}${null}${undefined}${false}</ul>${3}`.toString();
    expect(out).toBe('<ul><li>张伟</li><li>Li &amp; Co</li></ul>3');
  });

  it('passes trusted markup through unchanged', () => {
    expect(html`<div>${trusted('<svg></svg>')}</div>`.toString()).toBe('<div><svg></svg></div>');
  });
});
