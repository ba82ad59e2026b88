import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Load } from '../api/use-load';
import { Spinner } from './card';
import { ErrorLine } from './error-line';

/**
 * One part of a screen that loads on its own: while it loads, a box of the size of what will come
 * (`className`, a chart's by default), so nothing below jumps when the data arrive; an error as one line
 * with a retry.
 */
export function LoadSlot<T>({
  load,
  reload,
  children,
  className = 'chart',
}: {
  load: Load<T>;
  reload: () => void;
  children: (data: T) => ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  if (load.state === 'loading')
    return (
      <div className={`${className} load-slot`}>
        <Spinner label={t('loading')} />
      </div>
    );
  if (load.state === 'error') return <ErrorLine message={load.error} onRetry={reload} />;
  return <>{children(load.data)}</>;
}
