import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, type ReportLang, type ReportSectionId } from '../../core/contract/reports';
import { REPORT_MESSAGES } from '../../core/reports/messages';
import { useLanguage } from '../i18n/i18n';

export interface ReportChoice {
  lang: ReportLang;
  sections: ReportSectionId[];
  pseudonymize: boolean;
}

/** What goes in the report: its language, its sections (in the report's order) and pseudonymisation. */
export function ReportOptions({ choice, onChange }: { choice: ReportChoice; onChange: (c: ReportChoice) => void }) {
  const { t } = useTranslation('report');
  // The sections by the titles the report gives them, in the screen's language.
  const titles = REPORT_MESSAGES[useLanguage().lang].sections;
  const toggle = (id: ReportSectionId) => {
    const on = new Set(choice.sections);
    if (on.has(id)) on.delete(id);
    else on.add(id);
    onChange({ ...choice, sections: REPORT_SECTIONS.filter((s) => on.has(s)) });
  };
  return (
    <div className="form report-options">
      <label className="field">
        <span className="field__label">{t('language')}</span>
        <select
          className="input"
          value={choice.lang}
          onChange={(e) => onChange({ ...choice, lang: e.target.value as ReportLang })}
          data-testid="report-lang"
        >
          <option value="fr">{t('languages.fr')}</option>
          <option value="en">{t('languages.en')}</option>
        </select>
      </label>
      <fieldset className="field report-sections">
        <legend className="field__label">{t('sections')}</legend>
        {REPORT_SECTIONS.map((id) => (
          <label key={id} className="report-sections__item">
            <input
              type="checkbox"
              checked={choice.sections.includes(id)}
              onChange={() => toggle(id)}
              data-testid={`report-section-${id}`}
            />
            {titles[id]}
          </label>
        ))}
        <span className="field__hint">{t('alwaysThere')}</span>
      </fieldset>
      <label className="report-check">
        <input
          type="checkbox"
          checked={choice.pseudonymize}
          onChange={(e) => onChange({ ...choice, pseudonymize: e.target.checked })}
          data-testid="report-pseudonymize"
        />
        <span>
          <span className="field__label">{t('pseudonymize')}</span>
          <span className="field__hint">{t('pseudonymizeHint')}</span>
        </span>
      </label>
    </div>
  );
}
