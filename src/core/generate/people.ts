import { FIRST_NAMES, LAST_NAMES } from './phrases';
import { rngFor } from './sampling';

/** More names than the demo needs: 1M interactions means tens of thousands of distinct members. */
const MORE_FIRST = [
  'Adam',
  'Agathe',
  'Alexandre',
  'Amandine',
  'Anaïs',
  'Antoine',
  'Apolline',
  'Aurélie',
  'Axel',
  'Baptiste',
  'Bastien',
  'Benjamin',
  'Capucine',
  'Céline',
  'Charlotte',
  'Clara',
  'Clément',
  'Constance',
  'Damien',
  'Diane',
  'Élise',
  'Éloïse',
  'Émilie',
  'Enzo',
  'Estelle',
  'Fanny',
  'Florian',
  'Gaëlle',
  'Guillaume',
  'Hélène',
  'Héloïse',
  'Isabelle',
  'Jeanne',
  'Julie',
  'Julien',
  'Juliette',
  'Justine',
  'Laura',
  'Laure',
  'Lina',
  'Lola',
  'Lou',
  'Louise',
  'Lucie',
  'Mael',
  'Margaux',
  'Marie',
  'Marion',
  'Mathilde',
  'Maxime',
  'Nina',
  'Noémie',
  'Océane',
  'Pauline',
  'Pierre',
  'Quentin',
  'Raphaël',
  'Romane',
  'Rose',
  'Salomé',
  'Sofia',
  'Solène',
  'Théo',
  'Thomas',
  'Valentin',
  'Victoire',
  'Yasmine',
  'Amelia',
  'Charlotte',
  'Chloe',
  'Daniel',
  'Ella',
  'Emily',
  'George',
  'Grace',
  'Hannah',
  'Harry',
  'Isla',
  'Jack',
  'James',
  'Lily',
  'Lucy',
  'Mohammed',
  'Oliver',
  'Oscar',
  'Poppy',
  'Ruby',
  'Sophie',
  'Theo',
  'William',
  'Amira',
  'Karim',
  'Leïla',
  'Mehdi',
  'Nadia',
  'Sami',
  'Yanis',
  'Aïcha',
  'Ibrahim',
  'Fatou',
  'Moussa',
];
const MORE_LAST = [
  'Richard',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Lefèvre',
  'Fontaine',
  'Chevalier',
  'Robin',
  'Gauthier',
  'Perrin',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Blanc',
  'Guerin',
  'Boyer',
  'Garnier',
  'Faure',
  'Rousseau',
  'Roux',
  'Vincent',
  'Fournier',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Clément',
  'Gauthier',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrot',
  'Mathieu',
  'Masson',
  'Marchand',
  'Duval',
  'Denis',
  'Dumont',
  'Marie',
  'Lemaire',
  'Noël',
  'Meyer',
  'Dufour',
  'Meunier',
  'Brun',
  'Blanchard',
  'Giraud',
  'Joly',
  'Rivière',
  'Lucas',
  'Brunet',
  'Gaillard',
  'Barbier',
  'Arnaud',
  'Martins',
  'Roche',
  'Renard',
  'Schmitt',
  'Colin',
  'Vidal',
  'Caron',
  'Picard',
  'Roger',
  'Fabre',
  'Aubert',
  'Lemoine',
  'Renaud',
  'Dumas',
  'Taylor',
  'Anderson',
  'Clarke',
  'Walker',
  'Wright',
  'Thompson',
  'White',
  'Hughes',
  'Edwards',
  'Green',
  'Hall',
  'Wood',
  'Harris',
  'Lewis',
  'Martin-Roy',
  'Benali',
  'Haddad',
  'Diallo',
  'Traoré',
  'Nguyen',
  'Tran',
  'Rossi',
  'Ferrari',
  'Silva',
  'Santos',
  'Kowalski',
  'Novak',
];

const FIRST = [...new Set([...FIRST_NAMES, ...MORE_FIRST])];
const LAST = [...new Set([...LAST_NAMES, ...MORE_LAST])];
const INITIALS = 'ABCDEFGHIJKLMNOPRSTVW';
const EN_FIRST = new Set(MORE_FIRST.slice(MORE_FIRST.indexOf('Amelia'), MORE_FIRST.indexOf('William') + 1));

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const coprime = (n: number, from: number) => {
  let k = from;
  while (gcd(k, n) !== 1) k++;
  return k;
};
// Multipliers coprime with the list lengths make the scrambles below one-to-one.
const MUL_F = coprime(FIRST.length, 7);
const MUL_L = coprime(LAST.length, 11);

export interface Person {
  id: number;
  first: string;
  last: string;
  /** Unique across the community: some platforms (WhatsApp) know people by name only. */
  name: string;
  /** A lower-case username as Instagram/Discord/Telegram users pick them. */
  username: string;
  lang: 'fr' | 'en';
}

export function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '');
}

/** Person `id` of the community pool of `seed`: the same id always gives the same person. */
export function personOf(seed: number, id: number): Person {
  const r = rngFor(seed, 0x5ee, id);
  const f = id % FIRST.length;
  const l = Math.floor(id / FIRST.length) % LAST.length;
  const round = Math.floor(id / (FIRST.length * LAST.length));
  // Scramble which first and last names go together, keeping every (first, last) pair unique.
  const first = FIRST[(f * MUL_F + round) % FIRST.length]!;
  const last = LAST[(l * MUL_L + f * 3) % LAST.length]!;
  const middle = round === 0 ? '' : round <= INITIALS.length ? ` ${INITIALS[round - 1]}.` : ` ${round}`;
  const name = `${first}${middle} ${last}`;
  const styles = [
    () => `${ascii(first)}.${ascii(last)}`.toLowerCase(),
    () => `${ascii(first)}_${ascii(last).slice(0, 3)}${id % 100}`.toLowerCase(),
    () => `${ascii(first)}${ascii(last)}`.toLowerCase(),
    () => `the.${ascii(first).toLowerCase()}${id % 1000}`,
  ];
  let username = styles[Math.floor(r() * styles.length)]!();
  // Usernames are unique on every platform: suffix the person id when the style alone could collide.
  if (round > 0 || !/\d/.test(username)) username += `_${id.toString(36)}`;
  const lang = EN_FIRST.has(first) ? (r() < 0.85 ? 'en' : 'fr') : r() < 0.72 ? 'fr' : 'en';
  return { id, first, last, name, username, lang };
}

/** A Discord-style snowflake (ms since 2015 in the high bits) as a decimal string. */
export function snowflake(ms: number, seq: number): string {
  return ((BigInt(Math.max(0, ms - 1_420_070_400_000)) << 22n) | BigInt(seq & 0x3fffff)).toString();
}

/** A stable numeric id of `digits` digits for a person on some platform. */
export function numericId(seed: number, salt: number, id: number, digits: number): string {
  const r = rngFor(seed, salt, id);
  let s = String(1 + Math.floor(r() * 9));
  while (s.length < digits) s += String(Math.floor(r() * 10));
  return s;
}
