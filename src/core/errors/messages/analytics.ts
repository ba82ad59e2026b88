import { message } from '../define';

/** Metrics requests and their settings. */
export const analyticsMessages = {
  'settings.invalid': message<{ path: string; detail: string }>(
    (p) => `setting ${p.path}: ${p.detail}`,
    (p) => `réglage ${p.path} : ${p.detail}`,
  ),
  'settings.bad-rule': message<{ rule: string; pattern: string; detail: string }>(
    (p) => `the ${p.rule} rule "${p.pattern}" is not a valid regular expression (${p.detail})`,
    (p) => `la règle ${p.rule} « ${p.pattern} » n'est pas une expression régulière valide (${p.detail})`,
  ),
  'settings.onion-shares': message(
    () => 'onion shares: core + regular must stay below 1',
    () => 'parts de l’oignon : cœur + réguliers doivent rester sous 1',
  ),
  'settings.business-hours-order': message(
    () => 'business hours: the end must come after the start',
    () => 'heures ouvrées : la fin doit venir après le début',
  ),
  'filter.ends-before-start': message<{ from: string; to: string }>(
    (p) => `the filter ends (${p.to}) before it starts (${p.from})`,
    (p) => `le filtre se termine (${p.to}) avant de commencer (${p.from})`,
  ),
  'content.not-found': message<{ id: string }>(
    (p) => `no post with id ${p.id} in this client`,
    (p) => `aucune publication d’identifiant ${p.id} chez ce client`,
  ),
};
