// picomatch 4 ships no type declarations and @types/picomatch is not installed; this covers the
// part of its API that src/policy/glob.ts uses (https://github.com/micromatch/picomatch#api).
// Everyone else matches globs through globMatcher() in glob.ts.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
  }
  type Matcher = (input: string) => boolean;
  interface Picomatch {
    (glob: string | string[], options?: PicomatchOptions): Matcher;
    makeRe(glob: string, options?: PicomatchOptions): RegExp;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
