import { describe, expect, it } from 'vitest';
import { reportFormat } from './format';
import { REPORT_MESSAGES } from './messages';
import { findings, recommendations, type Signals } from './rules';

const base: Signals = {
  brandKnown: true,
  responseRate: 0.62,
  medianMinutes: 360,
  windowHours: 24,
  activeMembers: 1200,
  activeChange: 0.12,
  spoke: 0.23,
  deep: 0.19,
  comesBack: 0.16,
  wauMau: 0.31,
  ambassadors: 12,
  ranked: 10,
  recommendations: 80,
  praise: { count: 100, rate: 0.32 },
  complaints: { count: 20, rate: 0.7 },
  discussed: 30,
  likedIgnored: 12,
  bestFormat: 'reel',
  topTheme: null,
  themesComputed: false,
};

describe('the rules of the summary and the recommendations', () => {
  it('writes the findings from the numbers, in French', () => {
    const out = findings(base, reportFormat('fr'), REPORT_MESSAGES.fr).map((f) => f.text.replace(/\u202f|\u00a0/g, ' '));
    expect(out.length).toBeGreaterThanOrEqual(5);
    expect(out.length).toBeLessThanOrEqual(7);
    expect(out[0]).toBe('38 % des conversations ouvertes par les membres restent sans réponse ; délai médian de première réponse 6 h.');
    expect(out[1]).toContain('+12 %');
  });

  it('says plainly that responsiveness cannot be measured without a brand account', () => {
    const f = findings({ ...base, brandKnown: false }, reportFormat('en'), REPORT_MESSAGES.en);
    expect(f[0]!.text).toMatch(/cannot be measured/);
    expect(recommendations({ ...base, brandKnown: false }, reportFormat('en'), REPORT_MESSAGES.en)[0]).toMatch(/Name the brand accounts/);
  });

  it('recommends from the gaps only', () => {
    const en = (s: Signals) => recommendations(s, reportFormat('en'), REPORT_MESSAGES.en).join('\n');
    expect(en(base)).toMatch(/Answer every conversation/);
    expect(en(base)).toMatch(/Compute the themes/);
    const good: Signals = {
      ...base,
      responseRate: 0.95,
      medianMinutes: 30,
      comesBack: 0.5,
      spoke: 0.5,
      praise: { count: 5, rate: 0.9 },
      complaints: { count: 2, rate: 1 },
      themesComputed: true,
    };
    expect(en(good)).not.toMatch(/Answer every|Answer faster|Bring newcomers|Invite conversation|Thank the members|Compute the themes/);
    expect(en(good)).toMatch(/Give your 12 ambassadors a role/);
  });
});
