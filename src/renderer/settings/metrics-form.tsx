import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsSettings } from '../../core/contract/analytics-settings';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLoad } from '../api/use-load';
import { useFormat } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { Card, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { checkDraft, type Draft, type DraftProblem, fromDraft, RULES, ruleOfPath, toDraft } from './metrics-draft';
import type { settingsMessages } from './messages';

type T = TFunction<'settings'>;
type FieldKey = keyof (typeof settingsMessages)['en']['fields'];
type DepthKey = keyof AnalyticsSettings['depthWeights'];
type WeightKey = keyof AnalyticsSettings['ambassadorWeights'];

/** The settings' paths that have a field of their own, with the key of its label and explanation. */
const FIELD_OF_PATH: Record<string, FieldKey> = {
  responseScope: 'responseScope',
  responseWindowHours: 'responseWindowHours',
  'businessHours.days': 'businessDays',
  'businessHours.start': 'businessStart',
  'businessHours.end': 'businessEnd',
  conversationGapMinutes: 'conversationGapMinutes',
  threadGapHours: 'threadGapHours',
  detailedWords: 'detailedWords',
  conversationMinMessages: 'conversationMinMessages',
  conversionWindowDays: 'conversionWindowDays',
  'recurring.minWeeks': 'recurringWeeks',
  'recurring.minConversations': 'recurringConversations',
  ambassadorMinAdvocacy: 'ambassadorMinAdvocacy',
  ambassadorLimit: 'ambassadorLimit',
  'onion.core': 'onionCore',
  'onion.regular': 'onionRegular',
  loveMonthlyDecay: 'loveMonthlyDecay',
  'reach.maxConversationMembers': 'reachMaxMembers',
  'reach.monthlyDecay': 'reachDecay',
  'reach.replyMentionStrength': 'reachReply',
  'reach.coPresenceStrength': 'reachCoPresence',
};
const DEPTH: DepthKey[] = ['like', 'follow', 'save', 'share', 'shortComment', 'detailedComment', 'storyReply', 'dm', 'twoWayReply'];
const WEIGHTS: WeightKey[] = ['love', 'recommendations', 'helped', 'reach', 'onion', 'retention'];
/** Where each number of the settings is edited, section by section (a test checks none is left out). */
export const NUMBER_LAYOUT = {
  response: ['responseWindowHours'],
  conversations: ['conversationGapMinutes', 'threadGapHours'],
  thresholds: [
    'detailedWords',
    'conversationMinMessages',
    'conversionWindowDays',
    'recurring.minWeeks',
    'recurring.minConversations',
    'ambassadorMinAdvocacy',
    'onion.core',
    'onion.regular',
  ],
  depthWeights: DEPTH.map((k) => `depthWeights.${k}`),
  love: ['loveMonthlyDecay'],
  ambassadorWeights: WEIGHTS.map((k) => `ambassadorWeights.${k}`),
  ranking: [
    'ambassadorLimit',
    'reach.replyMentionStrength',
    'reach.coPresenceStrength',
    'reach.monthlyDecay',
    'reach.maxConversationMembers',
  ],
};
/** ISO weekdays (1 = Monday) and their names. */
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A field's name as the user reads it, for the labels and the one-line errors. */
function labelOf(path: string, t: T): string {
  const field = FIELD_OF_PATH[path];
  if (field) return t(`fields.${field}.label`);
  const [group, key] = path.split('.');
  if (group === 'depthWeights') return `${t('sections.depth.title')} · ${t(`depth.${key as DepthKey}`)}`;
  if (group === 'ambassadorWeights') return `${t('sections.ambassadors.title')} · ${t(`weights.${key as WeightKey}`)}`;
  const rule = ruleOfPath(path);
  return rule ? t(`rules.${rule}`) : path;
}

/** The first problem of a draft, in one line of the user's language. */
export function describeProblem(p: DraftProblem, t: T, num: (n: number) => string): string {
  const field = labelOf(p.path, t);
  switch (p.kind) {
    case 'min':
    case 'above':
      return t(`errors.${p.kind}`, { field, min: num(p.min) });
    case 'max':
    case 'below':
    case 'tooMany':
      return t(`errors.${p.kind}`, { field, max: num(p.max) });
    case 'badRule':
      return t('errors.badRule', { field, pattern: p.pattern });
    case 'shares':
      return t('errors.shares');
    case 'hours':
      return t('errors.hours');
    default:
      return t(`errors.${p.kind}`, { field });
  }
}

/**
 * Every metrics setting (metrics.settings.get / .set / .reset) as one form, each with what it does in
 * both languages. A draft is checked here first, so a mistake is said in the user's language and
 * names the field; what the core refuses comes back as a CallError, said in one line too.
 */
export function MetricsForm({ client }: { client: string }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const { lang } = useLanguage();
  const f = useFormat();
  const { api } = useBackend();
  const decimal = lang === 'fr' ? ',' : '.';
  const { load, reload } = useLoad(() => api['metrics.settings.get']({ client }), `metrics-settings:${client}`);
  const [base, setBase] = useState<AnalyticsSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (load.state !== 'ready') return;
    setBase(load.data);
    setDraft(toDraft(load.data, decimal));
    // The decimal separator follows the language when the form is (re)loaded, not while it is edited.
  }, [load]);
  const pristine = useMemo(() => (base ? JSON.stringify(toDraft(base, decimal)) : ''), [base, decimal]);
  if (load.state === 'loading' || (load.state === 'ready' && (!draft || !base))) return <Spinner label={tc('loading')} />;
  if (load.state === 'error') return <ErrorLine message={load.error} onRetry={reload} />;
  const d = draft!;
  const dirty = JSON.stringify(d) !== pristine;
  const edit = (patch: Partial<Draft>) => {
    setDraft({ ...d, ...patch });
    setSaved(false);
  };
  const setNumber = (path: string, text: string) => edit({ numbers: { ...d.numbers, [path]: text } });
  const apply = async (call: () => Promise<AnalyticsSettings>) => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const next = await call();
      setBase(next);
      setDraft(toDraft(next, decimal));
      setSaved(true);
    } catch (err) {
      setError(oneLine(err, lang));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const settings = fromDraft(d, base!);
    const found = checkDraft(settings);
    setProblem(found);
    if (found) {
      setError(describeProblem(found, t, (n) => f.decimal(n, 4)));
      return;
    }
    void apply(() => api['metrics.settings.set']({ client, settings }));
  };
  const reset = () => {
    setConfirming(false);
    setProblem(null);
    void apply(() => api['metrics.settings.reset']({ client }));
  };
  const num = (path: string, hint = true) => (
    <NumberField
      key={path}
      path={path}
      label={labelOf(path, t)}
      shortLabel={hint ? undefined : shortLabel(path, t)}
      hint={hint ? t(`fields.${FIELD_OF_PATH[path]!}.hint`) : undefined}
      value={d.numbers[path] ?? ''}
      invalid={problem?.path === path}
      onChange={setNumber}
    />
  );
  return (
    <form className="stack settings" onSubmit={submit} noValidate data-testid="metrics-settings">
      <Section title={t('sections.response.title')} subtitle={t('sections.response.subtitle')}>
        <div className="settings-grid">
          <label className="field settings-grid__wide">
            <span className="field__label">{t('fields.responseScope.label')}</span>
            <select
              className="input"
              value={d.scope}
              onChange={(e) => edit({ scope: e.target.value as Draft['scope'] })}
              data-testid="setting-responseScope"
            >
              <option value="addressed">{t('fields.responseScope.addressed')}</option>
              <option value="all">{t('fields.responseScope.all')}</option>
            </select>
            <span className="field__hint">{t('fields.responseScope.hint')}</span>
          </label>
          {NUMBER_LAYOUT.response.map((p) => num(p))}
          <fieldset className="field settings-days">
            <legend className="field__label">{t('fields.businessDays.label')}</legend>
            <div className="settings-days__list">
              {DAYS.map((name, i) => {
                const day = i + 1;
                return (
                  <label key={name} className="chip-toggle">
                    <input
                      type="checkbox"
                      checked={d.days.includes(day)}
                      onChange={() => edit({ days: d.days.includes(day) ? d.days.filter((x) => x !== day) : [...d.days, day] })}
                      data-testid={`setting-day-${day}`}
                    />
                    <span>{t(`days.${name}`)}</span>
                  </label>
                );
              })}
            </div>
            <span className="field__hint">{t('fields.businessDays.hint')}</span>
          </fieldset>
          <div className="settings-hours">
            <TimeField
              label={t('fields.businessStart.label')}
              value={d.start}
              invalid={problem?.path === 'businessHours.start'}
              onChange={(start) => edit({ start })}
              testId="setting-businessHours.start"
            />
            <TimeField
              label={t('fields.businessEnd.label')}
              value={d.end}
              invalid={problem?.path === 'businessHours.end'}
              onChange={(end) => edit({ end })}
              testId="setting-businessHours.end"
            />
          </div>
        </div>
      </Section>
      <Section title={t('sections.conversations.title')} subtitle={t('sections.conversations.subtitle')}>
        <div className="settings-grid">{NUMBER_LAYOUT.conversations.map((p) => num(p))}</div>
      </Section>
      <Section title={t('sections.thresholds.title')} subtitle={t('sections.thresholds.subtitle')}>
        <div className="settings-grid">{NUMBER_LAYOUT.thresholds.map((p) => num(p))}</div>
      </Section>
      <Section title={t('sections.depth.title')} subtitle={t('sections.depth.subtitle')}>
        <div className="settings-grid settings-grid--compact">{NUMBER_LAYOUT.depthWeights.map((p) => num(p, false))}</div>
        <div className="settings-grid">{NUMBER_LAYOUT.love.map((p) => num(p))}</div>
      </Section>
      <Section title={t('sections.ambassadors.title')} subtitle={t('sections.ambassadors.subtitle')}>
        <div className="settings-grid settings-grid--compact">{NUMBER_LAYOUT.ambassadorWeights.map((p) => num(p, false))}</div>
        <div className="settings-grid">{NUMBER_LAYOUT.ranking.map((p) => num(p))}</div>
      </Section>
      <Section title={t('sections.rules.title')} subtitle={t('sections.rules.subtitle')}>
        <div className="settings-rules">
          {RULES.map((rule) => {
            const count = d.rules[rule].split('\n').filter((l) => l.trim()).length;
            const path = rule === 'thanks' ? 'thanksRules' : `intentRules.${rule}`;
            return (
              <label key={rule} className="field">
                <span className="field__label">
                  {t(`rules.${rule}`)} <span className="muted">· {t('rules.count', { count })}</span>
                </span>
                <textarea
                  className="input settings-rules__text"
                  rows={7}
                  spellCheck={false}
                  value={d.rules[rule]}
                  aria-invalid={problem?.path === path || undefined}
                  onChange={(e) => edit({ rules: { ...d.rules, [rule]: e.target.value } })}
                  data-testid={`setting-rules-${rule}`}
                />
              </label>
            );
          })}
        </div>
      </Section>
      <div className="settings-actions" role="group" aria-label={t('metrics.title')}>
        {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
        <div className="form__actions">
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="metrics-settings-save">
            {t('metrics.save')}
          </button>
          {confirming ? (
            <span className="settings-confirm">
              <span>{t('metrics.resetConfirm')}</span>
              <button type="button" className="btn btn--danger btn--small" onClick={reset} data-testid="metrics-settings-reset-confirm">
                {t('metrics.reset')}
              </button>
              <button type="button" className="btn btn--ghost btn--small" onClick={() => setConfirming(false)}>
                {tc('close')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="btn btn--secondary"
              disabled={busy}
              onClick={() => setConfirming(true)}
              data-testid="metrics-settings-reset"
            >
              {t('metrics.reset')}
            </button>
          )}
          {busy && <Spinner label={t('saving')} />}
          {!busy && saved && (
            <span className="settings__saved" role="status" data-testid="metrics-settings-saved">
              {t('saved')}
            </span>
          )}
          {!busy && !saved && dirty && <span className="settings__dirty">{t('metrics.unsaved')}</span>}
        </div>
        <p className="hint">{t('rebuildNote')}</p>
      </div>
    </form>
  );
}

function shortLabel(path: string, t: T): string {
  const [group, key] = path.split('.');
  return group === 'depthWeights' ? t(`depth.${key as DepthKey}`) : t(`weights.${key as WeightKey}`);
}

function Section({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <Card title={title} subtitle={subtitle}>
      {children}
    </Card>
  );
}

function NumberField({
  path,
  label,
  shortLabel,
  hint,
  value,
  invalid,
  onChange,
}: {
  path: string;
  label: string;
  shortLabel?: string;
  hint?: string;
  value: string;
  invalid: boolean;
  onChange: (path: string, text: string) => void;
}) {
  return (
    <label className="field">
      <span className="field__label">{shortLabel ?? label}</span>
      <input
        className="input settings-number"
        inputMode="decimal"
        value={value}
        aria-label={shortLabel ? label : undefined}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(path, e.target.value)}
        data-testid={`setting-${path}`}
      />
      {hint && <span className="field__hint">{hint}</span>}
    </label>
  );
}

function TimeField({
  label,
  value,
  invalid,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  invalid: boolean;
  onChange: (v: string) => void;
  testId: string;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {/* Text, not type="time": the browser would draw it in its own locale (06:00 PM in a French screen). */}
      <input
        className="input settings-time"
        inputMode="numeric"
        placeholder="HH:MM"
        maxLength={5}
        value={value}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value.trim())}
        data-testid={testId}
      />
    </label>
  );
}
