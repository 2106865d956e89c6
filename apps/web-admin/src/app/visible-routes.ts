import type { Session } from '@village/web';
import { MENU_GROUPS, type AdminRoute, type MenuGroup } from '../areas/admin-route';
import { ALL_ROUTES } from '../areas/all-routes';

/** The screens the signed-in user may open, by menu group in menu order. */
export function visibleRouteGroups(
  session: Session,
): { group: MenuGroup; label: string; routes: AdminRoute[] }[] {
  const open = ALL_ROUTES.filter(
    (r) => !r.hideInMenu && (r.permissions.length === 0 || r.permissions.some((p) => session.can(p))),
  );
  return (Object.keys(MENU_GROUPS) as MenuGroup[])
    .map((group) => ({ group, label: MENU_GROUPS[group], routes: open.filter((r) => r.group === group) }))
    .filter((g) => g.routes.length > 0);
}
