import { useEffect, useState } from 'react';
import { useStore } from '../../store/store';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Whether the editors should be dark: the app's theme choice, or the system's when it is `system`. */
export function useDarkEditor(): boolean {
  const theme = useStore((s) => s.theme);
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);
  useEffect(() => {
    const media = darkQuery();
    const onChange = () => setSystemDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return theme === 'dark' || (theme === 'system' && systemDark);
}
