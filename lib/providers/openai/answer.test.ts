import { APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWER, imagesOfJson, imagesOfStream, NOT_OPENAI, refusedByOpenAI, sseSplitter } from './answer';

const sentenceOf = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the answer was read');
};

describe('OpenAI’s one-piece answer, read defensively', () => {
  it('gives each image’s base64', () => {
    expect(imagesOfJson(JSON.stringify({ created: 1, data: [{ b64_json: 'AAA' }, { b64_json: 'BBB' }] }))).toEqual(['AAA', 'BBB']);
  });

  it.each([
    ['an empty body', '', EMPTY_ANSWER],
    ['blank lines', '\n \n', EMPTY_ANSWER],
    ['JSON cut off', '{"created": 1, "data": [{"b64_json": "AA', /could not read/],
    ['an HTML page', '<html><body><h1>502 Bad Gateway</h1></body></html>', NOT_OPENAI],
    ['a gateway’s JSON', '{"message": "Too Many Requests"}', NOT_OPENAI],
    ['JSON that is not an object', '"ok"', NOT_OPENAI],
    ['no images', '{"created": 1, "data": []}', /without an image/],
  ])('%s: its own sentence', (_, text, sentence) => {
    expect(sentenceOf(() => imagesOfJson(text))).toMatch(sentence);
  });

  it('an error in a 200 is OpenAI’s error, told by its code', () => {
    expect(() => imagesOfJson('{"error": {"code": "moderation_blocked", "message": "no"}}')).toThrow(expect.objectContaining({ code: 'moderation_blocked' }));
  });
});

describe('OpenAI’s streamed answer, read defensively', () => {
  const event = (data: object, name?: string) => `${name ? `event: ${name}\n` : ''}data: ${JSON.stringify(data)}\n\n`;

  it('splits events across any chunking, previews and completed images alike', () => {
    const text = event({ type: 'image_generation.partial_image', b64_json: 'P' }) + event({ type: 'image_generation.completed', b64_json: 'C' });
    const split = sseSplitter();
    const events = [...text].flatMap((char) => split(char));
    expect(events.map((each) => each.b64_json)).toEqual(['P', 'C']);
    expect(imagesOfStream(text)).toEqual(['C']);
  });

  it('reads CRLF line ends and leaves out a keep-alive comment', () => {
    expect(imagesOfStream(`: ping\r\n\r\n${event({ type: 'image_generation.completed', b64_json: 'C' }).replace(/\n/g, '\r\n')}`)).toEqual(['C']);
  });

  it.each([
    ['an empty body', '', EMPTY_ANSWER],
    ['an HTML page', '<html><h1>502 Bad Gateway</h1></html>', NOT_OPENAI],
    ['an event cut off', 'data: {"type": "image_generation.completed", "b64_json": "AA', /could not read/],
  ])('%s: its own sentence', (_, text, sentence) => {
    expect(sentenceOf(() => imagesOfStream(text))).toMatch(sentence);
  });

  it('a stream cut between its events has no completed image', () => {
    expect(imagesOfStream(event({ type: 'image_generation.partial_image', b64_json: 'P' }))).toEqual([]);
  });

  it('an error event is OpenAI’s error, told by its code', () => {
    const text = event({ type: 'error', error: { code: 'rate_limit_exceeded', message: 'slow down' } }, 'error');
    expect(() => imagesOfStream(text)).toThrow(expect.objectContaining({ code: 'rate_limit_exceeded' }));
  });
});

describe('which failed calls OpenAI did not bill', () => {
  it('its refusals, but not a gateway’s 502 or 504, a dropped connection or anything else', () => {
    const withStatus = (status: number) => new APIError(status, { message: 'x' }, undefined, new Headers());
    expect([400, 401, 429, 500].map((status) => refusedByOpenAI(withStatus(status)))).toEqual([true, true, true, true]);
    expect([502, 504].map((status) => refusedByOpenAI(withStatus(status)))).toEqual([false, false]);
    expect(refusedByOpenAI(new APIError(undefined, undefined, 'connection', undefined))).toBe(false);
    expect(refusedByOpenAI(new TypeError('Failed to fetch'))).toBe(false);
  });
});
