import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../core/contract';
import { useBackend } from '../api/backend-context';
import { fileName } from './picked';
import { useFormat } from '../i18n/format';

/** Listens to the core's progress events for this client while an import runs. */
export function useImportProgress(client: string, active: boolean): ImportProgress | null {
  const { onEvent } = useBackend();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    setProgress(null);
    return onEvent((e) => {
      if (e.event === 'imports.progress' && e.data.client === client) setProgress(e.data);
    });
  }, [client, active, onEvent]);
  return active ? progress : null;
}

export function ProgressBar({ progress }: { progress: ImportProgress | null }) {
  const { t } = useTranslation('import');
  const f = useFormat();
  // The bytes read say how far a long single file has got; files done would stay at 0 until it ends.
  const share =
    progress && progress.bytesTotal > 0
      ? progress.bytesDone / progress.bytesTotal
      : progress && progress.filesTotal > 0
        ? progress.filesDone / progress.filesTotal
        : 0;
  return (
    <div className="progress" role="status" aria-live="polite">
      <div className={`progress__track${progress ? '' : ' progress__track--indeterminate'}`}>
        <div className="progress__bar" style={progress ? { width: `${Math.max(4, share * 100)}%` } : undefined} />
      </div>
      <p className="progress__text">
        {progress
          ? t('progress', {
              file: fileName(progress.file),
              current: Math.min(progress.filesDone + 1, progress.filesTotal),
              total: progress.filesTotal,
              records: f.int(progress.records),
            })
          : t('reading')}
      </p>
    </div>
  );
}
