/**
 * What each emulated Bedrock call carried, for tests that check the request a provider built. The
 * server's own log is shared by every service and holds no bodies, so this record sits beside it,
 * kept per emulator (told apart by the host the client called).
 */

export interface BedrockInvocation {
  modelId: string;
  /** The region in the request's signature. */
  region: string;
  contentType: string;
  accept: string;
  body: unknown;
}

/** A long-running emulator (the demo) keeps only the latest calls. */
const KEPT_PER_EMULATOR = 200;

const byHost = new Map<string, BedrockInvocation[]>();

export function recordInvocation(host: string, invocation: BedrockInvocation): void {
  const list = listFor(host);
  list.push(invocation);
  if (list.length > KEPT_PER_EMULATOR) list.splice(0, list.length - KEPT_PER_EMULATOR);
}

/** The live list of calls the emulator at `url` received, oldest first; empty it with `.length = 0`. */
export function bedrockInvocations(url: string): BedrockInvocation[] {
  return listFor(new URL(url).host);
}

function listFor(host: string): BedrockInvocation[] {
  let list = byHost.get(host);
  if (!list) byHost.set(host, (list = []));
  return list;
}
