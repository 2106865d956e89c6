/**
 * The tab bar's five pictures, drawn inline (no icon library in the first load). Each tab also has
 * its name under the picture, so the picture is decoration only.
 */
const paths: Record<string, string> = {
  score: 'M4 20V10h3v10H4zm6.5 0V4h3v16h-3zM17 20v-7h3v7h-3z',
  declare: 'M5 19h14v2H5v-2zm9.6-15.4 2.8 2.8L9.8 14H7v-2.8l7.6-7.6z',
  notice:
    'M3 10v4h3l5 4V6L6 10H3zm13.5 2a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z',
  inbox:
    'M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm8 7 7-4.5V7l-7 4.5L5 7v.5L12 12z',
  me: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-4 0-8 2-8 5v1h16v-1c0-3-4-5-8-5z',
};

export function TabIcon({ name }: { name: string }) {
  return (
    <svg viewBox="0 0 24 24" width="1.4em" height="1.4em" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
