import { permissions, type Permission, type Role } from '#contract';

/** What each role may do. The server decides; the SPA only mirrors the list it is given. */
const grants: Record<Role, readonly Permission[]> = {
  registration: ['cpis:lookup', 'pds:trace'],
  clinician: ['cpis:lookup', 'pds:trace', 'cpis:details', 'cpis:visits'],
  'safeguarding-lead': ['cpis:lookup', 'pds:trace', 'cpis:details', 'cpis:visits', 'safeguarding:review'],
  // The LA's side only: an LA contact centre never looks a child up, and no health role reads an LA's inbox.
  'la-contact-centre': ['la:notifications', 'la:uploads', 'la:directory'],
};

export const permissionsFor = (role: Role): readonly Permission[] => grants[role];

/**
 * What a route needs: anyone, any signed-in user, or one permission. Every /api route must say;
 * a route that says nothing does not start (default deny).
 */
export type RoutePermission = 'public' | 'authenticated' | Permission;

export const isRoutePermission = (value: unknown): value is RoutePermission =>
  value === 'public' || value === 'authenticated' || (permissions as readonly unknown[]).includes(value);
