import { SignJWT } from 'jose';
import { JwtVerifier } from '../../src/auth/jwt-verifier';

// A JWT must carry exp: one without it would be accepted forever (issue 17, finding 8).

const SECRET = 'a-test-secret-of-at-least-32-bytes-length';
const verifier = new JwtVerifier({ secret: SECRET });
const key = new TextEncoder().encode(SECRET);

function token(withExp: boolean): Promise<string> {
  const jwt = new SignJWT({ roles: ['editor'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('anna').setIssuedAt();
  return (withExp ? jwt.setExpirationTime('5m') : jwt).sign(key);
}

it('accepts a valid token with exp', async () => {
  expect(await verifier.verify(await token(true))).toEqual({ subject: 'anna', roles: ['editor'] });
});

it('refuses an otherwise valid token without exp', async () => {
  expect(await verifier.verify(await token(false))).toBeUndefined();
});
