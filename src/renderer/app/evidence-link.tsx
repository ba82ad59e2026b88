import { defaultStringifySearch, useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import { useCallback, useMemo } from 'react';
import { useClient, useClientSearch } from './client-context';
import type { ClientSearch, ConversationsSearch, MembersSearch } from './search';

/** The screen a number opens, with what it adds to the shared filters. */
export type Evidence =
  | { screen: 'members'; search: Omit<MembersSearch, keyof ClientSearch> }
  | { screen: 'conversations'; search: Omit<ConversationsSearch, keyof ClientSearch> };

/**
 * Where a number's evidence lives: the members or conversations screen of this client, with the shared
 * filters of the view it sits in (period, platforms, segment, interval) plus its own. The path is built
 * as the router writes searches, so the link reads as any other; it does not need the target route to
 * be declared where the link is (those screens are features of their own).
 */
export function useEvidence() {
  const client = useClient();
  const shared = useClientSearch();
  const router = useRouter();
  const pathOf = useCallback(
    (e: Evidence) => `/client/${encodeURIComponent(client)}/${e.screen}${defaultStringifySearch(defined({ ...shared, ...e.search }))}`,
    [client, shared],
  );
  return useMemo(
    () => ({
      href: (e: Evidence) => router.history.createHref(pathOf(e)),
      open: (e: Evidence) => router.history.push(pathOf(e)),
    }),
    [router, pathOf],
  );
}

/** A number that opens its evidence: a real link (keyboard, new tab), navigated by the router on a plain click. */
export function EvidenceLink({
  to,
  children,
  label,
  testId,
}: {
  to: Evidence;
  children: ReactNode;
  /** What the link opens, for assistive technology and the tooltip ("Members of this cohort…"). */
  label?: string;
  testId?: string;
}) {
  const evidence = useEvidence();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    evidence.open(to);
  };
  return (
    <a className="evidence-link" href={evidence.href(to)} onClick={onClick} title={label} aria-label={label} data-testid={testId}>
      {children}
    </a>
  );
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
