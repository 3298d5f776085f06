/**
 * The export kit's URL parameters are one-shot actions, not state: the page takes them out of
 * its query before reading the state (so they raise no "unknown parameter" notice and never
 * reach a shared link or the QR code), and hands them to the lazily loaded kit, which
 * validates them (query.ts). Kept tiny: the page's first chunk imports it.
 */
export const KIT_KEYS: readonly string[] = ['export', 'sweep', 'from', 'to', 'frames'];

/** The kit's parameters as given, in order (repeats included), for query.ts to validate. */
export type KitQuery = readonly (readonly [key: string, value: string])[];

/** Splits `search` into the kit's parameters and the rest (null kit when it has none). */
export function takeKitParams(search: string): { rest: URLSearchParams; kit: KitQuery | null } {
  const rest = new URLSearchParams();
  const kit: [string, string][] = [];
  for (const [k, v] of new URLSearchParams(search))
    if (KIT_KEYS.includes(k)) kit.push([k, v]);
    else rest.append(k, v);
  return { rest, kit: kit.length > 0 ? kit : null };
}
