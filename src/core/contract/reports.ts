import { z } from 'zod';
import { method } from './define';
import { MetricsFilter } from './metrics';
import { ClientName } from './schemas';

/** The reports slice: a client-ready audit rendered to one self-contained HTML file (printed to PDF by the shell). */

export const REPORT_SECTIONS = [
  'summary',
  'glance',
  'funnel',
  'recurrence',
  'themes',
  'responsiveness',
  'ambassadors',
  'content',
  'recommendations',
  'methodology',
] as const;
export const ReportSectionId = z.enum(REPORT_SECTIONS);
export type ReportSectionId = z.infer<typeof ReportSectionId>;

export const ReportLang = z.enum(['fr', 'en']);
export type ReportLang = z.infer<typeof ReportLang>;

const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb');
/** An image carried inline (the report is one file): a data: URI of a PNG, JPEG or SVG. */
const ImageUri = z.string().regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, 'expected a data:image/… base64 URI');

/** The agency's white label: stored for the workspace, any field overridable for one client. */
export const ReportBranding = z.object({
  agencyName: z.string().max(120).optional(),
  agencyLogo: ImageUri.optional(),
  clientLogo: ImageUri.optional(),
  /** Headings, cover band and chart accents. */
  primaryColour: HexColour.optional(),
  /** Rules, table heads and highlights. */
  accentColour: HexColour.optional(),
});
export type ReportBranding = z.infer<typeof ReportBranding>;

export const ReportRequest = z.object({
  client: ClientName,
  filter: MetricsFilter.omit({ segment: true, themeId: true }).default({}),
  lang: ReportLang.default('en'),
  /** Absent = every section; the cover and the table of contents are always there. */
  sections: z.array(ReportSectionId).optional(),
  pseudonymize: z.boolean().default(false),
  /** Over the stored branding (workspace, then client). */
  branding: ReportBranding.optional(),
});
export type ReportRequest = z.input<typeof ReportRequest>;

export const ReportTableCsv = z.object({ name: z.string(), csv: z.string() });

export const ReportRendered = z.object({
  /** One self-contained HTML file: inline CSS, fonts and logos as data URIs, charts as SVG. */
  html: z.string(),
  title: z.string(),
  /** Every table of the report as CSV (semicolons and decimal commas in French), named for a file. */
  tables: z.array(ReportTableCsv),
  ms: z.number(),
});
export type ReportRendered = z.infer<typeof ReportRendered>;

export const ReportPdf = z.object({
  /** The PDF's bytes, base64 (the bridges carry JSON). */
  pdfBase64: z.string(),
  title: z.string(),
  ms: z.number(),
});

const BrandingScope = z.object({ client: ClientName.optional() });

export const reportsContract = {
  'reports.render': method(ReportRequest, ReportRendered),
  /** The same report printed to PDF by the shell's printer (Electron's printToPDF, or a local Chromium). */
  'reports.pdf': method(ReportRequest, ReportPdf),
  /** The branding in force: the workspace's, with the client's overrides over it when a client is given. */
  'reports.branding.get': method(BrandingScope, ReportBranding),
  /** Stores the workspace's branding, or the client's overrides when a client is given; returns the branding in force. */
  'reports.branding.set': method(BrandingScope.extend({ branding: ReportBranding }), ReportBranding),
};
