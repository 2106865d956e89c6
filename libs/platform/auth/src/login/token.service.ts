import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { isUuid, UnauthenticatedException } from '@village/platform-common';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';

const ISSUER = 'village-credit';
/** Account ids are UUIDs; anything else in `sub` is not one of our tokens (and must not reach SQL). */

export interface TokenClaims {
  sub: string;
  username: string;
  /**
   * The account's token version when the token was issued (claim `tv`); a token whose version is no
   * longer the account's is refused (app_request_context). Tokens from before versions existed carry
   * none and count as version 0, the version every account started with.
   */
  tokenVersion: number;
}

/** What a login (or a password change) hands back. */
export interface IssuedToken {
  accessToken: string;
  /** Signed in with a one-time password: only changePassword (and me, logout) until it is changed. */
  mustChangePassword: boolean;
}

/** Signs and checks the bearer tokens (HS256, secret from the environment). */
@Injectable()
export class TokenService {
  /**
   * The secret as a key object, made once. Given a string, jsonwebtoken first tries to parse it as a
   * public key on every verify (≈ 260 µs a request); a secret KeyObject goes straight to the HMAC (≈ 5 µs).
   * An empty secret stays the empty string, so signing refuses it and every token fails, as before.
   */
  private readonly key: KeyObject | '';
  private readonly ttlSeconds: number;

  constructor(@Inject(AUTH_CONFIG) config: AuthConfig) {
    this.key = config.jwtSecret ? createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) : '';
    this.ttlSeconds = config.jwtTtlSeconds;
  }

  /** A token for the account as it is now (its current token version). */
  issue(user: {
    id: string;
    username: string;
    tokenVersion: number;
    mustChangePassword: boolean;
  }): IssuedToken {
    return {
      accessToken: this.sign({ sub: user.id, username: user.username, tokenVersion: user.tokenVersion }),
      mustChangePassword: user.mustChangePassword,
    };
  }

  sign(claims: TokenClaims): string {
    return jwt.sign({ username: claims.username, tv: claims.tokenVersion }, this.key, {
      algorithm: 'HS256',
      subject: claims.sub,
      issuer: ISSUER,
      expiresIn: this.ttlSeconds,
    });
  }

  /**
   * Every token we sign has `iat` and `exp` exactly the configured lifetime apart. A token without `exp`
   * would never expire, and one living longer than the lifetime was not made by `sign` (or was made
   * under a longer setting since shortened): both are refused, like a non-UUID subject.
   */
  verify(token: string): TokenClaims {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER });
      if (typeof payload === 'string' || !isUuid(payload.sub)) {
        throw new Error('malformed subject');
      }
      const { iat, exp } = payload;
      if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > this.ttlSeconds) {
        throw new Error('no expiry, or a lifetime beyond the configured one');
      }
      const tv: unknown = payload.tv ?? 0;
      if (typeof tv !== 'number' || !Number.isSafeInteger(tv) || tv < 0) throw new Error('malformed version');
      return { sub: payload.sub, username: String(payload.username), tokenVersion: tv };
    } catch {
      throw new UnauthenticatedException('登录已失效，请重新登录');
    }
  }
}
