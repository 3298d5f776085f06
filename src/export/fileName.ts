import type { Params } from '../math';

/** What an export holds: the main function, its parameter values and the compared ids. */
export interface ExportSubject {
  fn: string;
  params: Params;
  cmp: readonly string[];
}

/** Keeps file names portable: letters, digits, `.`, `_` and `-` only. */
const unsafe = /[^A-Za-z0-9._-]+/g;

/** A parameter value as written in a file name: `String(n)`, with `-0` as `0`. */
const valueText = (n: number): string => (Object.is(n, -0) ? '0' : String(n));

/**
 * A file name that says what the file holds, e.g. `leaky_relu-alpha0.1.svg`,
 * `elu-alpha1-vs-relu-gelu.csv`: the function id, each parameter as key + value (in the
 * registry's order when `order` is given, else the params' own order), then `-vs-` and the
 * compared ids.
 */
export function exportFileName(
  subject: ExportSubject,
  extension: 'svg' | 'png' | 'csv',
  order?: readonly string[],
): string {
  const keys = order ?? Object.keys(subject.params);
  const parts = [subject.fn];
  for (const key of keys) {
    const v = subject.params[key];
    if (v !== undefined) parts.push(`${key}${valueText(v)}`);
  }
  if (subject.cmp.length > 0) parts.push('vs', ...subject.cmp);
  const stem = parts.join('-').replace(unsafe, '_');
  return `${stem}.${extension}`;
}
