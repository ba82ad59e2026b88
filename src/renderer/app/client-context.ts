import { useParams, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { Interval, MetricsFilter } from '../../core/contract/metrics';
import { queryOf, type ClientSearch } from './search';

/** The client whose screen is open (the `$client` of the URL). */
export function useClient(): string {
  return useParams({ from: '/client/$client' }).client;
}

export function useClientSearch(): ClientSearch {
  return useSearch({ from: '/client/$client' });
}

export interface ClientQuery {
  client: string;
  filter: MetricsFilter;
  interval: Interval;
  /** Changes whenever the client or a filter does: the key screens reload their data on. */
  key: string;
}

/** @public What a client screen asks the core for: the client, and the filters of the URL as the contract takes them. */
export function useClientQuery(): ClientQuery {
  const client = useClient();
  const search = useClientSearch();
  return useMemo(() => {
    const q = queryOf(search);
    return { client, ...q, key: JSON.stringify([client, q]) };
  }, [client, search]);
}
