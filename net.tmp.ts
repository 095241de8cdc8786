import { ComprehendClient, DetectSentimentCommand } from '@aws-sdk/client-comprehend';
import { startEmulator, DEFAULT_CREDENTIALS } from '/work/main/emulator/server.ts';
const emu = await startEmulator();
await emu.close();
const c = new ComprehendClient({ region: 'eu-west-1', endpoint: emu.url, credentials: DEFAULT_CREDENTIALS[0]!, maxAttempts: 2 });
try { await c.send(new DetectSentimentCommand({ Text: 'hej', LanguageCode: 'en' })); } catch (e: any) { console.log('closed:', e.name, e.code, e.constructor.name, e.$metadata, Object.keys(e)); }
const emu2 = await startEmulator();
emu2.knobs.faults.push({ service: 'comprehend', error: 'timeout', times: 5 });
const c2 = new ComprehendClient({ region: 'eu-west-1', endpoint: emu2.url, credentials: DEFAULT_CREDENTIALS[0]!, maxAttempts: 2, requestHandler: { requestTimeout: 300 } as any });
const t = Date.now();
try { await c2.send(new DetectSentimentCommand({ Text: 'hej', LanguageCode: 'en' })); } catch (e: any) { console.log('timeout:', e.name, e.code, e.constructor.name, e.$metadata, Date.now() - t); }
console.log(emu2.log);
await emu2.close();
