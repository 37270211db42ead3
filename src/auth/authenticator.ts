import type { AuthConfig } from '../config';
import { ApiKeyVerifier } from './api-key-verifier';
import { JwtVerifier } from './jwt-verifier';
import type { Authentication } from './viewer';

// Three dot-separated base64url parts: a compact JWS. API keys are told apart by this shape.
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const MAX_TOKEN_LENGTH = 8192;

/** Turns a request's Authorization header into an Authentication; built once per service. */
export class Authenticator {
  private readonly apiKeys: ApiKeyVerifier;
  private readonly jwt?: JwtVerifier;

  constructor(readonly config: AuthConfig) {
    this.apiKeys = new ApiKeyVerifier(config.apiKeys);
    this.jwt = config.jwt && new JwtVerifier(config.jwt);
  }

  get readsRequireToken(): boolean {
    return this.config.readsRequireToken;
  }

  async authenticate(header: string | undefined): Promise<Authentication> {
    if (header === undefined || header.trim() === '') return { kind: 'anonymous' };
    const match = /^Bearer +(\S+)\s*$/i.exec(header);
    if (!match || match[1].length > MAX_TOKEN_LENGTH) return { kind: 'rejected' };
    const token = match[1];
    const viewer = JWT_SHAPE.test(token) && this.jwt ? await this.jwt.verify(token) : this.apiKeys.verify(token);
    return viewer ? { kind: 'authenticated', viewer } : { kind: 'rejected' };
  }
}

/** No keys and no JWT configuration: every token is rejected, reads stay open. */
export const NO_AUTH: AuthConfig = { apiKeys: [], readsRequireToken: false };
