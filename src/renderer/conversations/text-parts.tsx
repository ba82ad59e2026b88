import type { TextParts } from '../../core/contract/conversations';

/** A text with the words the search matched marked (the core cut it; React escapes every piece). */
export function Highlighted({ parts }: { parts: TextParts }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="hit">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

export const plainText = (parts: TextParts): string => parts.map((p) => p.text).join('');
