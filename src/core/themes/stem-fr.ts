/**
 * French stemmer: the French Snowball algorithm, written for this project from its published
 * description (snowballstem.org, BSD). Words are expected lower-cased with accents (guerres, guerrier
 * → guerr; nationale, nationaux → national). Letters I, U, Y mark i, u, y used as consonants.
 */
const V = 'aeiouyâàëéêèïîôûù';
const isV = (c: string | undefined): boolean => c !== undefined && V.includes(c);

function markConsonants(word: string): string {
  const a = word.split('');
  for (let i = 0; i < a.length; i++) {
    const c = a[i]!;
    if ((c === 'u' || c === 'i') && i > 0 && i < a.length - 1 && isV(a[i - 1]) && isV(a[i + 1])) a[i] = c.toUpperCase();
    else if (c === 'y' && ((i > 0 && isV(a[i - 1])) || (i < a.length - 1 && isV(a[i + 1])))) a[i] = 'Y';
    else if (c === 'u' && i > 0 && a[i - 1] === 'q') a[i] = 'U';
  }
  return a.join('');
}

function regions(w: string): { rv: number; r1: number; r2: number } {
  let rv: number;
  if (/^(par|col|tap)/.test(w)) rv = 3;
  else if (w.length >= 2 && isV(w[0]) && isV(w[1])) rv = Math.min(3, w.length);
  else {
    rv = w.length;
    for (let i = 1; i < w.length; i++)
      if (isV(w[i])) {
        rv = i + 1;
        break;
      }
  }
  const after = (start: number): number => {
    for (let i = start + 1; i < w.length; i++) if (!isV(w[i]) && isV(w[i - 1])) return i + 1;
    return w.length;
  };
  const r1 = after(0);
  return { rv, r1, r2: after(r1) };
}

function longest(w: string, suffixes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const s of suffixes) if (w.endsWith(s) && (!best || s.length > best.length)) best = s;
  return best;
}

const S1_R2_DELETE = ['ance', 'iqUe', 'isme', 'able', 'iste', 'eux', 'ances', 'iqUes', 'ismes', 'ables', 'istes'];
const S1_ATEUR = ['atrice', 'ateur', 'ation', 'atrices', 'ateurs', 'ations'];
const S1_ALL = [
  ...S1_R2_DELETE,
  ...S1_ATEUR,
  'logie',
  'logies',
  'usion',
  'ution',
  'usions',
  'utions',
  'ence',
  'ences',
  'ement',
  'ements',
  'ité',
  'ités',
  'if',
  'ive',
  'ifs',
  'ives',
  'eaux',
  'aux',
  'euse',
  'euses',
  'issement',
  'issements',
  'amment',
  'emment',
  'ment',
  'ments',
];
const S2A =
  `îmes ît îtes i ie ies ir ira irai iraIent irais irait iras irent irez iriez irions irons iront is issaIent issais issait issant issante issantes issants isse issent isses issez issiez issions issons it`.split(
    ' ',
  );
const S2B_DELETE = `é ée ées és èrent er era erai eraIent erais erait eras erez eriez erions erons eront ez iez`.split(' ');
const S2B_E = `âmes ât âtes a ai aIent ais ait ant ante antes ants as asse assent asses assiez assions`.split(' ');

export function stemFrench(input: string): string {
  if (input.length <= 2) return input;
  let w = markConsonants(input);
  const { rv, r1, r2 } = regions(w);
  const inR = (len: number, r: number): boolean => w.length - len >= r;
  const cut = (len: number): void => {
    w = w.slice(0, -len);
  };

  // Step 1: standard suffixes
  let step1 = false;
  let mentFound = false;
  const s1 = longest(w, S1_ALL);
  if (s1) {
    const n = s1.length;
    const before = w.slice(0, -n);
    if (S1_R2_DELETE.includes(s1)) {
      if (inR(n, r2)) {
        cut(n);
        step1 = true;
      }
    } else if (S1_ATEUR.includes(s1)) {
      if (inR(n, r2)) {
        cut(n);
        step1 = true;
        if (w.endsWith('ic')) w = inR(2, r2) ? w.slice(0, -2) : w.slice(0, -2) + 'iqU';
      }
    } else if (s1 === 'logie' || s1 === 'logies') {
      if (inR(n, r2)) {
        w = before + 'log';
        step1 = true;
      }
    } else if (s1.startsWith('usion') || s1.startsWith('ution')) {
      if (inR(n, r2)) {
        w = before + 'u';
        step1 = true;
      }
    } else if (s1 === 'ence' || s1 === 'ences') {
      if (inR(n, r2)) {
        w = before + 'ent';
        step1 = true;
      }
    } else if (s1 === 'ement' || s1 === 'ements') {
      if (inR(n, rv)) {
        cut(n);
        step1 = true;
        if (w.endsWith('iv') && inR(2, r2)) {
          cut(2);
          if (w.endsWith('at') && inR(2, r2)) cut(2);
        } else if (w.endsWith('eus')) {
          if (inR(3, r2)) cut(3);
          else if (inR(3, r1)) w = w.slice(0, -3) + 'eux';
        } else if ((w.endsWith('abl') || w.endsWith('iqU')) && inR(3, r2)) cut(3);
        else if ((w.endsWith('ièr') || w.endsWith('Ièr')) && inR(3, rv)) w = w.slice(0, -3) + 'i';
      }
    } else if (s1 === 'ité' || s1 === 'ités') {
      if (inR(n, r2)) {
        cut(n);
        step1 = true;
        if (w.endsWith('abil')) w = inR(4, r2) ? w.slice(0, -4) : w.slice(0, -4) + 'abl';
        else if (w.endsWith('ic')) w = inR(2, r2) ? w.slice(0, -2) : w.slice(0, -2) + 'iqU';
        else if (w.endsWith('iv') && inR(2, r2)) cut(2);
      }
    } else if (s1 === 'if' || s1 === 'ive' || s1 === 'ifs' || s1 === 'ives') {
      if (inR(n, r2)) {
        cut(n);
        step1 = true;
        if (w.endsWith('at') && inR(2, r2)) {
          cut(2);
          if (w.endsWith('ic')) w = inR(2, r2) ? w.slice(0, -2) : w.slice(0, -2) + 'iqU';
        }
      }
    } else if (s1 === 'eaux') {
      w = before + 'eau';
      step1 = true;
    } else if (s1 === 'aux') {
      if (inR(n, r1)) {
        w = before + 'al';
        step1 = true;
      }
    } else if (s1 === 'euse' || s1 === 'euses') {
      if (inR(n, r2)) {
        cut(n);
        step1 = true;
      } else if (inR(n, r1)) {
        w = before + 'eux';
        step1 = true;
      }
    } else if (s1 === 'issement' || s1 === 'issements') {
      if (inR(n, r1) && !isV(before[before.length - 1])) {
        cut(n);
        step1 = true;
      }
    } else if (s1 === 'amment') {
      if (inR(n, rv)) {
        w = before + 'ant';
        mentFound = true;
      }
    } else if (s1 === 'emment') {
      if (inR(n, rv)) {
        w = before + 'ent';
        mentFound = true;
      }
    } else if (s1 === 'ment' || s1 === 'ments') {
      if (inR(n, rv) && isV(before[before.length - 1]) && before.length - 1 >= rv) {
        cut(n);
        mentFound = true;
      }
    }
  }

  let changed = step1 || mentFound;
  if (!step1 || mentFound) {
    // Step 2a: verb suffixes beginning with i
    let done = false;
    const a = longest(w, S2A);
    if (a && inR(a.length, rv)) {
      const prev = w[w.length - a.length - 1];
      if (prev !== undefined && !isV(prev) && w.length - a.length - 1 >= rv) {
        cut(a.length);
        done = true;
        changed = true;
      }
    }
    if (!done) {
      // Step 2b: other verb suffixes
      const b = longest(w, ['ions', ...S2B_DELETE, ...S2B_E]);
      if (b && inR(b.length, rv)) {
        if (b === 'ions') {
          if (inR(4, r2)) {
            cut(4);
            changed = true;
          }
        } else if (S2B_DELETE.includes(b)) {
          cut(b.length);
          changed = true;
        } else {
          cut(b.length);
          changed = true;
          if (w.endsWith('e') && inR(1, rv)) cut(1);
        }
      }
    }
  }

  if (changed) {
    if (w.endsWith('Y')) w = w.slice(0, -1) + 'i';
    else if (w.endsWith('ç')) w = w.slice(0, -1) + 'c';
  } else {
    // Step 4: residual suffixes
    if (w.endsWith('s') && !'aiouès'.includes(w[w.length - 2] ?? 'a')) cut(1);
    const r = longest(w, ['ion', 'ier', 'ière', 'Ier', 'Ière', 'e', 'ë']);
    if (r && inR(r.length, rv)) {
      if (r === 'ion') {
        const c = w[w.length - 4];
        if (inR(3, r2) && (c === 's' || c === 't')) cut(3);
      } else if (r === 'e') cut(1);
      else if (r === 'ë') {
        if (w.endsWith('guë')) cut(1);
      } else w = w.slice(0, -r.length) + 'i';
    }
  }
  // Step 5: undouble
  if (/(enn|onn|ett|ell|eill)$/.test(w)) w = w.slice(0, -1);
  // Step 6: un-accent
  const m = /[éè]([^aeiouyâàëéêèïîôûù]+)$/.exec(w);
  if (m) w = w.slice(0, m.index) + 'e' + m[1];
  return w.toLowerCase();
}
