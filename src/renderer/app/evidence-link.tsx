import { Link, useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useClient, useClientSearch } from './client-context';
import { ClientSearch, ConversationsSearch, MembersSearch } from './search';

/**
 * Keeps what the target screen reads (a screen's own keys, such as the funnel's `post`, stay behind)
 * and drops the keys left unset, so the link's URL holds only what it filters on (false stays: it means something).
 */
function clean<T extends object>(schema: { parse: (x: unknown) => T }, search: T): T {
  return Object.fromEntries(
    Object.entries(schema.parse(search)).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

interface EvidenceProps<S> {
  search: S;
  children: ReactNode;
  className?: string;
  title?: string;
  testId?: string;
}

/**
 * A number's evidence: the members screen with the search that selects the members behind it
 * (`…/members?step=deep&literal=true`). The route belongs to the members screen; the link only carries
 * its search (MembersSearch), so it is named by path and typed by that search.
 */
export function MembersLink({ search, children, className = 'evidence-link', title, testId }: EvidenceProps<MembersSearch>) {
  const client = useClient();
  return (
    <Link
      to={'/client/$client/members' as never}
      params={{ client } as never}
      search={clean(MembersSearch, search) as never}
      className={className}
      title={title}
      aria-label={title}
      data-testid={testId}
    >
      {children}
    </Link>
  );
}

/** The conversations behind a number (`…/conversations?answered=false`), as MembersLink does for members. */
export function ConversationsLink({ search, children, className = 'evidence-link', title, testId }: EvidenceProps<ConversationsSearch>) {
  const client = useClient();
  return (
    <Link
      to={'/client/$client/conversations' as never}
      params={{ client } as never}
      search={clean(ConversationsSearch, search) as never}
      className={className}
      title={title}
      aria-label={title}
      data-testid={testId}
    >
      {children}
    </Link>
  );
}

/** The screen a number opens, with what it adds to the shared filters of the view it sits in. */
export type Evidence =
  | { screen: 'members'; search: Omit<MembersSearch, keyof ClientSearch> }
  | { screen: 'conversations'; search: Omit<ConversationsSearch, keyof ClientSearch> };

/** Opens a number's evidence from code (a click on a chart's bar or cell), with the view's shared filters. */
export function useEvidence() {
  const client = useClient();
  const shared = useClientSearch();
  const router = useRouter();
  return useMemo(
    () => ({
      open: (e: Evidence) =>
        void router.navigate({
          to: `/client/$client/${e.screen}` as never,
          params: { client } as never,
          search: (e.screen === 'members'
            ? clean(MembersSearch, { ...shared, ...e.search })
            : clean(ConversationsSearch, { ...shared, ...e.search })) as never,
        }),
    }),
    [router, client, shared],
  );
}

/** A number that opens its evidence with the view's shared filters: a real link (keyboard, new tab). */
export function EvidenceLink({ to, children, label, testId }: { to: Evidence; children: ReactNode; label?: string; testId?: string }) {
  const shared = useClientSearch();
  return to.screen === 'members' ? (
    <MembersLink search={{ ...shared, ...to.search }} title={label} testId={testId}>
      {children}
    </MembersLink>
  ) : (
    <ConversationsLink search={{ ...shared, ...to.search }} title={label} testId={testId}>
      {children}
    </ConversationsLink>
  );
}
