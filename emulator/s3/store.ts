/**
 * The emulated S3's buckets and objects, one store per running emulator. Service modules are shared by
 * every emulator in the process and get no server state, so a store is found by the port the request
 * came to (its Host header), which no two running emulators share. A store outlives its emulator, so a
 * later emulator on the same port in the same process finds its buckets: tests use fresh keys.
 */

export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
  /** User metadata, by name without the x-amz-meta- prefix (as the SDK's Metadata). */
  metadata: Record<string, string>;
  etag: string;
  lastModified: Date;
}

export type Bucket = Map<string, StoredObject>;

const storesByPort = new Map<number, Map<string, Bucket>>();

export function bucketsAt(port: number): Map<string, Bucket> {
  let buckets = storesByPort.get(port);
  if (!buckets) {
    buckets = new Map();
    storesByPort.set(port, buckets);
  }
  return buckets;
}

/** The port a request was sent to, from its Host header ("127.0.0.1:4566", "bucket.localhost:4566"). */
export function portOf(host: string | undefined): number {
  const port = /:(\d+)$/.exec(host ?? '')?.[1];
  return port ? Number(port) : 80;
}
