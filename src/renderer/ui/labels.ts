import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_KINDS, PLATFORMS, type InteractionKind, type Platform } from '../../core/domain/kinds';

export interface Labels {
  platform(id: string): string;
  kind(id: string): string;
  direction(id: string): string;
}

/** Display names of the core's platform, kind and direction ids (src/core/domain/kinds.ts), in the current language. */
export function useLabels(): Labels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      platform: (id) => ((PLATFORMS as readonly string[]).includes(id) ? t(`platforms.${id as Platform}`) : id),
      kind: (id) => ((INTERACTION_KINDS as readonly string[]).includes(id) ? t(`kinds.${id as InteractionKind}`) : id),
      direction: (id) => (id === 'inbound' || id === 'outbound' ? t(`directions.${id}`) : id),
    }),
    [t],
  );
}
