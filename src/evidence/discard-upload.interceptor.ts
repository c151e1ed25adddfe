import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { promises as fs } from 'node:fs';
import { Observable, catchError } from 'rxjs';

/**
 * Placed after FileInterceptor: when the request fails before the service took the file (the form's fields refused by
 * validation, say), the received temporary file is removed at once instead of waiting for the start-up sweep.
 */
@Injectable()
export class DiscardUploadOnError implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<{ file?: { path?: string } }>();
    return next.handle().pipe(catchError(async (error) => {
      if (req.file?.path) await fs.rm(req.file.path, { force: true });
      throw error;
    }));
  }
}
