import type { Role } from '../users/entities/user.entity';

/** Who is asking: read from the access token, passed explicitly from controllers to services. */
export interface AuthUser {
  id: string;
  role: Role;
  organizationId: string | null;
  name: string;
  phone: string;
  /** Where the request came from, for the audit log. */
  ip?: string;
}

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  org: string | null;
  name: string;
  phone: string;
  /** The login (refresh-token family) this token was issued for: logging out ends it, and live sockets notice. */
  sid?: string;
}
