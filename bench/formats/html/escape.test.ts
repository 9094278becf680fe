// Escaping: data never becomes markup, and markup built with `html` is not escaped twice.

import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from './escape.js';
import { describeRatio, formatBytes, formatMs, formatRatio } from './format.js';
import { text } from './svg.js';

describe('escaping', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('escapes interpolated strings but not nested markup', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"q"'}">${inner}${['<', raw('<br>')]}${undefined}${false}${3}</p>`.text)
      .toBe('<p title="&quot;q&quot;"><b>&lt;i&gt;</b>&lt;<br>3</p>');
  });
  it('escapes SVG text', () => {
    expect(text(1, 2, '</text><script>')).toBe('<text x="1" y="2">&lt;/text&gt;&lt;script&gt;</text>');
  });
});

describe('number formats', () => {
  it('times in the unit that suits them', () => {
    expect(formatMs(0.0123)).toBe('12.3 µs');
    expect(formatMs(12.345)).toBe('12.3 ms');
    expect(formatMs(3441)).toBe('3.44 s');
    expect(formatMs(undefined)).toBe('–');
  });
  it('ratios as figures and in words', () => {
    expect(formatRatio(0.2857)).toBe('0.286×');
    expect(describeRatio(0.25)).toBe('4× slower');
    expect(describeRatio(5.36)).toBe('5.4× faster');
    expect(describeRatio(1.001)).toBe('same speed');
  });
  it('bytes in binary units', () => {
    expect(formatBytes(10.2 * 2 ** 20)).toBe('10.2 MiB');
    expect(formatBytes(512)).toBe('512 B');
  });
});
