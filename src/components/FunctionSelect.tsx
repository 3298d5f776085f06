import { useId } from 'react';
import type { Family } from '../math';
import { CATALOG } from '../math/catalog';
import type { MessageKey } from '../i18n/catalogue';
import { CUSTOM_ID } from '../state/formula';
import { useT } from './useT';

/** Picker groups in display order, with their translated labels. */
const FAMILIES: readonly { family: Family; label: MessageKey }[] = [
  { family: 'relu', label: 'familyRelu' },
  { family: 'smooth', label: 'familySmooth' },
  { family: 'saturating', label: 'familySaturating' },
  { family: 'shrink', label: 'familyShrink' },
];

export interface FunctionSelectProps {
  /** Accessible name, shown as the label. */
  label: string;
  value: string;
  onChange(id: string): void;
  /** Ids not offered (e.g. the functions already on the plot). */
  exclude?: readonly string[];
  className?: string;
}

/** A native `<select>` of registry functions grouped by family, and the custom formula last. */
export function FunctionSelect({
  label,
  value,
  onChange,
  exclude = [],
  className,
}: FunctionSelectProps) {
  const t = useT();
  const id = useId();
  const offered = (fn: string) => fn === value || !exclude.includes(fn);
  return (
    <div className={['ae-select-wrap', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="ae-label">
        {label}
      </label>
      <select
        id={id}
        className="ae-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {FAMILIES.map(({ family, label: groupLabel }) => {
          const members = CATALOG.filter((a) => a.family === family && offered(a.id));
          if (members.length === 0) return null;
          return (
            <optgroup key={family} label={t(groupLabel)}>
              {members.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          );
        })}
        {offered(CUSTOM_ID) && <option value={CUSTOM_ID}>{t('formulaOption')}</option>}
      </select>
    </div>
  );
}
