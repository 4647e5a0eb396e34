// Length caps GitHub enforces on text we write: issue comment bodies are limited to 65,536
// characters (GitHub answers 422 "Body is too long (maximum is 65536 characters)"), check run
// `output.summary` and `output.text` to 65,535 (REST "Create a check run").

export const COMMENT_BODY_MAX = 65_536;
export const CHECK_RUN_TEXT_MAX = 65_535;

/**
 * Returns `text` unchanged when it is shorter than `max` UTF-16 code units; otherwise cuts it at a
 * line boundary, closes an open ``` fence, and appends `note`, keeping the result under `max`.
 * Counting UTF-16 units is never less than GitHub's character count, so the result always fits.
 */
export function capText(text: string, max: number, note: string): string {
  if (text.length < max) return text;
  const tail = `\n\n${note}`;
  const fenceClose = '\n```';
  let budget = max - 1 - tail.length - fenceClose.length;
  if (budget <= 0) return note.slice(0, max - 1);
  // Never split a surrogate pair.
  const code = text.charCodeAt(budget - 1);
  if (code >= 0xd800 && code <= 0xdbff) budget -= 1;
  let cut = text.slice(0, budget);
  const lastNewline = cut.lastIndexOf('\n');
  if (lastNewline > budget - 2000 && lastNewline > 0) cut = cut.slice(0, lastNewline);
  const fences = cut.match(/^\s*```/gm)?.length ?? 0;
  return `${cut}${fences % 2 === 1 ? fenceClose : ''}${tail}`;
}
