import { NotificationKind, NotificationService } from '@village/platform-notifications';
import type { OrgUnitEntity, TenantTx } from '@village/platform-tenancy';

/** A welcome message in the demo resident's inbox, so the inbox is not empty on first login. */
export async function seedDemoNotifications(tx: TenantTx, village: OrgUnitEntity | undefined): Promise<void> {
  if (!village) throw new Error('demo notifications: 大泽头村 is missing');
  const [resident] = (await tx.query(`SELECT id FROM app_user WHERE username = 'dazetou-resident'`)) as {
    id: string;
  }[];
  if (!resident) throw new Error('demo notifications: dazetou-resident is missing');
  await new NotificationService().notify(tx, {
    recipients: [resident.id],
    kind: NotificationKind.GENERAL,
    title: '欢迎使用村级信用积分平台',
    body: '您可以在这里申报积分、查看本村公示，并收到审核结果和评定结果的通知。',
    unit: village,
  });
}
