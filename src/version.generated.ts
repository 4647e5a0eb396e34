// GENERATED from package.json by scripts/generated-files.ts; do not edit.
// Regenerate: npm run generate
export const VERSION = "0.1.0";
