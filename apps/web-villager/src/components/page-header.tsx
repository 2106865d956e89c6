import { NavBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A screen's title; screens reached from a tab get a back arrow to where they came from. */
export function PageHeader({ title, back, right }: { title: string; back?: string; right?: ReactNode }) {
  const navigate = useNavigate();
  if (!back) {
    return (
      <header className="page-header">
        <h1>{title}</h1>
        {right}
      </header>
    );
  }
  return (
    <NavBar
      className="page-nav"
      backIcon
      back="返回"
      onBack={() => (window.history.length > 1 ? navigate(-1) : navigate(back))}
      right={right}
    >
      <h1 style={{ margin: 0, fontSize: '1.2rem' }}>{title}</h1>
    </NavBar>
  );
}
