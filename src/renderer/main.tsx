import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BackendContext } from './api/backend-context';
import { createBackend } from './api/create-backend';
import { oneLine } from './api/one-line';
import { createAppRouter } from './app/router';
import { createI18n, initialLang } from './i18n/i18n';
import { followColorScheme } from './ui/color-scheme';
import { ErrorLine } from './ui/error-line';
import './styles/base.css';
import './styles/layout.css';
import './styles/cards.css';
import './styles/controls.css';
import './styles/tables.css';
import './styles/dashboard.css';
import './styles/import.css';
import './styles/explorer.css';
import './styles/recurrence-rhythm.css';

followColorScheme();
const i18n = createI18n(initialLang());
const root = createRoot(document.getElementById('root')!);
try {
  const backend = createBackend(window.location, i18n.t);
  const router = createAppRouter();
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <BackendContext.Provider value={backend}>
          <RouterProvider router={router} />
        </BackendContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
} catch (err) {
  root.render(
    <I18nextProvider i18n={i18n}>
      <main className="page page--center">
        <ErrorLine message={oneLine(err)} />
      </main>
    </I18nextProvider>,
  );
}
