import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { TestApp, startTestApp } from '../support/test-app';

type Operation = { operationId?: string; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };

describe('the OpenAPI document a partner generates a client from (e2e)', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    t = await startTestApp();
    doc = (await t.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('is valid OpenAPI: every $ref resolves (swagger-parser validates it)', () => {
    const result = spawnSync(process.execPath, [path.join(__dirname, '../support/validate-openapi.cjs')], { input: JSON.stringify(doc), encoding: 'utf8' });
    expect(result.stdout).toBe('valid');
  });

  it('declares for every operation a success response with a schema, or an explicit 204 without content', () => {
    const missing: string[] = [];
    let operations = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        operations++;
        const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        const described = success.some(([status, response]) =>
          status === '204' ? !response.content : Object.values(response.content ?? {}).some((media) => media.schema));
        if (!described) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(operations).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('describes a case the way the API answers it', async () => {
    const schema = (doc as unknown as { components: { schemas: Record<string, { properties: Record<string, unknown>; required: string[] }> } })
      .components.schemas.CaseDetail;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'caseNumber', 'status', 'parties', 'evidence', 'allowedActions']));
    expect(schema.required).toContain('allowedActions');
    const op = doc.paths['/api/cases/{id}'].get;
    expect(op.responses['200'].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/CaseDetail' });
  });

  it('puts each result under the status the route really answers with', () => {
    const json = (path: string, method: string, status: string) => doc.paths[path][method].responses[status]?.content?.['application/json']?.schema;
    expect(json('/api/cases', 'post', '201')).toEqual({ $ref: '#/components/schemas/CaseDetail' });
    expect(json('/api/cases/{id}/accept', 'post', '200')).toEqual({ $ref: '#/components/schemas/CaseDetail' });
    expect(json('/api/cases/{id}/timeline', 'get', '200')).toEqual({ type: 'array', items: { $ref: '#/components/schemas/TimelineItem' } });
    expect(doc.paths['/api/auth/logout'].post.responses['204'].content).toBeUndefined();
    expect(Object.keys(doc.paths['/api/cases/{id}/evidence/{evidenceId}/download'].get.responses['200'].content!)).toEqual(['application/octet-stream']);
  });
});
