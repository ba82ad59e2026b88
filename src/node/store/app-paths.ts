import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron calls userData for an app named "Cercle", computed without Electron so that the
 * CLI and the desktop app share one workspace by default.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Cercle');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Cercle');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Cercle');
}

/** `--workspace DIR` beats `CERCLE_WORKSPACE`, which beats the app-data default. */
export function resolveWorkspaceDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.CERCLE_WORKSPACE ?? join(appDataDir(env), 'workspace');
}
