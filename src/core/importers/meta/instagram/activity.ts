import type { InteractionKind } from '../../../domain/kinds';
import type { ImportContext, ImportSink, InputFile } from '../../types';
import { readListFile, unknownLayout } from '../shared/list-file';
import { resolveOwner } from '../shared/owner';
import { actOf, emitActs, flatActsOf, type Act } from './outbound';

/**
 * The brand's own activity on others' content: likes (posts and comments), saves, and story
 * interactions (likes, polls, quizzes, sliders, questions, reactions). All outbound, by the owner.
 */
const STORY_KINDS: [RegExp, InteractionKind, boolean][] = [
  [/story_likes|likes/, 'like', false],
  [/polls|quizzes/, 'poll_vote', true],
  [/questions|question_responses/, 'story_reply', true],
  [/emoji_sliders|countdowns|emoji_quick_reactions|emoji_story_reactions|reaction_sticker_reactions|reactions/, 'reaction', true],
];

function storyKind(section: string): [InteractionKind, boolean] {
  const hit = STORY_KINDS.find(([re]) => re.test(section));
  return hit ? [hit[1], hit[2]] : ['reaction', true];
}

const FLAT_STORY_KEYS = ['polls', 'emoji_sliders', 'questions', 'quizzes', 'countdowns', 'story_reactions'] as const;

export async function importLikes(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const list = await readListFile(file, ctx.timezone);
  const owner = await resolveOwner(file, ctx, sink, 'instagram');
  const onComments = /comment/.test(list.section) || /comment/i.test(list.pageTitle ?? '');
  if (list.isList) {
    finish(
      emitActs(list.entries.map(actOf), 'like', onComments ? 'liked_comments' : 'liked_posts', owner, sink, false),
      list.html,
      sink,
      ctx,
    );
    return;
  }
  const media = flatActsOf(list.root, ['media_likes']);
  const comments = flatActsOf(list.root, ['comment_likes']);
  if (!media && !comments) throw unknownLayout(file, 'instagram-likes', list.root);
  let skipped = emitActs(media ?? [], 'like', 'liked_posts', owner, sink, false);
  skipped += emitActs(comments ?? [], 'like', 'liked_comments', owner, sink, false);
  finish(skipped, false, sink, ctx);
}

export async function importSaved(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const list = await readListFile(file, ctx.timezone);
  const owner = await resolveOwner(file, ctx, sink, 'instagram');
  const acts: Act[] | undefined = list.isList ? list.entries.map(actOf) : flatActsOf(list.root, ['saved_media']);
  if (!acts) throw unknownLayout(file, 'instagram-saved', list.root);
  finish(emitActs(acts, 'save', 'saved', owner, sink, false), list.html, sink, ctx);
}

export async function importStoryInteractions(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const list = await readListFile(file, ctx.timezone);
  const owner = await resolveOwner(file, ctx, sink, 'instagram');
  if (list.isList) {
    const [kind, keepText] = storyKind(list.section);
    finish(emitActs(list.entries.map(actOf), kind, list.section, owner, sink, keepText), list.html, sink, ctx);
    return;
  }
  if (!flatActsOf(list.root, FLAT_STORY_KEYS)) throw unknownLayout(file, 'instagram-story-interactions', list.root);
  let skipped = 0;
  for (const key of FLAT_STORY_KEYS) {
    const acts = flatActsOf(list.root, [key]);
    if (!acts) continue;
    const [kind, keepText] = storyKind(key);
    skipped += emitActs(acts, kind, key, owner, sink, keepText);
  }
  finish(skipped, false, sink, ctx);
}

function finish(skipped: number, html: boolean, sink: ImportSink, ctx: ImportContext): void {
  if (skipped > 0) sink.warn(`${skipped} record(s) without a time were left out`);
  if (html) sink.warn(`HTML times carry no time zone: read as ${ctx.timezone}`);
}
