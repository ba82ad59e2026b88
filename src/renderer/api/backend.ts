import type { Api } from '../../core/contract';
import type { CercleEvent, DesktopShell } from '../../core/contract/desktop-bridge';

/** Everything the screens use to reach the core, whichever shell serves them. */
export interface Backend {
  api: Api;
  onEvent(listener: (e: CercleEvent) => void): () => void;
  /** Desktop-only abilities (native dialog, real paths of dropped files); null in a browser. */
  desktop: DesktopShell<File> | null;
}
