import { lightPalette } from '../charts/palette';
import type { ReportLang } from '../contract/reports';
import type { ReportData } from './collect';
import { reportFormat } from './format';
import { REPORT_MESSAGES } from './messages';
import { pseudonymizer } from './pseudonymize';
import type { SectionContext } from './section-context';

/**
 * A section's context over hand-made data, for the section builders' tests: only the parts of
 * ReportData a builder reads need be given (the cast says so), the rest of the context is the real one.
 */
export function testSectionContext(d: Partial<ReportData>, lang: ReportLang = 'en', pseudonymize = false): SectionContext {
  return {
    d: d as ReportData,
    f: reportFormat(lang),
    t: REPORT_MESSAGES[lang],
    palette: lightPalette,
    pseudo: pseudonymizer(d.people ?? [], lang, pseudonymize),
  };
}
