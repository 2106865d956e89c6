import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permission.enum';

export const PERMISSIONS_KEY = 'village:permissions';
export const PUBLIC_KEY = 'village:public';
export const SKIP_AUDIT_KEY = 'village:skip-audit';

/** The operation needs one of these permissions. Undeclared operations are denied by the global guard. */
export const Allow = (...permissions: Permission[]) => SetMetadata(PERMISSIONS_KEY, permissions);

/** The operation is open to anonymous callers (login). Use sparingly. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The mutation writes its own audit rows (login records the attempted username and the reason). */
export const AuditedByHandler = () => SetMetadata(SKIP_AUDIT_KEY, true);
