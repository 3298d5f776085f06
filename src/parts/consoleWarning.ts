import { format } from '../i18n/catalogue';
import type { Notice } from '../state/patch';

/**
 * A notice as one English console line, for hosts without a notice area (the element, the React
 * component): `<activation-explorer> alpha="7": alpha=7 was clamped to 1.`
 */
export function consoleWarning(host: string, n: Notice): string {
  return `${host} ${n.param}="${n.value}": ${format('en', n.message, {
    param: n.param,
    value: n.value,
    ...n.vars,
  })}`;
}
