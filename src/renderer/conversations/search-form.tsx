import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationsSearch } from '../app/search';

const SIGNALS = ['question', 'purchase', 'complaint', 'praise'] as const;

export type SearchPatch = Partial<Pick<ConversationsSearch, 'q' | 'signal' | 'answered'>>;

/**
 * The conversations' own filters, above the list: words (sent on Enter or with the button, so a
 * million-message client is not searched at every key), the intent signal and the brand's answer
 * (applied at once). All three live in the URL with the shared filters.
 */
export function SearchForm({ search, onChange }: { search: ConversationsSearch; onChange: (patch: SearchPatch) => void }) {
  const { t } = useTranslation('conversations');
  const [draft, setDraft] = useState(search.q ?? '');
  // Back, a link or a tab that changes the URL's words changes the box.
  useEffect(() => setDraft(search.q ?? ''), [search.q]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: draft.trim() || undefined });
  };
  const answered = search.answered === undefined ? 'all' : search.answered ? 'yes' : 'no';
  return (
    <form className="conv-search" role="search" aria-label={t('search.form')} onSubmit={submit} data-testid="conversation-search">
      <label className="conv-search__text field">
        <span className="field__label">{t('search.label')}</span>
        <span className="conv-search__row">
          <input
            className="input"
            type="search"
            value={draft}
            maxLength={200}
            placeholder={t('search.placeholder')}
            onChange={(e) => setDraft(e.target.value)}
            aria-describedby="conv-search-hint"
            data-testid="conversation-q"
          />
          <button type="submit" className="btn btn--primary" data-testid="conversation-submit">
            {t('search.submit')}
          </button>
          {search.q && (
            <button type="button" className="btn btn--ghost" onClick={() => onChange({ q: undefined })}>
              {t('search.clear')}
            </button>
          )}
        </span>
        <span className="field__hint" id="conv-search-hint">
          {t('search.hint')}
        </span>
      </label>
      <label className="field">
        <span className="field__label">{t('signal.label')}</span>
        <select
          className="input"
          value={search.signal ?? 'all'}
          onChange={(e) => onChange({ signal: e.target.value === 'all' ? undefined : (e.target.value as (typeof SIGNALS)[number]) })}
          data-testid="conversation-signal"
        >
          <option value="all">{t('signal.all')}</option>
          {SIGNALS.map((s) => (
            <option key={s} value={s}>
              {t(`signal.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('answered.label')}</span>
        <select
          className="input"
          value={answered}
          onChange={(e) => onChange({ answered: e.target.value === 'all' ? undefined : e.target.value === 'yes' })}
          data-testid="conversation-answered"
        >
          <option value="all">{t('answered.all')}</option>
          <option value="yes">{t('answered.yes')}</option>
          <option value="no">{t('answered.no')}</option>
        </select>
      </label>
    </form>
  );
}
