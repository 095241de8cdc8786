// npm test: build both browsers' extensions, run the unit tests, then the end-to-end tests in real browsers.
import { execSync } from 'node:child_process';
import { ensureBrowsers } from './browsers';

const run = (command: string) => execSync(command, { stdio: 'inherit' });

ensureBrowsers();
run('npm run build');
run('npm run lint:firefox');
run('npx vitest run');
run('npx vitest run --config vitest.e2e.config.ts');
