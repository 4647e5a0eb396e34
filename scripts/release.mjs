// Release checks and notes (used by .github/workflows/release.yml; see RELEASING.md):
//   node scripts/release.mjs check v1.2.3      the tag, package.json and CHANGELOG.md agree
//   node scripts/release.mjs notes v1.2.3      prints the CHANGELOG.md section of that version
//   node scripts/release.mjs major v1.2.3      prints the major tag to move (v1)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `v1.2.3` (or `v1.2.3-rc.1`) -> its parts; undefined when it is not a release tag. */
export function parseTag(tag) {
  const m = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/.exec(tag);
  if (!m) return undefined;
  return { version: tag.slice(1), major: Number(m[1]), prerelease: m[4] ?? '' };
}

/** The body of `## [version]` in a Keep a Changelog file, trimmed; undefined when absent. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) => new RegExp(`^## \\[${version.replace(/[.+]/g, '\\$&')}\\](\\s|$)`).test(l));
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]: /.test(l)));
  if (end < 0) end = lines.length;
  return lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
}

/** Every reason the tag cannot be released as it is ([] when it can). */
export function releaseProblems({ tag, packageVersion, changelog }) {
  const parsed = parseTag(tag);
  if (!parsed) return [`"${tag}" is not a release tag: use v<major>.<minor>.<patch>, e.g. v1.2.3.`];
  const problems = [];
  if (parsed.version !== packageVersion) {
    problems.push(
      `The tag says ${parsed.version} but package.json says ${packageVersion}: set "version" to ${parsed.version} and commit it before tagging.`,
    );
  }
  const notes = releaseNotes(changelog, parsed.version);
  if (notes === undefined)
    problems.push(`CHANGELOG.md has no "## [${parsed.version}] - <date>" section: move the Unreleased entries under it.`);
  else if (notes === '') problems.push(`The CHANGELOG.md section of ${parsed.version} is empty: say what changed.`);
  return problems;
}

function main() {
  const [what, tag = ''] = process.argv.slice(2);
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (what === 'check') {
    const problems = releaseProblems({ tag, packageVersion, changelog });
    for (const p of problems) console.error(`::error::${p}`);
    process.exit(problems.length > 0 ? 1 : 0);
  } else if (what === 'notes') {
    const parsed = parseTag(tag);
    const notes = parsed && releaseNotes(changelog, parsed.version);
    if (!notes) {
      console.error(`No CHANGELOG.md section for ${tag}.`);
      process.exit(1);
    }
    console.log(notes);
  } else if (what === 'major') {
    const parsed = parseTag(tag);
    if (!parsed || parsed.prerelease) {
      console.error(`${tag} is not a final release: the major tag does not move.`);
      process.exit(1);
    }
    console.log(`v${parsed.major}`);
  } else {
    console.error('Usage: node scripts/release.mjs check|notes|major <vX.Y.Z>');
    process.exit(2);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
