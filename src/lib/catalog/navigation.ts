/** The header's sections, and which one a path belongs to. */
import { routes } from './routes';

export interface NavLink {
  label: string;
  href: string;
}

export const NAV_LINKS: readonly NavLink[] = [
  { label: 'Personas', href: routes.personas },
  { label: 'Stories', href: routes.stories },
  { label: 'Quotes', href: routes.quotes },
  // Browse readers land on the screens page, which opens the full-screen displays.
  { label: 'Display', href: routes.screens },
];

/** The header link a page sits under: `/stories/five-seconds/` → Stories. */
export function currentSection(pathname: string): NavLink | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return NAV_LINKS.find((link) => path.startsWith(link.href));
}
