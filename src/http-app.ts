import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppModule, AppModuleOptions } from './app.module';
import { DomainError } from './common/errors/domain-error';
import { HttpExceptionFilter, prefersEnglish, toErrorBody } from './common/errors/http-exception.filter';
import { createValidationPipe } from './common/errors/validation';
import { securityHeaders } from './common/http/security-headers';
import { projectRoot } from './common/project-root';
import { mediaNodeHttpOnly } from './cluster/media-node-http';
import { AppConfig } from './config/app-config';
import { applyContractResults } from './openapi/api-result';
import { useSignalingAdapter } from './sessions/signaling/signaling-adapter';

export const CLIENT_DIST = path.join(projectRoot(), 'client', 'dist');

/** The whole HTTP application, configured the same way for `npm start` and for the tests. */
export async function createHttpApp(
  config: AppConfig, databaseUrl: string, logger: LogLevel[] | false = ['error', 'warn'], options: AppModuleOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, options), {
    bodyParser: false,
    logger,
  });
  if (config.role === 'media') app.use(mediaNodeHttpOnly()); // a media node: no public HTTP API (src/cluster)
  app.set('trust proxy', config.trustProxy); // TRUST_PROXY: which X-Forwarded-For hops name the client (throttles key on it)
  app.disable('x-powered-by');
  app.use(...securityHeaders()); // helmet: nosniff, CSP, HSTS behind TLS (src/common/http/security-headers.ts)
  app.use(jsonBody('1mb'));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  useSignalingAdapter(app); // the video signaling WebSocket is plain ws (src/sessions/signaling)
  if (config.role === 'api') {
    setUpOpenApi(app);
    serveClient(app);
  }
  return app;
}

/** JSON bodies only; a malformed or oversized body answers in the API's own error format. */
function jsonBody(limit: string) {
  const parse = express.json({ limit });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: { type?: string }) => {
      if (!error) return next();
      const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : error.type === 'entity.parse.failed' ? 'MALFORMED_JSON' : 'VALIDATION_FAILED';
      const body = toErrorBody(new DomainError(code), prefersEnglish(req));
      res.status(body.statusCode).json(body);
    });
}

function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('合舟·在线调解 API').setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, applyContractResults(document), { jsonDocumentUrl: 'api/docs-json' });
}

/** The SPA: built files, and index.html for every other non-API path (client-side routes). */
function serveClient(app: NestExpressApplication): void {
  const index = path.join(CLIENT_DIST, 'index.html');
  const assets = express.static(path.join(CLIENT_DIST, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false });
  const files = express.static(CLIENT_DIST, { index: false });
  const notApi = (handler: express.RequestHandler) => (req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/') ? next() : handler(req, res, next); // API calls never touch the file system
  app.use('/assets', assets);
  app.use(notApi(files));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api/') || req.path === '/api') return next();
    if (!existsSync(index)) return res.status(503).type('text/plain; charset=utf-8').send('前端尚未构建，请运行 npm run build');
    res.sendFile(index);
  });
}
