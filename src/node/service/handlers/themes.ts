import type { Handlers } from '../../../core/contract';
import { computeClientThemes, readClientThemes, themeMessages } from '../../../core/themes/client-themes';
import type { Workspace } from '../../store/workspace';
import type { ServiceOptions } from './context';

type ThemesHandlers = Pick<Handlers, 'themes.compute' | 'themes.get' | 'themes.messages'>;

/**
 * Themes of a client's texts: computed by the core engine inside one write of the client file (in the
 * app this runs in the database worker, never on the UI thread), then read back from what was stored.
 */
export function themesHandlers(ws: Workspace, now: () => number, opts: ServiceOptions): ThemesHandlers {
  return {
    'themes.compute': async ({ client, ...settings }) => {
      await ws.write(client, (db) =>
        computeClientThemes(db, settings, { now, checkpoint: (p) => opts.onThemesProgress?.({ client, ...p }) }),
      );
      return ws.read(client, (db) => readClientThemes(db, client));
    },
    'themes.get': async ({ client }) => ws.read(client, (db) => readClientThemes(db, client)),
    'themes.messages': async ({ client, theme, limit, offset }) => ws.read(client, (db) => themeMessages(db, theme, limit, offset)),
  };
}
