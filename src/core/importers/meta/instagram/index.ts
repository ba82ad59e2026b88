import type { Importer } from '../../types';
import { metaImporter } from '../define';
import { importMessages } from '../messages/import-messages';
import { importLikes, importSaved, importStoryInteractions } from './activity';
import { importComments } from './comments';
import { importConnections } from './connections';
import { importInsights } from './insights';
import { importMedia } from './media';
import { importProfile } from './profile';

const DYI = 'Instagram "Download your information"';

/** The Instagram DYI importers (JSON and HTML, 2018–20 flat, 2021–23 categorised, 2024+ Accounts Center). */
export const instagramImporters: readonly Importer[] = [
  metaImporter({
    kind: 'ig.messages',
    format: 'instagram.messages',
    platform: 'instagram',
    label: `${DYI} direct messages`,
    coverage: {
      shows: [
        'DMs in inbox and message requests, both directions (request threads are marked as such)',
        'story replies',
        'shares of posts, reels and profiles',
        'reactions to messages, by who reacted',
        'story mentions',
        'members joining and leaving groups, from the group notices',
      ],
      lacks: [
        'which post a share came from when the link is gone',
        'reaction times (the message time is used)',
        "senders' usernames (display names only)",
        'exact time zone in HTML exports (the client setting is used)',
        'polls, calls and other thread notices (left out of messages)',
      ],
    },
    run: (f, s, c) => importMessages(f, s, c, 'instagram'),
  }),
  metaImporter({
    kind: 'ig.comments',
    format: 'instagram.comments',
    platform: 'instagram',
    label: `${DYI} comments`,
    coverage: {
      shows: [
        'comments the account made (on posts, reels and stories, hype), with the media owner',
        'replies to members (comments opening with @user)',
      ],
      lacks: ['comments the account received', 'which post each comment is on (only its owner)', 'likes on comments'],
    },
    run: importComments,
  }),
  metaImporter({
    kind: 'ig.connections',
    format: 'instagram.connections',
    platform: 'instagram',
    label: `${DYI} followers and following`,
    coverage: {
      shows: ['followers with the time they followed', 'accounts the brand follows', 'accounts the brand recently unfollowed'],
      lacks: ['who unfollowed the brand', 'followers lost before the export', 'display names (usernames only)'],
    },
    run: importConnections,
  }),
  metaImporter({
    kind: 'ig.media',
    format: 'instagram.media',
    platform: 'instagram',
    label: `${DYI} posts, reels and stories`,
    coverage: {
      shows: ["the brand's own posts, reels and stories with captions and times"],
      lacks: ['likes, comments or views they received (see insights)', 'post URLs'],
    },
    run: importMedia,
  }),
  metaImporter({
    kind: 'ig.likes',
    format: 'instagram.likes',
    platform: 'instagram',
    label: `${DYI} likes`,
    coverage: { shows: ['posts and comments the account liked, with their owners'], lacks: ['likes the account received'] },
    run: importLikes,
  }),
  metaImporter({
    kind: 'ig.saved',
    format: 'instagram.saved',
    platform: 'instagram',
    label: `${DYI} saved posts`,
    coverage: { shows: ['posts the account saved, with their owners'], lacks: ["saves of the brand's posts by others (see insights)"] },
    run: importSaved,
  }),
  metaImporter({
    kind: 'ig.story-interactions',
    format: 'instagram.story-interactions',
    platform: 'instagram',
    label: `${DYI} story interactions`,
    coverage: {
      shows: ["the account's likes, poll and quiz answers, slider and emoji reactions, question answers on others' stories"],
      lacks: ["interactions others had with the brand's stories", 'story viewers'],
    },
    run: importStoryInteractions,
  }),
  metaImporter({
    kind: 'ig.insights',
    format: 'instagram.insights',
    platform: 'instagram',
    label: `${DYI} past insights`,
    coverage: {
      shows: [
        'per-post reach, impressions, likes, comments, shares, saves, follows, profile visits',
        'period totals for audience, reach and content interactions',
      ],
      lacks: ['member identities', 'the year of period ranges', 'audience distributions as numbers (kept out, see warnings)'],
    },
    run: importInsights,
  }),
  metaImporter({
    kind: 'ig.profile',
    format: 'instagram.profile',
    platform: 'instagram',
    label: `${DYI} profile`,
    coverage: { shows: ["the account's username and name (declared as the brand)"], lacks: ['any engagement'] },
    run: importProfile,
  }),
];
