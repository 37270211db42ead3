import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import type { AuthConfig } from '../../src/config';

/** Keys as an operator would configure them: only their SHA-256 goes into the configuration. */
export const EDITOR_KEY = 'pk_editor_0123456789abcdef0123456789abcdef';
export const READER_KEY = 'pk_reader_0123456789abcdef0123456789abcdef';
export const JWT_SECRET = 'a-test-secret-that-is-at-least-32-bytes-long';

const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');

export function testAuthConfig(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    apiKeys: [
      { subject: 'editor-anna', roles: ['editor'], sha256: sha256(EDITOR_KEY) },
      { subject: 'reader-bo', roles: ['reader'], sha256: sha256(READER_KEY) },
    ],
    jwt: { secret: JWT_SECRET },
    readsRequireToken: false,
    ...overrides,
  };
}

export function hs256Token(
  claims: { sub?: string; roles?: string[] },
  expiresIn: string | number = '5m',
  secret = JWT_SECRET,
): Promise<string> {
  return new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? 'jwt-user')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
