import { describe, expect, it } from 'vitest';
import { describeError, ERROR_MESSAGES, type ErrorCode } from './catalog';
import { CercleError, fromReason, ImportCancelled, ImportError } from './cercle-error';
import type { Params } from './define';

/** Parameters that show where each one lands: a string param reads «key», a number one 7. */
const probe = new Proxy({} as Params, {
  get: (_, key) => (typeof key === 'string' ? (/^(n|row|line|found|expected|files|id|code|known)$/.test(key) ? 7 : `«${key}»`) : undefined),
});
const CHOICES = new Set(['field', 'why', 'record', 'what', 'problem', 'layout']);
const used = (text: string) => new Set([...text.matchAll(/«(\w+)»/g)].map((m) => m[1]!));

describe('error catalog', () => {
  const codes = Object.keys(ERROR_MESSAGES) as ErrorCode[];

  it('says every error in one line, in English and in French, with the same parameters', () => {
    for (const code of codes) {
      const msg = ERROR_MESSAGES[code] as { en: (p: Params) => string; fr: (p: Params) => string };
      const en = msg.en(probe);
      const fr = msg.fr(probe);
      expect(en, code).not.toBe('');
      expect(en.includes('\n') || fr.includes('\n'), code).toBe(false);
      // A parameter shown in English is shown in French too (a file name, a value the user typed);
      // parameters that choose a wording (which field, which reason) are translated, not shown.
      for (const key of used(en)) if (!CHOICES.has(key)) expect(used(fr).has(key), `${code}: French lacks ${key}`).toBe(true);
      // The internal error's English line is the bug's own message, the same in both.
      if (code !== 'internal') expect(fr, code).not.toBe(en);
    }
  });

  it('keeps French typography: a space before the colon that follows a file name', () => {
    const withFile = codes.filter((c) => ERROR_MESSAGES[c].en(probe as never).startsWith('«file»: '));
    expect(withFile.length).toBeGreaterThan(40);
    for (const code of withFile) expect(ERROR_MESSAGES[code].fr(probe as never), code).toMatch(/^«file» : /);
  });
});

describe('CercleError', () => {
  it('carries a code and parameters, with the English sentence as its message', () => {
    const err = new CercleError('client.exists', { name: 'acme', dir: '/w' });
    expect(err.message).toBe('client "acme" already exists in /w');
    expect(err.toReason()).toEqual({ code: 'client.exists', params: { name: 'acme', dir: '/w' } });
    expect(describeError(err.toReason(), 'fr')).toBe('le client « acme » existe déjà dans /w');
  });

  it('keeps the file and the problem of an import error apart', () => {
    const err = new ImportError('import.unreadable-time', { file: 'x.csv', record: 'row', id: '4', field: 'date', value: 'hier' });
    expect(err.message).toBe('x.csv: row 4 has an unreadable date "hier"');
    expect([err.file, err.problem]).toEqual(['x.csv', 'row 4 has an unreadable date "hier"']);
    expect(describeError(err.toReason(), 'fr')).toBe('x.csv : la ligne 4 a un champ date illisible « hier »');
  });

  it('crosses a thread boundary as its reason and comes back as the same kind of error', () => {
    const back = fromReason(new ImportError('import.broken-json', { file: 'a.json', detail: 'truncated JSON' }).toReason());
    expect(back).toBeInstanceOf(ImportError);
    expect(back.message).toBe('a.json: broken JSON: truncated JSON');
    expect(fromReason(new ImportCancelled().toReason())).toBeInstanceOf(ImportCancelled);
    expect(fromReason({ code: 'identity.missing', params: { id: 9 } })).not.toBeInstanceOf(ImportError);
  });

  it('says a code from a newer Cercle by its English line when one was sent', () => {
    expect(describeError({ code: 'future.thing', params: {}, message: 'a newer problem' }, 'fr')).toBe('a newer problem');
  });
});
