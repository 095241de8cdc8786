import { randomInt } from 'node:crypto';

/** What an emulated Bedrock image model must know: its request rules, its filter and its answers. */

/** One picture a request asks for; `identity` decides what it looks like. */
export interface Picture {
  width: number;
  height: number;
  seed: number;
  identity: string;
}

/** A filter verdict: an error (Titan, Nova Canvas) or a 200 body that says so (Stability, SDXL). */
export type Refusal = { error: string } | { body: unknown };

export interface EmulatedModel {
  /** A ValidationException message when the body breaks the model's rules, else undefined. Runs first. */
  check(body: unknown): string | undefined;
  /** The text the content filter reads (the positive prompt). */
  prompt(body: unknown): string;
  pictures(body: unknown): Picture[];
  /** The 200 body carrying the pictures, base64-encoded in the same order. */
  answer(pictures: readonly Picture[], images: readonly string[]): unknown;
  refusal(stage: 'prompt' | 'output', pictures: readonly Picture[], images: readonly string[]): Refusal;
}

/** The models' "0 or absent means random" seed, made concrete so the picture can depend on it. */
export function seedOrRandom(seed: unknown, max: number): number {
  return typeof seed === 'number' && seed > 0 ? seed : randomInt(0, Math.min(max, 2 ** 48 - 1));
}

/** `count` pictures of one size, told apart by their index and the whole request. */
export function picturesOf(modelId: string, body: unknown, size: { width: number; height: number }, seed: number, count = 1): Picture[] {
  const request = JSON.stringify(body);
  return Array.from({ length: count }, (_, index) => ({ ...size, seed, identity: `${modelId}\n${request}\n${seed}\n${index}` }));
}

/** A request body (or part of one) as a record, for models whose schema check has already passed. */
export function fields(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export function member(value: unknown, key: string): Record<string, unknown> {
  return fields(fields(value)[key]);
}
