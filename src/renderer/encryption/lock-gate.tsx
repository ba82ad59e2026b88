import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { Spinner } from '../ui/card';
import { UnlockForm } from './unlock-form';

/**
 * Shows a locked (encrypted, not yet unlocked) client's unlock form in place of its screens, which
 * would all fail; once unlocked, the screens. Any other state is the screens' to show (a missing
 * client, an unreadable file), so a failed list lets them through.
 */
export function LockGate({ client, children }: { client: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { api } = useBackend();
  const { load, reload } = useLoad(() => api['clients.list']({}), `lock:${client}`);
  if (load.state === 'loading') return <Spinner label={t('loading')} />;
  const locked = load.state === 'ready' && load.data.some((c) => c.name === client && c.locked);
  return locked ? <UnlockForm client={client} onUnlocked={reload} /> : <>{children}</>;
}
