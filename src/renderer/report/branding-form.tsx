import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lightPalette } from '../../core/charts/palette';
import type { ReportBranding } from '../../core/contract/reports';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLanguage } from '../i18n/i18n';
import { ErrorLine } from '../ui/error-line';

const MAX_LOGO_BYTES = 1_000_000;

/** Reads an image file as the data: URI the report embeds (it is one self-contained file). */
function readDataUri(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/**
 * The agency's white label. Edits show in the preview at once (sent with the request); saving stores
 * them for the workspace (every client) or as this client's overrides.
 */
export function BrandingForm({
  client,
  branding,
  onChange,
}: {
  client: string;
  branding: ReportBranding;
  onChange: (b: ReportBranding) => void;
}) {
  const { t } = useTranslation('report');
  const { lang } = useLanguage();
  const { api } = useBackend();
  const [status, setStatus] = useState<{ error?: string; saved?: boolean }>({});
  const set = (patch: Partial<ReportBranding>) => {
    setStatus({});
    onChange(
      Object.fromEntries(Object.entries({ ...branding, ...patch }).filter(([, v]) => v !== undefined && v !== '')) as ReportBranding,
    );
  };
  const logo = (key: 'agencyLogo' | 'clientLogo') => async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) return setStatus({ error: t('logoTooBig', { file: file.name }) });
    set({ [key]: await readDataUri(file) });
  };
  const save = async (scope: 'all' | 'client') => {
    try {
      await api['reports.branding.set']({ client: scope === 'client' ? client : undefined, branding });
      setStatus({ saved: true });
    } catch (err) {
      setStatus({ error: oneLine(err, lang) });
    }
  };
  const logoField = (key: 'agencyLogo' | 'clientLogo', label: string) => (
    <div className="field">
      <span className="field__label">{label}</span>
      <div className="report-logo">
        {branding[key] && <img src={branding[key]} alt="" className="report-logo__img" />}
        <input
          type="file"
          accept="image/png,image/jpeg,image/svg+xml"
          onChange={logo(key)}
          aria-label={label}
          data-testid={`report-${key}`}
        />
        {branding[key] && (
          <button type="button" className="btn btn--ghost btn--small" onClick={() => set({ [key]: undefined })}>
            {t('removeLogo')}
          </button>
        )}
      </div>
    </div>
  );
  return (
    <div className="form">
      <label className="field">
        <span className="field__label">{t('agencyName')}</span>
        <input
          className="input"
          value={branding.agencyName ?? ''}
          maxLength={120}
          onChange={(e) => set({ agencyName: e.target.value })}
          data-testid="report-agency-name"
        />
      </label>
      {logoField('agencyLogo', t('agencyLogo'))}
      {logoField('clientLogo', t('clientLogo'))}
      <div className="form--two">
        <label className="field">
          <span className="field__label">{t('primaryColour')}</span>
          <input
            type="color"
            value={branding.primaryColour ?? lightPalette.accentStrong}
            onChange={(e) => set({ primaryColour: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('accentColour')}</span>
          <input type="color" value={branding.accentColour ?? lightPalette.warm} onChange={(e) => set({ accentColour: e.target.value })} />
        </label>
      </div>
      {status.error && <ErrorLine message={status.error} onDismiss={() => setStatus({})} />}
      <div className="form__actions">
        <button type="button" className="btn btn--secondary" onClick={() => void save('all')} data-testid="report-branding-save-all">
          {t('saveForAll')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={() => void save('client')} data-testid="report-branding-save-client">
          {t('saveForClient')}
        </button>
        {status.saved && <span role="status">{t('saved')}</span>}
      </div>
    </div>
  );
}
