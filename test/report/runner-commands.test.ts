// Parity with @actions/core: our hand-written protocol layer must print and write exactly what
// core would, so the runner parses it the same way.
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OncallGateError } from '../../src/errors.js';
import { couldCommandRunner, createRunnerCommands, formatCommand } from '../../src/report/runner-commands.js';
import { runnerCommands } from '../support/runner-command-parser.js';

function captureCore(fn: () => void): string[] {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk).replace(/\n$/, ''));
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

const nasty = 'a%b\r\nc: d, e::f';

describe('runner commands', () => {
  afterEach(() => {
    delete process.env.GITHUB_OUTPUT;
  });

  it('annotations match @actions/core byte for byte, escaping data and properties', () => {
    const ours: string[] = [];
    const r = createRunnerCommands({}, (l) => ours.push(l));
    r.annotate('error', nasty, { title: 'policy: schema, x', file: 'policies/a,b.yaml', line: 3, col: 5 });
    r.annotate('warning', nasty);
    r.annotate('notice', 'plain', { file: 'x.yaml', line: 1 });
    const theirs = captureCore(() => {
      core.error(nasty, { title: 'policy: schema, x', file: 'policies/a,b.yaml', startLine: 3, startColumn: 5 });
      core.warning(nasty);
      core.notice('plain', { file: 'x.yaml', startLine: 1 });
    });
    expect(ours).toEqual(theirs);
    expect(ours[0]).toBe('::error title=policy%3A schema%2C x,file=policies/a%2Cb.yaml,line=3,col=5::a%25b%0D%0Ac: d, e::f');
  });

  it('mask, debug and groups match @actions/core', () => {
    const ours: string[] = [];
    const r = createRunnerCommands({}, (l) => ours.push(l));
    r.setSecret('s3cr%t');
    r.debug(nasty);
    r.startGroup('oncall-gate gate');
    r.endGroup();
    const theirs = captureCore(() => {
      core.setSecret('s3cr%t');
      core.debug(nasty);
      core.startGroup('oncall-gate gate');
      core.endGroup();
    });
    expect(ours).toEqual(theirs);
  });

  it('does not print a mask command for an empty secret', () => {
    const ours: string[] = [];
    createRunnerCommands({}, (l) => ours.push(l)).setSecret('');
    expect(ours).toEqual([]);
  });

  it('writes outputs in the same heredoc form as @actions/core', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const ourFile = join(dir, 'ours');
    const coreFile = join(dir, 'core');
    writeFileSync(ourFile, '');
    writeFileSync(coreFile, '');
    createRunnerCommands({ GITHUB_OUTPUT: ourFile }).setOutput('policies', '["a"]\nsecond line');
    process.env.GITHUB_OUTPUT = coreFile;
    core.setOutput('policies', '["a"]\nsecond line');
    const strip = (s: string): string => s.replace(/ghadelimiter_[0-9a-f-]+/g, 'D');
    expect(strip(readFileSync(ourFile, 'utf8'))).toBe(strip(readFileSync(coreFile, 'utf8')));
    expect(strip(readFileSync(ourFile, 'utf8'))).toBe('policies<<D\n["a"]\nsecond line\nD\n');
  });

  it('fails clearly when GITHUB_OUTPUT points at a missing file', () => {
    const r = createRunnerCommands({ GITHUB_OUTPUT: '/nonexistent/out' });
    expect(() => r.setOutput('result', 'x')).toThrow(OncallGateError);
    expect(() => r.setOutput('result', 'x')).toThrow(/GITHUB_OUTPUT points at \/nonexistent\/out/);
  });

  it('prints outputs when there is no GITHUB_OUTPUT (local runs) instead of ::set-output', () => {
    const ours: string[] = [];
    createRunnerCommands({}, (l) => ours.push(l)).setOutput('result', 'valid');
    expect(ours).toEqual(['output result=valid']);
  });

  it('appends the step summary with a trailing newline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const file = join(dir, 'summary');
    writeFileSync(file, '');
    const r = createRunnerCommands({ GITHUB_STEP_SUMMARY: file });
    r.appendSummary('# one');
    r.appendSummary('two\n');
    expect(readFileSync(file, 'utf8')).toBe('# one\ntwo\n');
  });

  it('omits empty properties', () => {
    expect(formatCommand('error', { title: '', file: 'a.yaml', line: undefined }, 'm')).toBe('::error file=a.yaml::m');
  });
});

describe('log lines carrying user text', () => {
  it('cannot start a workflow command, on any line', () => {
    const ours: string[] = [];
    createRunnerCommands({}, (l) => ours.push(l)).info('PR title: x\n::error::pwned\n  ::add-mask::y\nnot :: a command');
    expect(ours).toHaveLength(3);
    expect(ours[1]).toBe('PR title: x\n\u200b::error::pwned\n  \u200b::add-mask::y\nnot :: a command');
    expect(runnerCommands(ours.join('\n')).commands.map((c) => c.command)).toEqual(['stop-commands']);
  });

  it.each([
    ['`##[command]` anywhere in a line', 'Environment: prod ##[set-output name=approved;]true'],
    ['`##[command]` split by a zero-width space', 'prod #\u200b#[error title=x]spoofed'],
    ['`::` after a NEL (.NET white space)', 'prod\n\u0085::warning::spoofed'],
    ['`::` after a zero-width space', 'prod\n\u200b::error::spoofed'],
    ['`::stop-commands::` of its own', 'a\n::stop-commands::pwned\n::error::hidden'],
  ])('%s commands nothing: the line is printed between stop-commands and a fresh token', (_name, text) => {
    expect(runnerCommands(text).commands.length).toBeGreaterThan(0);
    const ours: string[] = [];
    createRunnerCommands({}, (l) => ours.push(l)).info(text);
    const { commands, stoppedAtEnd } = runnerCommands(ours.join('\n'));
    expect(commands.map((c) => c.command)).toEqual(['stop-commands']);
    expect(commands[0]!.data).toMatch(/^[0-9a-f]{32}$/);
    expect(stoppedAtEnd).toBe(false);
    expect(ours[1]).toContain(text.replace(/^(\s*)::/gm, '$1\u200b::'));
  });

  it('a fresh token for every line, so no text can resume the runner by quoting an earlier one', () => {
    const ours: string[] = [];
    const r = createRunnerCommands({}, (l) => ours.push(l));
    r.info('##[error]a');
    r.info('##[error]b');
    expect(ours[0]).not.toBe(ours[3]);
  });

  it('plain text, single colons and a `#` or `[` on their own print as they are', () => {
    const ours: string[] = [];
    createRunnerCommands({}, (l) => ours.push(l)).info('Decision: approved (#12, [x]) at 10:00: ok');
    expect(ours).toEqual(['Decision: approved (#12, [x]) at 10:00: ok']);
    expect(couldCommandRunner('a :: b ## [c]')).toBe(false);
  });

  it('an output printed without GITHUB_OUTPUT (local runs) commands nothing either', () => {
    const ours: string[] = [];
    createRunnerCommands({}, (l) => ours.push(l)).setOutput('reason', 'x ##[add-mask]y');
    expect(runnerCommands(ours.join('\n')).commands.map((c) => c.command)).toEqual(['stop-commands']);
  });
});
