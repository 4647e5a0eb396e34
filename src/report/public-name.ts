// How a person from incident.io is named in what GitHub shows (PR comments, step summaries, check
// runs), which whoever can read the repository or the run can read: their incident.io name, never
// their email. A name that is empty or holds an email address (incident.io accounts without a
// display name can carry one) is not shown; the caller shows the incident.io user ID instead.
import { code, escapeMarkdown } from './markdown.js';

/** Anything that looks like an email address inside a text. */
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/** The name to show, or undefined when the caller should show the user ID. */
export function publicName(name: string): string | undefined {
  return name.trim() === '' || EMAIL_LIKE.test(name) ? undefined : name;
}

/** The person in Markdown: their name, escaped, or their incident.io user ID as code. */
export function markdownName(name: string, userId: string): string {
  const shown = publicName(name);
  return shown === undefined ? code(userId) : escapeMarkdown(shown);
}
