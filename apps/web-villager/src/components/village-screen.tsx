import { Button, ErrorBlock } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** The header's small button to the screen that goes with this one (申报 ↔ 我的申报, 公示 → 我的异议). */
export function ScreenShortcut({
  to,
  primary,
  children,
}: {
  to: string;
  primary?: boolean;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Button size="small" color={primary ? 'primary' : undefined} onClick={() => navigate(to)}>
      {children}
    </Button>
  );
}

/** A village's screen opened by an account that belongs to no village: the header and why it is empty. */
export function WithoutVillage({ header, reason }: { header: ReactNode; reason: string }) {
  return (
    <>
      {header}
      <ErrorBlock status="default" title={reason} description="" />
    </>
  );
}
