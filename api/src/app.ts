import { handleError, requestError, respondWithError } from './error-handler';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AssistantSource } from './assistant-source';
import { chatRoute } from './routes/chat';
import { documentsRoute } from './routes/documents';
import { healthRoute } from './routes/health';
import { searchRoute } from './routes/search';

export interface AppOptions {
  source: AssistantSource;
  corsOrigin?: string;
  bodyLimitBytes?: number;
}

/** The HTTP API as a chain of small routers; `index.ts` only adds the static UI and listens. */
export const createApp = ({ source, corsOrigin, bodyLimitBytes = 256 * 1024 }: AppOptions) => {
  const app = new Hono();
  app.use('*', secureHeaders());
  if (corsOrigin) app.use('/api/*', cors({ origin: corsOrigin.split(',').map((origin) => origin.trim()) }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: bodyLimitBytes,
      onError: (context) => respondWithError(context, requestError('payload_too_large', `The request body is larger than ${bodyLimitBytes} bytes.`)),
    }),
  );
  app.onError(handleError);
  app.notFound((context) => respondWithError(context, requestError('not_found', `No route for ${context.req.method} ${context.req.path}`)));
  return app
    .route('/api/health', healthRoute(source))
    .route('/api/search', searchRoute(source))
    .route('/api/chat', chatRoute(source))
    .route('/api/documents', documentsRoute(source));
};
