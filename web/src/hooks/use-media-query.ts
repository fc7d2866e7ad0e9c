import { useSyncExternalStore } from 'react';

/** Whether the media query matches now, following changes (false where matchMedia is missing). */
export const useMediaQuery = (query: string): boolean =>
  useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );

/** The sidebar is a drawer behind «Meny» at this width and below (layout.css, responsive.css). */
export const drawerQuery = '(max-width: 1000px)';
/** The source panel is a sheet from the bottom at this width and below. */
export const sheetQuery = '(max-width: 700px)';
