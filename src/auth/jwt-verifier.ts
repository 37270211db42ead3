import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { JwtConfig } from '../config';
import type { Viewer } from './viewer';

const ROLE = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * JWTs signed with the configured HS256 secret, or by a key of the configured JWKS (jose fetches
 * and caches the set, refetching when a token names an unknown key id). jose checks exp (which
 * must be present) and nbf; issuer, audience and the maximum lifetime are checked when
 * configured. The algorithm list is pinned so a token cannot choose "none" or switch an
 * asymmetric key to HMAC.
 */
export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly config: JwtConfig) {
    if (config.secret !== undefined) {
      this.key = new TextEncoder().encode(config.secret);
      this.algorithms = ['HS256'];
    } else {
      this.key = createRemoteJWKSet(new URL(config.jwksUrl!));
      this.algorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
    }
  }

  /** The viewer a valid token names, or undefined for any failure (the reason is not told). */
  async verify(token: string): Promise<Viewer | undefined> {
    let payload: JWTPayload;
    try {
      // exp is required: a token without one would be valid forever, so a leaked one could never expire.
      const options = {
        algorithms: this.algorithms,
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['exp'],
      };
      // Two calls because jose's overloads take a key or a key-set function, not their union.
      payload =
        typeof this.key === 'function'
          ? (await jwtVerify(token, this.key, options)).payload
          : (await jwtVerify(token, this.key, options)).payload;
    } catch {
      return undefined;
    }
    if (!this.withinLifetime(payload)) return undefined;
    if (typeof payload.sub !== 'string' || payload.sub === '' || payload.sub.length > 200) return undefined;
    const claimed = (payload as { roles?: unknown }).roles;
    const roles = Array.isArray(claimed)
      ? claimed.filter((role): role is string => typeof role === 'string' && ROLE.test(role))
      : [];
    return { subject: payload.sub, roles };
  }

  /**
   * A required exp alone still lets an issuer mint a token valid for years; with
   * JWT_MAX_LIFETIME no token may be valid for longer, counted from its iat when it has one and
   * from now in any case (so a token without iat cannot claim a short life it does not have).
   */
  private withinLifetime(payload: JWTPayload): boolean {
    const max = this.config.maxLifetimeSeconds;
    if (max === undefined) return true;
    const exp = payload.exp!;
    if (exp - Math.floor(Date.now() / 1000) > max) return false;
    return typeof payload.iat !== 'number' || exp - payload.iat <= max;
  }
}
