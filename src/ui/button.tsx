import type { ButtonHTMLAttributes } from 'react';

/** Props of a button: a native button's, plus its look. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'default' | 'ghost' | 'danger';
}

const VARIANTS: Record<NonNullable<ButtonProps['variant']>, string> = {
  default:
    'border border-slate-300 bg-white hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700',
  ghost: 'hover:bg-slate-200 dark:hover:bg-slate-700',
  danger:
    'border border-red-300 bg-white text-red-700 hover:bg-red-50 dark:border-red-700 dark:bg-slate-800 dark:text-red-300 dark:hover:bg-red-950',
};

/** A small button in the app's style (type "button" unless told otherwise). */
export function Button({
  variant = 'default',
  className = '',
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={`rounded px-2 py-0.5 text-xs font-medium disabled:opacity-50 ${VARIANTS[variant]} ${className}`}
      {...rest}
    />
  );
}
