/**
 * A few lines of string building for the first frame's markup (paint.ts): no React, no DOM, so
 * the first frame costs only the math and this. Every text and attribute value is escaped.
 */

export type Attrs = Readonly<Record<string, string | number | undefined>>;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Text as markup: never HTML, whatever it holds. */
export function text(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** One element with its attributes (undefined ones left out) and its children's markup. */
export function el(name: string, attrs: Attrs, ...children: (string | false | null)[]): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs))
    if (value !== undefined) open += ` ${key}="${text(String(value))}"`;
  return `${open}>${children.filter((c) => typeof c === 'string').join('')}</${name}>`;
}
