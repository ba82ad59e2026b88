import type { Importer } from '../../types';
import { metaImporter } from '../define';
import { importMessages } from '../messages/import-messages';
import { importFacebookComments, importFacebookReactions } from './activity';
import { importFacebookPosts } from './posts';

const DYI = 'Facebook "Download your information"';

export const facebookImporters: readonly Importer[] = [
  metaImporter({
    kind: 'fb.comments',
    format: 'facebook.comments',
    platform: 'facebook',
    label: `${DYI} comments`,
    coverage: {
      shows: ['comments and replies the account made, in groups too', 'whom they addressed (English exports only)'],
      lacks: [
        'comments the account or its Page received',
        'the post each comment is on',
        'text of some older comments (Facebook leaves it out)',
      ],
    },
    run: importFacebookComments,
  }),
  metaImporter({
    kind: 'fb.reactions',
    format: 'facebook.reactions',
    platform: 'facebook',
    label: `${DYI} reactions`,
    coverage: {
      shows: ['likes and reactions the account gave, with their type'],
      lacks: ['reactions the account received', 'whom they addressed in non-English exports'],
    },
    run: importFacebookReactions,
  }),
  metaImporter({
    kind: 'fb.posts',
    format: 'facebook.posts',
    platform: 'facebook',
    label: `${DYI} posts`,
    coverage: {
      shows: ["the account's own posts with text, links and times"],
      lacks: ['post ids and URLs', 'reactions, comments and reach the posts received'],
    },
    run: importFacebookPosts,
  }),
  metaImporter({
    kind: 'messenger.messages',
    format: 'messenger.messages',
    platform: 'messenger',
    label: 'Messenger conversation (message_N.json)',
    coverage: {
      shows: [
        'messages in both directions, 1:1 and groups',
        'message requests (marked as such)',
        'reactions to messages, by who reacted',
        'shares, stickers, photos (as empty messages)',
        'members joining and leaving groups, from the group notices',
      ],
      lacks: [
        'usernames (display names only)',
        'reaction times',
        'calls, polls and other thread notices (left out)',
        'unsent messages (left out)',
      ],
    },
    run: (f, s, c) => importMessages(f, s, c, 'facebook'),
  }),
];
