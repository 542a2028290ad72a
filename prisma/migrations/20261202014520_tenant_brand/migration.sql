-- CreateTable
CREATE TABLE "TenantBrand" (
    "tenantId" TEXT NOT NULL,
    "displayName" TEXT,
    "primaryColor" TEXT,
    "supportEmail" TEXT,
    "supportPhone" TEXT,
    "logoPng" BYTEA,
    "logoSha256" TEXT,
    "logoWidth" INTEGER,
    "logoHeight" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantBrand_pkey" PRIMARY KEY ("tenantId")
);

-- AddForeignKey
ALTER TABLE "TenantBrand" ADD CONSTRAINT "TenantBrand_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────── hand-written below ─────────────────────────
-- The MSP's brand (lib/domain/brand): tenant-owned, forced RLS. Every member of the tenant reads
-- it (clients see it in their shell, the worker's system context inside the tenant for e-mails);
-- only the tenant's owner inserts or updates it; platform admins read (an owner invitation they
-- send carries it). No DELETE policy: nothing deletes a brand through the app (removing the logo
-- or a field is an update to NULL); the privilege is granted so that a DELETE matches no row
-- rather than erroring, like every other tenant table.
GRANT SELECT, INSERT, UPDATE, DELETE ON "TenantBrand" TO mainstay_app;
ALTER TABLE "TenantBrand" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TenantBrand" FORCE ROW LEVEL SECURITY;
CREATE POLICY brand_member_reads ON "TenantBrand" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()));
CREATE POLICY brand_owner_inserts ON "TenantBrand" FOR INSERT
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND current_setting('app.role', true) = 'OWNER');
CREATE POLICY brand_owner_updates ON "TenantBrand" FOR UPDATE
  USING ("tenantId" = (SELECT app_tenant()) AND current_setting('app.role', true) = 'OWNER')
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND current_setting('app.role', true) = 'OWNER');
CREATE POLICY brand_platform_admin_reads ON "TenantBrand" FOR SELECT
  USING ((SELECT app_is_platform_admin()));

-- The sign-in page reached from a tenant's link (/login?tenant=<slug>) is public: no tenant
-- context, so RLS shows it nothing. This function is its one window, and a narrow one: for an
-- ACTIVE tenant that set a brand, it returns the name clients see, the colour and the logo (a PNG
-- drawn on upload) — nothing else of the tenant (no id, no status, no prices, no support contact).
-- An unknown slug, a suspended tenant and a tenant without a brand all return no row. It runs as
-- the migrating role (SECURITY DEFINER, like dashboard_touch), which bypasses RLS.
CREATE FUNCTION sign_in_brand(p_slug text)
  RETURNS TABLE ("name" text, "primaryColor" text, "logoPng" bytea)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT COALESCE(b."displayName", t.name), b."primaryColor", b."logoPng"
  FROM "Tenant" t
  JOIN "TenantBrand" b ON b."tenantId" = t.id
  WHERE t.slug = p_slug
    AND t.status = 'ACTIVE'
    AND (b."displayName" IS NOT NULL OR b."primaryColor" IS NOT NULL OR b."logoPng" IS NOT NULL)
$$;
REVOKE ALL ON FUNCTION sign_in_brand(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_brand(text) TO mainstay_app;
