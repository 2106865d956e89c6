import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { UnauthenticatedException } from '@village/platform-common';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';

const ISSUER = 'village-credit';

export interface TokenClaims {
  sub: string;
  username: string;
}

/** Signs and checks the bearer tokens (HS256, secret from the environment). */
@Injectable()
export class TokenService {
  constructor(@Inject(AUTH_CONFIG) private readonly config: AuthConfig) {}

  sign(claims: TokenClaims): string {
    return jwt.sign({ username: claims.username }, this.config.jwtSecret, {
      algorithm: 'HS256',
      subject: claims.sub,
      issuer: ISSUER,
      expiresIn: this.config.jwtTtlSeconds,
    });
  }

  verify(token: string): TokenClaims {
    try {
      const payload = jwt.verify(token, this.config.jwtSecret, { algorithms: ['HS256'], issuer: ISSUER });
      if (typeof payload === 'string' || !payload.sub) throw new Error('malformed token');
      return { sub: payload.sub, username: String(payload.username) };
    } catch {
      throw new UnauthenticatedException('登录已失效，请重新登录');
    }
  }
}
