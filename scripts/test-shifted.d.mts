/** The clock shift, in whole milliseconds from 0 to 400 days, that `npm run test:shifted` uses for a commit. */
export function shiftForSha(sha: string): number;
/** How many shards the suite is cut into for the shifted run. */
export const SHARDS: number;
/** The shard (1..SHARDS) of the test files that `npm run test:shifted` runs for a commit. */
export function shardForSha(sha: string): number;
