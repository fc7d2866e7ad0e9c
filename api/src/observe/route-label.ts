/**
 * A request's route as a small fixed set of labels for logs and metrics: never the query string
 * (where questions travel) and never free text from the path.
 */
const apiRoutes: Array<[RegExp, string]> = [
  [/^\/api\/health\/?$/, '/api/health'],
  [/^\/api\/health\/live\/?$/, '/api/health/live'],
  [/^\/api\/health\/ready\/?$/, '/api/health/ready'],
  [/^\/api\/metrics\/?$/, '/api/metrics'],
  [/^\/api\/search\/?$/, '/api/search'],
  [/^\/api\/chat\/?$/, '/api/chat'],
  [/^\/api\/documents\/?$/, '/api/documents'],
  [/^\/api\/documents\/[^/]+$/, '/api/documents/:file'],
];

export const routeLabel = (path: string): string => {
  if (path.startsWith('/api/') || path === '/api') return apiRoutes.find(([pattern]) => pattern.test(path))?.[1] ?? '/api/*';
  if (path.startsWith('/assets/')) return '/assets/*';
  return '/';
};
