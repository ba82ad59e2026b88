import type { ColumnVisibilityState } from '@tanstack/react-table';

const KEY = 'cercle.members.columns';

/** The grid's hidden columns, as the user left them (every client, this computer). */
export function loadColumnChoice(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ColumnVisibilityState {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return {};
    return Object.fromEntries(Object.entries(saved).filter(([, v]) => typeof v === 'boolean')) as ColumnVisibilityState;
  } catch {
    return {};
  }
}

export function saveColumnChoice(
  state: ColumnVisibilityState,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  storage?.setItem(KEY, JSON.stringify(state));
}
