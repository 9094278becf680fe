// SVG primitives: elements as strings, attributes escaped. Charts are assembled from these and
// nothing else, so every value that reaches the markup is a number rounded here or text escaped
// here. Coordinates are rounded to 0.01 px to keep the file small.

import { escapeHtml } from './escape.js';

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** A number as an attribute value: two decimals at most. */
export function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeHtml(value)}"`;
  }
  return out;
}

/** An element with children (already markup) or none. */
export function element(tag: string, attrs: Attributes, children: readonly string[] = []): string {
  return children.length === 0 ? `<${tag}${attributes(attrs)}/>` : `<${tag}${attributes(attrs)}>${children.join('')}</${tag}>`;
}

/** The chart's root: a fixed coordinate system that scales to the page width. */
export function svgRoot(width: number, height: number, attrs: Attributes, children: readonly string[]): string {
  return element('svg', {
    xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${num(width)} ${num(height)}`, width, height, ...attrs,
  }, children);
}

export function group(attrs: Attributes, children: readonly string[]): string {
  return element('g', attrs, children);
}

export function rect(x: number, y: number, width: number, height: number, attrs: Attributes = {}): string {
  return element('rect', { x, y, width: Math.max(0, width), height: Math.max(0, height), ...attrs });
}

export function line(x1: number, y1: number, x2: number, y2: number, attrs: Attributes = {}): string {
  return element('line', { x1, y1, x2, y2, ...attrs });
}

export function circle(cx: number, cy: number, r: number, attrs: Attributes = {}, children: readonly string[] = []): string {
  return element('circle', { cx, cy, r, ...attrs }, children);
}

/** A polyline through the points, as a path. */
export function polyline(points: readonly (readonly [number, number])[], attrs: Attributes = {}, children: readonly string[] = []): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join('');
  return element('path', { d, ...attrs }, children);
}

/** Text (escaped). */
export function text(x: number, y: number, content: string, attrs: Attributes = {}): string {
  return `<text${attributes({ x, y, ...attrs })}>${escapeHtml(content)}</text>`;
}

/** Average advance of a character of the charts' 10 px labels, to shorten text to a width without measuring it. */
const CHAR_WIDTH_10PX = 5.6;

/** `content` cut to fit `width` px at 10 px (with an ellipsis); the tooltip keeps the whole text. */
export function fitText(content: string, width: number): string {
  const chars = Math.max(4, Math.floor(width / CHAR_WIDTH_10PX));
  return content.length > chars ? `${content.slice(0, chars - 1)}…` : content;
}

/** A tooltip for its parent element. */
export function title(content: string): string {
  return `<title>${escapeHtml(content)}</title>`;
}
