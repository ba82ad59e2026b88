import { message } from '../define';

/** Calls that could not be made or answered, whichever shell carried them. */
export const requestMessages = {
  'request.unknown-method': message<{ method: string }>(
    (p) => `unknown method "${p.method}"`,
    (p) => `méthode inconnue « ${p.method} »`,
  ),
  'request.invalid-input': message<{ method: string; path: string; detail: string }>(
    (p) => `${p.method}: invalid input${p.path ? ` at ${p.path}: ${p.detail}` : ''}`,
    (p) => `${p.method} : entrée invalide${p.path ? ` (${p.path} : ${p.detail})` : ''}`,
  ),
  'request.refused': message(
    () => 'refused: this request did not come from the Cercle window',
    () => 'refusé : cette demande ne vient pas de la fenêtre de Cercle',
  ),
  'request.unsendable': message<{ method: string; detail: string }>(
    (p) => `${p.method}: input cannot be sent to the database worker (${p.detail})`,
    (p) => `${p.method} : l'entrée ne peut pas être transmise au processus de la base (${p.detail})`,
  ),
  'shell.worker-stopped': message(
    () => 'the database worker was stopped',
    () => 'le processus de la base a été arrêté',
  ),
  'shell.worker-failed': message<{ detail: string }>(
    (p) => `the database worker failed: ${p.detail}`,
    (p) => `le processus de la base a échoué : ${p.detail}`,
  ),
  'shell.worker-exited': message<{ code: number }>(
    (p) => `the database worker stopped (exit code ${p.code})`,
    (p) => `le processus de la base s'est arrêté (code de sortie ${p.code})`,
  ),
  'shell.parse-thread-exited': message<{ code: number }>(
    (p) => `the parsing thread stopped early (exit code ${p.code})`,
    (p) => `le fil de lecture s'est arrêté trop tôt (code de sortie ${p.code})`,
  ),
  'shell.bad-answer': message(
    () => 'the desktop shell gave an answer of an unknown shape',
    () => "l'application de bureau a donné une réponse de forme inconnue",
  ),
  'shell.dialog-kind': message(
    () => 'open import dialog: kind must be "files" or "folder"',
    () => 'boîte d’import : le type doit être "files" ou "folder"',
  ),
  /** A bug, not the user's doing: the shell logged it with its stack. */
  internal: message<{ detail: string }>(
    (p) => p.detail,
    (p) => `erreur interne de Cercle (${p.detail}) ; elle a été consignée dans le journal`,
  ),
};
