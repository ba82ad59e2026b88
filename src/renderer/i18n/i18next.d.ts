import 'i18next';
import type { EnglishResources } from './resources';

// Keys and namespaces of t() are checked against the English messages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: EnglishResources;
  }
}
