export function parseTag(tag: string): { version: string; major: number; prerelease: string } | undefined;
export function releaseNotes(changelog: string, version: string): string | undefined;
export function releaseProblems(input: { tag: string; packageVersion: string; changelog: string }): string[];
