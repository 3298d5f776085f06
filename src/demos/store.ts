import { createStore, type StoreApi } from 'zustand/vanilla';
import { getActivation } from '../math';
import { DEMO_IDS, type DemoId } from './views';
import {
  SCHEMA,
  defaultSettings,
  defaultSettingsOf,
  normalise,
  sameValue,
  type DemoSettings,
  type FieldSpec,
  type SettingsOf,
} from './schema';

export interface DemosActions {
  /**
   * Merges `patch` into one demo's settings. Every value goes through its field's validation
   * (snapped onto the slider grid, lists deduplicated); a value that cannot be made valid is
   * dropped, so the store never holds a setting the URL could not express.
   */
  update<D extends DemoId>(demo: D, patch: Partial<SettingsOf<D>>): void;
  /** One demo back to its defaults. */
  resetDemo(demo: DemoId): void;
}

/** The source of truth of the demos page: one settings object per demo. */
export type DemosStore = DemoSettings & DemosActions;
export type DemosStoreApi = StoreApi<DemosStore>;

const isId = (id: string) => getActivation(id) !== undefined;

export function createDemosStore(initial: Partial<DemoSettings> = {}): DemosStoreApi {
  const start = { ...defaultSettings(), ...initial };
  return createStore<DemosStore>()((set, get) => ({
    ...start,
    update(demo, patch) {
      const fields = SCHEMA[demo] as Record<string, FieldSpec>;
      const next: Record<string, unknown> = { ...get()[demo] };
      let changed = false;
      for (const [key, value] of Object.entries(patch)) {
        const spec = fields[key];
        if (!spec) continue;
        const v = normalise(spec, value, isId);
        if (v === undefined || sameValue(v, next[key])) continue;
        next[key] = v;
        changed = true;
      }
      if (changed) set({ [demo]: next } as Partial<DemosStore>);
    },
    resetDemo(demo) {
      set({ [demo]: defaultSettingsOf(demo) } as Partial<DemosStore>);
    },
  }));
}

/** The settings part of the store's state (what the URL holds). */
export function settingsOf(s: DemosStore): DemoSettings {
  const out: Partial<Record<DemoId, unknown>> = {};
  for (const d of DEMO_IDS) out[d] = s[d];
  return out as DemoSettings;
}
