/**
 * An organization's name as imports compare it: Unicode-normalized (NFKC), trimmed, lower case,
 * runs of spaces as one. "ACME  Dental " and "acme dental" are the same organization; an import
 * without external ids finds an organization again by this key within the tenant.
 */
export const organizationNameKey = (name: string) => name.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
