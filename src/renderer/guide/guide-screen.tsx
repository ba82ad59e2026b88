import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/i18n';
import { Card, PageHeader } from '../ui/card';
import { guideMessages } from './messages';
import '../styles/guide.css';

type PlatformKey = keyof (typeof guideMessages)['en']['platforms'];
type PlatformGuide = (typeof guideMessages)['en']['platforms'][PlatformKey];

const ORDER: PlatformKey[] = ['instagram', 'facebook', 'metaInsights', 'linkedin', 'tiktok', 'youtube', 'discord', 'whatsapp', 'telegram'];

/**
 * How to get each platform's export (a page of its own, linked from the top bar and the import screen).
 * The URL's hash is the router's, so the table of contents scrolls to a platform instead of linking to
 * an anchor.
 */
export function GuideScreen() {
  const { t } = useTranslation('guide');
  const { lang } = useLanguage();
  // The guide's lists are data (steps, contents): read whole from the current language's messages.
  const m = guideMessages[lang];
  const jump = (key: PlatformKey) => {
    const el = document.getElementById(`guide-${key}`);
    el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    el?.focus({ preventScroll: true });
  };
  return (
    <main className="page guide">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <nav className="guide__toc" aria-label={t('toc')}>
        {ORDER.map((key) => (
          <button key={key} type="button" className="chip-toggle guide__jump" onClick={() => jump(key)} data-testid={`guide-jump-${key}`}>
            {m.platforms[key].name.split(' — ')[0]}
          </button>
        ))}
      </nav>
      <Card title={t('rules.title')} className="guide__rules">
        <ul className="guide__list">
          {m.rules.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Card>
      {ORDER.map((key) => (
        <PlatformSection key={key} id={key} guide={m.platforms[key]} labels={m.labels} />
      ))}
    </main>
  );
}

function PlatformSection({ id, guide, labels }: { id: PlatformKey; guide: PlatformGuide; labels: (typeof guideMessages)['en']['labels'] }) {
  return (
    <section
      className="card guide__platform"
      id={`guide-${id}`}
      tabIndex={-1}
      aria-labelledby={`guide-${id}-title`}
      data-testid={`guide-${id}`}
    >
      <h2 className="card__title guide__title" id={`guide-${id}-title`}>
        {guide.name}
      </h2>
      <div className="guide__grid">
        <div>
          <h3 className="subhead">{labels.where}</h3>
          <ol className="guide__list guide__steps">
            {guide.where.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <h3 className="subhead">{labels.choose}</h3>
          <ul className="guide__list">
            {guide.choose.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <h3 className="subhead">{labels.delay}</h3>
          <p>{guide.delay}</p>
          <h3 className="subhead">{labels.file}</h3>
          <p>{guide.file}</p>
        </div>
        <div>
          <h3 className="subhead">{labels.contains}</h3>
          <ul className="guide__list guide__list--ok">
            {guide.contains.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <h3 className="subhead">{labels.lacks}</h3>
          <ul className="guide__list guide__list--no">
            {guide.lacks.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
