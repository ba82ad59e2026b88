import { describe, expect, it } from 'vitest';
import { SPILL_AT } from './json-value-scan';
import { JsonArrayStream, jsonArrayElements, JsonStreamError, readJsonArrays, type JsonArrayOptions } from './json-stream';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(text: string, size: number, options: JsonArrayOptions) {
  const out: { value: unknown; array: number }[] = [];
  const stream = await readJsonArrays(chunked(text, size), options, (value, array) => out.push({ value, array }));
  return { out, properties: stream.properties, seen: stream.seen };
}

// Every hazard of a chunk boundary: escaped quotes and backslashes (also at a string's end), \u escapes
// including an escaped surrogate pair, raw astral characters (a pair split by 1-char chunks), brackets
// inside strings, nested arrays, numbers of every shape, literals, empty containers.
const DOC = `\uFEFF{
  "guild": {"id": "0", "name": "Direct \\"Messages\\""},
  "channel": {"id": "530805775262679064", "tags": [["a", ["b"]], []], "topic": null},
  "messages": [
    {"id": "1", "content": "say \\"hi\\" \\\\", "author": {"name": "Zoë 🎉", "isBot": false}},
    {"id": "2", "content": "}{][ ,: \\u00e9\\uD83D\\uDC46\\n\\t\\/", "reactions": [{"emoji": {"name": "👍"}, "count": 3}], "n": [-1.5e-3, 0, 12, true, false, null]},
    {"id": "3", "content": "ends with backslash \\\\", "x": {}, "y": [], "z": [[[1]], [[2, [3]]]]},
    "a bare string",
    42,
    -0.25,
    null,
    [1, [2, "]"]],
    {"id": "4", "content": "𝒳𝒴𝒵 \\\\\\" tricky"}
  ],
  "messageCount": 9,
  "exportedAt": "2024-01-01T00:00:00+00:00"
}`;

describe('JsonArrayStream', () => {
  const whole = JSON.parse(DOC.slice(1)) as Record<string, unknown>;
  const { messages, ...others } = whole;

  for (const size of [1, 2, 7, 64, DOC.length]) {
    it(`yields the same elements and properties as JSON.parse with ${size}-character chunks`, async () => {
      const { out, properties, seen } = await collect(DOC, size, { arrays: [['messages']] });
      expect(out.map((o) => o.value)).toEqual(messages);
      expect(out.every((o) => o.array === 0)).toBe(true);
      expect(properties).toEqual(others);
      expect(seen).toEqual([true]);
    });
  }

  for (const size of [1, 2, 7, 64, DOC.length]) {
    it(`gives the same result on the indentation fast path with ${size}-character chunks`, async () => {
      const { out, properties } = await collect(DOC, size, { arrays: [['messages']], exactBigInts: false });
      expect(out.map((o) => o.value)).toEqual(messages);
      expect(properties).toEqual(others);
    });
  }

  it('falls back to the exact scan when the indentation guess is wrong', async () => {
    // The first element's inner object closes at the element's own indentation: the guess cuts it short.
    const doc = '{"messages": [\n  {"a": {\n  }, "b": "\\n  }"},\n  {"c": [\n  ]},\n  {"d": 1}\n]}';
    for (const size of [1, 3, doc.length]) {
      const { out } = await collect(doc, size, { arrays: [['messages']], exactBigInts: false });
      expect(out.map((o) => o.value)).toEqual(JSON.parse(doc).messages);
    }
    for (let cut = 0; cut < doc.length; cut++) {
      await expect(collect(doc.slice(0, cut), 4, { arrays: [['messages']], exactBigInts: false })).rejects.toThrow(JsonStreamError);
    }
  });

  it('has the properties written before the array when its first element arrives', async () => {
    let atFirst: Record<string, unknown> | undefined;
    const stream: JsonArrayStream = new JsonArrayStream({ arrays: [['messages']] }, () => {
      atFirst ??= { ...stream.properties };
    });
    for await (const c of chunked(DOC, 3)) stream.feed(c);
    stream.end();
    expect(Object.keys(atFirst!)).toEqual(['guild', 'channel']);
    expect(stream.properties.messageCount).toBe(9);
  });

  it('streams a root array', async () => {
    const doc = '[{"a": 1}, [2], "three", {"b": {"c": [4]}}]';
    for (const size of [1, 2, 7]) {
      const { out } = await collect(doc, size, { arrays: [[]] });
      expect(out.map((o) => o.value)).toEqual(JSON.parse(doc));
    }
    const empty = await collect(' [ ] ', 1, { arrays: [[]] });
    expect(empty.out).toEqual([]);
  });

  it('streams nested arrays on several paths and keeps the siblings by dotted path', async () => {
    const doc = JSON.stringify({
      about: 'x',
      chats: {
        about: 'chats',
        list: [
          { id: 1, messages: [{ id: 1 }] },
          { id: 2, messages: [] },
        ],
      },
      left_chats: { about: 'left', list: [{ id: 3, messages: [] }] },
      contacts: { list: [{ n: 'a' }] },
    });
    for (const size of [1, 2, 7]) {
      const { out, properties, seen } = await collect(doc, size, { arrays: [['chats', 'list'], ['left_chats', 'list'], ['missing']] });
      expect(out.map((o) => [(o.value as { id: number }).id, o.array])).toEqual([
        [1, 0],
        [2, 0],
        [3, 1],
      ]);
      expect(properties).toEqual({ about: 'x', 'chats.about': 'chats', 'left_chats.about': 'left', contacts: { list: [{ n: 'a' }] } });
      expect(seen).toEqual([true, true, false]);
    }
  });

  it('parses only the properties asked for', async () => {
    const { properties } = await collect(DOC, 5, { arrays: [['messages']], keep: (p) => p === 'channel' });
    expect(Object.keys(properties)).toEqual(['channel']);
  });

  it('keeps integers beyond 2^53 exact as strings, and leaves safe integers and floats as numbers', async () => {
    const doc =
      '[{"ID": 1331017399219765308, "n": -9007199254740993, "safe": 9007199254740991, "f": 1234567890123456.5, "e": 12345678901234567e2, "s": "1331017399219765308"}]';
    for (const size of [1, 2, 7, doc.length]) {
      const { out } = await collect(doc, size, { arrays: [[]] });
      expect(out[0]!.value).toEqual({
        ID: '1331017399219765308',
        n: '-9007199254740993',
        safe: 9007199254740991,
        f: 1234567890123456.5,
        e: Number('12345678901234567e2'),
        s: '1331017399219765308',
      });
    }
  });

  it('fails on every truncation of the document', async () => {
    const doc = DOC.trimEnd();
    for (let cut = 0; cut < doc.length; cut++) {
      await expect(collect(doc.slice(0, cut), 7, { arrays: [['messages']] }), `cut at ${cut}`).rejects.toThrow(JsonStreamError);
    }
    await expect(collect('{"messages": [{"a": "b', 1, { arrays: [['messages']] })).rejects.toThrow(/truncated/);
    await expect(collect('', 1, { arrays: [['messages']] })).rejects.toThrow(/empty document/);
  });

  it('rejects malformed documents with the character offset', async () => {
    const bad: [string, RegExp][] = [
      ['{"messages": [1, 2,]}', /unexpected "\]" \(expected a value\) at character 19/],
      ['{"a" 1}', /expected ":"/],
      ['{"messages": [{"a": }]}', /invalid JSON/],
      ['{"messages": []} x', /expected the end of the document/],
      ['[1]', /expected an object at the top level/],
      ['{"messages": [1] "b": 2}', /expected "," or "}"/],
      ['{"messages": [1 2]}', /expected "," or "\]"/],
      ['{"messages": [tru]}', /invalid JSON/],
    ];
    for (const [doc, re] of bad) await expect(collect(doc, 2, { arrays: [['messages']] }), doc).rejects.toThrow(re);
  });

  it('reads values longer than the spill size whole, whatever the chunk boundaries cut', async () => {
    // Values past SPILL_AT leave the buffer in pieces: escapes, backslash runs, big integers and a malformed
    // tail must come out the same as from JSON.parse, at any cut (including inside a run of backslashes).
    const long = 'é\\"x'.repeat(SPILL_AT / 2);
    const big = '123456789012345678901';
    const doc = `{"head": ${JSON.stringify(long)}, "messages": [{"t": ${JSON.stringify(long + '\\')}, "id": ${big}, "n": [${'1,'.repeat(SPILL_AT / 2)}2]}, 7]}`;
    const expected = JSON.parse(doc.replace(big, `"${big}"`)) as { head: string; messages: unknown[] };
    for (const size of [4093, 65_536, 1_000_003]) {
      const { out, properties } = await collect(doc, size, { arrays: [['messages']] });
      expect(out.map((o) => o.value)).toEqual(expected.messages);
      expect(properties.head).toBe(expected.head);
    }
    const broken = `{"messages": [{"t": ${JSON.stringify(long)}, "x": tru}]}`;
    await expect(collect(broken, 65_536, { arrays: [['messages']] })).rejects.toThrow(/invalid JSON.* at character 14$/);
    await expect(collect(broken.slice(0, SPILL_AT * 2), 65_536, { arrays: [['messages']] })).rejects.toThrow(/truncated/);
  });

  it('is also an async iterator', async () => {
    const got: unknown[] = [];
    for await (const e of jsonArrayElements(chunked(DOC, 11), { arrays: [['messages']] })) got.push(e.value);
    expect(got).toEqual(messages);
  });
});
