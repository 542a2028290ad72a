/** The brand's columns every reader needs: everything but the logo's bytes (served by the logo route alone). */
export const BRAND_SELECT = {
  displayName: true,
  primaryColor: true,
  supportEmail: true,
  supportPhone: true,
  logoSha256: true,
  logoWidth: true,
  logoHeight: true,
  version: true,
  updatedAt: true,
} as const;
