import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ReportBranding } from '../../core/contract/reports';
import type { Db } from '../../core/db/db';
import { getJsonSetting, setJsonSetting } from '../../core/settings/settings';
import { writeFileAtomic } from '../store/atomic-write';

/** The agency's branding for every client of the workspace: one small JSON file beside the clients. */
const WORKSPACE_FILE = 'report-branding.json';
/** A client's overrides, stored in its own file (they travel with it). */
const CLIENT_KEY = 'report.branding';

export async function readWorkspaceBranding(dir: string): Promise<ReportBranding> {
  try {
    const parsed = ReportBranding.safeParse(JSON.parse(await readFile(path.join(dir, WORKSPACE_FILE), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function writeWorkspaceBranding(dir: string, b: ReportBranding): Promise<void> {
  await writeFileAtomic(path.join(dir, WORKSPACE_FILE), new TextEncoder().encode(`${JSON.stringify(b, null, 2)}\n`));
}

export function readClientBranding(db: Db): ReportBranding {
  const parsed = ReportBranding.safeParse(getJsonSetting(db, CLIENT_KEY, {}));
  return parsed.success ? parsed.data : {};
}

export function writeClientBranding(db: Db, b: ReportBranding): void {
  setJsonSetting(db, CLIENT_KEY, b);
}

/** Later layers win field by field: workspace, then client, then the request's own overrides. */
export function mergeBranding(...layers: (ReportBranding | undefined)[]): ReportBranding {
  const out: ReportBranding = {};
  for (const l of layers) for (const [k, v] of Object.entries(l ?? {})) if (v !== undefined && v !== '') Object.assign(out, { [k]: v });
  return out;
}
