import { useStore } from '../store/store';
import type { ThemeChoice } from '../store/ui-slice';
import { LabelledSelect } from '../ui/labelled-select';

const OPTIONS: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light / dark / system theme choice. */
export function ThemeSwitch() {
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  return <LabelledSelect label="Theme" value={theme} options={OPTIONS} onChange={setTheme} />;
}
