// App mode's AWS Lambda entry (bundled to dist/app-lambda/index.js; handler `index.handler`):
// webhook deliveries through a function URL, the sweep on a schedule (docs/app-mode.md).
import { createLambdaHandler } from './app/lambda.js';

export const handler = createLambdaHandler({ env: process.env });
