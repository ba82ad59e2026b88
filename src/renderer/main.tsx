import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BackendContext } from './api/backend-context';
import { createBackend } from './api/create-backend';
import { oneLine } from './api/one-line';
import { App } from './app';
import { followColorScheme } from './ui/color-scheme';
import { ErrorLine } from './ui/error-line';
import './styles/base.css';
import './styles/layout.css';
import './styles/cards.css';
import './styles/controls.css';
import './styles/tables.css';
import './styles/dashboard.css';
import './styles/import.css';

followColorScheme();
const root = createRoot(document.getElementById('root')!);
try {
  const backend = createBackend();
  root.render(
    <StrictMode>
      <BackendContext.Provider value={backend}>
        <App />
      </BackendContext.Provider>
    </StrictMode>,
  );
} catch (err) {
  root.render(
    <main className="page page--center">
      <ErrorLine message={oneLine(err)} />
    </main>,
  );
}
