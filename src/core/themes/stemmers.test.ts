import { describe, expect, it } from 'vitest';
import { stemEnglish } from './stem-en';
import { stemFrench } from './stem-fr';

describe('Porter2 (English Snowball)', () => {
  it('matches the reference outputs', () => {
    const cases: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      running: 'run',
      generalization: 'general',
      generously: 'generous',
      hopefulness: 'hope',
      consistently: 'consist',
      communication: 'communic',
      skies: 'sky',
      news: 'news',
    };
    for (const [w, s] of Object.entries(cases)) expect(stemEnglish(w), w).toBe(s);
  });
});

describe('French Snowball', () => {
  it('matches the reference outputs', () => {
    const cases: Record<string, string> = {
      continuellement: 'continuel',
      continuer: 'continu',
      continueront: 'continu',
      nationaux: 'national',
      nationale: 'national',
      guerres: 'guerr',
      voguaient: 'vogu',
      essentiellement: 'essentiel',
      philosophiques: 'philosoph',
    };
    for (const [w, s] of Object.entries(cases)) expect(stemFrench(w), w).toBe(s);
  });
});
