import type { ReactNode } from 'react';

/** Props of a badge. */
export interface BadgeProps {
  tone?: 'neutral' | 'warning' | 'danger' | 'info';
  /** Longer text shown on hover. */
  title?: string;
  children: ReactNode;
}

const TONES: Record<NonNullable<BadgeProps['tone']>, string> = {
  neutral: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
  warning: 'bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100',
  danger: 'bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100',
  info: 'bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-100',
};

/** A short label, such as a field's type. */
export function Badge({ tone = 'neutral', title, children }: BadgeProps) {
  return (
    <span
      title={title}
      className={`shrink-0 rounded px-1 font-mono text-[10px] leading-4 uppercase ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
