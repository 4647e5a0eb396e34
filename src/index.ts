// The action's entry: the runner executes `node dist/index.js` (runs.using: node24).
import { run } from './main.js';

void run().then((code) => {
  process.exitCode = code;
});
