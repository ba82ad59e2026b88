import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../core/errors';
import { useLanguage } from '../i18n/i18n';

const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français' };

/** The frame of every page: the top bar (home, the exports guide, the language) and the page itself. */
export function Shell() {
  const { t } = useTranslation();
  const { lang, setLang } = useLanguage();
  return (
    <div className="shell">
      <header className="topbar">
        <Link className="brand" to="/">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t('appName')}</span>
          <span className="brand__tagline">{t('tagline')}</span>
        </Link>
        <nav className="crumbs" aria-label={t('nav.breadcrumb')}>
          <Link to="/" activeOptions={{ exact: true }} activeProps={{ 'aria-current': 'page' }}>
            {t('nav.clients')}
          </Link>
          <Link to="/guide" activeProps={{ 'aria-current': 'page' }} data-testid="nav-guide">
            {t('nav.guide')}
          </Link>
        </nav>
        <span className="topbar__note">{t('localOnly')}</span>
        <label className="topbar__lang">
          <span className="visually-hidden">{t('language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="language">
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <Outlet />
    </div>
  );
}
