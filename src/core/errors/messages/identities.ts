import { message } from '../define';

/** Merging and splitting identities, and the members they make. */
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
  'member.missing': message<{ id: number }>(
    (p) => `no member with id ${p.id}: it may have been merged into another one`,
    (p) => `aucun membre d'id ${p.id} : il a peut-être été fusionné avec un autre`,
  ),
};
