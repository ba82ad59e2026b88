import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_RUN_STEPS, type ThemesProgress } from '../../core/contract/themes';
import { describeError, isErrorCode } from '../../core/errors';
import { useBackend } from '../api/backend-context';
import { CallError } from '../api/call-error';
import { oneLine } from '../api/one-line';
import { useLanguage } from '../i18n/i18n';
import { useFormat } from '../i18n/format';
import { Card } from '../ui/card';
import { ErrorLine } from '../ui/error-line';

type RunStep = (typeof THEME_RUN_STEPS)[number];

export interface ThemesRun {
  /** A run of this client is going: asked for here, or started by an import (automatic). */
  running: boolean;
  /** Its latest step (null until the first arrives). */
  progress: ThemesProgress | null;
  /** The run going is the one an import started. */
  automatic: boolean;
  cancelling: boolean;
  /** How the last run ended when it was not done: cancelled, or its error line. */
  ended: { cancelled: true } | { error: string } | null;
  start(): void;
  cancel(): void;
  dismiss(): void;
}

/**
 * The themes runs of a client as the screen sees them: the one it starts (themes.compute) and the one an
 * import starts, both reported by themes.progress events (every shell relays them); `changed` is called
 * when stored themes may have changed, so the screen reads them again.
 */
export function useThemesRun(client: string, changed: () => void): ThemesRun {
  const { api, onEvent } = useBackend();
  const { lang } = useLanguage();
  const [asked, setAsked] = useState(false);
  const [progress, setProgress] = useState<ThemesProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [ended, setEnded] = useState<ThemesRun['ended']>(null);
  const changedRef = useRef(changed);
  changedRef.current = changed;
  useEffect(
    () =>
      onEvent((e) => {
        if (e.event !== 'themes.progress' || e.data.client !== client) return;
        const p = e.data;
        if (p.step === 'done' || p.step === 'cancelled' || p.step === 'failed') {
          setProgress(null);
          setCancelling(false);
          // A run asked for here ends with its call's answer; the one an import started ends here.
          if (!p.automatic) return;
          if (p.step === 'cancelled') setEnded({ cancelled: true });
          if (p.step === 'failed' && p.reason)
            setEnded({ error: isErrorCode(p.reason.code) ? describeError(p.reason, lang) : p.reason.code });
          changedRef.current();
          return;
        }
        setProgress(p);
      }),
    [client, onEvent, lang],
  );
  const start = useCallback(() => {
    setAsked(true);
    setEnded(null);
    setProgress(null);
    // Computed again with the stored run's settings (its seed, the consultant's cut, the brand's texts in
    // or out), as the run an import starts is: only a client never computed gets the defaults.
    api['themes.get']({ client })
      .then(({ settings: s }) =>
        api['themes.compute']({ client, ...(s ? { seed: s.seed, granularity: s.granularity, includeBrand: s.includeBrand } : {}) }),
      )
      .then(
        () => {
          setAsked(false);
          setCancelling(false);
          changedRef.current();
        },
        (e: unknown) => {
          setAsked(false);
          setCancelling(false);
          setProgress(null);
          setEnded(e instanceof CallError && e.reason.code === 'themes.cancelled' ? { cancelled: true } : { error: oneLine(e) });
        },
      );
  }, [api, client]);
  const cancel = useCallback(() => {
    setCancelling(true);
    api['themes.cancel']({ client }).catch((e: unknown) => {
      setCancelling(false);
      setEnded({ error: oneLine(e) });
    });
  }, [api, client]);
  return {
    running: asked || progress !== null,
    progress,
    automatic: !asked && progress?.automatic === true,
    cancelling,
    ended,
    start,
    cancel,
    dismiss: () => setEnded(null),
  };
}

/** The run going: its step of all, in words, a bar, the time spent, and Cancel. */
export function ThemesRunCard({ run }: { run: ThemesRun }) {
  const { t } = useTranslation('themes');
  const f = useFormat();
  const [started] = useState(() => performance.now());
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setElapsed((performance.now() - started) / 1000), 500);
    return () => clearInterval(timer);
  }, [started]);
  const p = run.progress;
  const step = p ? (p.step as RunStep) : null;
  return (
    <Card
      title={t(run.automatic ? 'progress.titleAutomatic' : 'progress.title')}
      className="card--accent"
      actions={
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={run.cancel}
          disabled={run.cancelling}
          data-testid="themes-cancel"
        >
          {run.cancelling ? t('progress.cancelling') : t('progress.cancel')}
        </button>
      }
    >
      <div className="progress" role="status" aria-live="polite" data-testid="themes-progress">
        <div className={`progress__track${p ? '' : ' progress__track--indeterminate'}`}>
          <div
            className="progress__bar"
            data-testid="themes-progress-bar"
            style={p ? { width: `${Math.max(2, p.fraction * 100)}%` } : undefined}
          />
        </div>
        <p className="progress__text" data-testid="themes-progress-text">
          {step
            ? t('progress.line', {
                n: THEME_RUN_STEPS.indexOf(step) + 1,
                of: THEME_RUN_STEPS.length,
                step: t(`progress.steps.${step}`),
                percent: f.percent(Math.floor(p!.fraction * 100) / 100),
                seconds: f.decimal(elapsed, 0),
              })
            : t('progress.waiting', { seconds: f.decimal(elapsed, 0) })}
        </p>
      </div>
      {run.automatic && <p className="card__footnote muted">{t('progress.automaticHint')}</p>}
    </Card>
  );
}

/** How the last run ended when it did not finish: cancelled (the themes as they were), or its error. */
export function ThemesRunEnd({ run }: { run: ThemesRun }) {
  const { t } = useTranslation('themes');
  const { t: tc } = useTranslation();
  if (!run.ended) return null;
  if ('error' in run.ended) return <ErrorLine message={run.ended.error} onDismiss={run.dismiss} onRetry={run.start} />;
  return (
    <p className="line-note muted" data-testid="themes-cancelled">
      {t('progress.cancelled')}{' '}
      <button type="button" className="btn btn--ghost btn--small" onClick={run.dismiss} aria-label={tc('dismiss')}>
        ×
      </button>
    </p>
  );
}
