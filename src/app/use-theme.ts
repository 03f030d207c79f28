import { useEffect, useState } from 'react';
import { useStore } from '../store/store';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Whether the dark theme is in force: the app's choice, or the system's when it is `system`. */
export function useDarkTheme(): boolean {
  const theme = useStore((s) => s.theme);
  const [systemDark, setSystemDark] = useState(() => query().matches);
  useEffect(() => {
    const media = query();
    const onChange = () => setSystemDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  const dark = theme === 'dark' || (theme === 'system' && systemDark);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', dark);
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);
  return dark;
}
