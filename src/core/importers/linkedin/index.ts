import type { Importer } from '../types';
import {
  linkedinCommentsImporter,
  linkedinCompanyFollowsImporter,
  linkedinConnectionsImporter,
  linkedinHashtagFollowsImporter,
  linkedinInvitationsImporter,
  linkedinMessagesImporter,
  linkedinReactionsImporter,
  linkedinSharesImporter,
} from './linkedin-importers';

/** The linkedin importers, in the order detection should prefer them on a tie. */
export const linkedinImporters: readonly Importer[] = [
  linkedinMessagesImporter,
  linkedinInvitationsImporter,
  linkedinSharesImporter,
  linkedinCommentsImporter,
  linkedinReactionsImporter,
  linkedinConnectionsImporter,
  linkedinCompanyFollowsImporter,
  linkedinHashtagFollowsImporter,
];
