import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientInfo } from '../../core/contract';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLoad } from '../api/use-load';
import { useLanguage } from '../i18n/i18n';
import { Spinner } from '../ui/card';
import { UnlockForm } from './unlock-form';

interface ClientFile {
  /** The client's file as clients.list describes it (size, encryption), read once by the gate. */
  info: ClientInfo | undefined;
  /** Locks the open client again; null when it is not encrypted (there is nothing to lock). */
  lock: (() => Promise<void>) | null;
}

const ClientFileContext = createContext<ClientFile>({ info: undefined, lock: null });

/** The open client's file, for what the frame says about it (Lock now, the large-client notice). */
export const useClientFile = (): ClientFile => useContext(ClientFileContext);

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
  const info = load.state === 'ready' ? load.data.find((c) => c.name === client) : undefined;
  if (info?.locked) return <UnlockForm client={client} onUnlocked={reload} />;
  const lock = info?.encrypted
    ? async () => {
        await api['clients.lock']({ client });
        reload();
      }
    : null;
  return <ClientFileContext.Provider value={{ info, lock }}>{children}</ClientFileContext.Provider>;
}

/**
 * "Lock now", beside an encrypted client's name: its key leaves memory and the passphrase is asked for again
 * (a consultant stepping away from the machine need not quit the app).
 */
export function LockButton() {
  const { t } = useTranslation('encryption');
  const { lang } = useLanguage();
  const { lock } = useClientFile();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!lock) return null;
  const click = async () => {
    setBusy(true);
    setError(null);
    try {
      await lock();
    } catch (err) {
      setError(oneLine(err, lang));
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="btn btn--ghost btn--small tabs__lock"
      onClick={() => void click()}
      disabled={busy}
      title={error ?? t('lock.hint')}
      data-testid="lock-now"
    >
      {error ? t('lock.failed') : t('lock.button')}
    </button>
  );
}
