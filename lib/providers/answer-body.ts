/** Reading an answer's body so that a cut-off one keeps what did arrive. */

/** The connection ended before the whole answer arrived; `received` is what did (the service has billed it). */
export class CutAnswer extends Error {
  constructor(
    readonly received: string,
    options?: { cause?: unknown },
  ) {
    super('The answer was cut off before its end.', options);
    this.name = 'CutAnswer';
  }
}

/**
 * The body as text, each piece also handed to `onText` as it arrives (a stream's events); a read that fails part
 * way (a dropped connection, a proxy giving up) throws CutAnswer.
 */
export async function readAnswerBody(response: Response, signal?: AbortSignal, onText?: (text: string) => void): Promise<string> {
  if (!response.body) return '';
  const decoder = new TextDecoder();
  let received = '';
  const reader = response.body.getReader();
  const take = (text: string) => {
    received += text;
    onText?.(text);
  };
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) take(decoder.decode(chunk.value, { stream: true }));
    take(decoder.decode());
    return received;
  } catch (error) {
    // An abort is the pipeline's own doing, told as such; anything else cut the answer short.
    if (signal?.aborted) throw error;
    throw new CutAnswer(received, { cause: error });
  }
}
