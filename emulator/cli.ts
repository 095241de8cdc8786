import { DEFAULT_OPENAI_KEY } from './openai';
import { DEFAULT_CREDENTIALS, startEmulator } from './server';

/** `tsx emulator/cli.ts [--port 4566]`: runs the emulator until Ctrl-C, for the demo and by-hand use. */

const portFlag = process.argv.indexOf('--port');
const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : 4566;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('Usage: tsx emulator/cli.ts [--port 4566]');
  process.exit(2);
}

const emulator = await startEmulator({ port });
const [credentials] = DEFAULT_CREDENTIALS;
console.log(`Cloud emulator listening on ${emulator.url}`);
console.log(`  AWS access key ID:     ${credentials?.accessKeyId}`);
console.log(`  AWS secret access key: ${credentials?.secretAccessKey}  (fake, accepted only here)`);
console.log(`  OpenAI API key:        ${DEFAULT_OPENAI_KEY}  (OpenAI API address: ${emulator.url}/v1)`);
console.log(`  Controls: POST ${emulator.url}/__emulator/knobs, GET ${emulator.url}/__emulator/log, POST ${emulator.url}/__emulator/reset`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
