import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

/** The auditor's checks: the ledger's hash chain and a tally against the ledger. */
export const auditRoutes: AdminRoute[] = [
  {
    path: '/audit/chain-check',
    title: '台账链校验与核算核验',
    group: 'audit',
    permissions: ['AUDIT_READ'],
    page: lazy(() => import('./chain-check-page')),
  },
];
