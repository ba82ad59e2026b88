import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Lang } from '../../core/errors';
import { createI18n } from './i18n';

/** Renders a component of the app with its messages in `lang`, as main.tsx provides them. */
export function renderWithI18n(ui: ReactElement, lang: Lang = 'en'): RenderResult {
  return render(<I18nextProvider i18n={createI18n(lang)}>{ui}</I18nextProvider>);
}
