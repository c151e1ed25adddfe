import { ApiExtension } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CONTRACT_SCHEMAS, ContractName, ContractTypes } from './contract-schemas.generated';

// A route says what it answers with the contract's type name: @ApiResult('CaseDetail'). The compiler checks that the
// handler returns that type, and the OpenAPI document gets the schema generated from the contract (one source of
// truth: src/api-contract.ts).

const RESULT = 'x-contract-result';

type Result = { ref: ContractName; list?: true } | { file: true } | { stream: ContractName };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler<R> = (...args: any[]) => R | Promise<R>;
type ReturnsDecorator<R> = <T extends Handler<R>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>) => void;

/** The route answers one `Contract[name]`. */
export function ApiResult<K extends ContractName>(name: K): ReturnsDecorator<ContractTypes[K]> {
  return ApiExtension(RESULT, { ref: name } satisfies Result);
}

/** The route answers a list of `Contract[name]`. */
export function ApiResultList<K extends ContractName>(name: K): ReturnsDecorator<readonly ContractTypes[K][]> {
  return ApiExtension(RESULT, { ref: name, list: true } satisfies Result);
}

/** The route answers a file (a download), not JSON. */
export function ApiFileResult(): MethodDecorator {
  return ApiExtension(RESULT, { file: true } satisfies Result);
}

/** The route answers a stream of Server-Sent Events, each `data:` one `Contract[name]` (the live stream). */
export function ApiStreamResult(name: ContractName): MethodDecorator {
  return ApiExtension(RESULT, { stream: name } satisfies Result);
}

/**
 * Puts the contract's schemas into the document and each route's result into its success response (whose status Nest
 * already chose from the method and @HttpCode).
 */
export function applyContractResults(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...CONTRACT_SCHEMAS, ...document.components?.schemas } };
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods) as (OperationObject & { [RESULT]?: Result })[]) {
      const result = operation?.[RESULT];
      if (!result || typeof operation !== 'object') continue;
      delete operation[RESULT];
      const status = Object.keys(operation.responses ?? {}).find((code) => /^2\d\d$/.test(code)) ?? '200';
      const previous = operation.responses?.[status] as { description?: string } | undefined;
      const description = previous?.description || (result && 'file' in result ? '文件内容' : 'stream' in result ? '事件流（text/event-stream）' : '成功');
      operation.responses = { ...operation.responses, [status]: { description, content: contentOf(result) } };
    }
  }
  return document;
}

function contentOf(result: Result): Record<string, { schema: SchemaObject | ReferenceObject }> {
  if ('stream' in result) return { 'text/event-stream': { schema: { $ref: `#/components/schemas/${result.stream}` } } };
  if ('file' in result) return { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } };
  const ref: ReferenceObject = { $ref: `#/components/schemas/${result.ref}` };
  return { 'application/json': { schema: result.list ? { type: 'array', items: ref } : ref } };
}
