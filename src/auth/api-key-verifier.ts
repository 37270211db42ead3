import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyEntry } from '../config';
import type { Viewer } from './viewer';

/**
 * API keys are configured as SHA-256 hashes only, so a leaked configuration reveals no key.
 * The presented key is hashed and compared with every entry in constant time, without stopping
 * at a match, so the time taken tells nothing about which or how many entries matched.
 */
export class ApiKeyVerifier {
  private readonly entries: { viewer: Viewer; hash: Buffer }[];

  constructor(entries: ApiKeyEntry[]) {
    this.entries = entries.map((entry) => ({
      viewer: { subject: entry.subject, roles: [...entry.roles] },
      hash: Buffer.from(entry.sha256, 'hex'),
    }));
  }

  verify(key: string): Viewer | undefined {
    const presented = createHash('sha256').update(key, 'utf8').digest();
    let found: Viewer | undefined;
    for (const entry of this.entries) {
      if (timingSafeEqual(presented, entry.hash) && found === undefined) found = entry.viewer;
    }
    return found;
  }
}
