// A preload (`node --import`) for start-up tests: when the process exits, writes the Node
// built-in modules it loaded (process.moduleLoadList) to the file named by RECORD_BUILTINS_TO.
import { writeFileSync } from 'node:fs';

const to = process.env.RECORD_BUILTINS_TO;
if (to) {
  process.on('exit', () => writeFileSync(to, process.moduleLoadList.join('\n')));
}
