import { useTranslation } from 'react-i18next';
import { clientSizeClass, memoryToOpenBytes } from '../../core/domain/client-size';
import { useClientFile } from '../encryption/lock-gate';
import { useFormat } from '../i18n/format';

/**
 * Said above a large client's screens: sql.js holds the whole client in memory and every change saves the
 * whole file, so past 1 GB each save is felt and past 2 GB a smaller computer may fail to open it
 * (core/domain/client-size.ts has the measurements). Nothing is said for a normal client. The file's size
 * is the one the lock gate read (clients.list), inside which the client's frame is drawn.
 */
export function LargeClientNotice() {
  const { t } = useTranslation('clients');
  const f = useFormat();
  const { info } = useClientFile();
  if (!info) return null;
  const size = clientSizeClass(info.sizeBytes);
  if (size === 'normal') return null;
  return (
    <p className="notes__item notes__item--warn" data-testid="large-client" role="note">
      {t(`large.${size}`, { size: f.bytes(info.sizeBytes), memory: f.bytes(memoryToOpenBytes(info.sizeBytes)) })}
    </p>
  );
}
