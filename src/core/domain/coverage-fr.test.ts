import { describe, expect, it } from 'vitest';
import { genericCsvImporter } from '../importers/generic/generic-csv-importer';
import { IMPORTERS } from '../importers/registry';
import { COVERAGE_FR, coverageText } from './coverage-fr';

// Every importer Cercle can run: the registry (Meta's per-file importers included) plus the CSV importer
// the shells build from a column mapping, which is never in the registry.
const importers = [...IMPORTERS, genericCsvImporter({ columns: { author: 'author', timestamp: 'time' }, kind: 'message' })];
const declared = new Map<string, string[]>();
for (const imp of importers)
  for (const line of [...imp.coverage.shows, ...imp.coverage.lacks]) declared.set(line, [...(declared.get(line) ?? []), imp.format]);

describe('coverage lines in French', () => {
  it('reads the importers it should', () => {
    const formats = importers.map((i) => i.format);
    expect(new Set(formats).size).toBe(formats.length);
    for (const f of [
      'whatsapp.txt',
      'instagram.messages',
      'messenger.messages',
      'facebook.insights-csv',
      'generic.csv-mapping',
      'generic.csv',
    ])
      expect(formats).toContain(f);
    expect(declared.size).toBeGreaterThan(100);
  });

  it('translates every line an importer declares', () => {
    const missing = [...declared].filter(([line]) => !COVERAGE_FR.get(line)?.trim()).map(([line, fs]) => `${fs.join(', ')}: ${line}`);
    expect(missing).toEqual([]);
    const unchanged = [...declared.keys()].filter((line) => COVERAGE_FR.get(line) === line);
    expect(unchanged).toEqual([]);
  });

  it('holds no line that no importer declares', () => {
    expect([...COVERAGE_FR.keys()].filter((line) => !declared.has(line))).toEqual([]);
  });

  it('writes French as the rest of the app does', () => {
    for (const fr of COVERAGE_FR.values()) {
      expect(fr, fr).not.toMatch(/'/); // typographic apostrophe, as in the messages
      expect(fr, fr).not.toMatch(/\S:/); // a space before a colon, as in the messages
      expect(fr, fr).not.toMatch(/"/); // French quotes
      expect(fr, fr).toBe(fr.trim());
    }
  });

  it('shows a line it does not know as stored, and English as stored', () => {
    expect(coverageText('reactions', 'fr')).toBe('réactions');
    expect(coverageText('reactions', 'en')).toBe('reactions');
    expect(coverageText('a line from another version', 'fr')).toBe('a line from another version');
    // Keys are looked up as data, never as an object's own properties.
    expect(coverageText('constructor', 'fr')).toBe('constructor');
  });
});
