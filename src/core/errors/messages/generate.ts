import { message } from '../define';

/** The synthetic community generator's options. */
export const generateMessages = {
  'generate.size-not-number': message<{ size: string }>(
    (p) => `size "${p.size}" is not a number such as 2500, 10k or 1M`,
    (p) => `la taille « ${p.size} » n'est pas un nombre comme 2500, 10k ou 1M`,
  ),
  'generate.size-range': message<{ size: string }>(
    (p) => `size ${p.size} is out of range (100 to 20M interactions)`,
    (p) => `la taille ${p.size} est hors limites (de 100 à 20M interactions)`,
  ),
  'generate.unknown-format': message<{ format: string; known: string }>(
    (p) => `unknown format "${p.format}" (known: ${p.known})`,
    (p) => `format inconnu « ${p.format} » (connus : ${p.known})`,
  ),
  'generate.no-format': message(
    () => 'no format given',
    () => 'aucun format donné',
  ),
};
