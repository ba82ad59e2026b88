import { clientsMessages } from '../clients/messages';
import { conversationsMessages } from '../conversations/messages';
import { encryptionMessages } from '../encryption/messages';
import { funnelMessages } from '../funnel/messages';
import { guideMessages } from '../guide/messages';
import { importMessages } from '../import/messages';
import { membersMessages } from '../members/messages';
import { overviewMessages } from '../overview/messages';
import { recurrenceMessages } from '../recurrence/messages';
import { reportMessages } from '../report/messages';
import { responsivenessMessages } from '../responsiveness/messages';
import { rhythmMessages } from '../rhythm/messages';
import { settingsMessages } from '../settings/messages';
import { themesMessages } from '../themes/messages';
import { commonMessages } from '../ui/messages';

/**
 * Every feature's messages, one namespace each. A feature adds its `messages.ts` (English and French
 * side by side, the French typed after the English) and one line here.
 */
export const FEATURES = {
  common: commonMessages,
  clients: clientsMessages,
  import: importMessages,
  overview: overviewMessages,
  funnel: funnelMessages,
  recurrence: recurrenceMessages,
  report: reportMessages,
  responsiveness: responsivenessMessages,
  rhythm: rhythmMessages,
  members: membersMessages,
  conversations: conversationsMessages,
  guide: guideMessages,
  settings: settingsMessages,
  themes: themesMessages,
  encryption: encryptionMessages,
};

type Features = typeof FEATURES;
export type Namespace = keyof Features;
/** @public Read by i18next.d.ts, which types the keys of t(). */
export type EnglishResources = { [N in Namespace]: Features[N]['en'] };

export function resourcesOf(lang: 'en' | 'fr'): Record<Namespace, object> {
  return Object.fromEntries(Object.entries(FEATURES).map(([ns, m]) => [ns, m[lang]])) as Record<Namespace, object>;
}
