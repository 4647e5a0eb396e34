// Tests must run on Node 24 (nock 15 needs it to see undici's fetch; GitHub runs node24 actions).
// `npm test` puts node_modules/.bin first on PATH, where the `node` devDependency provides Node 24.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(
    `Tests need Node 24 but this is Node ${process.versions.node}. Run them through npm (npm test), ` +
      'which puts the Node 24 from the "node" devDependency first on PATH, or run `npm ci` first.',
  );
  process.exit(1);
}
