/**
 * English stemmer: the Porter2 ("English Snowball") algorithm, written for this project from its
 * published description (snowballstem.org, BSD). runs, running → run; generalization → general.
 */
const VOWELS = 'aeiouy';
const isV = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
const DOUBLES = ['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'];
const LI_ENDING = 'cdeghkmnrt';

const EXCEPTIONS: Record<string, string> = {
  skis: 'ski',
  skies: 'sky',
  dying: 'die',
  lying: 'lie',
  tying: 'tie',
  idly: 'idl',
  gently: 'gentl',
  ugly: 'ugli',
  early: 'earli',
  only: 'onli',
  singly: 'singl',
  sky: 'sky',
  news: 'news',
  howe: 'howe',
  atlas: 'atlas',
  cosmos: 'cosmos',
  bias: 'bias',
  andes: 'andes',
};
const AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);

function regionAfter(w: string, start: number): number {
  for (let i = start + 1; i < w.length; i++) if (!isV(w[i]) && isV(w[i - 1])) return i + 1;
  return w.length;
}

function shortSyllableAt(w: string, end: number): boolean {
  // the syllable ending at index end-1
  if (end === 2) return isV(w[0]) && !isV(w[1]);
  if (end < 3) return false;
  const a = w[end - 3],
    b = w[end - 2],
    c = w[end - 1]!;
  return !isV(a) && isV(b) && !isV(c) && c !== 'w' && c !== 'x' && c !== 'Y';
}

export function stemEnglish(input: string): string {
  if (input.length <= 2) return input;
  const ex = EXCEPTIONS[input];
  if (ex) return ex;
  let w = input.startsWith("'") ? input.slice(1) : input;
  if (w.startsWith('y')) w = 'Y' + w.slice(1);
  w = w.replace(/([aeiouy])y/g, '$1Y');

  let r1: number;
  const pre = /^(gener|commun|arsen)/.exec(w);
  r1 = pre ? pre[1]!.length : regionAfter(w, 0);
  const r2 = regionAfter(w, r1);
  if (!pre) r1 = Math.min(r1, w.length);

  const ends = (s: string): boolean => w.endsWith(s);
  const inR = (suffixLen: number, r: number): boolean => w.length - suffixLen >= r;

  // Step 0
  for (const s of ["'s'", "'s", "'"])
    if (ends(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  // Step 1a
  if (ends('sses')) w = w.slice(0, -2);
  else if (ends('ied') || ends('ies')) w = w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  else if (ends('us') || ends('ss')) {
    /* unchanged */
  } else if (ends('s')) {
    const stem = w.slice(0, -2);
    if (/[aeiouy]/.test(stem)) w = w.slice(0, -1);
  }
  if (AFTER_1A.has(w)) return w;

  // Step 1b
  const m1b = /(eedly|eed)$/.exec(w);
  if (m1b) {
    if (inR(m1b[1]!.length, r1)) w = w.slice(0, -m1b[1]!.length) + 'ee';
  } else {
    const m = /(ingly|edly|ing|ed)$/.exec(w);
    if (m) {
      const stem = w.slice(0, -m[1]!.length);
      if (/[aeiouy]/.test(stem)) {
        w = stem;
        if (ends('at') || ends('bl') || ends('iz')) w += 'e';
        else if (DOUBLES.some((d) => w.endsWith(d))) w = w.slice(0, -1);
        else if (shortSyllableAt(w, w.length) && r1 >= w.length) w += 'e';
      }
    }
  }
  // Step 1c
  if ((ends('y') || ends('Y')) && w.length > 2 && !isV(w[w.length - 2])) w = w.slice(0, -1) + 'i';

  // Step 2
  const step2: [string, string][] = [
    ['ization', 'ize'],
    ['ational', 'ate'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
    ['iveness', 'ive'],
    ['tional', 'tion'],
    ['biliti', 'ble'],
    ['lessli', 'less'],
    ['entli', 'ent'],
    ['ation', 'ate'],
    ['alism', 'al'],
    ['aliti', 'al'],
    ['ousli', 'ous'],
    ['iviti', 'ive'],
    ['fulli', 'ful'],
    ['enci', 'ence'],
    ['anci', 'ance'],
    ['abli', 'able'],
    ['izer', 'ize'],
    ['ator', 'ate'],
    ['alli', 'al'],
    ['bli', 'ble'],
    ['ogi', 'og'],
    ['li', ''],
  ];
  for (const [s, r] of step2) {
    if (!ends(s)) continue;
    if (inR(s.length, r1)) {
      if (s === 'ogi') {
        if (w[w.length - 4] === 'l') w = w.slice(0, -3) + r;
      } else if (s === 'li') {
        if (LI_ENDING.includes(w[w.length - 3] ?? '')) w = w.slice(0, -2);
      } else w = w.slice(0, -s.length) + r;
    }
    break;
  }
  // Step 3
  const step3: [string, string][] = [
    ['ational', 'ate'],
    ['tional', 'tion'],
    ['alize', 'al'],
    ['icate', 'ic'],
    ['iciti', 'ic'],
    ['ative', ''],
    ['ical', 'ic'],
    ['ness', ''],
    ['ful', ''],
  ];
  for (const [s, r] of step3) {
    if (!ends(s)) continue;
    if (inR(s.length, r1)) {
      if (s === 'ative') {
        if (inR(s.length, r2)) w = w.slice(0, -s.length);
      } else w = w.slice(0, -s.length) + r;
    }
    break;
  }
  // Step 4
  const step4 = [
    'ement',
    'ance',
    'ence',
    'able',
    'ible',
    'ment',
    'ant',
    'ent',
    'ism',
    'ate',
    'iti',
    'ous',
    'ive',
    'ize',
    'ion',
    'al',
    'er',
    'ic',
  ];
  for (const s of step4) {
    if (!ends(s)) continue;
    if (inR(s.length, r2)) {
      if (s === 'ion') {
        const c = w[w.length - 4];
        if (c === 's' || c === 't') w = w.slice(0, -3);
      } else w = w.slice(0, -s.length);
    }
    break;
  }
  // Step 5
  if (ends('e')) {
    if (inR(1, r2) || (inR(1, r1) && !shortSyllableAt(w, w.length - 1))) w = w.slice(0, -1);
  } else if (ends('ll') && inR(1, r2)) w = w.slice(0, -1);
  return w.replace(/Y/g, 'y');
}
