/** The clock shift, in whole milliseconds from 0 to 400 days, that `npm run test:shifted` uses for a commit. */
export function shiftForSha(sha: string): number;
