-- The runtime role the app connects as: not superuser, not BYPASSRLS, owns nothing.
-- (POSTGRES_USER, mainstay_owner, is the superuser owner that runs migrations.)
CREATE ROLE mainstay_app LOGIN PASSWORD 'app-password' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
GRANT mainstay_app TO mainstay_owner;
