import { createMiddleware } from 'hono/factory';

/**
 * `no-store` for every API answer (they change with the index and may echo the question),
 * a year and `immutable` for the UI's content-hashed files under /assets/, and revalidation
 * for the HTML page that names them.
 */
export const cacheControl = (hashedAssetsPrefix = '/assets/') =>
  createMiddleware(async (context, next) => {
    await next();
    const path = context.req.path;
    if (path.startsWith('/api/')) context.res.headers.set('Cache-Control', 'no-store');
    else if (path.startsWith(hashedAssetsPrefix) && context.res.status === 200) context.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    else if (!context.res.headers.has('Cache-Control')) context.res.headers.set('Cache-Control', 'no-cache');
  });
