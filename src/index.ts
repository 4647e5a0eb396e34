// The action's entry: the runner executes `node dist/index.js` (runs.using: node24).
import { run } from './main.js';

process.exitCode = await run();
