import { useEffect } from 'react';
import { isTheme, type Theme } from './urlState';

/** The message a host page sends to set the theme: `{ type: 'kokko-roren:theme', theme }`. */
export const THEME_MESSAGE = 'kokko-roren:theme';

/**
 * Applies the theme to the document (auto leaves the system in charge), and lets a host page
 * set it by message, so the host's own dark-mode switch wins over the system's.
 */
export function useTheme(theme: Theme, onThemeChange: (theme: Theme) => void): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (typeof data !== 'object' || data === null || !('type' in data) || data.type !== THEME_MESSAGE) return;
      if ('theme' in data && isTheme(data.theme)) onThemeChange(data.theme);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onThemeChange]);
}
