import { CHATTER, type Topic } from './topics';

/** Receives every member text the generator writes with the topic it was drawn from (CHATTER: none). */
export interface TopicSink {
  add(text: string, topic: Topic | typeof CHATTER): void;
}

/**
 * The topic of each generated text, looked up by its words (what an importer keeps of a message), so
 * the themes found in an imported client can be scored against what was planted. The same words
 * written under two topics (rare: short templates) are ambiguous and left out of a score.
 */
export class TopicLabels implements TopicSink {
  private readonly byText = new Map<string, string | null>();
  added = 0;

  add(text: string, topic: Topic | typeof CHATTER): void {
    this.added++;
    const key = labelKey(text);
    const had = this.byText.get(key);
    if (had === undefined) this.byText.set(key, topic);
    else if (had !== topic) this.byText.set(key, null);
  }

  /** The topic of these words, null when they were written under several, undefined when never. */
  topicOf(text: string): string | null | undefined {
    return this.byText.get(labelKey(text));
  }

  get size(): number {
    return this.byText.size;
  }
}

/** Words as compared: spaces folded, trimmed, without the marks some exports append (WhatsApp's edit note). */
export function labelKey(text: string): string {
  return text
    .replace(/<Ce message a été modifié>$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The same record as `label<TAB>text` lines (what `cercle eval-themes` reads), taken in pieces while
 * the files are written so a large community never holds them all: `cercle generate`'s topics.tsv.
 */
export class TopicLines implements TopicSink {
  private lines: string[] = [];
  readonly byTopic: Record<string, number> = {};
  texts = 0;

  add(text: string, topic: Topic | typeof CHATTER): void {
    this.texts++;
    this.byTopic[topic] = (this.byTopic[topic] ?? 0) + 1;
    this.lines.push(`${topic}\t${labelKey(text)}\n`);
  }

  /** The lines added since the last call. */
  take(): string {
    const s = this.lines.join('');
    this.lines = [];
    return s;
  }
}
