/** Reading an answer's body so that a cut-off one keeps what did arrive. */

/** The connection ended before the whole answer arrived; `received` is what did (the service has billed it). */
export class CutAnswer extends Error {
  constructor(readonly received: string) {
    super('The answer was cut off before its end.');
    this.name = 'CutAnswer';
  }
}

/**
 * The body as text, each piece also handed to `onText` as it arrives (a stream's events); a read that fails part
 * way (a dropped connection, a proxy giving up) throws CutAnswer.
 */
export async function readAnswerBody(response: Response, signal?: AbortSignal, onText?: (text: string) => void): Promise<string> {
  const decoder = onText && new TextDecoder();
  const bytes = await readAnswerBytes(response.body, signal, decoder && ((chunk) => onText!(decoder.decode(chunk, { stream: true }))));
  return new TextDecoder().decode(bytes);
}

/** The body's bytes, read whole (see readAnswerBody). */
export async function readAnswerBytes(body: ReadableStream<Uint8Array> | null, signal?: AbortSignal, onChunk?: (chunk: Uint8Array) => void): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      chunks.push(chunk.value);
      onChunk?.(chunk.value);
    }
    return joined(chunks);
  } catch (error) {
    // An abort is the pipeline's own doing, told as such; anything else cut the answer short.
    if (signal?.aborted) throw error;
    // No cause: the AWS SDK would retry a call whose cause looks like a network error, and this one was billed.
    throw new CutAnswer(new TextDecoder().decode(joined(chunks)));
  }
}

/** One buffer at the end: a 35 MB answer in thousands of chunks stays quick. */
function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
