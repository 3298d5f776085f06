import { fill } from '../i18n/catalogue';
import { urlEn } from '../i18n/sections/url.en';
import type { Notice } from '../state/patch';

/**
 * A notice as one English console line, for hosts without a notice area (the element, the React
 * component): `<activation-explorer> alpha="7": alpha=7 was clamped to 1.` Only the English
 * of the notices ships with them.
 */
export function consoleWarning(host: string, n: Notice): string {
  return `${host} ${n.param}="${n.value}": ${fill(urlEn[n.message], {
    param: n.param,
    value: n.value,
    ...n.vars,
  })}`;
}
