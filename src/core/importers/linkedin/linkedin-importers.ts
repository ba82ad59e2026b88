import type { Coverage } from '../../domain/coverage';
import type { DetectInput, Importer, ImportContext, ImportSink, InputFile } from '../types';
import { importComments, importReactions, importShares } from './activity';
import { classifyHead, type LinkedInFileKind, refusalOf, USUAL_NAMES } from './files';
import { importMessages } from './messages';
import { importCompanyFollows, importConnections, importHashtagFollows, importInvitations } from './network';

const NOT_RECEIVED = "comments and reactions received on the owner's posts (LinkedIn leaves them out of the member export)";

function linkedinImporter(
  kind: LinkedInFileKind,
  label: string,
  coverage: Coverage,
  run: (file: InputFile, sink: ImportSink, ctx: ImportContext) => Promise<void>,
): Importer {
  return {
    format: `linkedin.${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.csv`,
    platform: 'linkedin',
    label,
    coverage,
    detect(f: DetectInput): number {
      if (!/\.csv$/i.test(f.name)) return 0;
      if (classifyHead(f.head)?.kind !== kind) return 0;
      return USUAL_NAMES[kind].test(f.name) ? 0.97 : 0.85;
    },
    // A file named as LinkedIn names this kind that nothing took: most likely an export whose layout changed.
    refusal: (f) => (USUAL_NAMES[kind].test(f.name) ? refusalOf(kind, f.head) : undefined),
    import: run,
  };
}

export const linkedinCommentsImporter = linkedinImporter(
  'comments',
  'LinkedIn comments (Comments.csv)',
  {
    shows: ['comments the owner wrote, with the post they are on', 'replies to a person named at the start of the comment'],
    lacks: [NOT_RECEIVED, 'the author of the post commented on', 'time zone (read as UTC, as the rest of the export)'],
  },
  importComments,
);

export const linkedinSharesImporter = linkedinImporter(
  'shares',
  'LinkedIn posts (Shares.csv)',
  {
    shows: ["the owner's posts with their text and date"],
    lacks: [NOT_RECEIVED, 'impressions and other post analytics (Page analytics export only)'],
  },
  importShares,
);

export const linkedinReactionsImporter = linkedinImporter(
  'reactions',
  'LinkedIn reactions (Reactions.csv)',
  {
    shows: ['reactions the owner gave (LIKE, PRAISE, EMPATHY, …) to posts and comments'],
    lacks: [NOT_RECEIVED, 'who wrote the post or comment reacted to'],
  },
  importReactions,
);

export const linkedinMessagesImporter = linkedinImporter(
  'messages',
  'LinkedIn messages (messages.csv)',
  {
    shows: ['direct messages in both directions with sender, conversation and second-precision UTC time', 'group conversations'],
    lacks: ['reactions to messages', 'read receipts', 'message ids (keys are built from conversation, time, sender and text)'],
  },
  importMessages,
);

export const linkedinConnectionsImporter = linkedinImporter(
  'connections',
  'LinkedIn connections (Connections.csv)',
  {
    shows: ['each connection and the day it was made (as an inbound follow)'],
    lacks: [
      'who sent the invitation (see Invitations.csv)',
      'time of day',
      'profile URLs in exports before 2022',
      'connections removed since',
    ],
  },
  importConnections,
);

export const linkedinInvitationsImporter = linkedinImporter(
  'invitations',
  'LinkedIn invitations (Invitations.csv)',
  {
    shows: ['pending invitations received (inbound, with their note) and sent (outbound)'],
    lacks: ['accepted invitations (they become Connections)', 'time zone (read as UTC)'],
  },
  importInvitations,
);

export const linkedinCompanyFollowsImporter = linkedinImporter(
  'companyFollows',
  'LinkedIn company follows (Company Follows.csv)',
  { shows: ['company pages the owner follows, with date'], lacks: ["followers of the owner's own pages"] },
  importCompanyFollows,
);

export const linkedinHashtagFollowsImporter = linkedinImporter(
  'hashtagFollows',
  'LinkedIn hashtag follows (Hashtag_Follows.csv)',
  { shows: [], lacks: ['any interaction: hashtags followed are topics, not members'] },
  (file, sink) => importHashtagFollows(file, sink),
);
