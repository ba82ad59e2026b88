import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../core/errors';
import { main } from '../main';

const CHAT = resolve('tests/fixtures/whatsapp/index_test_chatExample.txt');

async function cercle(args: string[], lang: Lang = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), lang });
  return { code, out, err };
}

/** cercle themes' progress on stderr, and cercle import saying the themes followed the new texts. */
describe('cercle themes and cercle import with themes', () => {
  const ws = mkdtempSync(join(tmpdir(), 'cercle-themes-cli-'));
  beforeAll(async () => {
    expect((await cercle(['demo', '--workspace', ws])).code).toBe(0);
  }, 120_000);

  it('prints nothing on stderr off a terminal, and each step of the run with --progress', async () => {
    const quiet = await cercle(['themes', '--client', 'demo', '--json', '--workspace', ws]);
    expect(quiet.code).toBe(0);
    expect(quiet.err).toEqual([]);
    const r = await cercle(['themes', '--client', 'demo', '--progress', '--workspace', ws], 'fr');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      'thèmes de demo : lecture des textes · 0 %',
      expect.stringMatching(/^thèmes de demo : mots et langues · \d+ %$/),
      expect.stringMatching(/^thèmes de demo : pondération des mots · \d+ %$/),
      expect.stringMatching(/^thèmes de demo : réduction des dimensions · \d+ %$/),
      expect.stringMatching(/^thèmes de demo : regroupement des textes · \d+ %$/),
      expect.stringMatching(/^thèmes de demo : affinage des groupes par leurs mots · \d+ %$/),
      expect.stringMatching(/^thèmes de demo : arbre des thèmes · \d+ %$/),
      expect.stringMatching(/^thèmes de demo : étiquettes et citations · \d+ %$/),
      expect.stringMatching(/^thèmes de demo : enregistrement · \d+ %$/),
      'thèmes de demo : terminé · 100 %',
    ]);
    expect(r.out[0]).toMatch(/^demo : \d+ thèmes dans 5\d{3} textes/);
  }, 120_000);

  it('says after an import that the themes were computed again with the new texts', async () => {
    const before = JSON.parse((await cercle(['themes', '--client', 'demo', '--stored', '--json', '--workspace', ws])).out.join('\n'));
    const r = await cercle(['import', CHAT, '--client', 'demo', '--workspace', ws]);
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toMatch(
      new RegExp(
        `^themes updated with the new texts: \\d+ themes in ${(before.texts + 3).toLocaleString('en-GB')} texts in [\\d.]+ s \\(your edits carried over\\)$`,
      ),
    );
    const after = JSON.parse((await cercle(['themes', '--client', 'demo', '--stored', '--json', '--workspace', ws])).out.join('\n'));
    expect(after).toMatchObject({ texts: before.texts + 3, newTexts: 0 });
    // the same file again brings nothing: no run, no line about themes
    const again = await cercle(['import', CHAT, '--client', 'demo', '--json', '--workspace', ws]);
    expect(JSON.parse(again.out.join('\n'))).toMatchObject({ themesRerun: false, added: { interactions: 0 } });
    expect(JSON.parse(again.out.join('\n')).themes).toBeUndefined();
  }, 120_000);
});
