import { message } from '../define';

/** Merging and splitting identities. */
export const identityMessages = {
  'identity.merge-needs-two': message(
    () => 'a merge needs at least two identities',
    () => 'une fusion demande au moins deux identités',
  ),
  'identity.missing': message<{ id: number }>(
    (p) => `no identity with id ${p.id}`,
    (p) => `aucune identité d'id ${p.id}`,
  ),
  'identity.brand': message<{ id: number }>(
    (p) => `identity ${p.id} is the brand's own and cannot be merged with a member`,
    (p) => `l'identité ${p.id} est celle de la marque et ne peut pas être fusionnée avec un membre`,
  ),
};
